import { ScenarioError } from '../../scenarios/loader.ts';
import { pathOf, sendJson, type Route } from '../../http/server.ts';

/**
 * `POST /api/restart`: restarts the bot in this process so it loads the scenario files as
 * saved now. The bot reads its catalog once at start-up (runs record the version they
 * started on), so this is how an author tries an edit without stopping `npm start`.
 * Chats stay (they live in the emulator), and so does everyone's state (the database).
 * Files with errors are refused and the running bot keeps going.
 */
export function restartRoute(restart: () => Promise<void>): Route {
  return async (req, res) => {
    if (req.method !== 'POST' || pathOf(req) !== '/api/restart') return false;
    const started = performance.now();
    try {
      await restart();
    } catch (error) {
      const description = error instanceof ScenarioError ? `The files have errors, so the bot keeps the old ones:\n${error.message}` : String(error);
      sendJson(res, error instanceof ScenarioError ? 400 : 500, { ok: false, description });
      return true;
    }
    sendJson(res, 200, { ok: true, result: { ms: Math.round(performance.now() - started) } });
    return true;
  };
}
