import { encodeCallbackData, WIDEST_RUN_ID, type ButtonAction } from './callback-data.ts';
import { edges, type Edge } from './graph.ts';
import { checkHtml, visibleLength } from '../telegram/html.ts';
import { SHOWN_CHARS } from './engine.ts';
import { placeholders } from './interpolate.ts';
import type { Scenario, SetValue, Step } from './model.ts';
import { LIMITS, tooLong } from './schema.ts';

/** Errors stop the loader; warnings are printed by `scenarios:check` only. */
export type Severity = 'error' | 'warning';

/** What kind of problem lint found, for filtering and tests. */
export type LintCode =
  | 'duplicate-id'
  | 'missing-start'
  | 'dangling-next'
  | 'unreachable'
  | 'dead-end'
  | 'no-exit-cycle'
  | 'auto-loop'
  | 'no-end'
  | 'bad-html'
  | 'unknown-variable'
  | 'unknown-item'
  | 'never-true'
  | 'message-too-long'
  | 'callback-too-long'
  | 'label-too-long'
  | 'unknown-suggest'
  | 'self-suggest'
  | 'duplicate-order'
  | 'unused-variable'
  | 'message-run';

/** One finding, located by file (when known), scenario and step. */
export interface LintProblem {
  severity: Severity;
  code: LintCode;
  scenarioId: string;
  file?: string;
  stepId?: string;
  message: string;
}

/** A scenario to lint, optionally with the file it came from (for messages). */
export type LintInput = Scenario & { readonly file?: string };

/**
 * The one-line form every tool prints:
 * `scenarios/holding-on-check.yaml: step "reflect": next "nope" does not exist`.
 */
export function formatProblem(problem: {
  file?: string | undefined;
  scenarioId?: string | undefined;
  stepId?: string | undefined;
  message: string;
}): string {
  const where = problem.file ?? (problem.scenarioId === undefined ? 'scenarios' : `scenario "${problem.scenarioId}"`);
  return problem.stepId === undefined ? `${where}: ${problem.message}` : `${where}: step "${problem.stepId}": ${problem.message}`;
}

/** Numbers are assumed to print in at most this many characters (a score, a count). */
const NUMBER_WIDTH = 12;

/**
 * Checks one scenario beyond what the schema can say: the step graph (references,
 * reachability, dead ends, loops), Telegram limits (message length after the worst-case
 * interpolation, callback data bytes, label length), HTML and variables.
 */
export function lintScenario(scenario: LintInput): LintProblem[] {
  const problems: LintProblem[] = [];
  const report = (severity: Severity, code: LintCode, message: string, stepId?: string) => {
    problems.push({
      severity,
      code,
      scenarioId: scenario.id,
      ...(scenario.file === undefined ? {} : { file: scenario.file }),
      ...(stepId === undefined ? {} : { stepId }),
      message,
    });
  };

  checkIds(scenario, report);
  checkGraph(scenario, report);
  const widths = variableWidths(scenario);
  for (const step of scenario.steps) {
    checkTexts(scenario, step, widths, report);
    checkButtons(step, report);
    checkConditions(step, widths, report);
  }
  checkVariablesRead(scenario, report);
  checkMessageRuns(scenario, report);
  return problems;
}

/**
 * A variable that is set and never read (in a text, or by a branch) is an answer the
 * conversation forgets: the person said something and it changed nothing.
 */
function checkVariablesRead(scenario: Scenario, report: Report): void {
  const read = new Set<string>();
  for (const step of scenario.steps) {
    for (const { text } of stepTexts(step)) for (const name of placeholders(text)) read.add(name);
    if (step.type === 'branch') for (const b of step.branches) read.add(b.when.var);
    if (step.type === 'choice') for (const o of step.options) if (o.feedback) for (const name of placeholders(o.feedback)) read.add(name);
  }
  const setters: [string, string][] = [];
  for (const step of scenario.steps) {
    if (step.type === 'choice') for (const o of step.options) for (const name of Object.keys(o.set)) setters.push([name, step.id]);
    if (step.type === 'text' && step.saveAs !== undefined) setters.push([step.saveAs, step.id]);
  }
  const reported = new Set<string>();
  for (const [name, stepId] of setters) {
    if (read.has(name) || reported.has(name)) continue;
    reported.add(name);
    report('warning', 'unused-variable', `sets "${name}", which no text or branch reads`, stepId);
  }
}

