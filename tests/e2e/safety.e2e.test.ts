import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator, type TranscriptEntry, type UserHandle, type UserProfile } from '@letgo/telegram-emulator';
import type { RunningApp } from '../../src/app.ts';
import { startRun, view, type Input, type RunState } from '../../src/scenarios/engine.ts';
import { latestJournalEntries } from '../../src/scenarios/journal.repository.ts';
import { loadScenarios, SCENARIOS_DIR } from '../../src/scenarios/loader.ts';
import { findActiveRun, listAnswers } from '../../src/scenarios/runs.repository.ts';
import { startTestApp } from '../helpers/app.ts';
import { captureLogs } from '../helpers/log-capture.ts';
import { movableClock } from '../helpers/movable-clock.ts';
import {
  countryEntry,
  expectAnswered,
  expectCrisisAnswer,
  expectHelplines,
  expectQuestion,
  expectService,
  isCrisisAnswer,
  isQuestion,
  linkUrls,
  SAFETY_DATA,
  see,
} from '../helpers/safety-chat.ts';
import { buttonsOf, drive, expectShown, plain } from '../helpers/scenario-driver.ts';
import { text } from '../helpers/texts.ts';
import { noonTomorrow } from '../helpers/time.ts';
import { handled, waitFor } from '../helpers/wait.ts';

/**
 * letgo's safety features as a person meets them, through the real bot and the emulator:
 * the crisis answer and its buttons, the direct question, languages, the shorter follow-up,
 * crisis words wherever they are typed, the paused scenario, /sos and /country, safety
 * before contact, the check-in that replaces the next reminder, and what is (not) kept.
 *
 * One app for the whole file (start-up is the slow part). Its clock starts three hours
 * before noon UTC of a day to come and only ever moves forward: minutes for the follow-up,
 * then to noon for the reminders, last.
 */

const ACT = 'im going to kill myself tonight';
const CUE = 'honestly i dont see the point of anything anymore';
const WAIT = 30_000;

const catalog = await loadScenarios(SCENARIOS_DIR);
const reachOut = catalog.get('before-you-reach-out', 'en')!;
const holdingOn = catalog.get('holding-on-check', 'en')!;

