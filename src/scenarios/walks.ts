import { apply, startRun, type Input, type RunState, type Transition } from './engine.ts';
import { edgeKey, edges, type Edge } from './graph.ts';
import { findStep, type ChecklistStep, type Scenario } from './model.ts';

/** A complete run from the first step to an end, as inputs to replay. */
export interface Walk {
  /** The edge this walk was built to cover. */
  target: Edge;
  /** Inputs to feed `apply` one after another, starting from `startRun`. */
  inputs: Input[];
  /** Every edge taken, in order. */
  route: Edge[];
  /** The state at the end. */
  final: RunState;
}

/** Options for {@link coverWalks}. */
export interface CoverOptions {
  /** What to type at text steps (cut to the step's `maxLength`). */
  sampleText?: string;
  /** A guard against state explosion; scenarios are small, so this is never reached in practice. */
  maxStates?: number;
}

interface Node {
  key: string;
  transition: Transition;
  parent?: { node: Node; inputs: Input[]; route: Edge[] };
}

/**
 * Builds, for every edge of `edges(scenario)`, one complete walk from the start to an
 * end that takes that edge: the shortest way to it found by the real engine, then the
 * shortest way on to an end. Edges no run can take (a branch whose condition never
 * holds) come back in `uncovered`. Tests replay the walks to prove every path ends well;
 * end-to-end tests can replay them through the bot.
 */
export function coverWalks(scenario: Scenario, options: CoverOptions = {}): { walks: Walk[]; uncovered: Edge[] } {
  const sampleText = options.sampleText ?? 'Something I noticed today.';
  const maxStates = options.maxStates ?? 50_000;

  // Breadth-first over run states; for each edge, remember the first move that takes it.
  const first = startRun(scenario);
  const root: Node = { key: stateKey(first.state), transition: first };
  const seen = new Set([root.key]);
  const queue: Node[] = [root];
  const firstMove = new Map<string, Node>();
  for (const edge of first.route) if (!firstMove.has(edgeKey(edge))) firstMove.set(edgeKey(edge), root);
  for (let i = 0; i < queue.length && seen.size < maxStates; i++) {
    const node = queue[i];
    if (!node) break;
    for (const move of moves(scenario, node.transition.state, sampleText)) {
      const child: Node = {
        key: stateKey(move.result.state),
        transition: move.result,
        parent: { node, inputs: move.inputs, route: move.result.route },
      };
      for (const edge of move.result.route) if (!firstMove.has(edgeKey(edge))) firstMove.set(edgeKey(edge), child);
      if (seen.has(child.key)) continue;
      seen.add(child.key);
      queue.push(child);
    }
  }

  const walks: Walk[] = [];
  const uncovered: Edge[] = [];
  for (const edge of edges(scenario)) {
    const node = firstMove.get(edgeKey(edge));
    const tail = node ? pathToEnd(scenario, node, sampleText, maxStates) : undefined;
    if (!node || !tail) {
      uncovered.push(edge);
      continue;
    }
    const head = pathFromRoot(node);
    walks.push({
      target: edge,
      inputs: [...head.inputs, ...tail.inputs],
      route: [...first.route, ...head.route, ...tail.route],
      final: tail.final,
    });
  }
  return { walks, uncovered };
}

function stateKey(state: RunState): string {
  const vars = Object.keys(state.vars)
    .sort()
    .map((k) => [k, state.vars[k]]);
  return `${state.stepId} ${JSON.stringify(vars)}`;
}

function pathFromRoot(node: Node): { inputs: Input[]; route: Edge[] } {
  const parts: { inputs: Input[]; route: Edge[] }[] = [];
  for (let n: Node | undefined = node; n?.parent; n = n.parent.node) parts.unshift(n.parent);
  return { inputs: parts.flatMap((p) => p.inputs), route: parts.flatMap((p) => p.route) };
}

/** Shortest continuation from a node to an end step. */
function pathToEnd(
  scenario: Scenario,
  from: Node,
  sampleText: string,
  maxStates: number,
): { inputs: Input[]; route: Edge[]; final: RunState } | undefined {
  const start: Node = { key: from.key, transition: from.transition };
  const seen = new Set([start.key]);
  const queue = [start];
  for (let i = 0; i < queue.length && seen.size < maxStates; i++) {
    const node = queue[i];
    if (!node) break;
    if (node.transition.view.type === 'end') return { ...pathFromRoot(node), final: node.transition.state };
    for (const move of moves(scenario, node.transition.state, sampleText)) {
      const key = stateKey(move.result.state);
      if (seen.has(key)) continue;
      seen.add(key);
      queue.push({ key, transition: move.result, parent: { node, inputs: move.inputs, route: move.result.route } });
    }
  }
  return undefined;
}

/** Every way on from a resting state, as the inputs that take it and the transition. */
function moves(scenario: Scenario, state: RunState, sampleText: string): { inputs: Input[]; result: Transition }[] {
  const step = findStep(scenario, state.stepId);
  const candidates: Input[][] = [];
  switch (step?.type) {
    case 'choice':
      for (const o of step.options) candidates.push([{ kind: 'tap', optionId: o.id }]);
      break;
    case 'checklist':
      for (const subset of subsets(step)) {
        candidates.push([...subset.map((itemId): Input => ({ kind: 'toggle', itemId })), { kind: 'done' }]);
      }
      break;
    case 'text':
      candidates.push([{ kind: 'text', text: sampleText.slice(0, step.maxLength) }]);
      if (step.skipLabel !== undefined) candidates.push([{ kind: 'tap', optionId: 'skip' }]);
      break;
    default:
      break;
  }
  const result: { inputs: Input[]; result: Transition }[] = [];
  for (const inputs of candidates) {
    let current = state;
    let last: Transition | undefined;
    for (const input of inputs) {
      const outcome = apply(scenario, current, input);
      if (!outcome.ok) throw new Error(`walk refused ${JSON.stringify(input)} at "${current.stepId}": ${outcome.refusal.key}`);
      current = outcome.state;
      last = outcome;
    }
    if (last) result.push({ inputs, result: { state: last.state, view: last.view, effects: last.effects, route: last.route } });
  }
  return result;
}

/** Tick combinations to try: all of them for short lists, a spread for long ones. */
function subsets(step: ChecklistStep): string[][] {
  const ids = step.items.map((i) => i.id);
  if (ids.length <= 8) {
    return Array.from({ length: 2 ** ids.length }, (_, mask) => ids.filter((_, bit) => (mask >> bit) & 1));
  }
  return [[], ids, ...ids.map((id) => [id]), ...ids.map((id) => ids.filter((other) => other !== id))];
}
