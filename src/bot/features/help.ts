import { Composer } from 'grammy';
import type { PrivateContext } from '../context.ts';
import { texts } from '../texts.ts';
import { MENU } from '../main-menu.ts';

/** `/help`: every command with one line each. */
export const helpFeature = new Composer<PrivateContext>();

helpFeature.command('help', (ctx) => ctx.reply(texts.help()));
helpFeature.callbackQuery(MENU.help, async (ctx) => {
  await ctx.answerCallbackQuery();
  await ctx.reply(texts.help());
});
