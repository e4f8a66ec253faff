/**
 * The time zone side of the reminder feature: `/timezone`, and the one typed place that
 * finishes the set-up. A near miss gets a "Did you mean …?" with a button.
 *
 * @module
 */
import { parseTimeZone, suggestPlace } from '../../../reminders/parse.ts';
import { isAwaitingZone } from '../../../reminders/settings.repository.ts';
import type { PrivateContext } from '../../context.ts';
import { suggestionKeyboard } from './keyboards.ts';
import { awaitUntil, change, zoneChosen } from './settings.ts';
import { reminderTexts } from './texts.ts';

/** A typed city is short; longer text is left to the rest of the bot. */
const MAX_PLACE_LENGTH = 40;

/** `/timezone` asks for a place; `/timezone <place>` sets it. */
export async function timezoneCommand(ctx: PrivateContext, arg: string): Promise<void> {
  const text = arg.trim();
  if (text === '') {
    const view = await change(ctx, { awaitingZoneUntil: awaitUntil(ctx) });
    await ctx.reply(reminderTexts.zoneHelp(view), { parse_mode: 'HTML' });
    return;
  }
  const zone = parseTimeZone(text);
  if (zone !== null) return zoneChosen(ctx, zone);
  const suggestion = suggestPlace(text);
  if (suggestion !== null) {
    await ctx.reply(reminderTexts.zoneSuggest(text, suggestion.name), { parse_mode: 'HTML', reply_markup: suggestionKeyboard(suggestion) });
    return;
  }
  await ctx.reply(reminderTexts.badZone);
}

/**
 * The one typed word of the set-up: only while we wait for a city, and only if it reads as
 * one (or is short enough to be a misspelt one); anything else goes on to the rest of the bot.
 * Returns false when the text was not for us.
 */
export async function typedPlace(ctx: PrivateContext, text: string): Promise<boolean> {
  if (text.startsWith('/')) return false;
  if (!(await isAwaitingZone(ctx.deps.db, ctx.from.id, ctx.deps.clock.now()))) return false;
  const zone = parseTimeZone(text);
  if (zone !== null) {
    await zoneChosen(ctx, zone);
    return true;
  }
  if (text.length > MAX_PLACE_LENGTH || text.includes('\n') || text.split(/\s+/).length > 4) return false;
  const suggestion = suggestPlace(text);
  if (suggestion !== null) {
    await ctx.reply(reminderTexts.zoneSuggest(text, suggestion.name), { parse_mode: 'HTML', reply_markup: suggestionKeyboard(suggestion) });
  } else {
    await ctx.reply(reminderTexts.zoneRetry(text), { parse_mode: 'HTML' });
  }
  return true;
}
