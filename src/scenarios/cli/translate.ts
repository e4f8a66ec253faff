/**
 * `npm run scenarios:translate <language> [dir]`: prepares the translation files of one
 * language for a translator. For every scenario it writes
 * `scenarios/translations/<language>/<id>.yaml` with every text of the scenario in order:
 * texts already translated are kept as they are, new texts get their English and an empty
 * translation, texts the scenario no longer has are dropped. Stale texts (the English
 * changed since) are kept and listed, old and new English side by side: the translator
 * updates the translation and copies the new English into `en:`, and `scenarios:check`
 * is happy again.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { inspectScenarios, TRANSLATIONS } from '../loader.ts';
import { scenarioTexts } from '../translation.ts';
import { runCli } from './run-main.ts';

async function main(argv: string[]): Promise<number> {
  const [language, dir = 'scenarios'] = argv;
  if (!language || !/^[a-z]{2}(-[a-z]{2})?$/.test(language) || language === 'en') {
    console.error('usage: npm run scenarios:translate <language, e.g. es> [scenarios folder]');
    return 1;
  }
  const { scenarios } = await inspectScenarios(dir);
  const folder = path.join(dir, TRANSLATIONS, language);
  await mkdir(folder, { recursive: true });
  let missing = 0;
  let stale = 0;
  for (const scenario of scenarios) {
    const file = path.join(folder, `${scenario.id}.yaml`);
    const old = existsSync(file) ? ((parse(await readFile(file, 'utf8')) as { texts?: Record<string, Record<string, string>> } | null)?.texts ?? {}) : {};
    const texts: Record<string, Record<string, string>> = {};
    for (const [key, english] of scenarioTexts(scenario)) {
      const before = old[key];
      if (!before || (before[language] ?? '').trim() === '') {
        missing += 1;
        texts[key] = { en: english, [language]: '' };
      } else {
        if ((before.en ?? '').replace(/\s+/g, ' ').trim() !== english.replace(/\s+/g, ' ').trim()) {
          stale += 1;
          console.log(`stale ${file}: ${key}\n  was: ${before.en ?? ''}\n  now: ${english}`);
        }
        texts[key] = { en: before.en ?? english, [language]: before[language] ?? '' };
      }
    }
    const header = `# yaml-language-server: $schema=${path.relative(folder, path.join(dir, 'translation.schema.json'))}\n# ${language} texts of ${scenario.id}.yaml: each entry is the English it translates (en) and the translation (${language}).\n`;
    await writeFile(file, header + stringify({ texts }, { lineWidth: 0 }));
  }
  console.log(`${language}: ${String(scenarios.length)} scenarios, ${String(missing)} texts to translate, ${String(stale)} stale`);
  return 0;
}

runCli(import.meta.url, main);
