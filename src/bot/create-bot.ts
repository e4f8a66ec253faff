import { autoRetry } from '@grammyjs/auto-retry';
import { sequentialize } from '@grammyjs/runner';
import { Bot, type BotConfig } from 'grammy';
import type { Deps } from '../deps.ts';
import type { BotContext } from './context.ts';
import { fallbackFeature } from './features/fallback.ts';
import { groupChatsFeature } from './features/group-chats.ts';
import { helpFeature } from './features/help.ts';
import { journalFeature } from './features/journal.ts';
import { privacyFeature } from './features/privacy.ts';
import { remindersFeature } from './features/reminders.ts';
import { safetyFeature } from './features/safety.ts';
import { scenarioCrisisGuard, scenariosFeature } from './features/scenarios.ts';
import { stopFeature } from './features/stop.ts';
import { welcomeFeature } from './features/welcome.ts';
import { attachDeps } from './middlewares/attach-deps.ts';
import { handleUpdateError } from './middlewares/error-handler.ts';
import { trackUser } from './middlewares/track-user.ts';

export type CreateBotOptions = Pick<BotConfig<BotContext>, 'botInfo'>;

/**
 * Builds the bot with its whole middleware order, top to bottom. Nothing here talks to
 * Telegram until the caller starts it (polling or webhook).
 */
export function createBot(token: string, deps: Deps, options: CreateBotOptions = {}): Bot<BotContext> {
  const bot = new Bot<BotContext>(token, {
    ...options,
    client: { apiRoot: deps.config.apiRoot },
  });

  // Telegram's 429s are waited out (bounded), 5xx and network errors retried a few times.
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60, rethrowHttpErrors: false }));

  // One update at a time per chat and per user, so a person's taps are handled in order.
  bot.use(sequentialize((ctx) => [ctx.chat?.id, ctx.from?.id].filter((id) => id !== undefined).map(String)));
  bot.use(attachDeps(deps));

  const guarded = bot.errorBoundary(handleUpdateError);
  guarded.use(groupChatsFeature);
  guarded.use(trackUser);
  guarded.use(scenarioCrisisGuard); // closes an open scenario run, then lets safety answer
  guarded.use(safetyFeature);
  guarded.use(welcomeFeature);
  guarded.use(helpFeature);
  guarded.use(stopFeature);
  guarded.use(privacyFeature);
  guarded.use(journalFeature);
  guarded.use(scenariosFeature); // before reminders: typed text mid-scenario belongs to the scenario
  guarded.use(remindersFeature());
  guarded.use(fallbackFeature);

  bot.catch((err) => deps.logger.error({ err: err.error }, 'unhandled bot error'));
  return bot;
}
