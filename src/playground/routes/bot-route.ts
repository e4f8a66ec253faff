import { pathOf, sendJson, type Route } from '../../http/server.ts';
import type { RunningApp } from '../../app.ts';

/**
 * `GET /api/bot`: whether the bot answers yet, and the languages it speaks. The page is up
 * before the bot (a first run prepares the database for a while), so it asks here to show
 * "starting…" honestly, and to offer only the languages the running bot really speaks.
 */
export function botRoute(app: () => RunningApp | undefined): Route {
  return (req, res) => {
    if (req.method !== 'GET' || pathOf(req) !== '/api/bot') return false;
    const running = app();
    sendJson(res, 200, { ok: true, result: { ready: running !== undefined, languages: running?.deps.languages ?? [] } });
    return true;
  };
}
