import { exitsText, renderFlowList } from './flow-list.js';
import { flowToMermaid } from './flow-source.js';
import { dropClass, numbersText } from './funnels.js';
import { panZoom } from './pan-zoom.js';

/**
 * One scenario's flowchart: drawn by mermaid (from node_modules, loaded on first use),
 * readable at 100 % (pan and zoom instead of shrinking it into the panel), each step
 * focusable with its full text on hover or focus, the steps also as a list beside it, the
 * current person's step highlighted and, when there are funnels, each step coloured by
 * how many people left there.
 */

let mermaidReady;

function loadMermaid() {
  mermaidReady ??= import('/vendor/mermaid/mermaid.esm.min.mjs').then(({ default: mermaid }) => {
    mermaid.initialize({
      startOnLoad: false,
      securityLevel: 'strict',
      theme: 'neutral',
      htmlLabels: false,
      flowchart: { htmlLabels: false, useMaxWidth: false, wrappingWidth: 180, nodeSpacing: 30, rankSpacing: 40 },
    });
    return mermaid;
  });
  return mermaidReady;
}

let drawings = 0;

const ENTITY = /&(#\d+|#x[0-9a-f]+|quot|amp|lt|gt|apos|nbsp);/gi;
const NAMED = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'", nbsp: '\u00a0' };

/** Mermaid leaves some entity codes as text in SVG labels (`&#123;draft&#125;`); this reads them. */
export function decodeEntities(text) {
  return text.replace(ENTITY, (_, code) => {
    const lower = code.toLowerCase();
    if (lower in NAMED) return NAMED[lower];
    const point = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
    return Number.isFinite(point) && point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : _;
  });
}

function decodeDrawing(svg) {
  const walker = document.createTreeWalker(svg, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.localName !== 'style' && ENTITY.test(node.data)) node.data = decodeEntities(node.data);
    ENTITY.lastIndex = 0;
  }
}

function button(text, label, onClick) {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = text;
  b.setAttribute('aria-label', label);
  b.addEventListener('click', onClick);
  return b;
}

/**
 * @param {HTMLElement} box where the chart goes (emptied)
 * @param {{ id: string, title: string, flow: any }} scenario
 * @returns {Promise<{ setCurrent: (stepId: string | undefined, who: string) => void, setFunnel: (funnel: any) => void }>}
 */
