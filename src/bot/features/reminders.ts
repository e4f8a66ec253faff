import { Composer, type InlineKeyboard } from 'grammy';
import { DateTime } from 'luxon';
import { CHECKIN_PREFIX, SETTINGS_PREFIX, decodeCheckin, decodeSettings } from '../../reminders/callback-data.ts';
import { checkinKeyboard, moodLabels } from '../../reminders/message.ts';
import { parseDays, parseLocalTime, parseTimeZone } from '../../reminders/parse.ts';
import { PROGRESS_DAYS, renderProgress } from '../../reminders/progress.ts';
import { checkinsSince, findDeliveryStatus, upsertCheckin } from '../../reminders/checkins.repository.ts';
import { isAwaitingZone } from '../../reminders/settings.repository.ts';
import { localDateOf } from '../../reminders/schedule.ts';
import { AWAIT_ZONE_MS, changeReminders, reminderView, stopAwaitingZone, type ReminderChange, type ReminderView } from '../../reminders/service.ts';
import { CALLBACK_PREFIX, callbackRoute } from '../../telegram/callback-data.ts';
import type { Deps } from '../../deps.ts';
import type { PrivateContext } from '../context.ts';
import { timesKeyboard } from './reminders/offer.ts';
import { confirmText, reminderTexts } from './reminders/texts.ts';
import { MENU } from '../main-menu.ts';

/** A typed city is short; longer text is left to the rest of the bot. */
const MAX_PLACE_LENGTH = 40;

/**
 * Daily reminders: `/remind`, `/timezone`, `/pause`, `/progress`, the offer's time buttons, the
 * main menu's "Daily reminders", the check-in buttons under each reminder, and the one typed
 * word (a city) that finishes the set-up. The reminders themselves are sent by the dispatcher.
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

  feature.command('remind', async (ctx) => {
    const arg = ctx.match.trim().toLowerCase();
    if (arg === '') return showState(ctx);
    if (arg === 'on') return afterChange(ctx, await change(ctx, { enabled: true, clearPause: true }));
    if (arg === 'off') {
      await change(ctx, { enabled: false, awaitingZoneUntil: null });
      return ctx.reply(reminderTexts.turnedOff);
    }
    const localTime = parseLocalTime(arg);
    if (localTime === null) return ctx.reply(reminderTexts.badTime);
    return afterChange(ctx, await change(ctx, { enabled: true, localTime }));
  });

  feature.command('timezone', async (ctx) => {
    const arg = ctx.match.trim();
    if (arg === '') {
      const view = await change(ctx, { awaitingZoneUntil: awaitUntil(ctx) });
      return ctx.reply(reminderTexts.zoneHelp(view.timeZone), { parse_mode: 'HTML' });
    }
    const zone = parseTimeZone(arg);
    if (zone === null) return ctx.reply(reminderTexts.badZone);
    return zoneChosen(ctx, zone);
  });

  feature.command('pause', async (ctx) => {
    const arg = ctx.match.trim().toLowerCase();
    if (arg === '') return ctx.reply(reminderTexts.pauseHelp);
    const now = ctx.deps.clock.now();
    if (['off', '0', 'resume', 'none', 'stop'].includes(arg)) {
      return ctx.reply(reminderTexts.pauseCleared(await change(ctx, { clearPause: true }), now));
    }
    const days = parseDays(arg);
    if (!days.ok) return ctx.reply(reminderTexts.badDays(days.error));
    const view = await reminderView(ctx.deps.db, ctx.from.id, now);
    if (!view.enabled) return ctx.reply(reminderTexts.pauseWhenOff);
    return ctx.reply(reminderTexts.paused(days.days, await change(ctx, { pauseDays: days.days }), now));
  });

  feature.command('progress', async (ctx) => {
    const now = ctx.deps.clock.now();
    const today = localDateOf(now, ctx.user.time_zone ?? 'UTC');
    const from = DateTime.fromISO(today, { zone: 'utc' }).minus({ days: PROGRESS_DAYS - 1 }).toISODate() ?? today;
    const checkins = await checkinsSince(ctx.deps.db, ctx.from.id, from);
    const labels = moodLabels(content);
    await ctx.reply(renderProgress({ checkins, today, labels }), { parse_mode: 'HTML' });
  });

  feature.callbackQuery(MENU.remind, async (ctx) => {
    await ctx.answerCallbackQuery();
    await showState(ctx);
  });

  feature.callbackQuery(callbackRoute(CALLBACK_PREFIX.reminderSettings), async (ctx) => {
    const action = decodeSettings(ctx.callbackQuery.data);
    if (action === null) return ctx.answerCallbackQuery(); // forged or from an older version: ignore
    await ctx.answerCallbackQuery();
    switch (action.kind) {
      case 'time': {
        const view = await change(ctx, { enabled: true, localTime: action.localTime });
        return afterChange(ctx, view, { edit: true });
      }
      case 'later':
        await change(ctx, {});
        return show(ctx, reminderTexts.notNow, undefined, { edit: true });
      case 'off':
        await change(ctx, { enabled: false, awaitingZoneUntil: null });
        return show(ctx, reminderTexts.turnedOff, undefined, { edit: true });
    }
  });

  feature.callbackQuery(callbackRoute(CALLBACK_PREFIX.checkin), async (ctx) => {
    const checkin = decodeCheckin(ctx.callbackQuery.data);
    if (checkin === null) return ctx.answerCallbackQuery();
    const { db, clock } = ctx.deps;
    // Only the person's own reminders can be answered: a well-formed but invented date is refused kindly.
    if ((await findDeliveryStatus(db, ctx.from.id, checkin.localDate)) !== 'sent') {
      return ctx.answerCallbackQuery({ text: reminderTexts.checkinUnknown });
    }
    const before = await upsertCheckin(db, ctx.from.id, checkin.localDate, checkin.mood, clock.now());
    const label = moodLabels(content)[checkin.mood];
    if (before === checkin.mood) return ctx.answerCallbackQuery({ text: reminderTexts.checkinSame(label) });
    await ctx.answerCallbackQuery({ text: reminderTexts.checkinNoted(label) });
    const message = ctx.callbackQuery.message;
    if (message && message.date !== 0) {
      await ctx
        .editMessageReplyMarkup({ reply_markup: checkinKeyboard(content, checkin.localDate, checkin.mood) })
        .catch((err: unknown) => ctx.logger.debug({ err }, 'could not tick the chosen check-in'));
    }
  });

  // The one typed word of the set-up: only while we wait for a city, and only if it reads as
  // one (or is short enough to be a misspelt one); anything else goes on to the rest of the bot.
  feature.on('message:text', async (ctx, next) => {
    const text = ctx.message.text.trim();
    if (text.startsWith('/')) return next();
    if (!(await isAwaitingZone(ctx.deps.db, ctx.from.id, ctx.deps.clock.now()))) return next();
    const zone = parseTimeZone(text);
    if (zone !== null) return zoneChosen(ctx, zone);
    if (text.length > MAX_PLACE_LENGTH || text.includes('\n') || text.split(/\s+/).length > 4) return next();
    return ctx.reply(reminderTexts.zoneRetry(text), { parse_mode: 'HTML' });
  });

  return feature;
}

function change(ctx: PrivateContext, changes: ReminderChange): Promise<ReminderView> {
  return changeReminders(ctx.deps.db, ctx.from.id, changes, ctx.deps.clock.now());
}

function awaitUntil(ctx: PrivateContext): Date {
  return new Date(ctx.deps.clock.now().getTime() + AWAIT_ZONE_MS);
}

/** `/remind` and the menu button: the state, with the buttons that make sense from there. */
async function showState(ctx: PrivateContext): Promise<void> {
  const now = ctx.deps.clock.now();
  let view = await reminderView(ctx.deps.db, ctx.from.id, now);
  if (view.enabled && view.localTime !== null && view.timeZone === null) {
    view = await change(ctx, { awaitingZoneUntil: awaitUntil(ctx) });
  }
  const complete = view.enabled && view.localTime !== null && view.timeZone !== null;
  // Enabled with a time but no zone: we just asked them to type a city, so no buttons.
  const keyboard = view.enabled && view.localTime !== null && !complete ? undefined : timesKeyboard(complete);
  await ctx.reply(reminderTexts.state(view, now), { parse_mode: 'HTML', ...(keyboard && { reply_markup: keyboard }) });
}

