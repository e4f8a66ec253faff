/**
 * The one read of an update: claims the update (see `updates.repository.ts`), upserts the
 * person (their name, language and last contact; writing again clears a recorded block) and
 * returns them with their active scenario run, the conversations plugin's stored state and
 * the safety-plan part they are writing, in a single round trip.
 *
 * @module
 */
import { sql } from 'kysely';
import type { Db } from './create-db.ts';
import type { TelegramUserInfo } from './users.repository.ts';
import type { User } from './database.ts';
import type { ScenarioRun } from './scenario-tables.ts';
import { claimStatement, type ClaimPolicy } from './updates.repository.ts';

export interface Person {
  user: User;
  run: ScenarioRun | undefined;
  /** The conversations plugin's value for this person, as stored. */
  conversation: unknown;
  /** The safety-plan part they are writing, if any (see `safety/safety-plan.ts`). */
  planEditing: string | null;
  /** False when the update was handled already, or is being handled by another instance. */
  claimed: boolean;
}

const RUN_COLUMNS = [
  'id',
  'user_id',
  'scenario_id',
  'content_version',
  'step_id',
  'vars',
  'status',
  'revision',
  'keyboard_message_id',
  'started_at',
  'updated_at',
  'ended_at',
  'paused_at',
] as const satisfies readonly (keyof ScenarioRun)[];

const runSelect = sql.join(RUN_COLUMNS.map((c) => sql`r.${sql.ref(c)} as ${sql.ref(`run_${c}`)}`));

export async function loadPerson(
  db: Db,
  from: TelegramUserInfo,
  now: Date,
  claim: { updateId: number; policy: ClaimPolicy },
): Promise<Person> {
  const result = await sql<Record<string, unknown>>`
    with claimed as (${claimStatement(claim.updateId, now, claim.policy)}),
    u as (
      insert into users (id, first_name, language_code, created_at, last_seen_at)
      values (${from.id}, ${from.first_name.slice(0, 128)}, ${from.language_code ?? null}, ${now}, ${now})
      on conflict (id) do update
        set first_name = excluded.first_name, language_code = excluded.language_code,
            last_seen_at = excluded.last_seen_at, blocked_at = null
      returning *
    )
    select u.*, ${runSelect}, cs.value as conversation, sp.editing as plan_editing,
           exists (select 1 from claimed) as update_claimed
    from u
    left join scenario_runs r on r.user_id = u.id and r.status = 'active'
    left join conversation_states cs on cs.key = u.id::text
    left join safety_plans sp on sp.user_id = u.id`.execute(db);
  const row = result.rows[0];
  if (!row) throw new Error(`user ${String(from.id)} was not stored`);
  const user: Record<string, unknown> = {};
  const run: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (key === 'conversation' || key === 'plan_editing' || key === 'update_claimed') continue;
    if (key.startsWith('run_')) run[key.slice(4)] = value;
    else user[key] = value;
  }
  return {
    user: user as unknown as User,
    run: run.id === null || run.id === undefined ? undefined : (run as unknown as ScenarioRun),
    conversation: row.conversation ?? undefined,
    planEditing: (row.plan_editing as string | null | undefined) ?? null,
    claimed: row.update_claimed === true,
  };
}
