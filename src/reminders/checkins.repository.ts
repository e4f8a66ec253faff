/**
 * The SQL of check-ins: the mood a person tapped under a day's reminder.
 *
 * @module
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import type { DeliveryStatus } from '../db/reminder-tables.ts';
import type { DayMood } from './progress.ts';

type Executor = Kysely<Database> | Transaction<Database>;

/** The status of the person's reminder of that date, if there was one. */
export async function findDeliveryStatus(db: Executor, userId: number, localDate: string): Promise<DeliveryStatus | undefined> {
  const row = await db
    .selectFrom('reminder_deliveries')
    .select('status')
    .where('user_id', '=', userId)
    .where(sql<boolean>`local_date = ${localDate}::date`)
    .executeTakeFirst();
  return row?.status;
}

/** Stores (or changes) the day's check-in and returns the mood it had before, if any. */
export async function upsertCheckin(db: Executor, userId: number, localDate: string, mood: DayMood, now: Date): Promise<DayMood | undefined> {
  const before = await db
    .selectFrom('reminder_checkins')
    .select('mood')
    .where('user_id', '=', userId)
    .where(sql<boolean>`local_date = ${localDate}::date`)
    .executeTakeFirst();
  await db
    .insertInto('reminder_checkins')
    .values({ user_id: userId, local_date: localDate, mood, created_at: now, updated_at: now })
    .onConflict((oc) => oc.columns(['user_id', 'local_date']).doUpdateSet({ mood, updated_at: now }))
    .execute();
  return before?.mood;
}

/** Check-ins on or after `fromDate` (local dates), oldest first. */
export async function checkinsSince(db: Executor, userId: number, fromDate: string): Promise<{ localDate: string; mood: DayMood }[]> {
  return db
    .selectFrom('reminder_checkins')
    .select([sql<string>`local_date::text`.as('localDate'), 'mood'])
    .where('user_id', '=', userId)
    .where(sql<boolean>`local_date >= ${fromDate}::date`)
    .orderBy('local_date')
    .execute();
}
