import type { Emulator } from '../src/index.ts';

/** The decoded answer of a raw Bot API call, status included. */
export interface RawAnswer {
  status: number;
  body: {
    ok: boolean;
    result?: unknown;
    error_code?: number;
    description?: string;
    parameters?: { retry_after?: number };
  };
}

/**
 * Calls the emulator's Bot API over HTTP without grammY, to check wire-level behaviour
 * (status codes, envelopes) that a client library would hide.
 */
export async function rawCall(
  emulator: Emulator,
  method: string,
  params: Record<string, unknown> = {},
  init: { token?: string; signal?: AbortSignal } = {},
): Promise<RawAnswer> {
  const response = await fetch(`${emulator.apiRoot}/bot${init.token ?? emulator.token}/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(params),
    signal: init.signal ?? null,
  });
  return { status: response.status, body: (await response.json()) as RawAnswer['body'] };
}
