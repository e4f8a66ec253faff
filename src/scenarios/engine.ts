/**
 * The scenario engine: pure stepping through a scenario, with no Telegram and no
 * database. The interpreter (a grammY conversation) drives it one input at a time and
 * persists {@link RunState} after every call; everything it must do besides showing the
 * next view (store an answer, write the journal, offer reminders, finish the run) comes
 * back as {@link Effect}s.
 *
 * ```ts
 * let { state, view } = startRun(scenario);          // show view, save state
 * const result = apply(scenario, state, { kind: 'tap', optionId: 'yes' });
 * if (result.ok) { state = result.state; ... }       // run effects, show feedback + view
 * else reply(result.message);                        // state unchanged
 * ```
 */
import type { ButtonAction } from './callback-data.ts';
import { matchesChecklist, matchesVar } from './conditions.ts';
import { stepEdges, type Edge } from './graph.ts';
import { toPlainText } from '../telegram/html.ts';
import { interpolate } from './interpolate.ts';
import {
  findStep,
  type ChecklistStep,
  type ChoiceStep,
  type HelplineKind,
  type Scenario,
  type Step,
  type TextStep,
  type Vars,
} from './model.ts';

export type { ButtonAction } from './callback-data.ts';

/**
 * Where a run is: all the interpreter must persist. `stepId` always names a step that
 * waits for the person (choice, checklist, text) or an end, never a message or branch.
 * A checklist's ticks so far live in `vars[step.saveAs]`, so a half-ticked list
 * survives a restart.
 */
export interface RunState {
  scenarioId: string;
  stepId: string;
  vars: Vars;
}

/** What the person did: a button press, or a typed message. */
export type Input = ButtonAction | { kind: 'text'; text: string };

/** One inline button; pass `action` back to {@link apply} when it is pressed. */
export interface Button {
  label: string;
  action: ButtonAction;
}

/** What to show for the step a run rests on. */
export interface StepView {
  stepId: string;
  type: 'choice' | 'checklist' | 'text' | 'end';
  /**
   * Telegram HTML messages to send in order: the message steps passed on the way here,
   * then this step's own text. The keyboard belongs to the last one.
   */
  texts: string[];
  /** Rows of inline buttons, when the step has any. */
  keyboard?: Button[][];
  /** What the run waits for: a button, a typed message, or nothing (the run is over). */
  expects: 'tap' | 'text' | 'none';
  /** For text steps: the longest answer accepted. */
  maxLength?: number;
  /** For end steps: what to offer next. */
  end?: { suggest: string[]; offerReminders: boolean };
  /** Helplines to show after `texts[after]` (a message step asked for them). */
  helplines?: { after: number; kind: HelplineKind }[];
}

/** Side effects for the interpreter to carry out, in order. */
export type Effect =
  /** A step was answered: an option id, the ticked item ids, or the typed text. */
  | { type: 'answer'; stepId: string; value: string | string[] }
  /** Save a journal entry. `prompt` is plain text (HTML removed), `text` is as typed. */
  | { type: 'journal'; stepId: string; prompt: string; text: string }
  /** The run reached an end that invites the person to switch on reminders. */
  | { type: 'offer-reminders' }
  /** The run reached an end; `suggest` lists scenario ids to offer next. */
  | { type: 'finished'; suggest: string[] };

/** The outcome of a successful move: the new state and what to do and show. */
export interface Transition {
  state: RunState;
  view: StepView;
  effects: Effect[];
  /** The edges taken, from the previous resting step to the new one (for logs and tests). */
  route: Edge[];
}

/** Why an input was refused; the state is unchanged. */
export type RejectReason = 'unexpected-input' | 'too-long' | 'empty' | 'unknown-option' | 'changed';

/**
 * A friendly reply for a refused input, as a text key of the UI (`refuse-<key>` in
 * `locales/`) and its values: the engine has no words of its own, the bot has every language.
 */
export interface Refusal {
  key: 'tap' | 'older-button' | 'finished' | 'changed' | 'tick' | 'type' | 'empty' | 'too-long';
  values?: Record<string, string | number>;
}

/** The result of {@link apply}. On refusal, `refusal` names the friendly reply for the person. */
export type ApplyResult =
  | (Transition & {
      ok: true;
      /** The chosen option's feedback, to show before the view. */
      feedback?: string;
      /** True after a checklist tick: edit the keyboard in place rather than send anew. */
      rerender: boolean;
    })
  | { ok: false; reason: RejectReason; refusal: Refusal };

