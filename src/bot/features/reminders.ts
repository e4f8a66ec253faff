import { Composer } from 'grammy';
import { CHECKIN_PREFIX, SETTINGS_PREFIX } from '../../reminders/callback-data.ts';
import { stopAwaitingZone } from '../../reminders/service.ts';
import { contentIn } from '../../reminders/translation.ts';
import { CALLBACK_PREFIX, callbackRoute } from '../../telegram/callback-data.ts';
import type { Deps } from '../../deps.ts';
import type { PrivateContext } from '../context.ts';
import { MENU } from '../main-menu.ts';
import { onCheckin } from './reminders/checkin.ts';
import { sendProgress } from './reminders/progress.ts';
import { onSettingsTap, pauseCommand, remindCommand, showState } from './reminders/settings.ts';
import { timezoneCommand, typedPlace } from './reminders/zone.ts';

/**
 * Reminders: `/remind`, `/timezone`, `/pause`, `/progress`, the offer's and the settings'
 * buttons, the main menu's "Daily reminders", the check-in buttons under each reminder, and
 * the one typed word (a city) that finishes the set-up. The reminders themselves are sent by
 * the dispatcher. The handlers live beside this file, one concern each (`reminders/`).
 *
 * A factory rather than a module-level Composer because it is given the reminder content
 * (button labels) loaded at start-up.
 */
export function remindersFeature(deps: Pick<Deps, 'reminders'>): Composer<PrivateContext> {
  const feature = new Composer<PrivateContext>();
  const content = deps.reminders;

  // A command or another feature's button means the person moved on: a text after it is not
  // the city we asked for (it may belong to a scenario).
  feature.use(async (ctx, next) => {
    const data = ctx.callbackQuery?.data;
    const isCommand = ctx.message?.text?.startsWith('/') === true;
    const foreignTap = data !== undefined && !data.startsWith(SETTINGS_PREFIX) && !data.startsWith(CHECKIN_PREFIX) && data !== MENU.remind;
    if (isCommand || foreignTap) await stopAwaitingZone(ctx.deps.db, ctx.from.id);
    return next();
  });

  feature.command('remind', (ctx) => remindCommand(ctx, ctx.match));
  feature.command('timezone', (ctx) => timezoneCommand(ctx, ctx.match));
  feature.command('pause', (ctx) => pauseCommand(ctx, ctx.match));
  feature.command('progress', (ctx) => sendProgress(ctx, contentIn(content, ctx.language)));

  feature.callbackQuery(MENU.remind, async (ctx) => {
    await ctx.answerCallbackQuery();
    await showState(ctx);
  });
  feature.callbackQuery(callbackRoute(CALLBACK_PREFIX.reminderSettings), (ctx) => onSettingsTap(ctx, contentIn(content, ctx.language)));
  feature.callbackQuery(callbackRoute(CALLBACK_PREFIX.checkin), (ctx) => onCheckin(ctx, contentIn(content, ctx.language)));

  feature.on('message:text', async (ctx, next) => {
    if (!(await typedPlace(ctx, ctx.message.text.trim()))) await next();
  });

  return feature;
}
