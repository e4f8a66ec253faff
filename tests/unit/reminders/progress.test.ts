import { describe, expect, it } from 'vitest';
import { renderProgress, streak, type Checkin, type DayMood } from '../../../src/reminders/progress.ts';

/** Check-ins on consecutive dates from `start`, one mood letter per day (`-` = no answer). */
function days(start: string, pattern: string): Checkin[] {
  const moods: Record<string, DayMood> = { h: 'holding', b: 'between', l: 'letting-go', s: 'skipped' };
  const first = new Date(`${start}T00:00:00Z`).getTime();
  return [...pattern].flatMap((c, i) => {
    const mood = moods[c];
    const localDate = new Date(first + i * 86_400_000).toISOString().slice(0, 10);
    return mood === undefined ? [] : [{ localDate, mood }];
  });
}

describe('streak', () => {
  // 2025-06-09 is a Monday.
  it.each([
    ['counts consecutive days ending today', 'hbl', 3],
    ['counts up to yesterday while today is still open', 'hbl-', 3],
    ['stops at a day without an answer', 'll-ll', 2],
    ['lets "not today" bridge without counting', 'lsl', 2],
    ['lets "not today" today keep yesterday\'s streak', 'lls', 2],
    ['is zero with only "not today" answers', 'sss', 0],
    ['is zero when yesterday and today are empty', 'lll--', 0],
    ['is zero with no check-ins', '', 0],
  ])('%s', (_name, pattern, expected) => {
    const today = '2025-06-09';
    const start = new Date(Date.parse(`${today}T00:00:00Z`) - (pattern.length - 1) * 86_400_000).toISOString().slice(0, 10);
    expect(streak({ checkins: days(start, pattern), today })).toBe(expected);
  });

  it('uses the later answer when a date appears twice, and ignores future dates', () => {
    const checkins: Checkin[] = [
      { localDate: '2025-06-08', mood: 'letting-go' },
      { localDate: '2025-06-09', mood: 'holding' },
      { localDate: '2025-06-08', mood: 'skipped' },
      { localDate: '2025-06-12', mood: 'between' },
    ];
    expect(streak({ checkins, today: '2025-06-09' })).toBe(1);
  });

  it('counts across a month and a year boundary', () => {
    expect(streak({ checkins: days('2024-12-30', 'lllb'), today: '2025-01-02' })).toBe(4);
  });

  it('rejects a malformed today', () => {
    expect(() => streak({ checkins: [], today: '2025-6-9' })).toThrow(RangeError);
    expect(() => streak({ checkins: [], today: '2025-02-30' })).toThrow(RangeError);
  });
});

describe('renderProgress', () => {
  // 27 May 2025 (Tuesday) .. 9 Jun 2025 (Monday)
  const checkins = days('2025-05-27', 'hh-bsbll-sbll-');
  const text = renderProgress({ checkins, today: '2025-06-09' });

  it('draws two weeks as two rows of weekday-labelled squares, today last', () => {
    const rows = text.split('\n').filter((line) => line.startsWith('<code>'));
    expect(rows).toEqual([
      '<code>T🟧 W🟧 T⬜ F🟨 S🟦 S🟨 M🟩</code>',
      '<code>T🟩 W⬜ T🟦 F🟨 S🟩 S🟩 M⬜</code>',
    ]);
  });

  it('shows the date range, a legend with counts and the streak', () => {
    expect(text).toContain('<b>Your last 14 days</b>');
    expect(text).toContain('<i>27 May – 9 Jun</i>');
    expect(text).toContain('🟧 Holding on tight: 2');
    expect(text).toContain('🟨 Somewhere between: 3');
    expect(text).toContain('🟩 Letting go: 4');
    expect(text).toContain('🟦 Not today: 2');
    expect(text).toContain('⬜ No check-in: 3');
    expect(text.endsWith('🌱 Streak: 3 days')).toBe(true);
  });

  it('fits a phone: no line wider than 30 characters once tags are removed', () => {
    for (const line of text.split('\n')) {
      const visible = line.replace(/<[^>]+>/g, '');
      // Emoji squares are one code point but about two characters wide.
      const width = [...visible].reduce((w, ch) => w + (/\p{Extended_Pictographic}/u.test(ch) ? 2 : 1), 0);
      expect(width, line).toBeLessThanOrEqual(30);
    }
  });

  it('uses the button labels it is given, escaped', () => {
    const custom = renderProgress({ checkins, today: '2025-06-09', labels: { holding: 'Clinging <3' } });
    expect(custom).toContain('🟧 Clinging &lt;3: 2');
    expect(custom).toContain('🟨 Somewhere between: 3');
  });

  it('invites a first check-in when there are none', () => {
    const empty = renderProgress({ checkins: [], today: '2025-06-09' });
    expect(empty).toContain('⬜ No check-in: 14');
    expect(empty).toContain('Tap a button under a reminder.');
    expect(empty.endsWith('🌱 Streak: none yet')).toBe(true);
  });

  it('says "1 day" for a one-day streak and ignores check-ins older than two weeks', () => {
    const one = renderProgress({ checkins: [{ localDate: '2025-01-01', mood: 'holding' }, { localDate: '2025-06-09', mood: 'between' }], today: '2025-06-09' });
    expect(one).toContain('🟧 Holding on tight: 0');
    expect(one.endsWith('🌱 Streak: 1 day')).toBe(true);
  });
});
