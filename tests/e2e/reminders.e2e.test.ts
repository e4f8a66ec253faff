import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { createEmulator, DEFAULT_EMULATOR_TOKEN, type Emulator, type TranscriptEntry } from '@letgo/telegram-emulator';
import { noonTomorrow } from '../helpers/time.ts';
import { movableClock } from '../helpers/movable-clock.ts';
import { waitFor } from '../helpers/wait.ts';

const isReminder = (m: TranscriptEntry) => JSON.stringify(m.reply_markup ?? {}).includes('"rc:');
const reminders = (emulator: Emulator, chatId: number) => emulator.transcript(chatId).filter((m) => m.from === 'bot' && isReminder(m));
const sendsTo = (emulator: Emulator, chatId: number) =>
  emulator.calls('sendMessage').filter((c) => Number(c.params.chat_id) === chatId && JSON.stringify(c.params).includes('rc:'));
const hhmm = (d: Date) => d.toISOString().slice(11, 16);

async function deliveryStatus(app: RunningApp, userId: number): Promise<string[]> {
  const { rows } = await sql<{ status: string }>`select status from reminder_deliveries where user_id = ${userId} order by local_date`.execute(app.deps.db);
  return rows.map((r) => r.status);
}

describe('daily reminders, tried as a person would', () => {
  let emulator: Emulator;
  let app: RunningApp;
  const clock = movableClock();
  // Noon (UTC) of a day to come, whatever the wall clock says: the bot's clock is moved to
  // just before it, so "today at 12:00" holds even when the test runs near midnight.
  const due = noonTomorrow();

  beforeAll(async () => {
    emulator = await createEmulator();
    clock.setTo(due, 90_000);
    const config = loadConfig({
      BOT_TOKEN: DEFAULT_EMULATOR_TOKEN,
      TELEGRAM_API_ROOT: emulator.apiRoot,
      DATA_DIR: 'memory://',
      PORT: '0',
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      REMINDER_TICK: '*/1 * * * * *',
    });
    app = await startApp({ ...config, botToken: config.botToken! }, { logger: createLogger(config.logLevel), clock, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await app?.stop();
    await emulator?.close();
  });

  async function say(userId: number, text: string): Promise<TranscriptEntry> {
    const user = emulator.user(userId);
    user.sendText(text);
    return user.waitForBotMessage();
  }

  it('gets a new person set up with taps and one typed word', async () => {
    const fay = emulator.user(3001, { first_name: 'Fay' });
    fay.sendText('/start');
    const welcome = await fay.waitForBotMessage();
    expect(welcome.text).toContain('Daily reminders');
    fay.pressButton('Daily reminders');
    const offer = await fay.waitForBotMessage();
    expect(offer.text).toMatch(/reminder once a day/);
    fay.pressButton('20:00');
    const ask = await fay.waitForEdit({ messageId: offer.message_id });
    expect(ask.text).toMatch(/Which city are you in\?/);
    fay.sendText('Berlin');
    const done = await fay.waitForBotMessage();
    expect(done.text).toContain('Time zone set: Berlin time');
    expect(done.text).toContain('every day at 20:00, Berlin time');
    expect(done.text).toMatch(/Next: (today|tomorrow) at 20:00\./);
    // The city was the one word captured: the next text goes to the rest of the bot again.
    expect((await say(3001, 'Paris')).text).not.toContain('Time zone set');
    expect((await say(3001, '/remind')).text).toContain('Daily reminders are on');
  });

  it('answers invalid input with a friendly line and an example', async () => {
    expect((await say(3002, '/remind 25:00')).text).toContain('e.g. /remind 20:30');
    expect((await say(3002, '/timezone Narnia')).text).toContain('e.g. /timezone Europe/Berlin');
    expect((await say(3002, '/pause forever')).text).toContain('e.g. /pause 7');
    expect((await say(3002, '/remind')).text).toContain('off');
  });

  it('sends exactly one reminder in the chosen minute, with working check-ins; off, blocked and 429 behave', async () => {
    const [ann, bo, cy, ed, di] = [3101, 3102, 3103, 3104, 3105];
    for (const id of [ann, bo, cy, ed, di]) {
      expect((await say(id, '/timezone UTC')).text).toContain('Time zone set: UTC');
      const confirm = await say(id, `/remind ${hhmm(due)}`);
      expect(confirm.text).toContain(`Next: today at ${hhmm(due)}.`);
    }
    expect((await say(bo, '/remind off')).text).toContain('off');
    emulator.user(cy).blockBot(); // the bot hears of it through my_chat_member
    await waitFor(async () => (await sql<{ b: boolean }>`select blocked_at is not null as b from users where id = ${cy}`.execute(app.deps.db)).rows[0]?.b === true);
    emulator.faults.add({ method: 'sendMessage', chatId: ed, errorCode: 403, times: Infinity }); // blocked, the bot does not know yet
    emulator.faults.add({ method: 'sendMessage', chatId: di, errorCode: 429, retryAfter: 1 });

    clock.setTo(due, 1_500);
    const reminder = await emulator.user(ann).waitForBotMessage({ predicate: isReminder, timeoutMs: 8_000 });
    expect(reminder.text).toContain('How tightly are you holding on today?');
    await emulator.user(di).waitForBotMessage({ predicate: isReminder, timeoutMs: 8_000 });
    await waitFor(async () => (await deliveryStatus(app, ed)).includes('blocked'), 8_000, "ed's 403");

    expect(reminders(emulator, ann)).toHaveLength(1);
    expect(reminders(emulator, di)).toHaveLength(1);
    expect(sendsTo(emulator, di)).toHaveLength(2); // the 429, then the retry
    expect(sendsTo(emulator, bo)).toHaveLength(0);
    expect(sendsTo(emulator, cy)).toHaveLength(0);
    expect(sendsTo(emulator, ed)).toHaveLength(1);
    expect(await deliveryStatus(app, ann)).toEqual(['sent']);

    // One tap checks in; the chosen answer gets a tick; a second tap on it is answered kindly.
    const tap = emulator.user(ann).pressButton('Letting go');
    const answered = await emulator.waitForCall('answerCallbackQuery', (p) => p.callback_query_id === tap.callback_query?.id);
    expect(answered.params.text).toContain('Noted: Letting go');
    const ticked = await emulator.user(ann).waitForEdit({ messageId: reminder.message_id });
    expect(JSON.stringify(ticked.reply_markup)).toContain('✓ Letting go');
    await emulator.user(ann).waitForBotMessage(); // a few words that answer the mood
    const again = emulator.user(ann).pressButton('✓ Letting go');
    expect((await emulator.waitForCall('answerCallbackQuery', (p) => p.callback_query_id === again.callback_query?.id)).params.text).toContain('Already noted');
    const progress = await say(ann, '/progress');
    expect(progress.caption).toContain('Letting go: 1');
    expect(progress.caption).toContain(': 1 practice day'); // counted, never a streak

    // Forged buttons are ignored or answered gently, never an error.
    for (const data of ['rc:2026-02-30:l', 'rc:1999-01-01:l', 'rm:t:9999', 'rc:x']) {
      const forged = emulator.user(ann).pressRaw(reminder.message_id, data);
      await emulator.waitForCall('answerCallbackQuery', (p) => p.callback_query_id === forged.callback_query?.id);
    }
    expect(emulator.transcript(ann).filter((m) => m.from === 'bot' && /went wrong/.test(m.text ?? ''))).toEqual([]);

    // No second reminder the same day: a new time later today is scheduled for tomorrow.
    const later = new Date(due.getTime() + 60_000);
    expect((await say(ann, `/remind ${hhmm(later)}`)).text).toContain(`Next: tomorrow at ${hhmm(later)}.`);
    clock.setTo(later, -1_500);
    const sendsBefore = emulator.calls('sendMessage').length;
    await app.reminders.runOnce(); // a tick at the new time finds nothing due
    await app.reminders.idle();
    expect(emulator.calls('sendMessage').length).toBe(sendsBefore);
    expect(reminders(emulator, ann)).toHaveLength(1);

    // The next day: the people still subscribed get the next one; the blocked ones are not tried.
    clock.setTo(new Date(later.getTime() + 86_400_000), -500);
    await emulator.user(ann).waitForBotMessage({ predicate: isReminder, timeoutMs: 8_000 });
    expect(reminders(emulator, ann)).toHaveLength(2);
    expect(reminders(emulator, ann)[0]!.text).not.toBe(reminders(emulator, ann)[1]!.text);
    expect(sendsTo(emulator, ed)).toHaveLength(1);
    expect(sendsTo(emulator, cy)).toHaveLength(0);
    expect(sendsTo(emulator, bo)).toHaveLength(0);

    // Yesterday's buttons still work: the check-in lands on yesterday.
    emulator.user(ann).pressButton({ messageId: reminder.message_id, data: 'Somewhere between' });
    await waitFor(async () => {
      const { rows } = await sql<{ mood: string }>`select mood from reminder_checkins where user_id = ${ann} and local_date = ${due.toISOString().slice(0, 10)}::date`.execute(app.deps.db);
      return rows[0]?.mood === 'between';
    });
  });
});
