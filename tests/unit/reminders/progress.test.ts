import { describe, expect, it } from 'vitest';
import { renderProgressSvg } from '../../../src/reminders/progress-chart.ts';
import {
  practiceDayCount,
  practiceInput,
  practiceWindow,
  progressDays,
  renderProgress,
  renderWeekSummary,
  type Checkin,
  type DayMood,
} from '../../../src/reminders/progress.ts';
import { text as fluent, words } from '../../helpers/texts.ts';

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

/** Mood check-ins are practice on their day (as when tapped the same day). */
const practiced = (checkins: Checkin[]) => checkins.filter((c) => c.mood !== 'skipped').map((c) => c.localDate);

const labels = { holding: 'Holding on tight', between: 'Somewhere between', 'letting-go': 'Letting go', skipped: 'Not today' } as const;
const en = words('en');

describe('progressDays', () => {
  it('counts practice days without a streak: a missed day erases nothing', () => {
    // 9 Jun 2025 is a Monday; practice on 4 days, a gap of three days in between, none today.
    const input = { today: '2025-06-09', joined: '2025-01-01', checkins: [], practiceDates: ['2025-06-01', '2025-06-02', '2025-06-06', '2025-06-07'] };
    const before = practiceDayCount(progressDays(input, 14));
    expect(before).toBe(4);
    // Another empty day changes nothing that came before: still 4, not 0.
    expect(practiceDayCount(progressDays({ ...input, today: '2025-06-10' }, 14))).toBe(4);
  });

  it('counts a day once however often the person practised on it, and ignores days out of the window', () => {
    const input = { today: '2025-06-09', joined: '2025-01-01', checkins: [], practiceDates: ['2025-06-09', '2025-06-09', '2025-05-01'] };
    expect(practiceDayCount(progressDays(input, 14))).toBe(1);
    expect(practiceDayCount(progressDays(input, 30))).toBe(1);
  });

  it('does not show days before the person joined as missed (neither practised nor with a mood)', () => {
    const input = { today: '2025-06-09', joined: '2025-06-07', checkins: days('2025-06-05', 'hhl'), practiceDates: ['2025-06-05', '2025-06-07'] };
    const shown = progressDays(input, 5);
    expect(shown.map((d) => [d.date, d.beforeJoining, d.practised, d.mood])).toEqual([
      ['2025-06-05', true, false, null],
      ['2025-06-06', true, false, null],
      ['2025-06-07', false, true, 'letting-go'],
      ['2025-06-08', false, false, null],
      ['2025-06-09', false, false, null],
    ]);
  });

  it('uses the later answer when a date appears twice', () => {
    const input = { today: '2025-06-09', joined: '2025-01-01', checkins: [...days('2025-06-09', 'h'), ...days('2025-06-09', 'l')], practiceDates: [] };
    expect(progressDays(input, 1)[0]?.mood).toBe('letting-go');
  });

  it('crosses month and year boundaries', () => {
    const shown = progressDays({ today: '2025-01-02', joined: '2024-12-01', checkins: days('2024-12-30', 'lllb'), practiceDates: [] }, 4);
    expect(shown.map((d) => d.date)).toEqual(['2024-12-30', '2024-12-31', '2025-01-01', '2025-01-02']);
    expect(shown.map((d) => d.mood)).toEqual(['letting-go', 'letting-go', 'letting-go', 'between']);
  });

  it('rejects malformed dates', () => {
    expect(() => progressDays({ today: '2025-6-9', joined: '2025-01-01', checkins: [], practiceDates: [] }, 3)).toThrow(RangeError);
    expect(() => progressDays({ today: '2025-06-09', joined: '2025-02-30', checkins: [], practiceDates: [] }, 3)).toThrow(RangeError);
  });
});

describe('practiceInput', () => {
  it('puts practice on the local day it happened, moods on the reminder’s day, and "not today" nowhere', () => {
    const rows = {
      // Tapped 00:30 on the 9th in Berlin, answering the reminder of the 8th.
      checkins: [
        { localDate: '2025-06-08', mood: 'holding' as const, createdAt: new Date('2025-06-08T22:30:00Z') },
        { localDate: '2025-06-07', mood: 'skipped' as const, createdAt: new Date('2025-06-07T18:00:00Z') },
      ],
      finishedAt: [new Date('2025-06-05T21:59:00Z')], // 23:59 on the 5th in Berlin
    };
    const input = practiceInput(rows, 'Europe/Berlin', new Date('2025-05-01T10:00:00Z'), new Date('2025-06-09T12:00:00Z'));
    expect(input.today).toBe('2025-06-09');
    expect(input.joined).toBe('2025-05-01');
    expect([...input.practiceDates].sort()).toEqual(['2025-06-05', '2025-06-09']);
    expect(input.checkins.map((c) => c.localDate)).toEqual(['2025-06-08', '2025-06-07']);
  });

  it('reads a window a day early, so every zone’s first day is in it', () => {
    expect(practiceWindow('2025-06-09', 30)).toEqual({ fromDate: '2025-05-11', fromInstant: new Date('2025-05-10T00:00:00Z') });
  });
});

