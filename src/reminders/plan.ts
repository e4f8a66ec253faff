/**
 * What a claim does with each due user, decided without I/O: send today's reminder, record
 * it as skipped (too late, or the person already practised today), or only move the
 * schedule on (the person stopped or blocked the bot, or the settings are incomplete).
 * Always computes the next reminder, so a claimed user is never due twice for the same
 * local date. The weekly summary is planned the same way ({@link planSummary}).
 *
 * @module
 */
import type { DueRow, Reschedule, SummaryDueRow } from './deliveries.repository.ts';
import { addDays, isLate, localDateOf, nextReminder, weekStart, type ScheduledReminder } from './schedule.ts';

/** Why a claimed day is recorded without a send. */
export type SkipReason = 'late' | 'practised';

export type ClaimAction =
  | { kind: 'send'; localDate: string }
  | { kind: 'skip'; localDate: string; reason: SkipReason }
  /** Nothing recorded: the person stopped or blocked the bot, or there is no valid schedule. */
  | { kind: 'pass'; reason: 'stopped' | 'blocked' | 'unscheduled' };

export interface ClaimPlan {
  action: ClaimAction;
  reschedule: Reschedule;
}

/**
 * Plans one due user at `now`. A reminder `graceMs` or more late (the bot was down) is
 * skipped and recorded; the next one is the first instant after `now` on a later local date
 * that fits the person's frequency. A person who already practised that local day (finished
 * a scenario or checked in) is not nudged again: the day is recorded as skipped, `practised`.
 * A crisis check-in that is owed is never held back.
 */
export function planClaim(row: DueRow, now: Date, graceMs: number, next: typeof nextReminder = nextReminder): ClaimPlan {
  const unscheduled: ClaimPlan = {
    action: { kind: 'pass', reason: 'unscheduled' },
    reschedule: { userId: row.userId, nextReminderAt: null, nextLocalDate: null, lastLocalDate: null },
  };
  if (row.localTime === null || row.timeZone === null) return unscheduled;
  let localDate: string;
  let scheduled;
  try {
    localDate = row.nextLocalDate ?? localDateOf(row.nextReminderAt, row.timeZone);
    scheduled = next({
      localTime: row.localTime,
      timeZone: row.timeZone,
      now,
      pausedUntil: row.pausedUntil,
      lastLocalDate: localDate,
      cadence: row.frequency,
    });
  } catch {
    // A zone the platform no longer knows: stop scheduling rather than fail every tick.
    return unscheduled;
  }
  const reschedule: Reschedule = { userId: row.userId, nextReminderAt: scheduled.at, nextLocalDate: scheduled.localDate, lastLocalDate: localDate };
  if (row.stoppedAt !== null) return { action: { kind: 'pass', reason: 'stopped' }, reschedule };
  if (row.blockedAt !== null) return { action: { kind: 'pass', reason: 'blocked' }, reschedule };
  if (isLate(row.nextReminderAt, now, graceMs)) return { action: { kind: 'skip', localDate, reason: 'late' }, reschedule };
  if (!row.crisisCheckinDue && practisedOn(row.lastPractisedAt, row.timeZone, localDate)) {
    return { action: { kind: 'skip', localDate, reason: 'practised' }, reschedule };
  }
  return { action: { kind: 'send', localDate }, reschedule };
}

function practisedOn(at: Date | null, timeZone: string, localDate: string): boolean {
  return at !== null && localDateOf(at, timeZone) === localDate;
}

/** When the weekly summary comes for someone without a reminder time. */
export const SUMMARY_DEFAULT_TIME = '19:00';

/**
 * Plans one due weekly summary: sent on the chosen weekday at the person's reminder time
 * (or {@link SUMMARY_DEFAULT_TIME}), keyed by the week's Monday so a week never has two; the
 * next one is in a later week. It belongs to the reminders: switched off (or paused by
 * themselves) they unschedule it until `/remind on`. Nothing goes to someone who stopped or
 * blocked the bot; a late one is skipped like a late reminder.
 */
export function planSummary(row: SummaryDueRow, now: Date, graceMs: number, next: typeof nextReminder = nextReminder): ClaimPlan {
  const unscheduled: ClaimPlan = {
    action: { kind: 'pass', reason: 'unscheduled' },
    reschedule: { userId: row.userId, nextReminderAt: null, nextLocalDate: null, lastLocalDate: null },
  };
  if (!row.enabled || row.summaryWeekday === null || row.timeZone === null) return unscheduled;
  let week: string;
  let scheduled;
  try {
    week = weekStart(row.nextSummaryDate ?? localDateOf(row.nextSummaryAt, row.timeZone));
    scheduled = next({
      localTime: row.localTime ?? SUMMARY_DEFAULT_TIME,
      timeZone: row.timeZone,
      now,
      pausedUntil: row.pausedUntil,
      lastLocalDate: addDays(week, 6),
      cadence: { weekday: row.summaryWeekday },
    });
  } catch {
    return unscheduled;
  }
  const reschedule: Reschedule = { userId: row.userId, nextReminderAt: scheduled.at, nextLocalDate: scheduled.localDate, lastLocalDate: week };
  if (row.stoppedAt !== null) return { action: { kind: 'pass', reason: 'stopped' }, reschedule };
  if (row.blockedAt !== null) return { action: { kind: 'pass', reason: 'blocked' }, reschedule };
  if (isLate(row.nextSummaryAt, now, graceMs)) return { action: { kind: 'skip', localDate: week, reason: 'late' }, reschedule };
  return { action: { kind: 'send', localDate: week }, reschedule };
}

/**
 * {@link planClaim} for one batch: the schedule maths (time-zone lookups, the slow part) is
 * done once per distinct (time, zone, pause, date, cadence), since most people share a few of each.
 */
export function batchPlanner(now: Date, graceMs: number): (row: DueRow) => ClaimPlan {
  const next = cachedNextReminder();
  return (row) => planClaim(row, now, graceMs, next);
}

/** {@link planSummary} for one batch, with the same cache as {@link batchPlanner}. */
export function batchSummaryPlanner(now: Date, graceMs: number): (row: SummaryDueRow) => ClaimPlan {
  const next = cachedNextReminder();
  return (row) => planSummary(row, now, graceMs, next);
}

function cachedNextReminder(): typeof nextReminder {
  const cache = new Map<string, ScheduledReminder>();
  return (input) => {
    const cadence = typeof input.cadence === 'object' ? `w${input.cadence.weekday}` : (input.cadence ?? 'daily');
    const key = `${input.localTime}|${input.timeZone}|${input.pausedUntil?.getTime() ?? ''}|${input.lastLocalDate ?? ''}|${cadence}`;
    let result = cache.get(key);
    if (result === undefined) {
      result = nextReminder(input);
      cache.set(key, result);
    }
    return result;
  };
}

/**
 * The reminder ids to keep as "seen" after sending `id`: the current cycle of
 * `pickReminder`. When the cycle holds every text, it restarts with just `id`, which both
 * keeps the stored list short and keeps `pickReminder` from choosing `id` again next.
 */
export function rememberSeen(all: readonly { id: string }[], seen: readonly string[], id: string): string[] {
  const known = new Set(all.map((r) => r.id));
  const next = [...seen.filter((s) => known.has(s)), id];
  return new Set(next).size >= known.size ? [id] : next;
}
