import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/create-db.ts';
import { migrateToLatest } from '../../src/db/migrator.ts';
import { findUser, rememberGroupChat, setBlocked, setStopped, upsertUser } from '../../src/db/users.repository.ts';
import { testDatabases } from '../helpers/databases.ts';

describe.each(testDatabases())('users repository on $name', (target) => {
  let db: Db;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ db, close } = await target.open());
    await migrateToLatest(db);
  });
  afterAll(() => close());

  it('creates a user on first contact and refreshes name and last-seen later', async () => {
    const t1 = new Date('2026-01-01T10:00:00Z');
    const t2 = new Date('2026-01-02T10:00:00Z');
    const created = await upsertUser(db, { id: 5_000_000_001, first_name: 'Ann', language_code: 'en' }, t1);
    expect(created).toMatchObject({ id: 5_000_000_001, first_name: 'Ann', language_code: 'en', time_zone: null });
    expect(created.created_at.toISOString()).toBe(t1.toISOString());
    const again = await upsertUser(db, { id: 5_000_000_001, first_name: 'Annie' }, t2);
    expect(again.first_name).toBe('Annie');
    expect(again.created_at.toISOString()).toBe(t1.toISOString());
    expect(again.last_seen_at.toISOString()).toBe(t2.toISOString());
  });

  it('clears a recorded block when the user writes again, and keeps /stop until /start', async () => {
    const now = new Date('2026-01-03T10:00:00Z');
    await upsertUser(db, { id: 42, first_name: 'Bo' }, now);
    await setBlocked(db, 42, now);
    await setStopped(db, 42, now);
    expect((await findUser(db, 42))?.blocked_at?.toISOString()).toBe(now.toISOString());
    const back = await upsertUser(db, { id: 42, first_name: 'Bo' }, now);
    expect(back.blocked_at).toBeNull();
    expect(back.stopped_at?.toISOString()).toBe(now.toISOString());
    await setStopped(db, 42, null);
    expect((await findUser(db, 42))?.stopped_at).toBeNull();
  });

  it('remembers a group chat once', async () => {
    expect(await rememberGroupChat(db, -1001)).toBe(true);
    expect(await rememberGroupChat(db, -1001)).toBe(false);
  });
});
