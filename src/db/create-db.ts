import { mkdir } from 'node:fs/promises';
import { Kysely, PostgresDialect, type Dialect } from 'kysely';
import type { Database } from './database.ts';
import { observedDialect, type RoundTripObserver } from './round-trips.ts';

const INT8_OID = 20;
/**
 * PGlite's buffer cache. PostgreSQL's default (128 MB, what initdb writes) lives in the
 * process's WebAssembly memory and is most of an embedded start's memory and time; the data
 * files are still cached by the operating system. 16 MB holds a small bot's working set.
 */
const PGLITE_SHARED_BUFFERS = '16MB';
/** Telegram ids are 64-bit in the API but stay below 2^53, so a JS number holds them exactly. */
const parseInt8 = (value: string) => Number(value);

export type DbTarget =
  | { kind: 'postgres'; url: string; poolSize?: number }
  | { kind: 'pglite'; dataDir: string };

export type Db = Kysely<Database>;

/** Where the data lives: a real PostgreSQL when a URL is given, otherwise embedded PGlite on disk. */
export function dbTarget(config: { databaseUrl: string | undefined; dataDir: string }): DbTarget {
  return config.databaseUrl
    ? { kind: 'postgres', url: config.databaseUrl }
    : { kind: 'pglite', dataDir: config.dataDir };
}

/**
 * Opens the database. `db.destroy()` closes the pool or the PGlite instance.
 * A PGlite `dataDir` of `memory://` keeps everything in memory (tests). `observe` sees every
 * round trip (metrics, per-update counts).
 */
export async function createDb(target: DbTarget, observe?: RoundTripObserver): Promise<Db> {
  return (await openDatabase(target, observe)).db;
}

/** Connections of the pool by state (PGlite has one, always in use while it works). */
export interface PoolStats {
  inUse: number;
  idle: number;
  waiting: number;
}

/** {@link createDb}, with a way to read the pool's state for metrics. */
export async function openDatabase(target: DbTarget, observe?: RoundTripObserver): Promise<{ db: Db; pool(): PoolStats }> {
  const { dialect, pool } = await createDialect(target);
  return { db: new Kysely<Database>({ dialect: observe ? observedDialect(dialect, observe) : dialect }), pool };
}

/** Each kind's driver is loaded only when used: a PostgreSQL process never loads PGlite, nor PGlite `pg`. */
async function createDialect(target: DbTarget): Promise<{ dialect: Dialect; pool(): PoolStats }> {
  if (target.kind === 'postgres') {
    const { default: pg } = await import('pg');
    const pool = new pg.Pool({
      connectionString: target.url,
      max: target.poolSize ?? 10,
      // A database that does not answer fails the update fast (it is retried), instead of hanging it.
      connectionTimeoutMillis: 5_000,
      types: {
        getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
          oid === INT8_OID ? parseInt8 : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
      },
    });
    // A client losing its connection (database restart) must not crash the process: idle
    // ones report to the pool, checked-out ones to their own listener (the statement in
    // flight fails on its own and the update is retried).
    pool.on('error', () => {});
    pool.on('connect', (client) => client.on('error', () => {}));
    return {
      dialect: new PostgresDialect({ pool }),
      pool: () => ({ inUse: pool.totalCount - pool.idleCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    };
  }
  if (!target.dataDir.startsWith('memory://')) await mkdir(target.dataDir, { recursive: true });
  const [{ PGlite }, { PGliteDialect }] = await Promise.all([import('@electric-sql/pglite'), import('kysely-pglite-dialect')]);
  const pglite = await PGlite.create(target.dataDir, {
    parsers: { [INT8_OID]: parseInt8 },
    startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${PGLITE_SHARED_BUFFERS}`],
  });
  return { dialect: new PGliteDialect(pglite), pool: () => ({ inUse: 0, idle: 1, waiting: 0 }) };
}
