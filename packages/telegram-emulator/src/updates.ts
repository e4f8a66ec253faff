import http from 'node:http';
import https from 'node:https';
import { ApiError } from './api-error.ts';
import { nowSeconds } from './state.ts';
import type { Update, UpdateType, WebhookDeliveryEvent, WebhookInfo } from './types.ts';

/**
 * A bot's update queue, served by long polling (`getUpdates`) or pushed to a webhook.
 *
 * Semantics follow Telegram's: an update stays queued until confirmed (by a later
 * `getUpdates` offset, or a 2xx answer from the webhook), so a poll whose client went away
 * loses nothing; a newer `getUpdates` terminates a pending one with 409; while a webhook is
 * set, `getUpdates` answers 409; webhook deliveries are sequential per chat and retried with
 * a short backoff (Telegram's backoff is minutes long; tests need milliseconds).
 *
 * @module
 */

export const WEBHOOK_ACTIVE_CONFLICT =
  "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first";
export const POLL_TERMINATED_CONFLICT =
  'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running';

export interface PollOptions {
  offset?: number;
  limit?: number;
  /** Seconds to hold the request open while nothing is queued. */
  timeout?: number;
  allowedUpdates?: string[];
}

export interface WebhookSettings {
  url: string;
  secretToken?: string;
  maxConnections?: number;
  allowedUpdates?: string[];
  dropPendingUpdates?: boolean;
}

export interface UpdateQueue {
  /** Assigns the next update_id and queues the update, unless `allowed_updates` excludes its type. */
  enqueue(content: Omit<Update, 'update_id'>): Update;
  /** Answers at once when updates are queued, otherwise holds until one arrives, timeout or `signal`. */
  getUpdates(options: PollOptions, signal: AbortSignal): Promise<Update[]>;
  /** Returns false when the same webhook was already set. */
  setWebhook(settings: WebhookSettings): boolean;
  /** Returns false when no webhook was set. */
  deleteWebhook(dropPendingUpdates: boolean): boolean;
  webhookInfo(): WebhookInfo;
  /** Updates not yet confirmed, oldest first. */
  pending(): Update[];
  /** Answers pending polls with no updates and stops webhook deliveries; idempotent. */
  close(): void;
}

export interface UpdateQueueDeps {
  /** Called for every update that was actually queued. */
  onQueued(update: Update): void;
  /** Called after every webhook delivery attempt. */
  onDelivery(event: WebhookDeliveryEvent): void;
  /** Runs a method a webhook answered with (Telegram's "webhook reply"). */
  runWebhookReply(method: string, params: Record<string, unknown>): Promise<void>;
  /** First retry delay after a failed delivery; doubles up to `retryMaxMs`. */
  retryBaseMs: number;
  retryMaxMs: number;
  /** How long one delivery may take before it counts as failed. */
  deliveryTimeoutMs: number;
}

interface Poller {
  limit: number;
  settle(result: Update[] | ApiError): void;
}

interface ActiveWebhook {
  url: URL;
  secretToken?: string;
  maxConnections: number;
  lastErrorDate?: number;
  lastErrorMessage?: string;
}

