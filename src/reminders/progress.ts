/**
 * The `/progress` picture: the last two weeks of check-ins at a glance, and the streak.
 * Pure: the caller loads the check-ins and supplies the person's local `today`.
 *
 * @module
 */
import { DateTime } from 'luxon';
import { escapeHtml } from '../telegram/html.ts';
import type { Mood } from './content.ts';

/** A day's check-in: a mood from the buttons, or `skipped` for the "not today" button. */
export type DayMood = Mood | 'skipped';

/** One recorded check-in, on the person's local calendar date. */
export interface Checkin {
  /** `YYYY-MM-DD` in the person's zone. */
  localDate: string;
  mood: DayMood;
}

/** Input of {@link renderProgress} and {@link streak}. */
export interface ProgressInput {
  /** Any order; when a date appears twice the later entry wins (the person changed their answer). */
  checkins: readonly Checkin[];
  /** The person's local date now, `YYYY-MM-DD`. */
  today: string;
  /** Button wording from `reminders.yaml`, so the legend matches what they tapped. */
  labels?: Partial<Record<DayMood, string>>;
}

/** How many days the picture covers: two phone-width rows of a week. */
export const PROGRESS_DAYS = 14;

/** One square per day; `none` is a day without any answer. */
export const DAY_SQUARES: Readonly<Record<DayMood | 'none', string>> = {
  holding: '🟧',
  between: '🟨',
  'letting-go': '🟩',
  skipped: '🟦',
  none: '⬜',
};

const DEFAULT_LABELS: Readonly<Record<DayMood | 'none', string>> = {
  holding: 'Holding on tight',
  between: 'Somewhere between',
  'letting-go': 'Letting go',
  skipped: 'Not today',
  none: 'No check-in',
};

const LEGEND_ORDER = ['holding', 'between', 'letting-go', 'skipped', 'none'] as const;
const WEEKDAY_INITIALS = ['M', 'T', 'W', 'T', 'F', 'S', 'S'] as const;

/**
 * Consecutive days with a mood check-in, ending today — or yesterday while today has no
 * answer yet, so the streak does not look broken every morning before the reminder.
 *
 * A "not today" answer keeps the streak alive but does not add to it: choosing to rest is
 * part of the practice and is not punished, yet only real check-ins are counted. A day with
 * no answer at all ends the streak.
 *
 * @example streak({ today: '2025-06-03', checkins: [
 *   { localDate: '2025-06-01', mood: 'between' }, { localDate: '2025-06-02', mood: 'skipped' },
 *   { localDate: '2025-06-03', mood: 'letting-go' }] }) // -> 2
 */
export function streak(input: Pick<ProgressInput, 'checkins' | 'today'>): number {
  const byDate = latestByDate(input.checkins);
  const today = parseDate(input.today);
  const earliest = [...byDate.keys()].sort()[0];
  let count = 0;
  let day = today;
  for (;;) {
    const key = isoDate(day);
    if (earliest === undefined || key < earliest) return count;
    const mood = byDate.get(key);
    if (mood === undefined && key !== input.today) return count;
    if (mood !== undefined && mood !== 'skipped') count += 1;
    day = day.minus({ days: 1 });
  }
}

/**
 * The `/progress` message (Telegram HTML, every line ≤ 30 characters so it fits a phone):
 * the date range, two rows of seven day squares each labelled with its weekday initial
 * (today last), a legend with counts, and the streak.
 *
 * @example
 * // <b>Your last 14 days</b>
 * // <i>27 May – 9 Jun</i>
 * //
 * // <code>T🟩 W🟨 T⬜ F🟧 S🟩 S🟦 M🟩</code>
 * // <code>T🟩 W🟩 T🟨 F🟩 S🟩 S🟩 M⬜</code>
 * //
 * // 🟧 Holding on tight: 1
 * // …
 * // 🌱 Streak: 6 days
 */
export function renderProgress(input: ProgressInput): string {
  const byDate = latestByDate(input.checkins);
  const today = parseDate(input.today);
  const labels = { ...DEFAULT_LABELS, ...input.labels };

  const days = Array.from({ length: PROGRESS_DAYS }, (_, i) => {
    const day = today.minus({ days: PROGRESS_DAYS - 1 - i });
    return { day, kind: byDate.get(isoDate(day)) ?? ('none' as const) };
  });

  const counts = new Map<DayMood | 'none', number>();
  for (const { kind } of days) counts.set(kind, (counts.get(kind) ?? 0) + 1);

  const rows: string[] = [];
  for (let start = 0; start < days.length; start += 7) {
    const cells = days
      .slice(start, start + 7)
      .map(({ day, kind }) => `${WEEKDAY_INITIALS[day.weekday - 1] ?? ''}${DAY_SQUARES[kind]}`);
    rows.push(`<code>${cells.join(' ')}</code>`);
  }

  const first = days[0]?.day ?? today;
  const lines = [
    `<b>Your last ${PROGRESS_DAYS} days</b>`,
    `<i>${first.toFormat('d LLL')} – ${today.toFormat('d LLL')}</i>`,
    '',
    ...rows,
    '',
    ...LEGEND_ORDER.map((kind) => `${DAY_SQUARES[kind]} ${escapeHtml(labels[kind])}: ${counts.get(kind) ?? 0}`),
    '',
  ];
  if ((counts.get('none') ?? 0) === PROGRESS_DAYS) {
    lines.push('No check-ins in these days.', 'Tap a button under a reminder.', '');
  }
  const n = streak(input);
  lines.push(n === 0 ? '🌱 Streak: none yet' : `🌱 Streak: ${n} day${n === 1 ? '' : 's'}`);
  return lines.join('\n');
}

function latestByDate(checkins: readonly Checkin[]): Map<string, DayMood> {
  const byDate = new Map<string, DayMood>();
  for (const { localDate, mood } of checkins) byDate.set(localDate, mood);
  return byDate;
}

function parseDate(value: string): DateTime {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value)
    ? DateTime.fromISO(value, { zone: 'utc', locale: 'en-GB' })
    : null;
  if (date === null || !date.isValid) throw new RangeError(`today must be YYYY-MM-DD, got "${value}"`);
  return date;
}

function isoDate(day: DateTime): string {
  return day.toISODate() ?? '';
}
