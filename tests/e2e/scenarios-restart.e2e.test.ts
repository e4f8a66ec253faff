import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.ts';
import { createEmulator, type Emulator, type UserHandle } from '@letgo/telegram-emulator';
import { conversationVersion } from '../../src/bot/features/scenarios/conversation.ts';
import { apply, startRun, type Input, type RunState } from '../../src/scenarios/engine.ts';
import { loadScenarios, SCENARIOS_DIR } from '../../src/scenarios/loader.ts';
import type { Scenario } from '../../src/scenarios/model.ts';
import { findActiveRun } from '../../src/scenarios/runs.repository.ts';
import { startTestApp } from '../helpers/app.ts';
import { buttonsOf, drive, expectShown, findButton } from '../helpers/scenario-driver.ts';


/**
 * People mid-scenario while the bot restarts, and while an author edits a scenario between
 * two starts. One emulator plays Telegram throughout (updates sent while the bot is down
 * wait there, as at Telegram); the app runs on PGlite in a data folder, so every start sees
 * the same database.
 */
describe('scenarios across restarts and content edits', () => {
  let dir: string;
  let emulator: Emulator;
  let app: RunningApp | undefined;
  let scenariosDir: string;
  let dataDir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'letgo-scenarios-'));
    scenariosDir = path.join(dir, 'scenarios');
    dataDir = path.join(dir, 'data');
    // English only: the edits below change English texts, which would make their translations stale.
    await cp(SCENARIOS_DIR, scenariosDir, { recursive: true, filter: (from) => !from.includes(`${path.sep}translations`) });
    emulator = await createEmulator();
  });
  afterAll(async () => {
    await app?.stop();
    await emulator?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const restart = async () => {
    await app?.stop();
    app = await startTestApp(emulator, { DATA_DIR: dataDir }, { scenariosDir });
    return app;
  };
  const scenario = (id: string) => app!.deps.scenarios.get(id)!;

  async function begin(user: UserHandle, id: string, inputs: Input[] = []): Promise<RunState> {
    const first = startRun(scenario(id));
    user.sendText(`/start ${id}`);
    expectShown(await user.waitForBotMessage({ count: first.view.texts.length }), first.view);
    return drive(user, scenario(id), inputs);
  }

  /** The engine's state after `inputs`, for continuing a walk after a restart. */
  function stateAfter(s: Scenario, inputs: Input[]): RunState {
    let state = startRun(s).state;
    for (const input of inputs) {
      const result = apply(s, state, input);
      if (!result.ok) throw new Error(result.refusal.key);
      state = result.state;
    }
    return state;
  }

  const ann = () => emulator.user(6001);
  const bo = () => emulator.user(6002);
  const cy = () => emulator.user(6003);
  const di = () => emulator.user(6004);
  const ed = () => emulator.user(6005);
  const bosTicks: Input[] = [
    { kind: 'toggle', itemId: 'begging' },
    { kind: 'toggle', itemId: 'chasing' },
  ];

  it('a restart mid-scenario continues every person at the same step', async () => {
    await restart();
    await begin(ann(), 'what-is-letting-go', [{ kind: 'tap', optionId: 'loss' }]);
    const hoc = scenario('holding-on-check');
    const checklist = hoc.steps.find((s) => s.type === 'checklist');
    if (checklist?.type !== 'checklist') throw new Error('holding-on-check has a checklist');
    bosTicks.splice(0, 2, ...checklist.items.slice(0, 2).map((i): Input => ({ kind: 'toggle', itemId: i.id })));
    await begin(bo(), 'holding-on-check', bosTicks);
    await begin(cy(), 'why-so-hard');
    await begin(di(), 'why-so-hard', [{ kind: 'tap', optionId: 'often' }]);
    await begin(ed(), 'what-am-i-holding');
    // Updates of one person run in order: once /help is answered, everything before it is stored.
    for (const user of [ann(), bo(), cy(), di(), ed()]) {
      user.sendText('/help');
      await user.waitForBotMessage();
    }
    const before = await Promise.all([6001, 6002, 6003, 6004, 6005].map((id) => findActiveRun(app!.deps.db, id)));

    await restart();
    const after = await Promise.all([6001, 6002, 6003, 6004, 6005].map((id) => findActiveRun(app!.deps.db, id)));
    expect(after).toEqual(before);

    // Ann taps the buttons she had before the restart and finishes.
    await drive(ann(), scenario('what-is-letting-go'), [{ kind: 'tap', optionId: 'how' }], stateAfter(scenario('what-is-letting-go'), [{ kind: 'tap', optionId: 'loss' }]));
    expect((await findActiveRun(app!.deps.db, 6001))).toBeUndefined();
    // Bo's two ticks survived: one more, then done, and the route follows all three.
    const third: Input = { kind: 'toggle', itemId: checklist.items[2]!.id };
    const ended = await drive(bo(), hoc, [third, { kind: 'done' }], stateAfter(hoc, bosTicks));
    expect(ended.vars[checklist.saveAs]).toEqual(checklist.items.slice(0, 3).map((i) => i.id));
    // Ed types the answer to the question asked before the restart.
    await drive(ed(), scenario('what-am-i-holding'), [{ kind: 'text', text: 'Their replies.' }], stateAfter(scenario('what-am-i-holding'), []));
    expect((await findActiveRun(app!.deps.db, 6005))?.step_id).toBe('how');
  });

  it('after a content edit: the same step id continues; a removed step says so and offers a fresh start', async () => {
    const file = path.join(scenariosDir, 'why-so-hard.yaml');
    const edited = (await readFile(file, 'utf8'))
      .replace('next: familiar', 'next: feels-familiar')
      .replace('  familiar:\n', '  feels-familiar:\n')
      .replace('Writing it down makes the pattern easier', 'Edited: writing it down makes the pattern easier');
    expect(edited).toContain('feels-familiar:');
    await writeFile(file, edited);
    const oldVersion = scenario('why-so-hard').version;
    const oldPlugin = await app!.deps.db.selectFrom('conversation_states').select('value').where('key', '=', '6004').executeTakeFirstOrThrow();
    await app!.stop();
    expect((await loadScenarios(scenariosDir)).get('why-so-hard')?.version).not.toBe(oldVersion);

    await restart();
    expect(scenario('why-so-hard').version).not.toBe(oldVersion);
    // Di was at "write", which still exists: her answer is taken, and she sees the edited ending.
    di().sendText('The last time I pushed hard.');
    const [end] = await di().waitForBotMessage({ count: 1 });
    expect(end!.text).toMatch(/^Edited: writing it down/);
    const diRuns = await app!.deps.db.selectFrom('scenario_runs').selectAll().where('user_id', '=', 6004).execute();
    expect(diRuns).toMatchObject([{ status: 'finished', step_id: 'thanks', content_version: scenario('why-so-hard').version }]);
    const journal = await app!.deps.db.selectFrom('journal_entries').select('text').where('user_id', '=', 6004).execute();
    expect(journal).toEqual([{ text: 'The last time I pushed hard.' }]);
    // The plugin alone would have forgotten her: its stored state carries the old content's version.
    expect((oldPlugin.value as { version: [number, string] }).version[1]).not.toBe(conversationVersion(app!.deps.scenarios));

    // Cy was at "familiar", which is gone: told so kindly, with a fresh start one tap away.
    const old = findButton(cy(), /^sc:\d+:familiar:often$/);
    cy().pressButton(old);
    const notice = await cy().waitForBotMessage();
    expect(notice.text).toMatch(/rewritten Why is it so hard\? since you started it/);
    expect((await app!.deps.db.selectFrom('scenario_runs').select('status').where('user_id', '=', 6003).executeTakeFirst())?.status).toBe('changed');
    expect(buttonsOf(cy().transcript().find((m) => m.message_id === old.messageId))).toEqual([]);
    cy().pressButton({ messageId: notice.message_id, data: 'sx:go:why-so-hard' });
    const first = startRun(scenario('why-so-hard'));
    expectShown(await cy().waitForBotMessage({ count: first.view.texts.length }), first.view);
    expect(first.view.stepId).toBe('feels-familiar');
    await drive(cy(), scenario('why-so-hard'), [{ kind: 'tap', optionId: 'rarely' }, { kind: 'tap', optionId: 'skip' }]);
    expect(await findActiveRun(app!.deps.db, 6003)).toBeUndefined();
  });

  it('refuses to start on broken content, naming the file, the step and the problem', async () => {
    const file = path.join(scenariosDir, 'how-long.yaml');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace(/next: (\S+)/, 'next: nowhere-at-all'));
    await app!.stop();
    app = undefined;
    await expect(startTestApp(emulator, { DATA_DIR: dataDir }, { scenariosDir })).rejects.toThrow(/how-long\.yaml: step "[a-z-]+": .*nowhere-at-all/);
  });
});
