import type { EventEmitter } from 'node:events';
import { commandsKey, toTranscriptEntry, type BotState } from './state.ts';
import type {
  ApiCall,
  BotCommand,
  BotCommandScope,
  BotUser,
  EmulatorEventMap,
  StoredFile,
  TranscriptEntry,
  Update,
  User,
  UserProfile,
  WebhookInfo,
} from './types.ts';
import { createUserHandle, setBlocked, type UserHandle } from './users.ts';
import {
  DEFAULT_WAIT_MS,
  waitForBotMessages,
  waitForCall,
  waitForEdit,
  type WaitForEditOptions,
  type WaitForMessageOptions,
} from './waiters.ts';

/**
 * Everything a test (or the playground page) does with one bot: play its users, read its
 * chats, wait for its answers, inspect what it registered. The emulator itself is the view
 * of its default token; `emulator.bot(token)` gives the view of any other.
 */
export interface BotView {
  readonly token: string;
  /** What getMe answers. */
  readonly me: BotUser;
  /** Typed events of this bot; see {@link EmulatorEventMap}. */
  readonly events: EventEmitter<EmulatorEventMap>;
  /** A user by id (profile fields merged on each call); their private chat id is `id`. */
  user(id: number, profile?: UserProfile): UserHandle;
  /** The chat's messages in order, both sides, edits applied, deleted ones flagged. */
  transcript(chatId: number): TranscriptEntry[];
  /**
   * The bot's next message in `chatId` after the user's latest action there (or after the
   * last one a wait returned). Rejects after `timeoutMs` (DEFAULT_WAIT_MS, 15 s) with the recent transcript.
   */
  waitForBotMessage(chatId: number, options?: WaitForMessageOptions & { count?: undefined }): Promise<TranscriptEntry>;
  waitForBotMessage(chatId: number, options: WaitForMessageOptions & { count: number }): Promise<TranscriptEntry[]>;
  /** The next edit of a bot message in `chatId`, cursor-based like waitForBotMessage. */
  waitForEdit(chatId: number, options?: WaitForEditOptions): Promise<TranscriptEntry>;
  /** The first call of `method` (case-insensitive) not returned by an earlier waitForCall, past calls included. */
  waitForCall(
    method: string,
    predicate?: (params: Record<string, unknown>, call: ApiCall) => boolean,
    timeoutMs?: number,
  ): Promise<ApiCall>;
  /** The call log (last 10 000 calls), optionally of one method. */
  calls(method?: string): ApiCall[];
  /** Commands set by setMyCommands; default scope and no language unless given. */
  commands(options?: { scope?: BotCommandScope; language_code?: string }): BotCommand[];
  /** What setMyDescription / setMyShortDescription stored. */
  descriptions(languageCode?: string): { description: string; short_description: string };
  webhookInfo(): WebhookInfo;
  /** Updates queued and not yet confirmed by the bot. */
  pendingUpdates(): Update[];
  /** A file the bot sent or a user sent, with its bytes. */
  file(fileId: string): StoredFile | undefined;
  /** As `user(id).blockBot()`. */
  blockBot(userId: number): Update | undefined;
  unblockBot(userId: number): Update | undefined;
  /** Queues any update as is (an escape hatch for update types the user API lacks). */
  enqueue(update: Omit<Update, 'update_id'>): Update;
}

export function createBotView(bot: BotState, closed: AbortSignal): BotView {
  const handles = new Map<number, UserHandle>();
  const deps = {
    waitForBotMessages: (chatId: number, options: WaitForMessageOptions) => waitForBotMessages(bot, chatId, options, closed),
    waitForEdit: (chatId: number, options: WaitForEditOptions) => waitForEdit(bot, chatId, options, closed),
  };

  const user = (id: number, profile: UserProfile = {}): UserHandle => {
    const known = bot.users.get(id);
    const merged: User = { ...(known ?? { id, is_bot: false, first_name: `User ${id}` }), ...withoutUndefined(profile) };
    const changed = JSON.stringify(merged) !== JSON.stringify(known);
    bot.users.set(id, merged);
    let handle = handles.get(id);
    if (!handle || changed) {
      handle = createUserHandle(bot, merged, deps);
      handles.set(id, handle);
    }
    return handle;
  };

  return {
    token: bot.token,
    me: bot.me,
    events: bot.events,
    user,
    transcript: (chatId) => [...(bot.chats.get(chatId)?.messages.values() ?? [])].map(toTranscriptEntry),
    waitForBotMessage: ((chatId: number, options?: WaitForMessageOptions) =>
      deps.waitForBotMessages(chatId, options ?? {}).then((found) => (options?.count === undefined ? found[0] : found))) as BotView['waitForBotMessage'],
    waitForEdit: (chatId, options) => deps.waitForEdit(chatId, options ?? {}),
    waitForCall: (method, predicate, timeoutMs = DEFAULT_WAIT_MS) => waitForCall(bot, method, predicate, timeoutMs, closed),
    calls: (method) => (method === undefined ? [...bot.calls] : bot.calls.filter((c) => c.method.toLowerCase() === method.toLowerCase())),
    commands: (options) => bot.commands.get(commandsKey(options?.scope, options?.language_code)) ?? [],
    descriptions: (languageCode = '') => ({
      description: bot.descriptions.get(`description|${languageCode}`) ?? '',
      short_description: bot.descriptions.get(`short_description|${languageCode}`) ?? '',
    }),
    webhookInfo: () => bot.updates.webhookInfo(),
    pendingUpdates: () => bot.updates.pending(),
    file: (fileId) => bot.files.get(fileId),
    blockBot: (userId) => setBlocked(bot, user(userId).user, true),
    unblockBot: (userId) => setBlocked(bot, user(userId).user, false),
    enqueue: (update) => bot.updates.enqueue(update),
  };
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
