import { api } from './api.js';
import { drawFlowchart } from './flowchart.js';
import { loadFunnels, renderLegend } from './funnels.js';
import { textsTable } from './texts-table.js';

/**
 * The authors' panel's scenarios: every scenario file with its flowchart, a button to start
 * it as the current person, whether the running bot already uses the saved file, where the
 * current person is (from the database, followed live) and, when the playground has them,
 * the funnels' drop-off colours. The server re-reads the folder on each request, so
 * reloading the page shows edits.
 *
 * @param {{ list: HTMLElement, banner: HTMLElement, problems: HTMLElement, legend: HTMLElement, where: HTMLElement,
 *           person: () => { id: number, name: string }, onStart: (id: string) => void, onNotice: (text: string) => void }} ui
 */
export function createScenarioPanel(ui) {
  /** scenario id -> { card, details, badge, chart?: Promise<handle> } */
  const cards = new Map();
  let funnels = null;
  let progress = null;
  let titles = new Map();
  let progressTimers = [];

  const draw = (entry) => {
    entry.chart ??= drawFlowchart(entry.graph, entry.scenario).then((chart) => {
      chart.setFunnel(funnels?.get(entry.scenario.id));
      applyProgress(entry.scenario.id, chart);
      return chart;
    });
    return entry.chart;
  };

  const applyProgress = (scenarioId, chart) => {
    chart.setCurrent(progress?.scenarioId === scenarioId ? progress.stepId : undefined, ui.person().name);
  };

  const showProgress = (next) => {
    const moved = next?.scenarioId !== progress?.scenarioId;
    progress = next;
    const who = ui.person().name;
    ui.where.textContent = progress
      ? `${who} is at step “${progress.stepId}” of “${titles.get(progress.scenarioId) ?? progress.scenarioId}”${progress.paused ? ' (paused after a crisis answer)' : ''}.`
      : `${who} is not in a scenario right now.`;
    for (const [id, entry] of cards) {
      entry.badge.hidden = progress?.scenarioId !== id;
      entry.badge.textContent = `${who} is here`;
      if (moved && progress?.scenarioId === id && !entry.details.open) entry.details.open = true;
      void entry.chart?.then((chart) => applyProgress(id, chart));
    }
  };

  const refreshProgress = async () => {
    try {
      showProgress(await api.progress(ui.person()));
    } catch {
      // 503 while the bot starts or restarts: the next message asks again.
    }
  };

  return {
    async load() {
      let result;
      try {
        [result, funnels] = await Promise.all([api.scenarios(), loadFunnels()]);
      } catch (error) {
        ui.banner.hidden = false;
        ui.banner.textContent = `Could not read the scenarios: ${error.message}`;
        return;
      }
      titles = new Map(result.scenarios.map((s) => [s.id, s.title]));
      showBanner(ui, result.restartNeeded, () => this.load());
      ui.problems.replaceChildren(
        ...result.problems.map((p) => {
          const li = document.createElement('li');
          li.className = p.severity;
          li.textContent = p.text;
          return li;
        }),
      );
      if (funnels) renderLegend(ui.legend);
      else ui.legend.hidden = true;
      cards.clear();
      ui.list.replaceChildren(...result.scenarios.map((s, i) => card(s, i === 0)));
      await refreshProgress();
    },

    /** The person changed: their step, their name in the status lines. */
    personChanged: () => void refreshProgress(),

    /**
     * Something happened in the current chat. The bot saves the step as it answers, so ask
     * a moment after the message, and once more in case the save came later.
     */
    chatChanged() {
      for (const timer of progressTimers) clearTimeout(timer);
      progressTimers = [300, 1500].map((ms) => setTimeout(() => void refreshProgress(), ms));
    },
  };

  function card(scenario, open) {
    const li = document.createElement('li');
    li.className = 'scenario';
    li.dataset.scenarioId = scenario.id;
    const details = document.createElement('details');

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
    const here = document.createElement('span');
    here.className = 'badge here';
    here.hidden = true;
    summary.append(' ', here);

    const about = document.createElement('p');
    about.className = 'note';
    about.textContent = `${scenario.summary} ${scenario.steps} steps, ${scenario.file}.`;

    const start = document.createElement('button');
    start.type = 'button';
    start.className = 'start-scenario';
    start.textContent = 'Start this scenario';
    start.setAttribute('aria-label', `Start this scenario: ${scenario.title}`);
    start.title = `Sends /start ${scenario.id} as the current person`;
    start.addEventListener('click', () => ui.onStart(scenario.id));

    const graph = document.createElement('div');
    graph.className = 'graph';
    const entry = { scenario, details, graph, badge: here, chart: undefined };
    cards.set(scenario.id, entry);
    details.addEventListener('toggle', () => {
      if (details.open) void draw(entry);
    });
    details.append(summary, about, start, graph, textsTable(scenario.texts));
    details.open = open;
    li.append(details);
    return li;
  }
}

/**
 * The banner when files changed since the bot started: restart the bot in the playground's
 * process (chats and everyone's state stay), then redraw. Files with errors are refused.
 */
function showBanner(ui, restartNeeded, reload) {
  ui.banner.hidden = !restartNeeded;
  ui.banner.replaceChildren();
  if (!restartNeeded) return;
  const restart = document.createElement('button');
  restart.type = 'button';
  restart.id = 'restart-bot';
  restart.textContent = 'Restart the bot with the saved files';
  restart.addEventListener('click', async () => {
    restart.disabled = true;
    restart.textContent = 'Restarting…';
    try {
      const { ms } = await api.restartBot();
      ui.onNotice(`The bot restarted in ${ms} ms with the saved scenarios.`);
      await reload();
    } catch (error) {
      ui.onNotice(error.message);
      restart.disabled = false;
      restart.textContent = 'Restart the bot with the saved files';
    }
  });
  ui.banner.append(
    'Scenario files changed since the bot started. The drawings show the saved files; the bot still runs the versions it loaded, until it restarts. ',
    restart,
  );
}
