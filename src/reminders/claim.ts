/**
 * The transactions of a dispatcher tick, each over one small batch:
 *
 * - {@link claimDue}: locks due users (`FOR UPDATE SKIP LOCKED`, so instances share the work),
 *   plans each one, takes send slots from the shared clock, records the deliveries before
 *   anything is sent, and moves every schedule on to its next local date;
 * - {@link claimDueSummaries}: the same for weekly summaries, from the same send clock;
 * - {@link recoverExpired}: takes over `sending` rows whose lease ran out (their instance
 *   crashed or gave them back), or records them skipped when they are by now too late.
 *
 * @module
 */
import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Db } from '../db/create-db.ts';
import type { Database } from '../db/database.ts';
import type { DeliveryKind } from '../db/reminder-tables.ts';
import { batchPlanner, batchSummaryPlanner, planClaim, type ClaimPlan } from './plan.ts';
import {
  allocateSlots,
  findDue,
  findDueSummaries,
  findExpiredLeases,
  findUserForClaim,
  recordClaim,
  skipDeliveries,
  takeOver,
  type ClaimedKey,
  type ClaimRow,
} from './deliveries.repository.ts';
import { isLate, localDateOf } from './schedule.ts';

/** A reminder this instance now owns and should send at `slot`. */
export interface ClaimedJob extends ClaimedKey {
  dueAt: Date;
  slot: Date;
  leaseUntil: Date;
}

export interface ClaimResult {
  /** Rows the query returned; a full batch means more may be waiting. */
  selected: number;
  jobs: ClaimedJob[];
  /** Deliveries recorded as skipped: too late, or the person already practised that day. */
  skipped: { userId: number; kind: DeliveryKind; localDate: string }[];
}

export interface ClaimOptions {
  now: Date;
  batchSize: number;
  graceMs: number;
  leaseMs: number;
  /** Time between two send slots (the global rate). */
  spacingMs: number;
}

/** A clock left further ahead than this (a wall-clock jump) is pulled back to now. */
const SLOT_MAX_AHEAD_MS = 10 * 60_000;

export async function claimDue(db: Db, options: ClaimOptions): Promise<ClaimResult> {
  return db.transaction().execute(async (trx) => {
    const due = await findDue(trx, options.now, options.batchSize);
    if (due.length === 0) return { selected: 0, jobs: [], skipped: [] };
    const plan = batchPlanner(options.now, options.graceMs);
    return claimRows(trx, 'reminder', due.map((row) => ({ userId: row.userId, dueAt: row.nextReminderAt, plan: plan(row) })), options);
  });
}

/** Claims due weekly summaries like {@link claimDue} claims reminders (one per person and week). */
export async function claimDueSummaries(db: Db, options: ClaimOptions): Promise<ClaimResult> {
  return db.transaction().execute(async (trx) => {
    const due = await findDueSummaries(trx, options.now, options.batchSize);
    if (due.length === 0) return { selected: 0, jobs: [], skipped: [] };
    const plan = batchSummaryPlanner(options.now, options.graceMs);
    return claimRows(trx, 'summary', due.map((row) => ({ userId: row.userId, dueAt: row.nextSummaryAt, plan: plan(row) })), options);
  });
}

/** Why {@link claimNow} found nothing to send, in words a person can read. */
export type NotClaimed = 'unknown' | 'off' | 'incomplete' | 'stopped' | 'blocked' | 'busy' | 'already-sent';

/**
 * Claims one person's reminder for today right away, through the same path as a tick (the
 * playground's "send my reminder now"). Today's regular reminder is then the one sent, so
 * the next comes tomorrow; a reminder already recorded today is refused like any other.
 */
