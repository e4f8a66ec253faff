import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator, type Message } from '../src/index.ts';
import { rawCall } from './raw-api.ts';

describe('emulator Bot API: sending and editing messages', () => {
  let emulator: Emulator;
  beforeEach(async () => {
    emulator = await createEmulator();
    emulator.user(42, { first_name: 'Alice' }).sendText('/start');
  });
  afterEach(() => emulator.close());

  it('returns a full Message with per-chat increasing ids, the bot as sender and the chat', async () => {
    const first = await rawCall(emulator, 'sendMessage', { chat_id: 42, text: 'one' });
    const second = await rawCall(emulator, 'sendMessage', { chat_id: '42', text: 'two' });
    expect(first.status).toBe(200);
    expect(first.body.result).toMatchObject({
      message_id: 2,
      text: 'one',
      chat: { id: 42, type: 'private', first_name: 'Alice' },
      from: { id: emulator.me.id, is_bot: true, username: 'letgo_bot' },
    });
    expect((second.body.result as Message).message_id).toBe(3);
    expect(typeof (first.body.result as Message).date).toBe('number');
  });

  it('enforces Telegram limits with its status codes and wording', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ chat_id: 42, text: '' }, 'Bad Request: message text is empty'],
      [{ chat_id: 42, text: '   ' }, 'Bad Request: message text is empty'],
      [{ chat_id: 42, text: 'x'.repeat(4097) }, 'Bad Request: message is too long'],
      [{ chat_id: 999, text: 'hi' }, 'Bad Request: chat not found'],
      [{ text: 'hi' }, 'Bad Request: chat_id is empty'],
      [
        { chat_id: 42, text: 'hi', reply_markup: { inline_keyboard: [[{ text: 'b', callback_data: 'x'.repeat(65) }]] } },
        'Bad Request: BUTTON_DATA_INVALID',
      ],
      [{ chat_id: 42, text: 'hi', reply_markup: '{not json' }, "Bad Request: can't parse reply keyboard markup JSON object"],
      [{ chat_id: 42, text: '<b>bold', parse_mode: 'HTML' }, `Bad Request: can't parse entities: Can't find end tag corresponding to start tag "b"`],
      [{ chat_id: 42, text: 'Done.', parse_mode: 'MarkdownV2' }, "Bad Request: can't parse entities: Character '.' is reserved and must be escaped with the preceding '\\'"],
    ];
    for (const [params, description] of cases) {
      const answer = await rawCall(emulator, 'sendMessage', params);
      expect({ status: answer.status, body: answer.body }).toEqual({ status: 400, body: { ok: false, error_code: 400, description } });
    }
    // Exactly at the limits is fine: 4096 characters, 64 bytes of callback data.
    const atLimit = await rawCall(emulator, 'sendMessage', {
      chat_id: 42,
      text: 'x'.repeat(4096),
      reply_markup: { inline_keyboard: [[{ text: 'b', callback_data: 'é'.repeat(32) }]] },
    });
    expect(atLimit.status).toBe(200);
    // Refused sends left no trace in the chat.
    expect(emulator.transcript(42).filter((m) => m.from === 'bot')).toHaveLength(1);
  });

  it('applies editMessageText to the transcript and refuses edits that change nothing', async () => {
    const keyboard = { inline_keyboard: [[{ text: 'Go', callback_data: 'go' }]] };
    const sent = (await rawCall(emulator, 'sendMessage', { chat_id: 42, text: 'Draft', reply_markup: keyboard })).body.result as Message;

    const edited = await rawCall(emulator, 'editMessageText', {
      chat_id: 42,
      message_id: sent.message_id,
      text: 'Final <i>text</i>',
      parse_mode: 'HTML',
      reply_markup: keyboard,
    });
    expect(edited.body.result).toMatchObject({ text: 'Final text', entities: [{ type: 'italic', offset: 6, length: 4 }], reply_markup: keyboard });
    expect((edited.body.result as Message).edit_date).toBeTypeOf('number');
    const entry = emulator.transcript(42).find((m) => m.message_id === sent.message_id);
    expect(entry).toMatchObject({ text: 'Final text', edited: true, deleted: false, reply_markup: keyboard });

    const same = await rawCall(emulator, 'editMessageText', {
      chat_id: 42,
      message_id: sent.message_id,
      text: 'Final <i>text</i>',
      parse_mode: 'HTML',
      reply_markup: keyboard,
    });
    expect(same.status).toBe(400);
    expect(same.body.description).toMatch(/^Bad Request: message is not modified: /);

    const markupOnly = await rawCall(emulator, 'editMessageReplyMarkup', { chat_id: 42, message_id: sent.message_id });
    expect((markupOnly.body.result as Message).reply_markup).toBeUndefined();
    const again = await rawCall(emulator, 'editMessageReplyMarkup', { chat_id: 42, message_id: sent.message_id });
    expect(again.body.description).toMatch(/^Bad Request: message is not modified/);

    const missing = await rawCall(emulator, 'editMessageText', { chat_id: 42, message_id: 999, text: 'x' });
    expect(missing.body).toEqual({ ok: false, error_code: 400, description: 'Bad Request: message to edit not found' });
    const usersOwn = await rawCall(emulator, 'editMessageText', { chat_id: 42, message_id: 1, text: 'x' });
    expect(usersOwn.body.description).toBe("Bad Request: message can't be edited");
  });

  it('deletes messages once, keeping them flagged in the transcript', async () => {
    const sent = (await rawCall(emulator, 'sendMessage', { chat_id: 42, text: 'temporary' })).body.result as Message;
    const deleted = await rawCall(emulator, 'deleteMessage', { chat_id: 42, message_id: sent.message_id });
    expect(deleted.body).toEqual({ ok: true, result: true });
    expect(emulator.transcript(42).find((m) => m.message_id === sent.message_id)?.deleted).toBe(true);
    const twice = await rawCall(emulator, 'deleteMessage', { chat_id: 42, message_id: sent.message_id });
    expect(twice.body.description).toBe('Bad Request: message to delete not found');
  });

  it('answers a callback query once, and refuses unknown query ids', async () => {
    await rawCall(emulator, 'sendMessage', { chat_id: 42, text: 'Pick', reply_markup: { inline_keyboard: [[{ text: 'A', callback_data: 'a' }]] } });
    const press = emulator.user(42).pressButton('a');
    const id = press.callback_query?.id;
    expect((await rawCall(emulator, 'answerCallbackQuery', { callback_query_id: id })).body.result).toBe(true);
    const again = await rawCall(emulator, 'answerCallbackQuery', { callback_query_id: id });
    expect(again.body.description).toBe('Bad Request: query is too old and response timeout expired or query ID is invalid');
  });

  it('presses buttons by label, by callback data, on an exact message, or forged', async () => {
    const pick = { inline_keyboard: [[{ text: 'Calm', callback_data: 'mood:calm' }, { text: 'Sad', callback_data: 'mood:sad' }]] };
    const older = (await rawCall(emulator, 'sendMessage', { chat_id: 42, text: 'Old menu', reply_markup: { inline_keyboard: [[{ text: 'Old', callback_data: 'old' }]] } })).body.result as Message;
    const latest = (await rawCall(emulator, 'sendMessage', { chat_id: 42, text: 'How do you feel?', reply_markup: pick })).body.result as Message;
    const alice = emulator.user(42);

    const byLabel = alice.pressButton('Sad').callback_query;
    expect(byLabel).toMatchObject({ data: 'mood:sad', from: { id: 42 }, message: { message_id: latest.message_id, reply_markup: pick } });
    expect(alice.pressButton('mood:calm').callback_query?.data).toBe('mood:calm');
    // A label found only on an older message is still pressable there.
    expect(alice.pressButton('Old').callback_query?.message?.message_id).toBe(older.message_id);
    expect(alice.pressButton({ messageId: latest.message_id, data: 'mood:calm' }).callback_query?.data).toBe('mood:calm');
    expect(() => alice.pressButton('Happy')).toThrow(/no button "Happy" in chat 42; the latest keyboard \(message \d+\) has "Calm" \(mood:calm\), "Sad" \(mood:sad\)/);

    const forged = alice.pressRaw(12345, 'admin:delete-all').callback_query;
    expect(forged).toMatchObject({ data: 'admin:delete-all', message: { message_id: 12345, date: 0 } });
    expect(emulator.pendingUpdates().filter((u) => u.callback_query)).toHaveLength(5);
  });

  it('records chat actions and bot descriptions', async () => {
    const actions: string[] = [];
    emulator.events.on('chatAction', (e) => actions.push(`${e.chatId}:${e.action}`));
    expect((await rawCall(emulator, 'sendChatAction', { chat_id: 42, action: 'typing' })).body.result).toBe(true);
    expect((await rawCall(emulator, 'sendChatAction', { chat_id: 42, action: 'dancing' })).status).toBe(400);
    expect(actions).toEqual(['42:typing']);

    await rawCall(emulator, 'setMyDescription', { description: 'A gentle coach.' });
    await rawCall(emulator, 'setMyShortDescription', { short_description: 'Letting go, daily.' });
    expect(emulator.descriptions()).toEqual({ description: 'A gentle coach.', short_description: 'Letting go, daily.' });
    expect((await rawCall(emulator, 'setMyShortDescription', { short_description: 'x'.repeat(121) })).status).toBe(400);
  });

  it('accepts form-encoded and query-string parameters like Telegram', async () => {
    const form = await fetch(`${emulator.apiRoot}/bot${emulator.token}/sendMessage`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ chat_id: '42', text: 'via form', reply_markup: JSON.stringify({ inline_keyboard: [[{ text: 'A', callback_data: 'a' }]] }) }),
    });
    expect(await form.json()).toMatchObject({ ok: true, result: { text: 'via form', reply_markup: { inline_keyboard: [[{ text: 'A' }]] } } });
    const query = await fetch(`${emulator.apiRoot}/bot${emulator.token}/sendMessage?chat_id=42&text=via%20query`);
    expect(await query.json()).toMatchObject({ ok: true, result: { text: 'via query' } });
  });

  it('opens a group chat on first use, with a negative id the bot can answer in', async () => {
    const update = emulator.user(42).sendText('/help@letgo_bot', { chat: { id: -1001, title: 'Support circle' } });
    expect(update.message?.chat).toEqual({ id: -1001, type: 'group', title: 'Support circle' });
    expect(update.message?.entities).toEqual([{ type: 'bot_command', offset: 0, length: 15 }]);
    expect((await rawCall(emulator, 'sendMessage', { chat_id: -1001, text: 'I work in private chats.' })).status).toBe(200);
    expect(emulator.transcript(-1001).map((m) => [m.from, m.sender_id])).toEqual([
      ['user', 42],
      ['bot', emulator.me.id],
    ]);
    expect(() => emulator.user(42).sendText('x', { chat: { id: 5 } })).toThrow(/negative/);
  });
});

