import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createEmulator,
  POLL_TERMINATED_CONFLICT,
  WEBHOOK_ACTIVE_CONFLICT,
  type Emulator,
  type Update,
} from '../src/index.ts';
import { rawCall } from './raw-api.ts';

describe('emulator Bot API: getUpdates', () => {
  let emulator: Emulator;
  beforeEach(async () => {
    emulator = await createEmulator();
  });
  afterEach(() => emulator.close());

  it('holds a poll open for `timeout` seconds while nothing is queued', async () => {
    const started = Date.now();
    const answer = await rawCall(emulator, 'getUpdates', { timeout: 1 });
    expect(answer.body).toEqual({ ok: true, result: [] });
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('wakes a pending long poll as soon as an update arrives', async () => {
    const started = Date.now();
    const poll = rawCall(emulator, 'getUpdates', { timeout: 20 });
    const update = emulator.user(42).sendText('hello');
    const answer = await poll;
    expect(Date.now() - started).toBeLessThan(5000);
    expect(answer.body.result).toEqual([update]);
    expect((answer.body.result as Update[])[0]?.message?.text).toBe('hello');
  });

  it('confirms and drops updates below offset, and honours limit', async () => {
    const alice = emulator.user(42);
    const first = alice.sendText('one');
    alice.sendText('two');
    const third = alice.sendText('three');

    const limited = await rawCall(emulator, 'getUpdates', { limit: 2 });
    expect((limited.body.result as Update[]).map((u) => u.message?.text)).toEqual(['one', 'two']);
    // Reading does not confirm: the same updates come again.
    const again = await rawCall(emulator, 'getUpdates', {});
    expect((again.body.result as Update[])[0]?.update_id).toBe(first.update_id);

    const confirmed = await rawCall(emulator, 'getUpdates', { offset: third.update_id });
    expect((confirmed.body.result as Update[]).map((u) => u.update_id)).toEqual([third.update_id]);
    await rawCall(emulator, 'getUpdates', { offset: third.update_id + 1 });
    expect(emulator.pendingUpdates()).toEqual([]);
  });

  it('keeps the update for the next poll when the polling client went away', async () => {
    const client = new AbortController();
    const poll = rawCall(emulator, 'getUpdates', { timeout: 20 }, { signal: client.signal });
    client.abort();
    await expect(poll).rejects.toThrow();
    const update = emulator.user(7).sendText('are you there?');
    const next = await rawCall(emulator, 'getUpdates', { timeout: 5 });
    expect(next.status).toBe(200);
    expect(next.body.result).toEqual([update]);
  });

  it('lets only one poll wait: the other of two concurrent polls gets 409', async () => {
    const first = rawCall(emulator, 'getUpdates', { timeout: 20 });
    const second = rawCall(emulator, 'getUpdates', { timeout: 20 });
    // Whichever reached the emulator first is terminated by the other, as Telegram does.
    const terminated = await Promise.race([first, second]);
    expect(terminated.status).toBe(409);
    expect(terminated.body.description).toBe(POLL_TERMINATED_CONFLICT);
    const update = emulator.user(3).sendText('hi');
    const answers = await Promise.all([first, second]);
    expect(answers.filter((a) => a.status === 200).map((a) => a.body.result)).toEqual([[update]]);
  });

  it('answers 409 while a webhook is set, and polls again after deleteWebhook', async () => {
    await rawCall(emulator, 'setWebhook', { url: 'http://127.0.0.1:9/hook' });
    const refused = await rawCall(emulator, 'getUpdates', {});
    expect(refused.status).toBe(409);
    expect(refused.body).toEqual({ ok: false, error_code: 409, description: WEBHOOK_ACTIVE_CONFLICT });

    const deleted = await rawCall(emulator, 'deleteWebhook', {});
    expect(deleted.body).toEqual({ ok: true, result: true, description: 'Webhook was deleted' });
    expect((await rawCall(emulator, 'getUpdates', {})).status).toBe(200);
  });

  it('drops update types outside allowed_updates, as Telegram does for new updates', async () => {
    await rawCall(emulator, 'getUpdates', { allowed_updates: ['callback_query'] });
    emulator.user(5).sendText('ignored');
    const answer = await rawCall(emulator, 'getUpdates', {});
    expect(answer.body.result).toEqual([]);
  });

  it('answers getMe, treats method names case-insensitively, and 404s unknown methods', async () => {
    const me = await rawCall(emulator, 'getme');
    expect(me.body.result).toMatchObject({ id: 1234567890, is_bot: true, first_name: 'letgo', username: 'letgo_bot', can_join_groups: true });
    const unknown = await rawCall(emulator, 'sendTelepathy', { chat_id: 1 });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ ok: false, error_code: 404, description: 'Not Found: method not found' });
  });

  it('keeps state per token: another token has its own queue and bot id', async () => {
    const other = emulator.bot('555:other');
    other.user(9).sendText('for the other bot');
    expect((await rawCall(emulator, 'getUpdates', {})).body.result).toEqual([]);
    const answer = await rawCall(emulator, 'getUpdates', {}, { token: '555:other' });
    expect((answer.body.result as Update[])[0]?.message?.text).toBe('for the other bot');
    expect((await rawCall(emulator, 'getMe', {}, { token: '555:other' })).body.result).toMatchObject({ id: 555 });
  });

  it('close() answers pending polls, rejects pending waits, and is idempotent', async () => {
    const poll = rawCall(emulator, 'getUpdates', { timeout: 30 });
    await rawCall(emulator, 'getMe');
    const wait = emulator.waitForBotMessage(1, { timeoutMs: 30_000 });
    const started = Date.now();
    await Promise.all([emulator.close(), emulator.close()]);
    await expect(wait).rejects.toThrow(/closed/);
    // The poll either got its empty answer or lost its connection; it did not hang for 30 s.
    await poll.catch(() => undefined);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
