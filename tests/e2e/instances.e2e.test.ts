import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { RunningApp } from '../../src/app.ts';
import { apply, startRun } from '../../src/scenarios/engine.ts';
import { loadScenarios, SCENARIOS_DIR } from '../../src/scenarios/loader.ts';
import { createEmulator, type Emulator, type TranscriptEntry, type Update } from '@letgo/telegram-emulator';
import { startTestApp } from '../helpers/app.ts';
import { freshPostgres, postgresUrl } from '../helpers/databases.ts';
import { freePort } from '../helpers/ports.ts';
import { buttonsOf, plain } from '../helpers/scenario-driver.ts';
import { text } from '../helpers/texts.ts';
import { handled } from '../helpers/wait.ts';
import { holdEmulatorDeliveries, postUpdate, type WebhookTarget } from '../helpers/webhook-client.ts';

/**
 * Two instances in webhook mode behind one URL (a load balancer), on one real PostgreSQL.
 * The emulator's own webhook is taken off, so the test posts every update itself, to the
 * instance it chooses, at the moment it chooses, as Telegram and the balancer would.
 */

const url = postgresUrl(); // throws in CI without one: never skipped there
const SCENARIO = 'letting-go-quiz';
const ROUNDS = 10;
const SECRET = 'letgo-instances_secret';
const catalog = await loadScenarios(SCENARIOS_DIR);
const quiz = catalog.get(SCENARIO)!;

