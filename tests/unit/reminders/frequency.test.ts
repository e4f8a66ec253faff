import { describe, expect, it } from 'vitest';
import { addDays, nextReminder, weekStart, type NextReminderInput } from '../../../src/reminders/schedule.ts';

/** The next reminder as `[UTC ISO instant, local date]`, for compact literal expectations. */
function next(localTime: string, timeZone: string, now: string, extra: Partial<NextReminderInput> = {}): [string, string] {
  const r = nextReminder({ localTime, timeZone, now: new Date(now), ...extra });
  return [r.at.toISOString(), r.localDate];
}

// Every expected instant was worked out by hand from the 2025 zone rules:
// Berlin CET +1 / CEST +2 (30 Mar, 26 Oct); New York EST -5 / EDT -4 (9 Mar, 2 Nov).
describe('weekdays', () => {
  const weekdays = { cadence: 'weekdays' } as const;

  it('goes from Friday to Monday, across the spring-forward weekend (Berlin)', () => {
    expect(next('08:30', 'Europe/Berlin', '2025-03-28T08:00:00Z', { ...weekdays, lastLocalDate: '2025-03-28' })).toEqual([
      '2025-03-31T06:30:00.000Z',
      '2025-03-31',
    ]);
  });

  it('goes from Friday to Monday across the US spring-forward, at the new offset', () => {
    expect(next('02:30', 'America/New_York', '2025-03-07T12:00:00Z', { ...weekdays, lastLocalDate: '2025-03-07' })).toEqual([
      '2025-03-10T06:30:00.000Z',
      '2025-03-10',
    ]);
  });

  it('set up on a Saturday, starts on Monday', () => {
    expect(next('08:30', 'Europe/Berlin', '2025-06-07T10:00:00Z', weekdays)).toEqual(['2025-06-09T06:30:00.000Z', '2025-06-09']);
  });

  it('judges the weekday in the person’s zone, not in UTC', () => {
    // Sunday 23:59 in Berlin is still the weekend: Monday's reminder comes next.
    expect(next('08:30', 'Europe/Berlin', '2025-06-08T21:59:00Z', weekdays)).toEqual(['2025-06-09T06:30:00.000Z', '2025-06-09']);
    // It is already Monday 08:00 in Auckland while UTC says Sunday.
    expect(next('08:30', 'Pacific/Auckland', '2025-06-08T20:00:00Z', weekdays)).toEqual(['2025-06-08T20:30:00.000Z', '2025-06-09']);
    // Monday 00:15 in Tokyo is a Sunday in UTC.
    expect(next('00:15', 'Asia/Tokyo', '2025-06-07T00:00:00Z', weekdays)).toEqual(['2025-06-08T15:15:00.000Z', '2025-06-09']);
  });

  it('crosses a year boundary (1 Jan 2026 is a Thursday)', () => {
    expect(next('20:00', 'UTC', '2025-12-31T21:00:00Z', { ...weekdays, lastLocalDate: '2025-12-31' })).toEqual([
      '2026-01-01T20:00:00.000Z',
      '2026-01-01',
    ]);
    expect(next('20:00', 'UTC', '2026-01-02T21:00:00Z', { ...weekdays, lastLocalDate: '2026-01-02' })).toEqual([
      '2026-01-05T20:00:00.000Z',
      '2026-01-05',
    ]);
  });

  it('after a pause ending on a Saturday, waits for Monday', () => {
    expect(next('08:30', 'Europe/Berlin', '2025-06-02T10:00:00Z', { ...weekdays, pausedUntil: new Date('2025-06-07T06:00:00Z') })).toEqual([
      '2025-06-09T06:30:00.000Z',
      '2025-06-09',
    ]);
  });
});

