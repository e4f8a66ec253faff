import { ApiError, badRequest, blockedByUser } from './api-error.ts';
import { parseFormatted, type FormattedText } from './formatting.ts';
import type { UploadedFile } from './http-body.ts';
import { imageSize, readInputFile } from './input-files.ts';
import type { RateLimiter } from './limits.ts';
import { isInlineKeyboard, readInlineMarkup, readReplyMarkup } from './markup.ts';
import {
  isRecord,
  readBool,
  readChatId,
  readInt,
  readOptionalInt,
  readOptionalJson,
  readOptionalString,
  readString,
  type Fields,
} from './params.ts';
import {
  appendMessage,
  botSender,
  commandsKey,
  nowSeconds,
  toTranscriptEntry,
  type BotState,
  type ChatState,
  type NewMessage,
  type StoredMessage,
} from './state.ts';
import type { StatsRecorder } from './stats.ts';
import type { BotCommand, BotCommandScope, InlineKeyboardMarkup, Message, MessageKind } from './types.ts';

/**
 * The Bot API methods the emulator implements, with Telegram's validation and wording.
 *
 * Handlers are synchronous except `getUpdates`, so a check and the state change it guards
 * (rate limit, "message is not modified", …) can never interleave with another request.
 *
 * @module
 */

/** Everything a handler may use for one call. */
export interface CallContext {
  bot: BotState;
  fields: Fields;
  files: Map<string, UploadedFile>;
  /** Aborted when the HTTP client goes away or the emulator closes. */
  signal: AbortSignal;
  limiter: RateLimiter;
  stats: StatsRecorder;
}

/** A result plus the `description` Telegram adds to some successful answers (setWebhook). */
export interface MethodResult {
  result: unknown;
  description?: string;
}

type Handler = (ctx: CallContext) => unknown;

export interface BotApi {
  /** The canonical spelling of a method (Telegram's names are case-insensitive), if implemented. */
  canonical(method: string): string | undefined;
  invoke(method: string, ctx: CallContext): Promise<MethodResult>;
}

const TEXT_LIMIT = 4096;
const CAPTION_LIMIT = 1024;
const NOT_MODIFIED =
  'message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message';
const CHAT_ACTIONS = new Set([
  'typing',
  'upload_photo',
  'record_video',
  'upload_video',
  'record_voice',
  'upload_voice',
  'upload_document',
  'choose_sticker',
  'find_location',
  'record_video_note',
  'upload_video_note',
]);
const COMMAND_SCOPES = new Set([
  'default',
  'all_private_chats',
  'all_group_chats',
  'all_chat_administrators',
  'chat',
  'chat_administrators',
  'chat_member',
]);

class Described implements MethodResult {
  constructor(
    readonly result: unknown,
    readonly description: string,
  ) {}
}

