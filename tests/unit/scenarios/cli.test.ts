import { describe, expect, it } from 'vitest';
import { checkReport } from '../../../src/scenarios/cli/check.ts';
import { inspectScenarios } from '../../../src/scenarios/loader.ts';
import { FIXTURES, SHIPPED_DIR } from './helpers.ts';

describe('scenarios:check report', () => {
  it('summarises the shipped scenarios as ok', async () => {
    const { scenarios, problems } = await inspectScenarios(SHIPPED_DIR);
    const report = checkReport(scenarios, problems);
    expect(report.ok).toBe(true);
    expect(report.lines).toEqual([`11 scenarios, ${String(scenarios.reduce((n, s) => n + s.steps.length, 0))} steps, ok`]);
  });

  it('prints one line per problem and counts errors', async () => {
    const { scenarios, problems } = await inspectScenarios(`${FIXTURES}/broken`);
    const report = checkReport(scenarios, problems);
    expect(report.ok).toBe(false);
    expect(report.lines).toContain(`error   ${FIXTURES}/broken/unreachable-step.yaml: step "orphan": unreachable from start "intro"`);
    expect(report.lines.at(-1)).toMatch(/^\d+ scenarios, \d+ steps, \d+ errors, \d+ warnings$/);
  });
});
