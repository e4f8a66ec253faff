import { sql, type Kysely } from 'kysely';

/**
 * Daily reminders: per-user settings with the next due instant, one delivery row per
 * (user, local date), check-ins per (user, local date), and the shared send clock that keeps
 * several instances under one global rate.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('reminder_settings')
    .addColumn('user_id', 'bigint', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('enabled', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('local_time', 'text', (c) => c.check(sql`local_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`))
    .addColumn('paused_until', 'timestamptz')
    .addColumn('next_reminder_at', 'timestamptz')
    .addColumn('next_local_date', 'date')
    .addColumn('last_local_date', 'date')
    .addColumn('seen_reminder_ids', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn('awaiting_zone_until', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  // Only scheduled users are in the index, so a tick's claim reads the due ones and nothing else.
  await db.schema
    .createIndex('reminder_settings_due')
    .on('reminder_settings')
    .column('next_reminder_at')
    .where(sql.ref('next_reminder_at'), 'is not', null)
    .execute();

  await db.schema
    .createTable('reminder_deliveries')
    .addColumn('user_id', 'bigint', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('local_date', 'date', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('sending', 'sent', 'skipped', 'cancelled', 'blocked', 'failed')`),
    )
    .addColumn('reason', 'text')
    .addColumn('reminder_id', 'text')
    .addColumn('due_at', 'timestamptz', (c) => c.notNull())
    .addColumn('claim_id', 'text')
    .addColumn('lease_until', 'timestamptz')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('message_id', 'bigint')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('finished_at', 'timestamptz')
    .addPrimaryKeyConstraint('reminder_deliveries_pkey', ['user_id', 'local_date'])
    .execute();
  await db.schema
    .createIndex('reminder_deliveries_leased')
    .on('reminder_deliveries')
    .column('lease_until')
    .where(sql.ref('status'), '=', 'sending')
    .execute();

  await db.schema
    .createTable('reminder_checkins')
    .addColumn('user_id', 'bigint', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('local_date', 'date', (c) => c.notNull())
    .addColumn('mood', 'text', (c) => c.notNull().check(sql`mood in ('holding', 'between', 'letting-go', 'skipped')`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('reminder_checkins_pkey', ['user_id', 'local_date'])
    .execute();

  await db.schema
    .createTable('reminder_send_clock')
    .addColumn('id', 'boolean', (c) => c.primaryKey().defaultTo(true).check(sql`id`))
    .addColumn('next_slot_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.insertInto('reminder_send_clock').values({ id: true }).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('reminder_send_clock').execute();
  await db.schema.dropTable('reminder_checkins').execute();
  await db.schema.dropTable('reminder_deliveries').execute();
  await db.schema.dropTable('reminder_settings').execute();
}
