import type { ChatTypeContext, Context } from 'grammy';
import type { Logger } from 'pino';
import type { User } from '../db/database.ts';
import type { ScenarioRun } from '../db/scenario-tables.ts';
import type { FinalWrites } from '../db/updates.repository.ts';
import type { Deps } from '../deps.ts';
import type { CrisisDetection } from '../safety/detection/index.ts';

/** What the first middlewares put on every context. */
export interface AppFlavor {
  deps: Deps;
  /** A child logger carrying the update id and type. */
  logger: Logger;
  /** The stored person, for private-chat updates (loaded once per update with their run). */
  user: User | undefined;
  /**
   * Their active scenario run as it was when the update arrived, or undefined. Read once per
   * update; a feature that moves or closes the run updates it here.
   */
  run: ScenarioRun | undefined;
  /** The conversations plugin's stored value, read with the person (see the scenarios feature). */
  storedConversation: unknown;
  /** The safety-plan part the person is writing, if any: their next words belong to it. */
  planEditing: string | null;
  /** Small writes left for the update's done mark (a step's new buttons, the plugin's state). */
  finalWrites: FinalWrites;
  /** How the update ended, for its log line and metrics: `ok` unless a middleware says otherwise. */
  outcome: 'ok' | 'duplicate' | 'error' | 'unavailable';
  /** What crisis detection found in this update's words (set once, by the safety feature). */
  crisis: CrisisDetection | undefined;
}

/** The person's language and their words in it (see `middlewares/language.ts`). */
export interface LanguageFlavor {
  /** The language the bot speaks with this person: their /language choice, else Telegram's. */
  language: string;
  /** A text of the UI in {@link language}, falling back to English key by key. */
  t(key: string, variables?: Record<string, string | number>): string;
}

export type BotContext = Context & AppFlavor & LanguageFlavor;

/**
 * A private chat with a person: what every private-chat feature sees. `ctx.from` and
 * `ctx.user` are always there, so features need no `ctx.from!` or `if (!ctx.from)`.
 */
export type PrivateContext = ChatTypeContext<BotContext, 'private'> & { user: User };

/** True when the update comes from a person in a private chat whose row is loaded. */
export function isPrivate(ctx: ChatTypeContext<BotContext, 'private'>): ctx is PrivateContext {
  return ctx.user !== undefined;
}
