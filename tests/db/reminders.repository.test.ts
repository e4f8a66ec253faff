import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../../src/db/create-db.ts';
import { migrateToLatest } from '../../src/db/migrator.ts';
import { upsertUser } from '../../src/db/users.repository.ts';
import { deleteUserData } from '../../src/privacy/privacy.repository.ts';
import { claimDue } from '../../src/reminders/claim.ts';
import { checkinsSince, upsertCheckin } from '../../src/reminders/checkins.repository.ts';
import { fenceDelivery, findDue, recordClaim } from '../../src/reminders/deliveries.repository.ts';
import { clearAwaitingZone, isAwaitingZone } from '../../src/reminders/settings.repository.ts';
import { REMINDER_GRACE_MS } from '../../src/reminders/schedule.ts';
import { changeReminders, reminderView } from '../../src/reminders/service.ts';
import { testDatabases } from '../helpers/databases.ts';

const claimOptions = (now: Date, batchSize = 10) => ({ now, batchSize, graceMs: REMINDER_GRACE_MS, leaseMs: 300_000, spacingMs: 35 });

describe.each(testDatabases())('reminders repository and service on $name', (target) => {
  let db: Db;
  let url: string | undefined;
  let close: () => Promise<void>;
  let nextId = 1;
  beforeAll(async () => {
    ({ db, url, close } = await target.open());
    await migrateToLatest(db);
  });
  afterAll(() => close());

  async function newUser(at: Date): Promise<number> {
    const id = nextId++;
    await upsertUser(db, { id, first_name: `U${id}` }, at);
    return id;
  }

  it('schedules from time and zone, in either order, and unschedules when off', async () => {
    const now = new Date('2026-03-28T10:00:00Z'); // Saturday before Europe's spring-forward
    const id = await newUser(now);
    let view = await changeReminders(db, id, { enabled: true, localTime: '20:00' }, now);
    expect(view).toMatchObject({ enabled: true, localTime: '20:00', timeZone: null, next: null });
    view = await changeReminders(db, id, { timeZone: 'Europe/Berlin' }, now);
    expect(view.next).toEqual({ at: new Date('2026-03-28T19:00:00Z'), localDate: '2026-03-28' });
    view = await changeReminders(db, id, { enabled: false }, now);
    expect(view.next).toBeNull();
    view = await changeReminders(db, id, { enabled: true }, now);
    expect(view.next?.localDate).toBe('2026-03-28');
  });

  it('pauses for whole days and lifts the pause', async () => {
    const now = new Date('2026-06-01T06:00:00Z');
    const id = await newUser(now);
    await changeReminders(db, id, { enabled: true, localTime: '08:30', timeZone: 'UTC' }, now);
    let view = await changeReminders(db, id, { pauseDays: 3 }, now);
    expect(view.pausedUntil).toEqual(new Date('2026-06-04T06:00:00Z'));
    expect(view.next).toEqual({ at: new Date('2026-06-04T08:30:00Z'), localDate: '2026-06-04' });
    view = await changeReminders(db, id, { clearPause: true }, now);
    expect(view.next?.localDate).toBe('2026-06-01');
  });

  it('never schedules a second reminder on a local date already claimed', async () => {
    const now = new Date('2026-06-02T08:00:00Z');
    const id = await newUser(now);
    await changeReminders(db, id, { enabled: true, localTime: '07:59', timeZone: 'UTC' }, new Date('2026-06-02T07:00:00Z'));
    const claimed = await claimDue(db, claimOptions(now));
    expect(claimed.jobs.map((j) => [j.userId, j.localDate])).toEqual([[id, '2026-06-02']]);
    const later = await changeReminders(db, id, { localTime: '21:00' }, now);
    expect(later.next?.localDate).toBe('2026-06-03');
  });

  it('records one delivery per (user, local date): a second claim of the same day is refused', async () => {
    const now = new Date('2026-06-03T08:00:00Z');
    const id = await newUser(now);
    await changeReminders(db, id, { enabled: true, localTime: '08:00', timeZone: 'UTC' }, now);
    const row = { userId: id, localDate: '2026-06-03', status: 'sending' as const, reason: null, dueAt: now };
    const input = { kind: 'reminder' as const, now, claimId: 'a', deliveries: [row], reschedules: [], spacingMs: 35, maxAheadMs: 600_000, leaseMs: 300_000 };
    expect(await recordClaim(db, input)).toHaveLength(1);
    expect(await recordClaim(db, { ...input, claimId: 'b' })).toEqual([]);
    // Only the owning claim passes the check before a send, and only within its lease.
    const key = { userId: id, kind: 'reminder' as const, localDate: '2026-06-03' };
    expect(await fenceDelivery(db, { ...key, claimId: 'b' }, now)).toBeUndefined();
    expect(await fenceDelivery(db, { ...key, claimId: 'a' }, now)).toMatchObject({ enabled: true, stoppedAt: null, blockedAt: null, seen: [], inContact: null, unanswered: 0 });
    // A weekly summary of the same person and date is another key: it does not collide.
    expect(await recordClaim(db, { ...input, kind: 'summary', claimId: 'c' })).toHaveLength(1);
    expect(await fenceDelivery(db, { ...key, claimId: 'a' }, new Date(now.getTime() + 400_000))).toBeUndefined();
  });

  it('stores one check-in per local date; a second tap changes it', async () => {
    const now = new Date('2026-06-04T08:00:00Z');
    const id = await newUser(now);
    expect(await upsertCheckin(db, id, '2026-06-04', 'holding', now)).toBeUndefined();
    expect(await upsertCheckin(db, id, '2026-06-04', 'letting-go', now)).toBe('holding');
    await upsertCheckin(db, id, '2026-06-02', 'skipped', now);
    expect(await checkinsSince(db, id, '2026-06-01')).toEqual([
      { localDate: '2026-06-02', mood: 'skipped' },
      { localDate: '2026-06-04', mood: 'letting-go' },
    ]);
  });

  it('waits for a typed city only until the wait runs out or is cleared', async () => {
    const now = new Date('2026-06-05T08:00:00Z');
    const id = await newUser(now);
    await changeReminders(db, id, { awaitingZoneUntil: new Date(now.getTime() + 60_000) }, now);
    expect(await isAwaitingZone(db, id, now)).toBe(true);
    expect(await isAwaitingZone(db, id, new Date(now.getTime() + 61_000))).toBe(false);
    await clearAwaitingZone(db, id);
    expect(await isAwaitingZone(db, id, now)).toBe(false);
  });

  it('erases every reminder row with the user (on delete cascade)', async () => {
    const now = new Date('2026-06-06T08:00:00Z');
    const id = await newUser(now);
    await changeReminders(db, id, { enabled: true, localTime: '07:00', timeZone: 'UTC' }, new Date('2026-06-06T06:00:00Z'));
    await claimDue(db, claimOptions(now));
    await upsertCheckin(db, id, '2026-06-06', 'between', now);
    expect(await deleteUserData(db, id)).toBe(true);
    for (const table of ['reminder_settings', 'reminder_deliveries', 'reminder_checkins'] as const) {
      expect(await db.selectFrom(table).select('user_id').where('user_id', '=', id).execute()).toEqual([]);
    }
    expect((await reminderView(db, id, now)).known).toBe(false);
  });

  if (target.name === 'postgres') {
    it('two claimers lock different users (FOR UPDATE SKIP LOCKED) and never wait for each other', async () => {
      const now = new Date('2026-06-07T08:00:00Z');
      await db.updateTable('reminder_settings').set({ next_reminder_at: null }).execute(); // only these five are due
      const ids: number[] = [];
      for (let i = 0; i < 5; i += 1) {
        const id = await newUser(now);
        await changeReminders(db, id, { enabled: true, localTime: '07:30', timeZone: 'UTC' }, new Date('2026-06-07T07:00:00Z'));
        ids.push(id);
      }
      const other = await createDb({ kind: 'postgres', url: url! });
      try {
        let release!: () => void;
        const held = new Promise<void>((r) => (release = r));
        let first: number[] = [];
        const holder = db.transaction().execute(async (trx) => {
          first = (await findDue(trx, now, 3)).map((r) => r.userId);
          await held;
        });
        while (first.length === 0) await new Promise((r) => setTimeout(r, 5));
        const second = (await other.transaction().execute((trx) => findDue(trx, now, 10))).map((r) => r.userId);
        release();
        await holder;
        expect(first).toHaveLength(3);
        expect(second).toHaveLength(2);
        expect([...first, ...second].sort((a, b) => a - b)).toEqual(ids);
      } finally {
        await other.destroy();
      }
    });
  }
});
