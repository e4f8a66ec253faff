import { createHash } from 'node:crypto';
import { detectUserEntities } from './formatting.ts';
import {
  appendMessage,
  botSender,
  ensureChat,
  nowSeconds,
  privateChatOf,
  storeFile,
  toTranscriptEntry,
  type BotState,
  type ChatState,
  type NewMessage,
  type StoredMessage,
} from './state.ts';
import type {
  Chat,
  ChatMember,
  GroupChatSpec,
  InlineKeyboardButton,
  Message,
  MessageKind,
  TranscriptEntry,
  Update,
  User,
} from './types.ts';
import type { WaitForEditOptions, WaitForMessageOptions } from './waiters.ts';

/**
 * The user side: a person writing to the bot, tapping buttons, blocking it.
 *
 * Every action stores what the user would see in the chat, queues the update Telegram would
 * send the bot, returns that update synchronously, and moves the chat's wait cursor so a
 * following `waitForBotMessage` sees only what the bot does in response (see `waiters.ts`).
 *
 * @module
 */

export interface ChatOption {
  /** Send in this group instead of the private chat. */
  chat?: GroupChatSpec;
}

export interface SendTextOptions extends ChatOption {
  /** Reply to this message of the chat. */
  replyTo?: number;
}

/** Identifies a button on one message: its callback_data or its label. */
export interface ButtonOnMessage {
  messageId: number;
  data: string;
}

export interface UserHandle {
  readonly id: number;
  readonly user: User;
  sendText(text: string, options?: SendTextOptions): Update;
  sendSticker(options?: ChatOption & { emoji?: string }): Update;
  sendPhoto(options?: ChatOption & { caption?: string }): Update;
  sendVoice(options?: ChatOption & { duration?: number }): Update;
  /** Any message content (contact, location, reply_to_message, …) merged into a new message. */
  sendMessage(content: Partial<Message> & Record<string, unknown>, options?: ChatOption): Update;
  /**
   * Taps an inline button: by label or callback_data on the bot's latest message that has
   * it, or on one exact message. Throws, listing the buttons there are, when none matches.
   */
  pressButton(target: string | ButtonOnMessage, options?: ChatOption): Update;
  /** A callback query with any data on any message id, as a forged or stale client would send. */
  pressRaw(messageId: number, data: string, options?: ChatOption): Update;
  /** Blocks the bot: sends to this chat answer 403 and a my_chat_member update is queued. */
  blockBot(): Update | undefined;
  unblockBot(): Update | undefined;
  /** The private chat with the bot. */
  transcript(): TranscriptEntry[];
  /** `waitForBotMessage` in the private chat. */
  waitForBotMessage(options?: WaitForMessageOptions & { count?: undefined }): Promise<TranscriptEntry>;
  waitForBotMessage(options: WaitForMessageOptions & { count: number }): Promise<TranscriptEntry[]>;
  /** `waitForEdit` in the private chat. */
  waitForEdit(options?: WaitForEditOptions): Promise<TranscriptEntry>;
}

/** What a user handle needs from its bot view beyond the store. */
export interface UserHandleDeps {
  waitForBotMessages(chatId: number, options: WaitForMessageOptions): Promise<TranscriptEntry[]>;
  waitForEdit(chatId: number, options: WaitForEditOptions): Promise<TranscriptEntry>;
}

