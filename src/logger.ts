import pino, { type Logger } from 'pino';

/**
 * JSON logs to stdout (one line each), as log collectors expect. Errors are logged without
 * what was being sent: a failed Telegram call carries its request (`payload`), and that may
 * hold a person's words.
 */
export function createLogger(level: string): Logger {
  return pino({ level, base: { app: 'letgo' }, serializers: { err: withoutPayload } });
}

/** pino's error serializer, minus request payloads (also of wrapped errors). */
export function withoutPayload(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const serialized = pino.stdSerializers.err(error) as unknown as Record<string, unknown>;
  delete serialized.payload;
  for (const key of ['error', 'cause']) {
    const inner = serialized[key];
    if (inner && typeof inner === 'object') delete (inner as Record<string, unknown>).payload;
  }
  return serialized;
}