/** More than two messages in a row before anything is asked reads as a lecture, not a conversation. */
function checkMessageRuns(scenario: Scenario, report: Report): void {
  for (const step of scenario.steps) {
    let run = 0;
    let at: Step | undefined = step;
    const seen = new Set<string>();
    while (at?.type === 'message' && !seen.has(at.id)) {
      seen.add(at.id);
      run += 1;
      at = scenario.steps.find((s) => s.id === (at as { next: string }).next);
    }
    // Report each run once, at its first message: a step no message leads to.
    const ledTo = scenario.steps.some((s) => s.type === 'message' && s.next === step.id);
    if (run > 2 && !ledTo) report('warning', 'message-run', `${String(run)} messages in a row before the person is asked anything`, step.id);
  }
}

/** Lints every scenario ({@link lintScenario}) and the links between them ({@link lintLinks}). */
export function lintCatalog(scenarios: readonly LintInput[]): LintProblem[] {
  return [...scenarios.flatMap(lintScenario), ...lintLinks(scenarios)];
}

/**
 * The checks that need the whole catalog: `suggest` must name a scenario of the
 * catalog, scenario ids must be unique, menu positions should be.
 */
export function lintLinks(scenarios: readonly LintInput[]): LintProblem[] {
  const problems: LintProblem[] = [];
  const ids = new Map<string, LintInput>();
  const orders = new Map<number, LintInput>();
  const locate = (s: LintInput) => ({ scenarioId: s.id, ...(s.file === undefined ? {} : { file: s.file }) });
  for (const scenario of scenarios) {
    const twin = ids.get(scenario.id);
    if (twin) {
      problems.push({
        severity: 'error',
        code: 'duplicate-id',
        ...locate(scenario),
        message: `duplicate scenario id "${scenario.id}" (also in ${twin.file ?? 'another scenario'})`,
      });
    } else ids.set(scenario.id, scenario);
    const sameOrder = orders.get(scenario.order);
    if (sameOrder) {
      problems.push({
        severity: 'warning',
        code: 'duplicate-order',
        ...locate(scenario),
        message: `order ${String(scenario.order)} is also used by "${sameOrder.id}"`,
      });
    } else orders.set(scenario.order, scenario);
  }
  for (const scenario of scenarios) {
    for (const step of scenario.steps) {
      if (step.type !== 'end') continue;
      for (const id of step.suggest) {
        const where = { ...locate(scenario), stepId: step.id };
        if (id === scenario.id) {
          problems.push({ severity: 'warning', code: 'self-suggest', ...where, message: `suggests its own scenario "${id}"` });
        } else if (!ids.has(id)) {
          problems.push({ severity: 'error', code: 'unknown-suggest', ...where, message: `suggests "${id}", which is not a scenario` });
        }
      }
    }
  }
  return problems;
}

type Report = (severity: Severity, code: LintCode, message: string, stepId?: string) => void;

function checkIds(scenario: Scenario, report: Report): void {
  const seen = new Set<string>();
  for (const step of scenario.steps) {
    if (seen.has(step.id)) report('error', 'duplicate-id', 'duplicate step id', step.id);
    seen.add(step.id);
    const inner = step.type === 'choice' ? step.options : step.type === 'checklist' ? step.items : [];
    const kind = step.type === 'choice' ? 'option' : 'item';
    const innerSeen = new Set<string>();
    for (const { id } of inner) {
      if (innerSeen.has(id)) report('error', 'duplicate-id', `duplicate ${kind} id "${id}"`, step.id);
      innerSeen.add(id);
    }
  }
}

function describeExit(edge: Edge): string {
  switch (edge.via.kind) {
    case 'option':
      return `option "${edge.via.optionId}" next`;
    case 'branch':
      return `branch ${String(edge.via.index + 1)} next`;
    case 'otherwise':
      return 'otherwise';
    case 'next':
    case 'skip':
      return 'next';
  }
}

