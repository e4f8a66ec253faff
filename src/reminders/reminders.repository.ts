/**
 * All SQL of the daily reminders, one operation per function. Functions take `db` or a
 * transaction first; local dates travel as `YYYY-MM-DD` text both ways (see `LocalDateColumn`).
 *
 * @module
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import type { DeliveryStatus } from '../db/reminder-tables.ts';
import type { DayMood } from './progress.ts';

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
}

/** Settings plus what lives on the user row. */
export interface ReminderStateRow {
  settings: ReminderSettingsRow | undefined;
  timeZone: string | null;
  stoppedAt: Date | null;
  blockedAt: Date | null;
}

/** The schedule a settings change writes back. */
export type SchedulePatch = Partial<Omit<ReminderSettingsRow, 'userId' | 'lastLocalDate'>>;

const settingsColumns = [
  'reminder_settings.user_id as userId',
  'reminder_settings.enabled',
  'reminder_settings.local_time as localTime',
  'reminder_settings.paused_until as pausedUntil',
  'reminder_settings.next_reminder_at as nextReminderAt',
  sql<string | null>`reminder_settings.next_local_date::text`.as('nextLocalDate'),
  sql<string | null>`reminder_settings.last_local_date::text`.as('lastLocalDate'),
  'reminder_settings.awaiting_zone_until as awaitingZoneUntil',
] as const;

// ---------------------------------------------------------------------------
// Settings (commands)
// ---------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------
// Claiming (dispatcher)
// ---------------------------------------------------------------------------

/** A user whose reminder is due, as the claim reads it. */
export interface DueRow {
  userId: number;
  localTime: string | null;
  pausedUntil: Date | null;
  nextReminderAt: Date;
  nextLocalDate: string | null;
  timeZone: string | null;
  stoppedAt: Date | null;
  blockedAt: Date | null;
}

/**
 * Up to `limit` users due at `now`, earliest first, locked for this transaction. SKIP LOCKED
 * lets several dispatchers claim side by side; the partial index on `next_reminder_at` makes
 * the cost proportional to `limit`, not to the number of users.
 */
export function selectDueForUpdate(trx: Executor, now: Date, limit: number) {
  return trx
    .selectFrom('reminder_settings as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select([
      's.user_id as userId',
      's.local_time as localTime',
      's.paused_until as pausedUntil',
      's.next_reminder_at as nextReminderAt',
      sql<string | null>`s.next_local_date::text`.as('nextLocalDate'),
      'u.time_zone as timeZone',
      'u.stopped_at as stoppedAt',
      'u.blocked_at as blockedAt',
    ])
    .where('s.next_reminder_at', '<=', now)
    .orderBy('s.next_reminder_at')
    .limit(limit)
    .forUpdate('s')
    .skipLocked()
    .$narrowType<{ nextReminderAt: Date }>();
}

export async function findDue(trx: Executor, now: Date, limit: number): Promise<DueRow[]> {
  return selectDueForUpdate(trx, now, limit).execute();
}

/** One user's schedule, locked like a due one (skipped if a dispatcher holds it right now). */
export async function findUserForClaim(trx: Executor, userId: number): Promise<(Omit<DueRow, 'nextReminderAt'> & { enabled: boolean }) | undefined> {
  return trx
    .selectFrom('reminder_settings as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select([
      's.user_id as userId',
      's.enabled',
      's.local_time as localTime',
      's.paused_until as pausedUntil',
      sql<string | null>`s.next_local_date::text`.as('nextLocalDate'),
      'u.time_zone as timeZone',
      'u.stopped_at as stoppedAt',
      'u.blocked_at as blockedAt',
    ])
    .where('s.user_id', '=', userId)
    .forUpdate('s')
    .skipLocked()
    .executeTakeFirst();
}

/** A new schedule for a claimed user: the next reminder, and the date just claimed. */
export interface Reschedule {
  userId: number;
  nextReminderAt: Date | null;
  nextLocalDate: string | null;
  lastLocalDate: string | null;
}

