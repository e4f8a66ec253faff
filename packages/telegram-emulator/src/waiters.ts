import { toTranscriptEntry, type BotState, type ChatState, type StoredMessage } from './state.ts';
import type { ApiCall, TranscriptEntry } from './types.ts';

/**
 * Promises that resolve when the bot does something, so tests wait on events, never on sleeps.
 *
 * Race-free by construction: each chat has a read cursor on the bot's timeline. A wait
 * returns the first matching bot message *after the cursor*, whether it arrived before or
 * after the wait began, then moves the cursor past it. Every user action in the chat
 * (sendText, pressButton, …) moves the cursor to "now", so
 *
 * ```ts
 * alice.sendText('/start');
 * const reply = await emulator.waitForBotMessage(alice.id);
 * ```
 *
 * always gets the answer to `/start`, however fast the bot was, and never an older message.
 * Edits have their own cursor, moved the same way. Waits for calls keep one cursor per
 * method that only waits move, since calls such as setMyCommands happen before any user acts.
 *
 * @module
 */

export interface WaitForMessageOptions {
  /** Default DEFAULT_WAIT_MS (15 s). */
  timeoutMs?: number;
  /** Skip bot messages that do not match (skipped ones are passed over, not kept for later). */
  predicate?: (entry: TranscriptEntry) => boolean;
  /** Resolve with this many messages (an array) instead of one. */
  count?: number;
  /** Consider only messages with a greater message_id, ignoring the cursor (`0`: the whole chat). */
  after?: number;
}

export interface WaitForEditOptions {
  timeoutMs?: number;
  /** Only edits of this message. */
  messageId?: number;
  predicate?: (entry: TranscriptEntry) => boolean;
}

/**
 * How long a wait gives the bot by default. Generous on purpose: a passing wait returns as
 * soon as the answer arrives, and a loaded 2-core CI machine can take seconds per answer.
 */
export const DEFAULT_WAIT_MS = 15_000;

/** Resolves with `count` bot messages in `chatId` past the cursor (see module docs). */
export function waitForBotMessages(
  bot: BotState,
  chatId: number,
  options: WaitForMessageOptions,
  closed: AbortSignal,
): Promise<TranscriptEntry[]> {
  const count = options.count ?? 1;
  const timeoutMs = options.timeoutMs ?? DEFAULT_WAIT_MS;
  const find = (): TranscriptEntry[] | undefined => {
    const chat = bot.chats.get(chatId);
    if (!chat) return undefined;
    const found: { stored: StoredMessage; entry: TranscriptEntry }[] = [];
    for (const stored of chat.messages.values()) {
      if (stored.side !== 'bot') continue;
      if (options.after !== undefined ? stored.message.message_id <= options.after : stored.seq <= chat.cursor.message) continue;
      const entry = toTranscriptEntry(stored);
      if (options.predicate && !options.predicate(entry)) continue;
      found.push({ stored, entry });
      if (found.length === count) {
        chat.cursor.message = Math.max(chat.cursor.message, stored.seq);
        return found.map((f) => f.entry);
      }
    }
    return undefined;
  };
  const what = `${count} bot message${count === 1 ? '' : 's'}${options.predicate ? ' matching the predicate' : ''}`;
  return waitUntil(bot, 'botMessage', find, closed, timeoutMs, () => describeTimeout(bot, chatId, what, timeoutMs));
}

/** Resolves with the edited message (as it is now) for the next edit in `chatId` past the edit cursor. */
export function waitForEdit(bot: BotState, chatId: number, options: WaitForEditOptions, closed: AbortSignal): Promise<TranscriptEntry> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_WAIT_MS;
  const find = (): TranscriptEntry | undefined => {
    const chat = bot.chats.get(chatId);
    if (!chat) return undefined;
    for (const edit of chat.edits) {
      if (edit.seq <= chat.cursor.edit) continue;
      if (options.messageId !== undefined && edit.messageId !== options.messageId) continue;
      const stored = chat.messages.get(edit.messageId);
      if (!stored) continue;
      const entry = toTranscriptEntry(stored);
      if (options.predicate && !options.predicate(entry)) continue;
      chat.cursor.edit = edit.seq;
      return entry;
    }
    return undefined;
  };
  const what = `an edit${options.messageId === undefined ? '' : ` of message ${options.messageId}`}`;
  return waitUntil(bot, 'edit', find, closed, timeoutMs, () => describeTimeout(bot, chatId, what, timeoutMs));
}

