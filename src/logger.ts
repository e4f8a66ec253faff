import pino, { type Logger } from 'pino';

/** JSON logs to stdout (one line each), as log collectors expect. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { app: 'letgo' } });
}
