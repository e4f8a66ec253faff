import { startApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { createLogger } from './logger.ts';

const HARD_EXIT_MS = 10_000;

function noTokenNotice(): string {
  return [
    'letgo needs a Telegram bot token to talk to Telegram.',
    '',
    '  1. In Telegram, open a chat with @BotFather and send /newbot.',
    '  2. Pick a name and a username; BotFather answers with a token like 123456789:AAE...',
    '  3. Start letgo with it:  BOT_TOKEN=123456789:AAE... npm start',
    '',
    'Without a token, a local playground (a web chat with the real bot) is coming soon.',
  ].join('\n');
}

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
  if (!config.botToken) {
    console.log(noTokenNotice());
    return;
  }
  const logger = createLogger(config.logLevel);
  const app = await startApp({ ...config, botToken: config.botToken }, { logger }).catch((error: unknown) => {
    logger.fatal({ err: error }, 'start-up failed');
    console.error(`letgo could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });

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

await main();