describe('every other day', () => {
  const everyOther = { cadence: 'every-other-day' } as const;

  it('leaves one day free after the last reminder', () => {
    expect(next('08:30', 'Europe/Berlin', '2025-06-01T07:00:00Z', { ...everyOther, lastLocalDate: '2025-06-01' })).toEqual([
      '2025-06-03T06:30:00.000Z',
      '2025-06-03',
    ]);
  });

  it('starts today when there was no reminder yet', () => {
    expect(next('08:30', 'Europe/Berlin', '2025-06-01T05:00:00Z', everyOther)).toEqual(['2025-06-01T06:30:00.000Z', '2025-06-01']);
  });

  it('when the free day’s successor has passed (the bot was down), takes the next date', () => {
    expect(next('08:30', 'Europe/Berlin', '2025-06-03T07:00:00Z', { ...everyOther, lastLocalDate: '2025-06-01' })).toEqual([
      '2025-06-04T06:30:00.000Z',
      '2025-06-04',
    ]);
  });

  it('lands on the spring-forward day and fires at the end of the gap (03:00 EDT)', () => {
    expect(next('02:30', 'America/New_York', '2025-03-07T12:00:00Z', { ...everyOther, lastLocalDate: '2025-03-07' })).toEqual([
      '2025-03-09T07:00:00.000Z',
      '2025-03-09',
    ]);
  });

  it('lands on the fall-back day and fires the repeated 01:30 once, at its first (EDT) occurrence', () => {
    expect(next('01:30', 'America/New_York', '2025-11-01T12:00:00Z', { ...everyOther, lastLocalDate: '2025-10-31' })).toEqual([
      '2025-11-02T05:30:00.000Z',
      '2025-11-02',
    ]);
  });

  it('crosses a month and a week boundary by calendar dates', () => {
    expect(next('21:00', 'Europe/Berlin', '2025-10-31T21:00:00Z', { ...everyOther, lastLocalDate: '2025-10-31' })).toEqual([
      '2025-11-02T20:00:00.000Z',
      '2025-11-02',
    ]);
  });
});

describe('one weekday (the weekly summary)', () => {
  it('finds the chosen weekday, and fires a repeated time once on the fall-back Sunday (Berlin, 26 Oct)', () => {
    expect(next('02:30', 'Europe/Berlin', '2025-10-20T12:00:00Z', { cadence: { weekday: 7 } })).toEqual([
      '2025-10-26T00:30:00.000Z',
      '2025-10-26',
    ]);
    // The next one, a week later, is in winter time.
    expect(next('02:30', 'Europe/Berlin', '2025-10-26T01:00:00Z', { cadence: { weekday: 7 }, lastLocalDate: '2025-10-26' })).toEqual([
      '2025-11-02T01:30:00.000Z',
      '2025-11-02',
    ]);
  });

  it('is today when the weekday is today and the time is still ahead, else a week later', () => {
    // Monday 2 June 2025, 12:00 in Berlin.
    expect(next('19:00', 'Europe/Berlin', '2025-06-02T10:00:00Z', { cadence: { weekday: 1 } })).toEqual(['2025-06-02T17:00:00.000Z', '2025-06-02']);
    expect(next('08:00', 'Europe/Berlin', '2025-06-02T10:00:00Z', { cadence: { weekday: 1 } })).toEqual(['2025-06-09T06:00:00.000Z', '2025-06-09']);
  });

  it('skips a week whose summary was sent (lastLocalDate = that week’s Sunday)', () => {
    expect(next('19:00', 'UTC', '2025-06-02T10:00:00Z', { cadence: { weekday: 5 }, lastLocalDate: '2025-06-08' })).toEqual([
      '2025-06-13T19:00:00.000Z',
      '2025-06-13',
    ]);
  });

  it('rejects a weekday outside 1-7', () => {
    const now = new Date('2025-06-02T10:00:00Z');
    expect(() => nextReminder({ localTime: '19:00', timeZone: 'UTC', now, cadence: { weekday: 0 } })).toThrow(RangeError);
    expect(() => nextReminder({ localTime: '19:00', timeZone: 'UTC', now, cadence: { weekday: 8 } })).toThrow(RangeError);
  });
});

describe('weekStart and addDays', () => {
  it('finds the local Monday of a date, across month and year boundaries', () => {
    expect(weekStart('2025-06-08')).toBe('2025-06-02'); // Sunday
    expect(weekStart('2025-06-09')).toBe('2025-06-09'); // Monday
    expect(weekStart('2026-01-01')).toBe('2025-12-29'); // Thursday
    expect(weekStart('2025-03-30')).toBe('2025-03-24'); // the DST Sunday in Berlin
    expect(() => weekStart('2025-6-1')).toThrow(RangeError);
  });

  it('adds calendar days', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });
});
