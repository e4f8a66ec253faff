import path from 'node:path';
import pino, { type Logger } from 'pino';
import { createLogger, withoutPayload } from '../logger.ts';

/** Where the logger writes, said in the banner: a file, the terminal, or nowhere. */
export type LogTarget = { kind: 'file'; file: string } | { kind: 'terminal' } | { kind: 'none' };

/**
 * The playground's logger. Its terminal is for a person reading the banner, so the bot's
 * JSON logs go to `DATA_DIR/playground.log`, unless `LOG_LEVEL` is set: then they are
 * printed as in production. An in-memory `DATA_DIR` has no folder to hold the file, so
 * its logs are dropped.
 */
export function playgroundLogger(opts: { dataDir: string; logLevel: string | undefined }): { logger: Logger; logs: LogTarget } {
  if (opts.logLevel) return { logger: createLogger(opts.logLevel), logs: { kind: 'terminal' } };
  if (opts.dataDir.startsWith('memory://')) return { logger: createLogger('silent'), logs: { kind: 'none' } };
  const file = path.join(opts.dataDir, 'playground.log');
  const logger = pino(
    { level: 'info', base: { app: 'letgo' }, serializers: { err: withoutPayload } },
    pino.destination({ dest: file, mkdir: true, sync: true }),
  );
  return { logger, logs: { kind: 'file', file } };
}
