import { Composer } from 'grammy';
import { setBlocked, upsertUser } from '../../db/users.repository.ts';
import type { BotContext } from '../context.ts';

/**
 * Keeps the `users` row current: the Telegram user of every private-chat update is upserted,
 * and `my_chat_member` updates record when they block the bot (and unblock it).
 */
export const trackUser = new Composer<BotContext>();

trackUser.on('my_chat_member', async (ctx, next) => {
  if (ctx.chat.type !== 'private') return next();
  const status = ctx.myChatMember.new_chat_member.status;
  const blocked = status === 'kicked' || status === 'left';
  await setBlocked(ctx.deps.db, ctx.myChatMember.from.id, blocked ? ctx.deps.clock.now() : null);
  ctx.logger.info({ user_id: ctx.myChatMember.from.id, status }, 'chat member status changed');
  // Nothing else to do with this update: it carries no message to answer.
});

trackUser.use(async (ctx, next) => {
  if (ctx.chat?.type === 'private' && ctx.from && !ctx.from.is_bot) {
    ctx.user = await upsertUser(ctx.deps.db, ctx.from, ctx.deps.clock.now());
  }
  return next();
});
