import { api } from './api.js';

/**
 * Drop-off colours for the flowcharts, from `GET /api/funnels` (counts only, never who).
 * A node's colour is the share of people who reached the step and left the scenario there;
 * the numbers behind it are in the node's label, its tooltip and the steps list, so the
 * colour is never the only way to read them. Without the route (404) there are no colours.
 */

export const FUNNEL_DAYS = 30;

const BUCKETS = [
  { max: 0.1, label: 'under 10 %' },
  { max: 0.25, label: '10–25 %' },
  { max: 0.5, label: '25–50 %' },
  { max: Infinity, label: '50 % or more' },
];

/**
 * @returns {Promise<Map<string, { started: number, finished: number, steps: Map<string, any> }> | null>}
 *   by scenario id; null when there are no funnels to show
 */
export async function loadFunnels(days = FUNNEL_DAYS) {
  try {
    const result = await api.funnels(days);
    return new Map(
      result.scenarios.map((s) => [s.id, { started: s.started, finished: s.finished, steps: new Map(s.steps.map((step) => [step.stepId, step])) }]),
    );
  } catch (error) {
    if (error.status !== 404) console.warn(`funnels not shown: ${error.message}`);
    return null;
  }
}

/** `drop-0` … `drop-3` by the share who left at the step; `drop-none` when nobody reached it. */
export function dropClass(step) {
  if (!step || step.reached === 0) return 'drop-none';
  const share = step.leftThere / step.reached;
  return `drop-${BUCKETS.findIndex((b) => share < b.max)}`;
}

function duration(seconds) {
  if (seconds < 90) return `${Math.round(seconds)} s`;
  if (seconds < 5400) return `${Math.round(seconds / 60)} min`;
  return `${Math.round(seconds / 3600)} h`;
}

/** "12 reached, 9 moved on, 3 left here (25 %), median 40 s": for labels, tooltips, the list. */
export function numbersText(step) {
  if (!step || step.reached === 0) return `nobody reached it in the last ${FUNNEL_DAYS} days`;
  const share = Math.round((100 * step.leftThere) / step.reached);
  const median = typeof step.medianSeconds === 'number' ? `, median ${duration(step.medianSeconds)} here` : '';
  return `${step.reached} reached, ${step.movedOn} moved on, ${step.leftThere} left here (${share} %)${median}`;
}

/** The legend shown once above the scenarios, when there are funnels. */
export function renderLegend(container) {
  const title = document.createElement('p');
  title.className = 'note';
  title.textContent = `Colours: share of people who left the scenario at that step, last ${FUNNEL_DAYS} days. Hover or focus a step for the numbers.`;
  const list = document.createElement('ul');
  const entries = [
    ...BUCKETS.map((b, i) => [`drop-${i}`, `${b.label} left`]),
    ['drop-none', 'nobody reached it'],
    ['here', 'where the current person is'],
  ];
  for (const [className, label] of entries) {
    const li = document.createElement('li');
    const swatch = document.createElement('span');
    swatch.className = `swatch ${className}`;
    swatch.setAttribute('aria-hidden', 'true');
    li.append(swatch, label);
    list.append(li);
  }
  container.replaceChildren(title, list);
  container.hidden = false;
}
