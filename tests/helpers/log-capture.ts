import { Writable } from 'node:stream';
import pino, { type Logger } from 'pino';
import { withoutPayload } from '../../src/logger.ts';

/** A JSON log line as pino writes it. */
export type LogLine = Record<string, unknown> & { level: number; msg?: string };

/** A real pino logger whose lines the test can read (the app logs exactly as in production). */
export function captureLogs(level = 'info'): { logger: Logger; lines(): LogLine[]; clear(): void } {
  let lines: LogLine[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim() !== '') lines.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  return {
    logger: pino({ level, base: { app: 'letgo' }, serializers: { err: withoutPayload } }, stream),
    lines: () => lines,
    clear: () => {
      lines = [];
    },
  };
}
