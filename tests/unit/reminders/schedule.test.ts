import { describe, expect, it } from 'vitest';
import {
  describeWhen,
  isLate,
  localDateOf,
  nextReminder,
  pauseEnd,
  REMINDER_GRACE_MS,
  type NextReminderInput,
} from '../../../src/reminders/schedule.ts';
import { words } from '../../helpers/texts.ts';

/** The next reminder as `[UTC ISO instant, local date]`, for compact literal expectations. */
function next(
  localTime: string,
  timeZone: string,
  now: string,
  extra: Partial<NextReminderInput> = {},
): [string, string] {
  const r = nextReminder({ localTime, timeZone, now: new Date(now), ...extra });
  return [r.at.toISOString(), r.localDate];
}

// Every expected instant below was worked out by hand from the zone rules (2025 transitions).
describe('nextReminder across DST transitions', () => {
  describe('America/New_York (EST -5 / EDT -4; 9 Mar 02:00->03:00, 2 Nov 02:00->01:00)', () => {
    const z = 'America/New_York';
    it('uses the new offset the day after spring-forward', () => {
      expect(next('08:30', z, '2025-03-08T12:00:00Z')).toEqual(['2025-03-08T13:30:00.000Z', '2025-03-08']);
      expect(next('08:30', z, '2025-03-08T14:00:00Z')).toEqual(['2025-03-09T12:30:00.000Z', '2025-03-09']);
    });
    it('fires a time inside the gap at the end of the gap (03:00 EDT, not 03:30)', () => {
      expect(next('02:30', z, '2025-03-09T05:00:00Z')).toEqual(['2025-03-09T07:00:00.000Z', '2025-03-09']);
      expect(next('02:00', z, '2025-03-09T05:00:00Z')).toEqual(['2025-03-09T07:00:00.000Z', '2025-03-09']);
      expect(next('02:59', z, '2025-03-09T05:00:00Z')).toEqual(['2025-03-09T07:00:00.000Z', '2025-03-09']);
    });
    it('the first minute after the gap is an ordinary time', () => {
      expect(next('03:00', z, '2025-03-09T05:00:00Z')).toEqual(['2025-03-09T07:00:00.000Z', '2025-03-09']);
      expect(next('03:01', z, '2025-03-09T05:00:00Z')).toEqual(['2025-03-09T07:01:00.000Z', '2025-03-09']);
    });
    it('fires a repeated time once, at its first (EDT) occurrence', () => {
      expect(next('01:30', z, '2025-11-02T04:00:00Z')).toEqual(['2025-11-02T05:30:00.000Z', '2025-11-02']);
    });
    it('does not fire at the second occurrence; the next day still fires', () => {
      expect(next('01:30', z, '2025-11-02T05:45:00Z')).toEqual(['2025-11-03T06:30:00.000Z', '2025-11-03']);
      expect(
        next('01:30', z, '2025-11-02T05:30:00Z', { lastLocalDate: '2025-11-02' }),
      ).toEqual(['2025-11-03T06:30:00.000Z', '2025-11-03']);
    });
    it('uses the new offset around fall-back', () => {
      expect(next('08:30', z, '2025-11-01T12:00:00Z')).toEqual(['2025-11-01T12:30:00.000Z', '2025-11-01']);
      expect(next('08:30', z, '2025-11-01T13:00:00Z')).toEqual(['2025-11-02T13:30:00.000Z', '2025-11-02']);
    });
  });

  describe('Europe/Berlin (CET +1 / CEST +2; 30 Mar 02:00->03:00, 26 Oct 03:00->02:00)', () => {
    const z = 'Europe/Berlin';
    it('spring-forward: ordinary times and the gap', () => {
      expect(next('08:30', z, '2025-03-29T08:00:00Z')).toEqual(['2025-03-30T06:30:00.000Z', '2025-03-30']);
      expect(next('02:30', z, '2025-03-29T23:00:00Z')).toEqual(['2025-03-30T01:00:00.000Z', '2025-03-30']);
      expect(next('02:00', z, '2025-03-29T23:00:00Z')).toEqual(['2025-03-30T01:00:00.000Z', '2025-03-30']);
    });
    it('fall-back: the repeated 02:30 fires at 02:30 CEST only', () => {
      expect(next('02:30', z, '2025-10-25T23:00:00Z')).toEqual(['2025-10-26T00:30:00.000Z', '2025-10-26']);
      expect(next('02:30', z, '2025-10-26T01:00:00Z')).toEqual(['2025-10-27T01:30:00.000Z', '2025-10-27']);
      expect(next('08:30', z, '2025-10-25T07:00:00Z')).toEqual(['2025-10-26T07:30:00.000Z', '2025-10-26']);
    });
  });

  describe('Pacific/Auckland (NZST +12 / NZDT +13; 6 Apr 03:00->02:00, 28 Sep 02:00->03:00)', () => {
    const z = 'Pacific/Auckland';
    it('fall-back in April', () => {
      expect(next('08:30', z, '2025-04-04T12:00:00Z')).toEqual(['2025-04-04T19:30:00.000Z', '2025-04-05']);
      expect(next('08:30', z, '2025-04-04T20:00:00Z')).toEqual(['2025-04-05T20:30:00.000Z', '2025-04-06']);
      expect(next('02:30', z, '2025-04-05T12:00:00Z')).toEqual(['2025-04-05T13:30:00.000Z', '2025-04-06']);
      expect(next('02:30', z, '2025-04-05T14:00:00Z')).toEqual(['2025-04-06T14:30:00.000Z', '2025-04-07']);
    });
    it('spring-forward in September', () => {
      expect(next('02:30', z, '2025-09-27T12:00:00Z')).toEqual(['2025-09-27T14:00:00.000Z', '2025-09-28']);
      expect(next('08:30', z, '2025-09-26T12:00:00Z')).toEqual(['2025-09-26T20:30:00.000Z', '2025-09-27']);
      expect(next('08:30', z, '2025-09-26T21:00:00Z')).toEqual(['2025-09-27T19:30:00.000Z', '2025-09-28']);
    });
  });

  describe('Australia/Lord_Howe (+10:30 / +11, a 30-minute shift; 6 Apr 02:00->01:30, 5 Oct 02:00->02:30)', () => {
    const z = 'Australia/Lord_Howe';
    it('fall-back: 01:45 occurs twice and fires at +11', () => {
      expect(next('01:45', z, '2025-04-05T12:00:00Z')).toEqual(['2025-04-05T14:45:00.000Z', '2025-04-06']);
      expect(next('01:45', z, '2025-04-05T15:00:00Z')).toEqual(['2025-04-06T15:15:00.000Z', '2025-04-07']);
      expect(next('08:30', z, '2025-04-05T12:00:00Z')).toEqual(['2025-04-05T22:00:00.000Z', '2025-04-06']);
    });
    it('spring-forward: 02:15 is in the half-hour gap and fires at 02:30', () => {
      expect(next('02:15', z, '2025-10-04T12:00:00Z')).toEqual(['2025-10-04T15:30:00.000Z', '2025-10-05']);
      expect(next('08:30', z, '2025-10-04T12:00:00Z')).toEqual(['2025-10-04T21:30:00.000Z', '2025-10-05']);
      expect(next('08:30', z, '2025-10-03T12:00:00Z')).toEqual(['2025-10-03T22:00:00.000Z', '2025-10-04']);
    });
  });

  describe('Pacific/Chatham (+12:45 / +13:45; 6 Apr 03:45->02:45, 28 Sep 02:45->03:45)', () => {
    const z = 'Pacific/Chatham';
    it('fall-back: 03:00 occurs twice and fires at +13:45', () => {
      expect(next('03:00', z, '2025-04-05T12:00:00Z')).toEqual(['2025-04-05T13:15:00.000Z', '2025-04-06']);
      expect(next('08:30', z, '2025-04-05T12:00:00Z')).toEqual(['2025-04-05T19:45:00.000Z', '2025-04-06']);
    });
    it('spring-forward: 03:00 is in the gap and fires at 03:45', () => {
      expect(next('03:00', z, '2025-09-27T12:00:00Z')).toEqual(['2025-09-27T14:00:00.000Z', '2025-09-28']);
      expect(next('02:30', z, '2025-09-27T12:00:00Z')).toEqual(['2025-09-27T13:45:00.000Z', '2025-09-28']);
      expect(next('08:30', z, '2025-09-27T12:00:00Z')).toEqual(['2025-09-27T18:45:00.000Z', '2025-09-28']);
    });
  });

  describe('zones without DST', () => {
    it('Asia/Kolkata is +05:30 all year, on both the US and EU transition days', () => {
      expect(next('08:30', 'Asia/Kolkata', '2025-03-09T02:00:00Z')).toEqual(['2025-03-09T03:00:00.000Z', '2025-03-09']);
      expect(next('08:30', 'Asia/Kolkata', '2025-10-26T02:00:00Z')).toEqual(['2025-10-26T03:00:00.000Z', '2025-10-26']);
      expect(next('00:00', 'Asia/Kolkata', '2025-03-09T02:00:00Z')).toEqual(['2025-03-09T18:30:00.000Z', '2025-03-10']);
      expect(next('23:45', 'Asia/Kolkata', '2025-03-09T02:00:00Z')).toEqual(['2025-03-09T18:15:00.000Z', '2025-03-09']);
    });
    it('fixed-offset zones from /timezone UTC+x', () => {
      expect(next('08:30', 'UTC', '2025-03-30T00:00:00Z')).toEqual(['2025-03-30T08:30:00.000Z', '2025-03-30']);
      expect(next('08:30', 'UTC+5:30', '2025-03-30T00:00:00Z')).toEqual(['2025-03-30T03:00:00.000Z', '2025-03-30']);
      expect(next('08:30', 'UTC-3', '2025-03-30T00:00:00Z')).toEqual(['2025-03-30T11:30:00.000Z', '2025-03-30']);
      expect(next('20:00', 'UTC+14', '2025-03-30T00:00:00Z')).toEqual(['2025-03-30T06:00:00.000Z', '2025-03-30']);
      expect(next('06:00', 'UTC-12', '2025-03-30T00:00:00Z')).toEqual(['2025-03-30T18:00:00.000Z', '2025-03-30']);
    });
  });
});

