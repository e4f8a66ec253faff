/**
 * Funnels for authors: per scenario and step, how many runs reached it, moved on, or left
 * there, and how long people stayed; and daily reminders with their check-ins. Read by
 * `npm run report`, the playground's `GET /api/funnels` and, in short, `/stats`.
 *
 * @module
 */
import type { Db } from '../db/create-db.ts';
import type { Scenario, StepType } from '../scenarios/model.ts';
import { funnelTally, type ScenarioFunnel, type StepFunnel, type TallyResult, type TimedStepFunnel } from './funnel.ts';
import { MOODS, readReminderDays, readRunTraces, type ReminderDay } from './funnels.repository.ts';

export type { ReminderDay } from './funnels.repository.ts';

/** The window when none is asked for, and the longest one allowed. */
export const DEFAULT_DAYS = 30;
export const MAX_DAYS = 366;

const DAY_MS = 24 * 60 * 60 * 1000;

/** A window in days from a query string or a flag: a whole number 1..366, or undefined. */
export function parseDays(raw: string): number | undefined {
  if (!/^\d{1,3}$/.test(raw)) return undefined;
  const days = Number(raw);
  return days >= 1 && days <= MAX_DAYS ? days : undefined;
}

/** A step's funnel line with what the table shows beside it. */
export type ReportStep = TimedStepFunnel & { type: StepType };

/** One scenario's funnel, with its title and how many runs could be replayed step by step. */
export type ReportScenario = Omit<TallyResult, 'steps'> & { title: string; steps: ReportStep[] };

/** Everything the report shows; {@link funnelsJson} is the part machines read. */
export interface FunnelReport {
  days: number;
  /** Runs started at or after this instant are counted. */
  since: Date;
  scenarios: ReportScenario[];
  /** Every local date of the window, oldest first, with zeros where nothing happened. */
  reminders: ReminderDay[];
}

/**
 * Reads the funnels of `scenarios` (in the order given) over the last `days` days: runs
 * started since `now - days`, and reminders of the local dates from `days - 1` UTC days
 * before today on (a person's local date may run a day ahead of UTC: such days are shown too).
 */
export async function readFunnels(db: Db, scenarios: readonly Scenario[], opts: { days: number; now: Date }): Promise<FunnelReport> {
  const since = new Date(opts.now.getTime() - opts.days * DAY_MS);
  const tallies = new Map(scenarios.map((s) => [s.id, funnelTally(s)]));
  const tapped = scenarios.flatMap((s) => s.steps.filter((step) => step.type === 'choice' || step.type === 'checklist').map((step) => `${s.id}:${step.id}`));
  for await (const batch of readRunTraces(db, { scenarioIds: [...tallies.keys()], since, tapped })) {
    for (const trace of batch) tallies.get(trace.scenarioId)?.add(trace);
  }
  const today = utcDay(opts.now);
  const firstDay = addDays(today, 1 - opts.days);
  const reminders = everyDay(firstDay, today, await readReminderDays(db, firstDay));
  return {
    days: opts.days,
    since,
    scenarios: scenarios.map((scenario) => {
      const funnel = tallies.get(scenario.id)!.result();
      const types = new Map(scenario.steps.map((s) => [s.id, s.type]));
      return { ...funnel, title: scenario.title, steps: funnel.steps.map((step) => ({ ...step, type: types.get(step.stepId)! })) };
    }),
    reminders,
  };
}

/** The JSON of `GET /api/funnels` and `npm run report -- --json`: exactly these fields. */
export interface FunnelsJson {
  days: number;
  scenarios: (Pick<ScenarioFunnel, 'id' | 'started' | 'finished'> & { steps: StepFunnel[] })[];
  reminders: ReminderDay[];
}

export function funnelsJson(report: FunnelReport): FunnelsJson {
  return {
    days: report.days,
    scenarios: report.scenarios.map((s) => ({
      id: s.id,
      started: s.started,
      finished: s.finished,
      steps: s.steps.map(({ stepId, reached, movedOn, leftThere, medianSeconds }) => ({ stepId, reached, movedOn, leftThere, medianSeconds })),
    })),
    reminders: report.reminders.map(({ day, sent, checkedIn, moods }) => ({
      day,
      sent,
      checkedIn,
      moods: Object.fromEntries(MOODS.map((m) => [m, moods[m]])) as ReminderDay['moods'],
    })),
  };
}

/** Every day from `first` to `last` (or the last day with data, if later), with zeros where there is none. */
function everyDay(first: string, last: string, days: readonly ReminderDay[]): ReminderDay[] {
  const known = new Map(days.map((d) => [d.day, d]));
  const end = days.reduce((max, d) => (d.day > max ? d.day : max), last);
  const result: ReminderDay[] = [];
  for (let day = first; day <= end; day = addDays(day, 1)) {
    result.push(known.get(day) ?? { day, sent: 0, checkedIn: 0, moods: { holding: 0, between: 0, 'letting-go': 0, skipped: 0 } });
  }
  return result;
}

function utcDay(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

function addDays(day: string, n: number): string {
  return utcDay(new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS));
}