describe('safety, as a person meets it', () => {
  let emulator: Emulator;
  let app: RunningApp;
  const clock = movableClock();
  const noon = noonTomorrow();
  const logs = captureLogs('debug');
  /** Everyone who wrote, and words typed outside their transcript (edits), for the privacy check. */
  const people = new Set<number>();
  const typedElsewhere: string[] = [];

  beforeAll(async () => {
    clock.setTo(noon, 3 * 3_600_000);
    emulator = await createEmulator();
    app = await startTestApp(emulator, {}, { clock, logger: logs.logger });
  }, 120_000);
  afterAll(async () => {
    await app?.stop();
    await emulator?.close();
  }, 120_000);

  const person = (id: number, profile?: UserProfile): UserHandle => {
    people.add(id);
    return emulator.user(id, profile);
  };
  const db = () => app.deps.db;
  const next = (user: UserHandle): Promise<TranscriptEntry> => user.waitForBotMessage({ timeoutMs: WAIT });
  const nextN = (user: UserHandle, count: number): Promise<TranscriptEntry[]> => user.waitForBotMessage({ count, timeoutMs: WAIT });
  /** Sends, and returns the first reply once the bot has finished with the message (its writes are in). */
  const say = async (user: UserHandle, words: string): Promise<TranscriptEntry> => {
    const update = user.sendText(words);
    const reply = await next(user);
    await handled(db(), update, WAIT);
    return reply;
  };
  const tap = (user: UserHandle, message: TranscriptEntry, data: string) => user.pressButton({ messageId: message.message_id, data });
  const advance = (ms: number) => clock.setTo(new Date(clock.now().getTime() + ms));
  const userRow = (id: number) => db().selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  /** Bot messages after a given message of the chat. */
  const botMessagesAfter = (user: UserHandle, messageId: number) => user.transcript().filter((m) => m.from === 'bot' && m.message_id > messageId);

  /** Starts a scenario by deep link and checks its first step arrived. */
  async function start(user: UserHandle, scenario: typeof reachOut): Promise<RunState> {
    const first = startRun(scenario);
    user.sendText(`/start ${scenario.id}`);
    expectShown(await nextN(user, first.view.texts.length), first.view);
    return first.state;
  }
  const run = async (userId: number) => {
    const found = await findActiveRun(db(), userId);
    if (!found) throw new Error(`no open run for ${String(userId)}`);
    return found;
  };

  describe('an act or a plan gets help at once', { timeout: 90_000 }, () => {
    it("shows the emergency number and helplines of the person's country, and says how the country was found", async () => {
      // Germany, from the time zone.
      const berlin = person(6101);
      await say(berlin, '/timezone Europe/Berlin');
      const german = await say(berlin, ACT);
      expectCrisisAnswer(german, { country: 'DE', source: 'time-zone' });
      expect(german.text).toContain('112');
      expect(german.text).toContain('TelefonSeelsorge');

      // Canada, chosen with /country.
      const toronto = person(6102);
      expect((await say(toronto, '/country Canada')).text).toBe(see('country-set', { country: 'Canada' }));
      const canadian = await say(toronto, ACT);
      expectCrisisAnswer(canadian, { country: 'CA', source: 'setting' });
      expect(canadian.text).toContain('911');
      expect(canadian.text).toContain('988');

      // Nothing known: the local emergency number in words, the directory, and how to say where.
      const somewhere = person(6103);
      const unknown = await say(somewhere, 'I have pills and I will take them all tonight');
      expectCrisisAnswer(unknown, { country: null, source: 'unknown' });
      expect(unknown.text).toContain('/country Canada');
    });

    it('has four buttons that each work: safe for now, helplines again, a safety plan, pause reminders', async () => {
      const toronto = emulator.user(6102);
      const answer = toronto.transcript().filter((m) => m.from === 'bot' && isCrisisAnswer(m)).at(-1)!;

      const safe = tap(toronto, answer, SAFETY_DATA.safe);
      expect((await next(toronto)).text).toBe(see('crisis-safe-reply'));
      // The tap is answered, so the button stops spinning.
      await emulator.waitForCall('answerCallbackQuery', (p) => p.callback_query_id === safe.callback_query?.id, WAIT);

      tap(toronto, answer, SAFETY_DATA.lines);
      expectHelplines(await next(toronto), { country: 'CA', source: 'setting' });

      tap(toronto, answer, SAFETY_DATA.pause);
      expect((await next(toronto)).text).toBe(see('crisis-reminders-none'));

      tap(toronto, answer, SAFETY_DATA.plan);
      const [intro, first] = await nextN(toronto, 2);
      expect(intro!.text).toBe(see('plan-intro'));
      expect(first!.text).toBe(see('plan-q-signs'));
      expect(buttonsOf(first).map((b) => b.text)).toEqual([see('plan-skip')]);
      toronto.sendText('/cancel');
      expect((await next(toronto)).text).toBe(see('plan-stopped'));

      // With daily reminders on, the last button pauses them (and the next one is not sent: see below).
      const remi = person(6104);
      await say(remi, '/timezone UTC');
      await say(remi, '/remind 12:00');
      expect((await userRow(6104)).time_zone).toBe('UTC');
      const crisis = await say(remi, ACT);
      expectCrisisAnswer(crisis, { country: null, source: 'unknown' });
      tap(remi, crisis, SAFETY_DATA.pause);
      expect((await next(remi)).text).toBe(see('crisis-reminders-paused'));
    });
  });

  describe('a risk cue gets a direct question first', { timeout: 90_000 }, () => {
    it('Yes and "I\'m not sure" lead to the crisis answer; the question shows the chosen answer', async () => {
      for (const [id, answer] of [[6201, 'yes'], [6202, 'unsure']] as const) {
        const user = person(id);
        const question = await say(user, CUE);
        expectQuestion(question);
        tap(user, question, answer === 'yes' ? SAFETY_DATA.yes : SAFETY_DATA.unsure);
        expectCrisisAnswer(await next(user), { country: null, source: 'unknown' });
        expectAnswered(await user.waitForEdit({ messageId: question.message_id, timeoutMs: WAIT }), answer);
      }
    });

    it('No gets a warm acknowledgement and nothing else', async () => {
      const user = person(6203);
      const question = await say(user, CUE);
      const answered = tap(user, question, SAFETY_DATA.no);
      const reply = await next(user);
      expect(reply.text).toBe(see('safety-no-reply'));
      await handled(db(), answered, WAIT);
      expectAnswered(await user.waitForEdit({ messageId: question.message_id, timeoutMs: WAIT }), 'no');
      expect((await userRow(6203)).crisis_answered_at).toBeNull();
    });

    it('a typed "yes" or "no" answers it too, and only while it waits', async () => {
      const yes = person(6204);
      expectQuestion(await say(yes, CUE));
      expectCrisisAnswer(await say(yes, 'yes'), { country: null, source: 'unknown' });

      const no = person(6205);
      expectQuestion(await say(no, CUE));
      expect((await say(no, 'no')).text).toBe(see('safety-no-reply'));
      // Answered: a later "yes" is just a word again.
      expect((await say(no, 'yes')).text).toBe(see('free-text'));
    });

    it('mid-scenario, No brings the SAME step back, whose buttons work, and the run goes on from there', async () => {
      const user = person(6206);
      const state = await start(user, reachOut);
      const step = user.transcript().at(-1)!;
      const question = await say(user, CUE);
      expectQuestion(question);
      expect((await run(6206)).paused_at).not.toBeNull();

      tap(user, question, SAFETY_DATA.no);
      const [warm, again] = await nextN(user, 2);
      expect(warm!.text).toBe(`${see('safety-no-reply')}\n\n${see('safety-no-back')}`);
      expectShown([again!], view(reachOut, state));
      expectAnswered(await user.waitForEdit({ messageId: question.message_id, timeoutMs: WAIT }), 'no');
      // The old copy of the step lost its buttons; the new one has them.
      await waitFor(() => buttonsOf(user.transcript().find((m) => m.message_id === step.message_id)).length === 0, WAIT, 'old step without buttons');

      const moved = await drive(user, reachOut, [{ kind: 'tap', optionId: 'their-no' }], state);
      expect(moved.stepId).toBe('fear');
      expect(await run(6206)).toMatchObject({ step_id: 'fear', paused_at: null });
      expect((await listAnswers(db(), (await run(6206)).id)).map((a) => a.step_id)).toEqual(['status']);
    });

    it('"no estoy a salvo" from a Spanish speaker is never read as "No, I\'m safe"', async () => {
      const ana = person(6207, { language_code: 'es' });
      expectQuestion(await say(ana, 'ya no quiero vivir'), 'es');
      const reply = await say(ana, 'no estoy a salvo');
      expect(reply.text).not.toContain(see('safety-no-reply', undefined, 'es'));
      // The question still waits for her answer.
      expect((await userRow(6207)).safety_question_at).not.toBeNull();
      expectCrisisAnswer(await say(ana, 'sí'), { language: 'es', country: null, source: 'unknown' });
    });
  });

  describe('language', { timeout: 90_000 }, () => {
    it('answers in the language the words were written in', async () => {
      const ana = person(6301, { language_code: 'es' });
      expectCrisisAnswer(await say(ana, 'ya no quiero vivir, me voy a matar'), { language: 'es', country: null, source: 'unknown' });

      // German Telegram, English words: English, with Germany's services (from the language).
      const jonas = person(6302, { language_code: 'de' });
      expectCrisisAnswer(await say(jonas, ACT), { language: 'en', country: 'DE', source: 'language' });

      const layla = person(6303);
      expectCrisisAnswer(await say(layla, 'أريد أن أقتل نفسي'), { language: 'ar', country: null, source: 'unknown' });
    });
  });

  describe('a second crisis answer soon after', { timeout: 90_000 }, () => {
    it('is the shorter follow-up within ten minutes, the full answer again after', async () => {
      const user = person(6401);
      await say(user, '/country GB');
      expectCrisisAnswer(await say(user, ACT), { country: 'GB', source: 'setting' });
      advance(5 * 60_000);
      expectCrisisAnswer(await say(user, 'I am going to end my life tonight'), { country: 'GB', source: 'setting', followUp: true });
      // Ten minutes counted from the last answer.
      advance(11 * 60_000);
      expectCrisisAnswer(await say(user, ACT), { country: 'GB', source: 'setting' });
    });
  });

  describe('wherever a person types', { timeout: 90_000 }, () => {
    it('an edited message with crisis language gets the answer; an ordinary edit gets nothing', async () => {
      const user = person(6501);
      const sent = user.sendText('rough week, hello');
      expect((await next(user)).text).toBe(see('free-text'));
      const edit = (words: string) => {
        typedElsewhere.push(words);
        return emulator.enqueue({ edited_message: { ...sent.message!, text: words, edit_date: Math.floor(Date.now() / 1000) } });
      };
      edit(ACT);
      expectCrisisAnswer(await next(user), { country: null, source: 'unknown' });
      const count = user.transcript().length;
      const quiet = edit('rough week, hello again');
      await handled(db(), quiet, WAIT);
      expect(user.transcript()).toHaveLength(count);
    });

    it('the caption of a photo or a document gets the answer', async () => {
      const photo = person(6502);
      photo.sendPhoto({ caption: ACT });
      expectCrisisAnswer(await next(photo), { country: null, source: 'unknown' });

      const doc = person(6503);
      doc.sendMessage({
        document: { file_id: 'letter-1', file_unique_id: 'letter-1u', file_name: 'letter.txt', mime_type: 'text/plain', file_size: 12 },
        caption: 'I have pills and I will take them all tonight',
      });
      expectCrisisAnswer(await next(doc), { country: null, source: 'unknown' });
    });

    it('at a choice step: the answer, the run paused, nothing saved; typed words get the paused note; a tap on the step goes on', async () => {
      const user = person(6504);
      const state = await start(user, reachOut);
      const sent = user.sendText(ACT);
      expectCrisisAnswer(await next(user), { country: null, source: 'unknown', runPaused: true });
      await handled(db(), sent, WAIT);
      expect(botMessagesAfter(user, sent.message!.message_id)).toHaveLength(1); // no refusal, nothing else
      const paused = await run(6504);
      expect(paused).toMatchObject({ step_id: 'status' });
      expect(paused.paused_at).not.toBeNull();
      expect(await listAnswers(db(), paused.id)).toEqual([]);

      // Typed words while paused are not an answer.
      expect((await say(user, 'still in touch i guess')).text).toBe(see('paused', { title: reachOut.title }));
      expect(await listAnswers(db(), paused.id)).toEqual([]);

      // A tap on the step's own button goes on.
      const moved = await drive(user, reachOut, [{ kind: 'tap', optionId: 'talking' }], state);
      expect(moved.stepId).toBe('fear');
      expect(await run(6504)).toMatchObject({ step_id: 'fear', paused_at: null });
    });

    it('at a checklist step: the answer, and the list as it was', async () => {
      const user = person(6505);
      const state = await start(user, holdingOn);
      const ticked = await drive(user, holdingOn, [{ kind: 'toggle', itemId: 'begging' }], state);
      const sent = user.sendText(ACT);
      expectCrisisAnswer(await next(user), { country: null, source: 'unknown', runPaused: true });
      await handled(db(), sent, WAIT);
      expect(botMessagesAfter(user, sent.message!.message_id)).toHaveLength(1);
      const paused = await run(6505);
      expect(paused).toMatchObject({ step_id: 'habits', vars: ticked.vars });
      expect(await listAnswers(db(), paused.id)).toEqual([]);
      // Done on the list carries on with what was ticked.
      const done = await drive(user, holdingOn, [{ kind: 'done' }], ticked);
      expect((await listAnswers(db(), paused.id)).map((a) => a.value)).toEqual([['begging']]);
      expect(done.stepId).not.toBe('habits');
    });

    it('as a journal answer: the answer, no journal entry; /scenarios offers Continue, and then the journal takes words again', async () => {
      const user = person(6506);
      let state = await start(user, reachOut);
      state = await drive(user, reachOut, [{ kind: 'tap', optionId: 'blocked' }, { kind: 'tap', optionId: 'never' }], state);
      expect(state.stepId).toBe('journal');
      const sent = user.sendText(ACT);
      expectCrisisAnswer(await next(user), { country: null, source: 'unknown', runPaused: true });
      await handled(db(), sent, WAIT);
      expect(await latestJournalEntries(db(), 6506, 0, 10)).toEqual([]);
      const paused = await run(6506);
      expect((await listAnswers(db(), paused.id)).map((a) => a.step_id)).toEqual(['status', 'fear']);

      // Still paused: typed words are not a journal entry.
      expect((await say(user, 'some plain words about my day')).text).toBe(see('paused', { title: reachOut.title }));
      expect(await latestJournalEntries(db(), 6506, 0, 10)).toEqual([]);

      const menu = await say(user, '/scenarios');
      expect(menu.text?.startsWith(see('scenarios-in-run', { title: reachOut.title }))).toBe(true);
      const resume = buttonsOf(menu)[0]!;
      expect(resume.text).toBe(see('scenarios-continue', { title: reachOut.title }));
      user.pressButton({ messageId: menu.message_id, data: resume.data });
      expectShown(await nextN(user, 1), view(reachOut, state));

      const words = 'Writing it here helps a little.';
      const end = await drive(user, reachOut, [{ kind: 'text', text: words } satisfies Input], state);
      expect(end.stepId).toBe('end-journal');
      expect((await latestJournalEntries(db(), 6506, 0, 10)).map((e) => e.text)).toEqual([words]);
    });

    it('a breakup idiom gets no safety answer', async () => {
      const user = person(6507);
      const reply = await say(user, 'this breakup is killing me lol');
      expect(reply.text).toBe(see('free-text'));
      expect(isCrisisAnswer(reply) || isQuestion(reply)).toBe(false);
      const row = await userRow(6507);
      expect(row.crisis_answered_at).toBeNull();
      expect(row.safety_question_at).toBeNull();
    });
  });

  describe('/sos and /country', { timeout: 90_000 }, () => {
    it('/sos shows the helplines any time; /country takes native names and is kind about nonsense', async () => {
      const user = person(6701);
      expectHelplines(await say(user, '/sos'), { country: null, source: 'unknown' });
      expect((await say(user, '/country')).text).toBe(see('country-none'));
      expect((await say(user, '/country Deutschland')).text).toBe(see('country-set', { country: 'Germany' }));
      expect((await say(user, '/country')).text).toBe(see('country-current', { country: 'Germany' }));
      expectHelplines(await say(user, '/sos'), { country: 'DE', source: 'setting' });
      expect((await say(user, '/country nonsense')).text).toBe(see('country-unknown', { input: 'nonsense' }));
      expect((await userRow(6701)).country).toBe('DE');

      // Mid-scenario too, and the run is not disturbed.
      const state = await start(user, reachOut);
      expectHelplines(await say(user, '/sos'), { country: 'DE', source: 'setting' });
      expect(await run(6701)).toMatchObject({ step_id: state.stepId, paused_at: null });
    });

    it('is listed in /help and in the command menu Telegram shows', async () => {
      const user = person(6702);
      const help = await say(user, '/help');
      for (const command of ['sos', 'safetyplan', 'country']) expect(help.text).toContain(`/${command} - ${see(`command-${command}`)}`);
      expect(emulator.commands()).toContainEqual({ command: 'sos', description: text('command-sos') });
    });
  });

  describe('safety before contact', { timeout: 90_000 }, () => {
    it('"still in touch" and "felt afraid: yes" show the domestic-abuse services of their country and never ask for a draft', async () => {
      const user = person(6901);
      await say(user, '/country Germany');
      let state = await start(user, reachOut);
      state = await drive(user, reachOut, [{ kind: 'tap', optionId: 'talking' }, { kind: 'tap', optionId: 'afraid' }], state);
      expect(state.stepId).toBe('safe-end');

      const abuse = user.transcript().filter((m) => m.from === 'bot' && (m.text ?? '').startsWith(see('abuse-intro')));
      expect(abuse).toHaveLength(1);
      const body = abuse[0]!.text!;
      const germany = countryEntry('DE');
      expect(germany.domesticViolence.length).toBeGreaterThan(0);
      for (const service of germany.domesticViolence) expectService(body, service);
      expect(body).toContain('116 016');
      expect(body).toContain(see('abuse-directory', { url: 'https://findahelpline.com/DE' }));
      expect(linkUrls(abuse[0]!)).toContain('https://findahelpline.com/DE');
      expect(body).toContain(see('crisis-emergency', { number: germany.emergency }));
      expect(body.endsWith(see('crisis-country-setting', { country: 'Germany' }))).toBe(true);

      const draft = reachOut.steps.find((s) => s.id === 'draft');
      expect(draft?.type).toBe('text');
      const prompt = draft?.type === 'text' ? plain(draft.prompt) : '';
      expect(prompt).not.toBe('');
      expect(user.transcript().some((m) => m.from === 'bot' && m.text === prompt)).toBe(false);
      const runs = await db().selectFrom('scenario_runs').selectAll().where('user_id', '=', 6901).execute();
      expect(runs).toHaveLength(1);
      expect(runs[0]).toMatchObject({ status: 'finished', step_id: 'safe-end' });
      expect((await listAnswers(db(), runs[0]!.id)).map((a) => a.step_id)).toEqual(['status', 'fear']);
    });
  });

  describe('the next daily reminder after a crisis answer', { timeout: 90_000 }, () => {
    it('is a gentle check-in with the helplines button and no mood buttons', async () => {
      const ida = person(7001);
      const control = person(7002);
      for (const user of [ida, control]) {
        await say(user, '/timezone UTC');
        await say(user, '/remind 12:00');
      }
      expectCrisisAnswer(await say(ida, ACT), { country: null, source: 'unknown' });
      expect((await userRow(7001)).crisis_checkin_due).toBe(true);

      const pausedChat = emulator.transcript(6104).length;
      clock.setTo(noon, -1_500);
      await app.reminders.runOnce();
      const checkin = await ida.waitForBotMessage({ predicate: (m) => m.text === see('checkin-after-crisis'), timeoutMs: WAIT });
      expect(buttonsOf(checkin)).toEqual([
        { text: see('checkin-button-lines'), data: SAFETY_DATA.lines },
        { text: see('checkin-button-okay'), data: SAFETY_DATA.safe },
      ]);
      // Everyone else gets their usual reminder, with the mood buttons.
      const usual = await control.waitForBotMessage({ predicate: (m) => buttonsOf(m).some((b) => b.data.startsWith('rc:')), timeoutMs: WAIT });
      expect(usual.text).not.toBe(see('checkin-after-crisis'));
      await app.reminders.idle();
      // The person who paused their reminders from the crisis answer gets nothing.
      expect(emulator.transcript(6104)).toHaveLength(pausedChat);
      // Only one check-in is owed.
      await waitFor(async () => (await userRow(7001)).crisis_checkin_due === false, WAIT, 'check-in no longer owed');

      tap(ida, checkin, SAFETY_DATA.lines);
      expectHelplines(await next(ida), { country: null, source: 'unknown' });
      tap(ida, checkin, SAFETY_DATA.safe);
      expect((await next(ida)).text).toBe(see('crisis-safe-reply'));
    });
  });

  describe('privacy', { timeout: 90_000 }, () => {
    it('keeps only day, tier, family and count of safety events, and never logs what anyone wrote', async () => {
      const rows = await db().selectFrom('safety_events').selectAll().execute();
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect(Object.keys(row).sort()).toEqual(['count', 'day', 'family', 'tier']);
        expect(['act', 'cue', 'answer-no', 'sos']).toContain(row.tier);
      }
      const count = (tier: string, family: string) => rows.filter((r) => r.tier === tier && r.family === family).reduce((n, r) => n + Number(r.count), 0);
      expect(count('act', 'en.intent')).toBeGreaterThan(0);
      expect(count('act', 'es.intent')).toBeGreaterThan(0);
      expect(count('act', 'ar.intent')).toBeGreaterThan(0);
      expect(count('act', 'answer-yes')).toBeGreaterThan(0);
      expect(count('act', 'answer-unsure')).toBe(1);
      expect(count('cue', 'en.passive-wish')).toBeGreaterThan(0);
      expect(count('answer-no', 'answer-no')).toBe(3);

      const lines = logs.lines();
      expect(lines.some((l) => l.level === 20)).toBe(true); // debug lines were written
      expect(lines.some((l) => l.msg === 'crisis answer sent' && l.tier === 'act')).toBe(true);
      const logged = JSON.stringify(lines);
      const stored = JSON.stringify(rows);
      const written = [...people].flatMap((id) =>
        emulator.transcript(id).flatMap((m) => (m.from === 'user' ? [m.text, m.caption].filter((w): w is string => w !== undefined) : [])),
      );
      const words = [...new Set([...written, ...typedElsewhere])].filter((w) => w.length >= 8);
      expect(words).toContain(ACT);
      for (const w of words) {
        const asJson = JSON.stringify(w).slice(1, -1);
        expect(logged.includes(asJson), `the logs contain "${w}"`).toBe(false);
        expect(stored.includes(asJson), `safety_events contain "${w}"`).toBe(false);
      }
    });
  });
});
