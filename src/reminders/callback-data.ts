/**
 * Callback data of the reminder buttons, encoded short (Telegram allows 64 bytes) and decoded
 * with zod: anything that does not parse is forged or from an older version, and is ignored.
 *
 * - `rc:<YYYY-MM-DD>:<h|b|l|s>`: a check-in under the reminder of that local date;
 * - `rm:t:<HHMM>`: "remind me at this time"; `rm:later`: "not now"; `rm:off`: switch them off.
 *
 * @module
 */
import { z } from 'zod';
import { CALLBACK_PREFIX } from '../telegram/callback-data.ts';
import type { DayMood } from './progress.ts';

const MOOD_CODES = { h: 'holding', b: 'between', l: 'letting-go', s: 'skipped' } as const satisfies Record<string, DayMood>;
const CODE_OF: Record<DayMood, keyof typeof MOOD_CODES> = { holding: 'h', between: 'b', 'letting-go': 'l', skipped: 's' };

/** Every reminder button's data starts with one of these; the feature answers nothing else. */
export const CHECKIN_PREFIX = `${CALLBACK_PREFIX.checkin}:`;
export const SETTINGS_PREFIX = `${CALLBACK_PREFIX.reminderSettings}:`;

const isoDate = z.iso.date();

const checkinSchema = z
  .string()
  .regex(new RegExp(`^${CHECKIN_PREFIX}\\d{4}-\\d{2}-\\d{2}:[hbls]$`))
  .transform((data) => {
    const [localDate = '', code] = data.slice(CHECKIN_PREFIX.length).split(':');
    return { localDate, code: code as keyof typeof MOOD_CODES };
  })
  .refine((v) => isoDate.safeParse(v.localDate).success)
  .transform((v) => ({ localDate: v.localDate, mood: MOOD_CODES[v.code] as DayMood }));

export type SettingsAction = { kind: 'time'; localTime: string } | { kind: 'later' } | { kind: 'off' };

const settingsSchema = z.union([
  z
    .string()
    .regex(new RegExp(`^${SETTINGS_PREFIX}t:([01]\\d|2[0-3])[0-5]\\d$`))
    .transform((d): SettingsAction => {
      const hhmm = d.slice(-4);
      return { kind: 'time', localTime: `${hhmm.slice(0, 2)}:${hhmm.slice(2)}` };
    }),
  z.literal(`${SETTINGS_PREFIX}later`).transform((): SettingsAction => ({ kind: 'later' })),
  z.literal(`${SETTINGS_PREFIX}off`).transform((): SettingsAction => ({ kind: 'off' })),
]);

export function encodeCheckin(localDate: string, mood: DayMood): string {
  return `${CHECKIN_PREFIX}${localDate}:${CODE_OF[mood]}`;
}

/** The check-in a button carries, or null for anything malformed. */
export function decodeCheckin(data: string): { localDate: string; mood: DayMood } | null {
  const parsed = checkinSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}

export function encodeSettings(action: SettingsAction): string {
  return action.kind === 'time' ? `${SETTINGS_PREFIX}t:${action.localTime.replace(':', '')}` : `${SETTINGS_PREFIX}${action.kind}`;
}

export function decodeSettings(data: string): SettingsAction | null {
  const parsed = settingsSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}
