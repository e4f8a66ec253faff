import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCatalog } from '../../../src/scenarios/catalog.ts';
import { inspectScenarios, loadScenarios, ScenarioError } from '../../../src/scenarios/loader.ts';
import { apply, startRun } from '../../../src/scenarios/engine.ts';
import { checkTranslation, scenarioTexts, withTexts } from '../../../src/scenarios/translation.ts';
import { FIXTURES, scenarioFrom } from './helpers.ts';

const DIR = `${FIXTURES}/translated`;

describe('one structure, many languages', () => {
  const scenario = scenarioFrom({
    start: 'ask',
    steps: {
      ask: { type: 'choice', text: 'How are you?', options: [{ id: 'low', label: 'Low', feedback: 'Thanks.', next: 'write' }] },
      write: { type: 'text', prompt: 'Write it.', skipLabel: 'Skip', saveAs: 'said', next: 'bye' },
      bye: { type: 'end', text: 'You said {said}.' },
    },
  });

  it('keys every text a person reads by step and field', () => {
    expect([...scenarioTexts(scenario).keys()]).toEqual([
      'title', 'summary', 'ask.text', 'ask.options.low.label', 'ask.options.low.feedback', 'write.prompt', 'write.skipLabel', 'bye.text',
    ]);
  });

  it('swaps the texts and keeps the structure', () => {
    const es = withTexts(scenario, new Map([['ask.text', '¿Cómo estás?'], ['bye.text', 'Dijiste {said}.']]));
    expect(es.steps.map((s) => s.id)).toEqual(scenario.steps.map((s) => s.id));
    expect(es.steps[0]).toMatchObject({ text: '¿Cómo estás?', options: [{ id: 'low', label: 'Low', next: 'write' }] });
    expect(es.steps[2]).toMatchObject({ text: 'Dijiste {said}.' });
  });

  it('shows a value a choice sets in the language of the scenario, and keeps the value for branches', () => {
    const chosen = scenarioFrom({
      start: 'pull',
      steps: {
        pull: { type: 'choice', text: 'What pulls?', options: [{ id: 'miss', label: 'Missing them', set: { pull: 'missing them' }, next: 'test' }] },
        test: { type: 'branch', branches: [{ when: { var: 'pull', eq: 'missing them' }, next: 'said' }], otherwise: 'said' },
        said: { type: 'end', text: 'It was: {pull}.' },
      },
    });
    expect(scenarioTexts(chosen).get('pull.options.miss.set.pull')).toBe('missing them');
    const es = withTexts(chosen, new Map([['pull.options.miss.set.pull', 'echar de menos'], ['said.text', 'Era: {pull}.']]));
    const result = apply(es, startRun(es).state, { kind: 'tap', optionId: 'miss' });
    expect(result.ok && result.state.vars).toEqual({ pull: 'missing them' });
    expect(result.ok && result.view.texts).toEqual(['Era: echar de menos.']);
    expect(result.ok && result.route.map((e) => e.to)).toContain('said');
  });

  it('names missing, stale, extra and empty texts', () => {
    const english = new Map([['a', 'One'], ['b', 'Two'], ['c', 'Three'], ['d', 'Four']]);
    const problems = checkTranslation(
      english,
      new Map([
        ['a', { en: 'One', text: 'Uno' }],
        ['b', { en: 'Too', text: 'Dos' }],
        ['d', { en: 'Four', text: ' ' }],
        ['x', { en: 'Ex', text: 'Equis' }],
      ]),
    );
    expect(problems.map((p) => [p.kind, p.key])).toEqual([['stale', 'b'], ['missing', 'c'], ['empty', 'd'], ['extra', 'x']]);
  });
});

describe('translation files', () => {
  it('scenarios:check names file, step and language of a missing, a stale and an extra text', async () => {
    const { problems } = await inspectScenarios(DIR);
    expect(problems.map((p) => `${p.file}: ${p.stepId ?? ''}: ${p.message}`)).toEqual([
      `${DIR}/translations/de/short.yaml: ask: de: "ask.text" is stale: the English changed since it was translated (now: "How are you?")`,
      `${DIR}/translations/de/short.yaml: ask: de: "ask.options.low.feedback" is not translated`,
      `${DIR}/translations/de/short.yaml: gone: de: "gone.text" is not a text of the scenario (any more)`,
    ]);
  });

  it('names a translation file that is not valid YAML, and still checks the others', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'letgo-translated-'));
    try {
      await cp(DIR, dir, { recursive: true });
      await writeFile(path.join(dir, 'translations/es/short.yaml'), 'texts:\n  ask.text:\n    en: How are you?\n     es: oops\n');
      const { problems } = await inspectScenarios(dir);
      expect(problems.filter((p) => p.file?.endsWith('es/short.yaml')).map((p) => p.message)).toEqual([
        'es: YAML: bad indentation of a mapping entry at line 4, column 8',
      ]);
      expect(problems.filter((p) => p.file?.endsWith('de/short.yaml'))).toHaveLength(3);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('the bot refuses to start on the same errors', async () => {
    await expect(loadScenarios(DIR)).rejects.toThrow(ScenarioError);
    await expect(loadScenarios(DIR)).rejects.toThrow(/de: "ask.text" is stale/);
  });

  it('a complete translation gives the scenario in that language, English otherwise', async () => {
    const { scenarios, translations } = await inspectScenarios(DIR);
    const es = translations.get('es')!.get('short')!;
    expect(es.get('ask.text')).toBe('¿Cómo estás?');
    expect(scenarios[0]!.title).toBe('Short');
    const catalog = createCatalog(scenarios, new Map([['es', translations.get('es')!]]));
    expect(catalog.languages).toEqual(['en', 'es']);
    expect(catalog.get('short', 'es')?.title).toBe('Corto');
    expect(catalog.get('short', 'es')?.version).toBe(catalog.get('short')?.version); // one run in every language
    expect(catalog.listIn('fr').map((s) => s.title)).toEqual(['Short']);
  });
});
