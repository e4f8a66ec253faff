import { GrammyError, HttpError } from 'grammy';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createPacer } from '../../../src/reminders/pacer.ts';
import { classifySendError, createSender, type SendJob, type SendMessageApi } from '../../../src/reminders/sender.ts';

const telegramError = (error_code: number, description: string, retry_after?: number) =>
  new GrammyError('call failed', { ok: false, error_code, description, ...(retry_after && { parameters: { retry_after } }) }, 'sendMessage', {});

/** An API answering from a script: an error to throw, or 'ok'. */
function scriptedApi(script: Array<Error | 'ok'>) {
  const calls: number[] = [];
  const api: SendMessageApi = {
    async sendMessage(chatId) {
      calls.push(performance.now());
      const next = script.shift() ?? 'ok';
      if (next !== 'ok') throw next;
      return { message_id: 100 + chatId };
    },
  };
  return { api, calls };
}

function job(extra: Partial<SendJob> = {}): SendJob {
  return {
    chatId: 7,
    notBefore: new Date(0),
    latestStart: new Date(Date.now() + 60_000),
    prepare: async () => ({ text: 'hi', replyMarkup: { inline_keyboard: [] } }),
    ...extra,
  };
}

function sender(api: SendMessageApi, extra: { perChatGapMs?: number; retryWindowMs?: number } = {}) {
  const pacer = createPacer({ perSecond: 1000 });
  return {
    pacer,
    sender: createSender({ api, pacer, logger: pino({ level: 'silent' }), clock: { now: () => new Date() }, retryBaseMs: 10, perChatGapMs: 20, ...extra }),
  };
}

describe('send policy', () => {
  const signal = new AbortController().signal;

  it('reads Telegram errors with grammY error classes', () => {
    expect(classifySendError(telegramError(429, 'Too Many Requests: retry after 3', 3))).toMatchObject({ kind: 'rate-limited', retryAfterMs: 3000 });
    expect(classifySendError(telegramError(403, 'Forbidden: bot was blocked by the user'))).toMatchObject({ kind: 'blocked' });
    expect(classifySendError(telegramError(400, 'Bad Request: chat not found'))).toMatchObject({ kind: 'rejected' });
    expect(classifySendError(telegramError(502, 'Bad Gateway'))).toMatchObject({ kind: 'transient' });
    expect(classifySendError(new HttpError('Network request failed', new Error('ECONNRESET')))).toMatchObject({ kind: 'transient' });
  });

  it('sends, and reports the message id', async () => {
    const { api } = scriptedApi(['ok']);
    expect(await sender(api).sender.deliver(job(), signal)).toEqual({ kind: 'sent', messageId: 107, attempts: 1 });
  });

  it('on 429 pauses the whole pacer for retry_after and sends the same message again', async () => {
    const { api, calls } = scriptedApi([telegramError(429, 'Too Many Requests: retry after 1', 1), 'ok']);
    const { sender: s } = sender(api);
    const outcome = await s.deliver(job(), signal);
    expect(outcome).toMatchObject({ kind: 'sent', attempts: 2 });
    expect(calls[1]! - calls[0]!).toBeGreaterThanOrEqual(990);
  });

  it('after a long pause every waiting send still goes out, each checked again first', async () => {
    const { api, calls } = scriptedApi([telegramError(429, 'Too Many Requests: retry after 2', 2)]);
    const { sender: s } = sender(api);
    let checks = 0;
    const prepare = async () => (checks++, { text: 'hi', replyMarkup: { inline_keyboard: [] } });
    const outcomes = await Promise.all(Array.from({ length: 20 }, (_, i) => s.deliver(job({ chatId: i, prepare }), signal)));
    expect(outcomes.every((o) => o.kind === 'sent')).toBe(true);
    expect(calls).toHaveLength(21);
    expect(checks).toBeGreaterThan(21); // the ones that waited out the pause were checked twice
  });

  it('a queue longer than the re-check wait still drains (no send loses its place)', async () => {
    const { api, calls } = scriptedApi([]);
    const pacer = createPacer({ perSecond: 25, headroom: 1 });
    const s = createSender({ api, pacer, logger: pino({ level: 'silent' }), clock: { now: () => new Date() } });
    const outcomes = await Promise.all(Array.from({ length: 40 }, (_, i) => s.deliver(job({ chatId: i }), signal)));
    expect(outcomes.filter((o) => o.kind === 'sent')).toHaveLength(40);
    expect(calls).toHaveLength(40);
  });

  it('retries 5xx and network errors with backoff, then gives up after the window', async () => {
    const flaky = scriptedApi([telegramError(500, 'Internal Server Error'), new HttpError('down', new Error('ECONNRESET')), 'ok']);
    expect(await sender(flaky.api).sender.deliver(job(), signal)).toMatchObject({ kind: 'sent', attempts: 3 });
    const down = scriptedApi(Array.from({ length: 50 }, () => telegramError(502, 'Bad Gateway')));
    const outcome = await sender(down.api, { retryWindowMs: 200 }).sender.deliver(job(), signal);
    expect(outcome).toEqual({ kind: 'gave-up', description: 'Bad Gateway' });
    expect(down.calls.length).toBeGreaterThan(1);
    expect(down.calls.length).toBeLessThan(10);
  });

  it('gives up at once on 403 (blocked) and 400 (rejected)', async () => {
    expect(await sender(scriptedApi([telegramError(403, 'Forbidden: bot was blocked by the user')]).api).sender.deliver(job(), signal)).toEqual({
      kind: 'blocked',
      description: 'Forbidden: bot was blocked by the user',
    });
    const bad = scriptedApi([telegramError(400, 'Bad Request: can\'t parse entities')]);
    expect(await sender(bad.api).sender.deliver(job(), signal)).toMatchObject({ kind: 'rejected' });
    expect(bad.calls).toHaveLength(1);
  });

  it('checks right before each attempt: a cancelled reminder is never sent', async () => {
    let checks = 0;
    const { api, calls } = scriptedApi([telegramError(500, 'Internal Server Error'), 'ok']);
    const outcome = await sender(api).sender.deliver(job({ prepare: async () => (++checks === 2 ? null : { text: 'hi', replyMarkup: { inline_keyboard: [] } }) }), signal);
    expect(outcome).toEqual({ kind: 'cancelled' });
    expect(calls).toHaveLength(1);
  });

  it('does not start after latestStart, and stops waiting on shutdown', async () => {
    const { api, calls } = scriptedApi([]);
    expect(await sender(api).sender.deliver(job({ latestStart: new Date(Date.now() - 1) }), signal)).toEqual({ kind: 'expired' });
    const stop = new AbortController();
    const pending = sender(api).sender.deliver(job({ notBefore: new Date(Date.now() + 60_000) }), stop.signal);
    stop.abort();
    expect(await pending).toEqual({ kind: 'stopped' });
    expect(calls).toHaveLength(0);
  });
});
