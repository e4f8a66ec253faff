import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '@letgo/telegram-emulator';
import { startTestApp } from '../helpers/app.ts';
import { waitFor } from '../helpers/wait.ts';

describe('long polling', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await createEmulator();
  });
  afterAll(() => emulator.close());

  it('reports a second process polling the same token as fatal instead of crashing', async () => {
    const fatal: unknown[] = [];
    const first = await startTestApp(emulator, {}, { onFatal: (e) => fatal.push(e) });
    const second = await startTestApp(emulator, {}, { onFatal: (e) => fatal.push(e) });
    try {
      await waitFor(() => fatal.length > 0, 10_000, 'a 409 conflict reported');
      expect(String((fatal[0] as Error).message)).toMatch(/409|Conflict/);
    } finally {
      await Promise.all([first.stop(), second.stop()]);
    }
  });

  it('does not hand an answered update out again after a restart', async () => {
    const app = await startTestApp(emulator);
    const ann = emulator.user(6001);
    ann.sendText('/help');
    await ann.waitForBotMessage();
    await app.stop();
    const again = await startTestApp(emulator);
    try {
      ann.sendText('/help');
      await ann.waitForBotMessage();
      await waitFor(() => emulator.pendingUpdates().length === 0);
      expect(ann.transcript().filter((m) => m.from === 'bot')).toHaveLength(2);
    } finally {
      await again.stop();
    }
  });
});
