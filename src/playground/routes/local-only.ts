import type { IncomingMessage } from 'node:http';
import { sendJson, type Route } from '../../http/server.ts';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

function isLoopback(hostAndPort: string): boolean {
  return LOOPBACK_HOSTS.has(hostAndPort.replace(/:\d+$/, '').toLowerCase());
}

/** A browser names the page that sent a request in `Origin`; none means not a browser (curl, tests). */
function originIsLoopback(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  try {
    return isLoopback(new URL(origin).host);
  } catch {
    return false;
  }
}

/**
 * Refuses requests that do not come from the playground page itself. The page can make the
 * bot act for any simulated person, so neither a site that rebinds its DNS name to
 * 127.0.0.1 (wrong `Host`) nor another site's form posting here (wrong `Origin`) may
 * drive it from a visitor's browser.
 */
export function localOnlyRoute(): Route {
  return (req, res) => {
    const safeMethod = req.method === 'GET' || req.method === 'HEAD';
    if (isLoopback(req.headers.host ?? '') && (safeMethod || originIsLoopback(req))) return false;
    sendJson(res, 403, { error: 'the playground answers its own page on 127.0.0.1 and localhost only' });
    return true;
  };
}
