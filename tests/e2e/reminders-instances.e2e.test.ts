import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { createEmulator, DEFAULT_EMULATOR_TOKEN, type Emulator } from '@letgo/telegram-emulator';
import { freshPostgres, postgresUrl } from '../helpers/databases.ts';
import { freePort } from '../helpers/ports.ts';
import { noonTomorrow } from '../helpers/time.ts';
import { waitFor } from '../helpers/wait.ts';

const url = postgresUrl();
if (!url && process.env.CI) throw new Error('CI must run the two-instance test on real PostgreSQL: TEST_DATABASE_URL is not set');

const USERS = 60;
const hhmm = (d: Date) => d.toISOString().slice(11, 16);

describe.skipIf(!url)('two instances in webhook mode on one PostgreSQL', () => {
  let emulator: Emulator;
  let database: Awaited<ReturnType<typeof freshPostgres>>;
  const apps: RunningApp[] = [];
  let offset = 0;
  const clock = { now: () => new Date(Date.now() + offset) };
  const due = noonTomorrow();

  beforeAll(async () => {
    offset = due.getTime() - 120_000 - Date.now();
    emulator = await createEmulator();
    database = await freshPostgres(url!);
    for (const name of ['a', 'b']) {
      const port = await freePort();
      const config = loadConfig({
        BOT_TOKEN: DEFAULT_EMULATOR_TOKEN,
        TELEGRAM_API_ROOT: emulator.apiRoot,
        DATABASE_URL: database.url,
        BOT_MODE: 'webhook',
        WEBHOOK_URL: `http://127.0.0.1:${port}/telegram/${name}`,
        WEBHOOK_SECRET: `secret-${name}`,
        PORT: String(port),
        REMINDER_TICK: '*/1 * * * * *',
        LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      });
      apps.push(await startApp({ ...config, botToken: config.botToken! }, { logger: createLogger(config.logLevel), clock, host: '127.0.0.1' }));
    }
  });
  afterAll(async () => {
    for (const app of apps) await app.stop();
    await emulator?.close();
    await database?.close();
  });

  it(`${USERS} users due in the same minute each get exactly one reminder`, async () => {
    const ids = Array.from({ length: USERS }, (_, i) => 7_000 + i);
    await Promise.all(
      ids.map(async (id) => {
        const user = emulator.user(id);
        user.sendText('/timezone UTC');
        await user.waitForBotMessage({ timeoutMs: 15_000 });
        user.sendText(`/remind ${hhmm(due)}`);
        expect((await user.waitForBotMessage({ timeoutMs: 15_000 })).text).toContain(`Next: today at ${hhmm(due)}.`);
      }),
    );

    offset = due.getTime() - 1_000 - Date.now(); // one second before the minute, for both instances
    const db = apps[0]!.deps.db;
    await waitFor(async () => {
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from reminder_deliveries where status = 'sent'`.execute(db);
      return rows[0]!.n === USERS;
    }, 15_000, 'every reminder sent');

    for (const id of ids) {
      const reminders = emulator.transcript(id).filter((m) => m.from === 'bot' && JSON.stringify(m.reply_markup ?? {}).includes('"rc:'));
      expect(reminders, `user ${id}`).toHaveLength(1);
    }
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from reminder_deliveries`.execute(db);
    expect(rows[0]!.n).toBe(USERS);
  });
});
