import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '@letgo/telegram-emulator';
import type { RunningApp } from '../../src/app.ts';
import { startTestApp } from '../helpers/app.ts';
import { captureLogs } from '../helpers/log-capture.ts';
import { buttonsOf, findButton } from '../helpers/scenario-driver.ts';
import { waitFor } from '../helpers/wait.ts';

/**
 * The cost of one scenario step in database round trips (every statement, begin and commit
 * included), read from the per-update log line the bot writes for operators.
 */
describe('database round trips per scenario step', () => {
  let emulator: Emulator;
  let app: RunningApp;
  const logs = captureLogs();
  beforeAll(async () => {
    emulator = await createEmulator();
    app = await startTestApp(emulator, {}, { logger: logs.logger });
  });
  afterAll(async () => {
    await app?.stop();
    await emulator?.close();
  });

  const handled = () => logs.lines().filter((l) => l.msg === 'update handled');

  it('is at most 3 for taps and typed answers, and the person is read once', async () => {
    const ivy = emulator.user(7101);
    ivy.sendText('/start before-you-reach-out');
    await ivy.waitForBotMessage({ predicate: (m) => buttonsOf(m).length > 0 });
    await waitFor(() => handled().length === 1);
    logs.clear();

    const steps: Array<() => void> = [
      () => ivy.pressButton(findButton(ivy, /^sc:\d+:status:talking$/)),
      () => ivy.pressButton(findButton(ivy, /^sc:\d+:fear:never$/)),
      () => ivy.sendText('Hi, I have been thinking about you.'), // text step: the draft
      () => ivy.pressButton(findButton(ivy, /^sc:\d+:source:fear$/)),
      () => ivy.pressButton(findButton(ivy, /^sc:\d+:silence:crushed$/)),
      () => ivy.pressButton(findButton(ivy, /^sc:\d+:options:lighter$/)),
      () => ivy.sendText('Hope you are well.'), // text step: the rewrite, then the end
    ];
    for (const [i, step] of steps.entries()) {
      step();
      await ivy.waitForBotMessage();
      await waitFor(() => handled().length === i + 1, 5_000, `log line of step ${String(i + 1)}`);
    }
    const trips = handled().map((l) => l.db_round_trips as number);
    console.log(`round trips per scenario step: ${JSON.stringify(trips)}`);
    expect(trips).toHaveLength(steps.length);
    for (const n of trips) expect(n).toBeLessThanOrEqual(3);
  });
});