export function createUpdateQueue(deps: UpdateQueueDeps): UpdateQueue {
  let nextUpdateId = 1;
  const queue: Update[] = [];
  /** undefined = Telegram's default (every type the emulator produces). */
  let allowed: Set<string> | undefined;
  let poller: Poller | undefined;
  let wakeScheduled = false;
  let webhook: ActiveWebhook | undefined;
  let closed = false;
  const inFlightKeys = new Set<string>();
  const retryTimers = new Map<string, NodeJS.Timeout>();
  const attempts = new Map<number, number>();
  const controllers = new Set<AbortController>();

  const take = (limit: number): Update[] => queue.slice(0, limit);

  function confirm(offset: number): void {
    if (offset > 0) {
      const firstKept = queue.findIndex((u) => u.update_id >= offset);
      queue.splice(0, firstKept < 0 ? queue.length : firstKept);
    } else if (offset < 0) {
      queue.splice(0, Math.max(0, queue.length + offset));
    }
  }

  function setAllowed(types: string[] | undefined): void {
    if (types !== undefined) allowed = types.length > 0 ? new Set(types) : undefined;
  }

  function wakePoller(): void {
    if (!poller || wakeScheduled) return;
    wakeScheduled = true;
    // Deferred so that updates enqueued in the same tick travel in one batch.
    setImmediate(() => {
      wakeScheduled = false;
      const waiting = poller;
      if (!waiting) return;
      const batch = take(waiting.limit);
      if (batch.length > 0) waiting.settle(batch);
    });
  }

  function pump(): void {
    const hook = webhook;
    if (!hook || closed) return;
    const seenKeys = new Set<string>();
    for (const update of queue) {
      if (inFlightKeys.size >= hook.maxConnections) break;
      const key = chatKeyOf(update);
      // Only the oldest update of a chat may be delivered: per-chat order is preserved.
      if (seenKeys.has(key)) continue;
      seenKeys.add(key);
      if (inFlightKeys.has(key) || retryTimers.has(key)) continue;
      void deliver(update, key, hook);
    }
  }

  async function deliver(update: Update, key: string, hook: ActiveWebhook): Promise<void> {
    inFlightKeys.add(key);
    const controller = new AbortController();
    controllers.add(controller);
    let failure: string | undefined;
    try {
      const headers: Record<string, string> = {};
      if (hook.secretToken !== undefined) headers['X-Telegram-Bot-Api-Secret-Token'] = hook.secretToken;
      const answer = await postJson(hook.url, JSON.stringify(update), headers, controller.signal, deps.deliveryTimeoutMs);
      if (answer.status >= 200 && answer.status < 300) {
        const index = queue.indexOf(update);
        if (index >= 0) queue.splice(index, 1);
        await runReply(answer);
      } else {
        failure = `Wrong response from the webhook: ${answer.status} ${answer.statusText}`.trim();
      }
    } catch (error) {
      failure = describeNetworkError(error);
    } finally {
      inFlightKeys.delete(key);
      controllers.delete(controller);
    }
    if (closed) return;
    const attempt = (attempts.get(update.update_id) ?? 0) + 1;
    if (failure === undefined) {
      attempts.delete(update.update_id);
      deps.onDelivery({ update_id: update.update_id, ok: true, attempt });
    } else if (hook === webhook) {
      hook.lastErrorDate = nowSeconds();
      hook.lastErrorMessage = failure;
      attempts.set(update.update_id, attempt);
      const delay = Math.min(deps.retryBaseMs * 2 ** (attempt - 1), deps.retryMaxMs);
      retryTimers.set(
        key,
        setTimeout(() => {
          retryTimers.delete(key);
          pump();
        }, delay),
      );
      deps.onDelivery({ update_id: update.update_id, ok: false, attempt, error: failure });
    }
    pump();
  }

  async function runReply(answer: PostAnswer): Promise<void> {
    if (!/json/i.test(answer.contentType) || answer.body.length === 0) return;
    try {
      const reply = JSON.parse(answer.body) as unknown;
      if (typeof reply !== 'object' || reply === null) return;
      const { method, ...params } = reply as Record<string, unknown>;
      if (typeof method === 'string') await deps.runWebhookReply(method, params);
    } catch {
      // Telegram ignores webhook replies it cannot use.
    }
  }

  function clearRetries(): void {
    for (const timer of retryTimers.values()) clearTimeout(timer);
    retryTimers.clear();
    attempts.clear();
  }

  return {
    enqueue(content) {
      const update: Update = { update_id: nextUpdateId, ...content };
      nextUpdateId += 1;
      if (allowed && !allowed.has(updateTypeOf(update))) return update;
      queue.push(update);
      deps.onQueued(update);
      if (webhook) pump();
      else wakePoller();
      return update;
    },

    getUpdates(options, signal) {
      if (webhook) return Promise.reject(new ApiError(409, WEBHOOK_ACTIVE_CONFLICT));
      const limit = Math.min(100, Math.max(1, options.limit ?? 100));
      setAllowed(options.allowedUpdates);
      if (options.offset !== undefined) confirm(options.offset);
      poller?.settle(new ApiError(409, POLL_TERMINATED_CONFLICT));
      const ready = take(limit);
      const timeoutSeconds = options.timeout ?? 0;
      if (ready.length > 0 || timeoutSeconds <= 0 || closed || signal.aborted) return Promise.resolve(ready);
      return new Promise<Update[]>((resolve, reject) => {
        const waiting: Poller = {
          limit,
          settle(result) {
            if (poller !== waiting) return;
            poller = undefined;
            clearTimeout(timer);
            signal.removeEventListener('abort', onAbort);
            if (result instanceof ApiError) reject(result);
            else resolve(result);
          },
        };
        // The client went away: forget the poll; its updates stay queued for the next one.
        const onAbort = (): void => waiting.settle([]);
        const timer = setTimeout(() => waiting.settle([]), timeoutSeconds * 1000);
        signal.addEventListener('abort', onAbort, { once: true });
        poller = waiting;
      });
    },

    setWebhook(settings) {
      const url = new URL(settings.url);
      setAllowed(settings.allowedUpdates);
      if (settings.dropPendingUpdates) queue.length = 0;
      poller?.settle(new ApiError(409, WEBHOOK_ACTIVE_CONFLICT));
      const unchanged = webhook?.url.href === url.href && webhook.secretToken === settings.secretToken;
      const next: ActiveWebhook = { url, maxConnections: settings.maxConnections ?? 40 };
      if (settings.secretToken !== undefined) next.secretToken = settings.secretToken;
      clearRetries();
      webhook = next;
      pump();
      return !unchanged;
    },

    deleteWebhook(dropPendingUpdates) {
      const wasSet = webhook !== undefined;
      webhook = undefined;
      clearRetries();
      if (dropPendingUpdates) queue.length = 0;
      return wasSet;
    },

    webhookInfo() {
      const info: WebhookInfo = { url: webhook?.url.href ?? '', has_custom_certificate: false, pending_update_count: queue.length };
      if (webhook) {
        info.ip_address = '127.0.0.1';
        info.max_connections = webhook.maxConnections;
        if (webhook.lastErrorDate !== undefined) info.last_error_date = webhook.lastErrorDate;
        if (webhook.lastErrorMessage !== undefined) info.last_error_message = webhook.lastErrorMessage;
        if (allowed) info.allowed_updates = [...allowed];
      }
      return info;
    },

    pending: () => [...queue],

    close() {
      if (closed) return;
      closed = true;
      poller?.settle([]);
      clearRetries();
      for (const controller of controllers) controller.abort();
    },
  };
}

