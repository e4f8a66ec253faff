/**
 * Funnels for authors, the pure part: where the runs of a scenario went, step by step, and
 * how long people stayed on each step. No database and no Telegram: the repository reads
 * {@link RunTrace}s, this module folds them into a {@link ScenarioFunnel}.
 *
 * ```ts
 * const tally = funnelTally(scenario);
 * for (const trace of traces) tally.add(trace);
 * tally.result(); // { id, started, finished, steps: [{ stepId, reached, movedOn, leftThere, medianSeconds }] }
 * ```
 *
 * @module
 */
import type { RunStatus } from '../db/scenario-tables.ts';
import { apply, EngineError, startRun, type Input, type Transition } from '../scenarios/engine.ts';
import { findStep, type Scenario, type Step } from '../scenarios/model.ts';

/**
 * What the report reads of one run: where it rests (or rested when it was closed), its
 * times, and its answers in the order given. Nothing about who, and never what was typed.
 */
export interface RunTrace {
  status: RunStatus;
  /** The step the run rests on now, or rested on when it was closed. */
  stepId: string;
  startedAt: Date;
  endedAt: Date | null;
  answers: TracedAnswer[];
}

/** One row of `scenario_answers`, as far as routing needs it. */
export interface TracedAnswer {
  stepId: string;
  /** The option id (choice) or the ticked item ids (checklist); null at text steps: typed text is never read. */
  value: string | string[] | null;
  at: Date;
}

/** One step of a scenario's funnel: the shape the playground's flowchart reads. */
export interface StepFunnel {
  stepId: string;
  /** Runs that came to the step at least once (rested on it, or passed a message or branch step). */
  reached: number;
  /** Runs that went past it at least once. */
  movedOn: number;
  /** Runs cancelled or closed as idle while resting on it. */
  leftThere: number;
  /** The median time from arriving at the step to moving on, in whole seconds; 0 where none was measured. */
  medianSeconds: number;
}

/** The funnel of one scenario: its runs in the window, and every step in file order. */
export interface ScenarioFunnel {
  id: string;
  started: number;
  finished: number;
  steps: StepFunnel[];
}

/** A step's line with how many times went into its median (0: none could be measured). */
export type TimedStepFunnel = StepFunnel & { timed: number };

/** A scenario's funnel with its timed lines, and how many runs were followed step by step (see {@link walkRun}). */
export type TallyResult = Omit<ScenarioFunnel, 'steps'> & { steps: TimedStepFunnel[]; replayed: number };

/** Statuses that count as leaving: the person cancelled (or switched, or a crisis closed it) or went quiet. */
const LEFT: ReadonlySet<RunStatus> = new Set(['cancelled', 'expired']);

/** Stands in for typed text in a replay: routing never depends on the words (see {@link walkRun}). */
const TYPED = '…';

/**
 * One stay of a run on a step. `passed` steps (message, branch) have no time of their own:
 * they are shown together with the step they lead to. `seconds` is there when both the
 * arrival and the departure are known.
 */
export interface Visit {
  stepId: string;
  passed: boolean;
  movedOn: boolean;
  seconds?: number;
}

/**
 * The steps one run came to, in order.
 *
 * The database keeps only the step a run rests on and one answer per answered step, so
 * two things are recovered from the scenario itself:
 * - message and branch steps are passed without an answer; a text step's skip button moves
 *   on without one too;
 * - which branch a run took depends on its variables.
 * Both come from replaying the answers through the pure engine, which walks the scenario
 * graph (`stepEdges` of `scenarios/graph.ts`) exactly as the bot did: a choice is its option
 * id, a checklist its ticked ids, a text answer a placeholder (a branch on what someone typed,
 * other than `isSet`, is the one thing a replay cannot know). Where the replay reaches a step
 * that is not the next answered one, it may only go on through a skip button; otherwise the
 * file changed under the run (or it ran an older version), and the run counts only where it
 * is known to have been: its answered steps and the step it rests on.
 *
 * Times: a step is arrived at when the run started or the previous move was saved, and left
 * when its answer was saved. A skip saves no answer, so the time of a skip is unknown, except
 * as the last move of a finished run (`ended_at`); stays with an unknown end are not timed.
 */
export function walkRun(scenario: Scenario, trace: RunTrace): { visits: Visit[]; replayed: boolean } {
  try {
    const visits = replay(scenario, trace);
    if (visits) return { visits, replayed: true };
  } catch (error) {
    // A missing step or a silent loop in a draft file: the same as a replay that does not fit.
    if (!(error instanceof EngineError)) throw error;
  }
  return { visits: observed(scenario, trace), replayed: false };
}

