import type { EmulatorStats } from './types.ts';

/**
 * Counters for benchmarks and reliability tests: what the bot called, what failed, and
 * when each message went out (to measure the send rate the bot actually achieved).
 */
export interface StatsRecorder {
  call(method: string): void;
  error(code: number): void;
  send(method: string, chatId: number, at: number): void;
  snapshot(): EmulatorStats;
  reset(): void;
}

export function createStats(): StatsRecorder {
  let stats = empty();

  return {
    call(method) {
      stats.calls[method] = (stats.calls[method] ?? 0) + 1;
    },
    error(code) {
      stats.errors[code] = (stats.errors[code] ?? 0) + 1;
      if (code === 429) stats.tooManyRequests += 1;
    },
    send(method, chatId, at) {
      stats.sentPerChat[chatId] = (stats.sentPerChat[chatId] ?? 0) + 1;
      stats.sends.push({ method, chatId, at });
    },
    snapshot: () => structuredClone(stats),
    reset() {
      stats = empty();
    },
  };
}

function empty(): EmulatorStats {
  return { calls: {}, errors: {}, tooManyRequests: 0, sentPerChat: {}, sends: [] };
}
