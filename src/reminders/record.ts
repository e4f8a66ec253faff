/**
 * The writes of one claimed delivery: the fence before each attempt (is the row still ours,
 * and may the person still be sent something?), and how it ended, each outcome mapped to
 * its one write in {@link recordOutcome}.
 *
 * @module
 */
import type { Logger } from 'pino';
import type { Db } from '../db/create-db.ts';
import { setBlocked } from '../db/users.repository.ts';
import type { ClaimedJob } from './claim.ts';
import { fenceDelivery, finishDelivery, recordSent, releaseClaims, type FenceRow } from './deliveries.repository.ts';
import type { SendOutcome } from './sender.ts';

/** What one delivery learned on its way: the text chosen, what the person had seen, why it stopped. */
export interface Attempt {
  /** The reminder text (or the crisis check-in, the question, the note, the summary) chosen at the first attempt. */
  reminderId?: string;
  /** The person's seen texts after this one is sent; undefined leaves them as they are. */
  seenAfter?: string[] | undefined;
  crisisCheckin?: boolean;
  /** The message is the note that reminders pause themselves: sending it switches them off. */
  autoPause?: boolean;
  /** A weekly summary's text, composed once and kept across retries. */
  summaryText?: string;
  /** Why the fence said no: `stopped`, `blocked`, `off`; `lost` when the row is no longer ours. */
  cancelReason?: 'stopped' | 'blocked' | 'off' | 'lost';
}

/**
 * The check right before each attempt: the row must still be ours and the person still
 * reachable (a /stop, /remind off, a summary switched off or a block wins even over a claimed
 * message). Returns what the fence read, or null with `attempt.cancelReason` set.
 */
export async function fence(db: Db, job: ClaimedJob, attempt: Attempt, now: Date): Promise<FenceRow | null> {
  const row = await fenceDelivery(db, job, now);
  attempt.cancelReason = !row ? 'lost' : row.stoppedAt ? 'stopped' : row.blockedAt ? 'blocked' : !wanted(job, row) ? 'off' : undefined;
  return attempt.cancelReason === undefined ? (row ?? null) : null;
}

/** Whether the person still wants this kind of message. */
function wanted(job: ClaimedJob, row: FenceRow): boolean {
  return row.enabled && (job.kind === 'reminder' || row.summaryWeekday !== null);
}

/** How long to wait before the one retry of recording a sent message. */
const RECORD_RETRY_MS = 500;

/**
 * Writes how a delivery ended. A sent message is recorded with one retry (an unrecorded send
 * is the only way to a duplicate); a refused or failed one is closed with its reason; a send
 * the shutdown interrupted is given back for another instance at once.
 */
export async function recordOutcome(
  deps: { db: Db; logger: Logger; now: () => Date },
  job: ClaimedJob,
  outcome: SendOutcome,
  attempt: Attempt,
): Promise<void> {
  const { db, logger, now } = deps;
  switch (outcome.kind) {
    case 'sent': {
      const sent = {
        reminderId: attempt.reminderId ?? 'unknown',
        messageId: outcome.messageId,
        seen: attempt.seenAfter,
        crisisCheckin: attempt.crisisCheckin === true,
        autoPause: attempt.autoPause === true,
      };
      await recordSent(db, job, sent, now()).catch(async (err: unknown) => {
        logger.warn({ err, user_id: job.userId }, 'could not record a sent reminder; retrying once');
        await new Promise((r) => setTimeout(r, RECORD_RETRY_MS));
        await recordSent(db, job, sent, now());
      });
      return;
    }
    case 'cancelled':
      if (attempt.cancelReason && attempt.cancelReason !== 'lost') {
        await finishDelivery(db, job, { status: 'cancelled', reason: attempt.cancelReason }, now());
      }
      return;
    case 'blocked':
      logger.info({ user_id: job.userId }, 'user blocked the bot; no more reminders until they return');
      await setBlocked(db, job.userId, now());
      await finishDelivery(db, job, { status: 'blocked', reason: outcome.description }, now());
      return;
    case 'rejected':
    case 'gave-up':
      await finishDelivery(db, job, { status: 'failed', reason: outcome.description }, now());
      return;
    case 'expired':
      logger.warn({ user_id: job.userId }, 'reminder could not start within its lease; leaving it for a takeover');
      return;
    case 'stopped':
      await releaseClaims(db, [job], now());
      return;
  }
}
