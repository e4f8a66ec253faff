import { createHash } from 'node:crypto';
import type { Scenario } from './model.ts';
import { withTexts } from './translation.ts';

/** A scenario as the catalog holds it: where it came from and a content version. */
export type LoadedScenario = Scenario & {
  /** The file it was read from, as shown in messages. */
  readonly file: string;
  /**
   * A short hash of the normalized scenario. A run records it when it starts, so the
   * interpreter can tell that the content changed under a run (and call `resume`).
   */
  readonly version: string;
};

/** All scenarios, in menu order, looked up by id, in every language they are written in. */
export interface ScenarioCatalog {
  /** Sorted by `order`, then id; in English. */
  readonly list: readonly LoadedScenario[];
  /** The scenario in `language` when it is translated into it, else in English. */
  get(id: string, language?: string): LoadedScenario | undefined;
  /** {@link list} in `language` (English where a language is not there). */
  listIn(language: string): readonly LoadedScenario[];
  /** English and every language with translations. */
  readonly languages: readonly string[];
  /** Total number of steps, for summaries and metrics. */
  readonly stepCount: number;
}

/** Translated texts: language → scenario id → text key → text. */
export type CatalogTranslations = ReadonlyMap<string, ReadonlyMap<string, ReadonlyMap<string, string>>>;

/**
 * The version of a scenario: the first 12 hex digits of a SHA-256 over its normalized
 * form with sorted keys, so YAML layout, comments and map-vs-list steps do not count as
 * edits but any change of text, id or routing does.
 */
export function scenarioVersion(scenario: Scenario): string {
  const { id, title, summary, order, start, vars, steps } = scenario;
  return createHash('sha256')
    .update(stableJson({ id, title, summary, order, start, vars, steps }))
    .digest('hex')
    .slice(0, 12);
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Builds a catalog from loaded scenarios (the loader has checked ids are unique) and their
 * translations (checked complete and fresh). A translated scenario keeps the English one's
 * structure and version: a run is the same run in every language.
 */
export function createCatalog(scenarios: readonly LoadedScenario[], translations: CatalogTranslations = new Map()): ScenarioCatalog {
  const list = [...scenarios].sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const byId = new Map(list.map((s) => [s.id, s]));
  const byLanguage = new Map<string, Map<string, LoadedScenario>>();
  for (const [language, texts] of translations) {
    byLanguage.set(language, new Map(list.map((s) => [s.id, texts.has(s.id) ? withTexts(s, texts.get(s.id)!) : s])));
  }
  const get = (id: string, language?: string) => (language === undefined ? undefined : byLanguage.get(language)?.get(id)) ?? byId.get(id);
  return {
    list,
    get,
    listIn: (language) => list.map((s) => get(s.id, language) ?? s),
    languages: ['en', ...byLanguage.keys()],
    stepCount: list.reduce((sum, s) => sum + s.steps.length, 0),
  };
}

/** Attaches file and version to a scenario. */
export function toLoaded(scenario: Scenario, file: string): LoadedScenario {
  return { ...scenario, file, version: scenarioVersion(scenario) };
}
