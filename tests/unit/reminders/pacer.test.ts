import { describe, expect, it } from 'vitest';
import { createPacer } from '../../../src/reminders/pacer.ts';

/** Virtual time: sleeping advances it (plus an optional lateness, like a busy event loop). */
function virtualTime(lateness: (call: number) => number = () => 0) {
  let t = 0;
  let calls = 0;
  return {
    now: () => t,
    sleep: async (ms: number, signal?: AbortSignal) => {
      if (signal?.aborted) return false;
      await new Promise((r) => setImmediate(r)); // let granted callers note the time first
      t += ms + lateness(calls++);
      return true;
    },
    advance(ms: number) {
      t += ms;
    },
  };
}

/** The most grants in any sliding second. */
function busiestSecond(times: number[]): number {
  let most = 0;
  for (let i = 0; i < times.length; i += 1) most = Math.max(most, times.filter((x) => x >= times[i]! && x < times[i]! + 1000).length);
  return most;
}

describe('pacer', () => {
  it('spreads starts evenly at the limit minus the headroom, in order of arrival', async () => {
    const time = virtualTime();
    const pacer = createPacer({ perSecond: 30, now: time.now, sleep: time.sleep });
    expect(pacer.spacingMs).toBeCloseTo(1000 / 29);
    const order: number[] = [];
    const grants: number[] = [];
    await Promise.all(
      Array.from({ length: 90 }, (_, i) =>
        pacer.acquire().then((permit) => {
          order.push(i);
          grants.push(time.now());
          permit!.release();
        }),
      ),
    );
    expect(order).toEqual(Array.from({ length: 90 }, (_, i) => i));
    expect(busiestSecond(grants)).toBe(29);
    const seconds = (grants[89]! - grants[0]!) / 1000;
    expect(89 / seconds).toBeGreaterThan(28.9);
  });

  it('never lets late starts bunch up into more than the limit in one second', async () => {
    // Every fifth wake-up is 40 ms late, as when the event loop was busy.
    const time = virtualTime((call) => (call % 5 === 0 ? 40 : 0));
    const pacer = createPacer({ perSecond: 30, now: time.now, sleep: time.sleep });
    const grants: number[] = [];
    await Promise.all(
      Array.from({ length: 120 }, () =>
        pacer.acquire().then((permit) => {
          grants.push(time.now());
          permit!.release();
        }),
      ),
    );
    expect(busiestSecond(grants)).toBeLessThanOrEqual(29);
  });

  it('pauses every start after a 429 for retry_after', async () => {
    const time = virtualTime();
    const pacer = createPacer({ perSecond: 30, now: time.now, sleep: time.sleep });
    (await pacer.acquire())!.release();
    pacer.pauseFor(3_000);
    (await pacer.acquire())!.release();
    expect(time.now()).toBeGreaterThanOrEqual(3_000);
  });

  it('counts a start only when the holder releases its turn, and nobody starts before that', async () => {
    const time = virtualTime();
    const pacer = createPacer({ perSecond: 1000, now: time.now, sleep: time.sleep });
    const first = (await pacer.acquire())!;
    let second = false;
    const next = pacer.acquire().then((permit) => {
      second = true;
      permit!.release();
    });
    await new Promise((r) => setImmediate(r));
    expect(second).toBe(false);
    time.advance(50); // a slow last check
    first.release();
    await next;
    expect(second).toBe(true);
  });

  it('gives up waiting when the signal aborts', async () => {
    const time = virtualTime();
    const pacer = createPacer({ perSecond: 1, now: time.now, sleep: time.sleep });
    const stop = new AbortController();
    stop.abort();
    expect(await pacer.acquire(stop.signal)).toBeNull();
  });
});
