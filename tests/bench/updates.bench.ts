/**
 * `updates`: how many updates letgo handles, how fast it answers, what it costs in CPU and
 * memory, and how it starts, next to a bare grammY bot on the same emulator and load.
 * Ends with one JSON line.
 *
 * 1. Throughput and first reply, for three targets one after the other, each bot in a child
 *    process of its own (updates-target.ts; the emulator and the people stay in this one):
 *    letgo on PostgreSQL, letgo on PGlite (a temp DATA_DIR), and the bare peer (grammY +
 *    @grammyjs/runner answering every update with a message and an inline keyboard).
 *    BENCH_CHATS chats at once, each walking BENCH_WALKS_PER_CHAT scenario walks (every edge of
 *    every scenario, from `coverWalks`) by taps and typed answers; the bare bot gets the same
 *    inputs. An input is sent when the previous one was answered in full; no emulator latency.
 *    letgo runs with the node flags of `npm start` (its smaller young generation costs it some
 *    speed for less memory), the bare peer with node's defaults.
 *    "First reply": from the input to the first bot message or edit in the chat.
 *    CPU: process.cpuUsage() of the bot's process over the measured phase, per update; the
 *    emulator's (this process) and, on a local PostgreSQL, the server's are given apart.
 * 2. Memory, letgo on PostgreSQL: BENCH_MEMORY_CHATS distinct people each start a scenario
 *    (`/start <id>`); heap used and RSS after a forced GC at BENCH_MEMORY_BASE and at the end,
 *    as growth per chat (RSS also as the slope over all checkpoints, steadier than two points).
 *    BENCH_HEAP_SNAPSHOTS=<dir> also writes a heap snapshot at both points (see heap-diff.ts).
 * 3. The production build (`npm run build`, or dist/ when newer than src/): `node dist/main.js`
 *    with the node flags of `npm start` (package.json's `start` script), from spawn to its first getUpdates (seen by a pass-through proxy in front of the
 *    emulator), then VmRSS after BENCH_IDLE_MS idle. PostgreSQL: first start (fresh database,
 *    migrations) and second; PGlite: first start (empty DATA_DIR) and second. Beside them, the
 *    floor: the RSS of a process with the same flags that only imports the libraries a start on
 *    PostgreSQL loads (`dependencies_only`).
 *
 * Sizes: BENCH_CHATS (200), BENCH_WALKS_PER_CHAT (3), BENCH_WARMUP_CHATS (20),
 * BENCH_MEMORY_CHATS (10000), BENCH_MEMORY_BASE (1000), BENCH_IDLE_MS (3000);
 * BENCH_PARTS=throughput,memory,startup to run only some; BENCH_CPU_PROFILES=<dir> writes a
 * CPU profile of each bot over its measured phase (it costs the bot some speed); BENCH_LOG_LEVEL for letgo's log
 * (silent; its lines go to /dev/null), BENCH_PROD_LOG_LEVEL for the production starts (info).
 */
