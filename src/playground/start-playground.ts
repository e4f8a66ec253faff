import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { Logger } from 'pino';
import { startApp, type RunningApp } from '../app.ts';
import type { Config } from '../config.ts';
import type { Clock } from '../clock.ts';
import { healthRoute, startHttpServer, type RunningServer } from '../http/server.ts';
import { loadScenarios, SCENARIOS_DIR } from '../scenarios/loader.ts';
import { createEmulator, type Emulator } from '@letgo/telegram-emulator';
import { botRoute } from './routes/bot-route.ts';
import { emulatorRoutes } from './routes/emulator-routes.ts';
import { filesRoute } from './routes/files-route.ts';
import { funnelsRoute } from './routes/funnels-route.ts';
import { localOnlyRoute } from './routes/local-only.ts';
import { progressRoute } from './routes/progress-route.ts';
import { reminderRoute } from './routes/reminder-route.ts';
import { restartRoute } from './routes/restart-route.ts';
import { scenariosRoute } from './routes/scenarios-route.ts';
import { staticFilesRoute } from './routes/static-files.ts';

export interface PlaygroundOptions {
  logger: Logger;
  /** The scenario files the bot and the authors' panel read; default the project's `scenarios/`. */
  scenariosDir?: string;
  clock?: Clock;
  /**
   * The bot starts once this settles; default at once. Tests hold it to use the page while
   * the bot is still starting, as a person does during a slow first run.
   */
  botStartsAfter?: Promise<unknown>;
}

export interface RunningPlayground {
  /** The web chat, e.g. `http://127.0.0.1:8080`. */
  url: string;
  emulator: Emulator;
  /** Whether the embedded database is new (its folder holds no cluster yet): the slow first run. */
  firstRun: boolean;
  /**
   * Resolves once the bot takes updates; rejects when it could not start (the page and the
   * emulator stay up until `stop()`). Updates sent before are queued by the emulator, as
   * Telegram queues them, and answered then.
   */
  ready: Promise<void>;
  /** The bot running now (undefined while it starts, and while a restart is between stop and start). */
  app(): RunningApp | undefined;
  /** Restarts the bot in-process so it loads the scenario files as saved now. */
  restartBot(): Promise<void>;
  /** Closes the page's server, then the app, then the emulator. Safe to call twice. */
  stop(): Promise<void>;
}

const WEB_DIR = fileURLToPath(new URL('./web/', import.meta.url));
const MERMAID_DIR = path.join(path.dirname(createRequire(import.meta.url).resolve('mermaid/package.json')), 'dist');

/**
 * `npm start` without a token: the project's Bot API emulator in this process, the real
 * app (same grammY, same database layer) polling it, and the web chat on `config.port`,
 * bound to 127.0.0.1 because anyone reaching it could speak as any simulated person.
 *
 * Resolves as soon as the page is served, with the bot still starting behind it (see
 * `ready`): a first run prepares PGlite's database for a while, and the page says so
 * instead of not loading. The port is bound first, so a busy port fails at once.
 */
export async function openPlayground(config: Config, opts: PlaygroundOptions): Promise<RunningPlayground> {
  const { logger } = opts;
  const scenariosDir = opts.scenariosDir ?? SCENARIOS_DIR;
  const firstRun = !config.databaseUrl && !config.dataDir.startsWith('memory://') && !existsSync(path.join(config.dataDir, 'PG_VERSION'));
  const emulator = await createEmulator({ host: '127.0.0.1' });
  // The app's own server (health, metrics) takes any free port: the page has config.port.
  const startBot = () =>
    startApp(
      { ...config, botToken: emulator.token, apiRoot: emulator.apiRoot, port: 0, metricsPort: null, mode: { kind: 'polling' } },
      { logger, host: '127.0.0.1', clock: opts.clock, scenariosDir },
    );
  let app: RunningApp | undefined;
  let restarting: Promise<void> | undefined;
  const restartBot = () =>
    (restarting ??= (async () => {
      await loadScenarios(scenariosDir); // refuse broken files while the old bot still runs
      await app?.stop();
      app = undefined;
      app = await startBot();
    })().finally(() => (restarting = undefined)));

  const emulatorSide = emulatorRoutes(emulator);
  let web: RunningServer;
  try {
    web = await startHttpServer({
      port: config.port,
      host: '127.0.0.1',
      logger,
      routes: [
        localOnlyRoute(),
        healthRoute(async () => app !== undefined && (await sql`select 1`.execute(app.deps.db), true)),
        emulatorSide.route,
        botRoute(() => app),
        scenariosRoute({
          dir: scenariosDir,
          botCatalog: () => (app ? new Map(app.deps.scenarios.list.map((s) => [s.id, s.version])) : undefined),
        }),
        restartRoute(restartBot),
        reminderRoute(() => app?.reminders),
        progressRoute(() => app?.deps.db),
        funnelsRoute({ dir: scenariosDir, deps: () => app?.deps }),
        filesRoute(emulator),
        staticFilesRoute({ prefix: '/vendor/mermaid/', dir: MERMAID_DIR, extensions: ['.mjs'], cache: 'max-age=86400' }),
        staticFilesRoute({ prefix: '/', dir: WEB_DIR, extensions: ['.html', '.css', '.js', '.svg'] }),
      ],
    });
  } catch (error) {
    await emulator.close();
    throw portError(error, config.port);
  }

  let stopping: Promise<void> | undefined;
  const starting = (async () => {
    await opts.botStartsAfter;
    if (stopping) return;
    app = await startBot();
  })();
  starting.catch((error: unknown) => logger.error({ err: error }, 'the bot could not start'));
  return {
    url: web.url,
    emulator,
    firstRun,
    ready: starting,
    app: () => app,
    restartBot,
    stop: () =>
      (stopping ??= (async () => {
        const closing = web.close();
        emulatorSide.dropStreams();
        await closing;
        await starting.catch(() => {});
        await restarting?.catch(() => {});
        await app?.stop();
        await emulator.close();
      })()),
  };
}

/** {@link openPlayground}, then waits for the bot; if it cannot start, everything is stopped and the cause thrown. */
export async function startPlayground(config: Config, opts: PlaygroundOptions): Promise<RunningPlayground> {
  const playground = await openPlayground(config, opts);
  try {
    await playground.ready;
  } catch (error) {
    await playground.stop();
    throw error;
  }
  return playground;
}

function portError(error: unknown, port: number): unknown {
  if ((error as NodeJS.ErrnoException | undefined)?.code !== 'EADDRINUSE') return error;
  return new Error(`port ${port} on 127.0.0.1 is already in use; choose another, e.g. PORT=${port + 1} npm start`);
}
