import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { text } from '../helpers/texts.ts';
import type { LoadedScenario } from '../../src/scenarios/catalog.ts';
import { startRun } from '../../src/scenarios/engine.ts';
import { edgeKey, edges } from '../../src/scenarios/graph.ts';
import { latestJournalEntries } from '../../src/scenarios/journal.repository.ts';
import { findRun, listAnswers } from '../../src/scenarios/runs.repository.ts';
import { coverWalks, type Walk } from '../../src/scenarios/walks.ts';
import { loadScenarios, SCENARIOS_DIR } from '../../src/scenarios/loader.ts';
import { startTestBot, type TestBot } from '../helpers/app.ts';
import { buttonsOf, drive, expectShown } from '../helpers/scenario-driver.ts';

/**
 * Every scenario, along every edge of its graph, through the real bot: the walks come from
 * `coverWalks` (one per edge, duplicates dropped), each walked by its own person, all of
 * them at once against one bot. Branch coverage is counted from the routes of the walks
 * that reached their end in the chat.
 */

const catalog = await loadScenarios(SCENARIOS_DIR);
const plans = catalog.list.map((scenario, s) => {
  const { walks, uncovered } = coverWalks(scenario, { sampleText: `Walk of ${scenario.id}: something I noticed today.` });
  const unique = [...new Map(walks.map((w) => [JSON.stringify(w.inputs), w])).values()];
  return { scenario, walks: unique, uncovered, firstUser: 20_000 + s * 1_000 };
});

describe('every scenario along every branch, through the bot', () => {
  let t: TestBot;
  const covered = new Map<string, Set<string>>();
  const started = Date.now();
  beforeAll(async () => {
    t = await startTestBot();
  });
  afterAll(async () => {
    await t.close();
    const total = plans.reduce((n, p) => n + edges(p.scenario).length, 0);
    const hit = [...covered.values()].reduce((n, s) => n + s.size, 0);
    const walks = plans.reduce((n, p) => n + p.walks.length, 0);
    const inputs = plans.reduce((n, p) => n + p.walks.reduce((m, w) => m + w.inputs.length, 0), 0);
    console.log(
      `walks: ${String(walks)} walks, ${String(inputs)} inputs, ${String(catalog.list.length)} scenarios, ${String(catalog.stepCount)} steps; ` +
        `branch coverage ${String(hit)}/${String(total)} edges (${((100 * hit) / total).toFixed(1)}%) in ${String(Date.now() - started)} ms`,
    );
  });

  it('has at least eight scenarios, each walkable', () => {
    expect(catalog.list.length).toBeGreaterThanOrEqual(8);
    for (const plan of plans) expect(plan.uncovered.map(edgeKey)).toEqual([]);
  });

  it.concurrent.each(plans.map((p) => [p.scenario.id, p] as const))('%s: every edge', async (_, plan) => {
    const seen = new Set<string>();
    covered.set(plan.scenario.id, seen);
    await Promise.all(plan.walks.map((walk, i) => walkInChat(t, plan.scenario, walk, plan.firstUser + i, seen)));
    expect([...seen].sort()).toEqual(edges(plan.scenario).map(edgeKey).sort());
  });
});

async function walkInChat(t: TestBot, scenario: LoadedScenario, walk: Walk, userId: number, seen: Set<string>): Promise<void> {
  const user = t.emulator.user(userId, { first_name: `Walker${String(userId)}` });
  // Half the walkers come by deep link, half through the menu.
  if (userId % 2 === 0) user.sendText(`/start ${scenario.id}`);
  else {
    user.sendText('/scenarios');
    const menu = await user.waitForBotMessage();
    const button = buttonsOf(menu).find((b) => b.data === `sx:go:${scenario.id}`);
    expect(button, 'menu button').toBeDefined();
    user.pressButton({ messageId: menu.message_id, data: button!.data });
  }
  const first = startRun(scenario);
  expectShown(await user.waitForBotMessage({ count: first.view.texts.length }), first.view);
  const final = await drive(user, scenario, walk.inputs);
  expect(final).toEqual(walk.final);
  const end = scenario.steps.find((s) => s.id === final.stepId);
  if (end?.type === 'end' && end.offerReminders) {
    // The end invites daily reminders: the reminders feature's offer, with its time buttons.
    const offer = await user.waitForBotMessage();
    expect(buttonsOf(offer).some((b) => b.data.startsWith('rm:'))).toBe(true);
  }
  expect(user.transcript().filter((m) => m.text === text('error'))).toEqual([]);

  // The run row says where the walk ended, and every answer was saved on the way.
  const runs = await t.app.deps.db.selectFrom('scenario_runs').select('id').where('user_id', '=', userId).execute();
  expect(runs).toHaveLength(1);
  const runId = runs[0]!.id;
  const run = await findRun(t.app.deps.db, runId);
  expect(run).toMatchObject({ user_id: userId, scenario_id: scenario.id, status: 'finished', step_id: walk.final.stepId });
  const answers = await listAnswers(t.app.deps.db, runId);
  const typed = walk.inputs.filter((i) => i.kind === 'text').length;
  expect(answers.filter((a) => typeof a.value === 'string' && a.value.startsWith('Walk of')).length).toBe(typed);
  const journalSteps = scenario.steps.filter((s) => s.type === 'text' && s.journal).map((s) => s.id);
  const journaled = walk.route.filter((e) => journalSteps.includes(e.from) && e.via.kind === 'next').length;
  expect((await latestJournalEntries(t.app.deps.db, userId, 0, 100)).length).toBe(journaled);
  for (const edge of walk.route) seen.add(edgeKey(edge));
}
