import { describe, expect, it } from 'vitest';
import { decodeCheckin, decodeSettings, encodeCheckin, encodeSettings } from '../../../src/reminders/callback-data.ts';

describe('reminder callback data', () => {
  it('round-trips every check-in and settings action within 64 bytes', () => {
    for (const mood of ['holding', 'between', 'letting-go', 'skipped'] as const) {
      const data = encodeCheckin('2026-03-29', mood);
      expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
      expect(decodeCheckin(data)).toEqual({ localDate: '2026-03-29', mood });
    }
    for (const action of [{ kind: 'time', localTime: '07:30' }, { kind: 'later' }, { kind: 'off' }] as const) {
      expect(decodeSettings(encodeSettings(action))).toEqual(action);
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

  it.each(['rm:t:2400', 'rm:t:0860', 'rm:t:930', 'rm:t:09:30', 'rm:later ', 'rm:', 'rm:delete', 'rm:times', 'menu:remind'])(
    'ignores forged settings data %j',
    (data) => {
      expect(decodeSettings(data)).toBeNull();
    },
  );
});
