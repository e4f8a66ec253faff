/**
 * Schedule maths for the daily reminder: a local wall-clock time in a time zone -> the next
 * UTC instant. Pure (no clock, no I/O): the dispatcher passes `now` in.
 *
 * Time-zone data comes from Luxon (which reads the platform's Intl/ICU tz database); the only
 * thing done by hand is choosing *which* instant a wall-clock time means on a DST day,
 * because Luxon's own choice differs from our rules (see {@link nextReminder}).
 *
 * @module
 */
import { DateTime, Info, type Zone } from 'luxon';
import { shortDate, weekdayName, type Words } from '../i18n/words.ts';

/** How often the daily reminder comes; every one of them obeys the same DST rules. */
export const FREQUENCIES = ['daily', 'weekdays', 'every-other-day'] as const;

export type Frequency = (typeof FREQUENCIES)[number];

/**
 * Which local dates may carry a message: a reminder {@link Frequency}, or one ISO weekday
 * (1 = Monday … 7 = Sunday) for the weekly summary.
 */
export type Cadence = Frequency | { weekday: number };

/** A reminder instant and the local calendar date it belongs to (the delivery key). */
export interface ScheduledReminder {
  /** The UTC instant at which the reminder is due. */
  at: Date;
  /** Local date `YYYY-MM-DD` in the user's zone: reminders are keyed by (user, localDate). */
  localDate: string;
}

/** Input of {@link nextReminder}. */
export interface NextReminderInput {
  /** Chosen local time, `HH:MM` 24-hour (as produced by `parseLocalTime`). */
  localTime: string;
  /** IANA zone name (`Europe/Berlin`), `UTC`, or a fixed offset Luxon understands (`UTC+5:30`). */
  timeZone: string;
  /** The current instant; the result is at or after it. */
  now: Date;
  /** No reminder is due before this instant (`/pause`). */
  pausedUntil?: Date | null;
  /** Local date of the last reminder already delivered or skipped; only later dates qualify. */
  lastLocalDate?: string | null;
  /** Which dates qualify; default `daily`. `every-other-day` leaves a day free after `lastLocalDate`. */
  cadence?: Cadence;
}

/** How late a reminder missed while the bot was down may still be sent (the rest are skipped). */
export const REMINDER_GRACE_MS = 3 * 60 * 60 * 1000;

const LOCAL_TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;
const LOCAL_DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

/**
 * The next daily reminder: the first instant **at or after** `now` (inclusive, so a reminder
 * due exactly now is returned rather than pushed to tomorrow) and not before `pausedUntil`,
 * whose local date is strictly after `lastLocalDate` and fits the `cadence`: any date (`daily`),
 * Monday to Friday in the person's zone (`weekdays`), at least two dates after
 * `lastLocalDate` (`every-other-day`, so a skipped or late day keeps the rhythm), or one
 * weekday (the weekly summary). Dates are calendar dates, so DST never moves a reminder to
 * another day and a week always starts on the local Monday.
 *
 * After a send (or a skip) the dispatcher passes that reminder's local date as
 * `lastLocalDate`, which is what moves the schedule on to the next day; inclusiveness
 * therefore never causes a double send (and the (user, local date) key forbids one anyway).
 *
 * DST rules:
 * - a time that does not exist that day (spring-forward gap) fires at the first instant after
 *   the gap, i.e. the transition itself (02:30 on the US spring-forward day in New York ->
 *   03:00 EDT; Luxon alone would say 03:30);
 * - a time that occurs twice (fall-back overlap) fires once, at its first occurrence; if that
 *   has already passed, the next day is used;
 * - a local date that does not exist at all (Samoa skipped 30 Dec 2011) has no reminder.
 *
 * @example
 * nextReminder({ localTime: '08:30', timeZone: 'Europe/Berlin', now: new Date('2025-06-01T07:00:00Z') })
 * // -> { at: 2025-06-02T06:30:00Z, localDate: '2025-06-02' } (08:30 CEST already passed today)
 * @throws RangeError on a malformed `localTime`/`lastLocalDate` or an unknown zone.
 */
