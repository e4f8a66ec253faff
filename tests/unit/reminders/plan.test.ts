import { describe, expect, it } from 'vitest';
import { pickReminder } from '../../../src/reminders/content.ts';
import { planClaim, planSummary, rememberSeen } from '../../../src/reminders/plan.ts';
import type { DueRow, SummaryDueRow } from '../../../src/reminders/deliveries.repository.ts';
import { REMINDER_GRACE_MS } from '../../../src/reminders/schedule.ts';

const due = new Date('2026-03-28T19:00:00Z'); // 20:00 in Berlin (CET), the eve of spring-forward
const row = (extra: Partial<DueRow> = {}): DueRow => ({
  userId: 1,
  localTime: '20:00',
  pausedUntil: null,
  nextReminderAt: due,
  nextLocalDate: '2026-03-28',
  timeZone: 'Europe/Berlin',
  stoppedAt: null,
  blockedAt: null,
  frequency: 'daily',
  crisisCheckinDue: false,
  lastPractisedAt: null,
  ...extra,
});

describe('planClaim', () => {
  it('sends a due reminder and schedules the next local day across DST', () => {
    const plan = planClaim(row(), new Date(due.getTime() + 5_000), REMINDER_GRACE_MS);
    expect(plan.action).toEqual({ kind: 'send', localDate: '2026-03-28' });
    // 20:00 CEST on 29 March is 18:00 UTC.
    expect(plan.reschedule).toEqual({ userId: 1, nextReminderAt: new Date('2026-03-29T18:00:00Z'), nextLocalDate: '2026-03-29', lastLocalDate: '2026-03-28' });
  });

  it('sends a reminder missed by less than the grace, and skips one missed by more (recorded, next day scheduled)', () => {
    expect(planClaim(row(), new Date(due.getTime() + REMINDER_GRACE_MS - 1), REMINDER_GRACE_MS).action.kind).toBe('send');
    const late = planClaim(row(), new Date(due.getTime() + REMINDER_GRACE_MS), REMINDER_GRACE_MS);
    expect(late.action).toEqual({ kind: 'skip', localDate: '2026-03-28', reason: 'late' });
    expect(late.reschedule.nextLocalDate).toBe('2026-03-29');
  });

  it('after a long outage schedules the next reminder after now, not a past one', () => {
    const now = new Date('2026-03-31T12:00:00Z');
    const plan = planClaim(row(), now, REMINDER_GRACE_MS);
    expect(plan.action.kind).toBe('skip');
    expect(plan.reschedule.nextReminderAt).toEqual(new Date('2026-03-31T18:00:00Z'));
  });

  it('only moves the schedule on for people who stopped or blocked the bot', () => {
    expect(planClaim(row({ stoppedAt: due }), due, REMINDER_GRACE_MS).action).toEqual({ kind: 'pass', reason: 'stopped' });
    const blocked = planClaim(row({ blockedAt: due }), due, REMINDER_GRACE_MS);
    expect(blocked.action).toEqual({ kind: 'pass', reason: 'blocked' });
    expect(blocked.reschedule.nextLocalDate).toBe('2026-03-29');
  });

  it('unschedules a row without a time or zone, or with a zone nobody knows', () => {
    for (const extra of [{ localTime: null }, { timeZone: null }, { timeZone: 'Mars/Olympus' }]) {
      const plan = planClaim(row(extra), due, REMINDER_GRACE_MS);
      expect(plan.action).toEqual({ kind: 'pass', reason: 'unscheduled' });
      expect(plan.reschedule.nextReminderAt).toBeNull();
    }
  });

  it('respects a pause', () => {
    const plan = planClaim(row({ pausedUntil: new Date('2026-04-01T00:00:00Z') }), due, REMINDER_GRACE_MS);
    expect(plan.reschedule.nextLocalDate).toBe('2026-04-01');
  });

  it('skips a day the person already practised (in their zone), and still schedules the next', () => {
    // 10:00 in Berlin on the same local date: a scenario finished or a check-in this morning.
    const morning = planClaim(row({ lastPractisedAt: new Date('2026-03-28T09:00:00Z') }), due, REMINDER_GRACE_MS);
    expect(morning.action).toEqual({ kind: 'skip', localDate: '2026-03-28', reason: 'practised' });
    expect(morning.reschedule.nextLocalDate).toBe('2026-03-29');
    // 23:30 UTC on the 27th is 00:30 on the 28th in Berlin: the same local day.
    expect(planClaim(row({ lastPractisedAt: new Date('2026-03-27T23:30:00Z') }), due, REMINDER_GRACE_MS).action.kind).toBe('skip');
    // 22:30 UTC on the 27th is still the 27th in Berlin: yesterday's practice does not count today.
    expect(planClaim(row({ lastPractisedAt: new Date('2026-03-27T22:30:00Z') }), due, REMINDER_GRACE_MS).action.kind).toBe('send');
  });

  it('never holds back an owed crisis check-in because the person practised', () => {
    const plan = planClaim(row({ lastPractisedAt: new Date('2026-03-28T09:00:00Z'), crisisCheckinDue: true }), due, REMINDER_GRACE_MS);
    expect(plan.action).toEqual({ kind: 'send', localDate: '2026-03-28' });
  });

  it('follows the frequency: after a Friday on weekdays comes Monday; every other day leaves one free', () => {
    // 27 March 2026 is a Friday; Europe springs forward on Sunday the 29th.
    const friday = row({ nextReminderAt: new Date('2026-03-27T19:00:00Z'), nextLocalDate: '2026-03-27', frequency: 'weekdays' });
    const plan = planClaim(friday, new Date('2026-03-27T19:00:05Z'), REMINDER_GRACE_MS);
    expect(plan.action).toEqual({ kind: 'send', localDate: '2026-03-27' });
    expect(plan.reschedule).toMatchObject({ nextReminderAt: new Date('2026-03-30T18:00:00Z'), nextLocalDate: '2026-03-30' });
    const everyOther = planClaim(row({ frequency: 'every-other-day' }), new Date(due.getTime() + 5_000), REMINDER_GRACE_MS);
    expect(everyOther.reschedule).toMatchObject({ nextReminderAt: new Date('2026-03-30T18:00:00Z'), nextLocalDate: '2026-03-30' });
  });
});

