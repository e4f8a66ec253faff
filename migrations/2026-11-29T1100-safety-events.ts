import type { Kysely } from 'kysely';

/** Crisis messages are counted per day, with no user and no text: only how often it happens. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('safety_events')
    .addColumn('day', 'date', (c) => c.primaryKey())
    .addColumn('count', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('safety_events').execute();
}
