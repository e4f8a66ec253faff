import type { Context } from 'grammy';
import type { Logger } from 'pino';
import type { User } from '../db/database.ts';
import type { Deps } from '../deps.ts';

/** What the first middleware puts on every context. */
export interface AppFlavor {
  deps: Deps;
  /** A child logger carrying the update id. */
  logger: Logger;
  /** The stored user, for private-chat updates (set by the user tracker). */
  user: User | undefined;
}

export type BotContext = Context & AppFlavor;