function replay(scenario: Scenario, trace: RunTrace): Visit[] | undefined {
  const visits: Visit[] = [];
  const passThrough = (moved: Transition) => {
    for (const edge of moved.route) {
      const type = findStep(scenario, edge.from)?.type;
      if (type === 'message' || type === 'branch') visits.push({ stepId: edge.from, passed: true, movedOn: true });
    }
  };
  let moved = startRun(scenario);
  let arrived: Date | undefined = trace.startedAt;
  passThrough(moved);
  /** Moves on from the resting step, at a time known from where it led (or not); false when the input does not fit. */
  const leave = (input: Input, when: (next: Transition) => Date | undefined): boolean => {
    const next = apply(scenario, moved.state, input);
    if (!next.ok) return false;
    const at = when(next);
    visits.push({ stepId: moved.state.stepId, passed: false, movedOn: true, ...timed(arrived, at) });
    moved = next;
    arrived = at;
    passThrough(moved);
    return true;
  };
  const skip = (when: (next: Transition) => Date | undefined) => {
    const step = findStep(scenario, moved.state.stepId);
    return step?.type === 'text' && step.skipLabel !== undefined && leave({ kind: 'tap', optionId: 'skip' }, when);
  };
  const unknown = () => undefined;

  for (const answer of trace.answers) {
    while (moved.state.stepId !== answer.stepId) if (!skip(unknown)) return undefined;
    const inputs = inputsFor(findStep(scenario, answer.stepId), answer.value);
    if (!inputs) return undefined;
    for (const tick of inputs.slice(0, -1)) {
      const ticked = apply(scenario, moved.state, tick);
      if (!ticked.ok) return undefined;
      moved = { ...moved, state: ticked.state };
    }
    if (!leave(inputs.at(-1)!, () => answer.at)) return undefined;
  }
  // The save that finished a run is its last move: a skip onto the end is timed by `ended_at`.
  const finishing = (next: Transition) =>
    trace.status === 'finished' && next.state.stepId === trace.stepId ? (trace.endedAt ?? undefined) : undefined;
  while (moved.state.stepId !== trace.stepId) if (!skip(finishing)) return undefined;
  visits.push({ stepId: trace.stepId, passed: false, movedOn: false });
  return visits;
}

/** The inputs that gave an answer: one tap, the ticks then "done", or typed text. */
function inputsFor(step: Step | undefined, value: TracedAnswer['value']): Input[] | undefined {
  switch (step?.type) {
    case 'choice':
      return typeof value === 'string' ? [{ kind: 'tap', optionId: value }] : undefined;
    case 'checklist':
      return Array.isArray(value) ? [...value.map((itemId): Input => ({ kind: 'toggle', itemId })), { kind: 'done' }] : undefined;
    case 'text':
      return [{ kind: 'text', text: TYPED }];
    default:
      return undefined;
  }
}

function timed(arrived: Date | undefined, left: Date | undefined): { seconds?: number } {
  if (!arrived || !left) return {};
  return { seconds: Math.max(0, (left.getTime() - arrived.getTime()) / 1000) };
}

/** What is known without a replay: the answered steps were left, the resting step was reached. */
function observed(scenario: Scenario, trace: RunTrace): Visit[] {
  const known = (stepId: string) => findStep(scenario, stepId) !== undefined;
  return [
    ...trace.answers.filter((a) => known(a.stepId)).map((a): Visit => ({ stepId: a.stepId, passed: false, movedOn: true })),
    ...(known(trace.stepId) ? [{ stepId: trace.stepId, passed: false, movedOn: false }] : []),
  ];
}

/** Folds runs of one scenario into its funnel. Counts runs, not people, and keeps nothing of either. */
export interface FunnelTally {
  add(trace: RunTrace): void;
  result(): TallyResult;
}

export function funnelTally(scenario: Scenario): FunnelTally {
  const lines = new Map(scenario.steps.map((s) => [s.id, { reached: 0, movedOn: 0, leftThere: 0, times: [] as number[] }]));
  let started = 0;
  let finished = 0;
  let replayed = 0;
  return {
    add(trace) {
      started++;
      if (trace.status === 'finished') finished++;
      const walk = walkRun(scenario, trace);
      if (walk.replayed) replayed++;
      const reached = new Set<string>();
      const movedOn = new Set<string>();
      for (const visit of walk.visits) {
        reached.add(visit.stepId);
        if (visit.movedOn) movedOn.add(visit.stepId);
        if (visit.seconds !== undefined) lines.get(visit.stepId)?.times.push(visit.seconds);
      }
      for (const id of reached) lines.get(id)!.reached++;
      for (const id of movedOn) lines.get(id)!.movedOn++;
      if (LEFT.has(trace.status)) {
        const line = lines.get(trace.stepId);
        if (line) line.leftThere++;
      }
    },
    result() {
      return {
        id: scenario.id,
        started,
        finished,
        replayed,
        steps: scenario.steps.map((step) => {
          const { reached, movedOn, leftThere, times } = lines.get(step.id)!;
          return { stepId: step.id, reached, movedOn, leftThere, medianSeconds: Math.round(median(times) ?? 0), timed: times.length };
        }),
      };
    },
  };
}

/** The middle value (the mean of the two middle ones for an even count); undefined for none. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
