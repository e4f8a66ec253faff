/**
 * One bot of the `updates` benchmark in a process of its own (forked by updates.bench.ts with
 * `--expose-gc`), so its CPU time and memory are its own and not the emulator's:
 *
 * - `letgo`: the real app (`startApp`), on PostgreSQL (BENCH_DATABASE_URL) or PGlite (BENCH_DATA_DIR);
 * - `bare`: grammY with @grammyjs/runner (sequentialized per chat, as the runner's docs advise)
 *   that answers every update with one message and an inline keyboard (a tap is answered too).
 *
 * Talks to the parent over IPC: sends `{ type: 'ready' }`, then answers `cpu`, `mem` (after a
 * forced GC), `db-round-trips`, `snapshot` (a heap snapshot to a file), `profile-start` / `profile-stop` (a CPU
 * profile of what lies between, to a file) and `stop`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { Session } from 'node:inspector/promises';
import { writeHeapSnapshot } from 'node:v8';
import { run, sequentialize } from '@grammyjs/runner';
import { Bot, InlineKeyboard } from 'grammy';

type Request =
  | { id: number; type: 'cpu' | 'mem' | 'stop' | 'profile-start' | 'db-round-trips' }
  | { id: number; type: 'snapshot' | 'profile-stop'; file: string };

const target = process.env.BENCH_TARGET;
const token = process.env.BENCH_BOT_TOKEN!;
const apiRoot = process.env.BENCH_API_ROOT!;
if (!process.send) throw new Error('updates-target.ts runs as a child of updates.bench.ts (IPC)');

interface Running {
  stop(): Promise<void>;
  /** Database round trips so far (letgo's own counter); undefined for the bare bot. */
  dbRoundTrips(): Promise<number | undefined>;
}

async function startBare(): Promise<Running> {
  const bot = new Bot(token, { client: { apiRoot } });
  bot.use(sequentialize((ctx) => ctx.chat?.id.toString()));
  const keyboard = new InlineKeyboard().text('Yes', 'b:yes').text('No', 'b:no').row().text('Not now', 'b:later');
  bot.on('callback_query:data', async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.reply(`You tapped <b>${ctx.callbackQuery.data}</b>.`, { parse_mode: 'HTML', reply_markup: keyboard });
  });
  bot.on('message', (ctx) =>
    ctx.reply(`You wrote <b>${String(ctx.message.text?.length ?? 0)}</b> characters.`, { parse_mode: 'HTML', reply_markup: keyboard }),
  );
  bot.catch((err) => console.error('bare bot:', err.error));
  await bot.init();
  const runner = run(bot, { runner: { fetch: { allowed_updates: ['message', 'callback_query'] } } });
  return { stop: () => runner.stop(), dbRoundTrips: () => Promise.resolve(undefined) };
}

async function startLetgo(): Promise<Running> {
  const { startApp } = await import('../../src/app.ts');
  const { loadConfig } = await import('../../src/config.ts');
  const { createLogger } = await import('../../src/logger.ts');
  const config = loadConfig({
    BOT_TOKEN: token,
    TELEGRAM_API_ROOT: apiRoot,
    ...(process.env.BENCH_DATABASE_URL ? { DATABASE_URL: process.env.BENCH_DATABASE_URL } : { DATA_DIR: process.env.BENCH_DATA_DIR ?? 'memory://' }),
    PORT: '0',
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'silent',
  });
  const app = await startApp(
    { ...config, botToken: config.botToken! },
    {
      host: '127.0.0.1',
      logger: createLogger(config.logLevel),
      onFatal: (error) => {
        console.error('letgo: polling stopped for good', error);
        process.exit(1);
      },
    },
  );
  return {
    stop: () => app.stop(),
    dbRoundTrips: async () => (await app.deps.metrics.dbRoundTrips.get()).values.reduce((n, v) => n + v.value, 0),
  };
}

function collect(): void {
  // Twice: the first pass can leave finalizable objects for the second.
  globalThis.gc?.();
  globalThis.gc?.();
}

const running = target === 'bare' ? await startBare() : await startLetgo();
const inspector = new Session();
process.on('message', (raw) => {
  const request = raw as Request;
  const reply = (body: Record<string, unknown>) => process.send!({ id: request.id, ...body });
  switch (request.type) {
    case 'cpu':
      reply({ cpu: process.cpuUsage() });
      break;
    case 'mem':
      collect();
      reply({ mem: process.memoryUsage(), gc: typeof globalThis.gc === 'function' });
      break;
    case 'snapshot':
      collect();
      reply({ file: writeHeapSnapshot(request.file) });
      break;
    case 'db-round-trips':
      void running.dbRoundTrips().then((trips) => reply({ trips }));
      break;
    case 'profile-start':
      inspector.connect();
      void inspector
        .post('Profiler.enable')
        .then(() => inspector.post('Profiler.start'))
        .then(() => reply({ started: true }));
      break;
    case 'profile-stop':
      void inspector.post('Profiler.stop').then(({ profile }) => {
        mkdirSync(dirname(request.file), { recursive: true });
        writeFileSync(request.file, JSON.stringify(profile));
        inspector.disconnect();
        reply({ file: request.file });
      });
      break;
    case 'stop':
      void running.stop().then(
        () => {
          reply({ stopped: true });
          process.disconnect();
          // Timers (reminder ticks, idle sweep) are stopped by app.stop(); this is a backstop.
          setTimeout(() => process.exit(0), 500).unref();
        },
        (error: unknown) => {
          console.error(error);
          process.exit(1);
        },
      );
      break;
  }
});
process.send({ type: 'ready' });
