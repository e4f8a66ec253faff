import { autoRetry } from '@grammyjs/auto-retry';
import { forgiveLateTapAnswers } from '../telegram/late-answers.ts';
import { sequentialize } from '@grammyjs/runner';
import { Bot, type BotConfig } from 'grammy';
import type { RoundTripScope } from '../db/round-trips.ts';
import type { ClaimPolicy } from '../db/updates.repository.ts';
import type { Deps } from '../deps.ts';
import { countApiCalls } from '../telegram/api-metrics.ts';
import { isPrivate, type BotContext } from './context.ts';
import { adminFeature } from './features/admin.ts';
import { fallbackFeature } from './features/fallback.ts';
import { groupChatsFeature } from './features/group-chats.ts';
import { helpFeature } from './features/help.ts';
import { journalFeature } from './features/journal.ts';
import { languageFeature } from './features/language.ts';
import { privacyFeature } from './features/privacy.ts';
import { remindersFeature } from './features/reminders.ts';
import { safetyFeature } from './features/safety.ts';
import { safetyPlanFeature } from './features/safety-plan.ts';
import { scenariosFeature } from './features/scenarios.ts';
import { stopFeature } from './features/stop.ts';
import { welcomeFeature } from './features/welcome.ts';
import { handleUpdateError } from './middlewares/error-handler.ts';
import { intake } from './middlewares/intake.ts';
import { language } from './middlewares/language.ts';
import { trackUser } from './middlewares/track-user.ts';
import { updateScope } from './middlewares/update-scope.ts';

export type CreateBotOptions = Pick<BotConfig<BotContext>, 'botInfo'> & {
  /** How this instance claims updates so each takes effect once. */
  claims: ClaimPolicy;
  /** Counts each update's database round trips for its log line. */
  roundTrips?: RoundTripScope;
};

/**
 * Builds the bot with its whole middleware order, top to bottom. Nothing here talks to
 * Telegram until the caller starts it (polling or webhook).
 */
export function createBot(token: string, deps: Deps, options: CreateBotOptions): Bot<BotContext> {
  const bot = new Bot<BotContext>(token, {
    ...(options.botInfo && { botInfo: options.botInfo }),
    client: { apiRoot: deps.config.apiRoot },
  });

  // Telegram's 429s are waited out (bounded), 5xx and network errors retried a few times.
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60, rethrowHttpErrors: false }));
  bot.api.config.use(countApiCalls(deps.metrics));
  bot.api.config.use(forgiveLateTapAnswers((description) => deps.logger.debug({ description }, 'a tap answered too late; carrying on')));

  // One update at a time per chat and per user, so a person's taps are handled in order.
  bot.use(sequentialize((ctx) => [ctx.chat?.id, ctx.from?.id].filter((id) => id !== undefined).map(String)));
  bot.use(updateScope(deps, options.roundTrips));
  // Outside the error boundary: an update whose handling failed for lack of a database is
  // not marked done, and its error travels up (webhook: non-2xx; polling: tried again).
  bot.use(intake(options.claims)); // the claim, and the one read of the person and their run
  bot.use(language(deps)); // their language, for every word below

  const guarded = bot.errorBoundary(handleUpdateError);
  guarded.use(groupChatsFeature); // groups and channels: said once, then quiet
  guarded.use(trackUser); // blocked and unblocked

  // Everything below talks with one person in a private chat.
  const person = guarded.chatType('private').filter(isPrivate);
  person.use(safetyFeature); // before any script sees the message
  person.use(safetyPlanFeature); // its next typed answer, if a part waits for one
  person.use(welcomeFeature);
  person.use(helpFeature);
  person.use(languageFeature);
  person.use(stopFeature);
  person.use(privacyFeature);
  person.use(journalFeature);
  person.use(scenariosFeature(deps)); // before reminders: typed text mid-scenario belongs to the scenario
  person.use(remindersFeature(deps));
  person.use(adminFeature); // /stats for ADMIN_IDS; anyone else falls through to the fallback
  person.use(fallbackFeature);

  bot.catch((err) => deps.logger.error({ err: err.error }, 'unhandled bot error'));
  return bot;
}