export function nextReminder(input: NextReminderInput): ScheduledReminder {
  const { hour, minute } = splitLocalTime(input.localTime);
  const zone = resolveZone(input.timeZone);
  const last = input.lastLocalDate ?? null;
  if (last !== null && !isLocalDate(last)) {
    throw new RangeError(`lastLocalDate must be YYYY-MM-DD, got "${last}"`);
  }

  const pause = input.pausedUntil?.getTime() ?? Number.NEGATIVE_INFINITY;
  const notBefore = Math.max(input.now.getTime(), pause);

  // Calendar arithmetic on plain dates (a UTC DateTime), never on zoned midnights that DST
  // can move or remove.
  const cadence = input.cadence ?? 'daily';
  if (typeof cadence === 'object' && !(Number.isInteger(cadence.weekday) && cadence.weekday >= 1 && cadence.weekday <= 7)) {
    throw new RangeError(`weekday must be 1 (Monday) to 7 (Sunday), got ${String(cadence.weekday)}`);
  }
  let day = DateTime.fromISO(localDateOf(new Date(notBefore), input.timeZone), { zone: 'utc' });
  if (last !== null) {
    const afterLast = DateTime.fromISO(last, { zone: 'utc' }).plus({ days: cadence === 'every-other-day' ? 2 : 1 });
    if (afterLast > day) day = afterLast;
  }

  // A fitting day is at most a week away; the spare turns cover a skipped date plus an
  // already-passed time.
  for (let i = 0; i < 16; i += 1, day = day.plus({ days: 1 })) {
    if (!fits(day, cadence)) continue;
    const localDate = day.toISODate() ?? '';
    const at = resolveWallTime(zone, day.year, day.month, day.day, hour, minute);
    if (at < notBefore) continue;
    if (DateTime.fromMillis(at, { zone }).toISODate() !== localDate) continue;
    return { at: new Date(at), localDate };
  }
  throw new Error(`no reminder instant found for ${input.localTime} in ${input.timeZone}`);
}

/** Whether a plain calendar date (a UTC DateTime) may carry a message of this cadence. */
function fits(day: DateTime, cadence: Cadence): boolean {
  if (typeof cadence === 'object') return day.weekday === cadence.weekday;
  return cadence !== 'weekdays' || day.weekday <= 5;
}

/**
 * The Monday (`YYYY-MM-DD`) of the week a local date falls in: the weekly summary's delivery
 * key, so a second summary in one week is impossible even after the weekday changes.
 */
export function weekStart(localDate: string): string {
  const day = DateTime.fromISO(localDate, { zone: 'utc' });
  if (!LOCAL_DATE_RE.test(localDate) || !day.isValid) throw new RangeError(`localDate must be YYYY-MM-DD, got "${localDate}"`);
  return day.minus({ days: day.weekday - 1 }).toISODate() ?? localDate;
}

/** `days` calendar days after (or before, when negative) a local date. */
export function addDays(localDate: string, days: number): string {
  const day = DateTime.fromISO(localDate, { zone: 'utc' });
  if (!LOCAL_DATE_RE.test(localDate) || !day.isValid) throw new RangeError(`localDate must be YYYY-MM-DD, got "${localDate}"`);
  return day.plus({ days }).toISODate() ?? localDate;
}

/**
 * The local calendar date (`YYYY-MM-DD`) of an instant in a zone; the delivery key and the
 * "today" of check-ins and progress are always this, never the server's date.
 */
export function localDateOf(instant: Date, timeZone: string): string {
  const date = DateTime.fromJSDate(instant, { zone: resolveZone(timeZone) }).toISODate();
  if (date === null) throw new RangeError(`invalid instant: ${String(instant)}`);
  return date;
}

/**
 * Whether a reminder due at `dueAt` is too late to send at `now`: a reminder missed while the
 * bot was down is still worth sending a little late, but not hours later (then it is skipped
 * and recorded as such). Late means `now - dueAt >= graceMs`.
 */
