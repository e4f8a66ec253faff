/**
 * A local Telegram Bot API emulator: the only fake in letgo's tests, served over real HTTP
 * so grammY runs exactly as in production, and the engine of the playground page.
 * See README.md of this package.
 *
 * @module
 */

// Starting one
export { createEmulator, DEFAULT_EMULATOR_TOKEN } from './emulator.ts';
export type { Emulator, EmulatorOptions } from './emulator.ts';

// The /_emulator HTTP+SSE routes, for a page that shows the chats (the playground)
export { createControlRoutes } from './control-routes.ts';
export type { ControlRoute } from './control-routes.ts';

// Acting as users and reading chats
export type { BotView } from './bot-view.ts';
export type { ButtonOnMessage, ChatOption, SendTextOptions, UserHandle } from './users.ts';
export type { WaitForEditOptions, WaitForMessageOptions } from './waiters.ts';
export { DEFAULT_WAIT_MS } from './waiters.ts';

// Faults, limits, stats, events
export type { Faults } from './faults.ts';
export type {
  ApiCall,
  CallbackAnswerEvent,
  ChatActionEvent,
  ChatDeleteEvent,
  ChatMessageEvent,
  EmulatorEventMap,
  EmulatorStats,
  FaultHandle,
  FaultSpec,
  GroupChatSpec,
  MessageKind,
  RateLimit,
  SendRecord,
  StoredFile,
  TranscriptEntry,
  UserProfile,
  WebhookDeliveryEvent,
} from './types.ts';

// Telegram objects as the emulator produces them
export type {
  ApiResponse,
  BotCommand,
  BotCommandScope,
  BotUser,
  CallbackQuery,
  Chat,
  InlineKeyboardButton,
  InlineKeyboardMarkup,
  Message,
  MessageEntity,
  ReplyMarkup,
  Update,
  User,
  WebhookInfo,
} from './types.ts';

// Telegram's conflict descriptions, for tests that assert on them
export { POLL_TERMINATED_CONFLICT, WEBHOOK_ACTIVE_CONFLICT } from './updates.ts';
