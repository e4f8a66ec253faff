import { Api } from 'grammy';
import { sql } from 'kysely';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../../src/db/create-db.ts';
import { migrateToLatest } from '../../src/db/migrator.ts';
import { setStopped } from '../../src/db/users.repository.ts';
import { createEmulator, type Emulator } from '@letgo/telegram-emulator';
import { loadReminderContent, type ReminderContent } from '../../src/reminders/content.ts';
import { REMINDER_CONTENT_FILE } from '../../src/reminders/content-file.ts';
import { createReminderDispatcher, type DispatcherOptions, type ReminderDispatcher } from '../../src/reminders/dispatcher.ts';
import type { SendMessageApi } from '../../src/reminders/sender.ts';
import { changeReminders } from '../../src/reminders/service.ts';
import { createI18n } from '../../src/i18n/i18n.ts';
import { createMetrics } from '../../src/metrics.ts';

const i18n = createI18n();
import { testDatabases } from '../helpers/databases.ts';

const silent = pino({ level: 'silent' });

/** Real time plus an offset the test moves, so sleeps still pass while "now" is chosen. */
function movableClock(start: Date) {
  let offset = start.getTime() - Date.now();
  return {
    now: () => new Date(Date.now() + offset),
    advance(ms: number) {
      offset += ms;
    },
  };
}

const hhmm = (d: Date) => d.toISOString().slice(11, 16);
const reminderSends = (emulator: Emulator, chatId?: number) =>
  emulator.stats().sends.filter((s) => s.method === 'sendMessage' && (chatId === undefined || s.chatId === chatId));

