import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';

/** Answers the request and returns true, or returns false to let the next route try. */
export type Route = (req: http.IncomingMessage, res: http.ServerResponse) => boolean | Promise<boolean>;

export interface RunningServer {
  url: string;
  port: number;
  /** Stops accepting connections and resolves once in-flight requests are answered. */
  close(): Promise<void>;
}

/** A plain node:http server trying each route in order; 404 for the rest. */
export async function startHttpServer(opts: {
  port: number;
  host?: string;
  routes: Route[];
  logger: Logger;
}): Promise<RunningServer> {
  const handle = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    try {
      for (const route of opts.routes) if (await route(req, res)) return;
      sendJson(res, 404, { error: 'not found' });
    } catch (error) {
      opts.logger.error({ err: error, url: req.url }, 'http handler failed');
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
      else res.end();
    }
  };
  const server = http.createServer((req, res) => void handle(req, res));
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host ?? '0.0.0.0', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = opts.host && opts.host !== '0.0.0.0' ? opts.host : '127.0.0.1';
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host}:${port}`,
    port,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      return closing;
    },
  };
}

export function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/** `GET /healthz`: 200 when the database answers within two seconds, 503 otherwise. */
export function healthRoute(databaseAnswers: () => Promise<boolean>): Route {
  return async (req, res) => {
    if (req.method !== 'GET' || pathOf(req) !== '/healthz') return false;
    const up = await Promise.race([
      databaseAnswers().catch(() => false),
      new Promise<boolean>((r) => setTimeout(() => r(false), 2_000).unref()),
    ]);
    sendJson(res, up ? 200 : 503, { status: up ? 'ok' : 'degraded', database: up ? 'up' : 'down' });
    return true;
  };
}

export function pathOf(req: http.IncomingMessage): string {
  return new URL(req.url ?? '/', 'http://localhost').pathname;
}
