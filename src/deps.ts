import type { Logger } from 'pino';
import type { Clock } from './clock.ts';
import type { Config } from './config.ts';
import type { Db } from './db/create-db.ts';
import type { ReminderContent } from './reminders/content.ts';
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
  /** A scenario run untouched this long is closed quietly (default 24 hours). */
  scenarioIdleMs: number;
}
