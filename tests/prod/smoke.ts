/**
 * The production start, as an operator runs it: `node dist/main.js` in an install without
 * devDependencies (no tsx, no vitest), against the Bot API emulator. It must answer /start,
 * serve /readyz and /metrics, and stop cleanly on SIGTERM. Run by `scripts/prod-check.sh`.
 *
 *   tsx tests/prod/smoke.ts <production install folder>
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createEmulator, DEFAULT_EMULATOR_TOKEN } from '@letgo/telegram-emulator';
import { freePort } from '../helpers/ports.ts';
import { waitFor } from '../helpers/wait.ts';

const dir = process.argv[2];
if (!dir) throw new Error('usage: tsx tests/prod/smoke.ts <production install folder>');

const emulator = await createEmulator();
const dataDir = await mkdtemp(path.join(tmpdir(), 'letgo-prod-data-'));
const port = await freePort();
const started = performance.now();
const child = spawn(process.execPath, ['dist/main.js'], {
  cwd: dir,
  env: {
    PATH: process.env.PATH ?? '',
    BOT_TOKEN: DEFAULT_EMULATOR_TOKEN,
    TELEGRAM_API_ROOT: emulator.apiRoot,
    DATA_DIR: dataDir,
    PORT: String(port),
    ...(process.env.TEST_DATABASE_URL && { DATABASE_URL: process.env.TEST_DATABASE_URL }),
  },
  stdio: ['ignore', 'pipe', 'pipe'],
});
let output = '';
child.stdout.on('data', (d: Buffer) => (output += d.toString()));
child.stderr.on('data', (d: Buffer) => (output += d.toString()));
const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

try {
  await waitFor(() => output.includes('letgo is running') || child.exitCode !== null, 60_000, 'the production start');
  if (child.exitCode !== null) throw new Error(`the bot exited at start-up:\n${output}`);
  const runningAfter = Math.round(performance.now() - started);
  const ann = emulator.user(9001, { first_name: 'Ann' });
  ann.sendText('/start');
  const welcome = await ann.waitForBotMessage({ timeoutMs: 20_000 });
  if (!welcome.text?.includes('letgo')) throw new Error(`unexpected answer to /start: ${welcome.text}`);
  const base = `http://127.0.0.1:${port}`;
  await waitFor(async () => (await fetch(`${base}/readyz`)).status === 200, 30_000, '/readyz 200');
  const metrics = await (await fetch(`${base}/metrics`)).text();
  if (!metrics.includes('letgo_updates_total')) throw new Error('no letgo_updates_total in /metrics');
  if (output.includes('"level":50') || output.includes('"level":60')) throw new Error(`error lines in the log:\n${output}`);
  child.kill('SIGTERM');
  const code = await exited;
  if (code !== 0) throw new Error(`exit code ${String(code)} after SIGTERM:\n${output}`);
  console.log(`production start ok: running after ${String(runningAfter)} ms, answered /start, /readyz 200, /metrics, exit 0 on SIGTERM`);
} catch (error) {
  child.kill('SIGKILL');
  console.error(output);
  throw error;
} finally {
  await emulator.close();
  await rm(dataDir, { recursive: true, force: true });
}
