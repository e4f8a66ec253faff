/**
 * The SQL of daily deliveries: claiming due people (`FOR UPDATE SKIP LOCKED`), the send
 * clock every instance shares, the fence before each send, and marking how each ended. One
 * operation per function, `db` or a transaction first; local dates travel as `YYYY-MM-DD`
 * text both ways. The dispatcher reaches these through `claim.ts` and `record.ts`.
 *
 * @module
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import type { ContactAnswer, DeliveryKind, DeliveryStatus } from '../db/reminder-tables.ts';
import type { Frequency } from './schedule.ts';

type Executor = Kysely<Database> | Transaction<Database>;

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
  frequency: Frequency;
  /** A crisis check-in is owed: it is sent even on a day the person practised. */
  crisisCheckinDue: boolean;
  /** The latest practice in the last days (a finished scenario, a mood check-in), if any. */
  lastPractisedAt: Date | null;
}

/** How far back the claim looks for practice: "today" in any zone lies within it. */
const PRACTICE_LOOKBACK_MS = 2 * 86_400_000;

/**
 * When the person last practised, as a column of a query over `reminder_settings as s`: the
 * latest finished scenario or mood check-in ("not today" is not practice) in the last two
 * days. Read rather than written on the way, so a scenario step costs no extra round trip;
 * the partial index on finished runs and the check-ins' key keep it to a few rows.
 */
function lastPractisedAt(now: Date) {
  const since = new Date(now.getTime() - PRACTICE_LOOKBACK_MS);
  const sinceDate = new Date(since.getTime() - 86_400_000).toISOString().slice(0, 10);
  return sql<Date | null>`greatest(
    (select max(r.ended_at) from scenario_runs r where r.user_id = s.user_id and r.status = 'finished' and r.ended_at > ${since}),
    (select max(c.updated_at) from reminder_checkins c
     where c.user_id = s.user_id and c.local_date >= ${sinceDate}::date and c.mood <> 'skipped' and c.updated_at > ${since}))`;
}

/**
 * Up to `limit` users due at `now`, earliest first, locked for this transaction. SKIP LOCKED
 * lets several dispatchers claim side by side; the partial index on `next_reminder_at` makes
 * the cost proportional to `limit`, not to the number of users.
 */
export function selectDueForUpdate(trx: Executor, now: Date, limit: number) {
  return scheduleRows(trx)
    .select(['s.next_reminder_at as nextReminderAt', lastPractisedAt(now).as('lastPractisedAt')])
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

/**
 * One user's schedule, locked like a due one (skipped if a dispatcher holds it right now).
 * An explicit "send it now" is never held back because the person practised.
 */
export async function findUserForClaim(trx: Executor, userId: number): Promise<(Omit<DueRow, 'nextReminderAt'> & { enabled: boolean }) | undefined> {
  return scheduleRows(trx)
    .select(['s.enabled', sql<null>`null::timestamptz`.as('lastPractisedAt')])
    .where('s.user_id', '=', userId)
    .forUpdate('s')
    .skipLocked()
    .executeTakeFirst();
}

/** The settings and the person a reminder claim reads, the same for a due batch and for one user. */
function scheduleRows(trx: Executor) {
  return trx
    .selectFrom('reminder_settings as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select([
      's.user_id as userId',
      's.local_time as localTime',
      's.paused_until as pausedUntil',
      sql<string | null>`s.next_local_date::text`.as('nextLocalDate'),
      'u.time_zone as timeZone',
      'u.stopped_at as stoppedAt',
      'u.blocked_at as blockedAt',
      's.frequency',
      'u.crisis_checkin_due as crisisCheckinDue',
    ]);
}

/** A person whose weekly summary is due, as the claim reads it. */
export interface SummaryDueRow {
  userId: number;
  summaryWeekday: number | null;
  localTime: string | null;
  pausedUntil: Date | null;
  nextSummaryAt: Date;
  nextSummaryDate: string | null;
  timeZone: string | null;
  stoppedAt: Date | null;
  blockedAt: Date | null;
  /** The summary comes with the daily reminders: off (or paused by themselves) means no summary either. */
  enabled: boolean;
}

