/**
 * The SQL of a person's reminder settings (`/remind`, `/timezone`, `/pause`, the offer's
 * buttons): one operation per function, `db` or a transaction first.
 *
 * @module
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import type { ContactAnswer } from '../db/reminder-tables.ts';
import type { Frequency } from './schedule.ts';

type Executor = Kysely<Database> | Transaction<Database>;

/** What the settings commands read and write about one person. */
export interface ReminderSettingsRow {
  userId: number;
  enabled: boolean;
  localTime: string | null;
  pausedUntil: Date | null;
  nextReminderAt: Date | null;
  nextLocalDate: string | null;
  lastLocalDate: string | null;
  awaitingZoneUntil: Date | null;
  frequency: Frequency;
  inContact: ContactAnswer | null;
  contactAskedAt: Date | null;
  place: string | null;
  summaryWeekday: number | null;
  nextSummaryAt: Date | null;
  nextSummaryDate: string | null;
  lastSummaryWeek: string | null;
  autoPausedAt: Date | null;
}

/** Settings plus what lives on the user row. */
export interface ReminderStateRow {
  settings: ReminderSettingsRow | undefined;
  timeZone: string | null;
  stoppedAt: Date | null;
  blockedAt: Date | null;
}

/** The schedule a settings change writes back (the contact question is marked on its own: {@link markContactAsked}). */
export type SchedulePatch = Partial<Omit<ReminderSettingsRow, 'userId' | 'lastLocalDate' | 'lastSummaryWeek' | 'contactAskedAt'>>;

const settingsColumns = [
  'reminder_settings.user_id as userId',
  'reminder_settings.enabled',
  'reminder_settings.local_time as localTime',
  'reminder_settings.paused_until as pausedUntil',
  'reminder_settings.next_reminder_at as nextReminderAt',
  sql<string | null>`reminder_settings.next_local_date::text`.as('nextLocalDate'),
  sql<string | null>`reminder_settings.last_local_date::text`.as('lastLocalDate'),
  'reminder_settings.awaiting_zone_until as awaitingZoneUntil',
  'reminder_settings.frequency',
  'reminder_settings.in_contact as inContact',
  'reminder_settings.contact_asked_at as contactAskedAt',
  'reminder_settings.place',
  'reminder_settings.summary_weekday as summaryWeekday',
  'reminder_settings.next_summary_at as nextSummaryAt',
  sql<string | null>`reminder_settings.next_summary_date::text`.as('nextSummaryDate'),
  sql<string | null>`reminder_settings.last_summary_week::text`.as('lastSummaryWeek'),
  'reminder_settings.auto_paused_at as autoPausedAt',
] as const;

/** The person's reminder settings and zone, or undefined settings if they never set any. */
export async function findReminderState(db: Executor, userId: number): Promise<ReminderStateRow | undefined> {
  const user = await db
    .selectFrom('users')
    .select(['time_zone', 'stopped_at', 'blocked_at'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user) return undefined;
  const settings = await db.selectFrom('reminder_settings').select(settingsColumns).where('user_id', '=', userId).executeTakeFirst();
  return { settings, timeZone: user.time_zone, stoppedAt: user.stopped_at, blockedAt: user.blocked_at };
}

/**
 * Locks the person's settings row for a read-modify-write (creating it first), so a settings
 * change and a dispatcher claim of the same row cannot interleave.
 */
export async function lockReminderSettings(trx: Transaction<Database>, userId: number): Promise<ReminderSettingsRow> {
  await trx
    .insertInto('reminder_settings')
    .values({ user_id: userId })
    .onConflict((oc) => oc.column('user_id').doNothing())
    .execute();
  return trx
    .selectFrom('reminder_settings')
    .select(settingsColumns)
    .where('user_id', '=', userId)
    .forUpdate()
    .executeTakeFirstOrThrow();
}

export async function writeReminderSettings(db: Executor, userId: number, patch: SchedulePatch, now: Date): Promise<void> {
  await db
    .updateTable('reminder_settings')
    .set({
      ...(patch.enabled !== undefined && { enabled: patch.enabled }),
      ...(patch.localTime !== undefined && { local_time: patch.localTime }),
      ...(patch.pausedUntil !== undefined && { paused_until: patch.pausedUntil }),
      ...(patch.nextReminderAt !== undefined && { next_reminder_at: patch.nextReminderAt }),
      ...(patch.nextLocalDate !== undefined && { next_local_date: patch.nextLocalDate }),
      ...(patch.awaitingZoneUntil !== undefined && { awaiting_zone_until: patch.awaitingZoneUntil }),
      ...(patch.frequency !== undefined && { frequency: patch.frequency }),
      ...(patch.inContact !== undefined && { in_contact: patch.inContact }),
      ...(patch.place !== undefined && { place: patch.place }),
      ...(patch.summaryWeekday !== undefined && { summary_weekday: patch.summaryWeekday }),
      ...(patch.nextSummaryAt !== undefined && { next_summary_at: patch.nextSummaryAt }),
      ...(patch.nextSummaryDate !== undefined && { next_summary_date: patch.nextSummaryDate }),
      ...(patch.autoPausedAt !== undefined && { auto_paused_at: patch.autoPausedAt }),
      updated_at: now,
    })
    .where('user_id', '=', userId)
    .execute();
}

export async function setUserTimeZone(db: Executor, userId: number, timeZone: string): Promise<void> {
  await db.updateTable('users').set({ time_zone: timeZone }).where('id', '=', userId).execute();
}

/** Whether the bot is waiting for this person to type a city (and the wait has not run out). */
export async function isAwaitingZone(db: Executor, userId: number, now: Date): Promise<boolean> {
  const row = await db
    .selectFrom('reminder_settings')
    .select('user_id')
    .where('user_id', '=', userId)
    .where('awaiting_zone_until', '>', now)
    .executeTakeFirst();
  return row !== undefined;
}

/** Stops waiting for a typed city (the person moved on: a command or another button). */
export async function clearAwaitingZone(db: Executor, userId: number): Promise<void> {
  await db
    .updateTable('reminder_settings')
    .set({ awaiting_zone_until: null })
    .where('user_id', '=', userId)
    .where('awaiting_zone_until', 'is not', null)
    .execute();
}

/**
 * Marks the contact question as asked, once: true only for the call that marked it, so two
 * updates racing to ask it cannot both ask.
 */
export async function markContactAsked(db: Executor, userId: number, now: Date): Promise<boolean> {
  const row = await db
    .updateTable('reminder_settings')
    .set({ contact_asked_at: now })
    .where('user_id', '=', userId)
    .where('contact_asked_at', 'is', null)
    .returning('user_id')
    .executeTakeFirst();
  return row !== undefined;
}
