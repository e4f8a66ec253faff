import { shorten } from './flow-source.js';

/**
 * The text alternative of a flowchart: its steps as a numbered list, each with where it
 * leads. Screen reader users and anyone who prefers reading get the same graph.
 */

const TEXT_LENGTH = 90;

/** "Losing them for good · Losing control → not-control; otherwise → wrap", or "the end". */
export function exitsText(flow, stepId) {
  const exits = flow.edges.filter((e) => e.from === stepId);
  if (exits.length === 0) return 'the end';
  return exits.map((e) => (e.labels.length > 0 ? `${e.labels.join(' · ')} → ${e.to}` : `→ ${e.to}`)).join('; ');
}

/**
 * @param {any} flow
 * @param {string} listId
 * @returns {{ element: HTMLDetailsElement, items: Map<string, HTMLLIElement> }}
 */
export function renderFlowList(flow, listId) {
  const details = document.createElement('details');
  details.className = 'flow-steps';
  const summary = document.createElement('summary');
  summary.textContent = `The ${flow.steps.length} steps as a list`;
  const ol = document.createElement('ol');
  ol.id = listId;
  const items = new Map();
  for (const step of flow.steps) {
    const li = document.createElement('li');
    const id = document.createElement('strong');
    id.textContent = step.id;
    const text = step.text === '' ? '' : `: ${shorten(step.text, TEXT_LENGTH)}`;
    const numbers = document.createElement('span');
    numbers.className = 'numbers';
    li.append(id, ` (${step.type}${step.id === flow.start ? ', start' : ''})${text} `, `[${exitsText(flow, step.id)}]`, numbers);
    items.set(step.id, li);
    ol.append(li);
  }
  details.append(summary, ol);
  return { element: details, items };
}

