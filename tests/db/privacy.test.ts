import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/create-db.ts';
import { migrateToLatest } from '../../src/db/migrator.ts';
import { upsertUser } from '../../src/db/users.repository.ts';
import { deleteUserData, exportUserData, userOwnedTables } from '../../src/privacy/privacy.repository.ts';
import { testDatabases } from '../helpers/databases.ts';

/** Tables that hold nothing about a person; every other table must point at `users`. */
const NOT_PERSONAL = ['users', 'group_chats', 'handled_updates', 'safety_events', 'reminder_send_clock', 'kysely_migration', 'kysely_migration_lock'];

describe.each(testDatabases())('privacy on $name', (target) => {
  let db: Db;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ db, close } = await target.open());
    await migrateToLatest(db);
  });
  afterAll(() => close());

  it('every table with personal data references users with on delete cascade', async () => {
    const tables = (await db.introspection.getTables()).map((t) => t.name);
    const owned = new Set((await userOwnedTables(db)).map((t) => t.table));
    for (const table of tables) {
      if (NOT_PERSONAL.includes(table)) continue;
      expect(owned, `table ${table} holds personal data but has no foreign key to users`).toContain(table);
    }
    const { rows } = await sql<{ table_name: string; delete_rule: string }>`
      select tc.table_name, rc.delete_rule from information_schema.referential_constraints rc
      join information_schema.table_constraints tc on tc.constraint_name = rc.constraint_name
      where tc.table_schema = current_schema()`.execute(db);
    for (const row of rows) expect(row.delete_rule, `${row.table_name} must cascade`).toBe('CASCADE');
  });

  it('exports a user and erases them', async () => {
    await upsertUser(db, { id: 777, first_name: 'Mo', language_code: 'de' }, new Date());
    const data = await exportUserData(db, 777);
    expect(data.users).toEqual([expect.objectContaining({ id: 777, first_name: 'Mo', language_code: 'de' })]);
    expect(await deleteUserData(db, 777)).toBe(true);
    expect((await exportUserData(db, 777)).users).toEqual([]);
  });
});
