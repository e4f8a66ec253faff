/**
 * What the bot is doing, for Prometheus (`GET /metrics`). One registry per app, created at
 * start-up and passed in, never the library's global one. Labels name kinds and outcomes
 * only: never a user id, a chat id or anything a person wrote.
 *
 * @module
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

export interface Metrics {
  readonly registry: Registry;
  /** Updates by type (`message`, `callback_query`...) and outcome (`ok`, `duplicate`, `error`, `unavailable`). */
  readonly updates: Counter<'type' | 'outcome'>;
  readonly updateSeconds: Histogram<'type'>;
  /** Bot API calls by method and status (`ok`, the error code, or `network`). */
  readonly telegramCalls: Counter<'method' | 'status'>;
  /** Daily reminders by outcome (`sent`, `skipped`, `failed`, `blocked`, `cancelled`...). */
  readonly reminders: Counter<'outcome'>;
  /** How long after its due time a reminder went out. */
  readonly reminderLatenessSeconds: Histogram<string>;
  /** Scenario inputs by scenario and outcome (`moved`, `refused`, `stale`). */
  readonly scenarioSteps: Counter<'scenario' | 'outcome'>;
  /** Scenario runs by scenario and outcome (`started`, `finished`, `cancelled`, `expired`, `changed`). */
  readonly scenarioRuns: Counter<'scenario' | 'outcome'>;
  /** Crisis answers and questions by tier (`act`, `cue`, `answer-yes`, `answer-unsure`, `answer-no`, `sos`). */
  readonly crisisResponses: Counter<'tier'>;
  /** Database round trips and their time. */
  readonly dbRoundTrips: Counter<'ok'>;
  readonly dbRoundTripSeconds: Histogram<string>;
}

/** Update types Telegram documents; anything else is counted as `other`. */
const UPDATE_TYPES = new Set([
  'message', 'edited_message', 'channel_post', 'edited_channel_post', 'business_connection', 'business_message',
  'edited_business_message', 'deleted_business_messages', 'message_reaction', 'message_reaction_count', 'inline_query',
  'chosen_inline_result', 'callback_query', 'shipping_query', 'pre_checkout_query', 'purchased_paid_media', 'poll',
  'poll_answer', 'my_chat_member', 'chat_member', 'chat_join_request', 'chat_boost', 'removed_chat_boost',
]);

/** A bounded label value for an update type. */
export function updateTypeLabel(type: string): string {
  return UPDATE_TYPES.has(type) ? type : 'other';
}

/**
 * Builds the registry with the process's default metrics and letgo's own. `pool` reports
 * the database connections in use and waiting when scraped.
 */
export function createMetrics(pool?: () => { inUse: number; idle: number; waiting: number }): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  if (pool) {
    new Gauge({
      name: 'letgo_db_pool_connections',
      help: 'Database pool connections by state (in_use, idle, waiting for a connection).',
      labelNames: ['state'],
      registers,
      collect() {
        const now = pool();
        this.set({ state: 'in_use' }, now.inUse);
        this.set({ state: 'idle' }, now.idle);
        this.set({ state: 'waiting' }, now.waiting);
      },
    });
  }
  return {
    registry,
    updates: new Counter({ name: 'letgo_updates_total', help: 'Updates handled, by type and outcome.', labelNames: ['type', 'outcome'], registers }),
    updateSeconds: new Histogram({
      name: 'letgo_update_duration_seconds',
      help: 'Time to handle one update, by type.',
      labelNames: ['type'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    telegramCalls: new Counter({
      name: 'letgo_telegram_api_calls_total',
      help: 'Bot API calls, by method and status (ok, the error code, or network).',
      labelNames: ['method', 'status'],
      registers,
    }),
    reminders: new Counter({ name: 'letgo_reminders_total', help: 'Daily reminders, by outcome.', labelNames: ['outcome'], registers }),
    reminderLatenessSeconds: new Histogram({
      name: 'letgo_reminder_lateness_seconds',
      help: 'Time from a reminder being due to it being sent.',
      buckets: [1, 5, 15, 30, 60, 120, 300, 900, 3600, 10800],
      registers,
    }),
    scenarioSteps: new Counter({
      name: 'letgo_scenario_steps_total',
      help: 'Scenario inputs, by scenario and outcome (moved, refused, stale).',
      labelNames: ['scenario', 'outcome'],
      registers,
    }),
    scenarioRuns: new Counter({
      name: 'letgo_scenario_runs_total',
      help: 'Scenario runs, by scenario and outcome (started, finished, cancelled, expired, changed).',
      labelNames: ['scenario', 'outcome'],
      registers,
    }),
    crisisResponses: new Counter({
      name: 'letgo_crisis_responses_total',
      help: 'Crisis answers and safety questions, by tier.',
      labelNames: ['tier'],
      registers,
    }),
    dbRoundTrips: new Counter({ name: 'letgo_db_round_trips_total', help: 'Database round trips (statements, begin and commit included).', labelNames: ['ok'], registers }),
    dbRoundTripSeconds: new Histogram({
      name: 'letgo_db_round_trip_seconds',
      help: 'Time of one database round trip.',
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5, 1],
      registers,
    }),
  };
}
