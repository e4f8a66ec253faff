/**
 * The reminder offer: buttons for a few common times, then a question for the city. Kept
 * apart from the feature's Composer so the welcome and the scenarios can import it without
 * an import cycle (the feature imports the main menu from the welcome).
 *
 * @module
 */
import { reminderView } from '../../../reminders/service.ts';
import type { PrivateContext } from '../../context.ts';
import { timesKeyboard } from './keyboards.ts';
import { scheduleText } from './sentences.ts';

/**
 * Offers daily reminders in the current private chat: a tap on a time switches them on; if the
 * person's zone is unknown the bot then asks for a city, and one typed word finishes the set-up.
 * Used by the main menu, `/remind`, and the end of the non-attached persistence scenario.
 */
export async function sendReminderOffer(ctx: PrivateContext): Promise<void> {
  const view = await reminderView(ctx.deps.db, ctx.from.id, ctx.deps.clock.now());
  const on = view.enabled && view.localTime !== null && view.timeZone !== null;
  await ctx.reply(on ? ctx.t('remind-offer-when-on', { schedule: scheduleText(view, ctx) }) : ctx.t('remind-offer'), {
    parse_mode: 'HTML',
    reply_markup: timesKeyboard(ctx, on),
  });
}

/**
 * A line for the welcome message of someone who never answered a reminder offer, pointing at
 * the menu's "Daily reminders" button; empty otherwise. Part of the welcome itself rather than
 * a second message, so `/start` still answers with exactly one message.
 */
export async function reminderOfferLine(ctx: PrivateContext): Promise<string> {
  const view = await reminderView(ctx.deps.db, ctx.from.id, ctx.deps.clock.now());
  return view.known ? '' : `\n\n${ctx.t('remind-welcome-line')}`;
}