export function createBotApi(): BotApi {
  const handlers: Record<string, Handler> = {
    getMe: ({ bot }) => bot.me,
    logOut: () => true,
    close: () => true,

    getUpdates: ({ bot, fields, signal }) => {
      const options: Parameters<BotState['updates']['getUpdates']>[0] = {};
      const offset = readOptionalInt(fields, 'offset');
      const limit = readOptionalInt(fields, 'limit');
      const timeout = readOptionalInt(fields, 'timeout');
      const allowed = readOptionalJson(fields, 'allowed_updates', "can't parse allowed_updates JSON array");
      if (offset !== undefined) options.offset = offset;
      if (limit !== undefined) options.limit = limit;
      if (timeout !== undefined) options.timeout = timeout;
      if (Array.isArray(allowed)) options.allowedUpdates = allowed.map(String);
      return bot.updates.getUpdates(options, signal);
    },

    setWebhook: ({ bot, fields }) => {
      const url = readOptionalString(fields, 'url') ?? '';
      const drop = readBool(fields, 'drop_pending_updates');
      if (url === '') {
        const wasSet = bot.updates.deleteWebhook(drop);
        return new Described(true, wasSet ? 'Webhook was deleted' : 'Webhook is already deleted');
      }
      if (!/^https?:\/\/[^/]/i.test(url) || !URL.canParse(url)) {
        throw badRequest('bad webhook: An HTTPS URL must be provided for webhook');
      }
      const secretToken = readOptionalString(fields, 'secret_token');
      if (secretToken !== undefined && !/^[A-Za-z0-9_-]{1,256}$/.test(secretToken)) {
        throw badRequest('bad webhook: secret token contains unallowed characters');
      }
      const maxConnections = readOptionalInt(fields, 'max_connections');
      if (maxConnections !== undefined && (maxConnections < 1 || maxConnections > 100)) {
        throw badRequest('bad webhook: max_connections must be between 1 and 100');
      }
      const allowed = readOptionalJson(fields, 'allowed_updates', "can't parse allowed_updates JSON array");
      const settings: Parameters<BotState['updates']['setWebhook']>[0] = { url, dropPendingUpdates: drop };
      if (secretToken !== undefined) settings.secretToken = secretToken;
      if (maxConnections !== undefined) settings.maxConnections = maxConnections;
      if (Array.isArray(allowed)) settings.allowedUpdates = allowed.map(String);
      const changed = bot.updates.setWebhook(settings);
      return new Described(true, changed ? 'Webhook was set' : 'Webhook is already set');
    },

    deleteWebhook: ({ bot, fields }) => {
      const wasSet = bot.updates.deleteWebhook(readBool(fields, 'drop_pending_updates'));
      return new Described(true, wasSet ? 'Webhook was deleted' : 'Webhook is already deleted');
    },

    getWebhookInfo: ({ bot }) => bot.updates.webhookInfo(),

    sendMessage: (ctx) => {
      const chat = knownChat(ctx);
      const text = renderText(ctx.fields, 'text');
      if (text.text.trim() === '') throw badRequest('message text is empty');
      if (text.text.length > TEXT_LIMIT) throw badRequest('message is too long');
      const content: NewMessage['content'] = { text: text.text };
      if (text.entities.length > 0) content.entities = text.entities;
      const preview = readOptionalJson(ctx.fields, 'link_preview_options', "can't parse link preview options JSON object");
      if (isRecord(preview)) content.link_preview_options = preview;
      else if (readBool(ctx.fields, 'disable_web_page_preview')) content.link_preview_options = { is_disabled: true };
      return send(ctx, chat, 'sendMessage', 'text', content);
    },

    sendDocument: (ctx) => {
      const chat = knownChat(ctx);
      const file = readInputFile(ctx.bot, ctx.fields, ctx.files, 'document', 'documents');
      const content: NewMessage['content'] = {
        document: withoutUndefined({
          file_id: file.file_id,
          file_unique_id: file.file_unique_id,
          file_name: file.file_name,
          mime_type: file.mime_type,
          file_size: file.file_size,
        }),
      };
      return send(ctx, chat, 'sendDocument', 'document', { ...content, ...renderCaption(ctx.fields) });
    },

    sendPhoto: (ctx) => {
      const chat = knownChat(ctx);
      const file = readInputFile(ctx.bot, ctx.fields, ctx.files, 'photo', 'photos');
      const size = imageSize(file.bytes);
      const photo = [{ file_id: file.file_id, file_unique_id: file.file_unique_id, file_size: file.file_size, ...size }];
      return send(ctx, chat, 'sendPhoto', 'photo', { photo, ...renderCaption(ctx.fields) });
    },

    editMessageText: (ctx) => {
      const { chat, stored } = editableMessage(ctx);
      const { message } = stored;
      if (message.text === undefined) throw badRequest('there is no text in the message to edit');
      const text = renderText(ctx.fields, 'text');
      if (text.text.trim() === '') throw badRequest('message text is empty');
      if (text.text.length > TEXT_LIMIT) throw badRequest('message is too long');
      // Like Telegram, an edit without reply_markup removes the inline keyboard.
      const markup = readInlineMarkup(ctx.fields);
      const unchanged =
        message.text === text.text && same(message.entities ?? [], text.entities) && same(message.reply_markup, markup);
      if (unchanged) throw badRequest(NOT_MODIFIED);
      message.text = text.text;
      setOrDelete(message, 'entities', text.entities.length > 0 ? text.entities : undefined);
      const parseMode = readOptionalString(ctx.fields, 'parse_mode');
      if (parseMode !== undefined) stored.parseMode = parseMode;
      else delete stored.parseMode;
      return applyEdit(ctx.bot, chat, stored, markup);
    },

    editMessageCaption: (ctx) => {
      const { chat, stored } = editableMessage(ctx);
      const { message } = stored;
      if (!['photo', 'document', 'voice'].includes(stored.kind)) throw badRequest('there is no caption in the message to edit');
      const caption = renderCaption(ctx.fields);
      const markup = readInlineMarkup(ctx.fields);
      const unchanged =
        message.caption === caption.caption &&
        same(message.caption_entities, caption.caption_entities) &&
        same(message.reply_markup, markup);
      if (unchanged) throw badRequest(NOT_MODIFIED);
      setOrDelete(message, 'caption', caption.caption);
      setOrDelete(message, 'caption_entities', caption.caption_entities);
      return applyEdit(ctx.bot, chat, stored, markup);
    },

    editMessageReplyMarkup: (ctx) => {
      const { chat, stored } = editableMessage(ctx);
      const markup = readInlineMarkup(ctx.fields);
      if (same(stored.message.reply_markup, markup)) throw badRequest(NOT_MODIFIED);
      return applyEdit(ctx.bot, chat, stored, markup);
    },

    deleteMessage: ({ bot, fields }) => {
      const chat = bot.chats.get(readChatId(fields));
      if (!chat) throw badRequest('chat not found');
      const messageId = readInt(fields, 'message_id', 'message identifier is not specified');
      const stored = chat.messages.get(messageId);
      if (!stored || stored.deleted) throw badRequest('message to delete not found');
      stored.deleted = true;
      bot.events.emit('delete', { chatId: chat.chat.id, message_id: messageId });
      return true;
    },

    answerCallbackQuery: ({ bot, fields }) => {
      const id = readString(fields, 'callback_query_id', 'QUERY_ID_INVALID');
      const query = bot.callbackQueries.get(id);
      if (!query || query.answered) throw badRequest('query is too old and response timeout expired or query ID is invalid');
      const text = readOptionalString(fields, 'text');
      if (text !== undefined && text.length > 200) throw badRequest('MESSAGE_TOO_LONG');
      query.answered = true;
      if (query.chatId !== undefined) {
        bot.events.emit('callbackAnswer', { chatId: query.chatId, callback_query_id: id, ...(text === undefined ? {} : { text }) });
      }
      return true;
    },

    sendChatAction: (ctx) => {
      const chat = knownChat(ctx);
      const action = readString(ctx.fields, 'action', 'wrong parameter action in request');
      if (!CHAT_ACTIONS.has(action)) throw badRequest('wrong parameter action in request');
      if (chat.blocked) throw blockedByUser();
      ctx.bot.events.emit('chatAction', { chatId: chat.chat.id, action });
      return true;
    },

    setMyCommands: ({ bot, fields }) => {
      const commands = readOptionalJson(fields, 'commands', "can't parse commands JSON object");
      if (!Array.isArray(commands)) throw badRequest('parameter "commands" is required');
      if (commands.length > 100) throw badRequest('BOT_COMMANDS_TOO_MUCH');
      const valid = commands.map(readBotCommand);
      const key = commandsKey(readScope(fields), readOptionalString(fields, 'language_code'));
      if (valid.length === 0) bot.commands.delete(key);
      else bot.commands.set(key, valid);
      return true;
    },

    getMyCommands: ({ bot, fields }) =>
      bot.commands.get(commandsKey(readScope(fields), readOptionalString(fields, 'language_code'))) ?? [],

    deleteMyCommands: ({ bot, fields }) => {
      bot.commands.delete(commandsKey(readScope(fields), readOptionalString(fields, 'language_code')));
      return true;
    },

    setMyDescription: ({ bot, fields }) => setBotText(bot, fields, 'description', 512),
    getMyDescription: ({ bot, fields }) => ({ description: getBotText(bot, fields, 'description') }),
    setMyShortDescription: ({ bot, fields }) => setBotText(bot, fields, 'short_description', 120),
    getMyShortDescription: ({ bot, fields }) => ({ short_description: getBotText(bot, fields, 'short_description') }),

    setChatMenuButton: ({ bot, fields }) => {
      const button = readOptionalJson(fields, 'menu_button', "can't parse menu button JSON object");
      bot.menuButton = isRecord(button) ? button : { type: 'default' };
      return true;
    },
    getChatMenuButton: ({ bot }) => bot.menuButton,

    getChat: ({ bot, fields }) => {
      const chat = bot.chats.get(readChatId(fields));
      if (!chat) throw badRequest('chat not found');
      return { ...chat.chat, accent_color_id: 0, max_reaction_count: 11 };
    },

    getFile: ({ bot, fields }) => {
      const file = bot.files.get(readString(fields, 'file_id', 'invalid file_id'));
      if (!file) throw badRequest('invalid file_id');
      return { file_id: file.file_id, file_unique_id: file.file_unique_id, file_size: file.file_size, file_path: file.file_path };
    },
  };

  const byLowerName = new Map(Object.keys(handlers).map((name) => [name.toLowerCase(), name]));

  return {
    canonical: (method) => byLowerName.get(method.toLowerCase()),
    async invoke(method, ctx) {
      const name = byLowerName.get(method.toLowerCase());
      const handler = name === undefined ? undefined : handlers[name];
      if (!handler) throw new ApiError(404, 'Not Found: method not found');
      const result = await handler(ctx);
      return result instanceof Described ? result : { result };
    },
  };
}

