import type { Kysely } from 'kysely';

/**
 * Funnels for authors read a window of recent days: runs by when they started, reminders and
 * check-ins by local date. Without these indexes each report would read every row ever
 * written; with them, only the window's.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('scenario_runs_started').on('scenario_runs').column('started_at').execute();
  await db.schema.createIndex('reminder_deliveries_local_date').on('reminder_deliveries').column('local_date').execute();
  await db.schema.createIndex('reminder_checkins_local_date').on('reminder_checkins').column('local_date').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('reminder_checkins_local_date').execute();
  await db.schema.dropIndex('reminder_deliveries_local_date').execute();
  await db.schema.dropIndex('scenario_runs_started').execute();
}