/** The result of {@link resume}: carry on, or the content changed under the run. */
export type ResumeResult =
  | (Transition & { changed: false })
  | { changed: true; reason: 'step-removed' | 'other-scenario' };

/** A broken invariant: content the loader should have refused (a missing step, a silent loop). */
export class EngineError extends Error {
  override readonly name = 'EngineError';
}

const TICKED = '☑';
const UNTICKED = '☐';

/** Starts a run at the scenario's first step, passing any leading messages. */
export function startRun(scenario: Scenario): Transition {
  return advance(scenario, scenario.start, { ...scenario.vars }, [], []);
}

/**
 * Picks a persisted run up again, after a restart or a content edit. If the step it
 * rested on was removed (or the state belongs to another scenario), returns
 * `{ changed: true }` and the interpreter should tell the person and offer a restart.
 * If the step became a message or branch, the run moves on from it.
 */
export function resume(scenario: Scenario, state: RunState): ResumeResult {
  if (state.scenarioId !== scenario.id) return { changed: true, reason: 'other-scenario' };
  const step = findStep(scenario, state.stepId);
  if (!step) return { changed: true, reason: 'step-removed' };
  if (step.type === 'message' || step.type === 'branch') {
    return { changed: false, ...advance(scenario, step.id, { ...state.vars }, [], []) };
  }
  const vars = { ...state.vars };
  if (step.type === 'checklist' && !Array.isArray(vars[step.saveAs])) vars[step.saveAs] = [];
  const settled = { ...state, vars };
  return { changed: false, state: settled, view: render(scenario, step, settled.vars, []), effects: [], route: [] };
}

/**
 * What to show for the step the run rests on (for example to show it again after
 * `/start` while a run is open). Throws {@link EngineError} if the step is gone: call
 * {@link resume} first on state loaded from storage.
 */
export function view(scenario: Scenario, state: RunState): StepView {
  const step = findStep(scenario, state.stepId);
  if (!step) throw new EngineError(`step "${state.stepId}" does not exist in "${scenario.id}"`);
  if (step.type === 'message' || step.type === 'branch') {
    return advance(scenario, step.id, { ...state.vars }, [], []).view;
  }
  return render(scenario, step, state.vars, []);
}

/**
 * Applies one input to the run. Refusals leave the state as it was and carry a reply
 * for the person; a success carries the new state, effects and the next view.
 */
export function apply(scenario: Scenario, state: RunState, input: Input): ApplyResult {
  const step = findStep(scenario, state.stepId);
  if (!step || state.scenarioId !== scenario.id) {
    return refuse('changed', 'changed');
  }
  switch (step.type) {
    case 'choice':
      return applyChoice(scenario, step, state, input);
    case 'checklist':
      return applyChecklist(scenario, step, state, input);
    case 'text':
      return applyText(scenario, step, state, input);
    case 'end':
      return refuse('unexpected-input', 'finished');
    case 'message':
    case 'branch':
      return apply(scenario, settle(scenario, state), input);
  }
}

function settle(scenario: Scenario, state: RunState): RunState {
  return advance(scenario, state.stepId, { ...state.vars }, [], []).state;
}

function refuse(reason: RejectReason, key: Refusal['key'], values?: Refusal['values']): ApplyResult {
  return { ok: false, reason, refusal: { key, ...(values && { values }) } };
}

function applyChoice(scenario: Scenario, step: ChoiceStep, state: RunState, input: Input): ApplyResult {
  let optionId: string;
  if (input.kind === 'tap') optionId = input.optionId;
  else if (input.kind === 'text') {
    // Typing a button's label is as good as tapping it.
    const typed = input.text.trim().toLowerCase();
    const match = step.options.find((o) => o.label.toLowerCase() === typed);
    if (!match) return refuse('unexpected-input', 'tap');
    optionId = match.id;
  } else return refuse('unexpected-input', 'tap');

  const option = step.options.find((o) => o.id === optionId);
  if (!option) return refuse('unknown-option', 'older-button');

  const vars = { ...state.vars };
  for (const [name, value] of Object.entries(option.set)) {
    const current = vars[name];
    vars[name] = typeof value === 'number' ? (typeof current === 'number' ? current : 0) + value : value;
  }
  const edge = stepEdges(step).find((e) => e.via.kind === 'option' && e.via.optionId === option.id);
  const moved = advance(scenario, option.next, vars, edge ? [edge] : [], []);
  const answer: Effect = { type: 'answer', stepId: step.id, value: option.id };
  return {
    ok: true,
    ...moved,
    effects: [answer, ...moved.effects],
    ...(option.feedback === undefined ? {} : { feedback: interpolate(option.feedback, resolver(scenario, vars)) }),
    rerender: false,
  };
}

