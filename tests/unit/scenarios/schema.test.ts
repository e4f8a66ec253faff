import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { scenarioVersion } from '../../../src/scenarios/catalog.ts';
import { schemaFileText } from '../../../src/scenarios/cli/schema.ts';
import { parseScenario, scenarioFileSchema } from '../../../src/scenarios/schema.ts';
import { FIXTURES, SHIPPED_DIR } from './helpers.ts';

const shipped = readdirSync(SHIPPED_DIR).filter((f) => f.endsWith('.yaml') && f !== 'reminders.yaml');
const readYaml = (file: string): unknown => parse(readFileSync(file, 'utf8'));

describe('scenario schema', () => {
  it.each(shipped)('accepts the shipped %s', (file) => {
    const raw = readYaml(path.join(SHIPPED_DIR, file));
    expect(scenarioFileSchema.safeParse(raw).error?.issues).toBeUndefined();
    expect(parseScenario(raw).ok).toBe(true);
  });

  it('is committed as scenarios/schema.json, regenerated (npm run scenarios:schema)', () => {
    expect(readFileSync(path.join(SHIPPED_DIR, 'schema.json'), 'utf8')).toBe(schemaFileText());
  });

  it('reads the map and list forms of steps the same way, with defaults filled in', () => {
    const map = parseScenario({
      id: 'same',
      title: 'Same',
      summary: 'Same.',
      order: 1,
      start: 'ask',
      steps: {
        ask: { type: 'checklist', text: 'Tick.', items: [{ id: 'a', label: 'A' }], next: 'done' },
        done: { type: 'end', text: 'Bye.' },
      },
    });
    const list = parseScenario({
      id: 'same',
      title: 'Same',
      summary: 'Same.',
      order: 1,
      start: 'ask',
      steps: [
        { id: 'ask', type: 'checklist', text: 'Tick.', items: [{ id: 'a', label: 'A' }], next: 'done' },
        { id: 'done', type: 'end', text: 'Bye.' },
      ],
    });
    expect(map).toEqual(list);
    if (!map.ok || !list.ok) throw new Error('invalid');
    expect(map.scenario.steps).toEqual([
      { type: 'checklist', id: 'ask', text: 'Tick.', items: [{ id: 'a', label: 'A' }], doneLabel: 'Done', saveAs: 'ask', branches: [], otherwise: 'done' },
      { type: 'end', id: 'done', text: 'Bye.', suggest: [], offerReminders: false },
    ]);
    expect(scenarioVersion(map.scenario)).toBe(scenarioVersion(list.scenario));
    expect(scenarioVersion({ ...map.scenario, title: 'Other' })).not.toBe(scenarioVersion(map.scenario));
  });

  it('explains problems by step and field', () => {
    const result = parseScenario({
      id: 'Bad Id',
      title: 'T',
      summary: 'two\nlines',
      order: 1,
      start: 'a',
      steps: {
        a: { type: 'choice', text: 'Q', options: [{ id: 'x', label: 'X', next: 'b', set: { score: [1] } }] },
        b: { type: 'checklist', text: 'T', items: [{ id: 'i', label: 'I' }], next: 'c', otherwise: 'c' },
        c: { type: 'text', prompt: 'P', maxLength: 5000, next: 'd' },
        d: { type: 'nope' },
        e: { id: 'e', type: 'end', text: 'E' },
      },
    });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems).toEqual([{ stepId: 'e', message: 'remove "id": in the map form the key is the step id' }]);

    const second = parseScenario({
      id: 'Bad Id',
      title: 'T',
      summary: 'two\nlines',
      order: 1,
      start: 'a',
      steps: {
        a: { type: 'choice', text: 'Q', options: [{ id: 'x', label: 'X', next: 'b', set: { score: [1] } }] },
        b: { type: 'checklist', text: 'T', items: [{ id: 'i', label: 'I' }], next: 'c', otherwise: 'c' },
        c: { type: 'text', prompt: 'P', maxLength: 5000, next: 'd' },
        d: { type: 'nope' },
      },
    });
    expect(second.ok ? [] : second.problems).toEqual([
      { message: 'id: must be a scenario id: lowercase letters, digits and single dashes' },
      { message: 'summary: must be one line' },
      { stepId: 'a', message: 'option "x" set.score: must be text, a number, true or false' },
      { stepId: 'b', message: 'a checklist needs either next, or branches with otherwise' },
      { stepId: 'c', message: 'maxLength: must be at most 2000' },
      { stepId: 'd', message: 'type: type must be one of: message, choice, checklist, text, branch, end' },
    ]);
  });

  it('refuses a file that is not a mapping', () => {
    expect(parseScenario(['a'])).toEqual({ ok: false, problems: [{ message: 'the file must contain one scenario (a YAML mapping)' }] });
  });

  it('accepts the test fixtures that are meant to be valid', () => {
    for (const file of readdirSync(`${FIXTURES}/valid`)) {
      expect(scenarioFileSchema.safeParse(readYaml(`${FIXTURES}/valid/${file}`)).success, file).toBe(true);
    }
  });
});
