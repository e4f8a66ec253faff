import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Logger } from 'pino';
import { allInOrder } from './all-in-order.ts';
import { registerCommands } from './bot/commands.ts';
import { createBot } from './bot/create-bot.ts';
import { askToSendAgain, startPolling, type Polling } from './bot/polling.ts';
import { registerWebhook, webhookRoute } from './bot/webhook.ts';
import type { Config } from './config.ts';
import { dbTarget, openDatabase } from './db/create-db.ts';
import { createMetrics, type Metrics } from './metrics.ts';
import { migrateToLatest } from './db/migrator.ts';
import { createRoundTripScope } from './db/round-trips.ts';
import { systemClock, type Clock } from './clock.ts';
import type { Deps } from './deps.ts';
import { livezRoute, metricsRoute, readyzRoute } from './http/probes.ts';
import { healthRoute, startHttpServer, type Route } from './http/server.ts';
import { createI18n, uiLanguages } from './i18n/i18n.ts';
import { loadReminderContent } from './reminders/content.ts';
import { prepareDetection } from './safety/detection/index.ts';
import { HELPLINES_FILE, loadHelplines } from './safety/helplines.ts';
import { REMINDER_CONTENT_FILE } from './reminders/content-file.ts';
import { startReminderDispatcher, type ReminderDispatcher } from './reminders/dispatcher.ts';
import { DEFAULT_SCENARIO_IDLE_MS, startIdleSweep } from './scenarios/idle-sweep.ts';
import { loadScenarios, SCENARIOS_DIR } from './scenarios/loader.ts';

export interface RunningApp {
  /** Where the HTTP server (health, webhook) listens. */
  url: string;
  deps: Deps;
  /** The daily reminder dispatcher (tests and the playground's "send my reminder now"). */
  reminders: ReminderDispatcher;
  /** Stops taking updates, finishes what is in flight, closes the database. Safe to call twice. */
  stop(): Promise<void>;
}

const SHUTDOWN_BUDGET_MS = 8_000;
/** An update claimed longer ago than this and not done is taken over: its instance died. */
const UPDATE_LEASE_MS = 2 * 60_000;

/**
 * The composition root: config -> content and database -> migrations, getMe and the command
 * menu -> HTTP -> updates. Steps that do not need each other run at once; each is awaited
 * before what needs it, so a failure stops start-up with the cause.
 */
