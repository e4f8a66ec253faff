/**
 * The `/progress` picture and the weekly summary, framed as "begin again": they count
 * practice days (a finished scenario, a mood check-in) and show the moods of the check-ins
 * over time. There is no streak that a missed day could reset, a day without practice is
 * never called missed, and days before the person started are not shown at all.
 * Pure: the caller loads the data and supplies the person's local `today` and their words.
 *
 * @module
 */
import { DateTime } from 'luxon';
import { weekdayName, type Words } from '../i18n/words.ts';
import { escapeHtml } from '../telegram/html.ts';
import type { Mood } from './content.ts';
import type { PracticeRows } from './practice.repository.ts';
import { addDays, localDateOf } from './schedule.ts';

/** A day's check-in: a mood from the buttons, or `skipped` for the "not today" button. */
export type DayMood = Mood | 'skipped';

/** One recorded check-in, on the person's local calendar date (the reminder it answers). */
export interface Checkin {
  /** `YYYY-MM-DD` in the person's zone. */
  localDate: string;
  mood: DayMood;
}

/** Input of {@link progressDays}, {@link renderProgress} and {@link renderWeekSummary}. */
export interface ProgressInput {
  /** The person's local date now, `YYYY-MM-DD`. */
  today: string;
  /** The local date they first wrote to the bot: nothing before it is shown. */
  joined: string;
  /** Any order; when a date appears twice the later entry wins (the person changed their answer). */
  checkins: readonly Checkin[];
  /** Local dates on which they practised (a scenario finished, a mood check-in made); repeats are fine. */
  practiceDates: readonly string[];
  /** Button wording from `reminders.yaml`, so the legend matches what they tapped. */
  labels: Readonly<Record<DayMood, string>>;
}

/** One day of the picture. */
export interface ProgressDay {
  /** `YYYY-MM-DD`. */
  date: string;
  /** Before the person started: neither practised nor missed, just not part of their story yet. */
  beforeJoining: boolean;
  practised: boolean;
  mood: DayMood | null;
}

/** The check-in grid of `/progress`: two phone-width rows of a week. */
export const PROGRESS_DAYS = 14;
/** The chart and the second count of `/progress`. */
export const CHART_DAYS = 30;
/** The weekly summary's span. */
export const SUMMARY_DAYS = 7;

/** One square per day: a mood, "not today", no check-in yet, or (blank) before they started. */
export const DAY_SQUARES: Readonly<Record<DayMood | 'none' | 'before', string>> = {
  holding: '🟧',
  between: '🟨',
  'letting-go': '🟩',
  skipped: '🟦',
  none: '⬜',
  // A full-width space: as wide as an emoji in the monospace row, and empty.
  before: '\u3000',
};

const LEGEND_ORDER = ['holding', 'between', 'letting-go', 'skipped'] as const;

/**
 * The last `count` days ending today, oldest first, each with its practice and its mood.
 *
 * @example progressDays({ today: '2025-06-09', joined: '2025-06-08', checkins: [], practiceDates: ['2025-06-09'] }, 3)
 * // -> [{ date: '2025-06-07', beforeJoining: true, practised: false, mood: null },
 * //     { date: '2025-06-08', beforeJoining: false, practised: false, mood: null },
 * //     { date: '2025-06-09', beforeJoining: false, practised: true, mood: null }]
 */
export function progressDays(input: Omit<ProgressInput, 'labels'>, count: number): ProgressDay[] {
  const today = parseDate(input.today, 'today');
  const joined = isoDate(parseDate(input.joined, 'joined'));
  const moods = new Map<string, DayMood>();
  for (const { localDate, mood } of input.checkins) moods.set(localDate, mood);
  const practised = new Set(input.practiceDates);
  return Array.from({ length: count }, (_, i) => {
    const date = isoDate(today.minus({ days: count - 1 - i }));
    const beforeJoining = date < joined;
    return {
      date,
      beforeJoining,
      practised: !beforeJoining && practised.has(date),
      mood: beforeJoining ? null : (moods.get(date) ?? null),
    };
  });
}

/**
 * The input of the pictures from what {@link PracticeRows} read: a finished scenario counts
 * on the local day it finished, a mood check-in on the day it was tapped ("not today" is an
 * answer, not practice); moods stay on the day of the reminder they answer.
 */
export function practiceInput(rows: PracticeRows, timeZone: string, joinedAt: Date, now: Date): Omit<ProgressInput, 'labels'> {
  const today = localDateOf(now, timeZone);
  const joined = localDateOf(joinedAt, timeZone);
  const practiceDates = [
    ...rows.finishedAt.map((at) => localDateOf(at, timeZone)),
    ...rows.checkins.filter((c) => c.mood !== 'skipped').map((c) => localDateOf(c.createdAt, timeZone)),
  ];
  return { today, joined: joined < today ? joined : today, checkins: rows.checkins, practiceDates };
}

