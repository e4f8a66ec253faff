import { Composer } from 'grammy';
import { setBlocked } from '../../db/users.repository.ts';
import type { BotContext } from '../context.ts';

/** `my_chat_member` updates of a private chat record when a person blocks the bot (and unblocks it). */
export const trackUser = new Composer<BotContext>();

trackUser.on('my_chat_member', async (ctx, next) => {
  if (ctx.chat.type !== 'private') return next();
  const status = ctx.myChatMember.new_chat_member.status;
  const blocked = status === 'kicked' || status === 'left';
  await setBlocked(ctx.deps.db, ctx.myChatMember.from.id, blocked ? ctx.deps.clock.now() : null);
  ctx.logger.info({ status }, 'chat member status changed');
  // Nothing else to do with this update: it carries no message to answer.
});
