/**
 * What a pure module needs to speak to one person: a Fluent text in their language, and the
 * language itself for the dates and weekday names, which come from `Intl` rather than from
 * the Fluent files. A handler's context is one already (`ctx.language`, `ctx.t`); code
 * without a context binds the plugin to a language with {@link wordsIn}.
 *
 * @module
 */

export type Variables = Record<string, string | number>;

export interface Words {
  /** A locale folder's name (`en`, `de`, `pt`): the language of {@link t}. */
  language: string;
  /** A UI text in {@link language}, falling back to English key by key. */
  t(key: string, variables?: Variables): string;
}

/** {@link Words} in `language` from a translate function that takes the locale first (the i18n plugin's `t`). */
export function wordsIn(translate: (locale: string, key: string, variables?: Variables) => string, language: string): Words {
  return { language, t: (key, variables) => translate(language, key, variables) };
}

/**
 * The `Intl` locale of a language. The bot's English is British ("Thu 12 Jun", "practise"),
 * so plain `en` (which Intl reads as American, "Thu, Jun 12") becomes `en-GB`.
 */
export function intlLocale(language: string): string {
  return language === 'en' ? 'en-GB' : language;
}

/**
 * The name of an ISO weekday (1 = Monday … 7 = Sunday): `long` ("Monday", "Montag"),
 * `short` ("Mon", "Mo") or `narrow` ("M").
 */
export function weekdayName(language: string, isoWeekday: number, width: 'long' | 'short' | 'narrow'): string {
  // 1 January 2024 was a Monday.
  return new Intl.DateTimeFormat(intlLocale(language), { weekday: width, timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, isoWeekday)));
}

/**
 * A calendar date (`YYYY-MM-DD`) the way the language writes it briefly: `12 Jun` or, with
 * its weekday, `Thu 12 Jun` ("12. Juni", "Do., 12. Juni" in German).
 */
export function shortDate(language: string, localDate: string, opts: { weekday?: boolean } = {}): string {
  const [year, month, day] = localDate.split('-').map(Number);
  const date = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
  const format = new Intl.DateTimeFormat(intlLocale(language), {
    ...(opts.weekday && { weekday: 'short' as const }),
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
  return format.format(date);
}
