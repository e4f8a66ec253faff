import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../../src/db/create-db.ts';
import { migrateToLatest } from '../../src/db/migrator.ts';
import { upsertUser } from '../../src/db/users.repository.ts';
import type { FunnelsJson } from '../../src/funnels/funnels.ts';
import { startRun } from '../../src/scenarios/engine.ts';
import { inspectScenarios, SCENARIOS_DIR } from '../../src/scenarios/loader.ts';
import { freshPostgres, postgresUrl } from '../helpers/databases.ts';

/**
 * `npm run report` as an operator runs it (`scripts/start.mjs funnels/cli/report`, like
 * `npm run migrate`), on the database of the environment: PGlite under DATA_DIR, or
 * PostgreSQL at DATABASE_URL.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const quiz = (await inspectScenarios(SCENARIOS_DIR)).scenarios.find((s) => s.id === 'holding-on-check')!;
const firstStep = startRun(quiz).state.stepId;

function runReport(env: Record<string, string>, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['scripts/start.mjs', 'funnels/cli/report', ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
}

/** One person who opened the quiz an hour ago and left it at its first question. */
async function seed(db: Db): Promise<void> {
  await migrateToLatest(db);
  const now = Date.now();
  await upsertUser(db, { id: 4_300_001, first_name: 'Ines' }, new Date(now));
  await db
    .insertInto('scenario_runs')
    .values({
      user_id: 4_300_001, scenario_id: quiz.id, content_version: quiz.version, step_id: firstStep, vars: '{}', status: 'cancelled',
      keyboard_message_id: null, started_at: new Date(now - 3_600_000), updated_at: new Date(now - 3_500_000), ended_at: new Date(now - 3_500_000),
    })
    .execute();
}

const targets: { name: string; open(): Promise<{ env: Record<string, string>; close(): Promise<void> }> }[] = [
  {
    name: 'PGlite under DATA_DIR',
    async open() {
      const dir = await mkdtemp(path.join(tmpdir(), 'letgo-report-'));
      const db = await createDb({ kind: 'pglite', dataDir: dir });
      await seed(db);
      await db.destroy(); // PGlite is one process's: the report opens it next
      return { env: { DATA_DIR: dir }, close: () => rm(dir, { recursive: true, force: true }) };
    },
  },
];
const url = postgresUrl();
if (url) {
  targets.push({
    name: 'PostgreSQL at DATABASE_URL',
    async open() {
      const pg = await freshPostgres(url);
      await seed(pg.db);
      return { env: { DATABASE_URL: pg.url }, close: () => pg.close() };
    },
  });
}

describe.each(targets)('npm run report on $name', (target) => {
  const closers: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const close of closers) await close();
  });

  it('prints the funnel as JSON for machines', async () => {
    const { env, close } = await target.open();
    closers.push(close);
    const json = await runReport(env, ['--days', '7', '--scenario', quiz.id, '--json']);
    expect(json.code, json.stderr).toBe(0);
    const result = JSON.parse(json.stdout) as FunnelsJson;
    expect(result.days).toBe(7);
    expect(result.scenarios.map((s) => [s.id, s.started, s.finished, s.steps.length])).toEqual([[quiz.id, 1, 0, quiz.steps.length]]);
    expect(result.scenarios[0]!.steps.find((s) => s.stepId === firstStep)).toEqual({ stepId: firstStep, reached: 1, movedOn: 0, leftThere: 1, medianSeconds: 0 });
    expect(result.reminders).toHaveLength(7);
  }, 180_000);
});
