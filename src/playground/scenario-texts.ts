/**
 * A scenario's texts in every language, side by side, for the authors' panel: each text of
 * the English file with its translations, and what is wrong with a translation (missing,
 * empty, or stale: its English changed since it was translated), read the way
 * `scenarios:check` reads them.
 *
 * @module
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { TRANSLATIONS } from '../scenarios/loader.ts';
import type { Scenario } from '../scenarios/model.ts';
import { checkTranslation, scenarioTexts, translationEntries, type TranslatedText } from '../scenarios/translation.ts';
import { readYaml } from '../yaml.ts';

export type TextStatus = 'ok' | 'missing' | 'empty' | 'stale';

export interface ScenarioTexts {
  /** The other languages with a translation folder, in order. */
  languages: string[];
  rows: { key: string; en: string; translations: Record<string, { text: string; status: TextStatus }> }[];
}

/** The translation folders under `dir` (the scenarios folder). */
export async function translationLanguages(dir: string): Promise<string[]> {
  const folder = path.join(dir, TRANSLATIONS);
  if (!existsSync(folder)) return [];
  return (await readdir(folder, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
}

export async function scenarioTextsSideBySide(dir: string, scenario: Scenario, languages: readonly string[]): Promise<ScenarioTexts> {
  const english = scenarioTexts(scenario);
  const byLanguage = new Map<string, { entries: Map<string, TranslatedText>; problems: Map<string, TextStatus> }>();
  for (const language of languages) {
    const file = path.join(dir, TRANSLATIONS, language, `${scenario.id}.yaml`);
    const entries = (existsSync(file) ? translationEntries(readYaml(await readFile(file, 'utf8')), language) : undefined) ?? new Map<string, TranslatedText>();
    const problems = new Map<string, TextStatus>();
    for (const p of checkTranslation(english, entries)) if (p.kind !== 'extra') problems.set(p.key, p.kind);
    byLanguage.set(language, { entries, problems });
  }
  return {
    languages: [...languages],
    rows: [...english].map(([key, en]) => ({
      key,
      en,
      translations: Object.fromEntries(
        languages.map((language) => {
          const { entries, problems } = byLanguage.get(language)!;
          return [language, { text: entries.get(key)?.text ?? '', status: problems.get(key) ?? 'ok' }];
        }),
      ),
    })),
  };
}
