/**
 * The SQL behind `/progress` and the weekly summary: what a person practised since a date,
 * in one round trip. Practice is a finished scenario run or a check-in; the runs are read
 * (never written) from the scenarios' table, so finishing one costs nothing extra.
 *
 * @module
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import type { DayMood } from './progress.ts';

type Executor = Kysely<Database> | Transaction<Database>;

/** A person's practice in a window: their check-ins and when their scenario runs finished. */
export interface PracticeRows {
  /** Oldest first; `localDate` is the reminder's day, `createdAt` when they tapped. */
  checkins: { localDate: string; mood: DayMood; createdAt: Date }[];
  finishedAt: Date[];
}

/**
 * Check-ins answering reminders on or after `fromDate`, and runs finished at or after
 * `fromInstant` (pick it a day early: local dates are sorted out by the caller).
 */
export async function practiceSince(db: Executor, userId: number, fromDate: string, fromInstant: Date): Promise<PracticeRows> {
  const { rows } = await sql<{ kind: 'checkin' | 'run'; local_date: string | null; mood: DayMood | null; at: Date }>`
    select 'checkin' as kind, local_date::text as local_date, mood, created_at as at
    from reminder_checkins where user_id = ${userId} and local_date >= ${fromDate}::date
    union all
    select 'run', null, null, ended_at
    from scenario_runs where user_id = ${userId} and status = 'finished' and ended_at >= ${fromInstant}
    order by at`.execute(db);
  const result: PracticeRows = { checkins: [], finishedAt: [] };
  for (const row of rows) {
    if (row.kind === 'run') result.finishedAt.push(row.at);
    else if (row.local_date !== null && row.mood !== null) result.checkins.push({ localDate: row.local_date, mood: row.mood, createdAt: row.at });
  }
  return result;
}
