import { describe, expect, it } from 'vitest';
import { decodeCheckin, decodeSettings, encodeCheckin, encodeSettings, type SettingsAction } from '../../../src/reminders/callback-data.ts';

describe('reminder callback data', () => {
  it('round-trips every check-in and settings action within 64 bytes', () => {
    for (const mood of ['holding', 'between', 'letting-go', 'skipped'] as const) {
      const data = encodeCheckin('2026-03-29', mood);
      expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
      expect(decodeCheckin(data)).toEqual({ localDate: '2026-03-29', mood });
    }
    const actions: SettingsAction[] = [
      { kind: 'time', localTime: '07:30' },
      { kind: 'later' },
      { kind: 'off' },
      { kind: 'on' },
      { kind: 'keep' },
      { kind: 'pause-week' },
      { kind: 'frequency', frequency: 'daily' },
      { kind: 'frequency', frequency: 'weekdays' },
      { kind: 'frequency', frequency: 'every-other-day' },
      { kind: 'summary-menu' },
      { kind: 'summary', weekday: 1 },
      { kind: 'summary', weekday: 7 },
      { kind: 'summary', weekday: null },
      { kind: 'contact', answer: 'yes' },
      { kind: 'contact', answer: 'no' },
      { kind: 'contact', answer: 'complicated' },
      { kind: 'place', key: 'berlin' },
      { kind: 'place', key: 'st. petersburg' },
      { kind: 'progress' },
    ];
    for (const action of actions) {
      const data = encodeSettings(action);
      expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
      expect(decodeSettings(data)).toEqual(action);
    }
  });

  it.each([
    'rc:2026-02-30:l', // no such date
    'rc:2026-13-01:l',
    'rc:2026-03-29:x', // no such mood
    'rc:2026-03-29:l:extra',
    'rc:26-03-29:l',
    'rc:',
    '',
    'rc:2026-03-29:l' + 'x'.repeat(60),
  ])('ignores forged check-in data %j', (data) => {
    expect(decodeCheckin(data)).toBeNull();
  });

  it.each([
    'rm:t:2400', 'rm:t:0860', 'rm:t:930', 'rm:t:09:30', 'rm:later ', 'rm:', 'rm:delete', 'rm:times', 'menu:remind',
    'rm:f:x', 'rm:f:', 'rm:s:8', 'rm:s:9', 'rm:s:', 'rm:c:maybe', 'rm:z:', 'rm:z:Berlin', 'rm:z:<b>', `rm:z:${'a'.repeat(41)}`, 'rm:p8', 'rm:keep:1',
  ])(
    'ignores forged settings data %j',
    (data) => {
      expect(decodeSettings(data)).toBeNull();
    },
  );
});
