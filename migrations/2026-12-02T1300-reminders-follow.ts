import { sql, type Kysely } from 'kysely';

/**
 * Reminders that follow the person: how often they come, whether the person is still in
 * contact with their ex (so texts that assume contact are left out), the place they typed
 * for their time zone, a weekly summary on a chosen weekday, the note of a self-pause after
 * ten unanswered reminders, and the last check-in reply (never the same twice in a row).
 *
 * Deliveries get a kind (`reminder` or `summary`) in their key: one reminder per person and
 * local date, as before, and one summary per person and week (keyed by the week's Monday).
 * Finished runs get an index, so the claim can ask "did they practise today?" cheaply.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('reminder_settings')
    .addColumn('frequency', 'text', (c) => c.notNull().defaultTo('daily').check(sql`frequency in ('daily', 'weekdays', 'every-other-day')`))
    .addColumn('in_contact', 'text', (c) => c.check(sql`in_contact in ('yes', 'no', 'complicated')`))
    .addColumn('contact_asked_at', 'timestamptz')
    .addColumn('place', 'text', (c) => c.check(sql`char_length(place) <= 64`))
    .addColumn('summary_weekday', 'smallint', (c) => c.check(sql`summary_weekday between 1 and 7`))
    .addColumn('next_summary_at', 'timestamptz')
    .addColumn('next_summary_date', 'date')
    .addColumn('last_summary_week', 'date')
    .addColumn('auto_paused_at', 'timestamptz')
    .addColumn('last_checkin_reply', 'text', (c) => c.check(sql`char_length(last_checkin_reply) <= 64`))
    .execute();
  await db.schema
    .createIndex('reminder_settings_summary_due')
    .on('reminder_settings')
    .column('next_summary_at')
    .where(sql.ref('next_summary_at'), 'is not', null)
    .execute();

  await db.schema
    .alterTable('reminder_deliveries')
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('reminder').check(sql`kind in ('reminder', 'summary')`))
    .execute();
  await db.schema.alterTable('reminder_deliveries').dropConstraint('reminder_deliveries_pkey').execute();
  await db.schema.alterTable('reminder_deliveries').addPrimaryKeyConstraint('reminder_deliveries_pkey', ['user_id', 'kind', 'local_date']).execute();

  await db.schema
    .createIndex('scenario_runs_finished')
    .on('scenario_runs')
    .columns(['user_id', 'ended_at'])
    .where(sql.ref('status'), '=', 'finished')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('scenario_runs_finished').execute();
  await sql`delete from reminder_deliveries where kind <> 'reminder'`.execute(db);
  await db.schema.alterTable('reminder_deliveries').dropConstraint('reminder_deliveries_pkey').execute();
  await db.schema.alterTable('reminder_deliveries').addPrimaryKeyConstraint('reminder_deliveries_pkey', ['user_id', 'local_date']).execute();
  await db.schema.alterTable('reminder_deliveries').dropColumn('kind').execute();
  await db.schema.dropIndex('reminder_settings_summary_due').execute();
  await db.schema
    .alterTable('reminder_settings')
    .dropColumn('frequency')
    .dropColumn('in_contact')
    .dropColumn('contact_asked_at')
    .dropColumn('place')
    .dropColumn('summary_weekday')
    .dropColumn('next_summary_at')
    .dropColumn('next_summary_date')
    .dropColumn('last_summary_week')
    .dropColumn('auto_paused_at')
    .dropColumn('last_checkin_reply')
    .execute();
}
