import type { Logger } from 'pino';
import { startApp } from './app.ts';
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
  // Without a token: the local playground. Its console is for a person, so the bot's JSON
  // logs stay at warn unless LOG_LEVEL asks for more.
  const playground = !config.botToken;
  const logger = createLogger(playground && !process.env.LOG_LEVEL ? 'warn' : config.logLevel);
  let running: { stop(): Promise<void> } | undefined;
  const onFatal = () => {
    void (running?.stop() ?? Promise.resolve()).finally(() => process.exit(1));
  };
  const starting = config.botToken
    ? startApp({ ...config, botToken: config.botToken }, { logger, onFatal })
    : startLocalPlayground(config, logger);
  const app = await starting.catch((error: unknown) => {
    logger.fatal({ err: error }, 'start-up failed');
    console.error(`letgo could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
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

/**
 * Without a token: the playground. Loaded only here, so a production process never loads the
 * emulator, the web page or mermaid.
 */
async function startLocalPlayground(config: Config, logger: Logger): Promise<{ stop(): Promise<void> }> {
  let playground: typeof import('./playground/index.ts');
  try {
    playground = (await import(PLAYGROUND)) as typeof import('./playground/index.ts');
  } catch (error) {
    throw new Error('no BOT_TOKEN: the playground runs from the source install (npm install && npm start); set BOT_TOKEN to run the bot', {
      cause: error,
    });
  }
  const { startPlayground, playgroundNotice } = playground;
  const running = await startPlayground(config, { logger });
  console.log(playgroundNotice({ url: running.url, dataDir: config.dataDir, databaseUrl: config.databaseUrl }));
  return running;
}

await main();