/** After a change: ask for what is still missing (time, then city), or confirm. */
async function afterChange(ctx: PrivateContext, view: ReminderView, opts: { edit?: boolean } = {}): Promise<void> {
  const now = ctx.deps.clock.now();
  if (view.localTime === null) return show(ctx, reminderTexts.offer, timesKeyboard(), opts);
  if (view.timeZone === null) {
    await change(ctx, { awaitingZoneUntil: awaitUntil(ctx) });
    return show(ctx, reminderTexts.askZone(view.localTime), undefined, opts);
  }
  const stopped = view.stopped ? '\n\nYou used /stop earlier: send /start to receive reminders again.' : '';
  return show(ctx, confirmText(view, now) + stopped, undefined, opts);
}

async function zoneChosen(ctx: PrivateContext, zone: { zone: string; label: string }): Promise<void> {
  const view = await change(ctx, { timeZone: zone.zone, awaitingZoneUntil: null });
  const set = reminderTexts.zoneSet(zone.label);
  if (!view.enabled) {
    await ctx.reply(`${set}\n/remind sets up a daily reminder.`, { parse_mode: 'HTML' });
  } else if (view.localTime === null) {
    await ctx.reply(`${set}\n${reminderTexts.offer}`, { parse_mode: 'HTML', reply_markup: timesKeyboard() });
  } else {
    await ctx.reply(`${set}\n${confirmText(view, ctx.deps.clock.now())}`, { parse_mode: 'HTML' });
  }
}

/** Edits the tapped message when asked (so old buttons disappear), else replies. */
async function show(ctx: PrivateContext, text: string, keyboard: InlineKeyboard | undefined, opts: { edit?: boolean }): Promise<void> {
  const other = { parse_mode: 'HTML' as const, ...(keyboard && { reply_markup: keyboard }) };
  if (opts.edit && ctx.callbackQuery?.message && ctx.callbackQuery.message.date !== 0) {
    try {
      await ctx.editMessageText(text, other);
      return;
    } catch (err) {
      ctx.logger.debug({ err }, 'could not edit the offer; replying instead');
    }
  }
  await ctx.reply(text, other);
}