/** Timestamps travel inside arrays as ISO text, which both drivers pass through unchanged. */
function iso(date: Date | null): string | null {
  return date === null ? null : date.toISOString();
}

/** A claimed user's delivery row as the claim records it (`sending` rows get a slot in order). */
export interface ClaimRow {
  userId: number;
  localDate: string;
  status: 'sending' | 'skipped';
  reason: string | null;
  dueAt: Date;
}

export interface RecordClaimInput {
  now: Date;
  claimId: string;
  deliveries: readonly ClaimRow[];
  reschedules: readonly Reschedule[];
  /** Time between two send slots, and how far ahead the shared clock may be believed. */
  spacingMs: number;
  maxAheadMs: number;
  /** How long after its slot a `sending` row stays this claim's. */
  leaseMs: number;
}

/** A delivery row the claim inserted; `leaseUntil` is set for `sending` rows. */
export interface RecordedDelivery {
  userId: number;
  localDate: string;
  status: 'sending' | 'skipped';
  leaseUntil: Date | null;
}

/**
 * The claim's writes, in one statement so the transaction holding the row locks stays short:
 * takes a send slot per `sending` row from the shared clock, records the deliveries before
 * anything is sent (a (user_id, local_date) already recorded, by another instance or an
 * earlier run, is left alone and not returned, so it is never sent twice), and moves every
 * claimed user's schedule on. Arrays (unnest) keep the parameter count constant.
 */
export async function recordClaim(trx: Executor, input: RecordClaimInput): Promise<RecordedDelivery[]> {
  const { now, claimId, deliveries, reschedules, spacingMs, maxAheadMs, leaseMs } = input;
  let slot = 0;
  const slotIndex = deliveries.map((d) => (d.status === 'sending' ? slot++ : null));
  const sends = slot;
  const ahead = new Date(now.getTime() + maxAheadMs);
  const result = await sql<{ user_id: number; local_date: string; status: 'sending' | 'skipped'; lease_until: Date | null }>`
    with clock as (
      update reminder_send_clock
      set next_slot_at = (case when next_slot_at < ${now} or next_slot_at > ${ahead} then ${now}::timestamptz else next_slot_at end)
                         + make_interval(secs => ${(sends * spacingMs) / 1000}::float8)
      where id and ${sends}::int > 0
      returning next_slot_at - make_interval(secs => ${(sends * spacingMs) / 1000}::float8) as first_slot
    ),
    moved as (
      update reminder_settings s
      set next_reminder_at = r.next_at, next_local_date = r.next_date,
          last_local_date = coalesce(r.last_date, s.last_local_date), updated_at = ${now}
      from unnest(${reschedules.map((r) => r.userId)}::bigint[], ${reschedules.map((r) => iso(r.nextReminderAt))}::timestamptz[],
                  ${reschedules.map((r) => r.nextLocalDate)}::date[], ${reschedules.map((r) => r.lastLocalDate)}::date[])
           as r(user_id, next_at, next_date, last_date)
      where s.user_id = r.user_id
    )
    insert into reminder_deliveries (user_id, local_date, status, reason, due_at, claim_id, lease_until, created_at, finished_at)
    select v.user_id, v.local_date, v.status, v.reason, v.due_at,
           case when v.status = 'sending' then ${claimId} end,
           case when v.status = 'sending'
                then (select first_slot from clock) + make_interval(secs => (v.slot_index * ${spacingMs}::float8 + ${leaseMs}::float8) / 1000) end,
           ${now}::timestamptz, case when v.status = 'sending' then null else ${now}::timestamptz end
    from unnest(${deliveries.map((d) => d.userId)}::bigint[], ${deliveries.map((d) => d.localDate)}::date[],
                ${deliveries.map((d) => d.status)}::text[], ${deliveries.map((d) => d.reason)}::text[],
                ${deliveries.map((d) => iso(d.dueAt))}::timestamptz[], ${slotIndex}::int[])
         as v(user_id, local_date, status, reason, due_at, slot_index)
    on conflict (user_id, local_date) do nothing
    returning user_id, local_date::text as local_date, status, lease_until`.execute(trx);
  return result.rows.map((r) => ({ userId: r.user_id, localDate: r.local_date, status: r.status, leaseUntil: r.lease_until }));
}

