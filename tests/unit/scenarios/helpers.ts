import { parseScenario } from '../../../src/scenarios/schema.ts';
import type { Scenario } from '../../../src/scenarios/model.ts';

/** Builds a scenario from a plain object in the file format, failing loudly if invalid. */
export function scenarioFrom(raw: Record<string, unknown>): Scenario {
  const result = parseScenario({ id: 'test', title: 'Test', summary: 'A test.', order: 1, ...raw });
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.stepId ?? ''}: ${p.message}`).join('\n'));
  return result.scenario;
}

/** Folder of the project's shipped scenarios (tests run from the project root). */
export const SHIPPED_DIR = 'scenarios';
/** Folder of test scenario files. */
export const FIXTURES = 'tests/fixtures/scenarios';
