import { pathOf, sendJson, type Route } from '../../http/server.ts';
import type { Db } from '../../db/create-db.ts';
import { findActiveRun } from '../../scenarios/runs.repository.ts';

/**
 * `GET /api/users/:id/progress`: the scenario and step this person's run rests on, or
 * `null` outside a scenario. The database is the truth (the bot saves the step as it
 * moves), so the authors' panel highlights where the person really is, not a guess.
 */
export function progressRoute(db: () => Db | undefined): Route {
  return async (req, res) => {
    const match = /^\/api\/users\/(\d{1,15})\/progress$/.exec(pathOf(req));
    if (req.method !== 'GET' || !match) return false;
    const database = db();
    if (!database) {
      sendJson(res, 503, { ok: false, description: 'The bot is starting; try again in a moment.' });
      return true;
    }
    const run = await findActiveRun(database, Number(match[1]));
    sendJson(res, 200, { ok: true, result: run ? { scenarioId: run.scenario_id, stepId: run.step_id, paused: run.paused_at !== null } : null });
    return true;
  };
}
