import { api } from './api.js';

/**
 * The authors' panel: every scenario file with its flowchart (the same Mermaid text
 * `npm run scenarios:graph` prints, drawn here by mermaid from node_modules), a button to
 * start it as the current person, and whether the running bot already uses the saved file.
 * The server re-reads the folder on each request, so reloading the page shows edits.
 */

let mermaidReady;

/** Loads mermaid on first use: it is large, and only authors open flowcharts. */
function loadMermaid() {
  mermaidReady ??= import('/vendor/mermaid/mermaid.esm.min.mjs').then(({ default: mermaid }) => {
    mermaid.initialize({
      startOnLoad: false,
      securityLevel: 'strict',
      theme: 'neutral',
      htmlLabels: false,
      flowchart: { htmlLabels: false, useMaxWidth: true },
    });
    return mermaid;
  });
  return mermaidReady;
}

let renderCount = 0;

/** Draws one flowchart into `box`; the SVG is parsed as XML, never assigned as HTML. */
async function drawGraph(box, source) {
  box.replaceChildren(note('Drawing…'));
  try {
    const mermaid = await loadMermaid();
    renderCount += 1;
    const { svg } = await mermaid.render(`flow-${renderCount}`, source);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    if (doc.querySelector('parsererror')) throw new Error('the drawing could not be read');
    box.replaceChildren(document.importNode(doc.documentElement, true));
  } catch (error) {
    const pre = document.createElement('pre');
    pre.textContent = source;
    box.replaceChildren(note(`Could not draw it (${error.message}); here is the Mermaid text:`), pre);
  }
}

function note(text) {
  const p = document.createElement('p');
  p.className = 'note';
  p.textContent = text;
  return p;
}

/**
 * Restarts the bot in the playground's process (chats and everyone's state stay), then
 * redraws the panel. Files with errors are refused and the message says which.
 */
async function restartBot(ui, button) {
  button.disabled = true;
  button.textContent = 'Restarting…';
  try {
    const { ms } = await api.restartBot();
    ui.onNotice(`The bot restarted in ${ms} ms with the saved scenarios.`);
    await showScenarios(ui);
  } catch (error) {
    ui.onNotice(error.message);
    button.disabled = false;
    button.textContent = 'Restart the bot with the saved files';
  }
}

/**
 * @param {{ list: HTMLElement, banner: HTMLElement, problems: HTMLElement, onStart: (id: string) => void, onNotice: (text: string) => void }} ui
 */
export async function showScenarios(ui) {
  let result;
  try {
    result = await api.scenarios();
  } catch (error) {
    ui.banner.hidden = false;
    ui.banner.textContent = `Could not read the scenarios: ${error.message}`;
    return;
  }
  ui.banner.hidden = !result.restartNeeded;
  ui.banner.replaceChildren();
  if (result.restartNeeded) {
    const restart = document.createElement('button');
    restart.type = 'button';
    restart.id = 'restart-bot';
    restart.textContent = 'Restart the bot with the saved files';
    restart.addEventListener('click', () => void restartBot(ui, restart));
    ui.banner.append(
      'Scenario files changed since the bot started. The drawings show the saved files; the bot still runs the versions it loaded, until it restarts. ',
      restart,
    );
  }
  ui.problems.replaceChildren(
    ...result.problems.map((p) => {
      const li = document.createElement('li');
      li.className = p.severity;
      li.textContent = p.text;
      return li;
    }),
  );
  ui.list.replaceChildren(...result.scenarios.map((s, i) => card(s, ui, i === 0)));
}

function card(scenario, ui, open) {
  const li = document.createElement('li');
  li.className = 'scenario';
  li.dataset.scenarioId = scenario.id;
  const details = document.createElement('details');
  details.open = open;

  const summary = document.createElement('summary');
  const title = document.createElement('strong');
  title.textContent = scenario.title;
  const id = document.createElement('code');
  id.textContent = scenario.id;
  summary.append(title, ' ', id);
  if (scenario.bot !== 'same') {
    const badge = document.createElement('span');
    badge.className = 'badge warn';
    badge.textContent = scenario.bot === 'changed' ? 'edited: restart to use' : 'new: restart to use';
    summary.append(' ', badge);
  }

  const about = document.createElement('p');
  about.className = 'note';
  about.textContent = `${scenario.summary} ${scenario.steps} steps, ${scenario.file}.`;

  const start = document.createElement('button');
  start.type = 'button';
  start.className = 'start-scenario';
  start.textContent = 'Start this scenario';
  start.title = `Sends /start ${scenario.id} as the current person`;
  start.addEventListener('click', () => ui.onStart(scenario.id));

  const graph = document.createElement('div');
  graph.className = 'graph';
  details.addEventListener('toggle', () => {
    if (details.open && graph.childElementCount === 0) void drawGraph(graph, scenario.mermaid);
  });
  if (open) void drawGraph(graph, scenario.mermaid);

  details.append(summary, about, start, graph);
  li.append(details);
  return li;
}
