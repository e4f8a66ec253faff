import { formatProblem } from '../../scenarios/lint.ts';
import { inspectScenarios } from '../../scenarios/loader.ts';
import { pathOf, sendJson, type Route } from '../../http/server.ts';
import { scenarioFlow, type ScenarioFlow } from '../scenario-flow.ts';
import { scenarioTextsSideBySide, translationLanguages, type ScenarioTexts } from '../scenario-texts.ts';

/** What the page shows of one scenario file in the authors' panel. */
export interface ScenarioCard {
  id: string;
  title: string;
  summary: string;
  file: string;
  steps: number;
  version: string;
  /** The steps and the ways between them: the page draws the flowchart and lists the steps from it. */
  flow: ScenarioFlow;
  /** How the running bot relates to this file (see {@link BotCatalogStatus}). */
  bot: 'same' | 'changed' | 'not-loaded';
  /** Its texts in every language, side by side, with missing and stale ones marked. */
  texts: ScenarioTexts;
}

/**
 * The versions of the scenarios the running bot is using, by id, or `undefined` when there
 * is nothing to compare (the bot picks up every edit by itself, or it is still starting). Given by whoever knows how the
 * bot loaded its catalog.
 */
export type BotCatalogStatus = () => ReadonlyMap<string, string> | undefined;

/**
 * `GET /api/scenarios`: re-reads the scenario folder on every request, so an author who
 * saves a file and reloads the page sees the new flowchart (and any problem) at once.
 * Each card also says whether the running bot still uses an older version of the file.
 */
export function scenariosRoute(opts: { dir: string; botCatalog: BotCatalogStatus }): Route {
  return async (req, res) => {
    if (req.method !== 'GET' || pathOf(req) !== '/api/scenarios') return false;
    const { scenarios, problems } = await inspectScenarios(opts.dir);
    const loaded = opts.botCatalog();
    const languages = await translationLanguages(opts.dir);
    const sorted = [...scenarios].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
    const cards: ScenarioCard[] = await Promise.all(
      sorted.map(async (s) => ({
        id: s.id,
        title: s.title,
        summary: s.summary,
        file: s.file,
        steps: s.steps.length,
        version: s.version,
        flow: scenarioFlow(s),
        bot: loaded === undefined ? 'same' : !loaded.has(s.id) ? 'not-loaded' : loaded.get(s.id) === s.version ? 'same' : 'changed',
        texts: await scenarioTextsSideBySide(opts.dir, s, languages),
      })),
    );
    sendJson(res, 200, {
      ok: true,
      result: {
        scenarios: cards,
        problems: problems.map((p) => ({ severity: p.severity, text: formatProblem(p) })),
        restartNeeded: cards.some((c) => c.bot !== 'same') || (loaded !== undefined && [...loaded.keys()].some((id) => !cards.some((c) => c.id === id))),
      },
    });
    return true;
  };
}