function checkGraph(scenario: Scenario, report: Report): void {
  const ids = new Set(scenario.steps.map((s) => s.id));
  const all = edges(scenario);
  const reported = new Set<string>();
  for (const edge of all) {
    const text = `${describeExit(edge)} "${edge.to}" does not exist`;
    if (ids.has(edge.to) || reported.has(`${edge.from}:${text}`)) continue;
    reported.add(`${edge.from}:${text}`);
    report('error', 'dangling-next', text, edge.from);
  }
  if (!ids.has(scenario.start)) {
    report('error', 'missing-start', `start "${scenario.start}" does not exist`);
    return;
  }
  const valid = all.filter((e) => ids.has(e.to));
  const successors = adjacency(valid, (e) => [e.from, e.to]);
  const predecessors = adjacency(valid, (e) => [e.to, e.from]);

  const reachable = closure([scenario.start], successors);
  for (const step of scenario.steps) {
    if (!reachable.has(step.id)) report('error', 'unreachable', `unreachable from start "${scenario.start}"`, step.id);
  }

  const ends = scenario.steps.filter((s) => s.type === 'end').map((s) => s.id);
  if (ends.length === 0) report('error', 'no-end', 'the scenario has no end step');
  const finishing = closure(ends, predecessors);
  // Steps that lead to a dangling reference are already reported through it.
  const broken = closure(
    all.filter((e) => !ids.has(e.to)).map((e) => e.from),
    predecessors,
  );
  const components = stronglyConnected([...ids], successors);
  const inCycle = new Map<string, string[]>();
  for (const component of components) {
    const first = component[0];
    if (component.length > 1 || (first !== undefined && (successors.get(first) ?? []).includes(first))) {
      for (const id of component) inCycle.set(id, component);
    }
  }
  const cyclesReported = new Set<string[]>();
  for (const step of scenario.steps) {
    if (!reachable.has(step.id) || finishing.has(step.id) || broken.has(step.id) || ends.length === 0) continue;
    const cycle = inCycle.get(step.id);
    if (cycle) {
      if (cyclesReported.has(cycle)) continue;
      cyclesReported.add(cycle);
      report('error', 'no-exit-cycle', `steps ${cycle.map((id) => `"${id}"`).join(', ')} loop with no way out to an end`, step.id);
    } else if (step.type !== 'end' && !all.some((e) => e.from === step.id)) {
      // Steps that merely lead into a stuck loop are covered by the loop's report.
      report('error', 'dead-end', 'no way forward from here', step.id);
    }
  }

  // A loop of steps that ask nothing would spin forever without the person doing anything.
  const silent = new Set(scenario.steps.filter((s) => s.type === 'message' || s.type === 'branch').map((s) => s.id));
  const silentSuccessors = adjacency(
    valid.filter((e) => silent.has(e.from) && silent.has(e.to)),
    (e) => [e.from, e.to],
  );
  for (const component of stronglyConnected([...silent], silentSuccessors)) {
    const first = component[0];
    if (first === undefined) continue;
    if (component.length > 1 || (silentSuccessors.get(first) ?? []).includes(first)) {
      report('error', 'auto-loop', `steps ${component.map((id) => `"${id}"`).join(', ')} loop without asking anything`, first);
    }
  }
}

function adjacency(list: readonly Edge[], pick: (e: Edge) => [string, string]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const edge of list) {
    const [a, b] = pick(edge);
    const targets = map.get(a) ?? [];
    if (!targets.includes(b)) targets.push(b);
    map.set(a, targets);
  }
  return map;
}

function closure(seeds: readonly string[], next: ReadonlyMap<string, string[]>): Set<string> {
  const seen = new Set(seeds);
  const queue = [...seeds];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const to of next.get(id) ?? []) {
      if (!seen.has(to)) {
        seen.add(to);
        queue.push(to);
      }
    }
  }
  return seen;
}

/** Tarjan's strongly connected components; scenarios are small, recursion is fine. */
function stronglyConnected(nodes: readonly string[], next: ReadonlyMap<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const result: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string | undefined;
      do {
        w = stack.pop();
        if (w === undefined) break;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      result.push(component.reverse());
    }
  };
  for (const node of nodes) if (!index.has(node)) visit(node);
  return result;
}

function valueWidth(value: SetValue): number {
  return typeof value === 'string' ? value.length : typeof value === 'number' ? NUMBER_WIDTH : 5;
}

/** The widest a variable can print as, from every place that sets it. */
function variableWidths(scenario: Scenario): Map<string, number> {
  const widths = new Map<string, number>();
  const widen = (name: string, width: number) => widths.set(name, Math.max(widths.get(name) ?? 0, width));
  for (const [name, value] of Object.entries(scenario.vars)) widen(name, valueWidth(value));
  for (const step of scenario.steps) {
    if (step.type === 'choice') {
      for (const option of step.options) {
        for (const [name, value] of Object.entries(option.set)) widen(name, valueWidth(value));
      }
    } else if (step.type === 'checklist') {
      // Ticks print as their labels joined by ", ".
      widen(step.saveAs, step.items.reduce((sum, item) => sum + item.label.length + 2, 0));
    } else if (step.type === 'text' && step.saveAs !== undefined) {
      widen(step.saveAs, Math.min(step.maxLength, SHOWN_CHARS));
    }
  }
  return widths;
}

