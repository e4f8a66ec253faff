import { createConcurrentSink, createRunner, createSource, type RunnerHandle, type UpdateSupplier } from '@grammyjs/runner';
import { BotError, GrammyError, HttpError, type Bot } from 'grammy';
import type { Update } from 'grammy/types';
import type { Logger } from 'pino';
import { isDatabaseUnavailable } from '../db/availability.ts';
import { pickLanguage } from '../i18n/languages.ts';
import type { BotContext } from './context.ts';

export const ALLOWED_UPDATES = ['message', 'edited_message', 'callback_query', 'my_chat_member'] as const;

export interface Polling {
  /** True while Telegram answers the update requests (for `/readyz`). */
  flowing(): boolean;
  /** Stops fetching, waits (bounded) for updates in flight, and confirms the handled ones to Telegram. */
  stop(timeoutMs: number): Promise<void>;
}

export interface PollingOptions {
  logger: Logger;
  /** Polling cannot go on: the token was revoked (401) or another process polls (409). */
  onFatal(error: unknown): void;
  /**
   * An update that could not be handled for `retryWindowMs` because the database was away:
   * tell the person (it is then given up, and its offset confirmed).
   */
  onGiveUp(update: Update): Promise<void>;
  /** How long an update is retried while the database is away. Default one minute. */
  retryWindowMs?: number;
  /** First pause between retries, doubling. Default 500 ms. */
  retryBaseMs?: number;
}

/** At most this many updates are handled at once (different chats; one chat stays in order). */
const CONCURRENCY = 100;
/** With updates in flight nothing can be long-polled (see {@link confirmingSupplier}): look again this often. */
const REPOLL_MS = 50;
/** Telegram answers a long poll within 30 s: no answer for longer means updates are not flowing. */
const FLOWING_MS = 75_000;

/**
 * Long polling with @grammyjs/runner's concurrent sink, but an update's offset is confirmed
 * to Telegram only once it was handled: while the database is away the update is retried
 * with backoff, and if the process dies meanwhile Telegram hands it out again (the
 * handled-updates table keeps a second delivery from taking effect twice).
 */
