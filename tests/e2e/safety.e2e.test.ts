import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { safetyEventCount } from '../../src/safety/safety.repository.ts';
import { startTestBot, type TestBot } from '../helpers/app.ts';
import { waitFor } from '../helpers/wait.ts';

describe('crisis language', () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await startTestBot();
  });
  afterAll(() => t.close());

  it('answers with help resources at once and counts the event without the text', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const before = await safetyEventCount(t.app.deps.db, today);
    const ann = t.emulator.user(4001);
    ann.sendText('honestly I want to end my life');
    const reply = await ann.waitForBotMessage();
    expect(reply.parse_mode).toBe('HTML');
    expect(reply.text).toMatch(/emergency number/);
    expect(reply.text).toContain('findahelpline.com');
    expect(reply.text).toMatch(/not a crisis service/);
    await waitFor(async () => (await safetyEventCount(t.app.deps.db, today)) === before + 1);
    const rows = await t.app.deps.db.selectFrom('safety_events').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain('end my life');
  });

  it('does not mistake a figure of speech for a crisis', async () => {
    const bo = t.emulator.user(4002);
    bo.sendText('this breakup is killing me');
    const reply = await bo.waitForBotMessage();
    expect(reply.text).not.toContain('findahelpline.com');
  });
});
