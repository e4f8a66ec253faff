import { Bot, GrammyError } from 'grammy';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator, type Update } from '../src/index.ts';
import { rawCall } from './raw-api.ts';

describe('emulator faults, flood limits, blocking and stats', () => {
  let emulator: Emulator;
  beforeEach(async () => {
    emulator = await createEmulator();
    emulator.user(1).sendText('hi');
    emulator.user(2).sendText('hi');
  });
  afterEach(() => emulator.close());

  it('fails only matching calls, as many times as told, without side effects', async () => {
    emulator.faults.add({ method: ['sendMessage', 'editMessageText'], chatId: 2, times: 2, errorCode: 502 });
    const toOne = await rawCall(emulator, 'sendMessage', { chat_id: 1, text: 'fine' });
    expect(toOne.status).toBe(200);
    for (let i = 0; i < 2; i += 1) {
      const failed = await rawCall(emulator, 'sendMessage', { chat_id: 2, text: 'lost' });
      expect({ status: failed.status, body: failed.body }).toEqual({ status: 502, body: { ok: false, error_code: 502, description: 'Internal Server Error' } });
    }
    expect((await rawCall(emulator, 'sendMessage', { chat_id: 2, text: 'through' })).status).toBe(200);
    expect(emulator.transcript(2).filter((m) => m.from === 'bot').map((m) => m.text)).toEqual(['through']);
    expect(emulator.faults.active()).toEqual([]);
  });

  it('answers 429 with an integer retry_after, and a network fault closes the connection', async () => {
    const fault = emulator.faults.add({ method: 'sendmessage', errorCode: 429, retryAfter: 2.5, times: Infinity });
    const limited = await rawCall(emulator, 'sendMessage', { chat_id: 1, text: 'x' });
    expect(limited.body).toEqual({ ok: false, error_code: 429, description: 'Too Many Requests: retry after 3', parameters: { retry_after: 3 } });
    fault.remove();
    emulator.faults.add({ method: 'getMe', errorCode: 0, networkError: true });
    await expect(rawCall(emulator, 'getMe')).rejects.toThrow(/fetch failed/);
    expect((await rawCall(emulator, 'getMe')).status).toBe(200);
  });

  it('rate-limits sends beyond N per second globally and per chat, counting 429s', async () => {
    emulator.setRateLimit({ perSecond: 3, perChatPerSecond: 2 });
    const send = (chat_id: number) => rawCall(emulator, 'sendMessage', { chat_id, text: 'x' });
    const toChat1 = [await send(1), await send(1), await send(1)];
    expect(toChat1.map((a) => a.status)).toEqual([200, 200, 429]);
    expect(toChat1[2]?.body.parameters?.retry_after).toBeGreaterThanOrEqual(1);
    expect(Number.isInteger(toChat1[2]?.body.parameters?.retry_after)).toBe(true);
    // Chat 2 has room of its own, but the global window now holds 3 sends.
    expect((await send(2)).status).toBe(200);
    expect((await send(2)).status).toBe(429);

    const stats = emulator.stats();
    expect(stats.tooManyRequests).toBe(2);
    expect(stats.sentPerChat).toEqual({ 1: 2, 2: 1 });
    expect(stats.sends.map((s) => s.chatId)).toEqual([1, 1, 2]);
    expect(stats.calls.sendMessage).toBe(5);

    emulator.setRateLimit(null);
    expect((await send(1)).status).toBe(200);
  });

  it('lets a grammY bot see the flood limit as a GrammyError with retry_after', async () => {
    emulator.setRateLimit({ perChatPerSecond: 1 });
    const bot = new Bot(emulator.token, { client: { apiRoot: emulator.apiRoot } });
    await bot.api.sendMessage(1, 'first');
    const error = await bot.api.sendMessage(1, 'second').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GrammyError);
    expect((error as GrammyError).parameters.retry_after).toBe(1);
  });

  it('blockBot answers 403 to sends and queues my_chat_member; unblockBot restores', async () => {
    const alice = emulator.user(1);
    const blocked = alice.blockBot();
    expect(blocked?.my_chat_member).toMatchObject({
      chat: { id: 1, type: 'private' },
      from: { id: 1 },
      old_chat_member: { status: 'member', user: { id: emulator.me.id } },
      new_chat_member: { status: 'kicked', until_date: 0 },
    });
    expect(alice.blockBot()).toBeUndefined();
    const refused = await rawCall(emulator, 'sendMessage', { chat_id: 1, text: 'still there?' });
    expect(refused.body).toEqual({ ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' });
    expect(() => alice.sendText('hello')).toThrow(/has blocked the bot/);

    const unblocked = emulator.unblockBot(1);
    expect(unblocked?.my_chat_member).toMatchObject({ old_chat_member: { status: 'kicked' }, new_chat_member: { status: 'member' } });
    expect((await rawCall(emulator, 'sendMessage', { chat_id: 1, text: 'welcome back' })).status).toBe(200);
    const queued = (await rawCall(emulator, 'getUpdates')).body.result as Update[];
    expect(queued.filter((u) => u.my_chat_member).map((u) => u.my_chat_member?.new_chat_member.status)).toEqual(['kicked', 'member']);
  });

  it('adds latency to every answer', async () => {
    emulator.setLatency(120);
    const started = Date.now();
    await rawCall(emulator, 'getMe');
    expect(Date.now() - started).toBeGreaterThanOrEqual(110);
  });

  it('emits call events with method, params and response', async () => {
    const calls: string[] = [];
    emulator.events.on('call', (call) => calls.push(`${call.method} ${JSON.stringify(call.params)} ${call.response.ok}`));
    await rawCall(emulator, 'sendMessage', { chat_id: 1, text: 'x' });
    await rawCall(emulator, 'sendMessage', { chat_id: 404, text: 'x' });
    expect(calls).toEqual(['sendMessage {"chat_id":1,"text":"x"} true', 'sendMessage {"chat_id":404,"text":"x"} false']);
    expect(emulator.calls('sendMessage')).toHaveLength(2);
  });
});