import { spawn, spawnSync, execFileSync, fork, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { createEmulator, type ApiCall, type BotView, type Emulator } from '@letgo/telegram-emulator';
import type { Db } from '../../src/db/create-db.ts';
import { loadScenarios, SCENARIOS_DIR } from '../../src/scenarios/loader.ts';
import { freshPostgres } from '../helpers/databases.ts';
import { bareScript, letgoScript, miscounted, playChats, quantile, startAction, walkPlans, type Script } from './updates-load.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));
const num = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number`);
  return Math.floor(value);
};
const CHATS = Math.max(1, num('BENCH_CHATS', 200));
const WALKS_PER_CHAT = Math.max(1, num('BENCH_WALKS_PER_CHAT', 3));
const WARMUP_CHATS = num('BENCH_WARMUP_CHATS', 20);
const MEMORY_CHATS = Math.max(2, num('BENCH_MEMORY_CHATS', 10_000));
const MEMORY_BASE = Math.min(num('BENCH_MEMORY_BASE', Math.min(1_000, Math.floor(MEMORY_CHATS / 10))), MEMORY_CHATS - 1) || 1;
const IDLE_MS = num('BENCH_IDLE_MS', 3_000);
const TIMEOUT_MS = num('BENCH_TIMEOUT_MS', 60_000);
const PARTS = new Set((process.env.BENCH_PARTS ?? 'throughput,memory,startup').split(',').map((s) => s.trim()));
const SNAPSHOT_DIR = process.env.BENCH_HEAP_SNAPSHOTS;
const PROFILE_DIR = process.env.BENCH_CPU_PROFILES;
const url = process.env.TEST_DATABASE_URL;
if (!url) throw new Error('TEST_DATABASE_URL is required (npm run bench starts a throwaway PostgreSQL)');

const round = (n: number, digits = 3) => (Number.isFinite(n) ? Math.round(n * 10 ** digits) / 10 ** digits : null);
const log = (line: string) => console.error(line);
const mb = (bytes: number) => round(bytes / 1024 / 1024, 1);

// --- the bot in a child process ---------------------------------------------------------

interface Child {
  pid: number;
  ask<T>(type: 'cpu' | 'mem' | 'stop' | 'snapshot' | 'profile-start' | 'profile-stop' | 'db-round-trips', extra?: Record<string, unknown>): Promise<T>;
  stop(): Promise<void>;
}

/** Forks updates-target.ts and waits for it to poll. */
/** Starts a bot in its own process; letgo with the node flags `npm start` gives it (see {@link startFlags}). */
async function startChild(env: Record<string, string>): Promise<Child> {
  const child: ChildProcess = fork(`${here}updates-target.ts`, [], {
    cwd: root,
    execArgv: ['--expose-gc', '--import', 'tsx', ...(env.BENCH_TARGET === 'letgo' ? startFlags() : [])],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  let nextId = 1;
  const waiting = new Map<number, (body: unknown) => void>();
  child.on('message', (message: { id?: number }) => {
    if (message.id !== undefined) waiting.get(message.id)?.(message);
  });
  await Promise.race([
    new Promise<void>((resolve) => child.on('message', (m: { type?: string }) => m.type === 'ready' && resolve())),
    exited.then((code) => Promise.reject(new Error(`the bot process exited (${String(code)}) before it was ready`))),
    new Promise<void>((_, reject) => setTimeout(() => reject(new Error('the bot process did not get ready within 120 s')), 120_000).unref()),
  ]);
  const ask = <T>(type: string, extra: Record<string, unknown> = {}) =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, (body) => {
        waiting.delete(id);
        resolve(body as T);
      });
      child.send({ id, type, ...extra }, (error) => error && reject(error));
    });
  return {
    pid: child.pid!,
    ask,
    async stop() {
      if (child.exitCode !== null) return;
      await Promise.race([ask('stop').catch(() => {}), exited]);
      const killed = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(killed);
    },
  };
}

type Cpu = { cpu: NodeJS.CpuUsage };
const cpuMs = (a: NodeJS.CpuUsage, b: NodeJS.CpuUsage) => (b.user - a.user + (b.system - a.system)) / 1000;

// --- the PostgreSQL server's CPU (a local server only) -----------------------------------

/**
 * CPU ms of the whole PostgreSQL server so far: the postmaster with its reaped children, and
 * every live child. Undefined when the server is not on this machine.
 */
async function postgresCpuSampler(db: Db): Promise<(() => number) | undefined> {
  try {
    const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(db);
    const postmaster = statFields(rows[0]!.pid)?.ppid;
    if (postmaster === undefined) return undefined;
    const tick = 1000 / Number(execFileSync('getconf', ['CLK_TCK']).toString().trim() || 100);
    return () => {
      let ticks = 0;
      for (const entry of readdirSync('/proc')) {
        if (!/^\d+$/.test(entry)) continue;
        const pid = Number(entry);
        const f = statFields(pid);
        if (f && (pid === postmaster || f.ppid === postmaster)) ticks += f.utime + f.stime + f.cutime + f.cstime;
      }
      return ticks * tick;
    };
  } catch {
    return undefined;
  }
}

function statFields(pid: number): { ppid: number; utime: number; stime: number; cutime: number; cstime: number } | undefined {
  try {
    const text = readFileSync(`/proc/${String(pid)}/stat`, 'utf8');
    const f = text.slice(text.lastIndexOf(')') + 2).split(' ').map(Number);
    return { ppid: f[1]!, utime: f[11]!, stime: f[12]!, cutime: f[13]!, cstime: f[14]! };
  } catch {
    return undefined;
  }
}

// --- 1. throughput and first reply ------------------------------------------------------

interface TargetSpec {
  name: 'letgo_postgres' | 'letgo_pglite' | 'bare_grammy';
  token: string;
  env: Record<string, string>;
  scripts: (chats: number, offset: number) => Script[];
  postgresCpu?: () => number;
}

/** Counts what the bot asked of the emulator: calls per method, and updates handed out by getUpdates. */
function countCalls(view: BotView) {
  const perMethod: Record<string, number> = {};
  let delivered = 0;
  let redelivered = 0;
  let pollsWithoutNew = 0;
  let highest = -1;
  const onCall = (call: ApiCall) => {
    perMethod[call.method] = (perMethod[call.method] ?? 0) + 1;
    if (call.method !== 'getUpdates' || !call.response.ok || !Array.isArray(call.response.result)) return;
    const ids = (call.response.result as { update_id: number }[]).map((u) => u.update_id);
    const fresh = ids.filter((id) => id > highest).length;
    delivered += ids.length;
    redelivered += ids.length - fresh;
    if (fresh === 0) pollsWithoutNew += 1;
    highest = Math.max(highest, ...ids);
  };
  view.events.on('call', onCall);
  return {
    stop: () => view.events.off('call', onCall),
    figures: () => ({ perMethod, delivered, redelivered, pollsWithoutNew, total: Object.values(perMethod).reduce((a, b) => a + b, 0) }),
  };
}

async function throughput(emulator: Emulator, spec: TargetSpec, firstChatId: number) {
  const view = emulator.bot(spec.token);
  log(`updates: ${spec.name}: starting the bot…`);
  const child = await startChild({ ...spec.env, BENCH_BOT_TOKEN: spec.token, BENCH_API_ROOT: emulator.apiRoot });
  try {
    if (WARMUP_CHATS > 0) {
      const warm = await playChats(view, spec.scripts(WARMUP_CHATS, CHATS), { firstChatId: firstChatId + CHATS, concurrency: WARMUP_CHATS, timeoutMs: TIMEOUT_MS });
      if (warm.failures.length > 0) log(`  warm-up failures: ${warm.failures.slice(0, 3).join('; ')}`);
    }
    const scripts = spec.scripts(CHATS, 0);
    const calls = countCalls(view);
    if (PROFILE_DIR) await child.ask('profile-start');
    const trips0 = (await child.ask<{ trips?: number }>('db-round-trips')).trips;
    const cpu0 = (await child.ask<Cpu>('cpu')).cpu;
    const self0 = process.cpuUsage();
    const pg0 = spec.postgresCpu?.();
    log(`updates: ${spec.name}: ${String(CHATS)} chats, ${String(scripts.reduce((n, s) => n + s.length, 0))} inputs…`);
    const result = await playChats(view, scripts, { firstChatId, concurrency: CHATS, timeoutMs: TIMEOUT_MS });
    const self1 = process.cpuUsage();
    const cpu1 = (await child.ask<Cpu>('cpu')).cpu;
    const trips1 = (await child.ask<{ trips?: number }>('db-round-trips')).trips;
    const pg1 = spec.postgresCpu?.();
    if (PROFILE_DIR) log(`  cpu profile: ${(await child.ask<{ file: string }>('profile-stop', { file: path.join(PROFILE_DIR, `${spec.name}.cpuprofile`) })).file}`);
    calls.stop();
    const api = calls.figures();
    const seconds = (result.endedAt - result.startedAt) / 1000;
    const firsts = result.samples.map((s) => s.first);
    const fulls = result.samples.map((s) => s.complete);
    const wrong = miscounted(view, scripts, firstChatId);
    const figures = {
      updates: result.updates,
      seconds: round(seconds),
      updates_per_s: round(result.updates / seconds, 1),
      first_reply_ms: { median: round(quantile(firsts, 0.5), 1), p95: round(quantile(firsts, 0.95), 1) },
      full_answer_ms: { median: round(quantile(fulls, 0.5), 1), p95: round(quantile(fulls, 0.95), 1) },
      cpu_ms_per_update: round(cpuMs(cpu0, cpu1) / result.updates),
      emulator_cpu_ms_per_update: round(cpuMs(self0, self1) / result.updates),
      ...(pg0 !== undefined && pg1 !== undefined && { postgres_server_cpu_ms_per_update: round((pg1 - pg0) / result.updates) }),
      ...(trips0 !== undefined && trips1 !== undefined && { db_round_trips_per_update: round((trips1 - trips0) / result.updates, 2) }),
      api_calls_per_update: round(api.total / result.updates, 2),
      get_updates_calls_per_update: round((api.perMethod.getUpdates ?? 0) / result.updates, 2),
      updates_handed_out_per_update: round(api.delivered / result.updates, 2),
      handed_out_again_per_update: round(api.redelivered / result.updates, 2),
      get_updates_without_new_updates: api.pollsWithoutNew,
      failures: result.failures.length,
      miscounted_chats: wrong.length,
    };
    for (const f of result.failures.slice(0, 5)) log(`  failure: ${f}`);
    for (const w of wrong.slice(0, 5)) log(`  miscounted: ${w}`);
    log(`  ${spec.name}: ${JSON.stringify(figures)} calls ${JSON.stringify(api.perMethod)}`);
    return figures;
  } finally {
    await child.stop();
  }
}

// --- 2. memory per chat -----------------------------------------------------------------

interface Mem {
  mem: NodeJS.MemoryUsage;
  gc: boolean;
}

async function memoryPerChat(emulator: Emulator, scenarioStarts: Script[]) {
  const pg = await freshPostgres(url!);
  const token = '1000004:BENCH-MEMORY';
  const view = emulator.bot(token);
  const child = await startChild({ BENCH_TARGET: 'letgo', BENCH_DATABASE_URL: pg.url, BENCH_BOT_TOKEN: token, BENCH_API_ROOT: emulator.apiRoot });
  const first = 40_000_000;
  try {
    const scripts = Array.from({ length: MEMORY_CHATS }, (_, i) => scenarioStarts[i % scenarioStarts.length]!);
    const play = async (from: number, to: number) => {
      const result = await playChats(view, scripts.slice(from, to), {
        firstChatId: first + from,
        concurrency: CHATS,
        timeoutMs: TIMEOUT_MS,
      });
      for (const f of result.failures.slice(0, 3)) log(`  failure: ${f}`);
      return result.failures.length;
    };
    log(`updates: memory: ${String(MEMORY_CHATS)} people start a scenario (letgo on PostgreSQL)…`);
    let failures = await play(0, MEMORY_BASE);
    const atBase = await child.ask<Mem>('mem');
    log(`  at ${String(MEMORY_BASE)} chats: heap used ${String(mb(atBase.mem.heapUsed))} MB, heap total ${String(mb(atBase.mem.heapTotal))} MB, rss ${String(mb(atBase.mem.rss))} MB`);
    if (!atBase.gc) throw new Error('the bot process has no gc(): it must run with --expose-gc');
    if (SNAPSHOT_DIR) log(`  heap snapshot: ${(await child.ask<{ file: string }>('snapshot', { file: path.join(SNAPSHOT_DIR, `letgo-${String(MEMORY_BASE)}.heapsnapshot`) })).file}`);
    // In steps, with the figures after each (stderr only), to tell a steady climb from a plateau.
    const step = Math.max(MEMORY_BASE, Math.ceil((MEMORY_CHATS - MEMORY_BASE) / 9));
    let atEnd = atBase;
    const points: { chats: number; mem: NodeJS.MemoryUsage }[] = [{ chats: MEMORY_BASE, mem: atBase.mem }];
    for (let from = MEMORY_BASE; from < MEMORY_CHATS; from += step) {
      const to = Math.min(MEMORY_CHATS, from + step);
      failures += await play(from, to);
      atEnd = await child.ask<Mem>('mem');
      points.push({ chats: to, mem: atEnd.mem });
      log(`  at ${String(to)} chats: heap used ${String(mb(atEnd.mem.heapUsed))} MB, heap total ${String(mb(atEnd.mem.heapTotal))} MB, rss ${String(mb(atEnd.mem.rss))} MB`);
    }
    if (SNAPSHOT_DIR) log(`  heap snapshot: ${(await child.ask<{ file: string }>('snapshot', { file: path.join(SNAPSHOT_DIR, `letgo-${String(MEMORY_CHATS)}.heapsnapshot`) })).file}`);
    const chats = MEMORY_CHATS - MEMORY_BASE;
    const perChatKb = (key: keyof NodeJS.MemoryUsage) => round((atEnd.mem[key] - atBase.mem[key]) / chats / 1024, 2);
    const figures = {
      chats: MEMORY_CHATS,
      from_chats: MEMORY_BASE,
      heap_used_mb: { [MEMORY_BASE]: mb(atBase.mem.heapUsed), [MEMORY_CHATS]: mb(atEnd.mem.heapUsed) },
      rss_mb: { [MEMORY_BASE]: mb(atBase.mem.rss), [MEMORY_CHATS]: mb(atEnd.mem.rss) },
      heap_total_mb: { [MEMORY_BASE]: mb(atBase.mem.heapTotal), [MEMORY_CHATS]: mb(atEnd.mem.heapTotal) },
      heap_used_growth_kb_per_chat: perChatKb('heapUsed'),
      rss_growth_kb_per_chat: perChatKb('rss'),
      rss_slope_kb_per_chat: round(slope(points.map((p) => [p.chats, p.mem.rss / 1024])), 2),
      heap_used_slope_kb_per_chat: round(slope(points.map((p) => [p.chats, p.mem.heapUsed / 1024])), 2),
      external_growth_kb_per_chat: perChatKb('external'),
      failures,
    };
    log(`  memory: ${JSON.stringify(figures)}`);
    return figures;
  } finally {
    await child.stop();
    await pg.close();
  }
}

/** Least-squares slope of y over x. */
function slope(points: [number, number][]): number {
  const n = points.length;
  const mx = points.reduce((a, [x]) => a + x, 0) / n;
  const my = points.reduce((a, [, y]) => a + y, 0) / n;
  const sxy = points.reduce((a, [x, y]) => a + (x - mx) * (y - my), 0);
  const sxx = points.reduce((a, [x]) => a + (x - mx) ** 2, 0);
  return sxx === 0 ? Number.NaN : sxy / sxx;
}

// --- 3. the production build: start-up and idle RSS --------------------------------------

/** The newest modification time under `dir` of files passing `keep`. */
function newest(dir: string, keep: (file: string) => boolean): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const file = path.join(entry.parentPath, entry.name);
    if (entry.isFile() && keep(file)) latest = Math.max(latest, statSync(file).mtimeMs);
  }
  return latest;
}

/** Builds unless dist/main.js is newer than every source it is built from. */
function ensureBuild(): 'reused' | 'built' | 'build failed, measured what it emitted' {
  const main = path.join(root, 'dist/main.js');
  const sources = Math.max(
    newest(path.join(root, 'src'), (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.includes(`${path.sep}playground${path.sep}`)),
    newest(path.join(root, 'migrations'), (f) => f.endsWith('.ts')),
    ...['tsconfig.json', 'tsconfig.build.json', 'tsconfig.migrations.json'].map((f) => statSync(path.join(root, f)).mtimeMs),
  );
  if (existsSync(main) && statSync(main).mtimeMs > sources) return 'reused';
  log('updates: dist/ is older than src/: npm run build…');
  const built = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 2, 2] });
  if (built.status === 0) return 'built';
  if (!existsSync(main)) throw new Error('npm run build failed and there is no dist/main.js');
  return 'build failed, measured what it emitted';
}

/** A pass-through proxy in front of the emulator that notes when each token first calls getUpdates. */
async function pollWatch(apiRoot: string) {
  const upstream = new URL(apiRoot);
  const agent = new http.Agent({ keepAlive: true });
  const firstPoll = new Map<string, number>();
  const waiters = new Map<string, () => void>();
  const server = http.createServer((req, res) => {
    const match = /^\/bot([^/]+)\/getUpdates$/i.exec((req.url ?? '').split('?')[0]!);
    if (match && !firstPoll.has(match[1]!)) {
      firstPoll.set(match[1]!, performance.now());
      waiters.get(match[1]!)?.();
    }
    const forward = http.request(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers, agent },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', () => res.destroy());
    res.on('close', () => !res.writableFinished && forward.destroy());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`,
    firstPoll: (token: string) =>
      firstPoll.has(token) ? Promise.resolve(firstPoll.get(token)!) : new Promise<number>((resolve) => waiters.set(token, () => resolve(firstPoll.get(token)!))),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        agent.destroy();
      }),
  };
}

