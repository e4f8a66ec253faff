import type { I18n } from '@grammyjs/i18n';
import type { Logger } from 'pino';
import type { Clock } from './clock.ts';
import type { Config } from './config.ts';
import type { Metrics } from './metrics.ts';
import type { Db } from './db/create-db.ts';
import type { ReminderContent } from './reminders/content.ts';
import type { Helplines } from './safety/helplines.ts';
import type { ScenarioCatalog } from './scenarios/catalog.ts';

/** What every part of the app is given instead of importing singletons. */
export interface Deps {
  db: Db;
  config: Config;
  logger: Logger;
  clock: Clock;
  /** The scenarios loaded at start-up (content changes need a restart). */
  scenarios: ScenarioCatalog;
  /** The daily reminder texts and check-in buttons, loaded at start-up with the scenarios. */
  reminders: ReminderContent;
  /** Crisis and domestic-abuse helplines by country, loaded at start-up. */
  helplines: Helplines;
  /** Counters and histograms for `/metrics`. */
  metrics: Metrics;
  /** The bot's words in every language (Fluent files under `locales/`). */
  i18n: I18n;
  /** The languages the whole bot speaks (the UI); English first. */
  languages: readonly string[];
  /** A scenario run untouched this long is closed quietly (default 24 hours). */
  scenarioIdleMs: number;
}
