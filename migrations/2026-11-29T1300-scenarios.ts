import { sql, type Kysely } from 'kysely';

/**
 * Scenarios: runs (where each person is, the source of truth across restarts and content
 * edits), answers saved as the person goes, journal entries, and the conversations
 * plugin's storage. Every table is owned by a user and goes with them on delete.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('scenario_runs')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('user_id', 'bigint', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('scenario_id', 'text', (c) => c.notNull())
    .addColumn('content_version', 'text', (c) => c.notNull())
    .addColumn('step_id', 'text', (c) => c.notNull())
    .addColumn('vars', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('active', 'finished', 'cancelled', 'expired', 'changed')`),
    )
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('keyboard_message_id', 'bigint')
    .addColumn('started_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('ended_at', 'timestamptz')
    .execute();
  // At most one active run per person: a second start in a race fails instead of forking.
  await db.schema
    .createIndex('scenario_runs_one_active')
    .on('scenario_runs')
    .column('user_id')
    .unique()
    .where(sql.ref('status'), '=', 'active')
    .execute();
  // The idle sweep reads active runs by last activity, nothing else.
  await db.schema
    .createIndex('scenario_runs_idle')
    .on('scenario_runs')
    .column('updated_at')
    .where(sql.ref('status'), '=', 'active')
    .execute();
  await db.schema.createIndex('scenario_runs_user').on('scenario_runs').columns(['user_id', 'started_at']).execute();

  await db.schema
    .createTable('scenario_answers')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('run_id', 'bigint', (c) => c.notNull().references('scenario_runs.id').onDelete('cascade'))
    .addColumn('user_id', 'bigint', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('step_id', 'text', (c) => c.notNull())
    .addColumn('value', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('scenario_answers_run').on('scenario_answers').column('run_id').execute();
  await db.schema.createIndex('scenario_answers_user').on('scenario_answers').column('user_id').execute();

  await db.schema
    .createTable('journal_entries')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('user_id', 'bigint', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('run_id', 'bigint', (c) => c.references('scenario_runs.id').onDelete('cascade'))
    .addColumn('scenario_id', 'text', (c) => c.notNull())
    .addColumn('step_id', 'text', (c) => c.notNull())
    .addColumn('prompt', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull().check(sql`char_length(text) <= 4096`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('journal_entries_user_latest')
    .on('journal_entries')
    .columns(['user_id', 'created_at desc', 'id desc'])
    .execute();
  await db.schema.createIndex('journal_entries_run').on('journal_entries').column('run_id').execute();

  await db.schema
    .createTable('conversation_states')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'bigint', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('value', 'jsonb', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('conversation_states_user').on('conversation_states').column('user_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('conversation_states').execute();
  await db.schema.dropTable('journal_entries').execute();
  await db.schema.dropTable('scenario_answers').execute();
  await db.schema.dropTable('scenario_runs').execute();
}
