/**
 * A PostgreSQL cluster of a test's own, which the test can stop and start again (an outage),
 * as `scripts/throwaway-postgres.sh` starts one: Debian's server binaries from
 * /usr/lib/postgresql/<version>/bin, `initdb` in a temp directory, a free loopback port, and,
 * when the tests run as root, the server run as the `postgres` user (it refuses root).
 *
 * @module
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { freePort } from './ports.ts';

const ROOT = '/usr/lib/postgresql';

/** The newest server binaries directory with an `initdb`, if any. */
function findBinDir(): string | undefined {
  if (!existsSync(ROOT)) return undefined;
  const versions = readdirSync(ROOT)
    .filter((v) => existsSync(path.join(ROOT, v, 'bin', 'initdb')) && existsSync(path.join(ROOT, v, 'bin', 'pg_ctl')))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const newest = versions.at(-1);
  return newest === undefined ? undefined : path.join(ROOT, newest, 'bin');
}

/**
 * Where the PostgreSQL server binaries are; undefined locally when there are none (the test
 * skips). In CI their absence is an error: a test needing its own server is never skipped there.
 */
export function postgresServerBinaries(): string | undefined {
  const dir = findBinDir();
  if (!dir && process.env.CI) {
    throw new Error(`CI must run the PostgreSQL outage tests: no server binaries in ${ROOT}/*/bin (apt-get install postgresql)`);
  }
  return dir;
}

export interface PostgresServer {
  /** The loopback port; the same after every restart. */
  readonly port: number;
  /** The `postgres` database as superuser (trust authentication). */
  readonly adminUrl: string;
  /** Whether the server is up (as far as this helper started and stopped it). */
  readonly running: boolean;
  /** A new empty database on this server; its URL. */
  createDatabase(): Promise<string>;
  /** Stops the server (`fast`: clients are disconnected, as at a restart; `immediate`: as at a crash). */
  stop(mode?: 'fast' | 'immediate'): Promise<void>;
  /** Starts it again on the same port and data; resolves when it accepts connections. */
  start(): Promise<void>;
  /** The server's own log, for a failure message. */
  log(): Promise<string>;
  /** Stops the server and removes its directory. Idempotent. */
  destroy(): Promise<void>;
}

interface RunAs {
  uid?: number;
  gid?: number;
}

/** As root, the `postgres` system user (created like the script does when missing). */
function serverUser(): RunAs {
  if (process.getuid?.() !== 0) return {};
  const lookup = () => {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    return { uid, gid };
  };
  try {
    return lookup();
  } catch {
    execFileSync('useradd', ['--system', '--no-create-home', 'postgres']);
    return lookup();
  }
}

function run(file: string, args: string[], as: RunAs, cwd: string): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      file,
      args,
      { ...as, cwd, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C.UTF-8', HOME: cwd }, timeout: 120_000 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${path.basename(file)} ${args.join(' ')} failed: ${error.message}\n${stderr}`));
        else resolve({ stdout, stderr });
      },
    );
  });
}

/**
 * Creates and starts a cluster. Call {@link postgresServerBinaries} first (at collection)
 * to skip or fail when there is no server; `destroy` in the test's cleanup.
 */
export async function startPostgresServer(bin = postgresServerBinaries()): Promise<PostgresServer> {
  if (!bin) throw new Error('no PostgreSQL server binaries');
  const as = serverUser();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'letgo-pg-outage.'));
  if (as.uid !== undefined) await chown(dir, as.uid, as.gid!);
  const data = path.join(dir, 'data');
  const logFile = path.join(dir, 'server.log');
  const port = await freePort();
  const pgCtl = path.join(bin, 'pg_ctl');
  let running = false;
  let destroyed = false;

  // If the test process dies before its cleanup, the server must not outlive it.
  const onExit = () => {
    if (!running) return;
    try {
      execFileSync(pgCtl, ['-D', data, '-m', 'immediate', 'stop'], { ...as, cwd: dir, stdio: 'ignore' });
    } catch {
      /* already gone */
    }
  };
  process.once('exit', onExit);

  await run(path.join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C.UTF-8'], as, dir);

  const server: PostgresServer = {
    port,
    adminUrl: `postgres://postgres@127.0.0.1:${String(port)}/postgres`,
    get running() {
      return running;
    },
    async createDatabase() {
      const name = `letgo_outage_${randomBytes(6).toString('hex')}`;
      // A client of its own, closed at once: an idle pooled connection would error when the server stops.
      const client = new pg.Client({ connectionString: server.adminUrl });
      await client.connect();
      try {
        await client.query(`create database ${name}`);
      } finally {
        await client.end();
      }
      return `postgres://postgres@127.0.0.1:${String(port)}/${name}`;
    },
    async start() {
      const options = `-p ${String(port)} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100`;
      try {
        await run(pgCtl, ['-D', data, '-l', logFile, '-w', '-t', '60', '-o', options, 'start'], as, dir);
      } catch (error) {
        throw new Error(`${(error as Error).message}\n${await server.log()}`);
      }
      running = true;
    },
    async stop(mode = 'fast') {
      await run(pgCtl, ['-D', data, '-m', mode, '-w', '-t', '60', 'stop'], as, dir);
      running = false;
    },
    log: () => readFile(logFile, 'utf8').catch(() => ''),
    async destroy() {
      if (destroyed) return;
      destroyed = true;
      if (running) await server.stop('immediate').catch(() => {});
      process.off('exit', onExit);
      await rm(dir, { recursive: true, force: true });
    },
  };
  try {
    await server.start();
  } catch (error) {
    await server.destroy();
    throw error;
  }
  return server;
}