function procStatus(pid: number): { rss: number; hwm: number } | undefined {
  try {
    const text = readFileSync(`/proc/${String(pid)}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? Number.NaN);
    return { rss: kb('VmRSS') * 1024, hwm: kb('VmHWM') * 1024 };
  } catch {
    return undefined;
  }
}

/** The node flags `npm start` runs with (package.json's `start` script), so the build is measured as it is run. */
function startFlags(): string[] {
  const { scripts } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: { start: string } };
  return scripts.start.split(/\s+/).filter((word) => word.startsWith('--'));
}

async function productionStart(proxy: Awaited<ReturnType<typeof pollWatch>>, token: string, env: Record<string, string>) {
  const started = performance.now();
  const child = spawn(process.execPath, [...startFlags(), 'dist/main.js'], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      NODE_ENV: 'production',
      BOT_TOKEN: token,
      TELEGRAM_API_ROOT: proxy.url,
      PORT: '0',
      LOG_LEVEL: process.env.BENCH_PROD_LOG_LEVEL ?? 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (d: Buffer) => (output = (output + d.toString()).slice(-4000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  try {
    const polledAt = await Promise.race([
      proxy.firstPoll(token),
      exited.then((code) => Promise.reject(new Error(`dist/main.js exited (${String(code)}) before polling:\n${output}`))),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no getUpdates within 120 s:\n${output}`)), 120_000).unref()),
    ]);
    await new Promise((r) => setTimeout(r, IDLE_MS));
    const status = procStatus(child.pid!);
    if (child.exitCode !== null || !status) throw new Error(`dist/main.js exited while idle:\n${output}`);
    return { startup_to_first_poll_ms: round(polledAt - started, 0), idle_rss_mb: mb(status.rss), peak_rss_mb: mb(status.hwm) };
  } finally {
    child.kill('SIGTERM');
    const killed = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(killed);
  }
}