/** Resolves with the first call of `method` not yet returned by an earlier `waitForCall`. */
export function waitForCall(
  bot: BotState,
  method: string,
  predicate: ((params: Record<string, unknown>, call: ApiCall) => boolean) | undefined,
  timeoutMs: number,
  closed: AbortSignal,
): Promise<ApiCall> {
  const key = method.toLowerCase();
  const find = (): ApiCall | undefined => {
    const cursor = bot.callCursors.get(key) ?? 0;
    const call = bot.calls.find((c) => c.seq > cursor && c.method.toLowerCase() === key && (!predicate || predicate(c.params, c)));
    if (call) bot.callCursors.set(key, call.seq);
    return call;
  };
  const describe = (): Error => {
    const seen = bot.calls.slice(-10).map((c) => `  ${c.method} → ${c.response.ok ? 'ok' : `${c.response.error_code} ${c.response.description}`}`);
    return new Error(`waitForCall: no ${method} call${predicate ? ' matching the predicate' : ''} within ${timeoutMs} ms. Recent calls:\n${seen.join('\n') || '  (none)'}`);
  };
  return waitUntil(bot, 'call', find, closed, timeoutMs, describe);
}

/** Checks `find` now and after every `event`, until it yields, the timeout, or close. */
function waitUntil<T>(
  bot: BotState,
  event: 'botMessage' | 'edit' | 'call',
  find: () => T | undefined,
  closed: AbortSignal,
  timeoutMs: number,
  onTimeout: () => Error,
): Promise<T> {
  const immediate = find();
  if (immediate !== undefined) return Promise.resolve(immediate);
  if (closed.aborted) return Promise.reject(new Error('the emulator is closed'));
  return new Promise<T>((resolve, reject) => {
    const cleanup = (): void => {
      clearTimeout(timer);
      bot.events.off(event, check);
      closed.removeEventListener('abort', onClosed);
    };
    const check = (): void => {
      const found = find();
      if (found === undefined) return;
      cleanup();
      resolve(found);
    };
    const onClosed = (): void => {
      cleanup();
      reject(new Error('the emulator was closed while waiting'));
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(onTimeout());
    }, timeoutMs);
    bot.events.on(event, check);
    closed.addEventListener('abort', onClosed, { once: true });
  });
}

function describeTimeout(bot: BotState, chatId: number, what: string, timeoutMs: number): Error {
  const chat = bot.chats.get(chatId);
  const lines = chat ? recentLines(chat) : ['  (no such chat yet: no user has written there)'];
  return new Error(`timed out after ${timeoutMs} ms waiting for ${what} in chat ${chatId}. Recent transcript:\n${lines.join('\n')}`);
}

function recentLines(chat: ChatState): string[] {
  const entries = [...chat.messages.values()].slice(-12).map(toTranscriptEntry);
  if (entries.length === 0) return ['  (empty)'];
  return entries.map((entry) => {
    const flags = [entry.edited ? 'edited' : '', entry.deleted ? 'deleted' : ''].filter(Boolean).join(', ');
    const body = entry.text ?? entry.caption ?? `<${entry.kind}>`;
    const buttons =
      entry.reply_markup && 'inline_keyboard' in entry.reply_markup
        ? ` [${entry.reply_markup.inline_keyboard.flat().map((b) => b.text).join(' | ')}]`
        : '';
    return `  #${entry.message_id} ${entry.from}${flags ? ` (${flags})` : ''}: ${body.replace(/\n/g, '⏎')}${buttons}`;
  });
}