/**
 * Takes `count` send slots from the clock every instance shares, `spacingMs` apart, and
 * returns the first. A clock left far ahead (a wall-clock jump) is pulled back to `now`.
 */
export async function allocateSlots(trx: Executor, now: Date, count: number, spacingMs: number, maxAheadMs: number): Promise<Date> {
  const ahead = new Date(now.getTime() + maxAheadMs);
  const result = await sql<{ first: Date }>`
    update reminder_send_clock
    set next_slot_at = (case when next_slot_at < ${now} or next_slot_at > ${ahead} then ${now}::timestamptz else next_slot_at end)
                       + make_interval(secs => ${(count * spacingMs) / 1000}::float8)
    where id
    returning next_slot_at - make_interval(secs => ${(count * spacingMs) / 1000}::float8) as first`.execute(trx);
  const first = result.rows[0]?.first;
  if (!first) throw new Error('reminder_send_clock has no row: run the migrations');
  return first;
}

export function deliveryKey(userId: number, localDate: string): string {
  return `${userId}/${localDate}`;
}

/** A `sending` row whose lease ran out: its claimer crashed or gave it back. */
export interface ExpiredDelivery {
  userId: number;
  localDate: string;
  dueAt: Date;
}

export async function findExpiredLeases(trx: Executor, now: Date, limit: number): Promise<ExpiredDelivery[]> {
  return trx
    .selectFrom('reminder_deliveries')
    .select(['user_id as userId', sql<string>`local_date::text`.as('localDate'), 'due_at as dueAt'])
    .where('status', '=', 'sending')
    .where('lease_until', '<', now)
    .orderBy('lease_until')
    .limit(limit)
    .forUpdate()
    .skipLocked()
    .execute();
}

/** Takes over expired rows under a new claim id and lease (they keep their attempts count). */
export async function takeOver(trx: Executor, rows: readonly { userId: number; localDate: string; leaseUntil: Date }[], claimId: string): Promise<void> {
  if (rows.length === 0) return;
  const values = sql.join(rows.map((r) => sql`(${r.userId}::bigint, ${r.localDate}::date, ${r.leaseUntil}::timestamptz)`));
  await sql`
    update reminder_deliveries d set claim_id = ${claimId}, lease_until = v.lease_until
    from (values ${values}) as v(user_id, local_date, lease_until)
    where d.user_id = v.user_id and d.local_date = v.local_date and d.status = 'sending'`.execute(trx);
}

// ---------------------------------------------------------------------------
// Sending (dispatcher)
// ---------------------------------------------------------------------------

/** The key of a claimed delivery plus the claim that owns it. */
export interface ClaimedKey {
  userId: number;
  localDate: string;
  claimId: string;
}

/** What the last check before a send found. */
export interface FenceRow {
  enabled: boolean;
  stoppedAt: Date | null;
  blockedAt: Date | null;
  seen: string[];
  /** After a crisis answer: this reminder is a gentle check-in instead. */
  crisisCheckinDue: boolean;
  /** The person's chosen language and Telegram's, for the words of the check-in. */
  language: string | null;
  languageCode: string | null;
}

/**
 * The check right before each send: the row is still ours (same claim, lease not run out)
 * and counts the attempt; it also reads whether the person stopped, blocked or switched
 * reminders off since the claim. Undefined when the row is no longer ours.
 */
