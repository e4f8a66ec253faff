import { edgeLabel, edges } from '../scenarios/graph.ts';
import type { Scenario, Step } from '../scenarios/model.ts';
import { toPlainText } from '../telegram/html.ts';

/** One step as the authors' panel shows it: the full text, never shortened (the page shortens). */
export interface FlowStep {
  id: string;
  type: Step['type'];
  /** What the person reads at this step, as plain text; empty for a branch. */
  text: string;
}

/**
 * The ways from one step to another, parallel edges merged: five buttons that all lead to
 * the same step are one arrow with five labels, which keeps wide choices readable.
 */
export interface FlowEdge {
  from: string;
  to: string;
  /** Button labels or conditions, in order; empty for a plain "next". */
  labels: string[];
}

/** A scenario's step graph, as data the page draws, lists and colours. */
export interface ScenarioFlow {
  start: string;
  steps: FlowStep[];
  edges: FlowEdge[];
  /** Steps that edges point to but the file does not define (lint reports them). */
  missing: string[];
}

function stepText(step: Step): string {
  const html = step.type === 'text' ? step.prompt : step.type === 'branch' ? '' : step.text;
  return toPlainText(html).replace(/\s+/g, ' ').trim();
}

/**
 * The graph of {@link edges} (the one source of a scenario's paths) in the shape the page
 * needs: the page lays it out with mermaid, lists it as text beside the drawing, and maps
 * the run's step (from the database) and the funnel numbers onto it by step id.
 */
export function scenarioFlow(scenario: Scenario): ScenarioFlow {
  const merged = new Map<string, FlowEdge>();
  for (const edge of edges(scenario)) {
    const key = `${edge.from}\u0000${edge.to}`;
    let flowEdge = merged.get(key);
    if (!flowEdge) merged.set(key, (flowEdge = { from: edge.from, to: edge.to, labels: [] }));
    const label = edgeLabel(edge.via);
    if (label !== undefined) flowEdge.labels.push(label);
  }
  const known = new Set(scenario.steps.map((s) => s.id));
  return {
    start: scenario.start,
    steps: scenario.steps.map((s) => ({ id: s.id, type: s.type, text: stepText(s) })),
    edges: [...merged.values()],
    missing: [...new Set([...merged.values()].map((e) => e.to).filter((to) => !known.has(to)))],
  };
}
