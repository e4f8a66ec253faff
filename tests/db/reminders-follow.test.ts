import { Api } from 'grammy';
import { sql } from 'kysely';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '@letgo/telegram-emulator';
import type { Db } from '../../src/db/create-db.ts';
import { migrateToLatest } from '../../src/db/migrator.ts';
import { setStopped } from '../../src/db/users.repository.ts';
import { createI18n } from '../../src/i18n/i18n.ts';
import { createMetrics } from '../../src/metrics.ts';
import { parseReminderContent, type ReminderContent } from '../../src/reminders/content.ts';
import { createReminderDispatcher, type ReminderDispatcher } from '../../src/reminders/dispatcher.ts';
import { AUTO_PAUSE_ID, KEEP_GOING_ID, SUMMARY_ID } from '../../src/reminders/message.ts';
import { changeReminders, type ReminderChange } from '../../src/reminders/service.ts';
import { practiceSince } from '../../src/reminders/practice.repository.ts';
import { practiceInput, practiceWindow, renderProgress } from '../../src/reminders/progress.ts';
import { moodLabels } from '../../src/reminders/message.ts';
import { words } from '../helpers/texts.ts';
import { testDatabases } from '../helpers/databases.ts';

const i18n = createI18n();
const silent = pino({ level: 'silent' });
const DAY = 86_400_000;

/** Eight texts, four of them assuming contact with the ex. */
const content: ReminderContent = parseReminderContent(
  `checkin:
  prompt: How tightly are you holding on today?
  options:
    - { mood: holding, label: Holding on tight }
    - { mood: between, label: Somewhere between }
    - { mood: letting-go, label: Letting go }
  notToday: Not today
reminders:
${Array.from({ length: 8 }, (_, i) => `  - { id: t${i}, text: Text number ${i}., tags: [${i % 2 === 0 ? 'contact' : 'grief'}] }`).join('\n')}
`,
  'test.yaml',
);
const contactIds = new Set(content.reminders.filter((r) => r.tags.includes('contact')).map((r) => r.id));

/** Real time plus an offset the test sets, so sleeps still pass while "now" is chosen. */
function clockAt(start: Date) {
  const offset = start.getTime() - Date.now();
  return { now: () => new Date(Date.now() + offset) };
}

