/**
 * Paces send starts for Telegram's flood control, which counts sends in a sliding second:
 *
 * - starts are spread evenly, `1000 / floor(perSecond × headroom)` ms apart, instead of bursting a
 *   second's worth and then waiting (p-queue's fixed windows do that, and two bursts at a
 *   window edge look like twice the limit);
 * - and no more than `floor(perSecond × headroom)` starts ever fall within one second, even
 *   when a busy event loop or a slow database delayed some of them and the rest catch up.
 *
 * Each turn is a {@link Permit}: the start is counted when the holder releases it, right
 * before its request, so a last check between the turn and the request cannot let the next
 * send start early. The headroom (default 0.97) leaves room for jitter on the way to Telegram.
 * A 429 pauses every start for its `retry_after`, as Telegram expects of the whole bot.
 *
 * @module
 */
import { setTimeout as delay } from 'node:timers/promises';

/**
 * The right to start one send now. The pacer counts the start when `release` is called, so
 * call it right before the request goes out (or to give the turn up); nobody else starts in
 * between.
 */
export interface Permit {
  /** `started: false` gives the turn up without counting a start (the send was cancelled). */
  release(started?: boolean): void;
}

export interface Pacer {
  /** Resolves with a permit when it is this caller's turn; null if `signal` aborted the wait. */
  acquire(signal?: AbortSignal): Promise<Permit | null>;
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
  /** Callers in arrival order; one loop serves them, so nobody loses their place. */
  const waiting: Array<{ signal: AbortSignal | undefined; resolve: (permit: Permit | null) => void }> = [];
  /** When the last `perWindow` sends started, oldest first. */
  const starts: number[] = [];
  let nextFree = Number.NEGATIVE_INFINITY;
  let pausedUntil = Number.NEGATIVE_INFINITY;
  let pumping = false;

  const windowFree = () => (starts.length < perWindow ? Number.NEGATIVE_INFINITY : (starts[starts.length - perWindow] as number) + WINDOW_MS);

  async function pump(): Promise<void> {
    if (pumping) return;
    pumping = true;
    try {
      while (waiting.length > 0) {
        const head = waiting[0]!;
        if (head.signal?.aborted) {
          waiting.shift();
          head.resolve(null);
          continue;
        }
        const t = now();
        // Spacing runs on the planned times, so a late timer does not slow every later send;
        // the window runs on the actual starts, so late ones cannot bunch up with the next.
        const at = Math.max(t, nextFree, pausedUntil, windowFree());
        if (at > t) {
          await sleep(at - t, head.signal);
          continue; // a 429 may have arrived meanwhile
        }
        waiting.shift();
        nextFree = Math.max(nextFree, t - spacingMs) + spacingMs;
        // The holder may still check something before its request: its start is counted
        // when it releases, and the next turn waits for that.
        await new Promise<void>((released) => {
          let done = false;
          head.resolve({
            release(started = true) {
              if (done) return;
              done = true;
              if (started) {
                starts.push(now());
                if (starts.length > perWindow) starts.shift();
              }
              released();
            },
          });
        });
      }
    } finally {
      pumping = false;
    }
  }

  return {
    spacingMs,
    acquire(signal) {
      if (signal?.aborted) return Promise.resolve(null);
      return new Promise<Permit | null>((resolve) => {
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