function applyChecklist(scenario: Scenario, step: ChecklistStep, state: RunState, input: Input): ApplyResult {
  const current = state.vars[step.saveAs];
  const ticked = Array.isArray(current) ? current.filter((id) => step.items.some((i) => i.id === id)) : [];
  if (input.kind === 'toggle') {
    if (!step.items.some((i) => i.id === input.itemId)) {
      return refuse('unknown-option', 'older-button');
    }
    const next = ticked.includes(input.itemId) ? ticked.filter((id) => id !== input.itemId) : [...ticked, input.itemId];
    // Keep ticks in item order so answers and interpolation read naturally.
    const ordered = step.items.map((i) => i.id).filter((id) => next.includes(id));
    const vars = { ...state.vars, [step.saveAs]: ordered };
    const newState = { ...state, vars };
    return { ok: true, state: newState, view: render(scenario, step, vars, []), effects: [], route: [], rerender: true };
  }
  if (input.kind !== 'done') {
    return refuse('unexpected-input', 'tick', { done: step.doneLabel });
  }
  const vars = { ...state.vars, [step.saveAs]: ticked };
  const exits = stepEdges(step);
  const index = step.branches.findIndex((b) => matchesChecklist(b.when, ticked));
  const edge = index === -1 ? exits.at(-1) : exits[index];
  if (!edge) throw new EngineError(`step "${step.id}" has no way on`);
  const moved = advance(scenario, edge.to, vars, [edge], []);
  return { ok: true, ...moved, effects: [{ type: 'answer', stepId: step.id, value: ticked }, ...moved.effects], rerender: false };
}

function applyText(scenario: Scenario, step: TextStep, state: RunState, input: Input): ApplyResult {
  const [nextEdge, skipEdge] = stepEdges(step);
  if (input.kind === 'tap' && input.optionId === 'skip' && skipEdge) {
    return { ok: true, ...advance(scenario, step.next, { ...state.vars }, [skipEdge], []), rerender: false };
  }
  if (input.kind !== 'text') return refuse('unexpected-input', 'type');
  const text = input.text.trim();
  if (text === '') return refuse('empty', 'empty');
  if (text.length > step.maxLength) {
    return refuse('too-long', 'too-long', { length: text.length, max: step.maxLength });
  }
  const vars = { ...state.vars };
  if (step.saveAs !== undefined) vars[step.saveAs] = text;
  const effects: Effect[] = [{ type: 'answer', stepId: step.id, value: text }];
  if (step.journal) {
    const prompt = toPlainText(interpolate(step.prompt, resolver(scenario, state.vars)));
    effects.push({ type: 'journal', stepId: step.id, prompt, text });
  }
  const moved = advance(scenario, step.next, vars, nextEdge ? [nextEdge] : [], []);
  return { ok: true, ...moved, effects: [...effects, ...moved.effects], rerender: false };
}

/**
 * Moves from `stepId` through message and branch steps to the next step that waits
 * for the person (or an end), collecting message texts and the edges taken.
 */
function advance(scenario: Scenario, stepId: string, vars: Vars, route: Edge[], texts: string[]): Transition {
  const limit = scenario.steps.length + 1;
  let id = stepId;
  const helplines: NonNullable<StepView['helplines']> = [];
  for (let hops = 0; hops <= limit; hops++) {
    const step = findStep(scenario, id);
    if (!step) throw new EngineError(`step "${id}" does not exist in "${scenario.id}"`);
    if (step.type === 'message') {
      texts.push(interpolate(step.text, resolver(scenario, vars)));
      if (step.helplines) helplines.push({ after: texts.length - 1, kind: step.helplines });
      route.push(...stepEdges(step));
      id = step.next;
      continue;
    }
    if (step.type === 'branch') {
      const exits = stepEdges(step);
      const index = step.branches.findIndex((b) => matchesVar(b.when, vars));
      const edge = index === -1 ? exits.at(-1) : exits[index];
      if (!edge) throw new EngineError(`step "${step.id}" has no way on`);
      route.push(edge);
      id = edge.to;
      continue;
    }
    if (step.type === 'checklist') vars[step.saveAs] = [];
    const effects: Effect[] = [];
    if (step.type === 'end') {
      if (step.offerReminders) effects.push({ type: 'offer-reminders' });
      effects.push({ type: 'finished', suggest: [...step.suggest] });
    }
    const view = render(scenario, step, vars, texts);
    return {
      state: { scenarioId: scenario.id, stepId: step.id, vars },
      view: helplines.length > 0 ? { ...view, helplines } : view,
      effects,
      route,
    };
  }
  throw new EngineError(`steps in "${scenario.id}" loop without asking anything (from "${stepId}")`);
}