describe('nextReminder rules', () => {
  const z = 'Europe/Berlin';
  it('is inclusive: a reminder due exactly now is returned', () => {
    expect(next('08:30', z, '2025-06-01T06:30:00Z')).toEqual(['2025-06-01T06:30:00.000Z', '2025-06-01']);
    expect(next('08:30', z, '2025-06-01T06:30:00.001Z')).toEqual(['2025-06-02T06:30:00.000Z', '2025-06-02']);
  });
  it('skips today when lastLocalDate is today', () => {
    expect(
      next('08:30', z, '2025-06-01T05:00:00Z', { lastLocalDate: '2025-06-01' }),
    ).toEqual(['2025-06-02T06:30:00.000Z', '2025-06-02']);
    expect(
      next('08:30', z, '2025-06-01T05:00:00Z', { lastLocalDate: '2025-05-31' }),
    ).toEqual(['2025-06-01T06:30:00.000Z', '2025-06-01']);
  });
  it('waits past a lastLocalDate in the future (after moving to a zone further west)', () => {
    expect(
      next('08:30', z, '2025-06-01T05:00:00Z', { lastLocalDate: '2025-06-03' }),
    ).toEqual(['2025-06-04T06:30:00.000Z', '2025-06-04']);
  });
  it('respects a pause: nothing before pausedUntil', () => {
    const pausedUntil = new Date('2025-06-05T10:00:00Z');
    expect(next('08:30', z, '2025-06-01T00:00:00Z', { pausedUntil })).toEqual([
      '2025-06-06T06:30:00.000Z',
      '2025-06-06',
    ]);
    expect(
      next('20:00', z, '2025-06-01T00:00:00Z', { pausedUntil }),
    ).toEqual(['2025-06-05T18:00:00.000Z', '2025-06-05']);
    expect(
      next('08:30', z, '2025-06-01T00:00:00Z', { pausedUntil: new Date('2025-06-05T06:30:00Z') }),
    ).toEqual(['2025-06-05T06:30:00.000Z', '2025-06-05']);
  });
  it('ignores a pause already over, and a null pause', () => {
    expect(
      next('08:30', z, '2025-06-01T00:00:00Z', { pausedUntil: new Date('2025-05-01T00:00:00Z') }),
    ).toEqual(['2025-06-01T06:30:00.000Z', '2025-06-01']);
    expect(
      next('08:30', z, '2025-06-01T00:00:00Z', { pausedUntil: null, lastLocalDate: null }),
    ).toEqual(['2025-06-01T06:30:00.000Z', '2025-06-01']);
  });
  it('uses the local date, not the UTC date (Auckland is a day ahead)', () => {
    expect(
      next('08:30', 'Pacific/Auckland', '2025-06-01T20:00:00Z'),
    ).toEqual(['2025-06-01T20:30:00.000Z', '2025-06-02']);
  });
  it('gives a gap at local midnight the first instant of the day (America/Santiago, 7 Sep)', () => {
    expect(
      next('00:30', 'America/Santiago', '2025-09-06T12:00:00Z'),
    ).toEqual(['2025-09-07T04:00:00.000Z', '2025-09-07']);
  });
  it('has no reminder on a local date that does not exist (Samoa skipped 30 Dec 2011)', () => {
    expect(
      next('08:30', 'Pacific/Apia', '2011-12-29T19:00:00Z'),
    ).toEqual(['2011-12-30T18:30:00.000Z', '2011-12-31']);
  });
  it('rejects malformed input', () => {
    const now = new Date('2025-06-01T00:00:00Z');
    expect(() => nextReminder({ localTime: '8:30', timeZone: z, now })).toThrow(RangeError);
    expect(() => nextReminder({ localTime: '24:00', timeZone: z, now })).toThrow(RangeError);
    expect(() => nextReminder({ localTime: '08:30', timeZone: 'Mars/Olympus', now })).toThrow(/unknown time zone/);
    expect(() => nextReminder({ localTime: '08:30', timeZone: 'local', now })).toThrow(/unknown time zone/);
    expect(() =>
      nextReminder({ localTime: '08:30', timeZone: z, now, lastLocalDate: '2025-6-1' }),
    ).toThrow(/lastLocalDate/);
  });
});

