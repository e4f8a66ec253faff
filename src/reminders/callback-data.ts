/**
 * Callback data of the reminder buttons, encoded short (Telegram allows 64 bytes) and decoded
 * with zod: anything that does not parse is forged or from an older version, and is ignored.
 *
 * - `rc:<YYYY-MM-DD>:<h|b|l|s>`: a check-in under the reminder of that local date;
 * - `rm:t:<HHMM>`: "remind me at this time"; `rm:later`: "not now"; `rm:off`: switch them off;
 *   `rm:on`: back on; `rm:keep` / `rm:p7`: the answers to "keep going?";
 * - `rm:f:<d|w|o>`: daily, weekdays, every other day;
 * - `rm:s`: the weekly summary's weekday buttons; `rm:s:<1-7>` that weekday, `rm:s:0` off;
 * - `rm:c:<y|n|c>`: still in contact, not any more, it's complicated;
 * - `rm:z:<place key>`: the place of a "did you mean …?"; `rm:prog`: show `/progress`.
 *
 * @module
 */
import { z } from 'zod';
import { CALLBACK_PREFIX } from '../telegram/callback-data.ts';
import type { ContactAnswer } from '../db/reminder-tables.ts';
import type { DayMood } from './progress.ts';
import type { Frequency } from './schedule.ts';

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

/** A place suggestion travels as its lookup key: lower-case ASCII letters, digits, spaces, `.`, `'`, `-`. */
const PLACE_KEY_SOURCE = "[a-z0-9 .'-]{1,40}";

export type SettingsAction =
  | { kind: 'time'; localTime: string }
  | { kind: 'later' }
  | { kind: 'off' }
  /** Switch reminders back on (the self-pause note's button). */
  | { kind: 'on' }
  /** "Keep going" after the question about unanswered reminders. */
  | { kind: 'keep' }
  | { kind: 'pause-week' }
  | { kind: 'frequency'; frequency: Frequency }
  /** Show the weekday buttons of the weekly summary. */
  | { kind: 'summary-menu' }
  /** The weekly summary on this ISO weekday, or off (`weekday: null`). */
  | { kind: 'summary'; weekday: number | null }
  | { kind: 'contact'; answer: ContactAnswer }
  /** "Did you mean …?": the suggested place, by its lookup key. */
  | { kind: 'place'; key: string }
  /** Show `/progress` (the weekly summary's button). */
  | { kind: 'progress' };

const FREQUENCY_CODES = { d: 'daily', w: 'weekdays', o: 'every-other-day' } as const satisfies Record<string, Frequency>;
const CONTACT_CODES = { y: 'yes', n: 'no', c: 'complicated' } as const satisfies Record<string, ContactAnswer>;
const codeOf = <V extends string>(codes: Record<string, V>, value: V): string => Object.keys(codes).find((k) => codes[k] === value) ?? '';

const SIMPLE = { later: 'later', off: 'off', on: 'on', keep: 'keep', 'pause-week': 'p7', 'summary-menu': 's', progress: 'prog' } as const;
type SimpleKind = keyof typeof SIMPLE;

const SETTINGS_PATTERN = new RegExp(
  `^${SETTINGS_PREFIX}(?:t:(?<time>([01]\\d|2[0-3])[0-5]\\d)|f:(?<freq>[dwo])|s:(?<weekday>[0-7])|c:(?<contact>[ync])|z:(?<place>${PLACE_KEY_SOURCE})|(?<simple>${Object.values(SIMPLE).join('|')}))$`,
);

const settingsSchema = z
  .string()
  .max(64)
  .regex(SETTINGS_PATTERN)
  .transform((data): SettingsAction => {
    const g = SETTINGS_PATTERN.exec(data)?.groups ?? {};
    if (g.time) return { kind: 'time', localTime: `${g.time.slice(0, 2)}:${g.time.slice(2)}` };
    if (g.freq) return { kind: 'frequency', frequency: FREQUENCY_CODES[g.freq as keyof typeof FREQUENCY_CODES] };
    if (g.weekday) return { kind: 'summary', weekday: g.weekday === '0' ? null : Number(g.weekday) };
    if (g.contact) return { kind: 'contact', answer: CONTACT_CODES[g.contact as keyof typeof CONTACT_CODES] };
    if (g.place) return { kind: 'place', key: g.place };
    const kind = (Object.keys(SIMPLE) as SimpleKind[]).find((k) => SIMPLE[k] === g.simple) ?? 'later';
    return { kind } as SettingsAction;
  });

export function encodeCheckin(localDate: string, mood: DayMood): string {
  return `${CHECKIN_PREFIX}${localDate}:${CODE_OF[mood]}`;
}

/** The check-in a button carries, or null for anything malformed. */
export function decodeCheckin(data: string): { localDate: string; mood: DayMood } | null {
  const parsed = checkinSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}

export function encodeSettings(action: SettingsAction): string {
  switch (action.kind) {
    case 'time':
      return `${SETTINGS_PREFIX}t:${action.localTime.replace(':', '')}`;
    case 'frequency':
      return `${SETTINGS_PREFIX}f:${codeOf(FREQUENCY_CODES, action.frequency)}`;
    case 'summary':
      return `${SETTINGS_PREFIX}s:${action.weekday ?? 0}`;
    case 'contact':
      return `${SETTINGS_PREFIX}c:${codeOf(CONTACT_CODES, action.answer)}`;
    case 'place':
      return `${SETTINGS_PREFIX}z:${action.key}`;
    default:
      return `${SETTINGS_PREFIX}${SIMPLE[action.kind]}`;
  }
}

export function decodeSettings(data: string): SettingsAction | null {
  const parsed = settingsSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}