/** Where {@link practiceSince} should start for a picture of `days` days ending `today` (a day early, for zones). */
export function practiceWindow(today: string, days: number): { fromDate: string; fromInstant: Date } {
  const fromDate = addDays(today, -(days - 1));
  return { fromDate, fromInstant: new Date(Date.parse(`${addDays(fromDate, -1)}T00:00:00Z`)) };
}

/** How many of these days were practice days. */
export function practiceDayCount(days: readonly ProgressDay[]): number {
  return days.filter((d) => d.practised).length;
}

/**
 * The `/progress` text (Telegram HTML, short enough for a photo caption; the rows of squares
 * are at most 30 characters wide, so they fit a phone): practice days in the last 14 and 30 days (or since the
 * person started, when that is sooner), the check-ins of the last 14 days as two rows of
 * day squares with their weekday initials (today last; blank before they started), the
 * legend with counts, and a line that a day off takes nothing away.
 *
 * @example
 * // <b>Your practice</b>
 * // Last 14 days: <b>6</b> practice days
 * // Last 30 days: <b>11</b> practice days
 * //
 * // <i>Check-ins, last 14 days</i>
 * // <code>T🟩 W🟨 T⬜ F🟧 S🟩 S🟦 M🟩</code>
 * // <code>T🟩 W🟩 T🟨 F🟩 S🟩 S🟩 M⬜</code>
 * // 🟧 Holding on tight: 1
 * // …
 */
export function renderProgress(input: ProgressInput, words: Words): string {
  const { t } = words;
  const month = progressDays(input, CHART_DAYS);
  const fortnight = month.slice(-PROGRESS_DAYS);
  const started = month.filter((d) => !d.beforeJoining).length;

  const lines = [t('progress-title'), countLine(fortnight, started, words), ...(started > PROGRESS_DAYS ? [countLine(month, started, words)] : []), ''];
  lines.push(t('progress-checkins-title', { days: PROGRESS_DAYS }), ...squareRows(fortnight, words.language));
  const counts = new Map<DayMood, number>();
  for (const { mood } of fortnight) if (mood !== null) counts.set(mood, (counts.get(mood) ?? 0) + 1);
  if (counts.size === 0) {
    lines.push(t('progress-no-checkins'));
  } else {
    for (const mood of LEGEND_ORDER) {
      const n = counts.get(mood);
      if (n !== undefined) lines.push(t('progress-legend', { square: DAY_SQUARES[mood], label: escapeHtml(input.labels[mood]), count: n }));
    }
  }
  lines.push('');
  lines.push(practiceDayCount(month) === 0 ? t('progress-first') : t('progress-counted'));
  return lines.join('\n');
}

/**
 * The weekly summary (Telegram HTML): practice days of the last seven (or since the person
 * started), the week's check-ins as one row of squares, and the same "begin again" framing.
 */
export function renderWeekSummary(input: Omit<ProgressInput, 'labels'>, words: Words): string {
  const week = progressDays(input, SUMMARY_DAYS);
  const started = week.filter((d) => !d.beforeJoining).length;
  const days = practiceDayCount(week);
  const practised = days === 0 ? words.t('summary-quiet') : words.t('summary-practised', { days, of: started });
  return [words.t('summary-title'), '', practised, '', ...squareRows(week, words.language)].join('\n');
}

/** `Last 14 days: <b>6</b> practice days`, or since they started when that is sooner. */
function countLine(days: readonly ProgressDay[], started: number, words: Words): string {
  const count = practiceDayCount(days);
  if (started < days.length) return words.t('progress-count-since', { started, count });
  return words.t('progress-count-last', { days: days.length, count });
}

/** Rows of seven squares, each with its weekday initial in the person's language. */
function squareRows(days: readonly ProgressDay[], language: string): string[] {
  const initials = [1, 2, 3, 4, 5, 6, 7].map((weekday) => weekdayName(language, weekday, 'narrow'));
  const rows: string[] = [];
  for (let start = 0; start < days.length; start += 7) {
    const cells = days.slice(start, start + 7).map((day) => {
      const square = day.beforeJoining ? DAY_SQUARES.before : DAY_SQUARES[day.mood ?? 'none'];
      return `${initials[parseDate(day.date, 'date').weekday - 1] ?? ''}${square}`;
    });
    rows.push(`<code>${cells.join(' ')}</code>`);
  }
  return rows;
}

function parseDate(value: string, name: string): DateTime {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? DateTime.fromISO(value, { zone: 'utc' }) : null;
  if (date === null || !date.isValid) throw new RangeError(`${name} must be YYYY-MM-DD, got "${value}"`);
  return date;
}

function isoDate(day: DateTime): string {
  return day.toISODate() ?? '';
}