describe('localDateOf', () => {
  it('reads the calendar date in the zone', () => {
    const instant = new Date('2025-06-01T23:30:00Z');
    expect(localDateOf(instant, 'UTC')).toBe('2025-06-01');
    expect(localDateOf(instant, 'Europe/Berlin')).toBe('2025-06-02');
    expect(localDateOf(instant, 'America/New_York')).toBe('2025-06-01');
    expect(localDateOf(new Date('2025-06-01T18:29:00Z'), 'Asia/Kolkata')).toBe('2025-06-01');
    expect(localDateOf(new Date('2025-06-01T18:30:00Z'), 'Asia/Kolkata')).toBe('2025-06-02');
  });
});

describe('isLate', () => {
  const due = new Date('2025-06-01T06:30:00Z');
  it('sends up to just under three hours late, skips from three hours on', () => {
    expect(REMINDER_GRACE_MS).toBe(3 * 60 * 60 * 1000);
    expect(isLate(due, new Date('2025-06-01T06:30:00Z'))).toBe(false);
    expect(isLate(due, new Date('2025-06-01T09:29:59.999Z'))).toBe(false);
    expect(isLate(due, new Date('2025-06-01T09:30:00Z'))).toBe(true);
    expect(isLate(due, new Date('2025-06-01T06:40:00Z'), 5 * 60_000)).toBe(true);
  });
});

