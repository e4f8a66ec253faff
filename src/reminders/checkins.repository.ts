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

/** What a check-in tap needs to know before it is stored. */
export interface CheckinContext {
  /** The status of the person's reminder of that date, if there was one: only a sent one can be answered. */
  status: DeliveryStatus | undefined;
  /** The mood already stored for that date. */
  before: DayMood | undefined;
  /** The last check-in reply (`holding:2`), so the next differs. */
  lastReply: string | null;
}

/** Everything a check-in tap reads, in one round trip. */
export async function findCheckinContext(db: Executor, userId: number, localDate: string): Promise<CheckinContext> {
  const { rows } = await sql<{ status: DeliveryStatus | null; before: DayMood | null; last_reply: string | null }>`
    select (select status from reminder_deliveries where user_id = ${userId} and kind = 'reminder' and local_date = ${localDate}::date) as status,
           (select mood from reminder_checkins where user_id = ${userId} and local_date = ${localDate}::date) as before,
           (select last_checkin_reply from reminder_settings where user_id = ${userId}) as last_reply`.execute(db);
  const row = rows[0];
  return { status: row?.status ?? undefined, before: row?.before ?? undefined, lastReply: row?.last_reply ?? null };
}

/** Stores (or changes) the day's check-in and, in the same statement, the reply it got. */
export async function saveCheckin(db: Executor, userId: number, localDate: string, mood: DayMood, reply: string | null, now: Date): Promise<void> {
  await sql`
    with replied as (
      update reminder_settings set last_checkin_reply = ${reply} where user_id = ${userId} and ${reply !== null}
    )
    insert into reminder_checkins (user_id, local_date, mood, created_at, updated_at)
    values (${userId}, ${localDate}::date, ${mood}, ${now}, ${now})
    on conflict (user_id, local_date) do update set mood = excluded.mood, updated_at = excluded.updated_at`.execute(db);
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