/** Like {@link selectDueForUpdate}, for weekly summaries (their own partial index). */
export async function findDueSummaries(trx: Executor, now: Date, limit: number): Promise<SummaryDueRow[]> {
  return trx
    .selectFrom('reminder_settings as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select([
      's.user_id as userId',
      's.summary_weekday as summaryWeekday',
      's.local_time as localTime',
      's.paused_until as pausedUntil',
      's.next_summary_at as nextSummaryAt',
      sql<string | null>`s.next_summary_date::text`.as('nextSummaryDate'),
      'u.time_zone as timeZone',
      'u.stopped_at as stoppedAt',
      'u.blocked_at as blockedAt',
      's.enabled',
    ])
    .where('s.next_summary_at', '<=', now)
    .orderBy('s.next_summary_at')
    .limit(limit)
    .forUpdate('s')
    .skipLocked()
    .$narrowType<{ nextSummaryAt: Date }>()
    .execute();
}

/**
 * A new schedule for a claimed user: the next message of the claim's kind, and what was just
 * claimed (the reminder's local date, or the summary's week).
 */
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
  /** Every delivery and reschedule of one claim is of this kind. */
  kind: DeliveryKind;
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
  const { kind, now, claimId, deliveries, reschedules, spacingMs, maxAheadMs, leaseMs } = input;
  let slot = 0;
  const slotIndex = deliveries.map((d) => (d.status === 'sending' ? slot++ : null));
  const schedule =
    kind === 'reminder'
      ? sql`next_reminder_at = r.next_at, next_local_date = r.next_date, last_local_date = coalesce(r.last_date, s.last_local_date)`
      : sql`next_summary_at = r.next_at, next_summary_date = r.next_date, last_summary_week = coalesce(r.last_date, s.last_summary_week)`;
  const result = await sql<{ user_id: number; local_date: string; status: 'sending' | 'skipped'; lease_until: Date | null }>`
    with clock as (${takeSlots(now, slot, spacingMs, maxAheadMs)}),
    moved as (
      update reminder_settings s
      set ${schedule}, updated_at = ${now}
      from unnest(${reschedules.map((r) => r.userId)}::bigint[], ${reschedules.map((r) => iso(r.nextReminderAt))}::timestamptz[],
                  ${reschedules.map((r) => r.nextLocalDate)}::date[], ${reschedules.map((r) => r.lastLocalDate)}::date[])
           as r(user_id, next_at, next_date, last_date)
      where s.user_id = r.user_id
    )
    insert into reminder_deliveries (user_id, kind, local_date, status, reason, due_at, claim_id, lease_until, created_at, finished_at)
    select v.user_id, ${kind}, v.local_date, v.status, v.reason, v.due_at,
           case when v.status = 'sending' then ${claimId} end,
           case when v.status = 'sending'
                then (select first_slot from clock) + make_interval(secs => (v.slot_index * ${spacingMs}::float8 + ${leaseMs}::float8) / 1000) end,
           ${now}::timestamptz, case when v.status = 'sending' then null else ${now}::timestamptz end
    from unnest(${deliveries.map((d) => d.userId)}::bigint[], ${deliveries.map((d) => d.localDate)}::date[],
                ${deliveries.map((d) => d.status)}::text[], ${deliveries.map((d) => d.reason)}::text[],
                ${deliveries.map((d) => iso(d.dueAt))}::timestamptz[], ${slotIndex}::int[])
         as v(user_id, local_date, status, reason, due_at, slot_index)
    on conflict (user_id, kind, local_date) do nothing
    returning user_id, local_date::text as local_date, status, lease_until`.execute(trx);
  return result.rows.map((r) => ({ userId: r.user_id, localDate: r.local_date, status: r.status, leaseUntil: r.lease_until }));
}

/**
 * Takes `count` send slots from the clock every instance shares, `spacingMs` apart, and
 * returns the first. A clock left far ahead (a wall-clock jump) is pulled back to `now`.
 */
export async function allocateSlots(trx: Executor, now: Date, count: number, spacingMs: number, maxAheadMs: number): Promise<Date> {
  const result = await sql<{ first_slot: Date }>`${takeSlots(now, count, spacingMs, maxAheadMs)}`.execute(trx);
  const first = result.rows[0]?.first_slot;
  if (!first) throw new Error('reminder_send_clock has no row: run the migrations');
  return first;
}

/**
 * The one statement that moves the shared send clock: `count` slots `spacingMs` apart,
 * returning the first as `first_slot` (no row when `count` is 0). A clock left behind now or
 * further ahead than `maxAheadMs` (a wall-clock jump) restarts from now.
 */