/** The update's type: its one field besides update_id. */
export function updateTypeOf(update: Update): UpdateType {
  const type = Object.keys(update).find((key) => key !== 'update_id');
  return (type ?? 'message') as UpdateType;
}

/** Which chat an update belongs to, for per-chat ordering of webhook deliveries. */
export function chatKeyOf(update: Update): string {
  const chatId =
    update.message?.chat.id ??
    update.edited_message?.chat.id ??
    update.callback_query?.message?.chat.id ??
    update.callback_query?.from.id ??
    update.my_chat_member?.chat.id;
  return chatId === undefined ? 'none' : String(chatId);
}

interface PostAnswer {
  status: number;
  statusText: string;
  contentType: string;
  body: string;
}

/** One POST without connection reuse, so closing the emulator leaves no sockets behind. */
function postJson(url: URL, body: string, headers: Record<string, string>, signal: AbortSignal, timeoutMs: number): Promise<PostAnswer> {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      url,
      {
        method: 'POST',
        agent: false,
        signal,
        timeout: timeoutMs,
        headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            statusText: response.statusMessage ?? '',
            contentType: String(response.headers['content-type'] ?? ''),
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    request.on('timeout', () => request.destroy(new Error('Read timeout expired')));
    request.on('error', reject);
    request.end(body);
  });
}

/** Telegram's wording for the usual delivery failures, shown in getWebhookInfo. */
function describeNetworkError(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ECONNREFUSED') return 'Connection refused';
  if (code === 'ENOTFOUND') return 'Failed to resolve host: Name or service not known';
  if (code === 'ECONNRESET') return 'Connection reset by peer';
  return error instanceof Error ? error.message : String(error);
}
