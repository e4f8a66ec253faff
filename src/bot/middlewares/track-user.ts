import { Composer } from 'grammy';
import { loadPerson } from '../../db/person.repository.ts';
import { setBlocked } from '../../db/users.repository.ts';
import type { BotContext } from '../context.ts';

/**
 * Keeps the `users` row current and loads the person once per update: the Telegram user of
 * every private-chat update is upserted and read back with their active scenario run (one
 * round trip), and `my_chat_member` updates record when they block the bot (and unblock it).
 */
export const trackUser = new Composer<BotContext>();

trackUser.on('my_chat_member', async (ctx, next) => {
  if (ctx.chat.type !== 'private') return next();
  const status = ctx.myChatMember.new_chat_member.status;
  const blocked = status === 'kicked' || status === 'left';
  await setBlocked(ctx.deps.db, ctx.myChatMember.from.id, blocked ? ctx.deps.clock.now() : null);
  ctx.logger.info({ status }, 'chat member status changed');
  // Nothing else to do with this update: it carries no message to answer.
});

trackUser.use(async (ctx, next) => {
  if (ctx.chat?.type === 'private' && ctx.from && !ctx.from.is_bot) {
    const person = await loadPerson(ctx.deps.db, ctx.from, ctx.deps.clock.now());
    ctx.user = person.user;
    ctx.run = person.run;
    ctx.storedConversation = person.conversation;
    ctx.planEditing = person.planEditing;
  }
  return next();
});