export async function fenceDelivery(db: Executor, key: ClaimedKey, now: Date): Promise<FenceRow | undefined> {
  const result = await sql<FenceRow>`
    update reminder_deliveries d set attempts = d.attempts + 1
    from reminder_settings s, users u
    where d.user_id = ${key.userId} and d.local_date = ${key.localDate}::date and d.claim_id = ${key.claimId}
      and d.status = 'sending' and d.lease_until > ${now}
      and s.user_id = d.user_id and u.id = d.user_id
    returning s.enabled, u.stopped_at as "stoppedAt", u.blocked_at as "blockedAt", s.seen_reminder_ids as seen,
              u.crisis_checkin_due as "crisisCheckinDue", u.language, u.language_code as "languageCode"`.execute(db);
  return result.rows[0];
}

/** Closes a claimed delivery that was not sent (cancelled, blocked, failed) if it is still ours. */
export async function finishDelivery(
  db: Executor,
  key: ClaimedKey,
  outcome: { status: Exclude<DeliveryStatus, 'sending' | 'sent'>; reason: string },
  now: Date,
): Promise<void> {
  await db
    .updateTable('reminder_deliveries')
    .set({ status: outcome.status, reason: outcome.reason.slice(0, 200), finished_at: now, lease_until: null })
    .where('user_id', '=', key.userId)
    .where(sql<boolean>`local_date = ${key.localDate}::date`)
    .where('claim_id', '=', key.claimId)
    .where('status', '=', 'sending')
    .execute();
}

/**
 * Marks a delivery sent and remembers the text as seen, in one statement; a crisis check-in
 * is owed no more once sent. It does not check the claim: once Telegram accepted the
 * message, the truth is "sent", whoever owns the row.
 */
export async function recordSent(
  db: Executor,
  key: ClaimedKey,
  sent: { reminderId: string; messageId: number; seen: string[]; crisisCheckin?: boolean },
  now: Date,
): Promise<void> {
  await sql`
    with d as (
      update reminder_deliveries
      set status = 'sent', reminder_id = ${sent.reminderId}, message_id = ${sent.messageId},
          finished_at = ${now}, lease_until = null, reason = null
      where user_id = ${key.userId} and local_date = ${key.localDate}::date
      returning user_id
    ),
    checked_in as (
      update users set crisis_checkin_due = false from d where users.id = d.user_id and ${sent.crisisCheckin === true}
    )
    update reminder_settings s set seen_reminder_ids = ${sent.seen}::text[]
    from d where s.user_id = d.user_id`.execute(db);
}

/** Gives claimed rows back at shutdown so another instance (or the next start) sends them at once. */
export async function releaseClaims(db: Executor, keys: readonly ClaimedKey[], now: Date): Promise<void> {
  if (keys.length === 0) return;
  const values = sql.join(keys.map((k) => sql`(${k.userId}::bigint, ${k.localDate}::date, ${k.claimId}::text)`));
  await sql`
    update reminder_deliveries d set lease_until = ${new Date(now.getTime() - 1)}
    from (values ${values}) as v(user_id, local_date, claim_id)
    where d.user_id = v.user_id and d.local_date = v.local_date and d.claim_id = v.claim_id
      and d.status = 'sending'`.execute(db);
}

/** Closes late leftovers found by the recovery (their lease ran out more than the grace ago). */
export async function skipDeliveries(trx: Executor, rows: readonly { userId: number; localDate: string }[], reason: string, now: Date): Promise<void> {
  if (rows.length === 0) return;
  const values = sql.join(rows.map((r) => sql`(${r.userId}::bigint, ${r.localDate}::date)`));
  await sql`
    update reminder_deliveries d set status = 'skipped', reason = ${reason}, finished_at = ${now}, lease_until = null
    from (values ${values}) as v(user_id, local_date)
    where d.user_id = v.user_id and d.local_date = v.local_date and d.status = 'sending'`.execute(trx);
}

// ---------------------------------------------------------------------------
// Check-ins
// ---------------------------------------------------------------------------

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