// ---------------------------------------------------------------------------
// Helpers shared by the handlers
// ---------------------------------------------------------------------------

/** The chat named by `chat_id`, which must exist (a user wrote first, or a group was used). */
function knownChat({ bot, fields }: CallContext): ChatState {
  const chat = bot.chats.get(readChatId(fields));
  if (!chat) throw badRequest('chat not found');
  return chat;
}

/**
 * The common tail of every send: reply target, markup, blocked chat, flood control, then
 * the message itself. Validation comes first so a refused send never occupies the rate window.
 */
function send(ctx: CallContext, chat: ChatState, method: string, kind: MessageKind, content: NewMessage['content']): Message {
  const markup = readReplyMarkup(ctx.fields);
  const replyTo = readReplyTarget(ctx.fields, chat);
  if (chat.blocked) throw blockedByUser();
  const now = Date.now();
  const limited = ctx.limiter.check(chat.chat.id, now);
  if (limited) throw limited;

  const full: NewMessage['content'] = { ...content };
  if (replyTo) full.reply_to_message = replyTo;
  if (isInlineKeyboard(markup)) full.reply_markup = markup;
  if (readBool(ctx.fields, 'protect_content')) full.has_protected_content = true;
  const input: NewMessage = { side: 'bot', from: botSender(ctx.bot), kind, content: full };
  const parseMode = readOptionalString(ctx.fields, 'parse_mode');
  if (parseMode !== undefined) input.parseMode = parseMode;
  if (markup !== undefined) input.markup = markup;
  const stored = appendMessage(ctx.bot, chat, input);
  ctx.limiter.record(chat.chat.id, now);
  ctx.stats.send(method, chat.chat.id, now);
  return stored.message;
}

