import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/bot/commands.ts';
import { startRun } from '../../src/scenarios/engine.ts';
import { loadScenarios, SCENARIOS_DIR } from '../../src/scenarios/loader.ts';
import type { TranscriptEntry } from '@letgo/telegram-emulator';
import { startTestBot, type TestBot } from '../helpers/app.ts';
import { buttonsOf, plain } from '../helpers/scenario-driver.ts';
import { text } from '../helpers/texts.ts';
import { handled } from '../helpers/wait.ts';

/**
 * `/stats`, the operator's numbers in Telegram: for the ids in ADMIN_IDS only, counting what
 * people did (and never saying who), invisible to everyone else and absent from the menu.
 */

const ADMIN = 4_100_001;
const SCENARIO = 'holding-on-check';
const catalog = await loadScenarios(SCENARIOS_DIR);
const quiz = catalog.get(SCENARIO)!;
const opening = startRun(quiz).view.texts.length;

const P = { ann: 4_100_011, bo: 4_100_012, cy: 4_100_013, di: 4_100_014, ed: 4_100_015, fay: 4_100_016, gus: 4_100_017, hal: 4_100_018 };
const NAMES: Record<keyof typeof P, string> = { ann: 'Annika', bo: 'Bodhi', cy: 'Cyprian', di: 'Dimitra', ed: 'Edvard', fay: 'Fayola', gus: 'Gustavo', hal: 'Halvard' };

describe('/stats for the operator', () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await startTestBot({ ADMIN_IDS: `${String(ADMIN)},4100999` });
  }, 120_000);
  afterAll(() => t?.close(), 120_000);

  /** The person says something and the bot has finished with it; its first answer. */
  async function say(id: number, text: string): Promise<TranscriptEntry> {
    const user = t.emulator.user(id);
    const update = user.sendText(text);
    const answer = await user.waitForBotMessage();
    await handled(t.app.deps.db, update);
    return answer;
  }

  it('answers the admin with counts matching what people did, and nobody named', async () => {
    for (const [key, id] of Object.entries(P)) t.emulator.user(id, { first_name: NAMES[key as keyof typeof P] });

    // Ann walks a scenario to its end; Bo starts it and stops half-way.
    await say(P.ann, '/start');
    for (const id of [P.ann, P.bo]) {
      const user = t.emulator.user(id);
      user.sendText(`/start ${SCENARIO}`);
      await user.waitForBotMessage({ count: opening });
    }
    const ann = t.emulator.user(P.ann);
    const list = ann.transcript().filter((m) => m.from === 'bot').at(-1)!;
    const tap = ann.pressButton({ messageId: list.message_id, data: buttonsOf(list).find((b) => b.text === 'That’s all')!.data });
    await ann.waitForBotMessage();
    await handled(t.app.deps.db, tap);

    // Cy writes words of crisis and gets the crisis answer.
    await say(P.cy, 'I want to kill myself');
    // Di stops all messages; Ed blocks the bot.
    await say(P.di, '/start');
    expect((await say(P.di, '/stop')).text).toBe(plain(text('stopped')));
    await say(P.ed, '/start');
    const blocked = t.emulator.user(P.ed).blockBot()!;
    await handled(t.app.deps.db, blocked);
    // Fay and Gus have daily reminders; Fay's goes out now.
    for (const [id, time] of [[P.fay, '20:00'], [P.gus, '21:00']] as const) {
      expect((await say(id, '/timezone UTC')).text).toContain('Time zone set: UTC');
      expect((await say(id, `/remind ${time}`)).text).toContain(`every day at ${time} (UTC)`);
    }
    expect(await t.app.reminders.sendNow(P.fay)).toEqual({ sent: true });
    // Hal tries the command too (see the next test): he counts as a person all the same.
    await say(P.hal, '/stats');

    const stats = (await say(ADMIN, '/stats')).text ?? '';
    const lines = stats.split('\n');
    const people = Object.keys(P).length + 1; // and the admin, who wrote too
    expect(lines).toContain(`People: ${String(people)} in all, ${String(people)} active in 7 days, 1 stopped, 1 blocked`);
    expect(lines.find((l) => l.startsWith('Reminders:'))).toMatch(/^Reminders: 2 on; today 1 sent, 0 skipped, 0 failed; late by \d+ (s|min) \(p50\), \d+ (s|min) \(p95\)$/);
    expect(lines).toContain(`• ${quiz.title}: 2 → 1`);
    const scenarioLines = lines.filter((l) => l.startsWith('• '));
    expect(scenarioLines).toEqual([`• ${quiz.title}: 2 → 1`]);
    const safety = lines[lines.indexOf('Safety, last 7 days') + 1];
    expect(safety).toBe('act 1');

    // Counts only: no name, no id.
    for (const [key, id] of Object.entries(P)) {
      expect(stats).not.toContain(NAMES[key as keyof typeof P]);
      expect(stats).not.toContain(String(id));
    }
  }, 90_000);

  it("gives anyone else the usual answer to an unknown command", () => {
    const hal = t.emulator.transcript(P.hal).filter((m) => m.from === 'bot');
    expect(hal.map((m) => m.text)).toEqual([plain(text('unknown-command', { command: 'stats' }))]);
  });

  it('is not among the commands registered with setMyCommands', () => {
    const calls = t.emulator.calls('setMyCommands');
    expect(calls.length).toBeGreaterThanOrEqual(1);
    for (const call of calls) {
      const registered = (call.params.commands as { command: string }[]).map((c) => c.command);
      expect(registered).not.toContain('stats');
    }
    // The public menu is exactly the user commands (in every language it was registered in).
    expect(t.emulator.commands().map((c) => c.command)).toEqual([...COMMANDS]);
  });
});
