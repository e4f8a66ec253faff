import { sql, type Kysely } from 'kysely';

/**
 * Telegram's update ids as they are taken and handled, so a redelivered update (a slow
 * webhook answer, a restart before the offset was confirmed, another instance) takes effect
 * once. Only ids and times: nothing about the person. Pruned after a day.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('handled_updates')
    .addColumn('update_id', 'bigint', (c) => c.primaryKey())
    .addColumn('claimed_by', 'text', (c) => c.notNull())
    .addColumn('claimed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('done_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('handled_updates_claimed_at').on('handled_updates').column('claimed_at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('handled_updates').execute();
}
