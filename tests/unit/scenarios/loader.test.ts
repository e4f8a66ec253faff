import { describe, expect, it } from 'vitest';
import { loadScenarioFile, loadScenarios, ScenarioError, inspectScenarios } from '../../../src/scenarios/loader.ts';
import { FIXTURES } from './helpers.ts';

const broken = (name: string) => `${FIXTURES}/broken/${name}.yaml`;

async function loadError(file: string): Promise<ScenarioError> {
  const error = await loadScenarioFile(file).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ScenarioError);
  return error as ScenarioError;
}

describe('loadScenarioFile rejects broken content with one precise line per problem', () => {
  const cases: [string, string[]][] = [
    ['bad-yaml', ['YAML: bad indentation of a mapping entry at line 9, column 10']],
    ['unknown-next', ['step "reflect": next "nope" does not exist']],
    ['unreachable-step', ['step "orphan": unreachable from start "intro"']],
    ['label-too-long', ['step "ask": option "long" label is 38 characters, over the limit of 32']],
    [
      'callback-too-long',
      [
        'step "which-ones-ticked-x": item "an-item-id-that-is-much-too-long" makes callback data of 68 bytes (limit 64); shorten the step or item id',
      ],
    ],
    [
      'message-too-long',
      ['step "echo": text can reach 4306 characters with the longest values of its variables (limit 4096)'],
    ],
    ['bad-html', ['step "hello": text: tag <div> is not allowed (use <b> <i> <u> <s> <code> <a>)']],
    ['duplicate-id', ['step "twice": duplicate step id']],
    ['schema-typo', ['step "hello": next is required', 'step "hello": unknown field "nxt"']],
  ];
  it.each(cases)('%s', async (name, lines) => {
    const error = await loadError(broken(name));
    expect(error.message).toBe(lines.map((line) => `${broken(name)}: ${line}`).join('\n'));
    expect(error.problems.every((p) => p.severity === 'error' && p.file === broken(name))).toBe(true);
  });
});

describe('loadScenarios', () => {
  it('loads a folder into an ordered catalog with versions, skipping reminders.yaml', async () => {
    const catalog = await loadScenarios(`${FIXTURES}/valid`);
    expect(catalog.list.map((s) => s.id)).toEqual(['demo', 'demo-next']);
    expect(catalog.get('demo')?.file).toBe(`${FIXTURES}/valid/demo.yaml`);
    expect(catalog.get('demo')?.version).toMatch(/^[0-9a-f]{12}$/);
    expect(catalog.get('missing')).toBeUndefined();
    expect(catalog.stepCount).toBe(11);
  });

  it('rejects two files with the same scenario id, and ignores reminders.yaml', async () => {
    await expect(loadScenarios(`${FIXTURES}/duplicate-scenario`)).rejects.toThrow(
      new ScenarioError([
        {
          severity: 'error',
          code: 'duplicate-id',
          file: `${FIXTURES}/duplicate-scenario/b.yaml`,
          message: `duplicate scenario id "same" (also in ${FIXTURES}/duplicate-scenario/a.yaml)`,
        },
      ]).message,
    );
  });

  it('finds no problem, not even a warning, in a valid folder', async () => {
    const { scenarios, problems } = await inspectScenarios(`${FIXTURES}/valid`);
    expect(scenarios).toHaveLength(2);
    expect(problems).toEqual([]);
  });

  it('refuses a folder without scenario files', async () => {
    await expect(loadScenarios(FIXTURES)).rejects.toThrow(`${FIXTURES}: no scenario files (*.yaml)`);
  });

  it('lists every error of every file at once', async () => {
    const error = await loadScenarios(`${FIXTURES}/broken`).then(
      () => undefined,
      (e: unknown) => e as ScenarioError,
    );
    expect(error?.problems.length).toBeGreaterThanOrEqual(10);
    expect(error?.message.split('\n')).toContain(`${broken('unknown-next')}: step "reflect": next "nope" does not exist`);
  });
});
