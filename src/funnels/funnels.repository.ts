/**
 * The SQL of funnels: runs with their answers, and reminder engagement by day. Counts and
 * step ids only: no user id leaves the database, and typed answers are never read.
 *
 * @module
 */
import { sql } from 'kysely';
import type { Db } from '../db/create-db.ts';
import type { ReminderCheckinsTable } from '../db/reminder-tables.ts';
import type { RunTrace } from './funnel.ts';

/** A run started in the window, with the scenario it belongs to. */
export type ScenarioRunTrace = RunTrace & { scenarioId: string };

/** Answers are read for this many runs at a time, so a long window never holds one huge result. */
const ANSWER_BATCH = 500;

/**
 * The runs of the given scenarios started at or after `since`, each with its answers in the
 * order given, in batches (oldest run first). Only the answers of `tapped` steps (choice and
 * checklist steps, as `scenarioId:stepId`) carry their value: option ids and item ids, never
 * what someone typed.
 */
export async function* readRunTraces(
  db: Db,
  query: { scenarioIds: readonly string[]; since: Date; tapped: readonly string[] },
): AsyncGenerator<ScenarioRunTrace[]> {
  if (query.scenarioIds.length === 0) return;
  const runs = await db
    .selectFrom('scenario_runs')
    .select(['id', 'scenario_id', 'status', 'step_id', 'started_at', 'ended_at'])
    .where('started_at', '>=', query.since)
    .where('scenario_id', 'in', [...query.scenarioIds])
    .orderBy('id')
    .execute();
  for (let i = 0; i < runs.length; i += ANSWER_BATCH) {
    const batch = runs.slice(i, i + ANSWER_BATCH);
    const answers = await db
      .selectFrom('scenario_answers as a')
      .innerJoin('scenario_runs as r', 'r.id', 'a.run_id')
      .select([
        'a.run_id',
        'a.step_id',
        'a.created_at',
        sql<string | string[] | null>`case when r.scenario_id || ':' || a.step_id = any(${[...query.tapped]}::text[]) then a.value end`.as('value'),
      ])
      .where('a.run_id', 'in', batch.map((r) => r.id))
      .orderBy('a.run_id')
      .orderBy('a.id')
      .execute();
    const byRun = new Map<number, typeof answers>();
    for (const a of answers) {
      const list = byRun.get(a.run_id);
      if (list) list.push(a);
      else byRun.set(a.run_id, [a]);
    }
    yield batch.map((run) => ({
      scenarioId: run.scenario_id,
      status: run.status,
      stepId: run.step_id,
      startedAt: run.started_at,
      endedAt: run.ended_at,
      answers: (byRun.get(run.id) ?? []).map((a) => ({ stepId: a.step_id, value: a.value, at: a.created_at })),
    }));
  }
}

export type Mood = ReminderCheckinsTable['mood'];

/** The check-in moods, in the order the report prints them. */
export const MOODS: readonly Mood[] = ['holding', 'between', 'letting-go', 'skipped'];

/** One local date of daily reminders: how many went out, how many got a check-in, and which. */
export interface ReminderDay {
  day: string;
  sent: number;
  checkedIn: number;
  moods: Record<Mood, number>;
}

/**
 * Daily reminders by the person's local date, from `firstDay` (YYYY-MM-DD) on: sent ones
 * (weekly summaries are not reminders), and check-ins by mood. Only days with either.
 */
export async function readReminderDays(db: Db, firstDay: string): Promise<ReminderDay[]> {
  const { rows } = await sql<{ day: string; sent: number; checked_in: number; holding: number; in_between: number; letting_go: number; skipped: number }>`
    with sent as (
      select local_date as day, count(*)::int as sent
      from reminder_deliveries
      where kind = 'reminder' and status = 'sent' and local_date >= ${firstDay}::date
      group by local_date
    ),
    checked as (
      select local_date as day, count(*)::int as checked_in,
             count(*) filter (where mood = 'holding')::int as holding,
             count(*) filter (where mood = 'between')::int as in_between,
             count(*) filter (where mood = 'letting-go')::int as letting_go,
             count(*) filter (where mood = 'skipped')::int as skipped
      from reminder_checkins
      where local_date >= ${firstDay}::date
      group by local_date
    )
    select day::text as day, coalesce(sent, 0) as sent, coalesce(checked_in, 0) as checked_in,
           coalesce(holding, 0) as holding, coalesce(in_between, 0) as in_between,
           coalesce(letting_go, 0) as letting_go, coalesce(skipped, 0) as skipped
    from sent full join checked using (day)
    order by day`.execute(db);
  return rows.map((r) => ({
    day: r.day,
    sent: r.sent,
    checkedIn: r.checked_in,
    moods: { holding: r.holding, between: r.in_between, 'letting-go': r.letting_go, skipped: r.skipped },
  }));
}
