import http from 'node:http';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpServer, type RunningServer } from '../../../src/http/server.ts';
import { createLogger } from '../../../src/logger.ts';
import { localOnlyRoute } from '../../../src/playground/routes/local-only.ts';
import { staticFilesRoute } from '../../../src/playground/routes/static-files.ts';

/** A raw request, so the path and Host header go out exactly as written (fetch normalizes both). */
function get(
  server: RunningServer,
  rawPath: string,
  host = `127.0.0.1:${server.port}`,
  extra: { method?: string; origin?: string } = {},
): Promise<{ status: number; body: string }> {
  const headers: Record<string, string> = { host, ...(extra.origin ? { origin: extra.origin } : {}) };
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: server.port, path: rawPath, method: extra.method ?? 'GET', headers }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the playground server routes', () => {
  let dir: string;
  let server: RunningServer;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'letgo-static-'));
    await writeFile(path.join(dir, 'index.html'), '<p>page</p>');
    await writeFile(path.join(dir, 'app.js'), 'export {}');
    await writeFile(path.join(dir, 'secret.txt'), 'secret');
    server = await startHttpServer({
      port: 0,
      host: '127.0.0.1',
      logger: createLogger('silent'),
      routes: [localOnlyRoute(), staticFilesRoute({ prefix: '/', dir: path.join(dir), extensions: ['.html', '.js'] })],
    });
  });
  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('serves the page and its scripts with their types', async () => {
    expect(await get(server, '/')).toMatchObject({ status: 200, body: '<p>page</p>' });
    const res = await fetch(`${server.url}/app.js`);
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
  });

  it('serves only the listed extensions, and nothing outside its folder', async () => {
    expect((await get(server, '/secret.txt')).status).toBe(404);
    expect((await get(server, '/../package.json')).status).toBe(404);
    expect((await get(server, '/..%2f..%2fetc%2fpasswd')).status).toBe(404);
    // An allowed extension right beside the folder is still outside it.
    const outside = `${path.basename(dir)}-outside.html`;
    await writeFile(path.join(dir, '..', outside), 'outside');
    try {
      expect((await get(server, `/..%2f${outside}`)).status).toBe(404);
    } finally {
      await rm(path.join(dir, '..', outside), { force: true });
    }
  });

  it('answers loopback names only, so a DNS-rebinding site cannot drive the bot', async () => {
    expect((await get(server, '/', `localhost:${server.port}`)).status).toBe(200);
    expect((await get(server, '/', 'evil.example:80')).status).toBe(403);
  });

  it("refuses another site's posts (a form aimed at 127.0.0.1), and takes the page's own", async () => {
    const host = `127.0.0.1:${server.port}`;
    expect((await get(server, '/', host, { method: 'POST', origin: 'https://evil.example' })).status).toBe(403);
    expect((await get(server, '/', host, { method: 'POST', origin: 'null' })).status).toBe(403);
    // Past the guard, the static route has nothing to POST to: 404, not 403.
    expect((await get(server, '/', host, { method: 'POST', origin: `http://${host}` })).status).toBe(404);
  });
});
