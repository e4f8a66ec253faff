import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { createCatalog, toLoaded, type CatalogTranslations, type LoadedScenario, type ScenarioCatalog } from './catalog.ts';
import { formatProblem, lintLinks, lintScenario, type LintCode, type Severity } from './lint.ts';
import { parseScenario } from './schema.ts';
import { checkTranslation, scenarioTexts, translationEntries, translationFileSchema } from './translation.ts';
import { readYaml } from '../yaml.ts';

/** The project's `scenarios/` folder, found from this file so the working directory does not matter. */
export const SCENARIOS_DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));

/** Files in the scenarios folder that are not scenarios. */
const NOT_SCENARIOS = new Set(['reminders.yaml']);

/** A problem found while loading: a lint finding, or a file that could not be read as a scenario. */
export interface ScenarioProblem {
  severity: Severity;
  code: LintCode | 'yaml' | 'schema' | 'no-scenarios' | 'translation';
  file?: string;
  scenarioId?: string;
  stepId?: string;
  message: string;
}

/**
 * Thrown when scenario content is invalid. The message has one line per problem, each
 * naming the file, the step and the problem, so a failed start-up says what to fix:
 * `scenarios/holding-on-check.yaml: step "reflect": next "nope" does not exist`.
 */
export class ScenarioError extends Error {
  override readonly name = 'ScenarioError';
  constructor(readonly problems: readonly ScenarioProblem[]) {
    super(problems.map(formatProblem).join('\n'));
  }
}

/** Paths in messages: relative to the working directory when inside it, as authors type them. */
function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

/**
 * Parses and validates the text of one scenario file (YAML syntax, schema, then the
 * checks of {@link lintScenario}). Never throws: the caller decides whether problems
 * stop it, so `scenarios:check` can list every problem of every file at once.
 */
export function parseScenarioSource(
  source: string,
  file: string,
): { scenario?: LoadedScenario; problems: ScenarioProblem[] } {
  let data: unknown;
  try {
    data = readYaml(source);
  } catch (error) {
    return { problems: [{ severity: 'error', code: 'yaml', file, message: `YAML: ${(error as Error).message}` }] };
  }
  const parsed = parseScenario(data);
  if (!parsed.ok) {
    return {
      problems: parsed.problems.map((p) => ({
        severity: 'error',
        code: 'schema',
        file,
        ...(p.stepId === undefined ? {} : { stepId: p.stepId }),
        message: p.message,
      })),
    };
  }
  const scenario = toLoaded(parsed.scenario, file);
  return { scenario, problems: lintScenario(scenario) };
}

/**
 * Reads one scenario file and checks it on its own (links to other scenarios are not
 * checked). Throws {@link ScenarioError} on any error.
 */
export async function loadScenarioFile(file: string): Promise<LoadedScenario> {
  const { scenario, problems } = parseScenarioSource(await readFile(file, 'utf8'), displayPath(file));
  const errors = problems.filter((p) => p.severity === 'error');
  if (!scenario || errors.length > 0) throw new ScenarioError(errors);
  return scenario;
}

/**
 * Reads and checks every scenario of a folder without throwing: the scenarios that
 * parsed, and all problems (errors and warnings) of the files and of the catalog.
 */
export async function inspectScenarios(
  dir: string,
): Promise<{ scenarios: LoadedScenario[]; translations: CatalogTranslations; problems: ScenarioProblem[] }> {
  const names = (await readdir(dir)).filter((n) => /\.ya?ml$/.test(n) && !NOT_SCENARIOS.has(n)).sort();
  const scenarios: LoadedScenario[] = [];
  const problems: ScenarioProblem[] = [];
  // Read at once, checked one by one in name order (problems come out in the same order).
  const sources = await Promise.all(names.map((name) => readFile(path.join(dir, name), 'utf8')));
  for (const [i, name] of names.entries()) {
    const file = path.join(dir, name);
    const result = parseScenarioSource(sources[i]!, displayPath(file));
    if (result.scenario) scenarios.push(result.scenario);
    problems.push(...result.problems);
  }
  if (names.length === 0) {
    problems.push({ severity: 'error', code: 'no-scenarios', file: displayPath(dir), message: 'no scenario files (*.yaml)' });
  }
  problems.push(...lintLinks(scenarios));
  const translated = await inspectTranslations(path.join(dir, TRANSLATIONS), scenarios);
  problems.push(...translated.problems);
  return { scenarios, translations: translated.translations, problems };
}

