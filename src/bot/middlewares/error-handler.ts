import { GrammyError, HttpError, type BotError } from 'grammy';
import { isDatabaseUnavailable } from '../../db/availability.ts';
import { setBlocked } from '../../db/users.repository.ts';
import type { BotContext } from '../context.ts';

/**
 * The error boundary's handler: whatever one update did wrong is logged, the person is told
 * (unless Telegram says they blocked us), and the bot goes on with the next update.
 */
export async function handleUpdateError(err: BotError<BotContext>): Promise<void> {
  const { ctx, error } = err;
  const logger = ctx.logger;
  // Not this update's fault: leave it unanswered and unmarked, so it is handled again later.
  if (isDatabaseUnavailable(error)) throw error;
  if (error instanceof GrammyError && error.error_code === 403) {
    logger.info({ chat_id: ctx.chat?.id, description: error.description }, 'user blocked the bot');
    if (ctx.chat?.type === 'private') {
      await setBlocked(ctx.deps.db, ctx.chat.id, ctx.deps.clock.now()).catch((e: unknown) =>
        logger.warn({ err: e }, 'could not record the block'),
      );
    }
    return;
  }
  if (error instanceof GrammyError) logger.warn({ method: error.method, description: error.description }, 'Telegram refused a call');
  else if (error instanceof HttpError) logger.warn({ err: error.error }, 'could not reach Telegram');
  else logger.error({ err: error }, 'update handler failed');

  if (ctx.chat?.type === 'private') {
    await ctx.reply(ctx.t('error')).catch(() => {});
  }
  if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => {});
}
