import type { Clock } from '../../src/clock.ts';

/** A clock the test can move: real time plus an offset, so seconds still pass between ticks. */
export interface MovableClock extends Clock {
  /** Moves the clock so it reads `msBefore` before `instant` (negative: after it). */
  setTo(instant: Date, msBefore?: number): void;
}

export function movableClock(): MovableClock {
  let offset = 0;
  return {
    now: () => new Date(Date.now() + offset),
    setTo(instant, msBefore = 0) {
      offset = instant.getTime() - msBefore - Date.now();
    },
  };
}