describe('planSummary', () => {
  // Sunday 29 March 2026, 20:00 in Berlin (the spring-forward day): the summary of that week.
  const at = new Date('2026-03-29T18:00:00Z');
  const summaryRow = (extra: Partial<SummaryDueRow> = {}): SummaryDueRow => ({
    userId: 1,
    summaryWeekday: 7,
    localTime: '20:00',
    pausedUntil: null,
    nextSummaryAt: at,
    nextSummaryDate: '2026-03-29',
    timeZone: 'Europe/Berlin',
    stoppedAt: null,
    blockedAt: null,
    enabled: true,
    ...extra,
  });

  it('sends keyed by the week’s Monday and schedules the next week', () => {
    const plan = planSummary(summaryRow(), new Date(at.getTime() + 1_000), REMINDER_GRACE_MS);
    expect(plan.action).toEqual({ kind: 'send', localDate: '2026-03-23' });
    expect(plan.reschedule).toEqual({ userId: 1, nextReminderAt: new Date('2026-04-05T18:00:00Z'), nextLocalDate: '2026-04-05', lastLocalDate: '2026-03-23' });
  });

  it('uses the default time without a reminder time, and passes over people who stopped or blocked the bot', () => {
    const noTime = planSummary(summaryRow({ localTime: null, nextSummaryAt: new Date('2026-03-29T17:00:00Z') }), new Date('2026-03-29T17:00:01Z'), REMINDER_GRACE_MS);
    expect(noTime.reschedule.nextReminderAt).toEqual(new Date('2026-04-05T17:00:00Z')); // 19:00 CEST
    expect(planSummary(summaryRow({ stoppedAt: at }), at, REMINDER_GRACE_MS).action.kind).toBe('pass');
    expect(planSummary(summaryRow({ blockedAt: at }), at, REMINDER_GRACE_MS).action.kind).toBe('pass');
  });

  it('skips a late one, and unschedules one switched off or whose reminders are off (or paused themselves)', () => {
    expect(planSummary(summaryRow(), new Date(at.getTime() + REMINDER_GRACE_MS), REMINDER_GRACE_MS).action).toEqual({ kind: 'skip', localDate: '2026-03-23', reason: 'late' });
    for (const extra of [{ summaryWeekday: null }, { enabled: false }]) {
      const off = planSummary(summaryRow(extra), at, REMINDER_GRACE_MS);
      expect(off).toMatchObject({ action: { kind: 'pass', reason: 'unscheduled' }, reschedule: { nextReminderAt: null } });
    }
  });
});

describe('rememberSeen with pickReminder', () => {
  const all = Array.from({ length: 7 }, (_, i) => ({ id: `r${i}` }));

  it('never repeats a text before all were seen, and never the same text twice in a row', () => {
    let seen: string[] = [];
    const history: string[] = [];
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let day = 0; day < 70; day += 1) {
      const id = pickReminder(all, seen, random);
      history.push(id);
      seen = rememberSeen(all, seen, id);
      expect(seen.length).toBeLessThanOrEqual(all.length);
    }
    for (let i = 1; i < history.length; i += 1) expect(history[i]).not.toBe(history[i - 1]);
    // Any window of consecutive days as long as the list, aligned to a cycle, has no repeat:
    // the first cycle is days 0-6, and each later one starts with the last of the previous.
    expect(new Set(history.slice(0, 7)).size).toBe(7);
    for (let start = 7; start + 6 <= history.length; start += 6) {
      expect(new Set(history.slice(start - 1, start + 6)).size).toBe(7);
    }
  });

  it('ignores ids of texts that were removed', () => {
    expect(rememberSeen(all, ['gone', 'r1'], 'r2')).toEqual(['r1', 'r2']);
  });
});
