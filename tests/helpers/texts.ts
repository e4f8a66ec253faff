import { createI18n } from '../../src/i18n/i18n.ts';
import { wordsIn, type Words } from '../../src/i18n/words.ts';

const i18n = createI18n();

/** A UI text in English (or another language), from the same Fluent files the bot reads. */
export function text(key: string, variables?: Record<string, string | number>, language = 'en'): string {
  return i18n.t(language, key, variables);
}

/** A person's words in `language` (Fluent texts and Intl dates), for the pure renderers. */
export function words(language = 'en'): Words {
  return wordsIn((locale, key, variables) => i18n.t(locale, key, variables), language);
}
