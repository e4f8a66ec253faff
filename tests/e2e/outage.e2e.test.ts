import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.ts';
import { isDatabaseUnavailable } from '../../src/db/availability.ts';
import { menuData } from '../../src/bot/features/scenarios/menu-data.ts';
import { startRun } from '../../src/scenarios/engine.ts';
import { loadScenarios, SCENARIOS_DIR } from '../../src/scenarios/loader.ts';
import { createEmulator, type Emulator, type TranscriptEntry } from '@letgo/telegram-emulator';
import { startTestApp, type TestAppOptions } from '../helpers/app.ts';
import { captureLogs } from '../helpers/log-capture.ts';
import { movableClock } from '../helpers/movable-clock.ts';
import { freePort } from '../helpers/ports.ts';
import { text } from '../helpers/texts.ts';
import { postgresServerBinaries, startPostgresServer, type PostgresServer } from '../helpers/postgres-server.ts';
import { noonTomorrow } from '../helpers/time.ts';
import { handled, waitFor } from '../helpers/wait.ts';
import { holdEmulatorDeliveries, postUpdate, probe, type WebhookTarget } from '../helpers/webhook-client.ts';

/**
 * PostgreSQL goes away under a running bot and comes back: the bot stays up, says it is not
 * ready, loses nothing and doubles nothing. The cluster is the test's own (started, stopped
 * and started again on the same port and data), never the shared one of the test run.
 */

const bin = postgresServerBinaries(); // throws in CI when there is no server: never skipped there
const SECRET = 'letgo-outage_secret';
const is2xx = (status: number) => status >= 200 && status < 300;
const isReminder = (m: TranscriptEntry) => JSON.stringify(m.reply_markup ?? {}).includes('"rc:');
const hhmm = (d: Date) => d.toISOString().slice(11, 16);
const SCENARIO = 'letting-go-quiz';
const quizOpening = startRun((await loadScenarios(SCENARIOS_DIR)).get(SCENARIO)!).view.texts.length;
/** How long Telegram takes to answer the tap, so the database can go away in the middle of the update. */
const SLOW_TELEGRAM_MS = 3_000;

