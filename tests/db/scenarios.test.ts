import { uniformStorage } from '@grammyjs/conversations';
import type { Context } from 'grammy';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/create-db.ts';
import { migrateToLatest } from '../../src/db/migrator.ts';
import { upsertUser } from '../../src/db/users.repository.ts';
import { deleteUserData, exportUserData } from '../../src/privacy/privacy.repository.ts';
import {
  conversationStateSize,
  conversationStorage,
  deleteConversationStatesOf,
} from '../../src/db/conversation-states.repository.ts';
import { sweepIdleRuns } from '../../src/scenarios/idle-sweep.ts';
import { addJournalEntry, countJournalEntries, latestJournalEntries } from '../../src/scenarios/journal.repository.ts';
import {
  closeActiveRun,
  closeRun,
  expireIdleRuns,
  findActiveRun,
  findRun,
  listAnswers,
  openRun,
  saveRunStep,
  setKeyboardMessage,
} from '../../src/scenarios/runs.repository.ts';
import { testDatabases } from '../helpers/databases.ts';

const T0 = new Date('2026-11-29T10:00:00Z');
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

describe.each(testDatabases())('scenario storage on $name', (target) => {
  let db: Db;
  let close: () => Promise<void>;
  let nextUser = 1;
  let user: number;
  beforeAll(async () => {
    ({ db, close } = await target.open());
    await migrateToLatest(db);
  });
  afterAll(() => close());
  beforeEach(async () => {
    user = 500 + nextUser++;
    await upsertUser(db, { id: user, first_name: 'Ren' }, T0);
  });

  const open = (scenarioId = 'quiz', now = T0) =>
    openRun(db, { userId: user, scenarioId, contentVersion: 'v1', stepId: 'q1', vars: { score: 0 }, status: 'active', now });

  describe('runs', () => {
    it('opens a run with its state and reads it back as saved', async () => {
      const { run, replaced } = await open();
      expect(replaced).toBeUndefined();
      expect(run).toMatchObject({ user_id: user, scenario_id: 'quiz', content_version: 'v1', step_id: 'q1', vars: { score: 0 }, status: 'active', revision: 0, keyboard_message_id: null, ended_at: null });
      expect(run.id).toBeGreaterThan(0);
      expect(await findActiveRun(db, user)).toEqual(run);
    });

    it('keeps at most one active run per person: opening another cancels the first', async () => {
      const first = await open('quiz');
      await setKeyboardMessage(db, first.run.id, 42);
      const second = await open('how-long', minutes(1));
      expect(second.replaced).toMatchObject({ id: first.run.id, status: 'cancelled', keyboard_message_id: 42 });
      expect((await findActiveRun(db, user))?.id).toBe(second.run.id);
      // The database itself refuses a second active run, whatever the code does.
      await expect(
        db.insertInto('scenario_runs').values({ user_id: user, scenario_id: 'x', content_version: 'v', step_id: 's', vars: '{}', status: 'active', keyboard_message_id: null, started_at: T0, updated_at: T0, ended_at: null }).execute(),
      ).rejects.toThrow();
    });

    it('saves a move with its answers and journal entries in one go, and bumps the revision', async () => {
      const { run } = await open();
      const saved = await saveRunStep(
        db,
        run,
        { stepId: 'q2', vars: { score: 1, ticks: ['a', 'c'], feeling: 'calm', done: true }, contentVersion: 'v2', status: 'active', now: minutes(3) },
        {
          answers: [
            { stepId: 'q1', value: 'yes' },
            { stepId: 'list', value: ['a', 'c'] },
          ],
          journal: [{ scenarioId: 'quiz', stepId: 'write', prompt: 'What now?', text: 'Breathing “slowly” <b>& calmly</b> 🌿' }],
        },
      );
      expect(saved).toMatchObject({ step_id: 'q2', vars: { score: 1, ticks: ['a', 'c'], feeling: 'calm', done: true }, content_version: 'v2', revision: 1, updated_at: minutes(3) });
      expect(await listAnswers(db, run.id)).toEqual([
        { step_id: 'q1', value: 'yes' },
        { step_id: 'list', value: ['a', 'c'] },
      ]);
      const [entry] = await latestJournalEntries(db, user, 0, 10);
      expect(entry).toMatchObject({ run_id: run.id, scenario_id: 'quiz', step_id: 'write', prompt: 'What now?', text: 'Breathing “slowly” <b>& calmly</b> 🌿' });
    });

    it('a save at a stale revision, or of a closed run, writes nothing', async () => {
      const { run } = await open();
      const moved = await saveRunStep(db, run, { stepId: 'q2', vars: {}, contentVersion: 'v1', status: 'active', now: minutes(1) });
      expect(moved?.revision).toBe(1);
      const stale = await saveRunStep(db, run, { stepId: 'q3', vars: {}, contentVersion: 'v1', status: 'active', now: minutes(2) }, { answers: [{ stepId: 'q2', value: 'x' }], journal: [] });
      expect(stale).toBeUndefined();
      expect(await listAnswers(db, run.id)).toEqual([]);
      await closeRun(db, run.id, 'cancelled', minutes(3));
      expect(await saveRunStep(db, moved!, { stepId: 'q3', vars: {}, contentVersion: 'v1', status: 'active', now: minutes(4) })).toBeUndefined();
      expect(await findRun(db, run.id)).toMatchObject({ status: 'cancelled', step_id: 'q2', ended_at: minutes(3) });
    });

    it('finishing a run records when it ended; closing it twice does nothing', async () => {
      const { run } = await open();
      const done = await saveRunStep(db, run, { stepId: 'end', vars: {}, contentVersion: 'v1', status: 'finished', now: minutes(5) });
      expect(done).toMatchObject({ status: 'finished', ended_at: minutes(5) });
      expect(await findActiveRun(db, user)).toBeUndefined();
      expect(await closeActiveRun(db, user, 'cancelled', minutes(6))).toBeUndefined();
      expect(await closeRun(db, run.id, 'expired', minutes(6))).toBeUndefined();
    });

    it('expires only active runs idle since before the cut-off', async () => {
      const { run: idle } = await open('quiz', minutes(0));
      const other = 900 + nextUser++;
      await upsertUser(db, { id: other, first_name: 'Sam' }, T0);
      const fresh = await openRun(db, { userId: other, scenarioId: 'quiz', contentVersion: 'v1', stepId: 'q1', vars: {}, status: 'active', now: minutes(50) });
      const expired = await expireIdleRuns(db, minutes(30), minutes(60));
      expect(expired.map((r) => r.id)).toContain(idle.id);
      expect(expired.map((r) => r.id)).not.toContain(fresh.run.id);
      expect(await findRun(db, idle.id)).toMatchObject({ status: 'expired', ended_at: minutes(60) });
      expect((await findRun(db, fresh.run.id))?.status).toBe('active');
    });

    it('the sweep closes idle runs and drops their conversation state', async () => {
      await open('quiz', minutes(0));
      const storage = conversationStorage<unknown>(db);
      await storage.write(String(user), { version: [0, 'x'], state: { scenario: [] } });
      const closed = await sweepIdleRuns({ db, clock: { now: () => minutes(24 * 60 + 1) }, scenarioIdleMs: 24 * 60 * 60_000 });
      expect(closed).toBeGreaterThanOrEqual(1);
      expect(await findActiveRun(db, user)).toBeUndefined();
      expect(await storage.read(String(user))).toBeUndefined();
    });
  });

  describe('journal', () => {
    it('counts and pages entries newest first', async () => {
      expect(await countJournalEntries(db, user)).toBe(0);
      for (let i = 1; i <= 5; i++) {
        await addJournalEntry(db, { userId: user, scenarioId: 's', stepId: 'w', prompt: 'p', text: `entry ${String(i)}`, now: minutes(i) });
      }
      expect(await countJournalEntries(db, user)).toBe(5);
      expect((await latestJournalEntries(db, user, 0, 2)).map((e) => e.text)).toEqual(['entry 5', 'entry 4']);
      expect((await latestJournalEntries(db, user, 4, 2)).map((e) => e.text)).toEqual(['entry 1']);
    });

    it('refuses an entry over the documented size', async () => {
      await expect(addJournalEntry(db, { userId: user, scenarioId: 's', stepId: 'w', prompt: 'p', text: 'x'.repeat(4097), now: T0 })).rejects.toThrow();
    });
  });

  describe('the conversations storage adapter', () => {
    it('reads nothing, then what was written, then the overwrite, then nothing after delete', async () => {
      const storage = conversationStorage<{ n: number; text: string }>(db, { now: () => minutes(1) });
      const key = String(user);
      expect(await storage.read(key)).toBeUndefined();
      const value = { version: [0, '1:abc'] as [0, string], state: { n: 1, text: 'quotes " \\ and ünïcödé 💛 <tags>' } };
      await storage.write(key, value);
      expect(await storage.read(key)).toEqual(value);
      await storage.write(key, { version: [0, '1:abc'], state: { n: 2, text: '' } });
      expect(await storage.read(key)).toEqual({ version: [0, '1:abc'], state: { n: 2, text: '' } });
      expect(await conversationStateSize(db, key)).toBeGreaterThan(0);
      await storage.delete(key);
      expect(await storage.read(key)).toBeUndefined();
      await storage.delete(key); // deleting nothing is fine
    });

    it('drops a write for a person who no longer exists, and refuses keys that are not user ids', async () => {
      const storage = conversationStorage<unknown>(db);
      await storage.write('987654321', { version: [0, 0], state: {} });
      expect(await storage.read('987654321')).toBeUndefined();
      await expect(async () => storage.write('chat:-100', { version: [0, 0], state: {} })).rejects.toThrow(/not a user id/);
    });

    it('works behind the plugin: a different version reads as no conversation', async () => {
      const adapter = conversationStorage<Record<string, unknown>>(db);
      const ctx = { from: { id: user } } as unknown as Context;
      const v1 = uniformStorage<Context, Record<string, unknown>>({ type: 'key', version: '1:aaa', getStorageKey: (c) => String(c.from?.id), adapter })(ctx);
      const v2 = uniformStorage<Context, Record<string, unknown>>({ type: 'key', version: '1:bbb', getStorageKey: (c) => String(c.from?.id), adapter })(ctx);
      await v1.write({ scenario: [{ interrupts: [1] }] });
      expect(await v1.read()).toEqual({ scenario: [{ interrupts: [1] }] });
      expect(await v2.read()).toBeUndefined();
      await deleteConversationStatesOf(db, [user]);
      expect(await v1.read()).toBeUndefined();
    });
  });

  it('/export includes every scenario table and /delete erases them all', async () => {
    const { run } = await open();
    await saveRunStep(db, run, { stepId: 'q2', vars: {}, contentVersion: 'v1', status: 'active', now: minutes(1) }, { answers: [{ stepId: 'q1', value: 'yes' }], journal: [{ scenarioId: 'quiz', stepId: 'w', prompt: 'p', text: 't' }] });
    await conversationStorage<unknown>(db).write(String(user), { version: [0, 0], state: { a: 1 } });
    const data = await exportUserData(db, user);
    for (const table of ['scenario_runs', 'scenario_answers', 'journal_entries', 'conversation_states']) {
      expect(data[table], table).toHaveLength(1);
    }
    await deleteUserData(db, user);
    for (const table of ['scenario_runs', 'scenario_answers', 'journal_entries', 'conversation_states'] as const) {
      const rows = await db.selectFrom(table).select('user_id').where('user_id', '=', user).execute();
      expect(rows, table).toEqual([]);
    }
  });
});
