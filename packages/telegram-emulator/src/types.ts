/**
 * Types of the local Bot API emulator.
 *
 * The first half mirrors the subset of Telegram's Bot API objects the emulator produces
 * (field names exactly as on the wire, so a value can be compared with what grammY sees).
 * They are declared here rather than imported from grammY so the emulator stays a
 * stand-alone fake of Telegram with no dependency on the client it is meant to test.
 * The second half is the emulator's own vocabulary: transcripts, faults, limits, stats, events.
 *
 * @module
 */

// ---------------------------------------------------------------------------
// Telegram wire objects (subset)
// ---------------------------------------------------------------------------

/** A Telegram user or bot. */
export interface User {
  id: number;
  is_bot: boolean;
  first_name: string;
  last_name?: string;
  username?: string;
  language_code?: string;
}

/** What `getMe` answers: the bot's own user plus its capabilities. */
export interface BotUser extends User {
  is_bot: true;
  username: string;
  can_join_groups: boolean;
  can_read_all_group_messages: boolean;
  supports_inline_queries: boolean;
  can_connect_to_business: boolean;
  has_main_web_app: boolean;
}

export type ChatType = 'private' | 'group' | 'supergroup' | 'channel';

export interface Chat {
  id: number;
  type: ChatType;
  title?: string;
  username?: string;
  first_name?: string;
  last_name?: string;
}

export interface MessageEntity {
  type: string;
  offset: number;
  length: number;
  url?: string;
  user?: User;
  language?: string;
  custom_emoji_id?: string;
}

export interface InlineKeyboardButton {
  text: string;
  callback_data?: string;
  url?: string;
  [field: string]: unknown;
}

export interface InlineKeyboardMarkup {
  inline_keyboard: InlineKeyboardButton[][];
}

export interface KeyboardButton {
  text: string;
  [field: string]: unknown;
}

export interface ReplyKeyboardMarkup {
  keyboard: KeyboardButton[][];
  is_persistent?: boolean;
  resize_keyboard?: boolean;
  one_time_keyboard?: boolean;
  input_field_placeholder?: string;
  selective?: boolean;
}

export interface ReplyKeyboardRemove {
  remove_keyboard: true;
  selective?: boolean;
}

export interface ForceReply {
  force_reply: true;
  input_field_placeholder?: string;
  selective?: boolean;
}

export type ReplyMarkup = InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove | ForceReply;

export interface PhotoSize {
  file_id: string;
  file_unique_id: string;
  width: number;
  height: number;
  file_size?: number;
}

export interface Document {
  file_id: string;
  file_unique_id: string;
  file_name?: string;
  mime_type?: string;
  file_size?: number;
}

export interface Sticker {
  file_id: string;
  file_unique_id: string;
  type: 'regular';
  width: number;
  height: number;
  is_animated: boolean;
  is_video: boolean;
  emoji?: string;
  file_size?: number;
}

export interface Voice {
  file_id: string;
  file_unique_id: string;
  duration: number;
  mime_type?: string;
  file_size?: number;
}

export interface LinkPreviewOptions {
  is_disabled?: boolean;
  url?: string;
  prefer_small_media?: boolean;
  prefer_large_media?: boolean;
  show_above_text?: boolean;
}

/** A message as Telegram returns it to the bot. */
export interface Message {
  message_id: number;
  date: number;
  chat: Chat;
  from?: User;
  edit_date?: number;
  reply_to_message?: Message;
  text?: string;
  entities?: MessageEntity[];
  caption?: string;
  caption_entities?: MessageEntity[];
  photo?: PhotoSize[];
  document?: Document;
  sticker?: Sticker;
  voice?: Voice;
  link_preview_options?: LinkPreviewOptions;
  has_protected_content?: true;
  /** Only inline keyboards are echoed back by Telegram. */
  reply_markup?: InlineKeyboardMarkup;
}

/** Delivered in `callback_query.message` when the message was deleted. */
export interface InaccessibleMessage {
  chat: Chat;
  message_id: number;
  date: 0;
}

export interface CallbackQuery {
  id: string;
  from: User;
  message?: Message | InaccessibleMessage;
  chat_instance: string;
  data?: string;
}

export interface ChatMember {
  user: User;
  status: 'member' | 'kicked';
  until_date?: number;
}

export interface ChatMemberUpdated {
  chat: Chat;
  from: User;
  date: number;
  old_chat_member: ChatMember;
  new_chat_member: ChatMember;
}

export interface Update {
  update_id: number;
  message?: Message;
  edited_message?: Message;
  callback_query?: CallbackQuery;
  my_chat_member?: ChatMemberUpdated;
}

/** The update types the emulator can produce (a key of {@link Update}). */
export type UpdateType = Exclude<keyof Update, 'update_id'>;

export interface BotCommand {
  command: string;
  description: string;
}

export interface BotCommandScope {
  type: string;
  chat_id?: number | string;
  user_id?: number;
}

export interface WebhookInfo {
  url: string;
  has_custom_certificate: boolean;
  pending_update_count: number;
  ip_address?: string;
  last_error_date?: number;
  last_error_message?: string;
  max_connections?: number;
  allowed_updates?: string[];
}

export interface File {
  file_id: string;
  file_unique_id: string;
  file_size?: number;
  file_path?: string;
}