export function isLate(dueAt: Date, now: Date, graceMs: number = REMINDER_GRACE_MS): boolean {
  return now.getTime() - dueAt.getTime() >= graceMs;
}

/**
 * When the next reminder comes, in the person's words and relative to their local today, so a
 * command can confirm a setting: `today at 20:30`, `tomorrow at 08:30`, `on Friday at 08:30`
 * within a week, else `on Thu 12 Jun at 08:30` (the weekday and date from Intl, in their language).
 */
export function describeWhen(at: Date, timeZone: string, now: Date, words: Words): string {
  const zone = resolveZone(timeZone);
  const local = DateTime.fromJSDate(at, { zone });
  const today = DateTime.fromJSDate(now, { zone }).startOf('day');
  const days = Math.round(local.startOf('day').diff(today, 'days').days);
  const time = local.toFormat('HH:mm');
  if (days === 0) return words.t('remind-when-today', { time });
  if (days === 1) return words.t('remind-when-tomorrow', { time });
  if (days > 1 && days < 7) return words.t('remind-when-weekday', { weekday: weekdayName(words.language, local.weekday, 'long'), time });
  return words.t('remind-when-date', { date: shortDate(words.language, local.toISODate() ?? '', { weekday: true }), time });
}

/**
 * When a `/pause <days>` started at `now` ends: the same local wall-clock time `days` days
 * later, so "pause 3 days" skips exactly the next three daily reminders whatever DST does.
 */
export function pauseEnd(now: Date, days: number, timeZone: string): Date {
  return DateTime.fromJSDate(now, { zone: resolveZone(timeZone) }).plus({ days }).toJSDate();
}

/**
 * Luxon zone for a stored zone string; rejects the machine-dependent `local`/`system` so a
 * user's schedule can never silently follow the server's zone.
 */
function resolveZone(timeZone: string): Zone {
  const lowered = timeZone.trim().toLowerCase();
  const zone = lowered === 'local' || lowered === 'system' ? null : Info.normalizeZone(timeZone);
  if (zone === null || !zone.isValid) throw new RangeError(`unknown time zone "${timeZone}"`);
  return zone;
}

function splitLocalTime(localTime: string): { hour: number; minute: number } {
  const match = LOCAL_TIME_RE.exec(localTime);
  if (match === null) throw new RangeError(`localTime must be HH:MM, got "${localTime}"`);
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

function isLocalDate(value: string): boolean {
  return LOCAL_DATE_RE.test(value) && DateTime.fromISO(value, { zone: 'utc' }).isValid;
}

/**
 * The UTC epoch ms at which the wall-clock time occurs in `zone`: the earliest occurrence if
 * it occurs twice, the end of the gap (the transition instant) if it does not occur at all.
 */
function resolveWallTime(
  zone: Zone,
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
): number {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // Every offset in force within a day and a half either side; an instant t shows wall time
  // `wall` exactly when offset(t) === o for t = wall - o.
  const offsets = new Set<number>();
  for (let k = -3; k <= 3; k += 1) offsets.add(zone.offset(wall + k * 12 * HOUR_MS));
  const candidates = [...offsets].map((o) => wall - o * MINUTE_MS);
  const exact = candidates.filter((t) => zone.offset(t) * MINUTE_MS === wall - t);
  if (exact.length > 0) return Math.min(...exact);
  return firstChangeBetween(zone, Math.min(...candidates), Math.max(...candidates));
}

/** Binary search (to the second) for the first instant in (lo, hi] whose offset differs from lo's. */
function firstChangeBetween(zone: Zone, lo: number, hi: number): number {
  const before = zone.offset(lo);
  let a = Math.floor(lo / 1000);
  let b = Math.ceil(hi / 1000);
  while (b - a > 1) {
    const mid = Math.floor((a + b) / 2);
    if (zone.offset(mid * 1000) === before) a = mid;
    else b = mid;
  }
  return b * 1000;
}
