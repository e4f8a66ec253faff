import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { apply, startRun, type RunState } from '../../../src/scenarios/engine.ts';
import { edgeKey, edges, type Edge } from '../../../src/scenarios/graph.ts';
import { parseScenarioSource } from '../../../src/scenarios/loader.ts';
import type { Scenario } from '../../../src/scenarios/model.ts';
import { coverWalks, type Walk } from '../../../src/scenarios/walks.ts';
import { FIXTURES, SHIPPED_DIR } from './helpers.ts';

// Loaded synchronously so every edge can be its own test case.
function loadSync(dir: string): Scenario[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml') && name !== 'reminders.yaml')
    .sort()
    .map((name) => {
      const file = path.join(dir, name);
      const { scenario } = parseScenarioSource(readFileSync(file, 'utf8'), file);
      if (!scenario) throw new Error(`${file} does not load`);
      return scenario;
    });
}

/** Replays a walk through the engine from scratch, independently of how it was found. */
function replay(scenario: Scenario, walk: Walk): { final: RunState; route: Edge[]; ended: boolean } {
  const start = startRun(scenario);
  let state = start.state;
  const route = [...start.route];
  let ended = start.view.type === 'end';
  for (const input of walk.inputs) {
    expect(ended, `input after the end: ${JSON.stringify(input)}`).toBe(false);
    const result = apply(scenario, state, input);
    if (!result.ok) throw new Error(`"${state.stepId}" refused ${JSON.stringify(input)}: ${result.refusal.key}`);
    state = result.state;
    route.push(...result.route);
    ended = result.view.type === 'end';
  }
  return { final: state, route, ended };
}

const suites: [string, Scenario[]][] = [
  ['shipped', loadSync(SHIPPED_DIR)],
  ['fixture', loadSync(`${FIXTURES}/valid`)],
];

for (const [kind, scenarios] of suites) {
  describe(`every edge of every ${kind} scenario lies on a walk from start to an end`, () => {
    for (const scenario of scenarios) {
      describe(scenario.id, () => {
        const { walks, uncovered } = coverWalks(scenario);
        it('covers every edge', () => {
          expect(uncovered.map(edgeKey)).toEqual([]);
          expect(walks.map((w) => edgeKey(w.target))).toEqual(edges(scenario).map(edgeKey));
        });
        it.each(walks.map((walk) => [edgeKey(walk.target), walk] as const))('%s', (_, walk) => {
          const outcome = replay(scenario, walk);
          expect(outcome.ended).toBe(true);
          expect(outcome.final).toEqual(walk.final);
          expect(outcome.route.map(edgeKey)).toContain(edgeKey(walk.target));
          expect(outcome.route.map(edgeKey)).toEqual(walk.route.map(edgeKey));
        });
      });
    }
  });
}

describe('coverWalks', () => {
  it('reports an edge no run can take', () => {
    const scenario: Scenario = {
      id: 'never',
      title: 'Never',
      summary: 'A branch that never holds.',
      order: 1,
      start: 'gate',
      vars: { score: 0 },
      steps: [
        { type: 'branch', id: 'gate', branches: [{ when: { var: 'score', gt: 5 }, next: 'win' }], otherwise: 'lose' },
        { type: 'end', id: 'win', text: 'Won.', suggest: [], offerReminders: false },
        { type: 'end', id: 'lose', text: 'Lost.', suggest: [], offerReminders: false },
      ],
    };
    expect(coverWalks(scenario).uncovered.map(edgeKey)).toEqual(['gate -branch:0-> win']);
  });
});