function stepTexts(step: Step): { field: string; text: string }[] {
  switch (step.type) {
    case 'message':
    case 'checklist':
    case 'end':
      return [{ field: 'text', text: step.text }];
    case 'choice':
      return [
        { field: 'text', text: step.text },
        ...step.options.flatMap((o) =>
          o.feedback === undefined ? [] : [{ field: `option "${o.id}" feedback`, text: o.feedback }],
        ),
      ];
    case 'text':
      return [{ field: 'prompt', text: step.prompt }];
    case 'branch':
      return [];
  }
}

function checkTexts(scenario: Scenario, step: Step, widths: ReadonlyMap<string, number>, report: Report): void {
  for (const { field, text } of stepTexts(step)) {
    const htmlProblem = checkHtml(text);
    if (htmlProblem) report('error', 'bad-html', `${field}: ${htmlProblem}`, step.id);
    const names = placeholders(text);
    let length = visibleLength(text.replace(/\{[a-zA-Z][a-zA-Z0-9_-]*\}/g, ''));
    for (const name of names) {
      const width = widths.get(name);
      if (width === undefined) {
        report('error', 'unknown-variable', `${field} uses {${name}}, which nothing in "${scenario.id}" sets`, step.id);
      } else length += width;
    }
    if (length > LIMITS.messageChars) {
      const how = names.length > 0 ? ' with the longest values of its variables' : '';
      report(
        'error',
        'message-too-long',
        `${field} can reach ${String(length)} characters${how} (limit ${String(LIMITS.messageChars)})`,
        step.id,
      );
    }
  }
}

function buttons(step: Step): { what: string; label: string; action: ButtonAction }[] {
  switch (step.type) {
    case 'choice':
      return step.options.map((o) => ({ what: `option "${o.id}"`, label: o.label, action: { kind: 'tap', optionId: o.id } }));
    case 'checklist':
      return [
        ...step.items.map((i) => ({ what: `item "${i.id}"`, label: i.label, action: { kind: 'toggle' as const, itemId: i.id } })),
        { what: 'doneLabel', label: step.doneLabel, action: { kind: 'done' } },
      ];
    case 'text':
      return step.skipLabel === undefined
        ? []
        : [{ what: 'skipLabel', label: step.skipLabel, action: { kind: 'tap', optionId: 'skip' } }];
    default:
      return [];
  }
}

function checkButtons(step: Step, report: Report): void {
  for (const button of buttons(step)) {
    if (button.label.length > LIMITS.label) {
      const what = button.what.endsWith('Label') ? button.what : `${button.what} label`;
      report('error', 'label-too-long', tooLong(what, button.label, LIMITS.label), step.id);
    }
    const bytes = Buffer.byteLength(encodeCallbackData(WIDEST_RUN_ID, step.id, button.action), 'utf8');
    if (bytes > LIMITS.callbackBytes) {
      report(
        'error',
        'callback-too-long',
        `${button.what} makes callback data of ${String(bytes)} bytes (limit ${String(LIMITS.callbackBytes)}); shorten the step or ${button.what.startsWith('item') ? 'item' : 'option'} id`,
        step.id,
      );
    }
  }
}

function checkConditions(step: Step, widths: ReadonlyMap<string, number>, report: Report): void {
  if (step.type === 'branch') {
    step.branches.forEach((branch, i) => {
      if (!widths.has(branch.when.var)) {
        report('error', 'unknown-variable', `branch ${String(i + 1)} tests "${branch.when.var}", which nothing sets`, step.id);
      }
    });
  } else if (step.type === 'checklist') {
    const items = new Set(step.items.map((i) => i.id));
    step.branches.forEach((branch, i) => {
      const when = branch.when;
      for (const id of [...(when.anyOf ?? []), ...(when.allOf ?? []), ...(when.noneOf ?? [])]) {
        if (!items.has(id)) report('error', 'unknown-item', `branch ${String(i + 1)} names unknown item "${id}"`, step.id);
      }
      if (when.checkedAtLeast !== undefined && when.checkedAtLeast > step.items.length) {
        report(
          'warning',
          'never-true',
          `branch ${String(i + 1)} needs ${String(when.checkedAtLeast)} ticks but there are ${String(step.items.length)} items`,
          step.id,
        );
      }
    });
  }
}
