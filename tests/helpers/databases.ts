import { randomBytes } from 'node:crypto';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { createDb, type Db } from '../../src/db/create-db.ts';

export interface TestDatabase {
  name: 'pglite' | 'postgres';
  /** A fresh, empty database (a new PGlite in memory, or a new PostgreSQL database). */
  open(): Promise<{ db: Db; url?: string; close(): Promise<void> }>;
}

/**
 * The databases every db test runs on: PGlite always, real PostgreSQL when TEST_DATABASE_URL
 * is set. In CI a missing TEST_DATABASE_URL is an error, never a silent skip.
 */
export function testDatabases(): TestDatabase[] {
  const url = postgresUrl();
  const list: TestDatabase[] = [
    {
      name: 'pglite',
      async open() {
        const db = await createDb({ kind: 'pglite', dataDir: 'memory://' });
        return { db, close: () => db.destroy() };
      },
    },
  ];
  if (url) list.push({ name: 'postgres', open: () => freshPostgres(url) });
  return list;
}

/**
 * The real PostgreSQL of the test run (TEST_DATABASE_URL), or undefined locally without one.
 * In CI a missing one is an error: a test needing PostgreSQL must never be skipped there.
 */
export function postgresUrl(): string | undefined {
  const url = process.env.TEST_DATABASE_URL;
  if (!url && process.env.CI) throw new Error('CI must run the database tests on real PostgreSQL: TEST_DATABASE_URL is not set');
  return url || undefined;
}

/** Creates a throwaway database on the server of `adminUrl`; `close` drops it. */
export async function freshPostgres(adminUrl: string) {
  const name = `letgo_test_${randomBytes(6).toString('hex')}`;
  const admin = new Kysely<any>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: adminUrl, max: 1 }) }) });
  await sql`create database ${sql.id(name)}`.execute(admin);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = await createDb({ kind: 'postgres', url: url.toString() });
  return {
    db,
    url: url.toString(),
    async close() {
      await db.destroy();
      await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin);
      await admin.destroy();
    },
  };
}
