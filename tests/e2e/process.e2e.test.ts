import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../../src/db/create-db.ts';
import { findUser } from '../../src/db/users.repository.ts';
import { createEmulator, DEFAULT_EMULATOR_TOKEN, type Emulator } from '@letgo/telegram-emulator';
import { freshPostgres } from '../helpers/databases.ts';
import { freePort } from '../helpers/ports.ts';
import { spawnBot, waitForOutput } from '../helpers/process.ts';

describe('the bot as a process', () => {
  let emulator: Emulator;
  let dataDir: string;
  beforeAll(async () => {
    emulator = await createEmulator();
    dataDir = await mkdtemp(path.join(tmpdir(), 'letgo-e2e-'));
  });
  afterAll(async () => {
    await emulator.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('stops at a bad variable with one line naming it, and no stack trace', async () => {
    const p = spawnBot({ BOT_TOKEN: DEFAULT_EMULATOR_TOKEN, PORT: 'eighty' });
    expect(await p.exited).toBe(1);
    const lines = p.stderr().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('PORT');
  });

  it('without a token runs the playground: prints its URL and the @BotFather steps, serves the page, exits 0', async () => {
    const playgroundData = await mkdtemp(path.join(tmpdir(), 'letgo-playground-'));
    try {
      const port = await freePort();
      const p = spawnBot({ DATA_DIR: playgroundData, PORT: String(port) });
      await waitForOutput(p, /BOT_TOKEN=/, 45_000);
      expect(p.stdout()).toContain(`http://127.0.0.1:${port}`);
      expect(p.stdout()).toContain('@BotFather');
      const page = await fetch(`http://127.0.0.1:${port}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('letgo playground');
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
      p.child.kill('SIGTERM');
      expect(await p.exited).toBe(0);
    } finally {
      await rm(playgroundData, { recursive: true, force: true });
    }
  }, 60_000);

  const run = (extra: Record<string, string>) =>
    freePort().then((port) => ({
      port,
      p: spawnBot({
        BOT_TOKEN: DEFAULT_EMULATOR_TOKEN,
        TELEGRAM_API_ROOT: emulator.apiRoot,
        PORT: String(port),
        LOG_LEVEL: 'info',
        ...extra,
      }),
    }));

  async function lifecycle(env: Record<string, string>, userId: number, readUser: () => Promise<{ stopped_at: Date | null } | undefined>) {
    const first = await run(env);
    // A first start on PGlite prepares its data folder: seconds on a busy machine.
    await waitForOutput(first.p, /letgo is running/, 60_000);
    const health = await fetch(`http://127.0.0.1:${first.port}/healthz`);
    expect(health.status).toBe(200);
    const user = emulator.user(userId, { first_name: 'Rita' });
    user.sendText('/stop');
    expect((await user.waitForBotMessage()).text).toMatch(/will not send you anything/);

    const sent = Date.now();
    first.p.child.kill('SIGTERM');
    expect(await first.p.exited).toBe(0);
    expect(Date.now() - sent).toBeLessThan(10_000);
    expect((await readUser())?.stopped_at).toBeInstanceOf(Date);

    // A restart keeps the user: /start now says welcome back, because /stop was remembered.
    const second = await run(env);
    await waitForOutput(second.p, /letgo is running/, 60_000);
    user.sendText('/start');
    const [, back] = await user.waitForBotMessage({ count: 2 });
    expect(back!.text).toMatch(/welcome back/i);
    second.p.child.kill('SIGINT');
    expect(await second.p.exited).toBe(0);
    // Each update was answered once: none was handed out again after the restart.
    expect(user.transcript().filter((m) => m.from === 'bot')).toHaveLength(3);
  }

  it('on PGlite: answers, exits 0 on SIGTERM, keeps its data across a restart', async () => {
    await lifecycle({ DATA_DIR: dataDir }, 3001, async () => {
      const db = await createDb({ kind: 'pglite', dataDir });
      try {
        return await findUser(db, 3001);
      } finally {
        await db.destroy();
      }
    });
  }, 150_000);

  const pgUrl = process.env.TEST_DATABASE_URL;
  if (pgUrl) {
    it('on PostgreSQL: answers, exits 0 on SIGTERM, keeps its data across a restart', async () => {
      const pg = await freshPostgres(pgUrl);
      try {
        await lifecycle({ DATABASE_URL: pg.url }, 3002, () => findUser(pg.db, 3002));
      } finally {
        await pg.close();
      }
    }, 150_000);
  }
});
