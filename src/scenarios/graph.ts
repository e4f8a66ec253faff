import { describeChecklistCondition, describeVarCondition } from './conditions.ts';
import { toPlainText } from '../telegram/html.ts';
import type { Scenario, Step } from './model.ts';

/** How an edge is taken: the reason the run moves from one step to another. */
export type EdgeVia =
  /** The only way on: a message, a text answer, a checklist without branches. */
  | { kind: 'next' }
  /** A choice button. */
  | { kind: 'option'; optionId: string; label: string }
  /** A text step's skip button. */
  | { kind: 'skip'; label: string }
  /** The `index`-th branch of a branch or checklist step; `label` reads its condition. */
  | { kind: 'branch'; index: number; label: string }
  /** The fallback of a branch or checklist step with branches. */
  | { kind: 'otherwise' };

/** One way from a step to another. `to` may name a missing step: lint reports those. */
export interface Edge {
  from: string;
  to: string;
  via: EdgeVia;
}

/**
 * Every edge of a scenario, in step order then option/branch order. The single source
 * of the step graph: lint walks it, the graph printer draws it, and test generators use
 * it as the list of paths a walk must cover.
 */
export function edges(scenario: Scenario): Edge[] {
  return scenario.steps.flatMap(stepEdges);
}

/** The edges out of one step. */
export function stepEdges(step: Step): Edge[] {
  const from = step.id;
  switch (step.type) {
    case 'message':
      return [{ from, to: step.next, via: { kind: 'next' } }];
    case 'choice':
      return step.options.map((o) => ({ from, to: o.next, via: { kind: 'option', optionId: o.id, label: o.label } }));
    case 'text':
      return [
        { from, to: step.next, via: { kind: 'next' } },
        ...(step.skipLabel === undefined ? [] : [{ from, to: step.next, via: { kind: 'skip' as const, label: step.skipLabel } }]),
      ];
    case 'checklist':
      if (step.branches.length === 0) return [{ from, to: step.otherwise, via: { kind: 'next' } }];
      return [
        ...step.branches.map((b, index) => ({
          from,
          to: b.next,
          via: { kind: 'branch' as const, index, label: describeChecklistCondition(b.when) },
        })),
        { from, to: step.otherwise, via: { kind: 'otherwise' } },
      ];
    case 'branch':
      return [
        ...step.branches.map((b, index) => ({
          from,
          to: b.next,
          via: { kind: 'branch' as const, index, label: describeVarCondition(b.when) },
        })),
        { from, to: step.otherwise, via: { kind: 'otherwise' } },
      ];
    case 'end':
      return [];
  }
}

/** A stable identity for an edge, for coverage sets: `from -option:yes-> to`. */
export function edgeKey(edge: Edge): string {
  const via = edge.via;
  const how =
    via.kind === 'option' ? `option:${via.optionId}` : via.kind === 'branch' ? `branch:${String(via.index)}` : via.kind;
  return `${edge.from} -${how}-> ${edge.to}`;
}

/** The label an edge carries in a drawing, or undefined for a plain arrow. */
export function edgeLabel(via: EdgeVia): string | undefined {
  switch (via.kind) {
    case 'next':
      return undefined;
    case 'option':
    case 'skip':
    case 'branch':
      return via.label;
    case 'otherwise':
      return 'otherwise';
  }
}

const SHAPES: Record<Step['type'], [string, string]> = {
  message: ['[', ']'],
  choice: ['{', '}'],
  checklist: ['[[', ']]'],
  text: ['[/', '/]'],
  branch: ['{{', '}}'],
  end: ['([', '])'],
};

/** Mermaid node ids: prefixed, because `end` and friends are Mermaid keywords. */
function nodeId(stepId: string): string {
  return `s_${stepId.replaceAll('-', '_')}`;
}

/** Escapes text for a quoted Mermaid label (entity codes, one line). */
export function escapeMermaid(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replaceAll('#', '#35;')
    .replaceAll('"', '#quot;')
    .replaceAll('<', '#lt;')
    .replaceAll('>', '#gt;')
    .replaceAll('|', '#124;')
    .replaceAll('`', '#96;')
    .replaceAll('{', '#123;')
    .replaceAll('}', '#125;');
}

function stepCaption(step: Step): string {
  const text = step.type === 'text' ? step.prompt : step.type === 'branch' ? '' : step.text;
  const plain = toPlainText(text).replace(/\s+/g, ' ').trim();
  const short = plain.length > 40 ? `${plain.slice(0, 39)}…` : plain;
  return short === '' ? `${step.id} (${step.type})` : `${step.id} (${step.type}): ${short}`;
}

/**
 * Draws a scenario as a Mermaid `flowchart TD`: one node per step (shape by kind), one
 * arrow per edge labelled with the button or condition. Missing targets are drawn as
 * red nodes so a broken draft still renders.
 */
export function toMermaid(scenario: Scenario): string {
  const lines = ['flowchart TD', `  %% ${escapeMermaid(scenario.id)}: ${escapeMermaid(scenario.title)}`];
  const known = new Set(scenario.steps.map((s) => s.id));
  for (const step of scenario.steps) {
    const [open, close] = SHAPES[step.type];
    lines.push(`  ${nodeId(step.id)}${open}"${escapeMermaid(stepCaption(step))}"${close}`);
  }
  const missing = new Set<string>();
  for (const edge of edges(scenario)) {
    const label = edgeLabel(edge.via);
    const arrow = label === undefined ? '-->' : `-->|"${escapeMermaid(label)}"|`;
    lines.push(`  ${nodeId(edge.from)} ${arrow} ${nodeId(edge.to)}`);
    if (!known.has(edge.to)) missing.add(edge.to);
  }
  for (const id of missing) {
    lines.push(`  ${nodeId(id)}["${escapeMermaid(`${id} (missing)`)}"]`, `  style ${nodeId(id)} fill:#fdd,stroke:#c00`);
  }
  lines.push(`  style ${nodeId(scenario.start)} stroke-width:3px`);
  return lines.join('\n');
}
