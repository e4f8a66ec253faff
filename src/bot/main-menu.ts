import { InlineKeyboard } from 'grammy';
import { CALLBACK_PREFIX } from '../telegram/callback-data.ts';
import { texts } from './texts.ts';

const M = CALLBACK_PREFIX.menu;

/** Callback data of the main menu's buttons; each feature answers its own. */
export const MENU = { scenarios: `${M}:scenarios`, remind: `${M}:remind`, help: `${M}:help` } as const;

/** The welcome's buttons: a conversation, daily reminders, help. */
export function mainMenu(): InlineKeyboard {
  return new InlineKeyboard()
    .text(texts.menu.scenarios, MENU.scenarios)
    .row()
    .text(texts.menu.remind, MENU.remind)
    .text(texts.menu.help, MENU.help);
}
