import { createHash } from 'node:crypto';
import type { Scenario } from './model.ts';

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

/** All scenarios, in menu order, looked up by id. */
export interface ScenarioCatalog {
  /** Sorted by `order`, then id. */
  readonly list: readonly LoadedScenario[];
  get(id: string): LoadedScenario | undefined;
  /** Total number of steps, for summaries and metrics. */
  readonly stepCount: number;
}

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

/** Builds a catalog from loaded scenarios (the loader has checked ids are unique). */
export function createCatalog(scenarios: readonly LoadedScenario[]): ScenarioCatalog {
  const list = [...scenarios].sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const byId = new Map(list.map((s) => [s.id, s]));
  return {
    list,
    get: (id) => byId.get(id),
    stepCount: list.reduce((sum, s) => sum + s.steps.length, 0),
  };
}

/** Attaches file and version to a scenario. */
export function toLoaded(scenario: Scenario, file: string): LoadedScenario {
  return { ...scenario, file, version: scenarioVersion(scenario) };
}
