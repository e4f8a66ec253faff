import type { Transformer } from 'grammy';
import type { Metrics } from '../metrics.ts';

/**
 * A grammY API transformer counting every Bot API call by method and status: `ok`, the error
 * code Telegram answered (429, 403, ...), or `network` when no answer came.
 */
export function countApiCalls(metrics: Pick<Metrics, 'telegramCalls'>): Transformer {
  return async (prev, method, payload, signal) => {
    try {
      const result = await prev(method, payload, signal);
      metrics.telegramCalls.inc({ method, status: result.ok ? 'ok' : String(result.error_code) });
      return result;
    } catch (error) {
      metrics.telegramCalls.inc({ method, status: 'network' });
      throw error;
    }
  };
}