export async function startPolling(bot: Bot<BotContext>, opts: PollingOptions): Promise<Polling> {
  await bot.api.deleteWebhook();
  const retryWindowMs = opts.retryWindowMs ?? 60_000;
  const retryBaseMs = opts.retryBaseMs ?? 500;
  const supplier = confirmingSupplier(bot, opts.logger);
  const stopping = new AbortController();

  async function consume(update: Update): Promise<void> {
    const started = performance.now();
    for (let attempt = 0; ; attempt++) {
      try {
        await bot.handleUpdate(update);
        break;
      } catch (error) {
        const cause = error instanceof BotError ? error.error : error;
        if (!isDatabaseUnavailable(cause)) {
          opts.logger.error({ err: cause, update_id: update.update_id }, 'update failed');
          break;
        }
        if (performance.now() - started > retryWindowMs || stopping.signal.aborted) {
          opts.logger.error({ update_id: update.update_id }, 'database away for too long; the person is asked to send it again');
          await opts.onGiveUp(update).catch((err: unknown) => opts.logger.warn({ err }, 'could not tell the person'));
          break;
        }
        const pause = Math.min(10_000, retryBaseMs * 2 ** attempt);
        opts.logger.warn({ update_id: update.update_id, retry_in_ms: pause }, 'database away; retrying the update');
        await new Promise((r) => setTimeout(r, pause));
      }
    }
    supplier.done(update.update_id);
  }

  const source = createSource(supplier);
  const sink = createConcurrentSink({ consume }, async (error) => opts.logger.error({ err: error }, 'update sink error'), {
    concurrency: CONCURRENCY,
  });
  const handle: RunnerHandle = createRunner(source, sink);
  handle.start();
  // What reaches here is unrecoverable (401, 409): the supplier retries everything else.
  void handle.task()?.catch(opts.onFatal);
  return {
    flowing: () => supplier.lastAnswer() > performance.now() - FLOWING_MS,
    async stop(timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      stopping.abort();
      await handle.stop();
      while (handle.size() > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      await supplier.confirm().catch(() => {});
    },
  };
}

/**
 * Fetches updates so that only handled ones are confirmed: Telegram confirms every update
 * below the `offset` of a `getUpdates` call, so the offset is the oldest update still in
 * flight. Updates already handed out are skipped when Telegram sends them again. While
 * something is in flight a long poll is not possible (Telegram answers at once with the
 * unconfirmed updates), so it asks again shortly or when an update finishes.
 */
function confirmingSupplier(
  bot: Bot<BotContext>,
  logger: Logger,
): UpdateSupplier<Update> & { done(id: number): void; confirm(): Promise<void>; lastAnswer(): number } {
  const inFlight = new Set<number>();
  let highest = -1;
  let wake: (() => void) | undefined;
  let answeredAt = Number.NEGATIVE_INFINITY;
  const offset = () => (inFlight.size > 0 ? Math.min(...inFlight) : highest + 1);
  const pause = (ms: number, signal: AbortSignal) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wake = undefined;
        signal.removeEventListener('abort', done);
        resolve();
      }
      wake = done;
      signal.addEventListener('abort', done);
    });

  return {
    async supply(batchSize, runnerSignal) {
      // The runner's signal comes from the same ponyfill as grammY's; timers want the platform's.
      const signal = runnerSignal as unknown as AbortSignal;
      await bot.init();
      let backoff = 100;
      for (;;) {
        const idle = inFlight.size === 0;
        let updates: Update[];
        try {
          updates = await bot.api.getUpdates(
            {
              offset: highest < 0 && idle ? undefined : offset(),
              limit: Math.max(1, Math.min(batchSize, 100)),
              timeout: idle ? 30 : 0,
              allowed_updates: [...ALLOWED_UPDATES],
            },
            runnerSignal,
          );
          backoff = 100;
          answeredAt = performance.now();
        } catch (error) {
          if (signal.aborted) throw error;
          if (error instanceof GrammyError && (error.error_code === 401 || error.error_code === 409)) throw error;
          const retryAfter = error instanceof GrammyError ? error.parameters.retry_after : undefined;
          const wait = retryAfter !== undefined ? retryAfter * 1000 : Math.min(backoff, 15_000);
          backoff *= 2;
          logger.warn({ err: error instanceof HttpError ? error.error : error, retry_in_ms: wait }, 'could not fetch updates; trying again');
          await pause(wait, signal);
          continue;
        }
        const fresh = updates.filter((u) => u.update_id > highest);
        for (const u of fresh) inFlight.add(u.update_id);
        const last = fresh.at(-1);
        if (last) highest = last.update_id;
        if (fresh.length > 0 || signal.aborted) return fresh;
        await pause(REPOLL_MS, signal);
      }
    },
    lastAnswer: () => answeredAt,
    done(id) {
      inFlight.delete(id);
      wake?.();
    },
    /** Tells Telegram what was handled, so a restart does not hand it out again. */
    async confirm() {
      if (highest < 0) return;
      await bot.api.getUpdates({ offset: offset(), limit: 1, timeout: 0 });
    },
  };
}

/**
 * The one short message for a person whose update could not be kept while the database was
 * away: it is said in a private chat only, in their Telegram language.
 */
export function askToSendAgain(bot: Bot<BotContext>, t: (locale: string, key: string) => string, languages: readonly string[]) {
  return async (update: Update): Promise<void> => {
    const message = update.message ?? update.edited_message ?? update.callback_query?.message;
    const from = update.message?.from ?? update.edited_message?.from ?? update.callback_query?.from;
    if (!message || message.chat.type !== 'private' || !from) return;
    await bot.api.sendMessage(message.chat.id, t(pickLanguage(from.language_code, languages), 'error-not-saved'));
  };
}
