/**
 * `npm run bench`: the benchmarks, one after the other, each in its own process and each ending
 * with one JSON line of its figures. `npm run bench -- dispatch` (or `claim`, `detect`) runs one.
 *
 * The reminder benchmarks (dispatch, claim) need a real PostgreSQL: when one of them is selected
 * and TEST_DATABASE_URL is unset, this re-runs itself under scripts/throwaway-postgres.sh. The
 * crisis-detection benchmark (detect) needs no database.
 *
 * Sizes: BENCH_DISPATCH_USERS (5000), BENCH_CLAIM_USERS (1000000), BENCH_CLAIM_DUE (1000),
 * BENCH_DETECT_ROUNDS (5); BENCH_NAIVE=0 leaves out the naive loop of the dispatch benchmark.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));
const wanted = process.argv.slice(2);
const benches = ['dispatch', 'claim', 'detect'].filter((b) => wanted.length === 0 || wanted.includes(b));
const needsDatabase = benches.some((b) => b === 'dispatch' || b === 'claim');

function run(command: string, args: string[]): number {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, env: process.env });
  return result.status ?? 1;
}

if (needsDatabase && !process.env.TEST_DATABASE_URL) {
  process.exit(run('bash', ['scripts/throwaway-postgres.sh', 'npx', 'tsx', `${here}run.ts`, ...wanted]));
}

let failed = 0;
for (const bench of benches) failed += run('npx', ['tsx', `${here}${bench}.bench.ts`]) === 0 ? 0 : 1;
process.exit(failed === 0 ? 0 : 1);