function takeSlots(now: Date, count: number, spacingMs: number, maxAheadMs: number) {
  const ahead = new Date(now.getTime() + maxAheadMs);
  const span = (count * spacingMs) / 1000;
  return sql`
    update reminder_send_clock
    set next_slot_at = (case when next_slot_at < ${now} or next_slot_at > ${ahead} then ${now}::timestamptz else next_slot_at end)
                       + make_interval(secs => ${span}::float8)
    where id and ${count}::int > 0
    returning next_slot_at - make_interval(secs => ${span}::float8) as first_slot`;
}

export function deliveryKey(key: { userId: number; kind: DeliveryKind; localDate: string }): string {
  return `${key.userId}/${key.kind}/${key.localDate}`;
}

/** A `sending` row whose lease ran out: its claimer crashed or gave it back. */
export interface ExpiredDelivery {
  userId: number;
  kind: DeliveryKind;
  localDate: string;
  dueAt: Date;
}

export async function findExpiredLeases(trx: Executor, now: Date, limit: number): Promise<ExpiredDelivery[]> {
  return trx
    .selectFrom('reminder_deliveries')
    .select(['user_id as userId', 'kind', sql<string>`local_date::text`.as('localDate'), 'due_at as dueAt'])
    .where('status', '=', 'sending')
    .where('lease_until', '<', now)
    .orderBy('lease_until')
    .limit(limit)
    .forUpdate()
    .skipLocked()
    .execute();
}

/** Takes over expired rows under a new claim id and lease (they keep their attempts count). */
export async function takeOver(
  trx: Executor,
  rows: readonly { userId: number; kind: DeliveryKind; localDate: string; leaseUntil: Date }[],
  claimId: string,
): Promise<void> {
  if (rows.length === 0) return;
  const values = sql.join(rows.map((r) => sql`(${r.userId}::bigint, ${r.kind}::text, ${r.localDate}::date, ${r.leaseUntil}::timestamptz)`));
  await sql`
    update reminder_deliveries d set claim_id = ${claimId}, lease_until = v.lease_until
    from (values ${values}) as v(user_id, kind, local_date, lease_until)
    where d.user_id = v.user_id and d.kind = v.kind and d.local_date = v.local_date and d.status = 'sending'`.execute(trx);
}

/** The key of a claimed delivery plus the claim that owns it. */
export interface ClaimedKey {
  userId: number;
  kind: DeliveryKind;
  localDate: string;
  claimId: string;
}

/** What the last check before a send found. */
export interface FenceRow {
  enabled: boolean;
  /** The weekly summary's weekday; null once it was switched off. */
  summaryWeekday: number | null;
  stoppedAt: Date | null;
  blockedAt: Date | null;
  seen: string[];
  /** After a crisis answer: this reminder is a gentle check-in instead. */
  crisisCheckinDue: boolean;
  /** The person's chosen language and Telegram's, for every word the dispatcher sends them. */
  language: string | null;
  languageCode: string | null;
  /** Their answer to the contact question, if they gave one. */
  inContact: ContactAnswer | null;
  /** For the weekly summary: their zone, and when they first wrote (nothing before is shown). */
  timeZone: string | null;
  joinedAt: Date;
  /** Reminders sent since the person last wrote or tapped anything (see {@link fenceDelivery}). */
  unanswered: number;
}

/**
 * The check right before each send: the row is still ours (same claim, lease not run out)
 * and counts the attempt; it also reads whether the person stopped, blocked or switched
 * reminders off since the claim. Undefined when the row is no longer ours.
 *
 * It also counts the reminders sent since the person last wrote or tapped anything: every
 * private update refreshes `users.last_seen_at`, so "unanswered" needs no write of its own
 * and any message resets it. Only the last days' deliveries can be newer than that.
 */
