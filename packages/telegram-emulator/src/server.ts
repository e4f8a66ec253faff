import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { ApiError } from './api-error.ts';
import { sendJson, type ControlRoute } from './control-routes.ts';
import type { Dispatcher } from './dispatch.ts';
import { parseRequestParams, readBody } from './http-body.ts';
import type { BotState } from './state.ts';

/**
 * The HTTP face of the emulator:
 *
 * - `GET|POST /bot<token>/<method>`: the Bot API, as grammY's `client.apiRoot` expects;
 * - `GET /file/bot<token>/<file_path>`: file downloads (after `getFile`);
 * - `/_emulator/...`: the user side for the playground page (see `control-routes.ts`).
 *
 * Latency is added before a call is handled, like time on the wire, so side effects land
 * late as well.
 */
export interface ServerDeps {
  host: string;
  port: number;
  botFor(token: string): BotState;
  dispatcher: Dispatcher;
  control: ControlRoute;
  latencyMs(): number;
}

export interface EmulatorServer {
  /** `http://host:port`, with the port actually bound. */
  readonly url: string;
  /** Stops listening and drops every open connection (long polls, event streams). */
  close(): Promise<void>;
}

export async function startServer(deps: ServerDeps): Promise<EmulatorServer> {
  const server = createServer((req, res) => {
    route(deps, req, res).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { ok: false, error_code: 500, description: `Internal Server Error: ${String(error)}` });
      else res.destroy();
    });
  });
  // Long polls may legitimately stay open for the whole `timeout`.
  server.requestTimeout = 0;
  server.headersTimeout = 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(deps.port, deps.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = deps.host.includes(':') ? `[${deps.host}]` : deps.host;
  return {
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function route(deps: ServerDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://emulator');
  const path = url.pathname;
  const api = /^\/bot([^/]+)\/([A-Za-z0-9_]+)$/.exec(path);
  if (api) return handleBotApi(deps, req, res, decodeURIComponent(api[1] ?? ''), api[2] ?? '', url.searchParams);
  const file = /^\/file\/bot([^/]+)\/(.+)$/.exec(path);
  if (file && (req.method === 'GET' || req.method === 'HEAD')) {
    return serveFile(deps.botFor(decodeURIComponent(file[1] ?? '')), decodeURIComponent(file[2] ?? ''), res);
  }
  if (path.startsWith('/_emulator/')) return deps.control(req, res, path, url.searchParams);
  sendJson(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
}

async function handleBotApi(
  deps: ServerDeps,
  req: IncomingMessage,
  res: ServerResponse,
  token: string,
  method: string,
  query: URLSearchParams,
): Promise<void> {
  // Aborted when the client disconnects before its answer, e.g. grammY's bot.stop() cancelling a long poll.
  const gone = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) gone.abort();
  });
  let params;
  try {
    params = parseRequestParams(query, req.headers['content-type'], await readBody(req));
  } catch (error) {
    const apiError = error instanceof ApiError ? error : new ApiError(400, `Bad Request: ${String(error)}`);
    return sendJson(res, apiError.errorCode, apiError.toResponse());
  }
  const latency = deps.latencyMs();
  if (latency > 0) {
    try {
      await delay(latency, undefined, { signal: gone.signal });
    } catch {
      return;
    }
  }
  const outcome = await deps.dispatcher.dispatch(deps.botFor(token), method, params, gone.signal);
  if (outcome.kind === 'networkError') {
    req.socket.destroy();
    return;
  }
  if (!res.destroyed) sendJson(res, outcome.status, outcome.response);
}

function serveFile(bot: BotState, filePath: string, res: ServerResponse): void {
  const file = [...bot.files.values()].find((f) => f.file_path === filePath);
  if (!file) return sendJson(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
  res.writeHead(200, { 'content-type': file.mime_type ?? 'application/octet-stream', 'content-length': file.bytes.length });
  res.end(file.bytes);
}