describe.each(testDatabases())('reminder dispatcher on $name against the emulator', (target) => {
  let db: Db;
  let url: string | undefined;
  let close: () => Promise<void>;
  let emulator: Emulator;
  let api: Api;
  let content: ReminderContent;
  let nextId = 10_000;
  const dispatchers: ReminderDispatcher[] = [];

  beforeAll(async () => {
    ({ db, url, close } = await target.open());
    await migrateToLatest(db);
    emulator = await createEmulator();
    api = new Api(emulator.token, { apiRoot: emulator.apiRoot });
    content = await loadReminderContent(REMINDER_CONTENT_FILE);
  });
  afterEach(async () => {
    for (const d of dispatchers.splice(0)) await d.stop(300);
    emulator.faults.clear();
    emulator.setRateLimit(null);
    emulator.resetStats();
    // Each test has its own users and day: the earlier ones are unscheduled, the send clock reset.
    await db.updateTable('reminder_settings').set({ next_reminder_at: null }).execute();
    await sql`update reminder_send_clock set next_slot_at = now() - interval '1 hour'`.execute(db);
  });
  afterAll(async () => {
    await emulator?.close();
    await close?.();
  });

  /** `count` users (with an emulator chat each) whose UTC reminder is due at `due`. */
  async function seed(count: number, due: Date): Promise<number[]> {
    const ids = Array.from({ length: count }, () => nextId++);
    const before = new Date(due.getTime() - 60_000);
    await db.insertInto('users').values(ids.map((id) => ({ id, first_name: `U${id}`, time_zone: 'UTC', created_at: before, last_seen_at: before }))).execute();
    await db
      .insertInto('reminder_settings')
      .values(ids.map((id) => ({ user_id: id, enabled: true, local_time: hhmm(due), next_reminder_at: due, next_local_date: due.toISOString().slice(0, 10) })))
      .execute();
    for (const id of ids) emulator.user(id).sendText('hi'); // opens the chat, as a real person would have
    return ids;
  }

  function dispatcher(clock: { now(): Date }, options: Partial<DispatcherOptions> = {}, deps: { db?: Db; api?: SendMessageApi } = {}) {
    const d = createReminderDispatcher({
      deps: { db: deps.db ?? db, logger: silent, clock, i18n, metrics: createMetrics() },
      api: deps.api ?? api,
      content,
      options: { tick: '* * * * *', ratePerSecond: 50, retryBaseMs: 50, ...options },
    });
    dispatchers.push(d);
    return d;
  }

  async function statuses(ids: number[]): Promise<Record<number, string>> {
    const rows = await db
      .selectFrom('reminder_deliveries')
      .select(['user_id', 'status', 'reason', 'attempts'])
      .where('user_id', 'in', ids)
      .execute();
    return Object.fromEntries(rows.map((r) => [r.user_id, r.status]));
  }

  /** A minute in the future of every earlier test, so users of other tests are never due. */
  let minute = Math.ceil(Date.now() / 60_000) * 60_000 + 86_400_000;
  const nextDue = () => new Date((minute += 86_400_000));

  it('sends one reminder per due user, records it, and never a second for the same local date', async () => {
    const due = nextDue();
    const ids = await seed(5, due);
    const clock = movableClock(new Date(due.getTime() + 1_000));
    const d = dispatcher(clock);
    await d.runOnce();
    await d.idle();
    expect(Object.values(await statuses(ids))).toEqual(ids.map(() => 'sent'));
    for (const id of ids) expect(reminderSends(emulator, id)).toHaveLength(1);

    // Even if a schedule says "due" again for the same local date, the delivery key refuses it.
    await db.updateTable('reminder_settings').set({ next_reminder_at: due, next_local_date: due.toISOString().slice(0, 10) }).where('user_id', 'in', ids).execute();
    await d.runOnce();
    await d.idle();
    for (const id of ids) expect(reminderSends(emulator, id)).toHaveLength(1);
    const next = await db.selectFrom('reminder_settings').select('next_reminder_at').where('user_id', '=', ids[0]!).executeTakeFirstOrThrow();
    expect(next.next_reminder_at?.toISOString()).toBe(new Date(due.getTime() + 86_400_000).toISOString());
  });

  it('obeys a 429: the whole sender pauses for retry_after, then the reminder goes out once', async () => {
    const due = nextDue();
    const ids = await seed(4, due);
    emulator.faults.add({ method: 'sendMessage', chatId: ids[0]!, errorCode: 429, retryAfter: 1 });
    // Slow enough that no other send is already on the wire when the 429 comes back.
    const d = dispatcher(movableClock(new Date(due.getTime() + 1_000)), { ratePerSecond: 5 });
    await d.runOnce();
    await d.idle();
    expect(Object.values(await statuses(ids))).toEqual(ids.map(() => 'sent'));
    for (const id of ids) expect(reminderSends(emulator, id)).toHaveLength(1);
    const refused = emulator.calls('sendMessage').find((c) => !c.response.ok && Number(c.params.chat_id) === ids[0]);
    expect(refused).toBeDefined();
    // Nothing at all was sent during the pause.
    const during = reminderSends(emulator).filter((s) => s.at > refused!.at && s.at < refused!.at + 950);
    expect(during).toEqual([]);
  });

  it('retries 5xx and network errors with backoff, and gives up after the window', async () => {
    const due = nextDue();
    const [flaky, offline, down] = await seed(3, due);
    emulator.faults.add({ method: 'sendMessage', chatId: flaky!, errorCode: 502, times: 2 });
    emulator.faults.add({ method: 'sendMessage', chatId: offline!, errorCode: 0, networkError: true });
    emulator.faults.add({ method: 'sendMessage', chatId: down!, errorCode: 500, times: Infinity });
    const d = dispatcher(movableClock(new Date(due.getTime() + 1_000)), { retryWindowMs: 2_500 });
    await d.runOnce();
    await d.idle();
    expect(await statuses([flaky!, offline!, down!])).toEqual({ [flaky!]: 'sent', [offline!]: 'sent', [down!]: 'failed' });
    const attempts = await db.selectFrom('reminder_deliveries').select(['user_id', 'attempts']).where('user_id', 'in', [flaky!, down!]).execute();
    expect(attempts.find((a) => a.user_id === flaky)?.attempts).toBe(3);
    expect(attempts.find((a) => a.user_id === down)?.attempts).toBeGreaterThan(1);
    expect(reminderSends(emulator, down)).toHaveLength(0);
  });

  it('403 marks the user blocked and they are not tried again; 400 is given up at once', async () => {
    const due = nextDue();
    const [blocked, bad] = await seed(2, due);
    emulator.user(blocked!).blockBot();
    emulator.faults.add({ method: 'sendMessage', chatId: bad!, errorCode: 400, description: 'Bad Request: chat not found' });
    const clock = movableClock(new Date(due.getTime() + 1_000));
    const d = dispatcher(clock);
    await d.runOnce();
    await d.idle();
    expect(await statuses([blocked!, bad!])).toEqual({ [blocked!]: 'blocked', [bad!]: 'failed' });
    const user = await db.selectFrom('users').select('blocked_at').where('id', '=', blocked!).executeTakeFirstOrThrow();
    expect(user.blocked_at).not.toBeNull();
    const calls = () => emulator.calls('sendMessage').filter((c) => Number(c.params.chat_id) === blocked).length;
    expect(calls()).toBe(1);
    expect(emulator.calls('sendMessage').filter((c) => Number(c.params.chat_id) === bad).length).toBe(1);

    clock.advance(86_400_000);
    await d.runOnce();
    await d.idle();
    expect(calls()).toBe(1);
  });

  it('/stop and /remind off win even over a reminder already claimed', async () => {
    const due = nextDue();
    const ids = await seed(12, due);
    const d = dispatcher(movableClock(new Date(due.getTime() + 1_000)), { ratePerSecond: 8 });
    await d.runOnce(); // claimed; the last sends are over a second away
    const [stopper, switcher] = ids.slice(-2);
    const now = new Date(due.getTime() + 1_000);
    await setStopped(db, stopper!, now);
    await changeReminders(db, switcher!, { enabled: false }, now);
    await d.idle();
    const rows = await db.selectFrom('reminder_deliveries').select(['user_id', 'status', 'reason']).where('user_id', 'in', [stopper!, switcher!]).execute();
    expect(rows.map((r) => [r.user_id, r.status, r.reason]).sort()).toEqual([
      [stopper, 'cancelled', 'stopped'],
      [switcher, 'cancelled', 'off'],
    ]);
    expect(reminderSends(emulator, stopper)).toHaveLength(0);
    expect(reminderSends(emulator, switcher)).toHaveLength(0);
    expect(reminderSends(emulator).length).toBe(10);
  });

  it('sends a reminder missed while down if less than 3 hours late, else records the skip', async () => {
    const due = nextDue();
    const [late, recent] = await seed(2, due);
    await db.updateTable('reminder_settings').set({ next_reminder_at: new Date(due.getTime() - 4 * 3_600_000) }).where('user_id', '=', late!).execute();
    await db.updateTable('reminder_settings').set({ next_reminder_at: new Date(due.getTime() - 2 * 3_600_000) }).where('user_id', '=', recent!).execute();
    const d = dispatcher(movableClock(due));
    await d.runOnce();
    await d.idle();
    const rows = await db.selectFrom('reminder_deliveries').select(['user_id', 'status', 'reason']).where('user_id', 'in', [late!, recent!]).execute();
    expect(rows.find((r) => r.user_id === late)).toMatchObject({ status: 'skipped', reason: 'late' });
    expect(rows.find((r) => r.user_id === recent)).toMatchObject({ status: 'sent' });
    expect(reminderSends(emulator, late)).toHaveLength(0);
    const next = await db.selectFrom('reminder_settings').select('next_reminder_at').where('user_id', '=', late!).executeTakeFirstOrThrow();
    expect(next.next_reminder_at!.getTime()).toBeGreaterThan(due.getTime());
  });

  it('a crash mid-dispatch loses nothing: another instance takes over after the lease; the only duplicate is the send in flight', async () => {
    const due = nextDue();
    const ids = await seed(8, due);
    // The "crashed" instance: four sends succeed, the fifth reaches Telegram but the process
    // dies before hearing back, and nothing after that leaves the machine.
    let calls = 0;
    const crashing: SendMessageApi = {
      async sendMessage(chatId, text, other) {
        calls += 1;
        if (calls <= 4) return api.sendMessage(chatId, text, other);
        if (calls === 5) await api.sendMessage(chatId, text, other);
        return new Promise(() => {});
      },
    };
    const clock = movableClock(new Date(due.getTime() + 1_000));
    const crashed = dispatcher(clock, { ratePerSecond: 20 }, { api: crashing });
    await crashed.runOnce();
    await new Promise<void>((resolve) => {
      const check = () => (reminderSends(emulator).length >= 5 && calls >= 8 ? resolve() : setTimeout(check, 20));
      check();
    });
    expect(Object.values(await statuses(ids)).filter((s) => s === 'sending')).toHaveLength(4);

    // Restart: a new instance, six minutes later (past the 5-minute lease), within the grace.
    clock.advance(6 * 60_000);
    const restarted = dispatcher(clock, { ratePerSecond: 20 });
    await restarted.runOnce();
    await restarted.idle();
    expect(Object.values(await statuses(ids))).toEqual(ids.map(() => 'sent'));
    const perUser = ids.map((id) => reminderSends(emulator, id).length);
    expect(perUser.filter((n) => n === 0)).toEqual([]); // nothing lost
    expect(perUser.filter((n) => n === 2)).toHaveLength(1); // the send in flight at the crash
    expect(perUser.reduce((a, b) => a + b, 0)).toBe(ids.length + 1);
  });

  it('a graceful stop gives claimed reminders back at once; the next instance sends them without waiting', async () => {
    const due = nextDue();
    const ids = await seed(10, due);
    const clock = movableClock(new Date(due.getTime() + 1_000));
    const first = dispatcher(clock, { ratePerSecond: 10 });
    await first.runOnce();
    await first.stop(2_000);
    const sentBefore = reminderSends(emulator).length;
    expect(sentBefore).toBeLessThan(ids.length);
    const second = dispatcher(clock, { ratePerSecond: 50 });
    await second.runOnce();
    await second.idle();
    expect(Object.values(await statuses(ids))).toEqual(ids.map(() => 'sent'));
    for (const id of ids) expect(reminderSends(emulator, id)).toHaveLength(1);
  });

  it('after a crisis answer sends a gentle check-in with the helplines one tap away instead of the next reminder, once', async () => {
    const due = nextDue();
    const [person] = await seed(1, due);
    await db.updateTable('users').set({ crisis_checkin_due: true, language: 'de' }).where('id', '=', person!).execute();
    const d = dispatcher(movableClock(due));
    await d.runOnce();
    await d.idle();
    const checkin = emulator.transcript(person!).filter((m) => m.from === 'bot').at(-1)!;
    expect(checkin.text).toBe(i18n.t('de', 'checkin-after-crisis').replace(/<[^>]+>/g, ''));
    expect(JSON.stringify(checkin.reply_markup)).toContain('"sf:lines"');
    expect(JSON.stringify(checkin.reply_markup)).not.toContain('rc:'); // no cheerful mood buttons
    const user = await db.selectFrom('users').select('crisis_checkin_due').where('id', '=', person!).executeTakeFirstOrThrow();
    expect(user.crisis_checkin_due).toBe(false);
    const settings = await db.selectFrom('reminder_settings').select('seen_reminder_ids').where('user_id', '=', person!).executeTakeFirstOrThrow();
    expect(settings.seen_reminder_ids).toEqual([]); // the check-in is not a reminder text "seen"
    // The next day's reminder is a normal one again.
    const tomorrow = new Date(due.getTime() + 86_400_000);
    const next = dispatcher(movableClock(tomorrow));
    await next.runOnce();
    await next.idle();
    expect(JSON.stringify(emulator.transcript(person!).filter((m) => m.from === 'bot').at(-1)!.reply_markup)).toContain('rc:');
  });

  it('settles a send whose database write fails, so "send my reminder now" never waits for ever', async () => {
    const due = nextDue();
    const [person] = await seed(1, new Date(due.getTime() + 3_600_000));
    // The database answers the claim, then fails the check right before the send.
    const failing = db.withPlugin({
      transformQuery(args) {
        if (JSON.stringify(args.node).includes('attempts = d.attempts + 1')) throw new Error('Connection terminated unexpectedly');
        return args.node;
      },
      transformResult: async (args) => args.result,
    });
    const d = dispatcher(movableClock(due), {}, { db: failing });
    expect(await d.sendNow(person!)).toEqual({ sent: false, reason: 'error' });
    expect(reminderSends(emulator, person)).toHaveLength(0);
  });

  it('sends one person’s reminder now on request (the playground), once a day, and says why not otherwise', async () => {
    const due = nextDue();
    const [later, off] = await seed(2, new Date(due.getTime() + 3_600_000)); // due in an hour
    await changeReminders(db, off!, { enabled: false }, due);
    const d = dispatcher(movableClock(due));
    expect(await d.sendNow(later!)).toEqual({ sent: true });
    expect(reminderSends(emulator, later)).toHaveLength(1);
    expect(await d.sendNow(later!)).toEqual({ sent: false, reason: 'already-sent' });
    expect(await d.sendNow(off!)).toEqual({ sent: false, reason: 'off' });
    expect(await d.sendNow(999_999)).toEqual({ sent: false, reason: 'unknown' });
    // Today's regular reminder was the one sent: the next is tomorrow's.
    const next = await db.selectFrom('reminder_settings').select('next_reminder_at').where('user_id', '=', later!).executeTakeFirstOrThrow();
    expect(next.next_reminder_at!.getTime()).toBe(due.getTime() + 3_600_000 + 86_400_000);
  });

  it('two dispatchers on one database: 60 users due in the same minute each get exactly one, under one shared rate', async () => {
    const due = nextDue();
    const ids = await seed(60, due);
    const other = url ? await createDb({ kind: 'postgres', url }) : db;
    try {
      // Each dispatcher alone may use 30/s; Telegram allows 40/s. Sharing the send clock keeps
      // the two together under 30/s; each on its own rate would send 58/s and meet 429s.
      // (The margin absorbs the jitter of two dispatchers and the emulator in one busy process.)
      emulator.setRateLimit({ perSecond: 40, perChatPerSecond: 1 });
      const clock = movableClock(new Date(due.getTime() + 1_000));
      const a = dispatcher(clock, { ratePerSecond: 30, batchSize: 10 });
      const b = dispatcher(clock, { ratePerSecond: 30, batchSize: 10 }, { db: other });
      const sentBy = { a: 0, b: 0 };
      a.events.on('settled', (e) => (sentBy.a += e.outcome === 'sent' ? 1 : 0));
      b.events.on('settled', (e) => (sentBy.b += e.outcome === 'sent' ? 1 : 0));
      await Promise.all([a.runOnce(), b.runOnce()]);
      await Promise.all([a.idle(), b.idle()]);
      expect(sentBy.a + sentBy.b).toBe(60);
      if (url) expect(Math.min(sentBy.a, sentBy.b)).toBeGreaterThan(0); // both claimed side by side
      expect(Object.values(await statuses(ids))).toEqual(ids.map(() => 'sent'));
      for (const id of ids) expect(reminderSends(emulator, id)).toHaveLength(1);
      expect(emulator.stats().tooManyRequests).toBe(0);
    } finally {
      if (other !== db) await other.destroy();
    }
  });
});