/** Where the other languages live: `translations/<language>/<scenario id>.yaml`. */
export const TRANSLATIONS = 'translations';

/** The JSON Schema editors use for translation files (`scenarios/translation.schema.json`). */
export function translationJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(translationFileSchema, { io: 'input', target: 'draft-7' }) as Record<string, unknown>;
}

/**
 * Reads every language folder: each must translate every scenario, completely and from the
 * English as it is now (see `checkTranslation`), and nothing else.
 */
async function inspectTranslations(
  dir: string,
  scenarios: readonly LoadedScenario[],
): Promise<{ translations: CatalogTranslations; problems: ScenarioProblem[] }> {
  const translations = new Map<string, Map<string, Map<string, string>>>();
  const problems: ScenarioProblem[] = [];
  if (!existsSync(dir)) return { translations, problems };
  const languages = (await readdir(dir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  // Every file of every language read at once (a missing one is undefined); checked in order below.
  const sources = await Promise.all(
    languages.map(async (language) => {
      const folder = path.join(dir, language);
      const [names, texts] = await Promise.all([
        readdir(folder),
        Promise.all(scenarios.map((scenario) => readFile(path.join(folder, `${scenario.id}.yaml`), 'utf8').catch(() => undefined))),
      ]);
      return { names, texts };
    }),
  );
  for (const [l, language] of languages.entries()) {
    const folder = path.join(dir, language);
    const files = new Set(sources[l]!.names.filter((n) => /\.ya?ml$/.test(n) && !NOT_SCENARIOS.has(n)));
    const texts = new Map<string, Map<string, string>>();
    for (const [i, scenario] of scenarios.entries()) {
      const name = `${scenario.id}.yaml`;
      const file = displayPath(path.join(folder, name));
      files.delete(name);
      const problem = (message: string, stepId?: string): ScenarioProblem => ({
        severity: 'error',
        code: 'translation',
        file,
        scenarioId: scenario.id,
        ...(stepId === undefined ? {} : { stepId }),
        message: `${language}: ${message}`,
      });
      const source = sources[l]!.texts[i];
      if (source === undefined) {
        problems.push(problem(`no translation of "${scenario.id}"`));
        continue;
      }
      let data: unknown;
      try {
        data = readYaml(source);
      } catch (error) {
        problems.push(problem(`YAML: ${(error as Error).message}`));
        continue;
      }
      const entries = translationEntries(data, language);
      if (!entries) {
        problems.push(problem('not a translation file: it needs `texts:` with an `en:` and a `' + language + ':` under each key'));
        continue;
      }
      for (const p of checkTranslation(scenarioTexts(scenario), entries)) problems.push(problem(p.message, p.key.split('.')[0]));
      texts.set(scenario.id, new Map([...entries].map(([key, entry]) => [key, entry.text])));
    }
    for (const name of files) {
      problems.push({ severity: 'error', code: 'translation', file: displayPath(path.join(folder, name)), message: `${language}: translates no scenario of this folder` });
    }
    translations.set(language, texts);
  }
  return { translations, problems };
}

/**
 * Loads the scenario catalog from a folder: every `*.yaml` except `reminders.yaml`.
 * Throws {@link ScenarioError} listing every error; warnings are left to
 * `npm run scenarios:check`.
 */
export async function loadScenarios(dir: string): Promise<ScenarioCatalog> {
  const { scenarios, translations, problems } = await inspectScenarios(dir);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new ScenarioError(errors);
  return createCatalog(scenarios, translations);
}
