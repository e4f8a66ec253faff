import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRun } from '../../src/scenarios/engine.ts';
import { loadScenarios, SCENARIOS_DIR } from '../../src/scenarios/loader.ts';
import { startTestBot, type TestBot } from '../helpers/app.ts';
import { handled } from '../helpers/wait.ts';

/**
 * `/stats` sums the funnels up for the operator: per scenario, runs started → finished, and
 * when people left (with /cancel, or by going quiet), how many and the step most of them
 * were on. Counts and step ids only.
 */

const ADMIN = 4_200_001;
const P = { ann: 4_200_011, bo: 4_200_012, cy: 4_200_013, di: 4_200_014 };
const catalog = await loadScenarios(SCENARIOS_DIR);
const quiz = catalog.get('holding-on-check')!;
const other = catalog.get('how-long')!;

describe('/stats with the funnel summary', () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await startTestBot({ ADMIN_IDS: String(ADMIN) });
  }, 120_000);
  afterAll(() => t?.close(), 120_000);

  /** The person says something and the bot has finished with it; its first `count` answers. */
  async function say(id: number, text: string, count = 1) {
    const user = t.emulator.user(id);
    const update = user.sendText(text);
    const answers = await user.waitForBotMessage({ count });
    await handled(t.app.deps.db, update);
    return answers;
  }

  it('tells, per scenario, how many left and the step where most did', async () => {
    const first = startRun(quiz);
    // Ann and Cy leave at the first question; Bo stays on it; Di starts another scenario and stays.
    for (const id of [P.ann, P.bo, P.cy]) await say(id, `/start ${quiz.id}`, first.view.texts.length);
    await say(P.ann, '/cancel');
    await say(P.cy, '/cancel');
    await say(P.di, `/start ${other.id}`, startRun(other).view.texts.length);

    const [stats] = await say(ADMIN, '/stats');
    const lines = (stats?.text ?? '').split('\n').filter((l) => l.startsWith('• '));
    expect(lines).toEqual([`• ${quiz.title}: 3 → 0; 2 left, most at ${first.state.stepId} (2)`, `• ${other.title}: 1 → 0`]);
    for (const id of Object.values(P)) expect(stats?.text).not.toContain(String(id));
  }, 90_000);
});
