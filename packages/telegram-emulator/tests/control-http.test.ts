import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator, type TranscriptEntry, type Update } from '../src/index.ts';
import { rawCall } from './raw-api.ts';

interface ControlAnswer {
  ok: boolean;
  result?: unknown;
  description?: string;
}

async function control(emulator: Emulator, path: string, body?: unknown): Promise<{ status: number; json: ControlAnswer }> {
  const init: RequestInit = body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
  const response = await fetch(`${emulator.url}/_emulator${path}`, init);
  return { status: response.status, json: (await response.json()) as ControlAnswer };
}

/** Reads Server-Sent Events from a stream until `until` says stop. */
async function readEvents(
  response: Response,
  until: (events: { event: string; data: unknown }[]) => boolean,
): Promise<{ event: string; data: unknown }[]> {
  const events: { event: string; data: unknown }[] = [];
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  while (!until(events)) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = /^event: (.*)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (event && data) events.push({ event, data: JSON.parse(data) });
    }
  }
  await reader.cancel();
  return events;
}

describe('emulator /_emulator/ HTTP endpoints', () => {
  let emulator: Emulator;
  beforeEach(async () => {
    emulator = await createEmulator();
  });
  afterEach(() => emulator.close());

  it('posts a user message, returns the transcript and the registered commands', async () => {
    const posted = await control(emulator, '/chats/42/messages', { from: { id: 42, first_name: 'Alice', language_code: 'en' }, text: '/start' });
    expect(posted.status).toBe(200);
    const update = posted.json.result as Update;
    expect(update.message).toMatchObject({ text: '/start', from: { id: 42, first_name: 'Alice', language_code: 'en' }, entities: [{ type: 'bot_command', offset: 0, length: 6 }] });

    await rawCall(emulator, 'sendMessage', { chat_id: 42, text: 'Hello', reply_markup: { inline_keyboard: [[{ text: 'OK', callback_data: 'ok' }]] } });
    const transcript = (await control(emulator, '/chats/42')).json.result as TranscriptEntry[];
    expect(transcript.map((m) => [m.from, m.text])).toEqual([
      ['user', '/start'],
      ['bot', 'Hello'],
    ]);

    const pressed = await control(emulator, '/chats/42/press', { from: { id: 42 }, message_id: 2, data: 'ok' });
    expect((pressed.json.result as Update).callback_query).toMatchObject({ data: 'ok', message: { message_id: 2 } });
    const badPress = await control(emulator, '/chats/42/press', { from: { id: 42 }, message_id: 2, data: 'nope' });
    expect(badPress.status).toBe(400);
    expect(badPress.json.description).toMatch(/has no button "nope"/);

    await rawCall(emulator, 'setMyCommands', { commands: [{ command: 'start', description: 'Begin' }] });
    expect((await control(emulator, '/commands')).json).toEqual({ ok: true, result: [{ command: 'start', description: 'Begin' }] });
    expect((await control(emulator, '/me')).json.result).toMatchObject({ username: 'letgo_bot' });
  });

  it('refuses malformed requests with 400 and unknown routes with 404', async () => {
    expect((await control(emulator, '/chats/42/messages', { from: { id: 42 }, text: '' })).status).toBe(400);
    expect((await control(emulator, '/chats/42/messages', { from: { id: 'x' }, text: 'hi' })).status).toBe(400);
    expect((await control(emulator, '/chats/7/messages', { from: { id: 42 }, text: 'hi' })).status).toBe(400);
    expect((await control(emulator, '/nothing')).status).toBe(404);
  });

  it('streams message, edit, delete and chat_action events of one chat over SSE', async () => {
    emulator.user(42).sendText('hello');
    emulator.user(43).sendText('other chat');
    const stream = await fetch(`${emulator.url}/_emulator/events?chat_id=42`);
    expect(stream.headers.get('content-type')).toBe('text/event-stream');
    const collected = readEvents(stream, (events) => events.length >= 5);

    await rawCall(emulator, 'sendMessage', { chat_id: 43, text: 'not for this stream' });
    await rawCall(emulator, 'sendChatAction', { chat_id: 42, action: 'typing' });
    await rawCall(emulator, 'sendMessage', { chat_id: 42, text: 'Hi <b>there</b>', parse_mode: 'HTML' });
    await rawCall(emulator, 'editMessageText', { chat_id: 42, message_id: 2, text: 'Hi again' });
    await rawCall(emulator, 'deleteMessage', { chat_id: 42, message_id: 2 });
    await control(emulator, '/chats/42/messages', { from: { id: 42 }, text: 'bye' });

    const events = await collected;
    expect(events.map((e) => e.event)).toEqual(['chat_action', 'message', 'edit', 'delete', 'message']);
    expect(events[1]?.data).toMatchObject({ chat_id: 42, from: 'bot', text: 'Hi there', entities: [{ type: 'bold', offset: 3, length: 5 }] });
    expect(events[2]?.data).toMatchObject({ message_id: 2, text: 'Hi again', edited: true });
    expect(events[3]?.data).toEqual({ chat_id: 42, message_id: 2 });
    expect(events[4]?.data).toMatchObject({ from: 'user', text: 'bye' });
  });

  it('streams the answer to a button tap as callback_answer, with its toast text', async () => {
    emulator.user(42).sendText('hi');
    await rawCall(emulator, 'sendMessage', { chat_id: 42, text: 'Pick', reply_markup: { inline_keyboard: [[{ text: 'A', callback_data: 'a' }]] } });
    const stream = await fetch(`${emulator.url}/_emulator/events?chat_id=42`);
    const collected = readEvents(stream, (events) => events.some((e) => e.event === 'callback_answer'));
    const pressed = (await control(emulator, '/chats/42/press', { from: { id: 42 }, message_id: 2, data: 'a' })).json.result as Update;
    await rawCall(emulator, 'answerCallbackQuery', { callback_query_id: pressed.callback_query!.id, text: 'Noted' });
    const answer = (await collected).find((e) => e.event === 'callback_answer');
    expect(answer?.data).toEqual({ chat_id: 42, callback_query_id: pressed.callback_query!.id, text: 'Noted' });
  });
});