export async function drawFlowchart(box, scenario) {
  drawings += 1;
  const renderId = `flow-${drawings}`;
  const { flow } = scenario;
  const { source, stepOfKey } = flowToMermaid(flow);
  const list = renderFlowList(flow, `${renderId}-steps`);
  const stepById = new Map(flow.steps.map((s) => [s.id, s]));
  const nodes = new Map(); // step id -> <g>
  const state = { current: undefined, who: '', funnel: undefined };

  const status = document.createElement('p');
  status.className = 'note';
  status.textContent = 'Drawing…';
  box.replaceChildren(status, list.element);

  let svg;
  try {
    const mermaid = await loadMermaid();
    const { svg: text } = await mermaid.render(renderId, source);
    // Parsed as XML and imported, never assigned as HTML.
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    if (doc.querySelector('parsererror')) throw new Error('the drawing could not be read');
    svg = document.importNode(doc.documentElement, true);
  } catch (error) {
    status.textContent = `Could not draw it (${error.message}); the steps are listed below.`;
    list.element.open = true;
    return { setCurrent: () => {}, setFunnel: () => {} };
  }
  decodeDrawing(svg);
  // The arrows' labels are in each step's name (where it leads) and in the list.
  for (const labels of svg.querySelectorAll('.edgeLabels')) labels.setAttribute('aria-hidden', 'true');
  svg.setAttribute('role', 'group');
  svg.setAttribute('aria-label', `Flowchart of “${scenario.title}”: ${flow.steps.length} steps; the list below has them as text`);
  svg.setAttribute('aria-describedby', `${renderId}-steps`);

  const viewport = document.createElement('div');
  viewport.className = 'flow-viewport';
  const tip = document.createElement('div');
  tip.className = 'flow-tip';
  tip.id = `${renderId}-tip`;
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  viewport.append(svg);

  const zoomText = document.createElement('button');
  zoomText.type = 'button';
  zoomText.className = 'zoom-level';
  const tools = document.createElement('div');
  tools.className = 'flow-tools';
  tools.setAttribute('role', 'group');
  tools.setAttribute('aria-label', `Zoom “${scenario.title}”`);
  const hint = document.createElement('span');
  hint.className = 'hint';
  hint.textContent = 'Drag or scroll to pan · Ctrl + wheel zooms';

  const chart = document.createElement('div');
  chart.className = 'flow';
  chart.style.position = 'relative';
  chart.append(tools, viewport, tip, list.element);
  box.replaceChildren(chart);

  const view = panZoom(viewport, svg, (zoom) => {
    const percent = `${Math.round(zoom * 100)} %`;
    zoomText.textContent = percent;
    zoomText.setAttribute('aria-label', `“${scenario.title}” at ${percent}; back to 100 %`);
  });
  zoomText.addEventListener('click', view.reset);
  tools.append(
    button('−', `Zoom out of “${scenario.title}”`, view.zoomOut),
    zoomText,
    button('+', `Zoom in on “${scenario.title}”`, view.zoomIn),
    button('Fit', `Fit “${scenario.title}” to the width`, view.fit),
    hint,
  );

  // Steps: one tab stop for the chart (roving tabindex), arrows move between steps.
  for (const g of svg.querySelectorAll('g.node')) {
    const key = /flowchart-([nm]\d+)-/.exec(g.id)?.[1];
    const stepId = key && stepOfKey.get(key);
    if (stepId && stepById.has(stepId)) nodes.set(stepId, g);
  }
  const steps = flow.steps.filter((s) => nodes.has(s.id)).map((s) => s.id);
  const ordered = steps.map((id) => nodes.get(id));
  const labelOf = (stepId) => {
    const step = stepById.get(stepId);
    const parts = [`Step ${step.id} (${step.type})${step.text ? `: ${step.text}` : ''}`, exitsText(flow, stepId)];
    if (state.current === stepId) parts.push(`${state.who} is here`);
    if (state.funnel) parts.push(numbersText(state.funnel.steps.get(stepId)));
    return parts.map((p) => p.replace(/[.!?…]$/, '')).join('. ');
  };
  const showTip = (stepId) => {
    const step = stepById.get(stepId);
    const g = nodes.get(stepId);
    const title = document.createElement('strong');
    title.textContent = `${step.id} (${step.type})${state.current === stepId ? `: ${state.who} is here` : ''}`;
    const parts = [title];
    if (step.text) parts.push(paragraph(step.text));
    const exits = flow.edges.filter((e) => e.from === stepId && e.labels.length > 0);
    for (const e of exits) parts.push(paragraph(`${e.labels.join(' · ')} → ${e.to}`));
    if (state.funnel) parts.push(paragraph(numbersText(state.funnel.steps.get(stepId))));
    tip.replaceChildren(...parts);
    tip.hidden = false;
    const area = chart.getBoundingClientRect();
    const r = g.getBoundingClientRect();
    const left = Math.min(Math.max(0, r.left - area.left), Math.max(0, area.width - tip.offsetWidth));
    const below = r.bottom - area.top + 6;
    tip.style.left = `${left}px`;
    tip.style.top = `${below + tip.offsetHeight > area.height ? Math.max(0, r.top - area.top - tip.offsetHeight - 6) : below}px`;
  };
  const hideTip = () => (tip.hidden = true);
  ordered.forEach((g, i) => {
    const stepId = steps[i];
    g.setAttribute('tabindex', i === 0 ? '0' : '-1');
    g.setAttribute('role', 'img');
    g.setAttribute('aria-label', labelOf(stepId));
    g.dataset.stepId = stepId;
    g.addEventListener('pointerenter', () => showTip(stepId));
    g.addEventListener('pointerleave', () => document.activeElement !== g && hideTip());
    g.addEventListener('focus', () => {
      for (const other of ordered) other.setAttribute('tabindex', other === g ? '0' : '-1');
      view.reveal(g);
      showTip(stepId);
    });
    g.addEventListener('blur', hideTip);
    g.addEventListener('keydown', (event) => {
      const step = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[event.key];
      const target =
        event.key === 'Home' ? ordered[0] : event.key === 'End' ? ordered.at(-1) : step ? ordered[i + step] : undefined;
      if (event.key === 'Escape') hideTip();
      if (!target) return;
      event.preventDefault();
      target.focus();
    });
  });

  const refreshLabels = () => {
    for (const [stepId, g] of nodes) g.setAttribute('aria-label', labelOf(stepId));
  };

  return {
    /** Highlights where `who` is (undefined: not in this scenario). */
    setCurrent(stepId, who) {
      const changed = state.current !== stepId;
      state.current = stepId;
      state.who = who;
      for (const [id, g] of nodes) g.classList.toggle('current-step', id === stepId);
      for (const [id, li] of list.items) {
        if (id === stepId) li.setAttribute('aria-current', 'step');
        else li.removeAttribute('aria-current');
      }
      refreshLabels();
      if (changed && stepId && nodes.has(stepId)) view.reveal(nodes.get(stepId));
    },
    /** Colours the steps by drop-off (`undefined`: no funnels, no colours). */
    setFunnel(funnel) {
      state.funnel = funnel;
      for (const [id, g] of nodes) {
        g.classList.remove('drop-0', 'drop-1', 'drop-2', 'drop-3', 'drop-none');
        if (funnel) g.classList.add(dropClass(funnel.steps.get(id)));
      }
      for (const [id, li] of list.items) {
        li.querySelector('.numbers').textContent = funnel ? ` ${numbersText(funnel.steps.get(id))}.` : '';
      }
      refreshLabels();
    },
  };
}

function paragraph(text) {
  const p = document.createElement('p');
  p.textContent = text;
  return p;
}
