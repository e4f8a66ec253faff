/**
 * Each update takes effect once, across restarts and instances: its id is claimed before it
 * is handled and marked done after. A claim that is not done belongs to an update in flight,
 * unless it is older than the lease (its instance died), it is this instance's own failed
 * try, or, in polling mode, it was taken by an earlier process (only one process can poll
 * a token, so that one is gone).
 *
 * @module
 */
import { sql } from 'kysely';
import type { Db } from './create-db.ts';

/** How an instance claims updates. */
export interface ClaimPolicy {
  /** This process, e.g. a random id per start. */
  instance: string;
  /** A claim older than this is taken over: its instance died mid-update. */
  leaseMs: number;
  /** Polling: a claim of another process is always taken over. */
  takeOverOtherInstances: boolean;
}

/**
 * The SQL of a claim, to run alone ({@link claimUpdate}) or inside a larger statement (the
 * person's one read). Returns a row when this instance now owns the update. A claim of this
 * instance that is not done is an earlier try that failed (the caller turns away copies in
 * flight in its own process), so it is taken over like a stale one.
 */
export function claimStatement(updateId: number, now: Date, policy: ClaimPolicy) {
  const stale = new Date(now.getTime() - policy.leaseMs);
  return sql`
    insert into handled_updates (update_id, claimed_by, claimed_at) values (${updateId}, ${policy.instance}, ${now})
    on conflict (update_id) do update set claimed_by = excluded.claimed_by, claimed_at = excluded.claimed_at
      where handled_updates.done_at is null
        and (handled_updates.claimed_at < ${stale} or handled_updates.claimed_by = ${policy.instance} or ${policy.takeOverOtherInstances})
    returning update_id`;
}

/** Claims an update; false when it was handled already or is being handled elsewhere. */
export async function claimUpdate(db: Db, updateId: number, now: Date, policy: ClaimPolicy): Promise<boolean> {
  const result = await claimStatement(updateId, now, policy).execute(db);
  return result.rows.length > 0;
}

/** Small writes an update leaves for its done mark, so they cost no round trip of their own. */
export interface FinalWrites {
  /** The message that now carries the run's buttons. */
  keyboard?: { runId: number; messageId: number };
  /** The conversations plugin's state for the person: a new value, or null to forget it. */
  conversation?: { userId: number; value: unknown };
}

/**
 * Marks an update done, with the writes it left for the end (one statement: the last round
 * trip of a scenario step). The conversation state is only written while its person exists
 * (they may have erased themselves in this very update).
 */
export async function finishUpdate(db: Db, updateId: number, now: Date, writes: FinalWrites = {}): Promise<void> {
  const { keyboard, conversation } = writes;
  const value = conversation?.value ?? null;
  await sql`
    with buttons as (
      update scenario_runs set keyboard_message_id = ${keyboard?.messageId ?? null}
      where id = ${keyboard?.runId ?? null} and status = 'active'
    ),
    forgotten as (
      delete from conversation_states where ${conversation !== undefined && value === null} and key = ${String(conversation?.userId ?? '')}
    ),
    stored as (
      insert into conversation_states (key, user_id, value, updated_at)
      select ${String(conversation?.userId ?? '')}, users.id, ${JSON.stringify(value)}::jsonb, ${now}
      from users where ${value !== null} and users.id = ${conversation?.userId ?? null}
      on conflict (key) do update set value = excluded.value, updated_at = excluded.updated_at
    )
    update handled_updates set done_at = ${now} where update_id = ${updateId}`.execute(db);
}

/** Forgets update ids claimed before `before` (Telegram redelivers for a day at most). */
export async function pruneHandledUpdates(db: Db, before: Date): Promise<number> {
  const result = await db.deleteFrom('handled_updates').where('claimed_at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
