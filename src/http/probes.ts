/**
 * The operator's probes, following Kubernetes' conventions: `/livez` (the process answers),
 * `/readyz` (it can do its work: the database answers, the schema is migrated, updates are
 * flowing), and `/metrics` in Prometheus' text format. `/healthz` (the database) lives
 * beside them in `server.ts`.
 *
 * @module
 */
import type { Registry } from 'prom-client';
import { pathOf, sendJson, type Route } from './server.ts';

/** `GET /livez`: 200 whenever the process can answer at all. */
export function livezRoute(): Route {
  return (req, res) => {
    if (req.method !== 'GET' || pathOf(req) !== '/livez') return false;
    sendJson(res, 200, { status: 'ok' });
    return true;
  };
}

/** A readiness check: true when that part can do its work. */
export type Check = () => boolean | Promise<boolean>;

/**
 * `GET /readyz`: 200 when every check holds within two seconds, 503 otherwise, with each
 * check's result in the body so the operator sees which part is not ready.
 */
export function readyzRoute(checks: Record<string, Check>): Route {
  return async (req, res) => {
    if (req.method !== 'GET' || pathOf(req) !== '/readyz') return false;
    const entries = await Promise.all(
      Object.entries(checks).map(async ([name, check]) => {
        const ok = await Promise.race([
          Promise.resolve().then(check).catch(() => false),
          new Promise<boolean>((r) => setTimeout(() => r(false), 2_000).unref()),
        ]);
        return [name, ok ? 'ok' : 'failing'] as const;
      }),
    );
    const ready = entries.every(([, state]) => state === 'ok');
    sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'not ready', checks: Object.fromEntries(entries) });
    return true;
  };
}

/** `GET /metrics`: the registry in Prometheus' text exposition format. */
export function metricsRoute(registry: Registry): Route {
  return async (req, res) => {
    if (req.method !== 'GET' || pathOf(req) !== '/metrics') return false;
    const body = await registry.metrics();
    res.writeHead(200, { 'content-type': registry.contentType });
    res.end(body);
    return true;
  };
}
