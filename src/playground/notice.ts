import type { LogTarget } from './log-file.ts';

/**
 * What `npm start` prints while the playground starts, line by line, so a first run (which
 * prepares the embedded database) never looks stuck: what it is doing, where to click,
 * then, once the bot answers, how to run the same bot on Telegram.
 */

/** Where everyone's state is kept, in the banner's words. */
function storage(opts: { dataDir: string; databaseUrl: string | undefined }): string {
  if (opts.databaseUrl) return 'your PostgreSQL (DATABASE_URL)';
  if (opts.dataDir.startsWith('memory://')) return 'memory only (gone when it stops)';
  return `${opts.dataDir} (embedded PGlite)`;
}

/** Printed as the bot starts: the slow part of a first run, said before it starts. */
export function databaseLine(opts: { dataDir: string; databaseUrl: string | undefined; firstRun: boolean }): string {
  if (opts.databaseUrl) return '  connecting to your PostgreSQL (DATABASE_URL)…';
  if (opts.dataDir.startsWith('memory://')) return '  preparing an in-memory database…';
  if (opts.firstRun) return `  preparing the embedded database in ${opts.dataDir} (first run, ~10 s)…`;
  return `  opening the embedded database in ${opts.dataDir}…`;
}

/** Printed as soon as the page is served, before the bot is ready. */
export function openLine(url: string): string {
  return `  Open ${url} in your browser. It says "starting…" until the bot is ready; what you type meanwhile is answered then.`;
}

function logsLine(logs: LogTarget): string {
  switch (logs.kind) {
    case 'file':
      return `The bot's logs go to ${logs.file} (LOG_LEVEL=info npm start prints them here instead).`;
    case 'terminal':
      return "The bot's logs follow here (LOG_LEVEL).";
    case 'none':
      return "The bot's logs are off (LOG_LEVEL=info npm start prints them).";
  }
}

/** Printed once the bot answers: ready, where state lives, and the way to Telegram. */
export function playgroundNotice(opts: {
  url: string;
  dataDir: string;
  databaseUrl: string | undefined;
  seconds?: number;
  logs?: LogTarget;
}): string {
  const after = opts.seconds === undefined ? '' : ` after ${opts.seconds.toFixed(opts.seconds < 10 ? 1 : 0)} s`;
  return [
    `  Ready${after}: say /start at ${opts.url}`,
    '',
    `Everyone you add there is stored in ${storage(opts)}. Ctrl+C stops it.`,
    ...(opts.logs ? [logsLine(opts.logs)] : []),
    '',
    'To run letgo on Telegram for real:',
    '  1. In Telegram, open a chat with @BotFather and send /newbot.',
    '  2. Pick a name and a username; BotFather answers with a token like 123456789:AAE...',
    '  3. Start letgo with it:  BOT_TOKEN=123456789:AAE... npm start',
    '',
  ].join('\n');
}
