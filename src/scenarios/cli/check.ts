/**
 * `npm run scenarios:check [dir]`: loads and lints every scenario and the daily reminder
 * texts, with every translation, prints one line per problem and a summary, and exits 1 on
 * any error. Authors run it before committing.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseReminderContent, readReminderTranslations } from '../../reminders/content.ts';
import type { LoadedScenario } from '../catalog.ts';
import { formatProblem } from '../lint.ts';
import { inspectScenarios, type ScenarioProblem } from '../loader.ts';
import { runCli } from './run-main.ts';

function plural(n: number, word: string): string {
  return `${String(n)} ${word}${n === 1 ? '' : 's'}`;
}

/** The report printed by the check: problem lines, then `8 scenarios, 87 steps, ok`. */
export function checkReport(
  scenarios: readonly LoadedScenario[],
  problems: readonly ScenarioProblem[],
): { lines: string[]; ok: boolean } {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const steps = scenarios.reduce((sum, s) => sum + s.steps.length, 0);
  const lines = problems.map((p) => `${p.severity === 'error' ? 'error  ' : 'warning'} ${formatProblem(p)}`);
  const verdict = [
    ...(errors > 0 ? [plural(errors, 'error')] : []),
    ...(warnings > 0 ? [plural(warnings, 'warning')] : []),
  ];
  lines.push(`${plural(scenarios.length, 'scenario')}, ${plural(steps, 'step')}, ${verdict.length > 0 ? verdict.join(', ') : 'ok'}`);
  return { lines, ok: errors === 0 };
}

async function main(argv: string[]): Promise<number> {
  const dir = argv[0] ?? 'scenarios';
  const { scenarios, problems } = await inspectScenarios(dir);
  const reminders = await reminderProblems(path.join(dir, 'reminders.yaml'));
  for (const line of reminders) console.log(`error   ${line}`);
  const report = checkReport(scenarios, problems);
  for (const line of report.lines) console.log(line);
  if (reminders.length > 0) console.log(`reminders.yaml: ${String(reminders.length)} error${reminders.length === 1 ? '' : 's'}`);
  return report.ok && reminders.length === 0 ? 0 : 1;
}

/** The daily reminder texts and their translations, checked as the bot checks them at start-up. */
async function reminderProblems(file: string): Promise<string[]> {
  if (!existsSync(file)) return [];
  try {
    const content = parseReminderContent(await readFile(file, 'utf8'), file);
    return (await readReminderTranslations(file, content)).problems;
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  }
}

runCli(import.meta.url, main);
