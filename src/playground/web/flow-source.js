/**
 * A scenario's flow (from `GET /api/scenarios`) -> Mermaid text for the flowchart. Node
 * keys are positional (`n0`, `n1`, … in step order; `m0`, … for missing steps), so the
 * drawing maps back to step ids without guessing at Mermaid's escaping of ids.
 */

/** Choices are rounded boxes, not diamonds: a diamond around a question's text is as wide as it is tall. */
const SHAPES = {
  message: ['[', ']'],
  choice: ['(', ')'],
  checklist: ['[[', ']]'],
  text: ['[/', '/]'],
  branch: ['{{', '}}'],
  end: ['([', '])'],
};

const CAPTION_LENGTH = 44;
const LABEL_LENGTH = 26;

export function shorten(text, length) {
  return text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text;
}

/**
 * Mermaid's quoted labels take entity codes (`#quot;`); the page decodes whatever stays
 * encoded in the drawing. `#` itself is encoded first, so no text can smuggle a code in.
 */
function quoted(text) {
  const escaped = text
    .replaceAll('#', '#35;')
    .replaceAll('"', '#quot;')
    .replaceAll('<', '#lt;')
    .replaceAll('>', '#gt;')
    .replaceAll('`', '#96;');
  return `"${escaped}"`;
}

/** "sounds-like (choice)" on one line, the start of the text under it. */
export function caption(step) {
  const head = `${step.id} (${step.type})`;
  return step.text === '' ? head : `${head}: ${shorten(step.text, CAPTION_LENGTH)}`;
}

/** Several buttons to the same step: their labels if two fit, else how many. */
export function edgeCaption(labels) {
  if (labels.length === 0) return undefined;
  if (labels.length <= 2) return labels.map((l) => shorten(l, LABEL_LENGTH)).join(' · ');
  return `any of ${labels.length} answers`;
}

/**
 * @param {{ start: string, steps: Array<{id: string, type: string, text: string}>,
 *           edges: Array<{from: string, to: string, labels: string[]}>, missing: string[] }} flow
 * @returns {{ source: string, stepOfKey: Map<string, string> }}
 */
export function flowToMermaid(flow) {
  const keyOf = new Map();
  const stepOfKey = new Map();
  const lines = ['flowchart TD'];
  flow.steps.forEach((step, i) => {
    const key = `n${i}`;
    keyOf.set(step.id, key);
    stepOfKey.set(key, step.id);
    const [open, close] = SHAPES[step.type] ?? SHAPES.message;
    lines.push(`  ${key}${open}${quoted(caption(step))}${close}`);
  });
  flow.missing.forEach((id, i) => {
    const key = `m${i}`;
    keyOf.set(id, key);
    stepOfKey.set(key, id);
    lines.push(`  ${key}[${quoted(`${id} (missing)`)}]`, `  style ${key} fill:#fdd,stroke:#b3261e`);
  });
  for (const edge of flow.edges) {
    const label = edgeCaption(edge.labels);
    const arrow = label === undefined ? '-->' : `-->|${quoted(label)}|`;
    lines.push(`  ${keyOf.get(edge.from)} ${arrow} ${keyOf.get(edge.to)}`);
  }
  if (keyOf.has(flow.start)) lines.push(`  style ${keyOf.get(flow.start)} stroke-width:3px`);
  return { source: lines.join('\n'), stepOfKey };
}