function render(scenario: Scenario, step: Step, vars: Vars, passed: string[]): StepView {
  const text = (html: string) => interpolate(html, resolver(scenario, vars));
  switch (step.type) {
    case 'choice': {
      const buttons = step.options.map((o): Button => ({ label: o.label, action: { kind: 'tap', optionId: o.id } }));
      return { stepId: step.id, type: 'choice', texts: [...passed, text(step.text)], keyboard: rows(buttons, step.columns), expects: 'tap' };
    }
    case 'checklist': {
      const current = vars[step.saveAs];
      const ticked = Array.isArray(current) ? current : [];
      const items = step.items.map((i): Button[] => [
        { label: `${ticked.includes(i.id) ? TICKED : UNTICKED} ${i.label}`, action: { kind: 'toggle', itemId: i.id } },
      ]);
      return {
        stepId: step.id,
        type: 'checklist',
        texts: [...passed, text(step.text)],
        keyboard: [...items, [{ label: step.doneLabel, action: { kind: 'done' } }]],
        expects: 'tap',
      };
    }
    case 'text':
      return {
        stepId: step.id,
        type: 'text',
        texts: [...passed, text(step.prompt)],
        ...(step.skipLabel === undefined
          ? {}
          : { keyboard: [[{ label: step.skipLabel, action: { kind: 'tap', optionId: 'skip' } }]] }),
        expects: 'text',
        maxLength: step.maxLength,
      };
    case 'end':
      return {
        stepId: step.id,
        type: 'end',
        texts: [...passed, text(step.text)],
        expects: 'none',
        end: { suggest: [...step.suggest], offerReminders: step.offerReminders },
      };
    case 'message':
    case 'branch':
      throw new EngineError(`step "${step.id}" (${step.type}) does not wait for the person`);
  }
}

function rows<T>(items: readonly T[], columns: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += columns) result.push(items.slice(i, i + columns));
  return result;
}

/**
 * How variables print: lists of ticked ids as their labels, joined by commas; typed text at
 * most {@link SHOWN_CHARS} characters, cut at a word with "…" (a reflection, never the whole
 * text echoed back).
 */
function resolver(scenario: Scenario, vars: Vars): (name: string) => string | undefined {
  return (name) => {
    const value = vars[name];
    if (value === undefined) return undefined;
    if (typeof value === 'string') return shorten(shownAs(scenario, name, value));
    if (!Array.isArray(value)) return String(value);
    const labels = new Map<string, string>();
    for (const step of scenario.steps) {
      if (step.type === 'checklist' && step.saveAs === name) for (const i of step.items) labels.set(i.id, i.label);
    }
    return value.map((id) => labels.get(id) ?? id).join(', ');
  };
}

/** The most of a typed answer a later message repeats. */
export const SHOWN_CHARS = 120;

/** `text` if it is short, else its start cut at a word boundary with "…". */
export function shorten(text: string, max = SHOWN_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:!?-]+$/u, '')}…`;
}

/**
 * The answer a tap gave, in words, to keep visible on the question once its buttons go:
 * the option's label, the ticked items, or the skip button's label.
 */
export function answerLabel(scenario: Scenario, stepId: string, action: ButtonAction, vars: Vars): string | undefined {
  const step = findStep(scenario, stepId);
  if (!step) return undefined;
  if (step.type === 'choice' && action.kind === 'tap') return step.options.find((o) => o.id === action.optionId)?.label;
  if (step.type === 'text' && action.kind === 'tap' && action.optionId === 'skip') return step.skipLabel;
  if (step.type === 'checklist' && action.kind === 'done') {
    const ticked = vars[step.saveAs];
    const labels = step.items.filter((i) => Array.isArray(ticked) && ticked.includes(i.id)).map((i) => i.label);
    return labels.length > 0 ? labels.join(', ') : step.doneLabel;
  }
  return undefined;
}

/** How a value set by a choice reads in the scenario's language (see `ChoiceOption.shows`). */
function shownAs(scenario: Scenario, name: string, value: string): string {
  for (const step of scenario.steps) {
    if (step.type !== 'choice') continue;
    for (const option of step.options) if (option.set[name] === value && option.shows?.[name] !== undefined) return option.shows[name];
  }
  return value;
}
