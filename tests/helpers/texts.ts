import { createI18n } from '../../src/i18n/i18n.ts';

const i18n = createI18n();

/** A UI text in English (or another language), from the same Fluent files the bot reads. */
export function text(key: string, variables?: Record<string, string | number>, language = 'en'): string {
  return i18n.t(language, key, variables);
}