/**
 * Packages of package.json's `dependencies` that a production start on PostgreSQL never loads:
 * PGlite and its dialect (the embedded database), resvg (charts, on request), yaml (the
 * translation CLI writes with it).
 */
const NOT_LOADED_ON_POSTGRES = new Set(['@electric-sql/pglite', 'kysely-pglite-dialect', '@resvg/resvg-js', 'yaml']);

/**
 * The floor under letgo's idle RSS: a process with the same node flags that only imports the
 * libraries a production start loads, and idles as long. Whatever letgo holds above it is its
 * own code, content and crisis detection.
 */
async function dependenciesOnly(): Promise<{ packages: string[]; idle_rss_mb: number | null }> {
  const { dependencies } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  const packages = Object.keys(dependencies).filter((name) => !NOT_LOADED_ON_POSTGRES.has(name));
  const code = `for (const name of ${JSON.stringify(packages)}) await import(name); console.log('loaded'); setInterval(() => {}, 60_000);`;
  const child = spawn(process.execPath, [...startFlags(), '--input-type=module', '-e', code], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => d.toString().includes('loaded') && resolve());
      child.once('exit', (code) => reject(new Error(`the dependencies-only process exited (${String(code)})`)));
    });
    await new Promise((r) => setTimeout(r, IDLE_MS));
    const status = procStatus(child.pid!);
    return { packages, idle_rss_mb: status ? mb(status.rss) : null };
  } finally {
    child.kill('SIGKILL');
  }
}

