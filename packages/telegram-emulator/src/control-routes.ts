import type { IncomingMessage, ServerResponse } from 'node:http';
import type { BotView } from './bot-view.ts';
import { readBody } from './http-body.ts';
import { isRecord } from './params.ts';
import type { CallbackAnswerEvent, ChatActionEvent, ChatDeleteEvent, ChatMessageEvent, UserProfile } from './types.ts';
import type { ChatOption } from './users.ts';

/**
 * The user side over HTTP, for the playground web page (default bot only).
 *
 * | route | does |
 * |---|---|
 * | `GET /_emulator/me` | the bot's getMe |
 * | `GET /_emulator/chats/:chatId` | transcript JSON |
 * | `POST /_emulator/chats/:chatId/messages` `{ from, text }` | a user writes (chatId = from.id, or a negative group id) |
 * | `POST /_emulator/chats/:chatId/press` `{ from, message_id, data }` | a user taps a button |
 * | `GET /_emulator/commands` | commands of the default scope |
 * | `GET /_emulator/events?chat_id=N` | Server-Sent Events: `message`, `edit`, `delete`, `chat_action`, `callback_answer` |
 *
 * Answers use the Bot API envelope (`{ ok, result }` / `{ ok: false, error_code, description }`).
 */
export type ControlRoute = (req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams) => Promise<void>;

/** How often an idle event stream sends a comment, so proxies keep it open. */
const SSE_HEARTBEAT_MS = 15_000;
const CONTROL_BODY_LIMIT = 1024 * 1024;

export function createControlRoutes(view: BotView): ControlRoute {
  return async (req, res, path, query) => {
    const method = req.method ?? 'GET';
    const chatRoute = /^\/_emulator\/chats\/(-?\d+)(?:\/(messages|press))?$/.exec(path);
    try {
      if (method === 'GET' && path === '/_emulator/me') return sendJson(res, 200, { ok: true, result: view.me });
      if (method === 'GET' && path === '/_emulator/commands') return sendJson(res, 200, { ok: true, result: view.commands() });
      if (method === 'GET' && path === '/_emulator/events') return streamEvents(view, res, query.get('chat_id'));
      if (chatRoute) {
        const chatId = Number(chatRoute[1]);
        const action = chatRoute[2];
        if (method === 'GET' && action === undefined) return sendJson(res, 200, { ok: true, result: view.transcript(chatId) });
        if (method === 'POST' && action === 'messages') {
          const body = await readJson(req);
          if (typeof body.text !== 'string' || body.text === '') throw new ControlError('text must be a non-empty string');
          const { user, chat } = actor(view, chatId, body.from);
          return sendJson(res, 200, { ok: true, result: user.sendText(body.text, chat) });
        }
        if (method === 'POST' && action === 'press') {
          const body = await readJson(req);
          if (typeof body.message_id !== 'number' || typeof body.data !== 'string') {
            throw new ControlError('message_id (number) and data (string) are required');
          }
          const { user, chat } = actor(view, chatId, body.from);
          return sendJson(res, 200, { ok: true, result: user.pressButton({ messageId: body.message_id, data: body.data }, chat) });
        }
      }
      sendJson(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
    } catch (error) {
      // User-side mistakes (blocked bot, missing button) are the caller's 400s.
      const description = error instanceof Error ? error.message : String(error);
      sendJson(res, 400, { ok: false, error_code: 400, description });
    }
  };
}

class ControlError extends Error {}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const text = (await readBody(req, CONTROL_BODY_LIMIT)).toString('utf8');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ControlError('the body must be JSON');
  }
  if (!isRecord(body)) throw new ControlError('the body must be a JSON object');
  return body;
}

/** The user acting and where: their private chat when chatId is their id, else a group. */
function actor(view: BotView, chatId: number, from: unknown): { user: ReturnType<BotView['user']>; chat: ChatOption } {
  if (!isRecord(from) || typeof from.id !== 'number' || !Number.isSafeInteger(from.id) || from.id <= 0) {
    throw new ControlError('from.id must be a positive integer');
  }
  const profile: UserProfile = {};
  for (const key of ['first_name', 'last_name', 'username', 'language_code'] as const) {
    const value = from[key];
    if (typeof value === 'string') profile[key] = value;
  }
  const user = view.user(from.id, profile);
  if (chatId === from.id) return { user, chat: {} };
  if (chatId < 0) return { user, chat: { chat: { id: chatId } } };
  throw new ControlError("chatId must be the user's id (private chat) or a negative group id");
}

function streamEvents(view: BotView, res: ServerResponse, chatIdParam: string | null): void {
  const chatId = chatIdParam === null || chatIdParam === '' ? undefined : Number(chatIdParam);
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
  res.write(': connected\n\n');
  const forChat = (id: number): boolean => chatId === undefined || id === chatId;
  const write = (event: string, data: unknown): void => {
    res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  };
  const onMessage = (e: ChatMessageEvent): void => {
    if (forChat(e.chatId)) write('message', { chat_id: e.chatId, ...e.entry });
  };
  const onEdit = (e: ChatMessageEvent): void => {
    if (forChat(e.chatId)) write('edit', { chat_id: e.chatId, ...e.entry });
  };
  const onDelete = (e: ChatDeleteEvent): void => {
    if (forChat(e.chatId)) write('delete', { chat_id: e.chatId, message_id: e.message_id });
  };
  const onAction = (e: ChatActionEvent): void => {
    if (forChat(e.chatId)) write('chat_action', { chat_id: e.chatId, action: e.action });
  };
  const onAnswer = (e: CallbackAnswerEvent): void => {
    if (forChat(e.chatId)) write('callback_answer', { chat_id: e.chatId, callback_query_id: e.callback_query_id, text: e.text });
  };
  const { events } = view;
  events.on('botMessage', onMessage);
  events.on('userMessage', onMessage);
  events.on('edit', onEdit);
  events.on('delete', onDelete);
  events.on('chatAction', onAction);
  events.on('callbackAnswer', onAnswer);
  const heartbeat = setInterval(() => res.write(': ping\n\n'), SSE_HEARTBEAT_MS);
  heartbeat.unref();
  res.on('close', () => {
    clearInterval(heartbeat);
    events.off('botMessage', onMessage);
    events.off('userMessage', onMessage);
    events.off('edit', onEdit);
    events.off('delete', onDelete);
    events.off('chatAction', onAction);
    events.off('callbackAnswer', onAnswer);
  });
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
