import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { RunStatus, ScenarioRun } from '../db/scenario-tables.ts';
import type { Vars } from './model.ts';

type Db = Kysely<Database>;

/** Where a run moves to, as the interpreter saves it after a step. */
export interface RunSave {
  stepId: string;
  vars: Vars;
  contentVersion: string;
  /** `finished` when the run reached an end. */
  status: 'active' | 'finished';
  now: Date;
  /** The message that keeps showing the run's buttons (a checklist edited in place); default none. */
  keyboardMessageId?: number | null;
}

/** What the person answered on the way, saved in the same transaction as the move. */
export interface RunRecords {
  answers: { stepId: string; value: string | string[] }[];
  journal: { scenarioId: string; stepId: string; prompt: string; text: string }[];
}

/** The active run of a person, if any (there is at most one). */
export async function findActiveRun(db: Db, userId: number): Promise<ScenarioRun | undefined> {
  return db.selectFrom('scenario_runs').selectAll().where('user_id', '=', userId).where('status', '=', 'active').executeTakeFirst();
}

export async function findRun(db: Db, runId: number): Promise<ScenarioRun | undefined> {
  return db.selectFrom('scenario_runs').selectAll().where('id', '=', runId).executeTakeFirst();
}

/**
 * Opens a run, closing the person's previous active run (as `cancelled`) in the same
 * transaction, so there is never a moment with two or none by accident. Returns the new
 * run and the one it replaced, whose buttons the caller may want to take away.
 */
export async function openRun(
  db: Db,
  run: {
    userId: number;
    scenarioId: string;
    contentVersion: string;
    stepId: string;
    vars: Vars;
    status: 'active' | 'finished';
    now: Date;
  },
): Promise<{ run: ScenarioRun; replaced: ScenarioRun | undefined }> {
  return db.transaction().execute(async (trx) => {
    const replaced = await closeActiveRun(trx, run.userId, 'cancelled', run.now);
    const created = await trx
      .insertInto('scenario_runs')
      .values({
        user_id: run.userId,
        scenario_id: run.scenarioId,
        content_version: run.contentVersion,
        step_id: run.stepId,
        vars: JSON.stringify(run.vars),
        status: run.status,
        keyboard_message_id: null,
        started_at: run.now,
        updated_at: run.now,
        ended_at: run.status === 'active' ? null : run.now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { run: created, replaced };
  });
}

/**
 * Saves a move of the run and what was answered on the way, in one statement (so one round
 * trip, and atomic without a transaction). The save only happens if the run is still active
 * at the revision the caller read; otherwise (another update moved it first, on this
 * instance or another, or it was closed meanwhile) nothing is written and undefined comes
 * back. The keyboard message is cleared unless the caller names the message that keeps the
 * buttons: a run whose next step never reached the person can then be told apart.
 */
export async function saveRunStep(
  db: Db,
  run: Pick<ScenarioRun, 'id' | 'user_id' | 'revision'>,
  save: RunSave,
  records: RunRecords = { answers: [], journal: [] },
): Promise<ScenarioRun | undefined> {
  const { answers, journal } = records;
  const result = await sql<ScenarioRun>`
    with saved as (
      update scenario_runs
      set step_id = ${save.stepId}, vars = ${JSON.stringify(save.vars)}::jsonb, content_version = ${save.contentVersion},
          status = ${save.status}, revision = revision + 1, keyboard_message_id = ${save.keyboardMessageId ?? null},
          updated_at = ${save.now}, ended_at = ${save.status === 'active' ? null : save.now}, paused_at = null
      where id = ${run.id} and revision = ${run.revision} and status = 'active'
      returning *
    ),
    answered as (
      insert into scenario_answers (run_id, user_id, step_id, value, created_at)
      select saved.id, saved.user_id, a.step_id, a.value::jsonb, ${save.now}
      from saved, unnest(${answers.map((a) => a.stepId)}::text[], ${answers.map((a) => JSON.stringify(a.value))}::text[]) as a(step_id, value)
    ),
    written as (
      insert into journal_entries (user_id, run_id, scenario_id, step_id, prompt, text, created_at)
      select saved.user_id, saved.id, j.scenario_id, j.step_id, j.prompt, j.text, ${save.now}
      from saved, unnest(${journal.map((j) => j.scenarioId)}::text[], ${journal.map((j) => j.stepId)}::text[],
                         ${journal.map((j) => j.prompt)}::text[], ${journal.map((j) => j.text)}::text[])
           as j(scenario_id, step_id, prompt, text)
    )
    select * from saved`.execute(db);
  return result.rows[0];
}

/** Remembers which message carries the run's current buttons (null: none shown). */
export async function setKeyboardMessage(db: Db, runId: number, messageId: number | null): Promise<void> {
  await db.updateTable('scenario_runs').set({ keyboard_message_id: messageId }).where('id', '=', runId).execute();
}

/** Marks the person's active run as touched (showing it again counts as activity, and resumes a paused run). */
export async function touchRun(db: Db, runId: number, now: Date): Promise<void> {
  await db.updateTable('scenario_runs').set({ updated_at: now, paused_at: null }).where('id', '=', runId).where('status', '=', 'active').execute();
}

/** Closes one run if it is still active; returns it as it was closed, or undefined. */
export async function closeRun(
  db: Db,
  runId: number,
  status: Exclude<RunStatus, 'active'>,
  now: Date,
): Promise<ScenarioRun | undefined> {
  return closeWhere(db, 'id', runId, status, now);
}

/** Closes the person's active run, if any (/cancel, a switch, crisis language). */
export async function closeActiveRun(
  db: Db,
  userId: number,
  status: Exclude<RunStatus, 'active'>,
  now: Date,
): Promise<ScenarioRun | undefined> {
  return closeWhere(db, 'user_id', userId, status, now);
}

function closeWhere(
  db: Db,
  column: 'id' | 'user_id',
  value: number,
  status: Exclude<RunStatus, 'active'>,
  now: Date,
): Promise<ScenarioRun | undefined> {
  return db
    .updateTable('scenario_runs')
    .set({ status, ended_at: now, revision: sql<number>`revision + 1` })
    .where(column, '=', value)
    .where('status', '=', 'active')
    .returningAll()
    .executeTakeFirst();
}

/**
 * Closes, as `expired`, up to `limit` active runs nobody moved since `idleSince`. Quiet:
 * only rows change. Returns whose runs were closed, so their conversation state can go too.
 */
export async function expireIdleRuns(db: Db, idleSince: Date, now: Date, limit = 500): Promise<{ id: number; user_id: number }[]> {
  const due = db
    .selectFrom('scenario_runs')
    .select('id')
    .where('status', '=', 'active')
    .where('updated_at', '<', idleSince)
    .orderBy('updated_at')
    .limit(limit)
    .forUpdate()
    .skipLocked();
  return db
    .updateTable('scenario_runs')
    .set({ status: 'expired', ended_at: now, revision: sql<number>`revision + 1` })
    .where('id', 'in', due)
    .where('status', '=', 'active')
    .returning(['id', 'user_id'])
    .execute();
}

/** The answers of a run in the order given (tests, exports, progress). */
export async function listAnswers(db: Db, runId: number): Promise<{ step_id: string; value: string | string[] }[]> {
  return db.selectFrom('scenario_answers').select(['step_id', 'value']).where('run_id', '=', runId).orderBy('id').execute();
}