async function productionStarts(emulator: Emulator) {
  const build = ensureBuild();
  const proxy = await pollWatch(emulator.apiRoot);
  const pg = await freshPostgres(url!);
  const dataDir = await mkdtemp(path.join(tmpdir(), 'updates-bench-prod-'));
  try {
    log(`updates: production build (${build}): PostgreSQL, first and second start…`);
    const postgresFirst = await productionStart(proxy, '1000011:BENCH-PROD-PG-1', { DATABASE_URL: pg.url });
    const postgresSecond = await productionStart(proxy, '1000012:BENCH-PROD-PG-2', { DATABASE_URL: pg.url });
    log(`updates: production build: PGlite, first start (empty DATA_DIR) and second…`);
    const pgliteFirst = await productionStart(proxy, '1000013:BENCH-PROD-LITE-1', { DATA_DIR: dataDir });
    const pgliteSecond = await productionStart(proxy, '1000014:BENCH-PROD-LITE-2', { DATA_DIR: dataDir });
    log(`updates: the libraries alone, for the floor under idle RSS…`);
    const dependenciesAlone = await dependenciesOnly();
    const figures = {
      build,
      idle_ms: IDLE_MS,
      postgres_first: postgresFirst,
      postgres_second: postgresSecond,
      pglite_first: pgliteFirst,
      pglite_second: pgliteSecond,
      dependencies_only: dependenciesAlone,
    };
    log(`  production: ${JSON.stringify(figures)}`);
    return figures;
  } finally {
    await proxy.close();
    await pg.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

// --- the run ----------------------------------------------------------------------------

const emulator = await createEmulator();
const catalog = await loadScenarios(SCENARIOS_DIR);
const plans = walkPlans(catalog);
const cleanups: (() => Promise<unknown>)[] = [];
try {
  let targets: Record<string, Awaited<ReturnType<typeof throughput>>> | undefined;
  if (PARTS.has('throughput')) {
    const pg = await freshPostgres(url);
    cleanups.push(() => pg.close());
    const dataDir = await mkdtemp(path.join(tmpdir(), 'updates-bench-pglite-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const letgoScripts = (chats: number, offset: number) => Array.from({ length: chats }, (_, i) => letgoScript(plans, offset + i, CHATS, WALKS_PER_CHAT));
    const specs: TargetSpec[] = [
      { name: 'bare_grammy', token: '1000003:BENCH-BARE', env: { BENCH_TARGET: 'bare' }, scripts: (c, o) => letgoScripts(c, o).map(bareScript) },
      {
        name: 'letgo_postgres',
        token: '1000001:BENCH-POSTGRES',
        env: { BENCH_TARGET: 'letgo', BENCH_DATABASE_URL: pg.url },
        scripts: letgoScripts,
        postgresCpu: await postgresCpuSampler(pg.db),
      },
      { name: 'letgo_pglite', token: '1000002:BENCH-PGLITE', env: { BENCH_TARGET: 'letgo', BENCH_DATA_DIR: dataDir }, scripts: letgoScripts },
    ];
    targets = {};
    for (const [i, spec] of specs.entries()) targets[spec.name] = await throughput(emulator, spec, 10_000_000 * (i + 1));
  }
  const memory = PARTS.has('memory') ? await memoryPerChat(emulator, catalog.list.map((s) => [startAction(s)])) : undefined;
  const production = PARTS.has('startup') ? await productionStarts(emulator) : undefined;

  const bare = targets?.bare_grammy;
  const ratio = (a: number | null | undefined, b: number | null | undefined) => (a != null && b != null && b > 0 ? round(a / b) : null);
  const ratios = targets && {
    letgo_postgres_throughput_vs_bare: ratio(targets.letgo_postgres?.updates_per_s, bare?.updates_per_s),
    letgo_postgres_median_first_reply_vs_bare: ratio(targets.letgo_postgres?.first_reply_ms.median, bare?.first_reply_ms.median),
    letgo_pglite_throughput_vs_bare: ratio(targets.letgo_pglite?.updates_per_s, bare?.updates_per_s),
    letgo_pglite_median_first_reply_vs_bare: ratio(targets.letgo_pglite?.first_reply_ms.median, bare?.first_reply_ms.median),
  };
  const check = (value: number | null | undefined, ok: (v: number) => boolean) => (value == null ? null : ok(value));
  const goals = {
    letgo_postgres_throughput_ge_0_5x_bare: check(ratios?.letgo_postgres_throughput_vs_bare, (v) => v >= 0.5),
    letgo_postgres_median_first_reply_le_2x_bare: check(ratios?.letgo_postgres_median_first_reply_vs_bare, (v) => v <= 2),
    letgo_pglite_throughput_ge_0_3x_bare: check(ratios?.letgo_pglite_throughput_vs_bare, (v) => v >= 0.3),
    heap_growth_le_5kb_per_chat: check(memory?.heap_used_growth_kb_per_chat, (v) => v <= 5),
    rss_growth_le_5kb_per_chat: check(memory?.rss_growth_kb_per_chat, (v) => v <= 5),
    idle_rss_postgres_lt_100mb: check(production?.postgres_second.idle_rss_mb, (v) => v < 100),
    idle_rss_pglite_second_start_lt_300mb: check(production?.pglite_second.idle_rss_mb, (v) => v < 300),
    startup_postgres_le_1s: check(production?.postgres_second.startup_to_first_poll_ms, (v) => v <= 1000),
    startup_pglite_warm_le_2s: check(production?.pglite_second.startup_to_first_poll_ms, (v) => v <= 2000),
  };
  console.log(
    JSON.stringify({
      bench: 'updates',
      chats: CHATS,
      walks_per_chat: WALKS_PER_CHAT,
      walks: plans.length,
      latency_ms: 0,
      cpu_note: 'each bot in its own process; emulator_cpu_ms_per_update is the bench process (emulator and people)',
      targets,
      ratios,
      memory,
      production,
      goals,
    }),
  );
} finally {
  for (const cleanup of cleanups.reverse()) await cleanup().catch((error: unknown) => log(`cleanup: ${String(error)}`));
  await emulator.close();
}
