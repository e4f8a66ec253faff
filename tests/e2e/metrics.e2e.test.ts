import parsePrometheusTextFormat from 'parse-prometheus-text-format';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRun } from '../../src/scenarios/engine.ts';
import { loadScenarios, SCENARIOS_DIR } from '../../src/scenarios/loader.ts';
import { startTestBot, type TestBot } from '../helpers/app.ts';
import { freePort } from '../helpers/ports.ts';
import { buttonsOf } from '../helpers/scenario-driver.ts';
import { text } from '../helpers/texts.ts';
import { handled } from '../helpers/wait.ts';

/**
 * What an operator's Prometheus sees at `/metrics`: every family letgo promises, each
 * moving when its event happens, and nothing in a label that says who or what was written.
 */

type Family = parsePrometheusTextFormat.MetricFamily;
type Sample = parsePrometheusTextFormat.Sample;
type Labels = Record<string, string>;

const FAMILIES = [
  'letgo_updates_total',
  'letgo_update_duration_seconds',
  'letgo_telegram_api_calls_total',
  'letgo_reminders_total',
  'letgo_reminder_lateness_seconds',
  'letgo_scenario_steps_total',
  'letgo_scenario_runs_total',
  'letgo_crisis_responses_total',
  'letgo_db_pool_connections',
  'letgo_db_round_trips_total',
  'process_cpu_user_seconds_total',
];

const SCENARIO = 'holding-on-check';
const catalog = await loadScenarios(SCENARIOS_DIR);
const opening = startRun(catalog.get(SCENARIO)!).view.texts.length;

const PEOPLE = { talker: 731_000_101, walker: 731_000_202, crisis: 731_000_303, reminded: 731_000_404 };
const FREE_TEXT = 'hello there, it is Tuesday and I miss Jonathan';
const CRISIS_TEXT = 'I want to kill myself';

interface Scrape {
  /** The families as the parser reads them: name, help, type. */
  families: Map<string, Family>;
  /** Every sample by series name (`x`, `x_bucket`, `x_sum`, `x_count`), labels intact. */
  series: Map<string, Sample[]>;
}

/**
 * Scrapes `/metrics` and parses it twice with parse-prometheus-text-format: as it is, for the
 * families and their types; and with the histograms' TYPE lines left out, because the parser
 * folds a histogram's series into one unlabelled sample (it drops `type="message"`), so
 * `x_count{type="message"}` is only readable as a series of its own.
 */