describe.each(testDatabases())('reminders that follow the person, on $name', (target) => {
  let db: Db;
  let close: () => Promise<void>;
  let emulator: Emulator;
  let api: Api;
  let nextId = 50_000;
  const dispatchers: ReminderDispatcher[] = [];

  beforeAll(async () => {
    ({ db, close } = await target.open());
    await migrateToLatest(db);
    emulator = await createEmulator();
    api = new Api(emulator.token, { apiRoot: emulator.apiRoot });
  });
  afterEach(async () => {
    for (const d of dispatchers.splice(0)) await d.stop(300);
    // Each test has its own people and days: the earlier ones are unscheduled.
    await db.updateTable('reminder_settings').set({ next_reminder_at: null, next_summary_at: null }).execute();
    await sql`update reminder_send_clock set next_slot_at = now() - interval '1 hour'`.execute(db);
  });
  afterAll(async () => {
    await emulator?.close();
    await close?.();
  });

  /** A person set up for reminders at `localTime` in `timeZone`, as of `at` (also when they joined and last wrote). */
  async function person(at: Date, change: ReminderChange & { localTime: string; timeZone: string }): Promise<number> {
    const id = nextId++;
    await db.insertInto('users').values({ id, first_name: `P${id}`, created_at: at, last_seen_at: at }).execute();
    await changeReminders(db, id, { enabled: true, ...change }, at);
    emulator.user(id).sendText('hi'); // opens the chat, as a real person would have
    return id;
  }

  /** One dispatcher tick at `at`, waiting until every send settled. */
  async function tick(at: Date): Promise<void> {
    const d = createReminderDispatcher({
      deps: { db, logger: silent, clock: clockAt(at), i18n, metrics: createMetrics() },
      api,
      content,
      options: { tick: '* * * * *', ratePerSecond: 50, retryBaseMs: 50, random: seededRandom(at.getTime()) },
    });
    dispatchers.push(d);
    await d.runOnce();
    await d.idle();
  }

  async function deliveries(userId: number) {
    const { rows } = await sql<{ kind: string; local_date: string; status: string; reason: string | null; reminder_id: string | null }>`
      select kind, local_date::text as local_date, status, reason, reminder_id from reminder_deliveries
      where user_id = ${userId} order by local_date, kind`.execute(db);
    return rows;
  }

  const botMessages = (userId: number) => emulator.transcript(userId).filter((m) => m.from === 'bot');
  const wrote = (userId: number, at: Date) => db.updateTable('users').set({ last_seen_at: at }).where('id', '=', userId).execute();

  async function finishedRun(userId: number, endedAt: Date): Promise<void> {
    await db
      .insertInto('scenario_runs')
      .values({
        user_id: userId,
        scenario_id: 'holding-on-check',
        content_version: 'v1',
        step_id: 'end',
        vars: '{}',
        status: 'finished',
        started_at: new Date(endedAt.getTime() - 600_000),
        updated_at: endedAt,
        ended_at: endedAt,
      })
      .execute();
  }

  it('does not nudge someone who practised today (a finished scenario or a mood check-in): the day is recorded as skipped, practised', async () => {
    // Tuesday 8 January 2030, 20:00 in Berlin (CET) is 19:00 UTC.
    const due = new Date('2030-01-08T19:00:00Z');
    const setUp = new Date('2030-01-08T10:00:00Z'); // before today's reminder
    const berlin = { localTime: '20:00', timeZone: 'Europe/Berlin' };
    const [scenarioToday, checkedInToday, scenarioYesterday, notToday, nothing] = [
      await person(setUp, berlin),
      await person(setUp, berlin),
      await person(setUp, berlin),
      await person(setUp, berlin),
      await person(setUp, berlin),
    ];
    await finishedRun(scenarioToday!, new Date('2030-01-07T23:30:00Z')); // 00:30 on the 8th in Berlin
    // This morning they answered yesterday's reminder.
    await db.insertInto('reminder_checkins').values({ user_id: checkedInToday!, local_date: '2030-01-07', mood: 'between', created_at: new Date('2030-01-08T07:00:00Z'), updated_at: new Date('2030-01-08T07:00:00Z') }).execute();
    await finishedRun(scenarioYesterday!, new Date('2030-01-07T22:30:00Z')); // 23:30 on the 7th in Berlin
    await db.insertInto('reminder_checkins').values({ user_id: notToday!, local_date: '2030-01-07', mood: 'skipped', created_at: new Date('2030-01-08T07:00:00Z'), updated_at: new Date('2030-01-08T07:00:00Z') }).execute();

    await tick(new Date(due.getTime() + 1_000));
    for (const id of [scenarioToday!, checkedInToday!]) {
      expect(await deliveries(id)).toEqual([{ kind: 'reminder', local_date: '2030-01-08', status: 'skipped', reason: 'practised', reminder_id: null }]);
      expect(botMessages(id)).toEqual([]);
    }
    for (const id of [scenarioYesterday!, notToday!, nothing!]) {
      expect((await deliveries(id)).map((d) => d.status)).toEqual(['sent']);
      expect(botMessages(id)).toHaveLength(1);
    }

    // The next day they are reminded as usual.
    await tick(new Date(due.getTime() + DAY + 1_000));
    expect((await deliveries(scenarioToday!)).map((d) => [d.local_date, d.status])).toEqual([
      ['2030-01-08', 'skipped'],
      ['2030-01-09', 'sent'],
    ]);
  });

  it('a crisis check-in that is owed goes out even on a day the person practised', async () => {
    const due = new Date('2030-02-05T12:00:00Z');
    const id = await person(new Date('2030-02-05T08:00:00Z'), { localTime: '12:00', timeZone: 'UTC' });
    await finishedRun(id, new Date('2030-02-05T09:00:00Z'));
    await db.updateTable('users').set({ crisis_checkin_due: true }).where('id', '=', id).execute();
    await tick(new Date(due.getTime() + 1_000));
    expect(await deliveries(id)).toMatchObject([{ status: 'sent', reminder_id: 'crisis-checkin' }]);
  });

  it('after five unanswered reminders asks once whether to keep going; after ten pauses itself with a note; a message resets the count', async () => {
    const first = new Date('2030-03-04T12:00:00Z');
    const setUp = new Date('2030-03-04T10:00:00Z');
    const silentOne = await person(setUp, { localTime: '12:00', timeZone: 'UTC' });
    const writes = await person(setUp, { localTime: '12:00', timeZone: 'UTC' });
    for (let day = 0; day < 12; day += 1) {
      const at = new Date(first.getTime() + day * DAY);
      await tick(new Date(at.getTime() + 1_000));
      // The other person writes to the bot after their third reminder.
      if (day === 2) await wrote(writes, new Date(at.getTime() + 3_600_000));
    }

    const quiet = await deliveries(silentOne);
    expect(quiet.map((d) => d.reminder_id)).toEqual([
      ...quiet.slice(0, 5).map((d) => d.reminder_id),
      KEEP_GOING_ID,
      ...quiet.slice(6, 10).map((d) => d.reminder_id),
      AUTO_PAUSE_ID,
    ]);
    expect(quiet.slice(0, 5).every((d) => /^t\d$/.test(d.reminder_id ?? ''))).toBe(true);
    expect(quiet.slice(6, 10).every((d) => /^t\d$/.test(d.reminder_id ?? ''))).toBe(true);
    const question = botMessages(silentOne)[5]!;
    expect(question.text).toContain('keep coming');
    expect(JSON.stringify(question.reply_markup)).toContain('rm:keep');
    const note = botMessages(silentOne)[10]!;
    expect(note.text).toContain('/remind on');
    // Paused themselves: off, nothing scheduled, nothing on the twelfth day.
    const settings = await db.selectFrom('reminder_settings').select(['enabled', 'auto_paused_at', 'next_reminder_at']).where('user_id', '=', silentOne).executeTakeFirstOrThrow();
    expect(settings).toMatchObject({ enabled: false, next_reminder_at: null });
    expect(settings.auto_paused_at).not.toBeNull();
    expect(botMessages(silentOne)).toHaveLength(11);

    // The one who wrote after the third: five more unanswered (days 4-8), so the question comes on day 9.
    const heard = await deliveries(writes);
    expect(heard).toHaveLength(12);
    expect(heard.map((d, i) => (d.reminder_id === KEEP_GOING_ID ? i : -1)).filter((i) => i >= 0)).toEqual([8]);
    expect(heard.map((d) => d.reminder_id)).not.toContain(AUTO_PAUSE_ID);

    // /remind on brings them back and ends the self-pause.
    const view = await changeReminders(db, silentOne, { enabled: true, clearPause: true }, new Date(first.getTime() + 12 * DAY));
    expect(view).toMatchObject({ enabled: true, autoPaused: false });
    expect(view.next).not.toBeNull();
  });

  it('never sends a contact text to someone who said they are not in contact, and keeps the no-repeat cycle over the rest', async () => {
    const first = new Date('2030-04-01T12:00:00Z');
    const setUp = new Date('2030-04-01T10:00:00Z');
    const notInContact = await person(setUp, { localTime: '12:00', timeZone: 'UTC', inContact: 'no' });
    const inContact = await person(setUp, { localTime: '12:00', timeZone: 'UTC', inContact: 'yes' });
    for (let day = 0; day < 12; day += 1) {
      const at = new Date(first.getTime() + day * DAY);
      await tick(new Date(at.getTime() + 1_000));
      // They both tap a check-in every day, so the question about unanswered reminders never comes.
      for (const id of [notInContact, inContact]) await wrote(id, new Date(at.getTime() + 60_000));
    }
    const sentTo = async (id: number) => (await deliveries(id)).map((d) => d.reminder_id ?? '');
    const quiet = await sentTo(notInContact);
    expect(quiet).toHaveLength(12);
    expect(quiet.filter((id) => contactIds.has(id))).toEqual([]);
    expect(new Set(quiet.slice(0, 4)).size).toBe(4); // all four that fit, before any repeats
    for (let i = 1; i < quiet.length; i += 1) expect(quiet[i]).not.toBe(quiet[i - 1]);
    const talking = await sentTo(inContact);
    expect(new Set(talking.slice(0, 8)).size).toBe(8); // every text, contact ones included
  });

  it('follows the frequency: weekdays skip the weekend; every other day leaves a day free', async () => {
    // Friday 3 May 2030 .. Monday 6 May 2030.
    const friday = new Date('2030-05-03T12:00:00Z');
    const setUp = new Date('2030-05-03T10:00:00Z');
    const weekdays = await person(setUp, { localTime: '12:00', timeZone: 'UTC', frequency: 'weekdays' });
    const everyOther = await person(setUp, { localTime: '12:00', timeZone: 'UTC', frequency: 'every-other-day' });
    for (let day = 0; day < 4; day += 1) {
      await tick(new Date(friday.getTime() + day * DAY + 1_000));
      for (const id of [weekdays, everyOther]) await wrote(id, new Date(friday.getTime() + day * DAY + 60_000));
    }
    expect((await deliveries(weekdays)).map((d) => d.local_date)).toEqual(['2030-05-03', '2030-05-06']);
    expect((await deliveries(everyOther)).map((d) => d.local_date)).toEqual(['2030-05-03', '2030-05-05']);
  });

  it('sends a weekly summary on the chosen weekday only when switched on, at most once a week, and never after /stop', async () => {
    // Monday 3 June 2030, 12:00 UTC.
    const monday = new Date('2030-06-03T12:00:00Z');
    const setUp = new Date('2030-06-03T10:00:00Z');
    const summaryOn = await person(setUp, { localTime: '12:00', timeZone: 'UTC', summaryWeekday: 1 });
    const summaryOff = await person(setUp, { localTime: '12:00', timeZone: 'UTC' });
    const stopped = await person(setUp, { localTime: '12:00', timeZone: 'UTC', summaryWeekday: 1 });
    await finishedRun(summaryOn, new Date('2030-06-03T11:00:00Z'));
    await setStopped(db, stopped, setUp);

    await tick(new Date(monday.getTime() + 1_000));
    const summaries = (id: number) => botMessages(id).filter((m) => m.text?.startsWith('Your week'));
    expect(summaries(summaryOn)).toHaveLength(1);
    expect(summaries(summaryOn)[0]!.text).toContain('You practised on 1 of the 1 day since you started');
    expect(JSON.stringify(summaries(summaryOn)[0]!.reply_markup)).toContain('rm:prog');
    expect(summaries(summaryOff)).toEqual([]);
    expect(botMessages(stopped)).toEqual([]);
    expect((await deliveries(summaryOn)).filter((d) => d.kind === 'summary')).toEqual([
      { kind: 'summary', local_date: '2030-06-03', status: 'sent', reason: null, reminder_id: SUMMARY_ID },
    ]);

    // Moving the summary to Wednesday of the same week does not bring a second one this week.
    const view = await changeReminders(db, summaryOn, { summaryWeekday: 3 }, new Date(monday.getTime() + 3_600_000));
    expect(view.nextSummary?.localDate).toBe('2030-06-12');
    // Even if a schedule said "due" on Wednesday, the week's key refuses a second summary.
    await db.updateTable('reminder_settings').set({ next_summary_at: new Date('2030-06-05T12:00:00Z'), next_summary_date: '2030-06-05' }).where('user_id', '=', summaryOn).execute();
    await tick(new Date('2030-06-05T12:00:01Z'));
    expect(summaries(summaryOn)).toHaveLength(1);
    // The next week's comes.
    await tick(new Date('2030-06-12T12:00:01Z'));
    expect(summaries(summaryOn)).toHaveLength(2);
    expect((await deliveries(summaryOn)).filter((d) => d.kind === 'summary').map((d) => d.local_date)).toEqual(['2030-06-03', '2030-06-10']);
  });
  it('/progress reads 14 and 30 days of practice: finished scenarios and check-ins on their local days, nothing before joining, "not today" not counted', async () => {
    const now = new Date('2030-03-31T18:00:00Z');
    const joined = new Date('2030-02-20T09:00:00Z');
    const id = nextId++;
    await db.insertInto('users').values({ id, first_name: 'Pia', created_at: joined, last_seen_at: now, time_zone: 'Europe/Berlin' }).execute();
    const checkin = (localDate: string, mood: 'holding' | 'between' | 'letting-go' | 'skipped', at: string) =>
      db.insertInto('reminder_checkins').values({ user_id: id, local_date: localDate, mood, created_at: new Date(at), updated_at: new Date(at) }).execute();
    // In the last 14 days (18-31 March): a run finished at 23:30 UTC on the 29th (the 30th in Berlin), two check-ins, a "not today".
    await finishedRun(id, new Date('2030-03-29T23:30:00Z'));
    await checkin('2030-03-25', 'holding', '2030-03-25T08:00:00Z');
    await checkin('2030-03-27', 'letting-go', '2030-03-27T08:00:00Z');
    await checkin('2030-03-28', 'skipped', '2030-03-28T08:00:00Z');
    // Earlier in the 30 days (2-17 March): two more practice days; before the window: one that must not count.
    await finishedRun(id, new Date('2030-03-05T12:00:00Z'));
    await checkin('2030-03-10', 'between', '2030-03-10T08:00:00Z');
    await finishedRun(id, new Date('2030-02-25T12:00:00Z'));

    const { fromDate, fromInstant } = practiceWindow('2030-03-31', 30);
    const rows = await practiceSince(db, id, fromDate, fromInstant);
    const input = { ...practiceInput(rows, 'Europe/Berlin', joined, now), labels: moodLabels(content) };
    expect([...input.practiceDates].sort()).toEqual(['2030-03-05', '2030-03-10', '2030-03-25', '2030-03-27', '2030-03-30']);
    const text = renderProgress(input, words('en'));
    expect(text).toContain('Last 14 days: <b>3</b>');
    expect(text).toContain('Last 30 days: <b>5</b>');
  });
});

function seededRandom(seed: number): () => number {
  let state = seed % 2 ** 31;
  return () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}
