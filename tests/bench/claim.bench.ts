/**
 * `claim`: how long one dispatcher claim takes (one transaction: lock due users with
 * FOR UPDATE SKIP LOCKED, plan them, take send slots, record deliveries, reschedule) with
 * BENCH_CLAIM_USERS (1,000,000) users in real PostgreSQL of whom BENCH_CLAIM_DUE (1,000) are
 * due, and the same with 10,000 users: the time must not depend on the total. Prints the
 * query plan of the due query, then one JSON line.
 */
import { CompiledQuery, sql } from 'kysely';
import { migrateToLatest } from '../../src/db/migrator.ts';
import { claimDue } from '../../src/reminders/claim.ts';
import { defaultBatchSize } from '../../src/reminders/dispatcher.ts';
import { createPacer } from '../../src/reminders/pacer.ts';
import { selectDueForUpdate } from '../../src/reminders/deliveries.repository.ts';
import { REMINDER_GRACE_MS } from '../../src/reminders/schedule.ts';
import { freshPostgres } from '../helpers/databases.ts';

const LARGE = Number(process.env.BENCH_CLAIM_USERS ?? 1_000_000);
const SMALL = 10_000;
const DUE = Number(process.env.BENCH_CLAIM_DUE ?? 1000);
/** What the dispatcher claims per transaction at the default 30 sends/s. */
const BATCH = defaultBatchSize(30);
/** Every due user is claimed this many times over, for a steadier median on a busy machine. */
const ROUNDS = Number(process.env.BENCH_CLAIM_ROUNDS ?? 5);
const url = process.env.TEST_DATABASE_URL;
if (!url) throw new Error('TEST_DATABASE_URL is required (npm run bench starts a throwaway PostgreSQL)');

interface SizeFigures {
  users: number;
  due: number;
  rounds: number;
  batches: number;
  median_ms: number;
  p90_ms: number;
  max_ms: number;
  query_median_ms: number;
}

async function measure(users: number): Promise<{ figures: SizeFigures; plan: string }> {
  const target = await freshPostgres(url!);
  const { db } = target;
  try {
    await migrateToLatest(db);
    const now = new Date();
    console.error(`claim: ${users.toLocaleString('en')} users, ${DUE} due…`);
    await sql`insert into users (id, first_name, time_zone) select g, 'Bench', 'UTC' from generate_series(1, ${users}::int) g`.execute(db);
    // Everyone is scheduled some time in the next day except every tenth (reminders off) ...
    await sql`
      insert into reminder_settings (user_id, enabled, local_time, next_reminder_at, next_local_date)
      select g, g % 10 <> 0, '08:00',
             case when g % 10 <> 0 then ${now}::timestamptz + interval '1 hour' + (g % 82800) * interval '1 second' end,
             case when g % 10 <> 0 then (${now}::timestamptz + interval '1 hour' + (g % 82800) * interval '1 second')::date end
      from generate_series(1, ${users}::int) g`.execute(db);
    // ... and DUE of them, spread over the id range, were due in the last few minutes.
    const step = Math.floor(users / DUE);
    await sql`
      update reminder_settings set next_reminder_at = ${now}::timestamptz - (user_id % 5) * interval '1 minute',
                                   next_local_date = (${now}::timestamptz - (user_id % 5) * interval '1 minute')::date
      where user_id in (select 1 + s * ${step}::int from generate_series(0, ${DUE - 1}::int) s)`.execute(db);
    await sql`vacuum analyze`.execute(db);

    const compiled = selectDueForUpdate(db, now, BATCH).compile();
    // EXPLAIN ANALYZE really locks the rows: inside a transaction that is rolled back.
    let plan = '';
    await db
      .transaction()
      .execute(async (trx) => {
        const result = await trx.executeQuery<{ 'QUERY PLAN': string }>(
          CompiledQuery.raw(`explain (analyze, buffers, costs off) ${compiled.sql}`, [...compiled.parameters]),
        );
        plan = result.rows.map((r) => r['QUERY PLAN']).join('\n');
        throw new RollbackSignal();
      })
      .catch(ignoreRollback);

    // The due query alone, without locking anything for long (a read-only transaction rolled back).
    const queryTimes: number[] = [];
    for (let i = 0; i < 20; i += 1) {
      const started = performance.now();
      await db.transaction().execute(async (trx) => {
        await selectDueForUpdate(trx, now, BATCH).execute();
        throw new RollbackSignal();
      }).catch(ignoreRollback);
      queryTimes.push(performance.now() - started);
    }

    const spacingMs = createPacer({ perSecond: 30 }).spacingMs;
    const times: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      let claimed = 0;
      for (;;) {
        const started = performance.now();
        const result = await claimDue(db, { now, batchSize: BATCH, graceMs: REMINDER_GRACE_MS, leaseMs: 5 * 60_000, spacingMs });
        const ms = performance.now() - started;
        if (result.selected === 0) break;
        times.push(ms);
        claimed += result.jobs.length;
      }
      if (claimed !== DUE) throw new Error(`claimed ${claimed} of ${DUE} due`);
      // Make the same users due again for the next round.
      await sql`delete from reminder_deliveries`.execute(db);
      await sql`
        update reminder_settings set next_reminder_at = ${now}::timestamptz - (user_id % 5) * interval '1 minute',
                                     next_local_date = (${now}::timestamptz - (user_id % 5) * interval '1 minute')::date
        where user_id in (select 1 + s * ${step}::int from generate_series(0, ${DUE - 1}::int) s)`.execute(db);
    }
    return {
      plan,
      figures: {
        users,
        due: DUE,
        rounds: ROUNDS,
        batches: times.length,
        median_ms: round(quantile(times, 0.5)),
        p90_ms: round(quantile(times, 0.9)),
        max_ms: round(Math.max(...times)),
        query_median_ms: round(quantile(queryTimes, 0.5)),
      },
    };
  } finally {
    await target.close();
  }
}

class RollbackSignal extends Error {}
function ignoreRollback(error: unknown): void {
  if (!(error instanceof RollbackSignal)) throw error;
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

const round = (n: number) => Math.round(n * 100) / 100;

const large = await measure(LARGE);
console.error(`\nPlan of the due query with ${LARGE.toLocaleString('en')} users:\n${large.plan}\n`);
console.error(`  ${JSON.stringify(large.figures)}`);
const small = await measure(SMALL);
console.error(`  ${JSON.stringify(small.figures)}`);
console.log(
  JSON.stringify({
    bench: 'claim',
    batch: BATCH,
    large: large.figures,
    small: small.figures,
    large_to_small_median: round(large.figures.median_ms / small.figures.median_ms),
    uses_partial_index: /reminder_settings_due/.test(large.plan),
    goal_median_under_10ms: large.figures.median_ms < 10,
  }),
);