describe('renderProgress', () => {
  // 27 May 2025 (Tuesday) .. 9 Jun 2025 (Monday)
  const checkins = days('2025-05-27', 'hh-bsbll-sbll-');
  const text = renderProgress({ checkins, today: '2025-06-09', joined: '2025-01-01', practiceDates: practiced(checkins), labels }, en);

  it('draws two weeks of check-ins as two rows of weekday-labelled squares, today last', () => {
    const rows = text.split('\n').filter((line) => line.startsWith('<code>'));
    expect(rows).toEqual(['<code>T🟧 W🟧 T⬜ F🟨 S🟦 S🟨 M🟩</code>', '<code>T🟩 W⬜ T🟦 F🟨 S🟩 S🟩 M⬜</code>']);
  });

  it('counts practice days of 14 and 30 days, and the moods, with no streak and no "missed" count', () => {
    expect(text).toContain('Last 14 days: <b>9</b> practice days');
    expect(text).toContain('Last 30 days: <b>9</b> practice days');
    expect(text).toContain('🟧 Holding on tight: 2');
    expect(text).toContain('🟨 Somewhere between: 3');
    expect(text).toContain('🟩 Letting go: 4');
    expect(text).toContain('🟦 Not today: 2');
    expect(text).not.toMatch(/streak|missed|No check-in:/i);
    expect(text).toContain('begin again');
  });

  it('keeps the rows of squares within a phone’s width', () => {
    for (const line of text.split('\n').filter((l) => l.startsWith('<code>'))) {
      const visible = line.replace(/<[^>]+>/g, '');
      const width = [...visible].reduce((w, ch) => w + (/\p{Extended_Pictographic}/u.test(ch) ? 2 : 1), 0);
      expect(width, line).toBeLessThanOrEqual(30);
    }
  });

  it('says "since you started" for someone who joined this week, and leaves the days before blank', () => {
    const fresh = renderProgress({ checkins: days('2025-06-08', 'l'), today: '2025-06-09', joined: '2025-06-08', practiceDates: ['2025-06-08'], labels }, en);
    expect(fresh).toContain('Since you started (2 days): <b>1</b> practice day');
    expect(fresh).not.toContain('Last 30 days');
    expect(fresh).not.toContain('⬜ ⬜'); // only today is an empty square
    expect(fresh.split('\n').filter((l) => l.startsWith('<code>'))[1]).toBe('<code>T\u3000 W\u3000 T\u3000 F\u3000 S\u3000 S🟩 M⬜</code>');
  });

  it('uses the button labels it is given, escaped', () => {
    const custom = renderProgress({ checkins, today: '2025-06-09', joined: '2025-01-01', practiceDates: [], labels: { ...labels, holding: 'Clinging <3' } }, en);
    expect(custom).toContain('🟧 Clinging &lt;3: 2');
  });

  it('invites a first practice when there is none, kindly', () => {
    const empty = renderProgress({ checkins: [], today: '2025-06-09', joined: '2025-01-01', practiceDates: [], labels }, en);
    expect(empty).toContain('Last 14 days: <b>0</b> practice days');
    expect(empty).toContain('No check-ins in these days yet');
    expect(empty).toContain('Any day is a good day to begin.');
  });

  it('fits a photo caption', () => {
    expect(text.length).toBeLessThan(1024);
  });
});

describe('renderWeekSummary', () => {
  it('counts the week’s practice days out of the days since joining, with one row of squares', () => {
    const checkins = days('2025-06-03', 'lbhl-l-');
    const summary = renderWeekSummary({ today: '2025-06-09', joined: '2025-01-01', checkins, practiceDates: practiced(checkins) }, en);
    expect(summary).toContain(fluent('summary-title'));
    expect(summary).toContain('You practised on <b>5</b> of the last 7 days.');
    expect(summary).toContain('<code>T🟩 W🟨 T🟧 F🟩 S⬜ S🟩 M⬜</code>');
    const quiet = renderWeekSummary({ today: '2025-06-09', joined: '2025-06-06', checkins: [], practiceDates: [] }, en);
    expect(quiet).toContain(fluent('summary-quiet'));
    expect(quiet).toContain('begin again');
  });
});

describe('renderProgressSvg', () => {
  it('draws a point per mood check-in, a square per practice day, and nothing before joining', () => {
    const checkins = days('2025-06-05', 'hlsb');
    const shown = progressDays({ today: '2025-06-09', joined: '2025-06-05', checkins, practiceDates: practiced(checkins) }, 30);
    const svg = renderProgressSvg(shown, labels, en);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.match(/<circle [^>]*r="7"/g)).toHaveLength(3); // holding, letting go, between
    expect(svg.match(/<rect [^>]*rx="3"/g)).toHaveLength(5); // 5 days since joining
    expect(svg.match(/<rect [^>]*rx="3" fill="#27ae60"/g)).toHaveLength(3); // 3 practice days
    expect(svg).toContain('Not today');
    expect(svg).toContain('9 Jun (today)');
    expect(svg).toContain('Your last 30 days');
  });

  it('escapes labels', () => {
    const svg = renderProgressSvg(progressDays({ today: '2025-06-09', joined: '2025-06-01', checkins: [], practiceDates: [] }, 30), { ...labels, holding: 'A <b> & c' }, en);
    expect(svg).toContain('A &lt;b&gt; &amp; c');
  });
});
