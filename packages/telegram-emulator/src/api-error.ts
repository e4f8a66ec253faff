import type { ApiResponse } from './types.ts';

/**
 * A Bot API failure, thrown by method handlers and turned into Telegram's error envelope
 * (`{ ok: false, error_code, description, parameters }`, HTTP status = `error_code`).
 * Descriptions follow Telegram's wording so code that matches on them behaves the same.
 */
export class ApiError extends Error {
  constructor(
    readonly errorCode: number,
    readonly description: string,
    readonly retryAfter?: number,
  ) {
    super(description);
    this.name = 'ApiError';
  }

  /** The JSON body Telegram would send for this error. */
  toResponse(): ApiResponse {
    const response: ApiResponse = { ok: false, error_code: this.errorCode, description: this.description };
    if (this.retryAfter !== undefined) response.parameters = { retry_after: this.retryAfter };
    return response;
  }
}

/** 400 with Telegram's "Bad Request: " prefix. */
export function badRequest(detail: string): ApiError {
  return new ApiError(400, `Bad Request: ${detail}`);
}

/** 403 "Forbidden: bot was blocked by the user", what a blocked private chat answers. */
export function blockedByUser(): ApiError {
  return new ApiError(403, 'Forbidden: bot was blocked by the user');
}

/** 429 with `retry_after`; Telegram always sends whole seconds, at least 1. */
export function tooManyRequests(retryAfterSeconds: number): ApiError {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  return new ApiError(429, `Too Many Requests: retry after ${seconds}`, seconds);
}

/** The description Telegram uses for an error code when a fault does not give one. */
export function defaultDescription(errorCode: number, retryAfter: number): string {
  switch (errorCode) {
    case 400:
      return 'Bad Request';
    case 401:
      return 'Unauthorized';
    case 403:
      return 'Forbidden: bot was blocked by the user';
    case 404:
      return 'Not Found';
    case 409:
      return 'Conflict';
    case 429:
      return `Too Many Requests: retry after ${retryAfter}`;
    default:
      return errorCode >= 500 ? 'Internal Server Error' : `Error ${errorCode}`;
  }
}
