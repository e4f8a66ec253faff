import { describe, expect, it } from 'vitest';
import { parseReportArgs } from '../../../src/funnels/cli/report.ts';
import { duration } from '../../../src/funnels/render.ts';

describe('npm run report: its flags', () => {
  it('reads --days, --scenario and --json, with 30 days by default', () => {
    expect(parseReportArgs([])).toEqual({ days: 30, json: false });
    expect(parseReportArgs(['--days', '7', '--scenario', 'how-long', '--json'])).toEqual({ days: 7, scenarioId: 'how-long', json: true });
    expect(parseReportArgs(['--days=90'])).toEqual({ days: 90, json: false });
  });

  it('refuses what it does not know, in one line that says what to do', () => {
    expect(parseReportArgs(['--days', 'many'])).toEqual({ error: '--days must be a whole number from 1 to 366, not "many"' });
    expect(parseReportArgs(['--days', '0'])).toEqual({ error: '--days must be a whole number from 1 to 366, not "0"' });
    expect(parseReportArgs(['--days'])).toEqual({ error: '--days must be a whole number from 1 to 366, not ""' });
    expect(parseReportArgs(['--weeks', '2'])).toEqual({ error: expect.stringMatching(/^unknown argument "--weeks"\nusage: npm run report -- /) as unknown });
  });
});

describe('duration', () => {
  it('says a time the way people read it', () => {
    expect([0, 45, 90, 120, 210, 3600, 7300, 48 * 3600, 200_000].map(duration)).toEqual([
      '0 s', '45 s', '1 min 30 s', '2 min', '3 min 30 s', '1 h', '2 h 2 min', '2 d', '2 d 8 h',
    ]);
  });
});