export function createUserHandle(bot: BotState, user: User, deps: UserHandleDeps): UserHandle {
  const chatFor = (options: ChatOption | undefined): ChatState => {
    if (!options?.chat) {
      const chat = ensureChat(bot, privateChatOf(user));
      if (chat.blocked) throw new Error(`user ${user.id} has blocked the bot; call unblockBot() before acting in the chat`);
      return chat;
    }
    return ensureChat(bot, groupChatOf(options.chat));
  };

  const post = (kind: MessageKind, content: NewMessage['content'], options: ChatOption | undefined): Update => {
    const chat = chatFor(options);
    const stored = appendMessage(bot, chat, { side: 'user', from: user, kind, content });
    moveCursors(chat, stored.seq);
    return bot.updates.enqueue({ message: structuredClone(stored.message) });
  };

  const press = (chat: ChatState, messageId: number, data: string): Update => {
    const id = `${BigInt(user.id) * 1_000_000n + BigInt(bot.callbackQueries.size + 1)}`;
    bot.callbackQueries.set(id, { chatId: chat.chat.id, answered: false });
    const stored = chat.messages.get(messageId);
    const message =
      stored && !stored.deleted ? structuredClone(stored.message) : { chat: chat.chat, message_id: messageId, date: 0 as const };
    moveCursors(chat, bot.nextSeq());
    return bot.updates.enqueue({ callback_query: { id, from: user, message, chat_instance: chatInstanceOf(chat.chat.id), data } });
  };

  const handle: UserHandle = {
    id: user.id,
    user,

    sendText(text, options) {
      if (text === '') throw new Error('sendText: a Telegram message cannot be empty');
      const content: NewMessage['content'] = { text };
      const entities = detectUserEntities(text);
      if (entities.length > 0) content.entities = entities;
      if (options?.replyTo !== undefined) {
        const target = chatFor(options).messages.get(options.replyTo);
        if (!target) throw new Error(`sendText: no message ${options.replyTo} to reply to`);
        content.reply_to_message = structuredClone(target.message);
      }
      return post('text', content, options);
    },

    sendSticker(options) {
      const file = storeFile(bot, { kind: 'stickers', bytes: Buffer.from('RIFF\0\0\0\0WEBPVP8 '), mimeType: 'image/webp' });
      const sticker = {
        file_id: file.file_id,
        file_unique_id: file.file_unique_id,
        type: 'regular' as const,
        width: 512,
        height: 512,
        is_animated: false,
        is_video: false,
        emoji: options?.emoji ?? '🙂',
        file_size: file.file_size,
      };
      return post('sticker', { sticker }, options);
    },

    sendPhoto(options) {
      const small = storeFile(bot, { kind: 'photos', bytes: Buffer.alloc(64, 1), mimeType: 'image/jpeg' });
      const large = storeFile(bot, { kind: 'photos', bytes: Buffer.alloc(256, 2), mimeType: 'image/jpeg' });
      const content: NewMessage['content'] = {
        photo: [
          { file_id: small.file_id, file_unique_id: small.file_unique_id, width: 90, height: 90, file_size: small.file_size },
          { file_id: large.file_id, file_unique_id: large.file_unique_id, width: 800, height: 600, file_size: large.file_size },
        ],
      };
      if (options?.caption !== undefined) content.caption = options.caption;
      return post('photo', content, options);
    },

    sendVoice(options) {
      const file = storeFile(bot, { kind: 'voice', bytes: Buffer.from('OggS'), mimeType: 'audio/ogg' });
      const voice = {
        file_id: file.file_id,
        file_unique_id: file.file_unique_id,
        duration: options?.duration ?? 3,
        mime_type: 'audio/ogg',
        file_size: file.file_size,
      };
      return post('voice', { voice }, options);
    },

    sendMessage(content, options) {
      // Identity fields are the chat's to assign; everything else (date included) may be set.
      const { message_id: _id, chat: _chat, from: _from, ...rest } = content;
      return post(kindOf(rest), rest as NewMessage['content'], options);
    },

    pressButton(target, options) {
      const chat = chatFor(options);
      if (typeof target !== 'string') {
        const stored = chat.messages.get(target.messageId);
        if (!stored || stored.deleted || stored.side !== 'bot') {
          throw new Error(`pressButton: no live bot message ${target.messageId} in chat ${chat.chat.id}`);
        }
        const button = findButton(stored, target.data);
        if (!button) throw new Error(`pressButton: message ${target.messageId} has no button "${target.data}"; it has ${listButtons(stored)}`);
        return press(chat, target.messageId, button.callback_data as string);
      }
      const botMessages = [...chat.messages.values()].filter((m) => m.side === 'bot' && !m.deleted).reverse();
      for (const stored of botMessages) {
        const button = findButton(stored, target);
        if (button) return press(chat, stored.message.message_id, button.callback_data as string);
      }
      const latest = botMessages.find((m) => m.message.reply_markup !== undefined);
      const available = latest ? `the latest keyboard (message ${latest.message.message_id}) has ${listButtons(latest)}` : 'no bot message has an inline keyboard';
      throw new Error(`pressButton: no button "${target}" in chat ${chat.chat.id}; ${available}`);
    },

    pressRaw(messageId, data, options) {
      return press(chatFor(options), messageId, data);
    },

    blockBot: () => setBlocked(bot, user, true),
    unblockBot: () => setBlocked(bot, user, false),

    transcript: () => [...(bot.chats.get(user.id)?.messages.values() ?? [])].map(toTranscriptEntry),

    waitForBotMessage: ((options?: WaitForMessageOptions) =>
      deps.waitForBotMessages(user.id, options ?? {}).then((found) => (options?.count === undefined ? found[0] : found))) as UserHandle['waitForBotMessage'],

    waitForEdit: (options) => deps.waitForEdit(user.id, options ?? {}),
  };
  return handle;
}

