/**
 * The operator's numbers for `/stats`: counts only, never who. One round trip per block.
 *
 * @module
 */
import { sql } from 'kysely';
import type { Db } from '../db/create-db.ts';

export interface Stats {
  people: { total: number; active7d: number; stopped: number; blocked: number };
  reminders: { enabled: number; sentToday: number; skippedToday: number; failedToday: number; latenessP50s: number | null; latenessP95s: number | null };
  /**
   * Scenario runs started in the last 7 days, by scenario: how many finished, how many were
   * cancelled or closed as idle (`left`), and the step most of those rested on (ties: the
   * first id), if any left.
   */
  runs: { scenarioId: string; started: number; finished: number; left: number; mostLeftAt: { stepId: string; count: number } | null }[];
  /** Crisis answers and safety questions in the last 7 days, by tier. */
  safety: { tier: string; count: number }[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

export async function readStats(db: Db, now: Date): Promise<Stats> {
  const weekAgo = new Date(now.getTime() - 7 * DAY_MS);
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const firstDay = new Date(today.getTime() - 6 * DAY_MS).toISOString().slice(0, 10);
  const [people, reminders, runs, safety] = await Promise.all([
    sql<{ total: number; active: number; stopped: number; blocked: number }>`
      select count(*)::int as total,
             count(*) filter (where last_seen_at > ${weekAgo})::int as active,
             count(*) filter (where stopped_at is not null)::int as stopped,
             count(*) filter (where blocked_at is not null)::int as blocked
      from users`.execute(db),
    sql<{ enabled: number; sent: number; skipped: number; failed: number; p50: number | null; p95: number | null }>`
      select (select count(*)::int from reminder_settings where enabled) as enabled,
             count(*) filter (where status = 'sent')::int as sent,
             count(*) filter (where status = 'skipped')::int as skipped,
             count(*) filter (where status = 'failed')::int as failed,
             percentile_cont(0.5) within group (order by extract(epoch from finished_at - due_at)) filter (where status = 'sent') as p50,
             percentile_cont(0.95) within group (order by extract(epoch from finished_at - due_at)) filter (where status = 'sent') as p95
      from reminder_deliveries where created_at >= ${today}`.execute(db),
    sql<{ scenario_id: string; started: number; finished: number; left_runs: number; left_step: string | null; left_at_step: number | null }>`
      with recent as (select scenario_id, step_id, status from scenario_runs where started_at > ${weekAgo}),
      leaving as (
        select scenario_id, step_id, count(*)::int as n from recent where status in ('cancelled', 'expired') group by scenario_id, step_id
      )
      select s.scenario_id, s.started, s.finished, s.left_runs, top.step_id as left_step, top.n as left_at_step
      from (
        select scenario_id, count(*)::int as started,
               count(*) filter (where status = 'finished')::int as finished,
               count(*) filter (where status in ('cancelled', 'expired'))::int as left_runs
        from recent group by scenario_id
      ) s
      left join lateral (select step_id, n from leaving l where l.scenario_id = s.scenario_id order by n desc, step_id limit 1) top on true
      order by s.started desc, s.scenario_id`.execute(db),
    sql<{ tier: string; count: number }>`
      select tier, sum(count)::int as count from safety_events where day >= ${firstDay}::date group by tier order by tier`.execute(db),
  ]);
  const p = people.rows[0];
  const r = reminders.rows[0];
  const seconds = (value: number | null | undefined) => (value === null || value === undefined ? null : Math.round(Number(value)));
  return {
    people: { total: p?.total ?? 0, active7d: p?.active ?? 0, stopped: p?.stopped ?? 0, blocked: p?.blocked ?? 0 },
    reminders: {
      enabled: r?.enabled ?? 0,
      sentToday: r?.sent ?? 0,
      skippedToday: r?.skipped ?? 0,
      failedToday: r?.failed ?? 0,
      latenessP50s: seconds(r?.p50),
      latenessP95s: seconds(r?.p95),
    },
    runs: runs.rows.map((row) => ({
      scenarioId: row.scenario_id,
      started: row.started,
      finished: row.finished,
      left: row.left_runs,
      mostLeftAt: row.left_step === null ? null : { stepId: row.left_step, count: row.left_at_step ?? 0 },
    })),
    safety: safety.rows,
  };
}
