import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator, type TranscriptEntry } from '@letgo/telegram-emulator';
import type { RunningApp } from '../../src/app.ts';
import { CHECKIN_REPLY_COUNT } from '../../src/reminders/checkin-reply.ts';
import { startTestApp } from '../helpers/app.ts';
import { movableClock } from '../helpers/movable-clock.ts';
import { buttonsOf } from '../helpers/scenario-driver.ts';
import { text } from '../helpers/texts.ts';
import { noonTomorrow } from '../helpers/time.ts';
import { waitFor } from '../helpers/wait.ts';

const DAY = 86_400_000;
const isReminder = (m: TranscriptEntry) => JSON.stringify(m.reply_markup ?? {}).includes('"rc:');
/** The wordings that answer a mood. */
const replies = (mood: string) => Array.from({ length: CHECKIN_REPLY_COUNT }, (_, i) => text(`checkin-reply-${mood}-${i + 1}`));

/**
 * Reminders that follow the person, tried through the emulator as a person would: the
 * contact question, the frequency and weekly-summary buttons, check-in replies that answer
 * the mood, places typed as people write them, and /progress as a chart with a caption.
 */
describe('reminders that follow the person', () => {
  let emulator: Emulator;
  let app: RunningApp;
  const clock = movableClock();
  // Noon (UTC) of a day to come: reminders are set for the evening, so no tick sends one unasked.
  const noon = noonTomorrow();

  beforeAll(async () => {
    emulator = await createEmulator();
    clock.setTo(noon);
    app = await startTestApp(emulator, {}, { clock });
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

  async function settings(userId: number) {
    const { rows } = await sql<{ in_contact: string | null; frequency: string; summary_weekday: number | null; place: string | null }>`
      select in_contact, frequency, summary_weekday, place from reminder_settings where user_id = ${userId}`.execute(app.deps.db);
    return rows[0];
  }

  it('asks once, right after the first set-up, whether the person is still in contact with their ex', async () => {
    const id = 4001;
    expect((await say(id, '/timezone UTC')).text).toContain('Time zone set: UTC');
    const done = await say(id, '/remind 20:00');
    expect(done.text).toContain('every day at 20:00 (UTC)');
    expect(done.text).toContain('are you still in contact with your ex?');
    expect(buttonsOf(done).map((b) => b.text)).toEqual(['Yes, we still talk', 'Not any more', 'It’s complicated']);

    emulator.user(id).pressButton('Not any more');
    const thanks = await emulator.user(id).waitForBotMessage();
    expect(thanks.text).toContain('leave out the reminders about texting or seeing them');
    await waitFor(() => buttonsOf(emulator.user(id).transcript().find((m) => m.message_id === done.message_id)).length === 0);
    expect((await settings(id))?.in_contact).toBe('no');

    // Never again, however the settings change afterwards.
    const again = await say(id, '/remind 21:00');
    expect(again.text).toContain('every day at 21:00 (UTC)');
    expect(again.text).not.toContain('contact');
    expect(buttonsOf(again)).toEqual([]);
  });

  it('sets how often with buttons in /remind, and the weekly summary’s day', async () => {
    const id = 4002;
    await say(id, '/timezone Paris, France');
    await say(id, '/remind 20:30');
    const state = await say(id, '/remind');
    expect(state.text).toContain('every day at 20:30, Paris time');
    expect(state.text).toContain('No weekly summary.');
    expect(buttonsOf(state).map((b) => b.text)).toEqual(expect.arrayContaining(['✓ Every day', 'Weekdays', 'Every other day', 'Weekly summary: off']));

    emulator.user(id).pressButton({ messageId: state.message_id, data: 'Weekdays' });
    const weekdays = await emulator.user(id).waitForEdit({ messageId: state.message_id });
    expect(weekdays.text).toContain('Reminders on weekdays now.');
    expect(weekdays.text).toContain('on weekdays at 20:30, Paris time');
    expect(buttonsOf(weekdays).map((b) => b.text)).toEqual(expect.arrayContaining(['Every day', '✓ Weekdays']));
    expect((await settings(id))?.frequency).toBe('weekdays');

    emulator.user(id).pressButton({ messageId: state.message_id, data: 'Every other day' });
    const everyOther = await emulator.user(id).waitForEdit({ messageId: state.message_id, predicate: (m) => m.text?.includes('every other day at') === true });
    expect(buttonsOf(everyOther).map((b) => b.text)).toContain('✓ Every other day');
    expect((await settings(id))?.frequency).toBe('every-other-day');

    emulator.user(id).pressButton({ messageId: state.message_id, data: 'Weekly summary: off' });
    const picker = await emulator.user(id).waitForEdit({ messageId: state.message_id, predicate: (m) => m.text?.includes('Which day?') === true });
    expect(buttonsOf(picker).map((b) => b.text)).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun', 'No summary']);
    emulator.user(id).pressButton({ messageId: state.message_id, data: 'Sun' });
    const summary = await emulator.user(id).waitForEdit({ messageId: state.message_id, predicate: (m) => m.text?.includes('Sundays') === true });
    expect(summary.text).toContain('Your week’s summary comes on Sundays.');
    expect(buttonsOf(summary).map((b) => b.text)).toContain('Weekly summary: Sun');
    expect((await settings(id))?.summary_weekday).toBe(7);
  });

  it('understands places as people write them, and offers the near miss', async () => {
    const id = 4003;
    expect((await say(id, '/timezone Paris, France')).text).toContain('Time zone set: Paris time.');
    const nearMiss = await say(id, '/timezone Berlim');
    expect(nearMiss.text).toContain('Did you mean Berlin?');
    emulator.user(id).pressButton('Yes, Berlin');
    const set = await emulator.user(id).waitForEdit({ messageId: nearMiss.message_id });
    expect(set.text).toContain('Time zone set: Berlin time.');
    expect(await settings(id)).toMatchObject({ place: 'Berlin' });
    const { rows } = await sql<{ time_zone: string }>`select time_zone from users where id = ${id}`.execute(app.deps.db);
    expect(rows[0]?.time_zone).toBe('Europe/Berlin');

    // Typed during the set-up, too.
    const other = 4004;
    emulator.user(other).sendText('/remind 20:00');
    expect((await emulator.user(other).waitForBotMessage()).text).toContain('Which city are you in?');
    const typed = await say(other, 'Munich');
    expect(typed.text).toContain('Time zone set: Munich time.');
    expect(typed.text).toContain('every day at 20:00, Munich time');
  });

  it('answers each check-in mood in its own words, offers the fitting scenarios when holding on tight, and never the same words twice in a row', async () => {
    const id = 4005;
    const person = emulator.user(id);
    await say(id, '/timezone UTC');
    await say(id, '/remind 20:00');

    /** Sends the reminder of the clock's day now, and returns it. */
    const remind = async () => {
      expect(await app.reminders.sendNow(id)).toEqual({ sent: true });
      return person.waitForBotMessage({ predicate: isReminder });
    };

    const first = await remind();
    person.pressButton({ messageId: first.message_id, data: 'Holding on tight' });
    const holding = await person.waitForBotMessage();
    expect(replies('holding')).toContain(holding.text);
    const offered = buttonsOf(holding);
    expect(offered.map((b) => b.data)).toContain('sx:go:holding-on-check');
    expect(offered.map((b) => b.data).every((d) => d === 'sx:go:holding-on-check' || d === 'sx:go:when-the-urge-hits')).toBe(true);

    // Changing the day's answer answers the new mood.
    person.pressButton({ messageId: first.message_id, data: 'Somewhere between' });
    const between = await person.waitForBotMessage();
    expect(replies('between')).toContain(between.text);
    expect(buttonsOf(between)).toEqual([]);

    // The next two days: holding on tight again, in other words each time.
    clock.setTo(new Date(noon.getTime() + DAY));
    const second = await remind();
    person.pressButton({ messageId: second.message_id, data: 'Holding on tight' });
    const holdingAgain = await person.waitForBotMessage();
    expect(replies('holding')).toContain(holdingAgain.text);

    clock.setTo(new Date(noon.getTime() + 2 * DAY));
    const third = await remind();
    person.pressButton({ messageId: third.message_id, data: 'Holding on tight' });
    const holdingThird = await person.waitForBotMessage();
    expect(holdingThird.text).not.toBe(holdingAgain.text);

    clock.setTo(new Date(noon.getTime() + 3 * DAY));
    const fourth = await remind();
    person.pressButton({ messageId: fourth.message_id, data: 'Letting go' });
    expect(replies('letting-go')).toContain((await person.waitForBotMessage()).text);

    // The offered scenario starts with a tap.
    person.pressButton({ messageId: holding.message_id, data: 'sx:go:holding-on-check' });
    const started = await person.waitForBotMessage();
    expect(started.text ?? '').not.toBe('');
    clock.setTo(noon);
  });

  it('/progress answers with a chart and the numbers as its caption', async () => {
    const id = 4005; // checked in on four days above
    clock.setTo(new Date(noon.getTime() + 3 * DAY));
    const person = emulator.user(id);
    person.sendText('/progress');
    // (Messages of the scenario started above may still be arriving: wait for the answer itself.)
    const progress = await person.waitForBotMessage({ predicate: (m) => `${m.text ?? ''}${m.caption ?? ''}`.includes('Your practice') });
    expect(progress.kind).toBe('photo');
    expect(progress.photo).toMatchObject({ width: 720, height: 320 });
    expect(progress.caption).toContain('Your practice');
    expect(progress.caption).toContain('Since you started (4 days): 4 practice days');
    expect(progress.caption).toContain('Holding on tight: 2');
    expect(progress.caption).toContain('Letting go: 1');
    expect(progress.caption).not.toMatch(/streak/i);
    clock.setTo(noon);
  });
});