export async function fenceDelivery(db: Executor, key: ClaimedKey, now: Date): Promise<FenceRow | undefined> {
  const result = await sql<FenceRow>`
    update reminder_deliveries d set attempts = d.attempts + 1
    from reminder_settings s, users u
    where d.user_id = ${key.userId} and d.kind = ${key.kind} and d.local_date = ${key.localDate}::date and d.claim_id = ${key.claimId}
      and d.status = 'sending' and d.lease_until > ${now}
      and s.user_id = d.user_id and u.id = d.user_id
    returning s.enabled, s.summary_weekday as "summaryWeekday",
              u.stopped_at as "stoppedAt", u.blocked_at as "blockedAt", s.seen_reminder_ids as seen,
              u.crisis_checkin_due as "crisisCheckinDue", u.language, u.language_code as "languageCode",
              s.in_contact as "inContact", u.time_zone as "timeZone", u.created_at as "joinedAt",
              (select count(*)::int from reminder_deliveries x
               where x.user_id = d.user_id and x.kind = 'reminder' and x.status = 'sent' and x.finished_at > u.last_seen_at
                 and x.local_date >= (u.last_seen_at at time zone 'UTC')::date - 2) as unanswered`.execute(db);
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
    .where('kind', '=', key.kind)
    .where(sql<boolean>`local_date = ${key.localDate}::date`)
    .where('claim_id', '=', key.claimId)
    .where('status', '=', 'sending')
    .execute();
}

/** What {@link recordSent} writes besides the delivery's own row. */
export interface SentRecord {
  reminderId: string;
  messageId: number;
  /** The seen texts to keep; undefined leaves them as they are (a summary, a question). */
  seen?: string[] | undefined;
  crisisCheckin?: boolean;
  /** This was the note that reminders pause themselves: switch them off. */
  autoPause?: boolean;
}

/**
 * Marks a delivery sent and remembers the text as seen, in one statement; a crisis check-in
 * is owed no more once sent, and the self-pause note switches reminders (and with them the
 * weekly summary) off. It does not
 * check the claim: once Telegram accepted the message, the truth is "sent", whoever owns the row.
 */
export async function recordSent(db: Executor, key: ClaimedKey, sent: SentRecord, now: Date): Promise<void> {
  const pause = sent.autoPause === true;
  await sql`
    with d as (
      update reminder_deliveries
      set status = 'sent', reminder_id = ${sent.reminderId}, message_id = ${sent.messageId},
          finished_at = ${now}, lease_until = null, reason = null
      where user_id = ${key.userId} and kind = ${key.kind} and local_date = ${key.localDate}::date
      returning user_id
    ),
    checked_in as (
      update users set crisis_checkin_due = false from d where users.id = d.user_id and ${sent.crisisCheckin === true}
    )
    update reminder_settings s
    set seen_reminder_ids = coalesce(${sent.seen ?? null}::text[], s.seen_reminder_ids),
        enabled = s.enabled and not ${pause},
        auto_paused_at = case when ${pause} then ${now}::timestamptz else s.auto_paused_at end,
        next_reminder_at = case when ${pause} then null else s.next_reminder_at end,
        next_local_date = case when ${pause} then null else s.next_local_date end,
        next_summary_at = case when ${pause} then null else s.next_summary_at end,
        next_summary_date = case when ${pause} then null else s.next_summary_date end
    from d where s.user_id = d.user_id`.execute(db);
}

/** Gives claimed rows back at shutdown so another instance (or the next start) sends them at once. */
export async function releaseClaims(db: Executor, keys: readonly ClaimedKey[], now: Date): Promise<void> {
  if (keys.length === 0) return;
  const values = sql.join(keys.map((k) => sql`(${k.userId}::bigint, ${k.kind}::text, ${k.localDate}::date, ${k.claimId}::text)`));
  await sql`
    update reminder_deliveries d set lease_until = ${new Date(now.getTime() - 1)}
    from (values ${values}) as v(user_id, kind, local_date, claim_id)
    where d.user_id = v.user_id and d.kind = v.kind and d.local_date = v.local_date and d.claim_id = v.claim_id
      and d.status = 'sending'`.execute(db);
}

/** Closes late leftovers found by the recovery (their lease ran out more than the grace ago). */
export async function skipDeliveries(
  trx: Executor,
  rows: readonly { userId: number; kind: DeliveryKind; localDate: string }[],
  reason: string,
  now: Date,
): Promise<void> {
  if (rows.length === 0) return;
  const values = sql.join(rows.map((r) => sql`(${r.userId}::bigint, ${r.kind}::text, ${r.localDate}::date)`));
  await sql`
    update reminder_deliveries d set status = 'skipped', reason = ${reason}, finished_at = ${now}, lease_until = null
    from (values ${values}) as v(user_id, kind, local_date)
    where d.user_id = v.user_id and d.kind = v.kind and d.local_date = v.local_date and d.status = 'sending'`.execute(trx);
}
