import type { Logger } from 'pino';
import type { LogTarget } from './playground/index.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { createLogger } from './logger.ts';

const HARD_EXIT_MS = 10_000;
/** A path, not a literal import: the production build leaves the playground (and its emulator) out. */
const PLAYGROUND = './playground/index.ts';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  // Without a token: the local playground, whose terminal is for a person. It speaks before
  // anything heavy loads (the code alone takes seconds), and its logs go to a file.
  const playground = config.botToken ? undefined : await loadPlayground().catch((error: unknown) => startFailed(error));
  const { logger, logs } = playground
    ? playground.playgroundLogger({ dataDir: config.dataDir, logLevel: process.env.LOG_LEVEL })
    : { logger: createLogger(config.logLevel), logs: undefined };
  let running: { stop(): Promise<void> } | undefined;
  const onFatal = () => {
    void (running?.stop() ?? Promise.resolve()).finally(() => process.exit(1));
  };
  const starting = config.botToken
    ? import('./app.ts').then(({ startApp }) => startApp({ ...config, botToken: config.botToken! }, { logger, onFatal }))
    : startLocalPlayground(playground!, config, { logger, logs: logs! });
  const app = await starting.catch((error: unknown) => startFailed(error, logger));
  running = app;

  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    setTimeout(() => {
      logger.error('shutdown took too long; exiting anyway');
      process.exit(1);
    }, HARD_EXIT_MS).unref();
    app.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

function startFailed(error: unknown, logger?: Logger): never {
  logger?.fatal({ err: error }, 'start-up failed');
  console.error(`letgo could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

type PlaygroundModule = typeof import('./playground/index.ts');

/**
 * Without a token: the playground. Loaded only here, so a production process never loads the
 * emulator, the web page or mermaid. Its first line is printed before the load, which takes
 * a few seconds on its own.
 */
async function loadPlayground(): Promise<PlaygroundModule> {
  console.log('letgo playground: starting the real bot on this computer, without Telegram (no BOT_TOKEN)…');
  try {
    return (await import(PLAYGROUND)) as PlaygroundModule;
  } catch (error) {
    throw new Error('no BOT_TOKEN: the playground runs from the source install (npm install && npm start); set BOT_TOKEN to run the bot', {
      cause: error,
    });
  }
}

/**
 * Serves the page first and says so, then waits for the bot (a first run prepares the
 * database meanwhile); the page queues what people type until then.
 */
async function startLocalPlayground(
  playground: PlaygroundModule,
  config: Config,
  opts: { logger: Logger; logs: LogTarget },
): Promise<{ stop(): Promise<void> }> {
  const started = performance.now();
  const running = await playground.openPlayground(config, { logger: opts.logger });
  console.log(playground.databaseLine({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, firstRun: running.firstRun }));
  console.log(playground.openLine(running.url));
  try {
    await running.ready;
  } catch (error) {
    await running.stop();
    throw error;
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(playground.playgroundNotice({ url: running.url, dataDir: config.dataDir, databaseUrl: config.databaseUrl, seconds, logs: opts.logs }));
  return running;
}

await main();