async function scrape(url: string): Promise<Scrape> {
  const res = await fetch(new URL('/metrics', url));
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
  const text = await res.text();
  const families = new Map(parsePrometheusTextFormat(text).map((f) => [f.name, f]));
  const untyped = text
    .split('\n')
    .filter((line) => !/^# TYPE \S+ histogram$/.test(line))
    .join('\n');
  const series = new Map<string, Sample[]>();
  for (const f of parsePrometheusTextFormat(untyped)) series.set(f.name, [...(series.get(f.name) ?? []), ...f.metrics]);
  return { families, series };
}

const matches = (sample: Sample, labels: Labels) => Object.entries(labels).every(([k, v]) => sample.labels?.[k] === v);

/** A series' value summed over the samples with these labels (0 when there are none yet). */
function value(scrape: Scrape, name: string, labels: Labels = {}): number {
  return (scrape.series.get(name) ?? []).filter((s) => matches(s, labels)).reduce((n, s) => n + Number(s.value ?? 0), 0);
}

/** How many observations a histogram has over the samples with these labels. */
const count = (scrape: Scrape, name: string, labels: Labels = {}) => value(scrape, `${name}_count`, labels);

describe('/metrics for the operator', () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await startTestBot();
  }, 120_000);
  afterAll(() => t?.close(), 120_000);

  it('has every family letgo promises, with its type', async () => {
    const metrics = await scrape(t.app.url);
    const families = metrics.families;
    for (const name of FAMILIES) expect(families.has(name), name).toBe(true);
    expect(families.get('letgo_updates_total')!.type).toBe('COUNTER');
    expect(families.get('letgo_update_duration_seconds')!.type).toBe('HISTOGRAM');
    expect(families.get('letgo_reminder_lateness_seconds')!.type).toBe('HISTOGRAM');
    expect(families.get('letgo_db_pool_connections')!.type).toBe('GAUGE');
    expect(families.get('letgo_db_pool_connections')!.metrics.map((s) => s.labels?.state).sort()).toEqual(['idle', 'in_use', 'waiting']);
    expect(families.get('process_cpu_user_seconds_total')!.type).toBe('COUNTER');
    expect(value(metrics, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
  });

  it('moves with what happens: a message, a scenario, a crisis answer, a reminder, Bot API calls', async () => {
    const before = await scrape(t.app.url);

    // A message.
    const talker = t.emulator.user(PEOPLE.talker, { first_name: 'Tal' });
    const said = talker.sendText(FREE_TEXT);
    expect((await talker.waitForBotMessage()).text).toBe(text('free-text'));
    await handled(t.app.deps.db, said);
    const afterMessage = await scrape(t.app.url);
    expect(value(afterMessage, 'letgo_updates_total', { type: 'message', outcome: 'ok' })).toBe(value(before, 'letgo_updates_total', { type: 'message', outcome: 'ok' }) + 1);
    expect(count(afterMessage, 'letgo_update_duration_seconds', { type: 'message' })).toBe(count(before, 'letgo_update_duration_seconds', { type: 'message' }) + 1);
    expect(value(afterMessage, 'letgo_telegram_api_calls_total', { method: 'sendMessage', status: 'ok' })).toBeGreaterThan(
      value(before, 'letgo_telegram_api_calls_total', { method: 'sendMessage', status: 'ok' }),
    );
    expect(value(afterMessage, 'letgo_db_round_trips_total', { ok: 'true' })).toBeGreaterThan(value(before, 'letgo_db_round_trips_total', { ok: 'true' }));

    // A scenario started and finished, with one tap.
    const walker = t.emulator.user(PEOPLE.walker, { first_name: 'Wal' });
    walker.sendText(`/start ${SCENARIO}`);
    const shown = await walker.waitForBotMessage({ count: opening });
    const done = buttonsOf(shown.at(-1)).find((b) => b.text === 'That’s all');
    expect(done).toBeDefined();
    const tap = walker.pressButton({ messageId: shown.at(-1)!.message_id, data: done!.data });
    await walker.waitForBotMessage();
    await handled(t.app.deps.db, tap);
    const afterScenario = await scrape(t.app.url);
    const runs = (outcome: string, m: Scrape) => value(m, 'letgo_scenario_runs_total', { scenario: SCENARIO, outcome });
    expect(runs('started', afterScenario)).toBe(runs('started', before) + 1);
    expect(runs('finished', afterScenario)).toBe(runs('finished', before) + 1);
    expect(value(afterScenario, 'letgo_scenario_steps_total', { scenario: SCENARIO, outcome: 'moved' })).toBe(
      value(before, 'letgo_scenario_steps_total', { scenario: SCENARIO, outcome: 'moved' }) + 1,
    );
    expect(value(afterScenario, 'letgo_updates_total', { type: 'callback_query' })).toBeGreaterThan(value(before, 'letgo_updates_total', { type: 'callback_query' }));

    // Words of crisis.
    const crisis = t.emulator.user(PEOPLE.crisis, { first_name: 'Cris' });
    const words = crisis.sendText(CRISIS_TEXT);
    await crisis.waitForBotMessage();
    await handled(t.app.deps.db, words);
    const afterCrisis = await scrape(t.app.url);
    expect(value(afterCrisis, 'letgo_crisis_responses_total', { tier: 'act' })).toBe(value(before, 'letgo_crisis_responses_total', { tier: 'act' }) + 1);

    // A daily reminder, sent now.
    const reminded = t.emulator.user(PEOPLE.reminded, { first_name: 'Rem' });
    reminded.sendText('/timezone UTC');
    expect((await reminded.waitForBotMessage()).text).toContain('Time zone set: UTC');
    const remind = reminded.sendText('/remind 20:00');
    expect((await reminded.waitForBotMessage()).text).toContain('every day at 20:00 (UTC)');
    await handled(t.app.deps.db, remind); // its own sendMessage is counted once the bot has Telegram's answer
    const sendsBefore = value(await scrape(t.app.url), 'letgo_telegram_api_calls_total', { method: 'sendMessage', status: 'ok' });
    expect(await t.app.reminders.sendNow(PEOPLE.reminded)).toEqual({ sent: true });
    const afterReminder = await scrape(t.app.url);
    expect(value(afterReminder, 'letgo_reminders_total', { outcome: 'sent' })).toBe(value(before, 'letgo_reminders_total', { outcome: 'sent' }) + 1);
    expect(count(afterReminder, 'letgo_reminder_lateness_seconds')).toBe(count(before, 'letgo_reminder_lateness_seconds') + 1);
    // The reminder went out through the Bot API, and was counted as such.
    expect(value(afterReminder, 'letgo_telegram_api_calls_total', { method: 'sendMessage', status: 'ok' })).toBe(sendsBefore + 1);

    // No label anywhere says who, or what they wrote.
    const ids = Object.values(PEOPLE).map(String);
    const written = [FREE_TEXT, CRISIS_TEXT].flatMap((text) => text.toLowerCase().split(/\W+/).filter((w) => w.length >= 4));
    const labelValues = [...afterReminder.series.values()].flatMap((samples) => samples.flatMap((s) => Object.values(s.labels ?? {})));
    expect(labelValues.length).toBeGreaterThan(0);
    for (const label of labelValues) {
      for (const id of ids) expect(label, `a label carries the id ${id}`).not.toContain(id);
      for (const word of written) expect(label.toLowerCase(), `a label carries the word "${word}"`).not.toContain(word);
    }
  }, 90_000);
});

// Two apps of their own; started side by side to keep the file short on a slow machine.
describe.concurrent('METRICS_PORT', () => {
  it('0 turns /metrics off: 404 on PORT, the probes still there', async () => {
    const t = await startTestBot({ METRICS_PORT: '0' });
    try {
      expect((await fetch(new URL('/metrics', t.app.url))).status).toBe(404);
      expect((await fetch(new URL('/livez', t.app.url))).status).toBe(200);
    } finally {
      await t.close();
    }
  }, 120_000);

  it('another port serves /metrics there, and not on PORT', async () => {
    const port = await freePort();
    const t = await startTestBot({ METRICS_PORT: String(port) });
    try {
      const apart = await scrape(`http://127.0.0.1:${String(port)}`);
      expect(apart.families.has('letgo_updates_total')).toBe(true);
      expect((await fetch(new URL('/metrics', t.app.url))).status).toBe(404);
      expect((await fetch(new URL('/livez', t.app.url))).status).toBe(200);
    } finally {
      await t.close();
    }
  }, 120_000);
});
