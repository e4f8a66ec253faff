import type { Bot } from 'grammy';
import type { BotCommand, LanguageCode } from 'grammy/types';
import type { Deps } from '../deps.ts';

/**
 * Every user command, in the order `/help` and Telegram's menu show them; the description of
 * each is the text `command-<name>` in the person's language. `setMyCommands` registers this
 * list at start-up, once per language. Admin commands (/stats) are not here: they stay out of
 * the public menu.
 */
export const COMMANDS = [
  'start',
  'scenarios',
  'urge',
  'remind',
  'timezone',
  'pause',
  'journal',
  'progress',
  'cancel',
  'sos',
  'safetyplan',
  'country',
  'language',
  'stop',
  'export',
  'delete',
  'help',
] as const;

export type CommandName = (typeof COMMANDS)[number];

/** The command menu in one language. */
export function commandMenu(t: (key: string) => string): BotCommand[] {
  return COMMANDS.map((command) => ({ command, description: t(`command-${command}`) }));
}

/**
 * Registers the command menu with Telegram: English for everyone, and each other language
 * the bot speaks for people whose Telegram is set to it (`language_code`).
 */
export async function registerCommands(bot: Pick<Bot, 'api'>, deps: Pick<Deps, 'i18n' | 'languages'>): Promise<void> {
  // All at once: each language is a scope of its own, and each call is a round trip to Telegram.
  await Promise.all([
    bot.api.setMyCommands(commandMenu((key) => deps.i18n.t('en', key))),
    ...deps.languages
      .filter((l) => l !== 'en')
      .map((language) => bot.api.setMyCommands(commandMenu((key) => deps.i18n.t(language, key)), { language_code: language as LanguageCode })),
  ]);
}