/** `text` rendered by `parse_mode`, or with explicit `entities`. */
function renderText(fields: Fields, name: string): FormattedText {
  const raw = readOptionalString(fields, name) ?? '';
  const parseMode = readOptionalString(fields, 'parse_mode');
  if (parseMode !== undefined && parseMode !== '') return parseFormatted(raw, parseMode);
  const entities = readOptionalJson(fields, 'entities', "can't parse entities JSON object");
  return { text: raw, entities: Array.isArray(entities) ? (entities as FormattedText['entities']) : [] };
}

function renderCaption(fields: Fields): Pick<Message, 'caption' | 'caption_entities'> {
  const raw = readOptionalString(fields, 'caption');
  if (raw === undefined || raw === '') return {};
  const parseMode = readOptionalString(fields, 'parse_mode');
  const rendered =
    parseMode !== undefined && parseMode !== ''
      ? parseFormatted(raw, parseMode)
      : { text: raw, entities: (readOptionalJson(fields, 'caption_entities', "can't parse entities JSON object") ?? []) as FormattedText['entities'] };
  if (rendered.text.length > CAPTION_LIMIT) throw badRequest('message caption is too long');
  const caption: Pick<Message, 'caption' | 'caption_entities'> = { caption: rendered.text };
  if (rendered.entities.length > 0) caption.caption_entities = rendered.entities;
  return caption;
}