/**
 * Blocks or unblocks the bot for `user` and queues the my_chat_member update Telegram sends
 * (member → kicked, or back). Does nothing, returning undefined, when already in that state.
 */
export function setBlocked(bot: BotState, user: User, blocked: boolean): Update | undefined {
  const chat = ensureChat(bot, privateChatOf(user));
  if (chat.blocked === blocked) return undefined;
  chat.blocked = blocked;
  const me = botSender(bot);
  const member: ChatMember = { user: me, status: 'member' };
  const kicked: ChatMember = { user: me, status: 'kicked', until_date: 0 };
  return bot.updates.enqueue({
    my_chat_member: {
      chat: chat.chat,
      from: user,
      date: nowSeconds(),
      old_chat_member: blocked ? member : kicked,
      new_chat_member: blocked ? kicked : member,
    },
  });
}

function kindOf(content: Partial<Message>): MessageKind {
  if (content.text !== undefined) return 'text';
  if (content.photo !== undefined) return 'photo';
  if (content.document !== undefined) return 'document';
  if (content.sticker !== undefined) return 'sticker';
  if (content.voice !== undefined) return 'voice';
  return 'other';
}

function moveCursors(chat: ChatState, seq: number): void {
  chat.cursor.message = Math.max(chat.cursor.message, seq);
  chat.cursor.edit = Math.max(chat.cursor.edit, seq);
}

function groupChatOf(spec: GroupChatSpec): Chat {
  if (spec.id >= 0) throw new Error(`group chat ids are negative in Telegram; got ${spec.id}`);
  return { id: spec.id, type: spec.type ?? 'group', title: spec.title ?? `Group ${-spec.id}` };
}

/** Callback buttons only: a label match wins over a callback_data match. */
function findButton(stored: StoredMessage, key: string): InlineKeyboardButton | undefined {
  const buttons = (stored.message.reply_markup?.inline_keyboard ?? []).flat().filter((b) => b.callback_data !== undefined);
  return buttons.find((b) => b.text === key) ?? buttons.find((b) => b.callback_data === key);
}

function listButtons(stored: StoredMessage): string {
  const buttons = (stored.message.reply_markup?.inline_keyboard ?? []).flat();
  if (buttons.length === 0) return 'no buttons';
  return buttons.map((b) => (b.callback_data === undefined ? `"${b.text}" (not a callback button)` : `"${b.text}" (${b.callback_data})`)).join(', ');
}

/** Telegram's chat_instance: a stable opaque id per chat. */
function chatInstanceOf(chatId: number): string {
  return BigInt(`0x${createHash('sha1').update(String(chatId)).digest('hex').slice(0, 15)}`).toString();
}
