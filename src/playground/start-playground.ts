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
import { emulatorRoutes } from './routes/emulator-routes.ts';
import { filesRoute } from './routes/files-route.ts';
import { funnelsRoute } from './routes/funnels-route.ts';
import { localOnlyRoute } from './routes/local-only.ts';
import { reminderRoute } from './routes/reminder-route.ts';
import { restartRoute } from './routes/restart-route.ts';
import { scenariosRoute } from './routes/scenarios-route.ts';
import { staticFilesRoute } from './routes/static-files.ts';

export interface PlaygroundOptions {
  logger: Logger;
  /** The scenario files the bot and the authors' panel read; default the project's `scenarios/`. */
  scenariosDir?: string;
  clock?: Clock;
}

export interface RunningPlayground {
  /** The web chat, e.g. `http://127.0.0.1:8080`. */
  url: string;
  emulator: Emulator;
  /** The bot running now (undefined only while a restart is between stop and start). */
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
 * The page's port is bound before the database starts, so a busy port fails at once
 * rather than after PGlite's first-run initialisation; messages sent while the app is
 * still starting wait in the emulator's queue as they would at Telegram.
 */
export async function startPlayground(config: Config, opts: PlaygroundOptions): Promise<RunningPlayground> {
  const { logger } = opts;
  const scenariosDir = opts.scenariosDir ?? SCENARIOS_DIR;
  const emulator = await createEmulator({ host: '127.0.0.1' });
  const startBot = () =>
    startApp(
      { ...config, botToken: emulator.token, apiRoot: emulator.apiRoot, port: 0, mode: { kind: 'polling' } },
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
        scenariosRoute({
          dir: scenariosDir,
          botCatalog: () => new Map(app?.deps.scenarios.list.map((s) => [s.id, s.version])),
        }),
        funnelsRoute({ dir: scenariosDir, deps: () => app?.deps }),
        restartRoute(restartBot),
        reminderRoute(() => app?.reminders),
        filesRoute(emulator),
        staticFilesRoute({ prefix: '/vendor/mermaid/', dir: MERMAID_DIR, extensions: ['.mjs'], cache: 'max-age=86400' }),
        staticFilesRoute({ prefix: '/', dir: WEB_DIR, extensions: ['.html', '.css', '.js', '.svg'] }),
      ],
    });
  } catch (error) {
    await emulator.close();
    throw portError(error, config.port);
  }

  const closeWeb = async () => {
    const closing = web.close();
    emulatorSide.dropStreams();
    await closing;
  };
  try {
    app = await startBot();
  } catch (error) {
    await closeWeb();
    await emulator.close();
    throw error;
  }
  let stopping: Promise<void> | undefined;
  return {
    url: web.url,
    emulator,
    app: () => app,
    restartBot,
    stop: () =>
      (stopping ??= (async () => {
        await closeWeb();
        await restarting?.catch(() => {});
        await app?.stop();
        await emulator.close();
      })()),
  };
}

function portError(error: unknown, port: number): unknown {
  if ((error as NodeJS.ErrnoException | undefined)?.code !== 'EADDRINUSE') return error;
  return new Error(`port ${port} on 127.0.0.1 is already in use; choose another, e.g. PORT=${port + 1} npm start`);
}
