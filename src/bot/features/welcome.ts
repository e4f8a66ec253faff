import { Composer } from 'grammy';
import { setStopped } from '../../db/users.repository.ts';
import type { PrivateContext } from '../context.ts';
import { mainMenu, URGE_SCENARIO } from '../main-menu.ts';
import { escapeHtml } from '../../telegram/html.ts';
import { reminderOfferLine } from './reminders/offer.ts';

/** `/start`: a warm welcome, the disclaimer, the main menu; also opts back in after `/stop`. */
export const welcomeFeature = new Composer<PrivateContext>();

welcomeFeature.command('start', async (ctx, next) => {
  if (ctx.match) return next(); // a deep link: the scenarios feature handles /start <id>
  const wasStopped = ctx.user.stopped_at !== null;
  if (wasStopped) await setStopped(ctx.deps.db, ctx.from.id, null);
  await ctx.reply(ctx.t('welcome', { name: escapeHtml(ctx.from.first_name) }) + (await reminderOfferLine(ctx)), {
    parse_mode: 'HTML',
    reply_markup: mainMenu(ctx.t, ctx.deps.scenarios.get(URGE_SCENARIO) !== undefined),
  });
  if (wasStopped) await ctx.reply(ctx.t('welcome-back'));
});