describe('describeWhen', () => {
  const z = 'Europe/Berlin';
  const now = new Date('2025-06-02T10:00:00Z'); // Monday 12:00 in Berlin
  const en = words('en');
  it('says today, tomorrow, a weekday, or a date', () => {
    expect(describeWhen(new Date('2025-06-02T18:30:00Z'), z, now, en)).toBe('today at 20:30');
    expect(describeWhen(new Date('2025-06-03T06:30:00Z'), z, now, en)).toBe('tomorrow at 08:30');
    expect(describeWhen(new Date('2025-06-06T06:30:00Z'), z, now, en)).toBe('on Friday at 08:30');
    expect(describeWhen(new Date('2025-06-12T06:30:00Z'), z, now, en)).toBe('on Thu 12 Jun at 08:30');
  });
  it('judges "tomorrow" by the local date, not 24 hours', () => {
    const lateEvening = new Date('2025-06-02T21:50:00Z'); // 23:50 local
    expect(describeWhen(new Date('2025-06-02T22:10:00Z'), z, lateEvening, en)).toBe('tomorrow at 00:10');
  });
  it('shows the real wall time of a gap day', () => {
    expect(describeWhen(new Date('2025-03-09T07:00:00Z'), 'America/New_York', new Date('2025-03-09T05:00:00Z'), en)).toBe('today at 03:00');
  });
  it('names the weekday and the date in the person’s language', () => {
    const de = words('de');
    expect(describeWhen(new Date('2025-06-06T06:30:00Z'), z, now, de)).toContain('Freitag');
    expect(describeWhen(new Date('2025-06-12T06:30:00Z'), z, now, de)).toContain('12. Juni');
  });
});

describe('pauseEnd', () => {
  it('keeps the local wall time across a DST change', () => {
    // 21:00 CET on 29 Mar -> 21:00 CEST on 30 Mar (23 hours later)
    expect(pauseEnd(new Date('2025-03-29T20:00:00Z'), 1, 'Europe/Berlin').toISOString()).toBe('2025-03-30T19:00:00.000Z');
    expect(pauseEnd(new Date('2025-06-01T10:00:00Z'), 7, 'UTC').toISOString()).toBe('2025-06-08T10:00:00.000Z');
  });
});
