/**
 * Which wording answers a check-in: each mood has a few, and the same one never comes twice
 * in a row. The last reply is stored as `<mood>:<index>` (`holding:2`); pure otherwise.
 *
 * @module
 */
import type { Mood } from './content.ts';

/**
 * How many wordings each mood has: `checkin-reply-<mood>-1` … `-3` in `reminders.ftl` (every
 * language has the same number, so a stored `<mood>:<index>` means the same in all of them).
 */
export const CHECKIN_REPLY_COUNT = 3;

/** The scenarios offered when someone is holding on tight, most fitting first. */
export const HOLDING_SCENARIOS = ['when-the-urge-hits', 'holding-on-check'] as const;

/**
 * The index of the wording to use for `mood` out of `count`, never the one `last` names (so
 * a person who taps the same mood day after day reads something new each time).
 *
 * @example pickReply('holding', 3, 'holding:1', () => 0.9) // -> 2
 * @param random a `Math.random`-like source, passed in so tests are deterministic.
 */
export function pickReply(mood: Mood, count: number, last: string | null, random: () => number): number {
  if (count <= 1) return 0;
  const previous = parseReply(last);
  const candidates = Array.from({ length: count }, (_, i) => i).filter((i) => !(previous?.mood === mood && previous.index === i));
  const index = Math.min(candidates.length - 1, Math.max(0, Math.floor(random() * candidates.length)));
  return candidates[index] ?? 0;
}

/** How a reply is stored: `holding:2`. */
export function replyKey(mood: Mood, index: number): string {
  return `${mood}:${index}`;
}

function parseReply(value: string | null): { mood: string; index: number } | null {
  const match = value === null ? null : /^([a-z-]+):(\d+)$/.exec(value);
  return match ? { mood: match[1] ?? '', index: Number(match[2]) } : null;
}
