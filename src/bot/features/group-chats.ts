import { Composer } from 'grammy';
import { rememberGroupChat } from '../../db/users.repository.ts';
import type { BotContext } from '../context.ts';

/**
 * letgo is for private chats. In a group it says so once, then ignores the group entirely,
 * so nothing anybody shares there is stored or answered.
 */
export const groupChatsFeature = new Composer<BotContext>();

groupChatsFeature.use(async (ctx, next) => {
  const chat = ctx.chat;
  if (!chat || chat.type === 'private') return next();
  if (chat.type === 'channel') return;
  if (ctx.message && (await rememberGroupChat(ctx.deps.db, chat.id))) {
    await ctx.reply(ctx.t('private-only', { username: ctx.me.username }));
  }
  if (ctx.callbackQuery) await ctx.answerCallbackQuery();
});
