/**
 * The time zone side of the reminder feature: `/timezone`, and the one typed place that
 * finishes the set-up. A near miss gets a "Did you mean …?" with a button.
 *
 * @module
 */
import { parseTimeZone, suggestPlace, type PlaceSuggestion } from '../../../reminders/parse.ts';
import { isAwaitingZone } from '../../../reminders/settings.repository.ts';
import { escapeHtml } from '../../../telegram/html.ts';
import type { PrivateContext } from '../../context.ts';
import { suggestionKeyboard } from './keyboards.ts';
import { zoneHelp } from './sentences.ts';
import { awaitUntil, change, zoneChosen } from './settings.ts';

/** A typed city is short; longer text is left to the rest of the bot. */
const MAX_PLACE_LENGTH = 40;

/** `/timezone` asks for a place; `/timezone <place>` sets it. */
export async function timezoneCommand(ctx: PrivateContext, arg: string): Promise<void> {
  const text = arg.trim();
  if (text === '') {
    const view = await change(ctx, { awaitingZoneUntil: awaitUntil(ctx) });
    await ctx.reply(zoneHelp(view, ctx), { parse_mode: 'HTML' });
    return;
  }
  const zone = parseTimeZone(text);
  if (zone !== null) return zoneChosen(ctx, zone);
  const suggestion = suggestPlace(text);
  if (suggestion !== null) {
    await suggest(ctx, text, suggestion);
    return;
  }
  await ctx.reply(ctx.t('remind-bad-zone'));
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
    await suggest(ctx, text, suggestion);
  } else {
    await ctx.reply(ctx.t('remind-zone-retry', { typed: echo(text) }), { parse_mode: 'HTML' });
  }
  return true;
}

/** "I couldn't find “Berlim”. Did you mean Berlin?", with a button that says yes. */
function suggest(ctx: PrivateContext, text: string, suggestion: PlaceSuggestion) {
  return ctx.reply(ctx.t('remind-zone-suggest', { typed: echo(text), place: escapeHtml(suggestion.name) }), {
    parse_mode: 'HTML',
    reply_markup: suggestionKeyboard(suggestion, ctx),
  });
}

/** What the person typed, said back: short and escaped. */
function echo(text: string): string {
  return escapeHtml(text.slice(0, 40));
}
