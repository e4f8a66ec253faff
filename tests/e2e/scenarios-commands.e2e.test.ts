import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.ts';
import { createEmulator, type Emulator, type TranscriptEntry, type UserHandle } from '@letgo/telegram-emulator';
import { conversationStateSize } from '../../src/db/conversation-states.repository.ts';
import { startRun } from '../../src/scenarios/engine.ts';
import { addJournalEntry } from '../../src/scenarios/journal.repository.ts';
import { findActiveRun, findRun } from '../../src/scenarios/runs.repository.ts';
import { sweepIdleRuns } from '../../src/scenarios/idle-sweep.ts';
import { startTestApp } from '../helpers/app.ts';
import { buttonsOf, expectShown, findButton } from '../helpers/scenario-driver.ts';


/** A clock the test can move forward, to reach idle expiry without waiting a day. */
const offset = { ms: 0 };
const clock = { now: () => new Date(Date.now() + offset.ms) };
const DAY = 24 * 60 * 60 * 1000;

describe('scenarios in the chat: commands, stale and forged buttons, crisis, limits, journal, idle', () => {
  let emulator: Emulator;
  let app: RunningApp;
  beforeAll(async () => {
    emulator = await createEmulator();
    app = await startTestApp(emulator, {}, { clock, scenarioIdleMs: DAY });
  });
  afterAll(async () => {
    await app?.stop();
    await emulator?.close();
  });

  /** `/start <id>`, then the first step's messages. */
  async function start(user: UserHandle, scenarioId: string): Promise<TranscriptEntry[]> {
    const scenario = app.deps.scenarios.get(scenarioId)!;
    const first = startRun(scenario);
    user.sendText(`/start ${scenarioId}`);
    const messages = await user.waitForBotMessage({ count: first.view.texts.length });
    expectShown(messages, first.view);
    return messages;
  }

  /** A tap's answerCallbackQuery, as the emulator received it. */
  async function answerTo(update: { callback_query?: { id: string } }) {
    const id = update.callback_query!.id;
    return (await emulator.waitForCall('answerCallbackQuery', (p) => p.callback_query_id === id)).params;
  }

  /** Everything the bot sent in this chat after a message id. */
  function botMessagesAfter(user: UserHandle, messageId: number): TranscriptEntry[] {
    return user.transcript().filter((m) => m.from === 'bot' && m.message_id > messageId);
  }

  /** Sends /help and returns what the bot sent since `mark` (the help included): proof nothing else came. */
  async function quietSince(user: UserHandle, mark: number): Promise<TranscriptEntry[]> {
    user.sendText('/help');
    await user.waitForBotMessage({ predicate: (m) => m.text?.includes('/scenarios') === true });
    return botMessagesAfter(user, mark).filter((m) => !m.text?.startsWith('Here is what I can do'));
  }

  it('/scenarios lists every scenario, one line and one button each', async () => {
    const ann = emulator.user(3001);
    ann.sendText('/scenarios');
    const menu = await ann.waitForBotMessage();
    const go = buttonsOf(menu).filter((b) => b.data.startsWith('sx:go:'));
    expect(go.length).toBeGreaterThanOrEqual(8);
    expect(go.map((b) => b.data.slice(6))).toEqual(app.deps.scenarios.list.map((s) => s.id));
    for (const s of app.deps.scenarios.list) expect(menu.text).toContain(s.title);
  });

  it('the main menu button opens the scenarios menu', async () => {
    const bo = emulator.user(3002);
    bo.sendText('/start');
    await bo.waitForBotMessage();
    bo.pressButton('menu:scenarios');
    const menu = await bo.waitForBotMessage();
    expect(buttonsOf(menu).filter((b) => b.data.startsWith('sx:go:')).length).toBe(app.deps.scenarios.list.length);
  });

  it('/start with an unknown scenario id answers kindly and shows the menu', async () => {
    const cy = emulator.user(3003);
    cy.sendText('/start no-such-thing');
    const reply = await cy.waitForBotMessage();
    expect(reply.text).toContain('I don’t know a conversation called “no-such-thing”'.replace('’', "'"));
    expect(buttonsOf(reply).some((b) => b.data.startsWith('sx:go:'))).toBe(true);
  });

  it('/help mid-scenario answers and the scenario stays where it was', async () => {
    const di = emulator.user(3004);
    await start(di, 'what-is-letting-go');
    di.sendText('/help');
    expect((await di.waitForBotMessage()).text).toContain('/cancel');
    di.pressButton(findButton(di, /^sc:\d+:sounds-like:relief$/));
    const [feedback, ...next] = await di.waitForBotMessage({ count: 4 });
    expect(feedback!.text).toMatch(/^Good\. Keep that feeling close/);
    expect(buttonsOf(next.at(-1)).map((b) => b.data)).toContainEqual(expect.stringMatching(/:which-is-yours:how$/));
    // To the end; then a button of the finished run only says it has ended.
    const old = findButton(di, /^sc:\d+:which-is-yours:how$/);
    di.pressButton(old);
    const [, end] = await di.waitForBotMessage({ count: 2 });
    expect(buttonsOf(end).map((b) => b.data)).toEqual(['sx:go:holding-on-check', 'sx:go:letting-go-quiz', 'menu:scenarios']);
    const tap = di.pressRaw(old.messageId, old.data);
    expect((await answerTo(tap)).text).toBe('That one has ended.');
    expect(await quietSince(di, end!.message_id)).toEqual([]);
  });

  it('/cancel leaves the scenario; its buttons then say it has ended', async () => {
    const ed = emulator.user(3005);
    await start(ed, 'what-is-letting-go');
    const button = findButton(ed, /^sc:\d+:sounds-like:loss$/);
    ed.sendText('/cancel');
    const left = await ed.waitForBotMessage();
    expect(left.text).toMatch(/we have left What letting go means/);
    // The buttons were taken off the step's message.
    expect(buttonsOf(ed.transcript().find((m) => m.message_id === button.messageId))).toEqual([]);
    const tap = ed.pressRaw(button.messageId, button.data);
    expect((await answerTo(tap)).text).toBe('That one has ended.');
    expect(await quietSince(ed, left.message_id)).toEqual([]);
    ed.sendText('/cancel');
    expect((await ed.waitForBotMessage()).text).toMatch(/no conversation to leave/);
    expect(await findActiveRun(app.deps.db, 3005)).toBeUndefined();
  });

  it('an old button of a run that moved on gets a gentle answer and changes nothing', async () => {
    const fi = emulator.user(3006);
    await start(fi, 'what-is-letting-go');
    const old = findButton(fi, /^sc:\d+:sounds-like:loss$/);
    fi.pressButton(old);
    const moved = await fi.waitForBotMessage({ count: 4 });
    const before = await findActiveRun(app.deps.db, 3006);
    expect(before?.step_id).toBe('which-is-yours');
    const tap = fi.pressRaw(old.messageId, old.data.replace(/:loss$/, ':control'));
    expect((await answerTo(tap)).text).toMatch(/has ended/);
    expect(await quietSince(fi, moved.at(-1)!.message_id)).toEqual([]);
    expect(await findActiveRun(app.deps.db, 3006)).toMatchObject({ step_id: 'which-is-yours', revision: before!.revision });
  });

  it('forged and malformed button data is answered and otherwise ignored', async () => {
    const gus = emulator.user(3007);
    const shown = await start(gus, 'what-is-letting-go');
    const real = findButton(gus, /^sc:\d+:sounds-like:loss$/);
    const runId = Number(/^sc:(\d+):/.exec(real.data)![1]);
    const forged = [
      `sc:${String(runId)}:sounds-like:nope`,
      `sc:${String(runId)}:wrap:x`,
      `sc:${String(runId + 1000)}:sounds-like:loss`,
      'sc:0:sounds-like:loss',
      'sc:abc',
      'sc:1:a:b:c:d:e',
      `sc:${String(runId)}:sounds-like:t:x'; drop table users;--`,
      'sx:go:no-such-thing',
      'sx:sw:../../etc',
      'sx:resume:extra',
      'jr:-1',
      'jr:abc',
      '',
      '\u0000\u202e',
    ];
    for (const data of forged) {
      const tap = gus.pressRaw(real.messageId, data);
      await answerTo(tap);
    }
    expect(await quietSince(gus, shown.at(-1)!.message_id)).toEqual([]);
    expect(await findActiveRun(app.deps.db, 3007)).toMatchObject({ id: runId, step_id: 'sounds-like', revision: 0 });
    // Scenario data forged onto a message it is not on (here: the menu) takes nothing away.
    gus.sendText('/scenarios');
    const menu = await gus.waitForBotMessage();
    await answerTo(gus.pressRaw(menu.message_id, real.data.replace(':sounds-like:', ':which-is-yours:')));
    await answerTo(gus.pressRaw(menu.message_id, 'sc:1:intro:yes'));
    expect(buttonsOf(gus.transcript().find((m) => m.message_id === menu.message_id)).length).toBeGreaterThan(8);
    // The real button still works.
    gus.pressButton(real);
    expect((await gus.waitForBotMessage({ count: 4 }))[0]!.text).toMatch(/^That fear makes sense/);
  });

  it('/scenarios mid-scenario offers a switch, asks first, and can carry on instead', async () => {
    const hal = emulator.user(3008);
    await start(hal, 'what-is-letting-go');
    const oldButton = findButton(hal, /^sc:\d+:sounds-like:loss$/);
    hal.sendText('/scenarios');
    const menu = await hal.waitForBotMessage();
    expect(menu.text).toMatch(/in the middle of What letting go means/);
    expect(buttonsOf(menu)[0]!.data).toBe('sx:resume');

    hal.pressButton({ messageId: menu.message_id, data: 'sx:go:how-long' });
    const question = await hal.waitForBotMessage();
    expect(question.text).toMatch(/Leave it and start How long does it take\?/);
    hal.pressButton({ messageId: question.message_id, data: 'sx:resume' });
    const again = await hal.waitForBotMessage();
    expect(again.text).toBe('When you hear “let go”, what does it sound like to you?');
    expect(buttonsOf(again).map((b) => b.data)).toContain(oldButton.data);
    expect(buttonsOf(hal.transcript().find((m) => m.message_id === question.message_id))).toEqual([]);
    expect(buttonsOf(hal.transcript().find((m) => m.message_id === oldButton.messageId))).toEqual([]);

    hal.pressButton({ messageId: menu.message_id, data: 'sx:go:how-long' });
    const ask = await hal.waitForBotMessage();
    hal.pressButton({ messageId: ask.message_id, data: 'sx:sw:how-long' });
    const first = startRun(app.deps.scenarios.get('how-long')!);
    expectShown(await hal.waitForBotMessage({ count: first.view.texts.length }), first.view);
    expect((await findActiveRun(app.deps.db, 3008))?.scenario_id).toBe('how-long');
    const runs = await app.deps.db.selectFrom('scenario_runs').select(['scenario_id', 'status']).where('user_id', '=', 3008).orderBy('id').execute();
    expect(runs).toEqual([
      { scenario_id: 'what-is-letting-go', status: 'cancelled' },
      { scenario_id: 'how-long', status: 'active' },
    ]);
  });

  it('/start of the open scenario asks before starting it over', async () => {
    const ida = emulator.user(3009);
    await start(ida, 'letting-go-quiz');
    ida.sendText('/start letting-go-quiz');
    const question = await ida.waitForBotMessage();
    expect(question.text).toMatch(/Start it over/);
    ida.pressButton({ messageId: question.message_id, data: 'sx:sw:letting-go-quiz' });
    const first = startRun(app.deps.scenarios.get('letting-go-quiz')!);
    expectShown(await ida.waitForBotMessage({ count: first.view.texts.length }), first.view);
  });

  it('crisis language mid-scenario gets help at once, pauses the run, and no script follows until they come back', async () => {
    const jo = emulator.user(3010);
    await start(jo, 'what-am-i-holding');
    const skip = findButton(jo, /^sc:\d+:steer:skip$/);
    jo.sendText('honestly I want to end my life');
    const help = await jo.waitForBotMessage();
    expect(help.text).toContain('findahelpline.com');
    expect(help.text).toMatch(/emergency number/);
    expect(help.text).toMatch(/paused our conversation/);
    // What they type next is not taken as a scenario answer.
    jo.sendText('I wrote something');
    expect((await jo.waitForBotMessage()).text).toMatch(/is paused/);
    const paused = await findActiveRun(app.deps.db, 3010);
    expect(paused?.paused_at).not.toBeNull();
    expect(paused?.step_id).toBe('steer');
    expect(await quietSince(jo, help.message_id)).toHaveLength(1); // only the paused note
    const entries = await app.deps.db.selectFrom('journal_entries').selectAll().where('user_id', '=', 3010).execute();
    expect(entries).toEqual([]);
    // Tapping the step's own button is coming back: the run goes on from there.
    jo.pressButton(skip);
    await jo.waitForBotMessage();
    const resumed = await findActiveRun(app.deps.db, 3010);
    expect(resumed?.paused_at).toBeNull();
    expect(resumed?.step_id).not.toBe('steer');
  });

  it('too-long text is refused kindly, nothing is lost, and a shorter answer goes on', async () => {
    const kim = emulator.user(3011);
    await start(kim, 'what-am-i-holding');
    kim.sendText('x'.repeat(1001));
    const refusal = await kim.waitForBotMessage();
    expect(refusal.text).toMatch(/1,001 characters, and the limit here is 1,000/);
    expect(await findActiveRun(app.deps.db, 3011)).toMatchObject({ step_id: 'steer', revision: 0 });
    kim.sendText('Their replies, mostly.');
    const next = await kim.waitForBotMessage();
    expect(next.text).toMatch(/When you try to steer it/);
    expect((await findActiveRun(app.deps.db, 3011))?.step_id).toBe('how');
    kim.sendText('/journal');
    const journal = await kim.waitForBotMessage();
    expect(journal.text).toContain('Their replies, mostly.');
    expect(journal.text).toContain('What about the situation do you keep trying to steer?');
  });

  it('/journal pages through the entries, newest first, editing the message in place', async () => {
    const lou = emulator.user(3012);
    lou.sendText('/journal');
    expect((await lou.waitForBotMessage()).text).toMatch(/journal is empty/);
    const base = Date.now() - 10 * DAY;
    for (let i = 1; i <= 7; i++) {
      await addJournalEntry(app.deps.db, { userId: 3012, scenarioId: 'what-am-i-holding', stepId: 'steer', prompt: `Prompt ${String(i)}`, text: `Entry number ${String(i)}`, now: new Date(base + i * 60_000) });
    }
    lou.sendText('/journal');
    const page = await lou.waitForBotMessage();
    expect(page.text).toMatch(/1–3 of 7/);
    expect(page.text!.indexOf('Entry number 7')).toBeLessThan(page.text!.indexOf('Entry number 6'));
    expect(page.text).not.toContain('Entry number 4');
    expect(buttonsOf(page).map((b) => b.text)).toEqual(['Older ›']);

    lou.pressButton({ messageId: page.message_id, data: 'jr:3' });
    const second = await lou.waitForEdit({ messageId: page.message_id });
    expect(second.text).toMatch(/4–6 of 7/);
    expect(buttonsOf(second).map((b) => b.data)).toEqual(['jr:0', 'jr:6']);
    lou.pressButton({ messageId: page.message_id, data: 'jr:6' });
    const last = await lou.waitForEdit({ messageId: page.message_id });
    expect(last.text).toContain('Entry number 1');
    expect(buttonsOf(last).map((b) => b.text)).toEqual(['‹ Newer']);
    lou.pressButton({ messageId: page.message_id, data: 'jr:3' });
    expect((await lou.waitForEdit({ messageId: page.message_id })).text).toMatch(/4–6 of 7/);
    // A page past the end (a stale button after entries were erased) shows the last page.
    lou.pressRaw(page.message_id, 'jr:300');
    expect((await lou.waitForEdit({ messageId: page.message_id })).text).toMatch(/7–7 of 7/);
  });

  it('measures one in-flight conversation: the plugin value stays the same size as the run goes on', async () => {
    const mo = emulator.user(3013);
    await start(mo, 'before-you-reach-out');
    mo.pressButton(findButton(mo, /^sc:\d+:status:talking$/));
    await mo.waitForBotMessage({ predicate: (m) => buttonsOf(m).length > 0 });
    mo.pressButton(findButton(mo, /^sc:\d+:fear:never$/));
    await mo.waitForBotMessage({ predicate: (m) => buttonsOf(m).length > 0 });
    mo.sendText('Hi, how have you been?');
    await mo.waitForBotMessage({ predicate: (m) => buttonsOf(m).length > 0 });
    const early = await conversationStateSize(app.deps.db, '3013');
    const afterOne = await storedSizes(3013);
    mo.pressButton(findButton(mo, /^sc:\d+:/));
    await mo.waitForBotMessage({ predicate: (m) => buttonsOf(m).length > 0 });
    mo.pressButton(findButton(mo, /^sc:\d+:/));
    await mo.waitForBotMessage({ predicate: (m) => buttonsOf(m).length > 0 || /\?$/.test(m.text ?? '') });
    const later = await conversationStateSize(app.deps.db, '3013');
    expect(early).toBeDefined();
    expect(later).toBe(early);
    // Entered from the menu, the plugin keeps the tap's update, menu message included: the larger case.
    const pat = emulator.user(3016);
    pat.sendText('/scenarios');
    const menu = await pat.waitForBotMessage();
    pat.pressButton({ messageId: menu.message_id, data: 'sx:go:before-you-reach-out' });
    await pat.waitForBotMessage({ count: startRun(app.deps.scenarios.get('before-you-reach-out')!).view.texts.length });
    pat.pressButton(findButton(pat, /^sc:\d+:status:talking$/));
    await pat.waitForBotMessage({ predicate: (m) => buttonsOf(m).length > 0 });
    pat.pressButton(findButton(pat, /^sc:\d+:fear:never$/));
    await pat.waitForBotMessage({ predicate: (m) => buttonsOf(m).length > 0 });
    pat.sendText('Hi, how have you been?');
    await pat.waitForBotMessage({ predicate: (m) => buttonsOf(m).length > 0 });
    const fromMenu = await storedSizes(3016);
    const line = (s: typeof afterOne) =>
      `plugin value ${String(s.plugin)} B (jsonb; ${String(s.pluginJson)} B as JSON text) + run row ${String(s.run)} B = ${String(s.plugin + s.run)} B`;
    console.log(`in-flight conversation storage: via /start <id>: ${line(afterOne)}; via the menu: ${line(fromMenu)}`);
  });

  it('a run idle for longer than the limit is closed quietly on the next tap, and by the sweep', async () => {
    const ned = emulator.user(3014);
    const shown = await start(ned, 'what-is-letting-go');
    const button = findButton(ned, /^sc:\d+:sounds-like:loss$/);
    const oz = emulator.user(3015);
    await start(oz, 'how-long');
    offset.ms = DAY + 60_000;
    try {
      const tap = ned.pressButton(button);
      expect((await answerTo(tap)).text).toBe('That one has ended.');
      expect(await quietSince(ned, shown.at(-1)!.message_id)).toEqual([]);
      const runId = Number(/^sc:(\d+):/.exec(button.data)![1]);
      expect((await findRun(app.deps.db, runId))?.status).toBe('expired');

      expect(await sweepIdleRuns(app.deps)).toBeGreaterThanOrEqual(1);
      const ozRun = await app.deps.db.selectFrom('scenario_runs').select('status').where('user_id', '=', 3015).executeTakeFirst();
      expect(ozRun?.status).toBe('expired');
      expect(await conversationStateSize(app.deps.db, '3015')).toBeUndefined();
      // After expiry a fresh start works as usual.
      await start(ned, 'what-is-letting-go');
    } finally {
      offset.ms = 0;
    }
  });

  async function storedSizes(userId: number) {
    const { sql } = await import('kysely');
    const plugin = await app.deps.db
      .selectFrom('conversation_states')
      .select([sql<number>`pg_column_size(value)`.as('bytes'), sql<number>`octet_length(value::text)`.as('json')])
      .where('key', '=', String(userId))
      .executeTakeFirstOrThrow();
    const run = await sql<{ bytes: number }>`select pg_column_size(r.*) as bytes from scenario_runs r where user_id = ${userId} and status = 'active'`.execute(app.deps.db);
    return { plugin: Number(plugin.bytes), pluginJson: Number(plugin.json), run: Number(run.rows[0]?.bytes ?? 0) };
  }
});
