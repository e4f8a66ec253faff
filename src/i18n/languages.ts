/**
 * Which languages letgo speaks, and how a person's language is picked.
 *
 * @module
 */

/** The language every text exists in, and the fallback for everything else. */
export const DEFAULT_LANGUAGE = 'en';

/**
 * The best of `available` for a Telegram `language_code` (an IETF tag such as `pt-br`,
 * `de`, `en-GB`): the exact tag, else its base language, else {@link DEFAULT_LANGUAGE}.
 */
export function pickLanguage(code: string | null | undefined, available: readonly string[]): string {
  if (!code) return DEFAULT_LANGUAGE;
  const tag = code.toLowerCase().replace('_', '-');
  if (available.includes(tag)) return tag;
  const base = tag.split('-')[0] ?? '';
  return available.includes(base) ? base : DEFAULT_LANGUAGE;
}
