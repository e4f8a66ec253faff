import { sql, type Kysely } from 'kysely';

/**
 * Safety: where a person is (their chosen country and language), what the bot owes them
 * after a crisis answer (a pending question, a gentle check-in instead of the next
 * reminder), scenario runs that a crisis answer paused, safety events counted by tier and
 * rule family (never the text, never who), and the person's safety plan.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('users')
    .addColumn('country', 'text')
    .addColumn('language', 'text')
    .addColumn('safety_question_at', 'timestamptz')
    .addColumn('crisis_answered_at', 'timestamptz')
    .addColumn('crisis_checkin_due', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();

  await db.schema.alterTable('scenario_runs').addColumn('paused_at', 'timestamptz').execute();

  await db.schema.alterTable('safety_events').addColumn('tier', 'text', (c) => c.notNull().defaultTo('act')).execute();
  await db.schema.alterTable('safety_events').addColumn('family', 'text', (c) => c.notNull().defaultTo('unknown')).execute();
  await db.schema.alterTable('safety_events').dropConstraint('safety_events_pkey').execute();
  await db.schema.alterTable('safety_events').addPrimaryKeyConstraint('safety_events_pkey', ['day', 'tier', 'family']).execute();

  await db.schema
    .createTable('safety_plans')
    .addColumn('user_id', 'bigint', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('answers', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('editing', 'text')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('safety_plans').execute();
  await sql`delete from safety_events where tier <> 'act' or family <> 'unknown'`.execute(db);
  await db.schema.alterTable('safety_events').dropConstraint('safety_events_pkey').execute();
  await db.schema.alterTable('safety_events').dropColumn('tier').dropColumn('family').execute();
  await db.schema.alterTable('safety_events').addPrimaryKeyConstraint('safety_events_pkey', ['day']).execute();
  await db.schema.alterTable('scenario_runs').dropColumn('paused_at').execute();
  await db.schema
    .alterTable('users')
    .dropColumn('country')
    .dropColumn('language')
    .dropColumn('safety_question_at')
    .dropColumn('crisis_answered_at')
    .dropColumn('crisis_checkin_due')
    .execute();
}
