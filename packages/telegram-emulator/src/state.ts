import { createHash, randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type {
  ApiCall,
  BotCommand,
  BotUser,
  Chat,
  EmulatorEventMap,
  Message,
  MessageKind,
  ReplyMarkup,
  StoredFile,
  TranscriptEntry,
  User,
} from './types.ts';
import type { UpdateQueue } from './updates.ts';

/**
 * The store of one bot (one token): chats, messages, files, commands and the call log.
 *
 * Telegram keeps state per bot, so two processes using the same token see the same chats and
 * compete for the same update queue; the emulator keeps one `BotState` per token for that reason.
 *
 * @module
 */

/** A message plus what only the emulator knows about it. */
export interface StoredMessage {
  /** Exactly what Telegram would return to the bot (reply_markup only when inline). */
  message: Message;
  side: 'user' | 'bot';
  kind: MessageKind;
  parseMode?: string;
  /** Markup as sent, including reply keyboards. */
  markup?: ReplyMarkup;
  edited: boolean;
  deleted: boolean;
  /** Position on the bot's timeline when sent; waiters compare it with their cursor. */
  seq: number;
}

export interface ChatState {
  chat: Chat;
  /** Insertion order is message_id order. */
  messages: Map<number, StoredMessage>;
  nextMessageId: number;
  /** Private chats only: the user blocked the bot. */
  blocked: boolean;
  /** Edits in order, for `waitForEdit`. */
  edits: { seq: number; messageId: number }[];
  /** Timeline positions already handed to (or skipped for) waiters; see `waiters.ts`. */
  cursor: { message: number; edit: number };
}

export interface CallbackQueryRecord {
  chatId?: number;
  answered: boolean;
}

export interface BotState {
  readonly token: string;
  readonly me: BotUser;
  readonly events: EventEmitter<EmulatorEventMap>;
  readonly chats: Map<number, ChatState>;
  readonly users: Map<number, User>;
  readonly files: Map<string, StoredFile>;
  /** Keyed by {@link commandsKey}. */
  readonly commands: Map<string, BotCommand[]>;
  /** `description|lang`, `short_description|lang` → text. */
  readonly descriptions: Map<string, string>;
  readonly callbackQueries: Map<string, CallbackQueryRecord>;
  readonly calls: ApiCall[];
  /** Per method: seq of the last call handed to `waitForCall`. */
  readonly callCursors: Map<string, number>;
  readonly updates: UpdateQueue;
  menuButton: Record<string, unknown>;
  nextSeq(): number;
}

/** The call log keeps this many entries; older ones are dropped (benchmarks make many calls). */
export const CALL_LOG_LIMIT = 10_000;

/**
 * Creates the store for `token`. `makeUpdates` builds the update queue, which needs the
 * store to exist first (webhook replies run methods against it).
 */
export function createBotState(token: string, makeUpdates: (state: BotState) => UpdateQueue): BotState {
  let seq = 0;
  const partial = {
    token,
    me: botUserFor(token),
    events: new EventEmitter<EmulatorEventMap>(),
    chats: new Map<number, ChatState>(),
    users: new Map<number, User>(),
    files: new Map<string, StoredFile>(),
    commands: new Map<string, BotCommand[]>(),
    descriptions: new Map<string, string>(),
    callbackQueries: new Map<string, CallbackQueryRecord>(),
    calls: [] as ApiCall[],
    callCursors: new Map<string, number>(),
    menuButton: { type: 'default' } as Record<string, unknown>,
    nextSeq: () => (seq += 1),
  };
  // Tests attach many waiters at once; the default limit of 10 would only print noise.
  partial.events.setMaxListeners(0);
  const state = partial as BotState;
  (state as { updates: UpdateQueue }).updates = makeUpdates(state);
  return state;
}

/** Telegram bot ids are the digits before the colon of the token. */
export function botUserFor(token: string): BotUser {
  const prefix = /^(\d+):/.exec(token)?.[1];
  const id = prefix ? Number(prefix) : 7_000_000_000 + (createHash('sha1').update(token).digest().readUInt32BE(0) % 1_000_000);
  return {
    id,
    is_bot: true,
    first_name: 'letgo',
    username: 'letgo_bot',
    can_join_groups: true,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
    can_connect_to_business: false,
    has_main_web_app: false,
  };
}

/** The bot as it appears in `message.from` (without getMe's capability fields). */
export function botSender(bot: BotState): User {
  return { id: bot.me.id, is_bot: true, first_name: bot.me.first_name, username: bot.me.username };
}

/** Registers a chat on first use, or returns the known one. */
export function ensureChat(state: BotState, chat: Chat): ChatState {
  const known = state.chats.get(chat.id);
  if (known) return known;
  const created: ChatState = {
    chat,
    messages: new Map(),
    nextMessageId: 1,
    blocked: false,
    edits: [],
    cursor: { message: 0, edit: 0 },
  };
  state.chats.set(chat.id, created);
  return created;
}

/** The private chat Telegram opens between a user and the bot (its id is the user's id). */
export function privateChatOf(user: User): Chat {
  const chat: Chat = { id: user.id, type: 'private', first_name: user.first_name };
  if (user.last_name !== undefined) chat.last_name = user.last_name;
  if (user.username !== undefined) chat.username = user.username;
  return chat;
}

export interface NewMessage {
  side: 'user' | 'bot';
  from: User;
  kind: MessageKind;
  content: Omit<Message, 'message_id' | 'date' | 'chat' | 'from'>;
  parseMode?: string;
  markup?: ReplyMarkup;
}

/** Stores a message with the chat's next message_id and announces it. */
export function appendMessage(state: BotState, chat: ChatState, input: NewMessage): StoredMessage {
  const message: Message = {
    message_id: chat.nextMessageId,
    from: input.from,
    chat: chat.chat,
    date: nowSeconds(),
    ...input.content,
  };
  chat.nextMessageId += 1;
  const stored: StoredMessage = { message, side: input.side, kind: input.kind, edited: false, deleted: false, seq: state.nextSeq() };
  if (input.parseMode !== undefined) stored.parseMode = input.parseMode;
  if (input.markup !== undefined) stored.markup = input.markup;
  chat.messages.set(message.message_id, stored);
  const event = { chatId: chat.chat.id, entry: toTranscriptEntry(stored) };
  state.events.emit(input.side === 'bot' ? 'botMessage' : 'userMessage', event);
  return stored;
}

/** The person-eye view of a stored message. */
export function toTranscriptEntry(stored: StoredMessage): TranscriptEntry {
  const { message } = stored;
  const entry: TranscriptEntry = {
    message_id: message.message_id,
    from: stored.side,
    sender_id: message.from?.id ?? 0,
    kind: stored.kind,
    edited: stored.edited,
    deleted: stored.deleted,
    date: message.date,
  };
  if (message.text !== undefined) entry.text = message.text;
  if (message.caption !== undefined) entry.caption = message.caption;
  const entities = message.entities ?? message.caption_entities;
  if (entities !== undefined) entry.entities = entities;
  if (stored.parseMode !== undefined) entry.parse_mode = stored.parseMode;
  if (stored.markup !== undefined) entry.reply_markup = stored.markup;
  if (message.document !== undefined) entry.document = message.document;
  const photo = message.photo?.[message.photo.length - 1];
  if (photo !== undefined) entry.photo = photo;
  if (message.reply_to_message !== undefined) entry.reply_to_message_id = message.reply_to_message.message_id;
  return entry;
}

export interface NewFile {
  kind: 'documents' | 'photos' | 'stickers' | 'voice';
  bytes: Buffer;
  fileName?: string;
  mimeType?: string;
  remoteUrl?: string;
}

/** Keeps a file so the bot can re-send it by file_id, download it, and tests can read it. */
export function storeFile(state: BotState, input: NewFile): StoredFile {
  const unique = createHash('sha1').update(input.bytes).update(input.remoteUrl ?? '').digest('base64url').slice(0, 16);
  const fileId = `${input.kind.slice(0, 3).toUpperCase()}${state.files.size + 1}_${randomBytes(9).toString('base64url')}`;
  const extension = /\.[A-Za-z0-9]{1,8}$/.exec(input.fileName ?? '')?.[0] ?? '';
  const file: StoredFile = {
    file_id: fileId,
    file_unique_id: unique,
    file_size: input.bytes.length,
    file_path: `${input.kind}/file_${state.files.size + 1}${extension}`,
    bytes: input.bytes,
  };
  if (input.fileName !== undefined) file.file_name = input.fileName;
  if (input.mimeType !== undefined) file.mime_type = input.mimeType;
  if (input.remoteUrl !== undefined) file.remote_url = input.remoteUrl;
  state.files.set(fileId, file);
  return file;
}

/** Key of a command list: scope (type + chat/user) and language, as Telegram stores them. */
export function commandsKey(scope: { type: string; chat_id?: number | string; user_id?: number } | undefined, languageCode: string | undefined): string {
  const type = scope?.type ?? 'default';
  return [type, scope?.chat_id ?? '', scope?.user_id ?? '', languageCode ?? ''].join('|');
}

export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

/** Appends to the call log, trimming the oldest entries beyond {@link CALL_LOG_LIMIT}. */
export function logCall(state: BotState, call: ApiCall): void {
  state.calls.push(call);
  if (state.calls.length > CALL_LOG_LIMIT) state.calls.splice(0, state.calls.length - CALL_LOG_LIMIT);
  state.events.emit('call', call);
}
