/**
 * Sends one reminder with Telegram's error policy:
 *
 * - 429: pause every send for `retry_after` (the whole bot is limited, not one chat), then
 *   try the same message again;
 * - 5xx or a network error: retry with exponential backoff, within a bounded window;
 * - 403: the person blocked the bot (or deleted their account): give up, the caller marks them;
 * - 400 and other 4xx: log and give up; retrying the same request cannot help.
 *
 * Every attempt keeps a chat's attempts at least a second apart, calls `prepare` (the last
 * check, so a `/stop` or `/remind off` that arrives while the message waits still wins), and
 * then waits for the {@link Pacer} (global rate) and sends at once.
 *
 * @module
 */
import { GrammyError, HttpError } from 'grammy';
import type { InlineKeyboardMarkup } from 'grammy/types';
import type { Logger } from 'pino';
import type { Clock } from '../clock.ts';
import { abortableSleep, type Pacer } from './pacer.ts';

/** The one Bot API call the sender makes (grammY's `Api` satisfies it). */
export interface SendMessageApi {
  sendMessage(
    chatId: number,
    text: string,
    other: { parse_mode: 'HTML'; reply_markup: InlineKeyboardMarkup; link_preview_options: { is_disabled: true } },
  ): Promise<{ message_id: number }>;
}

/** What `prepare` hands over when the send may go ahead. */
export interface Payload {
  text: string;
  replyMarkup: InlineKeyboardMarkup;
}

export interface SendJob {
  chatId: number;
  /** Do not start before this instant (the slot the claim was given). */
  notBefore: Date;
  /** Do not start an attempt after this instant (so it ends before the claim's lease does). */
  latestStart: Date;
  /** The last check before each attempt; null cancels the send. */
  prepare(): Promise<Payload | null>;
}

export type SendOutcome =
  | { kind: 'sent'; messageId: number; attempts: number }
  /** `prepare` said no: stopped, reminders off, or the claim is no longer ours. */
  | { kind: 'cancelled' }
  | { kind: 'blocked'; description: string }
  | { kind: 'rejected'; description: string }
  | { kind: 'gave-up'; description: string }
  /** Could not start before `latestStart`; the row is left for a takeover. */
  | { kind: 'expired' }
  /** Shut down before an attempt started. */
  | { kind: 'stopped' };

export interface SenderOptions {
  api: SendMessageApi;
  pacer: Pacer;
  logger: Logger;
  clock: Clock;
  /** How long 5xx/network errors are retried, from the first failure. Default 60 s. */
  retryWindowMs?: number;
  /** First backoff delay, doubling per failure. Default 1 s. */
  retryBaseMs?: number;
  /** Cap of one backoff delay. Default 15 s. */
  retryMaxMs?: number;
  /** Minimum time between two attempts into one chat. Default 1 s. */
  perChatGapMs?: number;
}

/** A send that waited this long for the pacer re-checks the person first. */
const RECHECK_AFTER_MS = 1_000;

export interface Sender {
  deliver(job: SendJob, signal: AbortSignal): Promise<SendOutcome>;
}

type Verdict =
  | { kind: 'rate-limited'; retryAfterMs: number; description: string }
  | { kind: 'blocked'; description: string }
  | { kind: 'rejected'; description: string }
  | { kind: 'transient'; description: string };

/** How the policy reads an error of `sendMessage`. */
export function classifySendError(error: unknown): Verdict {
  if (error instanceof GrammyError) {
    const description = error.description;
    if (error.error_code === 429) {
      return { kind: 'rate-limited', retryAfterMs: Math.max(1, error.parameters.retry_after ?? 1) * 1000, description };
    }
    if (error.error_code === 403) return { kind: 'blocked', description };
    if (error.error_code >= 500) return { kind: 'transient', description };
    return { kind: 'rejected', description };
  }
  if (error instanceof HttpError) return { kind: 'transient', description: `network error: ${String(error.error)}` };
  return { kind: 'rejected', description: error instanceof Error ? error.message : String(error) };
}

export function createSender(options: SenderOptions): Sender {
  const { api, pacer, logger, clock } = options;
  const retryWindowMs = options.retryWindowMs ?? 60_000;
  const retryBaseMs = options.retryBaseMs ?? 1_000;
  const retryMaxMs = options.retryMaxMs ?? 15_000;
  const perChatGapMs = options.perChatGapMs ?? 1_000;

  return {
    async deliver(job, signal) {
      const wait = job.notBefore.getTime() - clock.now().getTime();
      if (wait > 0 && !(await abortableSleep(wait, signal))) return { kind: 'stopped' };
      let attempts = 0;
      let lastAttemptAt = Number.NEGATIVE_INFINITY;
      let firstFailureAt: number | undefined;
      let failures = 0;
      for (;;) {
        const gap = lastAttemptAt + perChatGapMs - performance.now();
        if (gap > 0 && !(await abortableSleep(gap, signal))) return { kind: 'stopped' };
        if (clock.now() > job.latestStart) return { kind: 'expired' };
        // The check comes before the pacer's turn; after a long wait (a 429 pause) it is made
        // again within the turn, which counts the start only when the request is about to go.
        let payload = await job.prepare();
        if (payload === null) return { kind: 'cancelled' };
        const waitStarted = performance.now();
        const permit = await pacer.acquire(signal);
        if (permit === null) return { kind: 'stopped' };
        try {
          if (performance.now() - waitStarted > RECHECK_AFTER_MS) payload = await job.prepare();
        } catch (error) {
          permit.release(false);
          throw error;
        }
        permit.release(payload !== null); // the start is counted from here
        if (payload === null) return { kind: 'cancelled' };
        attempts += 1;
        lastAttemptAt = performance.now();
        try {
          const message = await api.sendMessage(job.chatId, payload.text, {
            parse_mode: 'HTML',
            reply_markup: payload.replyMarkup,
            link_preview_options: { is_disabled: true },
          });
          return { kind: 'sent', messageId: message.message_id, attempts };
        } catch (error) {
          const verdict = classifySendError(error);
          if (verdict.kind === 'rate-limited') {
            logger.warn({ chat_id: job.chatId, retry_after_ms: verdict.retryAfterMs }, 'Telegram asked to slow down; pausing reminders');
            pacer.pauseFor(verdict.retryAfterMs);
            continue;
          }
          if (verdict.kind === 'blocked') return { kind: 'blocked', description: verdict.description };
          if (verdict.kind === 'rejected') {
            logger.warn({ chat_id: job.chatId, description: verdict.description }, 'Telegram refused a reminder; giving up on it');
            return { kind: 'rejected', description: verdict.description };
          }
          failures += 1;
          firstFailureAt ??= performance.now();
          const backoff = Math.min(retryMaxMs, retryBaseMs * 2 ** (failures - 1));
          const nextAttemptAt = Math.max(performance.now() + backoff, lastAttemptAt + perChatGapMs);
          if (nextAttemptAt - firstFailureAt > retryWindowMs) {
            logger.warn({ chat_id: job.chatId, failures, description: verdict.description }, 'reminder send kept failing; giving up');
            return { kind: 'gave-up', description: verdict.description };
          }
          logger.info({ chat_id: job.chatId, backoff_ms: backoff, description: verdict.description }, 'reminder send failed; retrying');
          if (!(await abortableSleep(backoff, signal))) return { kind: 'stopped' };
        }
      }
    },
  };
}
