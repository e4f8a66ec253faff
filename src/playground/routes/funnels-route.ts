import type { Deps } from '../../deps.ts';
import { DEFAULT_DAYS, funnelsJson, MAX_DAYS, parseDays, readFunnels } from '../../funnels/funnels.ts';
import { createCatalog } from '../../scenarios/catalog.ts';
import { inspectScenarios } from '../../scenarios/loader.ts';
import { pathOf, sendJson, type Route } from '../../http/server.ts';

/**
 * `GET /api/funnels?days=30`: the funnels of the authors' panel, to colour each scenario's
 * flowchart. The steps are those of the files as saved now (re-read on every request, as
 * `GET /api/scenarios` does), so they match the flowchart drawn beside them; the runs are
 * the running bot's. Counts only, never who.
 *
 * Answers `{ ok: true, result: { days, scenarios: [{ id, started, finished, steps: [{ stepId,
 * reached, movedOn, leftThere, medianSeconds }] }], reminders: [{ day, sent, checkedIn, moods }] } }`,
 * every step of every scenario in file order, zeros where nobody came.
 */
export function funnelsRoute(opts: { dir: string; deps: () => Pick<Deps, 'db' | 'clock'> | undefined }): Route {
  return async (req, res) => {
    if (req.method !== 'GET' || pathOf(req) !== '/api/funnels') return false;
    const raw = new URL(req.url ?? '/', 'http://localhost').searchParams.get('days');
    const days = raw === null ? DEFAULT_DAYS : parseDays(raw);
    if (days === undefined) {
      sendJson(res, 400, { ok: false, description: `days must be a whole number from 1 to ${String(MAX_DAYS)}` });
      return true;
    }
    const deps = opts.deps();
    if (!deps) {
      sendJson(res, 503, { ok: false, description: 'The bot is starting; try again in a moment.' });
      return true;
    }
    const { scenarios } = await inspectScenarios(opts.dir);
    const report = await readFunnels(deps.db, createCatalog(scenarios).list, { days, now: deps.clock.now() });
    sendJson(res, 200, { ok: true, result: funnelsJson(report) });
    return true;
  };
}
