/**
 * The bot's words live in Fluent files under `locales/<language>/`, read once at start-up
 * by grammY's i18n plugin. A key missing in a language falls back to English, key by key.
 *
 * @module
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { I18n, TranslateWarnings } from '@grammyjs/i18n';
import type { Context } from 'grammy';

/** The project's `locales/` folder (no trailing slash: the plugin reads the language from the path). */
export const LOCALES_DIR = fileURLToPath(new URL('../../locales', import.meta.url));

export type Translate = (locale: string, key: string, variables?: Record<string, string | number>) => string;

/**
 * Loads every language. `onMissing` hears about a key that no language has (a bug: the
 * tests check that English has every key).
 */
export function createI18n<C extends Context>(opts: { dir?: string; onMissing?: (key: string, locale: string) => void } = {}): I18n<C> {
  return new I18n<C>({
    defaultLocale: 'en',
    directory: opts.dir ?? LOCALES_DIR,
    // Fluent's Unicode isolation marks around variables would show up in Telegram's text.
    fluentBundleOptions: { useIsolating: false },
    fluentOptions: {
      warningHandler: (warning) => {
        if (warning.type === TranslateWarnings.MISSING_TRANSLATION && opts.onMissing) opts.onMissing(warning.path, String(warning.locales[0]));
      },
    },
  });
}

/**
 * The languages the whole bot speaks: those with the UI texts (`bot.ftl`), English first.
 * Other locale folders carry only the safety texts, which reach further.
 */
export function uiLanguages(i18n: I18n, dir: string = LOCALES_DIR): string[] {
  const complete = i18n.locales.filter((l) => l !== 'en' && existsSync(path.join(dir, l, 'bot.ftl'))).sort();
  return ['en', ...complete];
}
