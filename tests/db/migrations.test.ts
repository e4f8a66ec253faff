import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createDb } from '../../src/db/create-db.ts';
import { createMigrator, migrateToLatest } from '../../src/db/migrator.ts';
import { testDatabases } from '../helpers/databases.ts';

describe.each(testDatabases())('migrations on $name', (target) => {
  const closers: Array<() => Promise<void>> = [];
  afterEach(async () => {
    while (closers.length) await closers.pop()!();
  });

  it('creates the schema, rolls every migration back, and applies them again', async () => {
    const { db, close } = await target.open();
    closers.push(close);
    const first = await migrateToLatest(db);
    expect(first.length).toBeGreaterThan(0);
    expect(first.every((r) => r.status === 'Success')).toBe(true);
    const tables = (await db.introspection.getTables()).map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['users', 'group_chats']));

    const migrator = createMigrator(db);
    for (let i = 0; i < first.length; i++) {
      const { error } = await migrator.migrateDown();
      expect(error).toBeUndefined();
    }
    expect((await db.introspection.getTables()).map((t) => t.name)).not.toContain('users');
    expect((await migrateToLatest(db)).length).toBe(first.length);
  });

  it('is a no-op when already up to date', async () => {
    const { db, close } = await target.open();
    closers.push(close);
    await migrateToLatest(db);
    expect(await migrateToLatest(db)).toEqual([]);
  });

  if (target.name === 'postgres') it('applies each migration once when two instances start at the same time', async () => {
    const { db, url, close } = await target.open();
    closers.push(close);
    const other = await createDb({ kind: 'postgres', url: url! });
    closers.push(() => other.destroy());
    const [a, b] = await Promise.all([migrateToLatest(db), migrateToLatest(other)]);
    const applied = [...a, ...b].filter((r) => r.status === 'Success').map((r) => r.migrationName);
    expect(new Set(applied).size).toBe(applied.length);
    const rows = await sql<{ n: number }>`select count(*)::int as n from kysely_migration`.execute(db);
    expect(rows.rows[0]!.n).toBe(applied.length);
  });
});