describe.skipIf(!url)('two webhook instances on one PostgreSQL', () => {
  let emulator: Emulator;
  let database: Awaited<ReturnType<typeof freshPostgres>>;
  const apps: RunningApp[] = [];
  const targets: WebhookTarget[] = [];

  beforeAll(async () => {
    emulator = await createEmulator();
    database = await freshPostgres(url!);
    for (let i = 0; i < 2; i++) {
      const port = await freePort();
      const target = { url: `http://127.0.0.1:${String(port)}/telegram/hook`, secret: SECRET };
      apps.push(
        await startTestApp(emulator, { DATABASE_URL: database.url, BOT_MODE: 'webhook', WEBHOOK_URL: target.url, WEBHOOK_SECRET: SECRET, PORT: String(port) }),
      );
      targets.push(target);
    }
    await holdEmulatorDeliveries(emulator);
  }, 120_000);

  afterAll(async () => {
    for (const app of apps) await app.stop();
    await emulator?.close();
    await database?.close();
  }, 120_000);

  const db = () => apps[0]!.deps.db;
  const botMessagesAfter = (chatId: number, messageId: number) =>
    emulator.transcript(chatId).filter((m) => m.from === 'bot' && m.message_id > messageId);
  const answersTo = (update: Update) =>
    emulator.calls('answerCallbackQuery').filter((c) => c.params.callback_query_id === update.callback_query?.id);

  /** What one option of the quiz's first step shows: its feedback, then the next step. */
  function expectedAfter(label: string): { texts: string[]; nextStep: string } {
    const first = startRun(quiz);
    const button = first.view.keyboard!.flat().find((b) => plain(b.label) === label);
    if (!button) throw new Error(`no option "${label}" at ${first.state.stepId}`);
    const result = apply(quiz, first.state, button.action);
    if (!result.ok) throw new Error(`the engine refuses "${label}": ${JSON.stringify(result)}`);
    return { texts: [...(result.feedback === undefined ? [] : [result.feedback]), ...result.view.texts].map(plain), nextStep: result.view.stepId };
  }

  /** A person who has just started the quiz (through instance `via`): its first keyboard. */
  async function startQuiz(userId: number, via: number): Promise<TranscriptEntry> {
    const user = emulator.user(userId, { first_name: `Racer${String(userId)}` });
    const start = user.sendText(`/start ${SCENARIO}`);
    expect((await postUpdate(targets[via]!, start)).status).toBe(200);
    const shown = await user.waitForBotMessage({ count: startRun(quiz).view.texts.length });
    await handled(db(), start);
    const keyboard = shown.at(-1)!;
    expect(buttonsOf(keyboard).length).toBeGreaterThanOrEqual(2);
    return keyboard;
  }

  it(
    `a person tapping two buttons of one keyboard, each tap on another instance, gets the next step once (${String(ROUNDS)} rounds)`,
    async () => {
      const paths: string[] = [];
      onTestFinished(() => {
        const tally = new Map<string, number>();
        for (const p of paths) tally.set(p, (tally.get(p) ?? 0) + 1);
        console.log(`instances: the other tap of ${String(paths.length)} rounds: ${JSON.stringify(Object.fromEntries(tally))}`);
      });
      for (let round = 0; round < ROUNDS; round++) {
        const userId = 8_200_000 + round;
        const keyboard = await startQuiz(userId, round % 2);
        const [first, second] = buttonsOf(keyboard);
        const user = emulator.user(userId);
        const tapOne = user.pressButton({ messageId: keyboard.message_id, data: first!.data });
        const tapTwo = user.pressButton({ messageId: keyboard.message_id, data: second!.data });
        const [one, two] = round % 2 === 0 ? [targets[0]!, targets[1]!] : [targets[1]!, targets[0]!];

        // Even rounds: both posted at the same moment. Odd rounds: the second tap arrives
        // while the first is being answered (its tap answered, its next step not yet shown),
        // the narrowest interleaving two instances can meet in.
        let statuses: number[];
        if (round % 2 === 0) {
          statuses = (await Promise.all([postUpdate(one, tapOne), postUpdate(two, tapTwo)])).map((r) => r.status);
        } else {
          const firstPost = postUpdate(one, tapOne);
          await emulator.waitForCall('answerCallbackQuery', (p) => p.callback_query_id === tapOne.callback_query?.id, 30_000);
          const secondPost = postUpdate(two, tapTwo);
          statuses = (await Promise.all([firstPost, secondPost])).map((r) => r.status);
        }
        for (const status of statuses) expect(status, `round ${String(round)}`).toBeGreaterThanOrEqual(200);
        for (const status of statuses) expect(status, `round ${String(round)}`).toBeLessThan(300);
        await handled(db(), tapOne, 30_000);
        await handled(db(), tapTwo, 30_000);

        // What the person sees: the feedback of one of the two options and the next step, once.
        const shown = botMessagesAfter(userId, keyboard.message_id);
        const options = [first!, second!].map((b) => ({ tap: b === first ? tapOne : tapTwo, ...expectedAfter(b.text) }));
        const winner = options.find((o) => o.texts[0] === shown[0]?.text);
        expect(winner, `round ${String(round)}: ${JSON.stringify(shown.map((m) => m.text))}`).toBeDefined();
        // The winning tap is answered silently; the other one gently, or not visibly at all.
        const loser = winner!.tap === tapOne ? tapTwo : tapOne;
        const lost = answersTo(loser).map((c) => c.params.text as string | undefined);
        const path = lost.length === 0 ? 'unanswered' : (lost[0] ?? 'silent');
        const duplicated = shown.length !== winner!.texts.length;
        paths.push(duplicated ? `${path} + next step sent twice` : path);
        // Soft: every round runs, so a failure shows how often and along which path.
        expect
          .soft(shown.map((m) => m.text), `round ${String(round)} (other tap answered: ${path}): the next step is sent exactly once`)
          .toEqual(winner!.texts);
        const nextKeyboards = shown.filter((m) => buttonsOf(m).some((b) => b.data.includes(`:${winner!.nextStep}:`)));
        expect.soft(nextKeyboards, `round ${String(round)}: one keyboard of the next step`).toHaveLength(1);
        expect(emulator.transcript(userId).filter((m) => m.text === text('error'))).toEqual([]);
        const won = answersTo(winner!.tap);
        expect(won, `round ${String(round)}: the winning tap is answered`).toHaveLength(1);
        expect(won[0]!.params.text).toBeUndefined();
        expect(lost.length).toBeLessThanOrEqual(1);
        for (const answer of lost) expect([undefined, text('scenarios-ended'), text('scenarios-ended-use-latest')]).toContain(answer);

        // The operator's view: one answer stored for the first step, the run at the next one.
        const { rows } = await sql<{ step_id: string; answers: number }>`
          select r.step_id, (select count(*)::int from scenario_answers a where a.run_id = r.id) as answers
          from scenario_runs r where r.user_id = ${userId} and r.status = 'active'`.execute(db());
        expect(rows).toEqual([{ step_id: winner!.nextStep, answers: 1 }]);
      }
    },
    90_000,
  );

  it('one update posted to both instances at once takes effect once', async () => {
    const userId = 8_300_001;
    const user = emulator.user(userId, { first_name: 'Twice' });
    const help = user.sendText('/help');
    const statuses = (await Promise.all(targets.map((t) => postUpdate(t, help)))).map((r) => r.status);
    expect(statuses).toEqual([200, 200]);
    await handled(db(), help);
    const replies = botMessagesAfter(userId, help.message!.message_id);
    expect(replies).toHaveLength(1);
    expect(replies[0]!.text).toMatch(/\/scenarios/);
    expect(emulator.calls('sendMessage').filter((c) => Number(c.params.chat_id) === userId)).toHaveLength(1);
  }, 60_000);

  it('a redelivery of a handled update, later, is acknowledged (2xx) and ignored', async () => {
    const userId = 8_300_002;
    const user = emulator.user(userId, { first_name: 'Again' });
    const hello = user.sendText('I keep checking their profile');
    expect((await postUpdate(targets[0]!, hello)).status).toBe(200);
    await handled(db(), hello);
    expect(botMessagesAfter(userId, hello.message!.message_id).map((m) => m.text)).toEqual([text('free-text')]);

    // Telegram did not get the answer in time and delivers it again, to either instance.
    for (const target of [targets[0]!, targets[1]!, targets[0]!]) {
      const res = await postUpdate(target, hello);
      expect(res.status).toBeGreaterThanOrEqual(200);
      expect(res.status).toBeLessThan(300);
    }
    // Sentinel: the person's next message is answered, and it is the only new answer.
    const next = user.sendText('/help');
    expect((await postUpdate(targets[1]!, next)).status).toBe(200);
    await handled(db(), next);
    const replies = botMessagesAfter(userId, hello.message!.message_id);
    expect(replies.map((m) => m.text === text('free-text'))).toEqual([true, false]);
  }, 60_000);
});
