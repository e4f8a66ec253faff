/**
 * `dispatch`: BENCH_DISPATCH_USERS (5000) users due at the same instant, the emulator enforcing
 * 30 sends/s (and 1/s per chat) with 50 ms latency. Our dispatcher (real PostgreSQL, real
 * ticks) against the naive loop of grammY's broadcasting advice: one `sendMessage` after the
 * other, with the auto-retry plugin waiting out any 429. Ends with one JSON line.
 */
import { autoRetry } from '@grammyjs/auto-retry';
import { Api } from 'grammy';
import pino from 'pino';
import { migrateToLatest } from '../../src/db/migrator.ts';
import { systemClock } from '../../src/clock.ts';
import { createI18n } from '../../src/i18n/i18n.ts';
import { createMetrics } from '../../src/metrics.ts';
import { createEmulator, type Emulator } from '@letgo/telegram-emulator';
import { loadReminderContent } from '../../src/reminders/content.ts';
import { REMINDER_CONTENT_FILE } from '../../src/reminders/content-file.ts';
import { createReminderDispatcher } from '../../src/reminders/dispatcher.ts';
import { freshPostgres } from '../helpers/databases.ts';

const USERS = Number(process.env.BENCH_DISPATCH_USERS ?? 5000);
const LIMIT = 30;
const LATENCY_MS = 50;
const url = process.env.TEST_DATABASE_URL;
if (!url) throw new Error('TEST_DATABASE_URL is required (npm run bench starts a throwaway PostgreSQL)');

interface Figures {
  sent: number;
  rate_per_s: number;
  rate_ratio: number;
  too_many_requests: number;
  duplicates: number;
  lost: number;
  due_to_last_send_s: number;
}

/** Rate, 429s, duplicates and losses from what the emulator saw, for chats `ids`. */
function figures(emulator: Emulator, ids: number[], dueAt: number): Figures {
  const stats = emulator.stats();
  const sends = stats.sends.filter((s) => s.method === 'sendMessage');
  const first = sends[0]?.at ?? dueAt;
  const last = sends[sends.length - 1]?.at ?? dueAt;
  const perChat = ids.map((id) => stats.sentPerChat[id] ?? 0);
  const rate = sends.length > 1 ? (sends.length - 1) / ((last - first) / 1000) : 0;
  return {
    sent: sends.length,
    rate_per_s: round(rate),
    rate_ratio: round(rate / LIMIT),
    too_many_requests: stats.tooManyRequests,
    duplicates: perChat.reduce((sum, n) => sum + Math.max(0, n - 1), 0),
    lost: perChat.filter((n) => n === 0).length,
    due_to_last_send_s: round((last - dueAt) / 1000),
  };
}

const round = (n: number) => Math.round(n * 1000) / 1000;

const emulator = await createEmulator();
const target = await freshPostgres(url);
const { db } = target;
try {
  await migrateToLatest(db);
  const ids = Array.from({ length: USERS }, (_, i) => 900_000_000 + i);
  for (const id of ids) emulator.user(id).sendText('/start'); // each person has a chat with the bot
  emulator.setLatency(LATENCY_MS);
  emulator.setRateLimit({ perSecond: LIMIT, perChatPerSecond: 1 });

  // --- ours -------------------------------------------------------------------------
  const due = new Date(Math.ceil((Date.now() + 3_000) / 1000) * 1000);
  const localDate = due.toISOString().slice(0, 10);
  for (let i = 0; i < ids.length; i += 1000) {
    const chunk = ids.slice(i, i + 1000);
    await db.insertInto('users').values(chunk.map((id) => ({ id, first_name: 'Bench', time_zone: 'UTC' }))).execute();
    await db
      .insertInto('reminder_settings')
      .values(chunk.map((id) => ({ user_id: id, enabled: true, local_time: due.toISOString().slice(11, 16), next_reminder_at: due, next_local_date: localDate })))
      .execute();
  }
  const content = await loadReminderContent(REMINDER_CONTENT_FILE);
  const dispatcher = createReminderDispatcher({
    deps: { db, logger: pino({ level: process.env.BENCH_LOG_LEVEL ?? 'silent' }), clock: systemClock, i18n: createI18n(), metrics: createMetrics() },
    api: new Api(emulator.token, { apiRoot: emulator.apiRoot }),
    content,
    options: { tick: '*/1 * * * * *', ratePerSecond: LIMIT },
  });
  let settled = 0;
  const allSettled = new Promise<void>((resolve) => {
    dispatcher.events.on('settled', () => {
      settled += 1;
      if (settled === USERS) resolve();
    });
  });
  emulator.resetStats();
  console.error(`dispatch: ${USERS} users due at ${due.toISOString()}; our dispatcher at ${LIMIT}/s…`);
  dispatcher.start();
  // (Only our own counter: emulator.stats() copies every record and would stall the loop.)
  const progress = setInterval(() => console.error(`  … ${settled} of ${USERS} settled`), 10_000);
  await allSettled;
  clearInterval(progress);
  await dispatcher.stop(5_000);
  const ours = figures(emulator, ids, due.getTime());
  const statuses = await db.selectFrom('reminder_deliveries').select(({ fn }) => ['status', fn.countAll<number>().as('n')]).groupBy('status').execute();
  console.error(`  ours: ${JSON.stringify(ours)} deliveries ${JSON.stringify(statuses)}`);

  // --- the naive loop -----------------------------------------------------------------
  let naive: Figures | 'skipped' = 'skipped';
  if (process.env.BENCH_NAIVE !== '0') {
    const naiveApi = new Api(emulator.token, { apiRoot: emulator.apiRoot });
    naiveApi.config.use(autoRetry());
    emulator.resetStats();
    const naiveStart = Date.now();
    console.error(`dispatch: the naive loop (sendMessage after sendMessage, auto-retry)…`);
    for (const id of ids) await naiveApi.sendMessage(id, content.reminders[0]!.text, { parse_mode: 'HTML' });
    naive = figures(emulator, ids, naiveStart);
    console.error(`  naive: ${JSON.stringify(naive)}`);
  }

  console.log(
    JSON.stringify({
      bench: 'dispatch',
      users: USERS,
      limit_per_s: LIMIT,
      latency_ms: LATENCY_MS,
      ours,
      naive_loop_auto_retry: naive,
    }),
  );
} finally {
  await target.close();
  await emulator.close();
}
