import { tooManyRequests, type ApiError } from './api-error.ts';
import type { RateLimit } from './types.ts';

/**
 * Telegram's flood control, simplified to what bots must cope with: beyond N sends in any
 * one-second window (globally, or into one chat) a send answers 429 with `retry_after`.
 *
 * Only accepted sends occupy the window, as with Telegram: a refused send does not make the
 * wait longer. `check` and `record` run in the same tick as the send they guard, so
 * concurrent requests cannot both slip under the limit.
 */
export interface RateLimiter {
  set(limit: RateLimit | null): void;
  /** The 429 to answer if a send into `chatId` now would exceed the limit. */
  check(chatId: number, now: number): ApiError | undefined;
  record(chatId: number, now: number): void;
}

const WINDOW_MS = 1000;

export function createRateLimiter(): RateLimiter {
  let limit: RateLimit = {};
  let global: number[] = [];
  const perChat = new Map<number, number[]>();

  const prune = (times: number[], now: number): number[] => {
    let drop = 0;
    while (drop < times.length && (times[drop] as number) <= now - WINDOW_MS) drop += 1;
    return drop === 0 ? times : times.slice(drop);
  };

  const retryAfter = (times: number[], max: number, now: number): number => {
    // The window frees up when the send that filled it ages out of the last second.
    const oldestBlocking = times[times.length - max] ?? now;
    return (oldestBlocking + WINDOW_MS - now) / 1000;
  };

  return {
    set(next) {
      limit = next ?? {};
      global = [];
      perChat.clear();
    },

    check(chatId, now) {
      const { perSecond, perChatPerSecond } = limit;
      if (perSecond !== undefined) {
        global = prune(global, now);
        if (global.length >= perSecond) return tooManyRequests(retryAfter(global, perSecond, now));
      }
      if (perChatPerSecond !== undefined) {
        const times = prune(perChat.get(chatId) ?? [], now);
        perChat.set(chatId, times);
        if (times.length >= perChatPerSecond) return tooManyRequests(retryAfter(times, perChatPerSecond, now));
      }
      return undefined;
    },

    record(chatId, now) {
      if (limit.perSecond !== undefined) global.push(now);
      if (limit.perChatPerSecond !== undefined) {
        const times = perChat.get(chatId) ?? [];
        times.push(now);
        perChat.set(chatId, times);
      }
    },
  };
}
