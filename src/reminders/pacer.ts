/**
 * Paces send starts for Telegram's flood control, which counts sends in a sliding second:
 *
 * - starts are spread evenly, `1000 / floor(perSecond × headroom)` ms apart, instead of bursting a
 *   second's worth and then waiting (p-queue's fixed windows do that, and two bursts at a
 *   window edge look like twice the limit);
 * - and no more than `floor(perSecond × headroom)` starts ever fall within one second, even
 *   when a busy event loop or a slow database delayed some of them and the rest catch up.
 *
 * The headroom (default 0.97) leaves room for jitter between our clock and Telegram's.
 * A 429 pauses every start for its `retry_after`, as Telegram expects of the whole bot.
 *
 * @module
 */
import { setTimeout as delay } from 'node:timers/promises';

export interface Pacer {
  /** Resolves true when a send may start now; false if `signal` aborted the wait. */
  acquire(signal?: AbortSignal): Promise<boolean>;
  /** No send starts for the next `ms` (a 429's retry_after). */
  pauseFor(ms: number): void;
  /** Time between two starts. */
  readonly spacingMs: number;
}

export interface PacerOptions {
  perSecond: number;
  /** Fraction of `perSecond` actually used. Default 0.97. */
  headroom?: number;
  /** Monotonic milliseconds; injectable for tests. */
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<boolean>;
}

export const DEFAULT_HEADROOM = 0.97;
const WINDOW_MS = 1000;

export function createPacer(options: PacerOptions): Pacer {
  const now = options.now ?? (() => performance.now());
  const sleep = options.sleep ?? abortableSleep;
  const perWindow = Math.max(1, Math.floor(options.perSecond * (options.headroom ?? DEFAULT_HEADROOM)));
  const spacingMs = WINDOW_MS / perWindow;
  /** Callers in arrival order; one loop grants them, so nobody loses their place. */
  const waiting: Array<{ signal: AbortSignal | undefined; resolve: (granted: boolean) => void }> = [];
  /** The last `perWindow` grants, oldest first. */
  const grants: number[] = [];
  let nextFree = Number.NEGATIVE_INFINITY;
  let pausedUntil = Number.NEGATIVE_INFINITY;
  let pumping = false;

  const windowFree = () => (grants.length < perWindow ? Number.NEGATIVE_INFINITY : (grants[grants.length - perWindow] as number) + WINDOW_MS);

  async function pump(): Promise<void> {
    if (pumping) return;
    pumping = true;
    try {
      while (waiting.length > 0) {
        const head = waiting[0]!;
        if (head.signal?.aborted) {
          waiting.shift();
          head.resolve(false);
          continue;
        }
        const t = now();
        // Spacing runs on the planned times, so a late timer does not slow every later send;
        // the window runs on the actual grants, so late ones cannot bunch up with the next.
        const at = Math.max(t, nextFree, pausedUntil, windowFree());
        if (at > t) {
          await sleep(at - t, head.signal);
          continue; // a 429 may have arrived meanwhile
        }
        waiting.shift();
        nextFree = Math.max(nextFree, t - spacingMs) + spacingMs;
        grants.push(t);
        if (grants.length > perWindow) grants.shift();
        head.resolve(true);
      }
    } finally {
      pumping = false;
    }
  }

  return {
    spacingMs,
    acquire(signal) {
      if (signal?.aborted) return Promise.resolve(false);
      return new Promise<boolean>((resolve) => {
        waiting.push({ signal, resolve });
        void pump();
      });
    },
    pauseFor(ms) {
      pausedUntil = Math.max(pausedUntil, now() + ms);
    },
  };
}

/** Sleeps `ms`; false when `signal` aborts first. */
export async function abortableSleep(ms: number, signal?: AbortSignal): Promise<boolean> {
  if (signal?.aborted) return false;
  try {
    await delay(Math.max(0, ms), undefined, signal ? { signal } : undefined);
    return true;
  } catch {
    return false;
  }
}
