import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { healthRoute, startHttpServer } from '../../../src/http/server.ts';

const logger = pino({ level: 'silent' });

async function probe(databaseAnswers: () => Promise<boolean>) {
  const server = await startHttpServer({ port: 0, host: '127.0.0.1', routes: [healthRoute(databaseAnswers)], logger });
  try {
    const res = await fetch(`${server.url}/healthz`);
    return { status: res.status, body: await res.json(), other: (await fetch(`${server.url}/nope`)).status };
  } finally {
    await server.close();
  }
}

describe('GET /healthz', () => {
  it('is 200 while the database answers', async () => {
    expect(await probe(async () => true)).toEqual({ status: 200, body: { status: 'ok', database: 'up' }, other: 404 });
  });

  it('is 503 when the database query fails', async () => {
    const result = await probe(() => Promise.reject(new Error('connection refused')));
    expect(result.status).toBe(503);
    expect(result.body).toEqual({ status: 'degraded', database: 'down' });
  });

  it('is 503 within about two seconds when the database hangs', async () => {
    const started = Date.now();
    const result = await probe(() => new Promise<boolean>(() => {}));
    expect(result.status).toBe(503);
    expect(Date.now() - started).toBeLessThan(4_000);
  });
});
