/**
 * `npm run bench`: the benchmarks, one after the other, each in its own process and each
 * ending with one JSON line of its figures. Those marked `postgres` need a real PostgreSQL:
 * without TEST_DATABASE_URL this re-runs itself under scripts/throwaway-postgres.sh. The
 * crisis-detection benchmark (detect) needs no database.
 *
 * Sizes: BENCH_DISPATCH_USERS (5000), BENCH_CLAIM_USERS (1000000), BENCH_CLAIM_DUE (1000),
 * BENCH_DETECT_ROUNDS (5); BENCH_NAIVE=0 leaves out the naive loop of the dispatch benchmark;
 * the `updates` bench's sizes are listed at the top of updates.bench.ts (BENCH_CHATS, …).
 * `npm run bench -- dispatch` (or `-- claim`, `-- updates`, `-- detect`) runs one.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));
const wanted = process.argv.slice(2);
const ALL = [
  { name: 'dispatch', postgres: true },
  { name: 'claim', postgres: true },
  { name: 'updates', postgres: true },
  { name: 'detect', postgres: false },
];
const benches = ALL.filter((b) => wanted.length === 0 || wanted.includes(b.name));

function run(command: string, args: string[]): number {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, env: process.env });
  return result.status ?? 1;
}

if (!process.env.TEST_DATABASE_URL && benches.some((b) => b.postgres)) {
  process.exit(run('bash', ['scripts/throwaway-postgres.sh', 'npx', 'tsx', `${here}run.ts`, ...wanted]));
}

let failed = 0;
for (const bench of benches) failed += run('npx', ['tsx', `${here}${bench.name}.bench.ts`]) === 0 ? 0 : 1;
process.exit(failed === 0 ? 0 : 1);
