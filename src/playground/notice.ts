/**
 * What `npm start` prints when the playground is up: where to click first, then how to run
 * the same bot on Telegram, because the playground is where most people meet letgo before
 * they have a token.
 */
export function playgroundNotice(opts: { url: string; dataDir: string; databaseUrl: string | undefined }): string {
  const storage = opts.databaseUrl ? 'your PostgreSQL (DATABASE_URL)' : `${opts.dataDir} (embedded PGlite)`;
  return [
    '',
    'letgo playground: the real bot, on your computer, without Telegram.',
    '',
    `  Open ${opts.url} in your browser and say /start.`,
    '',
    `Everyone you add there is stored in ${storage}. Ctrl+C stops it.`,
    '',
    'To run letgo on Telegram for real:',
    '  1. In Telegram, open a chat with @BotFather and send /newbot.',
    '  2. Pick a name and a username; BotFather answers with a token like 123456789:AAE...',
    '  3. Start letgo with it:  BOT_TOKEN=123456789:AAE... npm start',
    '',
  ].join('\n');
}
