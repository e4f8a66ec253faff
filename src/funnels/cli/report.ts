/**
 * `npm run report -- [--days 30] [--scenario <id>] [--json]`: the funnels for authors, as
 * tables (or the JSON of the playground's `GET /api/funnels`). Reads the database the bot
 * uses, like `npm run migrate`: PostgreSQL at DATABASE_URL, else PGlite under DATA_DIR (one
 * process at a time: stop a PGlite bot first). Counts only, never who.
 */
import { loadConfig } from '../../config.ts';
import { createDb, dbTarget, type Db } from '../../db/create-db.ts';
import { createMigrator } from '../../db/migrator.ts';
import type { Scenario } from '../../scenarios/model.ts';
import { createCatalog } from '../../scenarios/catalog.ts';
import { inspectScenarios, SCENARIOS_DIR } from '../../scenarios/loader.ts';
import { runCli } from '../../scenarios/cli/run-main.ts';
import { DEFAULT_DAYS, funnelsJson, MAX_DAYS, parseDays, readFunnels } from '../funnels.ts';
import { renderFunnelReport } from '../render.ts';

export interface ReportOptions {
  days: number;
  scenarioId?: string;
  json: boolean;
}

const USAGE = `usage: npm run report -- [--days N (1-${String(MAX_DAYS)}, default ${String(DEFAULT_DAYS)})] [--scenario <id>] [--json]`;

/** The command line as options, or the one line that says what is wrong with it. */
export function parseReportArgs(argv: readonly string[]): ReportOptions | { error: string } {
  const options: ReportOptions = { days: DEFAULT_DAYS, json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i] ?? '';
    if (flag === '--json') options.json = true;
    else if (flag === '--days') {
      const raw = value();
      const days = parseDays(raw);
      if (days === undefined) return { error: `--days must be a whole number from 1 to ${String(MAX_DAYS)}, not "${raw}"` };
      options.days = days;
    } else if (flag === '--scenario') options.scenarioId = value();
    else if (flag === '--help' || flag === '-h') return { error: USAGE };
    else return { error: `unknown argument "${arg}"\n${USAGE}` };
  }
  return options;
}

/**
 * The report for a database and the scenarios it is read against: what to print, and the
 * exit code (1 for an unknown scenario). The caller opens and closes the database.
 */
export async function report(
  options: ReportOptions,
  io: { db: Db; scenarios: readonly Scenario[]; now: Date },
): Promise<{ code: number; text: string }> {
  const chosen = options.scenarioId === undefined ? io.scenarios : io.scenarios.filter((s) => s.id === options.scenarioId);
  if (chosen.length === 0) {
    return { code: 1, text: `unknown scenario "${options.scenarioId ?? ''}" (known: ${io.scenarios.map((s) => s.id).join(', ')})\n` };
  }
  const funnels = await readFunnels(io.db, chosen, { days: options.days, now: io.now });
  return { code: 0, text: options.json ? `${JSON.stringify(funnelsJson(funnels), null, 2)}\n` : renderFunnelReport(funnels) };
}

async function main(argv: string[]): Promise<number> {
  const options = parseReportArgs(argv);
  if ('error' in options) {
    console.error(options.error);
    return 1;
  }
  const config = loadConfig(process.env);
  // The steps of the files that parse: a problem elsewhere (a missing translation) must not hide the numbers.
  const { scenarios, problems } = await inspectScenarios(SCENARIOS_DIR);
  const errors = problems.filter((p) => p.severity === 'error').length;
  if (errors > 0) console.error(`note: the scenario files have ${String(errors)} errors (npm run scenarios:check); the report follows the files as they parse`);
  const db = await createDb(dbTarget(config));
  try {
    const pending = (await createMigrator(db).getMigrations()).filter((m) => m.executedAt === undefined);
    if (pending.length > 0) {
      console.error(`The database is not up to date (${String(pending.length)} migrations to apply): run \`npm run migrate\` first.`);
      return 1;
    }
    const result = await report(options, { db, scenarios: createCatalog(scenarios).list, now: new Date() });
    (result.code === 0 ? process.stdout : process.stderr).write(result.text);
    return result.code;
  } finally {
    await db.destroy();
  }
}

/** `scripts/start.mjs` (what `npm run report` runs, as `npm run migrate` does) names its entry before the arguments. */
const ENTRY = 'funnels/cli/report';
if (process.argv[2] === ENTRY) {
  process.exitCode = await main(process.argv.slice(3)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    return 1;
  });
} else runCli(import.meta.url, main);
