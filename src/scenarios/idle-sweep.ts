import type { Deps } from '../deps.ts';
import { deleteConversationStatesOf } from '../db/conversation-states.repository.ts';
import { expireIdleRuns } from './runs.repository.ts';

/** Default idle time after which an open scenario run is closed. */
export const DEFAULT_SCENARIO_IDLE_MS = 24 * 60 * 60 * 1000;

/**
 * Closes, quietly, every run idle for longer than `deps.scenarioIdleMs`, and drops the
 * conversations plugin's state of those people. The interpreter also closes an idle run
 * when its owner writes again; the sweep just keeps abandoned runs from lingering.
 * Returns how many runs it closed.
 */
export async function sweepIdleRuns(deps: Pick<Deps, 'db' | 'clock' | 'scenarioIdleMs'>): Promise<number> {
  const now = deps.clock.now();
  let total = 0;
  for (;;) {
    const closed = await expireIdleRuns(deps.db, new Date(now.getTime() - deps.scenarioIdleMs), now);
    await deleteConversationStatesOf(deps.db, [...new Set(closed.map((r) => r.user_id))]);
    total += closed.length;
    if (closed.length === 0) return total;
  }
}

/**
 * Runs {@link sweepIdleRuns} every `intervalMs` (default: a quarter of the idle time, at
 * most 15 minutes). The timer does not keep the process alive; `stop` waits for a sweep
 * in progress.
 */
export function startIdleSweep(deps: Deps, opts: { intervalMs?: number } = {}): { stop(): Promise<void> } {
  const intervalMs = opts.intervalMs ?? Math.min(Math.max(deps.scenarioIdleMs / 4, 1_000), 15 * 60_000);
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = sweepIdleRuns(deps)
      .then((closed) => {
        if (closed > 0) deps.logger.info({ closed }, 'idle scenario runs closed');
      })
      .catch((err: unknown) => deps.logger.warn({ err }, 'idle scenario sweep failed'));
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