export async function startApp(
  config: Config & { botToken: string },
  opts: {
    logger: Logger;
    clock?: Clock;
    host?: string;
    /** Called when updates can no longer be received (revoked token, a second poller). */
    onFatal?: (error: unknown) => void;
    /** Where the scenario files are; default the project's `scenarios/`. */
    scenariosDir?: string;
    /** The reminder texts; default the project's `scenarios/reminders.yaml`. */
    reminderFile?: string;
    /** Close a scenario run left untouched this long; default 24 hours. */
    scenarioIdleMs?: number;
  },
): Promise<RunningApp> {
  const { logger } = opts;
  const roundTrips = createRoundTripScope();
  let metrics: Metrics | undefined;
  // The database opens (PGlite starts) while the content is read and checked. Content first:
  // invalid scenarios refuse the start with file, step and problem named, before any migration.
  const opening = openDatabase(dbTarget(config), (trip) => {
    roundTrips.observe(trip);
    metrics?.dbRoundTrips.inc({ ok: String(trip.ok) });
    metrics?.dbRoundTripSeconds.observe(trip.ms / 1000);
  });
  const [scenarios, reminderContent, helplines] = await allInOrder([
    loadScenarios(opts.scenariosDir ?? SCENARIOS_DIR),
    loadReminderContent(opts.reminderFile ?? REMINDER_CONTENT_FILE),
    loadHelplines(HELPLINES_FILE),
  ]).catch(async (error: unknown) => {
    await opening.then(({ db }) => db.destroy()).catch(() => {});
    throw error;
  });
  const i18n = createI18n({ onMissing: (key, locale) => logger.error({ key, locale }, 'no text for this key in any language') });
  const database = await opening;
  const db = database.db;
  metrics = createMetrics(database.pool);
  const cleanup: Array<() => Promise<unknown>> = [() => db.destroy()];
  const stopAll = async () => {
    for (const step of cleanup.reverse()) await step().catch((err: unknown) => logger.warn({ err }, 'shutdown step failed'));
  };
  try {
    const deps: Deps = {
      db,
      config,
      logger,
      clock: opts.clock ?? systemClock,
      scenarios,
      reminders: reminderContent,
      helplines,
      i18n,
      languages: uiLanguages(i18n),
      metrics,
      scenarioIdleMs: opts.scenarioIdleMs ?? DEFAULT_SCENARIO_IDLE_MS,
    };
    const claims = { instance: randomUUID(), leaseMs: UPDATE_LEASE_MS, takeOverOtherInstances: config.mode.kind === 'polling' };
    const bot = createBot(config.botToken, deps, { roundTrips, claims });
    // Migrations, who the bot is (getMe) and its command menu at once: none needs another, and
    // nothing listens or polls before all three are done (a failed migration still stops the start).
    const [applied] = await allInOrder([
      migrateToLatest(db),
      bot.init(),
      // The command menu is a convenience: a refusal must not keep the bot from answering.
      registerCommands(bot, deps).catch((err: unknown) => logger.warn({ err }, 'setMyCommands failed')),
    ]);
    if (applied.length > 0) logger.info({ migrations: applied.map((m) => m.migrationName) }, 'database migrated');

    let polling: Polling | undefined;
    let webhookSet = false;
    const databaseAnswers = async () => (await sql`select 1`.execute(db), true);
    const routes: Route[] = [
      livezRoute(),
      healthRoute(databaseAnswers),
      readyzRoute({
        database: databaseAnswers,
        migrations: () => true, // applied above, before anything listens
        updates: () => (polling ? polling.flowing() : webhookSet),
      }),
    ];
    const metricsApart = config.metricsPort !== null && config.metricsPort !== config.port;
    if (config.metricsPort === config.port) routes.push(metricsRoute(metrics.registry));
    if (config.mode.kind === 'webhook') routes.push(webhookRoute(bot, config.mode, logger));
    const server = await startHttpServer({ port: config.port, host: opts.host, routes, logger });
    cleanup.push(() => server.close());
    if (metricsApart) {
      const metricsServer = await startHttpServer({ port: config.metricsPort!, host: opts.host, routes: [metricsRoute(metrics.registry)], logger });
      cleanup.push(() => metricsServer.close());
    }

    if (config.mode.kind === 'webhook') {
      await registerWebhook(bot, config.mode);
      webhookSet = true;
    } else {
      polling = await startPolling(bot, {
        logger,
        onFatal: (error) => {
          logger.fatal({ err: error }, 'polling stopped for good');
          opts.onFatal?.(error);
        },
        onGiveUp: askToSendAgain(bot, (locale, key) => i18n.t(locale, key), i18n.locales),
      });
      cleanup.push(() => polling!.stop(SHUTDOWN_BUDGET_MS / 2));
    }
    // Started once updates flow; stopped first at shutdown (cleanup runs in reverse).
    const reminders = await startReminderDispatcher(deps, { token: config.botToken });
    cleanup.push(() => reminders.stop(SHUTDOWN_BUDGET_MS / 2));
    const idleSweep = startIdleSweep(deps);
    cleanup.push(() => idleSweep.stop());
    logger.info({ mode: config.mode.kind, bot: bot.botInfo.username, http: server.url }, 'letgo is running');
    // Crisis detection's patterns compile now that updates flow, a language at a time; a message
    // before then compiles the languages of its script itself. A language file that does not
    // compile (tests catch it first) stops this process, as an error at import used to, but
    // only once it is running: in polling mode it may already have taken over from another one.
    prepareDetection().catch((error: unknown) => {
      logger.fatal({ err: error }, 'crisis detection does not compile');
      opts.onFatal?.(error);
    });

    let stopping: Promise<void> | undefined;
    return {
      url: server.url,
      deps,
      reminders,
      stop: () => (stopping ??= stopAll()),
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
