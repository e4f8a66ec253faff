import type { Logger } from 'pino';
import type { Config } from './config.ts';
import type { Db } from './db/create-db.ts';

/** Tells the time; passed in so tests and the scheduler can control it. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** What every part of the app is given instead of importing singletons. */
export interface Deps {
  db: Db;
  config: Config;
  logger: Logger;
  clock: Clock;
}