describe.skipIf(!bin)('PostgreSQL outage under a running bot', () => {
  let server: PostgresServer;
  const timings: string[] = [];

  beforeAll(async () => {
    server = await startPostgresServer(bin);
  }, 120_000);
  afterAll(async () => {
    if (timings.length > 0) console.log(`outage timings (from PostgreSQL accepting connections again):\n  ${timings.join('\n  ')}`);
    await server?.destroy();
  }, 120_000);

  /** One bot on a new database of the cluster, with its own emulator; stopped (and the server back up) by `close`. */
  async function startBot(env: Record<string, string>, opts: TestAppOptions = {}) {
    const emulator = await createEmulator();
    const logs = captureLogs('debug');
    const fatal: unknown[] = [];
    let app: RunningApp | undefined;
    try {
      app = await startTestApp(emulator, { DATABASE_URL: await server.createDatabase(), ...env }, {
        logger: logs.logger,
        onFatal: (e) => fatal.push(e),
        ...opts,
      });
    } catch (error) {
      await emulator.close();
      throw error;
    }
    return {
      emulator,
      app,
      logs,
      fatal,
      async close() {
        if (!server.running) await server.start();
        await app.stop();
        await emulator.close();
      },
    };
  }

  const botTexts = (emulator: Emulator, chatId: number, afterMessageId: number) =>
    emulator
      .transcript(chatId)
      .filter((m) => m.from === 'bot' && m.message_id > afterMessageId)
      .map((m) => m.text);

  it('webhook mode: not ready while the database is down, a refused update is answered once on redelivery', async () => {
    const port = await freePort();
    const target: WebhookTarget = { url: `http://127.0.0.1:${String(port)}/telegram/hook`, secret: SECRET };
    const t = await startBot({ BOT_MODE: 'webhook', WEBHOOK_URL: target.url, WEBHOOK_SECRET: SECRET, PORT: String(port) });
    try {
      await holdEmulatorDeliveries(t.emulator); // the test is Telegram here: it posts, and posts again
      const ann = t.emulator.user(9_100_001, { first_name: 'Ann' });
      const start = ann.sendText('/start');
      expect((await postUpdate(target, start)).status).toBe(200);
      await ann.waitForBotMessage();
      for (const path of ['/livez', '/healthz', '/readyz'] as const) expect(await probe(t.app.url, path), path).toBe(200);

      await server.stop();
      expect(await probe(t.app.url, '/healthz')).toBe(503);
      const readyz = await fetch(new URL('/readyz', t.app.url));
      expect(readyz.status).toBe(503);
      expect(((await readyz.json()) as { checks: Record<string, string> }).checks).toMatchObject({ database: 'failing', updates: 'ok' });
      expect(await probe(t.app.url, '/livez')).toBe(200);

      const message = ann.sendText('I still wait for their message every evening');
      for (let attempt = 0; attempt < 2; attempt++) {
        const refused = await postUpdate(target, message);
        expect(is2xx(refused.status), `attempt ${String(attempt)} answered ${String(refused.status)}`).toBe(false);
      }
      expect(botTexts(t.emulator, ann.id, message.message!.message_id)).toEqual([]);
      expect(await probe(t.app.url, '/livez')).toBe(200); // the process is still there

      await server.start();
      const back = performance.now();
      const ready = waitFor(async () => (await probe(t.app.url, '/readyz')) === 200, 30_000, '/readyz 200 again').then(() => performance.now() - back);
      // Telegram delivers the update again until it gets a 2xx.
      await waitFor(async () => is2xx((await postUpdate(target, message)).status), 30_000, 'the redelivery accepted');
      await ann.waitForBotMessage();
      const answered = performance.now() - back;
      await handled(t.app.deps.db, message);
      const readyAfter = await ready;
      timings.push(`webhook: /readyz 200 after ${readyAfter.toFixed(0)} ms, the redelivered update answered after ${answered.toFixed(0)} ms`);

      expect(botTexts(t.emulator, ann.id, message.message!.message_id)).toEqual([text('free-text')]);
      // One more redelivery, later, changes nothing.
      expect(is2xx((await postUpdate(target, message)).status)).toBe(true);
      expect(botTexts(t.emulator, ann.id, message.message!.message_id)).toEqual([text('free-text')]);
      expect(await probe(t.app.url, '/healthz')).toBe(200);
      expect(await probe(t.app.url, '/livez')).toBe(200);
      expect(t.fatal).toEqual([]);
    } finally {
      await t.close();
    }
  }, 90_000);

  it('polling mode: a message sent while the database is down is answered once when it is back', async () => {
    const t = await startBot({});
    try {
      const bo = t.emulator.user(9_100_002, { first_name: 'Bo' });
      const start = bo.sendText('/start');
      await bo.waitForBotMessage();
      await handled(t.app.deps.db, start); // its done mark written: nothing of it is in flight at the stop
      expect(await probe(t.app.url, '/readyz')).toBe(200);

      await server.stop();
      const message = bo.sendText('I wrote them a letter I will not send');
      await waitFor(
        () => t.logs.lines().some((l) => l.msg === 'database away; retrying the update' && l.update_id === message.update_id),
        30_000,
        'the bot retrying the update',
      );
      expect(await probe(t.app.url, '/readyz')).toBe(503);
      expect(botTexts(t.emulator, bo.id, message.message!.message_id)).toEqual([]);

      await server.start(); // within a few seconds of the message
      const back = performance.now();
      const ready = waitFor(async () => (await probe(t.app.url, '/readyz')) === 200, 30_000, '/readyz 200 again').then(() => performance.now() - back);
      await bo.waitForBotMessage({ timeoutMs: 60_000 });
      const answered = performance.now() - back;
      await handled(t.app.deps.db, message);
      const readyAfter = await ready;
      timings.push(`polling: /readyz 200 after ${readyAfter.toFixed(0)} ms, the retried update answered after ${answered.toFixed(0)} ms`);

      // Exactly one answer, the real one (not "please send it again"), and nothing left queued.
      expect(botTexts(t.emulator, bo.id, message.message!.message_id)).toEqual([text('free-text')]);
      await waitFor(() => t.emulator.pendingUpdates().length === 0, 15_000, 'the update confirmed to Telegram');
      expect(await probe(t.app.url, '/livez')).toBe(200);
      expect(t.fatal).toEqual([]);
    } finally {
      await t.close();
    }
  }, 90_000);

  it('reminders: one falling due while the database is down arrives once when it is back', async () => {
    const clock = movableClock();
    const due = noonTomorrow();
    clock.setTo(due, 90_000);
    const t = await startBot({ REMINDER_TICK: '*/1 * * * * *' }, { clock });
    const ticksFailed = () => t.logs.lines().filter((l) => l.msg === 'reminder tick failed').length;
    const ticksRun = () => t.logs.lines().filter((l) => l.msg === 'claim batch').length;
    const reminders = (chatId: number) => t.emulator.transcript(chatId).filter((m) => m.from === 'bot' && isReminder(m));
    try {
      const cy = t.emulator.user(9_100_003, { first_name: 'Cy' });
      cy.sendText('/timezone UTC');
      expect((await cy.waitForBotMessage()).text).toContain('Time zone set: UTC');
      const remind = cy.sendText(`/remind ${hhmm(due)}`);
      expect((await cy.waitForBotMessage()).text).toMatch(new RegExp(`Next: today at ${hhmm(due)}\\b`));
      await handled(t.app.deps.db, remind);

      await server.stop();
      const failedBefore = ticksFailed();
      clock.setTo(due, -1_000); // due a second ago, and the database is away
      await waitFor(() => ticksFailed() >= failedBefore + 2, 30_000, 'two reminder ticks failing while the database is down');
      expect(reminders(cy.id)).toEqual([]);

      await server.start();
      const back = performance.now();
      const ready = waitFor(async () => (await probe(t.app.url, '/readyz')) === 200, 30_000, '/readyz 200 again').then(() => performance.now() - back);
      const reminder = await cy.waitForBotMessage({ predicate: isReminder, timeoutMs: 30_000 });
      const arrived = performance.now() - back;
      const readyAfter = await ready;
      timings.push(`reminders: /readyz 200 after ${readyAfter.toFixed(0)} ms, the late reminder arrived after ${arrived.toFixed(0)} ms`);
      expect(reminder.text).toContain('How tightly are you holding on today?');

      // Not doubled: two more ticks after the send find nothing to do.
      const deliveries = async () =>
        (await sql<{ status: string }>`select status from reminder_deliveries where user_id = ${cy.id}`.execute(t.app.deps.db)).rows.map((r) => r.status);
      await waitFor(async () => (await deliveries()).includes('sent'), 15_000, 'the delivery recorded as sent');
      const ticksAfterSend = ticksRun();
      await waitFor(() => ticksRun() >= ticksAfterSend + 2, 30_000, 'two more reminder ticks');
      expect(reminders(cy.id)).toHaveLength(1);
      expect(t.emulator.calls('sendMessage').filter((c) => Number(c.params.chat_id) === cy.id && JSON.stringify(c.params).includes('rc:'))).toHaveLength(1);
      expect(await deliveries()).toEqual(['sent']);
      expect(await probe(t.app.url, '/livez')).toBe(200);
      expect(t.fatal).toEqual([]);
    } finally {
      await t.close();
    }
  }, 90_000);
  /** The update's claim is in the database: the bot is in the middle of it. */
  const claimedNow = async (app: RunningApp, updateId: number) =>
    (await sql<{ n: number }>`select count(*)::int as n from handled_updates where update_id = ${updateId}`.execute(app.deps.db)).rows[0]!.n === 1;

  it('polling mode: an update the outage cuts off half-way is carried out once the database is back', async () => {
    const t = await startBot({});
    try {
      const di = t.emulator.user(9_100_004, { first_name: 'Di' });
      const ask = di.sendText('/scenarios');
      const menu = await di.waitForBotMessage();
      await handled(t.app.deps.db, ask);
      // The tap is claimed, then Telegram is slow to take its answer, and meanwhile the database goes.
      t.emulator.setLatency(SLOW_TELEGRAM_MS);
      const tap = di.pressButton({ messageId: menu.message_id, data: menuData.go(SCENARIO) });
      await waitFor(() => claimedNow(t.app, tap.update_id), 30_000, 'the tap claimed');
      await server.stop();
      t.emulator.setLatency(0);
      await waitFor(
        () => t.logs.lines().some((l) => l.msg === 'database away; retrying the update' && l.update_id === tap.update_id),
        30_000,
        'the bot retrying the tap',
      );
      await server.start();
      const back = performance.now();

      // The person tapped a conversation: it starts, once.
      const shown = await di.waitForBotMessage({ count: quizOpening, timeoutMs: 15_000 });
      timings.push(`polling, cut off mid-update: the tap carried out after ${(performance.now() - back).toFixed(0)} ms`);
      await handled(t.app.deps.db, tap);
      expect(botTexts(t.emulator, di.id, menu.message_id)).toEqual(shown.map((m) => m.text));
      expect(t.fatal).toEqual([]);
    } finally {
      t.emulator.setLatency(0);
      await t.close();
    }
  }, 90_000);

  it('webhook mode: an update the outage cuts off half-way is carried out on redelivery', async () => {
    const port = await freePort();
    const target: WebhookTarget = { url: `http://127.0.0.1:${String(port)}/telegram/hook`, secret: SECRET };
    const t = await startBot({ BOT_MODE: 'webhook', WEBHOOK_URL: target.url, WEBHOOK_SECRET: SECRET, PORT: String(port) });
    try {
      await holdEmulatorDeliveries(t.emulator);
      const ed = t.emulator.user(9_100_005, { first_name: 'Ed' });
      const ask = ed.sendText('/scenarios');
      expect((await postUpdate(target, ask)).status).toBe(200);
      const menu = await ed.waitForBotMessage();
      t.emulator.setLatency(SLOW_TELEGRAM_MS);
      const tap = ed.pressButton({ messageId: menu.message_id, data: menuData.go(SCENARIO) });
      const firstDelivery = postUpdate(target, tap);
      await waitFor(() => claimedNow(t.app, tap.update_id), 30_000, 'the tap claimed');
      await server.stop();
      t.emulator.setLatency(0);
      expect(is2xx((await firstDelivery).status), 'the cut-off delivery is refused, so Telegram delivers it again').toBe(false);
      await server.start();

      await waitFor(async () => is2xx((await postUpdate(target, tap)).status), 30_000, 'the redelivery accepted');
      const shown = await ed.waitForBotMessage({ count: quizOpening, timeoutMs: 15_000 });
      await handled(t.app.deps.db, tap);
      expect(botTexts(t.emulator, ed.id, menu.message_id)).toEqual(shown.map((m) => m.text));
      expect(t.fatal).toEqual([]);
    } finally {
      t.emulator.setLatency(0);
      await t.close();
    }
  }, 90_000);
  it('the process survives PostgreSQL stopping while a connection is checked out (a transaction between statements)', async () => {
    const t = await startBot({});
    const uncaught: unknown[] = [];
    const record = (error: unknown) => uncaught.push(error);
    process.on('uncaughtException', record);
    try {
      const fay = t.emulator.user(9_100_006, { first_name: 'Fay' });
      const first = fay.sendText('/help');
      await fay.waitForBotMessage();
      await handled(t.app.deps.db, first);
      // What the reminder claim does every tick: a transaction holding its connection across statements.
      const transaction = t.app.deps.db.transaction().execute(async (trx) => {
        await sql`select 1`.execute(trx);
        await server.stop();
        await sql`select 2`.execute(trx);
      });
      const failure = await transaction.then(() => undefined, (error: unknown) => error);
      // Soft: the rest of the test still shows whether the process came through.
      expect.soft(isDatabaseUnavailable(failure), `the transaction fails as "database unavailable", not: ${String(failure)}`).toBe(true);
      expect(await probe(t.app.url, '/healthz')).toBe(503);
      await server.start();
      await waitFor(async () => (await probe(t.app.url, '/readyz')) === 200, 30_000, '/readyz 200 again');

      // Still the same process, answering as before, and nothing escaped as an uncaught error.
      const message = fay.sendText('/help');
      await fay.waitForBotMessage();
      await handled(t.app.deps.db, message);
      expect(await probe(t.app.url, '/livez')).toBe(200);
      expect(uncaught.map(String), 'uncaught exceptions (each would end the process in production)').toEqual([]);
      expect(t.fatal).toEqual([]);
    } finally {
      process.off('uncaughtException', record);
      await t.close();
    }
  }, 90_000);
});
