import { ApiError } from './api-error.ts';
import type { BotApi } from './bot-api.ts';
import type { FaultTable } from './faults.ts';
import type { RequestParams } from './http-body.ts';
import type { RateLimiter } from './limits.ts';
import { logCall, type BotState } from './state.ts';
import type { StatsRecorder } from './stats.ts';
import type { ApiResponse } from './types.ts';

/**
 * One Bot API call from request parameters to Telegram's envelope: stats, faults, the
 * method itself, the call log. Shared by the HTTP route and webhook replies so both count
 * and fail the same way.
 */
export type DispatchOutcome = { kind: 'answer'; status: number; response: ApiResponse } | { kind: 'networkError' };

export interface Dispatcher {
  dispatch(bot: BotState, method: string, params: RequestParams, signal: AbortSignal): Promise<DispatchOutcome>;
}

export interface DispatcherDeps {
  api: BotApi;
  faults: FaultTable;
  limiter: RateLimiter;
  stats: StatsRecorder;
}

export function createDispatcher({ api, faults, limiter, stats }: DispatcherDeps): Dispatcher {
  return {
    async dispatch(bot, method, { fields, files }, signal) {
      const name = api.canonical(method) ?? method;
      stats.call(name);
      const fault = faults.take(name, looseChatId(fields.chat_id));
      if (fault?.kind === 'networkError') {
        record(bot, name, fields, { ok: false, error_code: 0, description: 'network error (connection closed by the emulator)' });
        return { kind: 'networkError' };
      }
      let response: ApiResponse;
      try {
        if (fault) throw fault.error;
        const { result, description } = await api.invoke(name, { bot, fields, files, signal, limiter, stats });
        response = description === undefined ? { ok: true, result } : { ok: true, result, description };
      } catch (error) {
        response =
          error instanceof ApiError
            ? error.toResponse()
            : { ok: false, error_code: 500, description: `Internal Server Error: ${String(error)}` };
      }
      if (!response.ok) stats.error(response.error_code);
      // The log keeps a snapshot: live messages change with later edits.
      record(bot, name, fields, structuredClone(response));
      return { kind: 'answer', status: response.ok ? 200 : response.error_code, response };
    },
  };
}

function record(bot: BotState, method: string, params: Record<string, unknown>, response: ApiResponse): void {
  logCall(bot, { seq: bot.nextSeq(), method, params, response, at: Date.now() });
}

function looseChatId(value: unknown): number | undefined {
  const number = Number(value);
  return value === undefined || value === '' || Number.isNaN(number) ? undefined : number;
}
