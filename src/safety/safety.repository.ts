import { sql } from 'kysely';
import type { Db } from '../db/create-db.ts';

/**
 * Counts one safety event on its UTC day by what the bot answered (`tier`) and which rule
 * family or path led there. Nothing about the person or the text is kept.
 */
export async function countSafetyEvent(db: Db, at: Date, event: { tier: string; family: string }): Promise<void> {
  const day = at.toISOString().slice(0, 10);
  await db
    .insertInto('safety_events')
    .values({ day, tier: event.tier, family: event.family, count: 1 })
    .onConflict((oc) => oc.columns(['day', 'tier', 'family']).doUpdateSet({ count: sql`safety_events.count + 1` }))
    .execute();
}

/** How many safety events of a day (all tiers, or one). */
export async function safetyEventCount(db: Db, day: string, tier?: string): Promise<number> {
  let query = db.selectFrom('safety_events').select((eb) => eb.fn.sum<number>('count').as('n')).where('day', '=', day);
  if (tier !== undefined) query = query.where('tier', '=', tier);
  const row = await query.executeTakeFirst();
  return Number(row?.n ?? 0);
}

/**
 * After a crisis answer: remember when (a repeat soon after gets a shorter follow-up), owe a
 * gentle check-in instead of the next daily reminder, close any pending question, and pause
 * the person's open scenario run so their next words are not taken as an answer.
 */
export async function recordCrisisAnswer(db: Db, userId: number, at: Date): Promise<void> {
  await sql`
    with paused as (
      update scenario_runs set paused_at = coalesce(paused_at, ${at}) where user_id = ${userId} and status = 'active'
    )
    update users set crisis_answered_at = ${at}, crisis_checkin_due = true, safety_question_at = null
    where id = ${userId}`.execute(db);
}

/** The question waits for an answer (a date) or was answered (null); a waiting question pauses the run. */
export async function setSafetyQuestion(db: Db, userId: number, at: Date | null): Promise<void> {
  await sql`
    with paused as (
      update scenario_runs set paused_at = ${at} where user_id = ${userId} and status = 'active' and ${at !== null}
    )
    update users set safety_question_at = ${at} where id = ${userId}`.execute(db);
}

/** The person goes back to their scenario: the run takes input again. */
export async function resumeRun(db: Db, runId: number): Promise<void> {
  await db.updateTable('scenario_runs').set({ paused_at: null }).where('id', '=', runId).execute();
}

/** `/country`: the person's own choice, which wins over their time zone and language. */
export async function setCountry(db: Db, userId: number, country: string): Promise<void> {
  await db.updateTable('users').set({ country }).where('id', '=', userId).execute();
}

/** The person's safety plan: their answers (empty when they have none) and the part being written. */
export async function findSafetyPlan(db: Db, userId: number): Promise<{ answers: Record<string, string>; editing: string | null }> {
  const row = await db.selectFrom('safety_plans').select(['answers', 'editing']).where('user_id', '=', userId).executeTakeFirst();
  return row ?? { answers: {}, editing: null };
}

/**
 * Saves one answer (or none, for a skip) and what is written next, in one statement. A
 * `null` answer leaves the part as it was.
 */
export async function saveSafetyPlan(
  db: Db,
  userId: number,
  change: { part?: string; answer?: string | null; editing: string | null; reset?: boolean },
  now: Date,
): Promise<Record<string, string>> {
  const patch = change.part !== undefined && change.answer != null ? { [change.part]: change.answer } : {};
  const result = await sql<{ answers: Record<string, string> }>`
    insert into safety_plans (user_id, answers, editing, updated_at)
    values (${userId}, ${JSON.stringify(patch)}::jsonb, ${change.editing}, ${now})
    on conflict (user_id) do update
      set answers = case when ${change.reset === true} then excluded.answers else safety_plans.answers || excluded.answers end,
          editing = excluded.editing, updated_at = excluded.updated_at
    returning answers`.execute(db);
  return result.rows[0]?.answers ?? {};
}