/** `reply_parameters` (current API) or `reply_to_message_id` (older clients). */
function readReplyTarget(fields: Fields, chat: ChatState): Message | undefined {
  const parameters = readOptionalJson(fields, 'reply_parameters', "can't parse reply parameters JSON object");
  const messageId = isRecord(parameters) ? Number(parameters.message_id) : readOptionalInt(fields, 'reply_to_message_id');
  if (messageId === undefined || Number.isNaN(messageId)) return undefined;
  const allowWithout = isRecord(parameters)
    ? parameters.allow_sending_without_reply === true
    : readBool(fields, 'allow_sending_without_reply');
  const target = chat.messages.get(messageId);
  if (!target || target.deleted) {
    if (allowWithout) return undefined;
    throw badRequest('message to be replied not found');
  }
  const { reply_to_message: _nested, ...withoutNested } = target.message;
  return structuredClone(withoutNested);
}

/** The bot's own, live message named by `chat_id` + `message_id`. */
function editableMessage(ctx: CallContext): { chat: ChatState; stored: StoredMessage } {
  if (readOptionalString(ctx.fields, 'inline_message_id') !== undefined) throw badRequest('MESSAGE_ID_INVALID');
  const chat = knownChat(ctx);
  const messageId = readInt(ctx.fields, 'message_id', 'message identifier is not specified');
  const stored = chat.messages.get(messageId);
  if (!stored || stored.deleted) throw badRequest('message to edit not found');
  if (stored.side !== 'bot') throw badRequest("message can't be edited");
  if (chat.blocked) throw blockedByUser();
  return { chat, stored };
}

function applyEdit(bot: BotState, chat: ChatState, stored: StoredMessage, markup: InlineKeyboardMarkup | undefined): Message {
  setOrDelete(stored.message, 'reply_markup', markup);
  if (markup !== undefined) stored.markup = markup;
  else if (isInlineKeyboard(stored.markup)) delete stored.markup;
  stored.message.edit_date = nowSeconds();
  stored.edited = true;
  chat.edits.push({ seq: bot.nextSeq(), messageId: stored.message.message_id });
  bot.events.emit('edit', { chatId: chat.chat.id, entry: toTranscriptEntry(stored) });
  return stored.message;
}

function readBotCommand(value: unknown): BotCommand {
  if (!isRecord(value) || typeof value.command !== 'string' || typeof value.description !== 'string') {
    throw badRequest("can't parse BotCommand JSON object");
  }
  const command = value.command.replace(/^\//, '');
  if (!/^[a-z0-9_]{1,32}$/.test(command)) throw badRequest('BOT_COMMAND_INVALID');
  const description = value.description.trim();
  if (description.length < 1 || description.length > 256) throw badRequest('BOT_COMMAND_DESCRIPTION_INVALID');
  return { command, description };
}

function readScope(fields: Fields): BotCommandScope | undefined {
  const scope = readOptionalJson(fields, 'scope', "can't parse BotCommandScope JSON object");
  if (scope === undefined) return undefined;
  if (!isRecord(scope) || typeof scope.type !== 'string' || !COMMAND_SCOPES.has(scope.type)) {
    throw badRequest('wrong parameter scope');
  }
  return scope as unknown as BotCommandScope;
}

function setBotText(bot: BotState, fields: Fields, kind: 'description' | 'short_description', limit: number): true {
  const text = readOptionalString(fields, kind) ?? '';
  if (text.length > limit) throw badRequest(`${kind.replace('_', ' ')} is too long`);
  const key = `${kind}|${readOptionalString(fields, 'language_code') ?? ''}`;
  if (text === '') bot.descriptions.delete(key);
  else bot.descriptions.set(key, text);
  return true;
}

function getBotText(bot: BotState, fields: Fields, kind: 'description' | 'short_description'): string {
  return bot.descriptions.get(`${kind}|${readOptionalString(fields, 'language_code') ?? ''}`) ?? '';
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

function setOrDelete<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value === undefined) delete target[key];
  else target[key] = value;
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
