import { InlineKeyboard } from 'grammy';
import { CALLBACK_PREFIX } from '../telegram/callback-data.ts';

const M = CALLBACK_PREFIX.menu;

/** Callback data of the main menu's buttons; each feature answers its own. */
export const MENU = { scenarios: `${M}:scenarios`, urge: `${M}:urge`, remind: `${M}:remind`, help: `${M}:help` } as const;

/** The scenario behind /urge and the menu's "When the urge hits": a fast path when about to text them. */
export const URGE_SCENARIO = 'when-the-urge-hits';

/** The welcome's buttons: a conversation, the urge path (when it exists), daily reminders, help. */
export function mainMenu(t: (key: string) => string, hasUrge: boolean): InlineKeyboard {
  const keyboard = new InlineKeyboard().text(t('menu-scenarios'), MENU.scenarios).row();
  if (hasUrge) keyboard.text(t('menu-urge'), MENU.urge).row();
  return keyboard.text(t('menu-remind'), MENU.remind).text(t('menu-help'), MENU.help);
}
