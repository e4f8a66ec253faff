/**
 * `npm run scenarios:translate <language> [dir]`: prepares the translation files of one
 * language for a translator. For every scenario it writes
 * `scenarios/translations/<language>/<id>.yaml` with every text of the scenario in order:
 * texts already translated are kept as they are, new texts get their English and an empty
 * translation, texts the scenario no longer has are dropped. Stale texts (the English
 * changed since) are kept and listed, old and new English side by side: the translator
 * updates the translation and copies the new English into `en:`, and `scenarios:check`
 * is happy again. The daily reminder texts (`reminders.yaml`) get the same treatment.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { inspectScenarios, TRANSLATIONS } from '../loader.ts';
import { scenarioTexts } from '../translation.ts';
import { parseReminderContent } from '../../reminders/content.ts';
import { reminderTexts } from '../../reminders/translation.ts';
import { runCli } from './run-main.ts';
import { readYaml } from '../../yaml.ts';

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
  const schema = path.relative(folder, path.join(dir, 'translation.schema.json'));
  const prepare = async (name: string, english: ReadonlyMap<string, string>) => {
    const counts = await refresh(path.join(folder, name), english, language, `# yaml-language-server: $schema=${schema}\n# ${language} texts of ${name}: each entry is the English it translates (en) and the translation (${language}).\n`);
    missing += counts.missing;
    stale += counts.stale;
  };
  for (const scenario of scenarios) await prepare(`${scenario.id}.yaml`, scenarioTexts(scenario));
  const reminders = path.join(dir, 'reminders.yaml');
  if (existsSync(reminders)) await prepare('reminders.yaml', reminderTexts(parseReminderContent(await readFile(reminders, 'utf8'), reminders)));
  console.log(`${language}: ${String(scenarios.length)} scenarios, ${String(missing)} texts to translate, ${String(stale)} stale`);
  return 0;
}

/** Rewrites one translation file: every English text in order, translations kept, new ones empty. */
async function refresh(file: string, english: ReadonlyMap<string, string>, language: string, header: string): Promise<{ missing: number; stale: number }> {
  const old = existsSync(file) ? ((readYaml(await readFile(file, 'utf8')) as { texts?: Record<string, Record<string, string>> } | null)?.texts ?? {}) : {};
  const texts: Record<string, Record<string, string>> = {};
  let missing = 0;
  let stale = 0;
  for (const [key, source] of english) {
    const before = old[key];
    if (!before || (before[language] ?? '').trim() === '') {
      missing += 1;
      texts[key] = { en: source, [language]: '' };
    } else {
      if ((before.en ?? '').replace(/\s+/g, ' ').trim() !== source.replace(/\s+/g, ' ').trim()) {
        stale += 1;
        console.log(`stale ${file}: ${key}\n  was: ${before.en ?? ''}\n  now: ${source}`);
      }
      texts[key] = { en: before.en ?? source, [language]: before[language] ?? '' };
    }
  }
  await writeFile(file, header + stringify({ texts }, { lineWidth: 0 }));
  return { missing, stale };
}

runCli(import.meta.url, main);
