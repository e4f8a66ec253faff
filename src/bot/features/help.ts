import { Composer } from 'grammy';
import { commandMenu } from '../commands.ts';
import type { PrivateContext } from '../context.ts';
import { MENU } from '../main-menu.ts';

/** `/help`: every command with one line each, in the person's language. */
export const helpFeature = new Composer<PrivateContext>();

helpFeature.command('help', (ctx) => ctx.reply(helpText(ctx)));
helpFeature.callbackQuery(MENU.help, async (ctx) => {
  await ctx.answerCallbackQuery();
  await ctx.reply(helpText(ctx));
});

function helpText(ctx: PrivateContext): string {
  const lines = commandMenu(ctx.t).map((c) => `/${c.command} - ${c.description}`);
  return [ctx.t('help-intro'), '', ...lines, '', ctx.t('help-outro')].join('\n');
}
