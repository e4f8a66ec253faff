import { badRequest } from './api-error.ts';
import { isRecord, readOptionalJson, type Fields } from './params.ts';
import type { InlineKeyboardButton, InlineKeyboardMarkup, KeyboardButton, ReplyMarkup } from './types.ts';

/**
 * `reply_markup` validation with Telegram's limits, notably callback_data of 1–64 bytes
 * (UTF-8), the limit bots most often hit when they pack state into buttons.
 *
 * An inline keyboard without buttons means "no keyboard", as in Telegram, and is returned
 * as `undefined`.
 */
export function readReplyMarkup(fields: Fields): ReplyMarkup | undefined {
  const value = readOptionalJson(fields, 'reply_markup', "can't parse reply keyboard markup JSON object");
  if (value === undefined) return undefined;
  if (!isRecord(value)) throw badRequest("can't parse reply keyboard markup JSON object");
  if ('inline_keyboard' in value) return readInlineKeyboard(value.inline_keyboard);
  if ('keyboard' in value) return readReplyKeyboard(value);
  if (value.remove_keyboard === true) return { remove_keyboard: true, ...pickSelective(value) };
  if (value.force_reply === true) return value as unknown as ReplyMarkup;
  throw badRequest("can't parse reply keyboard markup JSON object");
}

/** Inline keyboards only: what `editMessageReplyMarkup`/`editMessageText` accept. */
export function readInlineMarkup(fields: Fields): InlineKeyboardMarkup | undefined {
  const markup = readReplyMarkup(fields);
  if (markup !== undefined && !isInlineKeyboard(markup)) throw badRequest('inline keyboard expected');
  return markup;
}

export function isInlineKeyboard(markup: ReplyMarkup | undefined): markup is InlineKeyboardMarkup {
  return markup !== undefined && 'inline_keyboard' in markup;
}

const BUTTON_ACTIONS = [
  'callback_data',
  'url',
  'web_app',
  'login_url',
  'switch_inline_query',
  'switch_inline_query_current_chat',
  'switch_inline_query_chosen_chat',
  'copy_text',
  'callback_game',
  'pay',
];

function readInlineKeyboard(rows: unknown): InlineKeyboardMarkup | undefined {
  if (!Array.isArray(rows) || !rows.every(Array.isArray)) {
    throw badRequest('field "inline_keyboard" of the InlineKeyboardMarkup should be an Array of Arrays');
  }
  const keyboard = (rows as unknown[][]).map((row) => row.map(readInlineButton)).filter((row) => row.length > 0);
  return keyboard.length === 0 ? undefined : { inline_keyboard: keyboard };
}

function readInlineButton(button: unknown): InlineKeyboardButton {
  if (!isRecord(button) || typeof button.text !== 'string') {
    throw badRequest(`can't parse inline keyboard button: Field "text" must be of type String`);
  }
  if (!BUTTON_ACTIONS.some((action) => button[action] !== undefined)) {
    throw badRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
  }
  if (button.callback_data !== undefined) {
    const data = button.callback_data;
    const bytes = typeof data === 'string' ? Buffer.byteLength(data) : 0;
    if (bytes < 1 || bytes > 64) throw badRequest('BUTTON_DATA_INVALID');
  }
  if (button.url !== undefined && !isButtonUrl(button.url)) throw badRequest('BUTTON_URL_INVALID');
  return button as InlineKeyboardButton;
}

function isButtonUrl(url: unknown): boolean {
  if (typeof url !== 'string') return false;
  try {
    return ['http:', 'https:', 'tg:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

function readReplyKeyboard(value: Record<string, unknown>): ReplyMarkup {
  const rows = value.keyboard;
  if (!Array.isArray(rows) || !rows.every(Array.isArray)) {
    throw badRequest('field "keyboard" of the ReplyKeyboardMarkup should be an Array of Arrays');
  }
  // Telegram accepts plain strings as buttons and answers with objects.
  const keyboard = (rows as unknown[][]).map((row) =>
    row.map((button): KeyboardButton => {
      if (typeof button === 'string') return { text: button };
      if (isRecord(button) && typeof button.text === 'string') return button as KeyboardButton;
      throw badRequest(`can't parse keyboard button: Field "text" must be of type String`);
    }),
  );
  return { ...value, keyboard } as ReplyMarkup;
}

function pickSelective(value: Record<string, unknown>): { selective?: boolean } {
  return typeof value.selective === 'boolean' ? { selective: value.selective } : {};
}