export async function claimNow(db: Db, userId: number, options: Omit<ClaimOptions, 'batchSize'>): Promise<ClaimResult | NotClaimed> {
  return db.transaction().execute(async (trx): Promise<ClaimResult | NotClaimed> => {
    const row = await findUserForClaim(trx, userId);
    if (!row) return (await trx.selectFrom('reminder_settings').select('user_id').where('user_id', '=', userId).executeTakeFirst()) ? 'busy' : 'unknown';
    if (!row.enabled) return 'off';
    if (row.localTime === null || row.timeZone === null) return 'incomplete';
    if (row.stoppedAt !== null) return 'stopped';
    if (row.blockedAt !== null) return 'blocked';
    const today = localDateOf(options.now, row.timeZone);
    const plan = planClaim({ ...row, nextReminderAt: options.now, nextLocalDate: today }, options.now, options.graceMs);
    const claimed = await claimRows(trx, 'reminder', [{ userId: row.userId, dueAt: options.now, plan }], { ...options, batchSize: 1 });
    return claimed.jobs.length === 0 ? 'already-sent' : claimed;
  });
}

/** A locked row and what the claim does with it. */
interface PlannedRow {
  userId: number;
  dueAt: Date;
  plan: ClaimPlan;
}

/** Records the plans of locked rows (deliveries, slots, schedules) and returns the jobs. */
async function claimRows(trx: Transaction<Database>, kind: DeliveryKind, plans: PlannedRow[], options: ClaimOptions): Promise<ClaimResult> {
  const { now, leaseMs, spacingMs } = options;
  const deliveries: ClaimRow[] = [];
  for (const { userId, dueAt, plan } of plans) {
    const { action } = plan;
    if (action.kind === 'pass') continue;
    deliveries.push({
      userId,
      localDate: action.localDate,
      status: action.kind === 'send' ? 'sending' : 'skipped',
      reason: action.kind === 'skip' ? action.reason : null,
      dueAt,
    });
  }
  const claimId = randomUUID();
  const recorded = await recordClaim(trx, {
    kind,
    now,
    claimId,
    deliveries,
    reschedules: plans.map((p) => p.plan.reschedule),
    spacingMs,
    maxAheadMs: SLOT_MAX_AHEAD_MS,
    leaseMs,
  });
  const dueAt = new Map(plans.map((p) => [p.userId, p.dueAt]));
  const jobs: ClaimedJob[] = [];
  const skipped: ClaimResult['skipped'] = [];
  for (const r of recorded) {
    if (r.status === 'skipped' || r.leaseUntil === null) {
      skipped.push({ userId: r.userId, kind, localDate: r.localDate });
      continue;
    }
    const slot = new Date(r.leaseUntil.getTime() - leaseMs);
    jobs.push({ userId: r.userId, kind, localDate: r.localDate, claimId, dueAt: dueAt.get(r.userId) as Date, slot, leaseUntil: r.leaseUntil });
  }
  jobs.sort((a, b) => a.slot.getTime() - b.slot.getTime());
  return { selected: plans.length, jobs, skipped };
}

export async function recoverExpired(db: Db, options: ClaimOptions): Promise<ClaimResult> {
  const { now, batchSize, graceMs, leaseMs, spacingMs } = options;
  return db.transaction().execute(async (trx) => {
    const expired = await findExpiredLeases(trx, now, batchSize);
    if (expired.length === 0) return { selected: 0, jobs: [], skipped: [] };
    const late = expired.filter((d) => isLate(d.dueAt, now, graceMs));
    const resend = expired.filter((d) => !isLate(d.dueAt, now, graceMs));
    await skipDeliveries(trx, late, 'late', now);
    const jobs: ClaimedJob[] = [];
    if (resend.length > 0) {
      const first = await allocateSlots(trx, now, resend.length, spacingMs, SLOT_MAX_AHEAD_MS);
      const claimId = randomUUID();
      for (const d of resend) {
        const slot = new Date(first.getTime() + jobs.length * spacingMs);
        jobs.push({ ...d, claimId, slot, leaseUntil: new Date(slot.getTime() + leaseMs) });
      }
      await takeOver(trx, jobs, claimId);
    }
    return { selected: expired.length, jobs, skipped: late.map(({ userId, kind, localDate }) => ({ userId, kind, localDate })) };
  });
}
