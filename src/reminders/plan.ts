/**
 * What a claim does with each due user, decided without I/O: send today's reminder, record
 * it as skipped because it is too late, or only move the schedule on (the person stopped or
 * blocked the bot, or the settings are incomplete). Always computes the next reminder, so a
 * claimed user is never due twice for the same local date.
 *
 * @module
 */
import type { DueRow, Reschedule } from './deliveries.repository.ts';
import { isLate, localDateOf, nextReminder, type ScheduledReminder } from './schedule.ts';

export type ClaimAction =
  | { kind: 'send'; localDate: string }
  | { kind: 'skip'; localDate: string; reason: 'late' }
  /** Nothing recorded: the person stopped or blocked the bot, or there is no valid schedule. */
  | { kind: 'pass'; reason: 'stopped' | 'blocked' | 'unscheduled' };

export interface ClaimPlan {
  action: ClaimAction;
  reschedule: Reschedule;
}

/**
 * Plans one due user at `now`. A reminder `graceMs` or more late (the bot was down) is
 * skipped and recorded; the next one is the first instant after `now` on a later local date.
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
    });
  } catch {
    // A zone the platform no longer knows: stop scheduling rather than fail every tick.
    return unscheduled;
  }
  const reschedule: Reschedule = { userId: row.userId, nextReminderAt: scheduled.at, nextLocalDate: scheduled.localDate, lastLocalDate: localDate };
  if (row.stoppedAt !== null) return { action: { kind: 'pass', reason: 'stopped' }, reschedule };
  if (row.blockedAt !== null) return { action: { kind: 'pass', reason: 'blocked' }, reschedule };
  if (isLate(row.nextReminderAt, now, graceMs)) return { action: { kind: 'skip', localDate, reason: 'late' }, reschedule };
  return { action: { kind: 'send', localDate }, reschedule };
}

/**
 * {@link planClaim} for one batch: the schedule maths (time-zone lookups, the slow part) is
 * done once per distinct (time, zone, pause, date), since most people share a few of each.
 */
export function batchPlanner(now: Date, graceMs: number): (row: DueRow) => ClaimPlan {
  const cache = new Map<string, ScheduledReminder>();
  const cached: typeof nextReminder = (input) => {
    const key = `${input.localTime}|${input.timeZone}|${input.pausedUntil?.getTime() ?? ''}|${input.lastLocalDate ?? ''}`;
    let result = cache.get(key);
    if (result === undefined) {
      result = nextReminder(input);
      cache.set(key, result);
    }
    return result;
  };
  return (row) => planClaim(row, now, graceMs, cached);
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
