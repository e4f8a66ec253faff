import { ApiError, defaultDescription } from './api-error.ts';
import type { FaultHandle, FaultSpec } from './types.ts';

/**
 * Scripted failures of Bot API calls, for reliability tests: "the next 2 sendMessage calls
 * to chat 42 answer 429 retry_after 3", "getUpdates loses its connection once".
 *
 * Faults are checked in the order they were added; the first that matches a call fails it
 * and counts down. A failed call has no side effect, like a request Telegram refused.
 */
export interface Faults {
  add(spec: FaultSpec): FaultHandle;
  clear(): void;
  /** Faults with calls left to fail. */
  active(): FaultSpec[];
}

/** What a matching fault does to a call. */
export type FaultOutcome = { kind: 'networkError' } | { kind: 'error'; error: ApiError };

/** The emulator's side of {@link Faults}: consulted once per Bot API call. */
export interface FaultTable extends Faults {
  take(method: string, chatId: number | undefined): FaultOutcome | undefined;
}

interface ActiveFault {
  spec: FaultSpec;
  methods?: Set<string>;
  remaining: number;
}

export function createFaults(): FaultTable {
  let faults: ActiveFault[] = [];

  return {
    add(spec) {
      const methods = spec.method === undefined ? undefined : [spec.method].flat().map((m) => m.toLowerCase());
      const fault: ActiveFault = { spec, remaining: spec.times ?? 1 };
      if (methods) fault.methods = new Set(methods);
      faults.push(fault);
      return {
        get remaining() {
          return fault.remaining;
        },
        remove() {
          faults = faults.filter((f) => f !== fault);
        },
      };
    },

    clear() {
      faults = [];
    },

    active: () => faults.map((f) => f.spec),

    take(method, chatId) {
      const fault = faults.find(
        (f) =>
          (f.methods === undefined || f.methods.has(method.toLowerCase())) &&
          (f.spec.chatId === undefined || f.spec.chatId === chatId),
      );
      if (!fault) return undefined;
      fault.remaining -= 1;
      if (fault.remaining <= 0) faults = faults.filter((f) => f !== fault);
      const { spec } = fault;
      if (spec.networkError) return { kind: 'networkError' };
      const retryAfter = spec.errorCode === 429 ? Math.max(1, Math.ceil(spec.retryAfter ?? 1)) : undefined;
      const description = spec.description ?? defaultDescription(spec.errorCode, retryAfter ?? 1);
      return { kind: 'error', error: new ApiError(spec.errorCode, description, retryAfter) };
    },
  };
}