/** Telegram's response envelope; the HTTP status equals `error_code` on failure. */
export type ApiResponse =
  | { ok: true; result: unknown; description?: string }
  | {
      ok: false;
      error_code: number;
      description: string;
      parameters?: { retry_after?: number; migrate_to_chat_id?: number };
    };

// ---------------------------------------------------------------------------
// Emulator vocabulary
// ---------------------------------------------------------------------------

/** What kind of content a transcript entry carries. */
export type MessageKind = 'text' | 'sticker' | 'photo' | 'voice' | 'document' | 'other';

/**
 * One message of a chat as a person would see it, from either side.
 *
 * `text` and `caption` are the rendered text (markup already parsed into `entities`, as
 * Telegram does), so tests assert on what the user reads, not on HTML. Edits are applied
 * in place; deleted messages stay with `deleted: true` so ordering questions stay answerable.
 */
export interface TranscriptEntry {
  message_id: number;
  from: 'user' | 'bot';
  /** Telegram user id of the sender (the bot's id for bot messages). */
  sender_id: number;
  kind: MessageKind;
  text?: string;
  caption?: string;
  /** Entities of `text` (or of `caption` for media). */
  entities?: MessageEntity[];
  parse_mode?: string;
  /** The markup as sent, including reply keyboards (Telegram only echoes inline ones). */
  reply_markup?: ReplyMarkup;
  edited: boolean;
  deleted: boolean;
  date: number;
  document?: Document;
  /** The largest size of a photo. */
  photo?: PhotoSize;
  reply_to_message_id?: number;
}

/** Where a user's message goes when it is not their private chat with the bot. */
export interface GroupChatSpec {
  /** Negative, as Telegram's group ids are. */
  id: number;
  title?: string;
  type?: 'group' | 'supergroup';
}

export interface UserProfile {
  first_name?: string;
  last_name?: string;
  username?: string;
  language_code?: string;
}

/** A file the bot uploaded or a user sent, with its bytes for read-back in tests. */
export interface StoredFile {
  file_id: string;
  file_unique_id: string;
  file_name?: string;
  mime_type?: string;
  file_size: number;
  file_path: string;
  bytes: Buffer;
  /** Set when the bot passed an HTTP URL instead of bytes (the emulator does not fetch it). */
  remote_url?: string;
}

/** One Bot API call as answered, kept in the call log and emitted as `'call'`. */
export interface ApiCall {
  seq: number;
  method: string;
  params: Record<string, unknown>;
  response: ApiResponse;
  /** Epoch milliseconds when the answer was produced. */
  at: number;
}

/** Selects which calls a fault applies to and how they fail. */
export interface FaultSpec {
  /** Method name(s), case-insensitive; omitted = every method, `getUpdates` included. */
  method?: string | string[];
  /** Only calls whose `chat_id` is this. */
  chatId?: number;
  /** How many matching calls fail; default 1, `Infinity` for a lasting outage. */
  times?: number;
  errorCode: number;
  description?: string;
  /** For 429: seconds put in `parameters.retry_after` (default 1). */
  retryAfter?: number;
  /** Destroy the socket instead of answering (the client sees a network error). */
  networkError?: boolean;
}

/** A registered fault; `remaining` counts down as matching calls fail. */
export interface FaultHandle {
  readonly remaining: number;
  remove(): void;
}

export interface RateLimit {
  /** Sends per sliding second across all chats. */
  perSecond?: number;
  /** Sends per sliding second into one chat. */
  perChatPerSecond?: number;
}

export interface SendRecord {
  method: string;
  chatId: number;
  /** Epoch milliseconds. */
  at: number;
}

export interface EmulatorStats {
  /** Calls per canonical method name (unknown methods under their name as sent). */
  calls: Record<string, number>;
  /** Error answers per error code, faults included. */
  errors: Record<string, number>;
  /** Number of 429 answers (faults and rate limiting). */
  tooManyRequests: number;
  /** Successful sends per chat id. */
  sentPerChat: Record<string, number>;
  /** Every successful send, oldest first, for rate measurement. */
  sends: SendRecord[];
}

export interface ChatMessageEvent {
  chatId: number;
  entry: TranscriptEntry;
}

export interface ChatDeleteEvent {
  chatId: number;
  message_id: number;
}

export interface ChatActionEvent {
  chatId: number;
  action: string;
}

/** The bot answered a button tap; `text` is the toast a client shows. */
export interface CallbackAnswerEvent {
  chatId: number;
  callback_query_id: string;
  text?: string;
}

/** One webhook delivery attempt; `error` is what getWebhookInfo reports for a failure. */
export interface WebhookDeliveryEvent {
  update_id: number;
  ok: boolean;
  /** 1 for the first attempt. */
  attempt: number;
  error?: string;
}

/** Events of one bot (token); payloads are snapshots. */
export interface EmulatorEventMap {
  /** An update was queued for the bot. */
  update: [update: Update];
  /** The bot called a method and got this answer. */
  call: [call: ApiCall];
  botMessage: [event: ChatMessageEvent];
  userMessage: [event: ChatMessageEvent];
  edit: [event: ChatMessageEvent];
  delete: [event: ChatDeleteEvent];
  chatAction: [event: ChatActionEvent];
  callbackAnswer: [event: CallbackAnswerEvent];
  /** A webhook delivery finished (confirmed with 2xx, or failed and will be retried). */
  webhookDelivery: [event: WebhookDeliveryEvent];
}
