/**
 * The settings side of the reminder feature: `/remind`, `/pause`, and the buttons that change
 * the schedule (times, frequency, weekly summary, the contact question, the answers to "keep
 * going?"). Each handler parses, calls the reminder service, and renders.
 *
 * @module
 */
import type { InlineKeyboard } from 'grammy';
import { decodeSettings, type SettingsAction } from '../../../reminders/callback-data.ts';
import type { ReminderContent } from '../../../reminders/content.ts';
import { parseDays, parseLocalTime, parseTimeZone, placeName, type ParsedTimeZone } from '../../../reminders/parse.ts';
import { AWAIT_ZONE_MS, changeReminders, reminderView, shouldAskContact, type ReminderChange, type ReminderView } from '../../../reminders/service.ts';
import type { PrivateContext } from '../../context.ts';
import { contactKeyboard, settingsKeyboard, timesKeyboard, weekdayKeyboard } from './keyboards.ts';
import { sendProgress } from './progress.ts';
import { badDays, confirmText, nextLine, pauseHelp, pausedText, stateText, summarySet, zoneSet } from './sentences.ts';

/** `/remind`, `/remind on|off|contact|HH:MM`. */
export async function remindCommand(ctx: PrivateContext, arg: string): Promise<void> {
  const word = arg.trim().toLowerCase();
  if (word === '') return showState(ctx);
  if (word === 'on') return afterChange(ctx, await change(ctx, { enabled: true, clearPause: true }));
  if (word === 'off') {
    await change(ctx, { enabled: false, awaitingZoneUntil: null });
    await ctx.reply(ctx.t('remind-turned-off'));
    return;
  }
  if (word === 'contact') {
    await ctx.reply(ctx.t('remind-contact-question'), { reply_markup: contactKeyboard(ctx) });
    return;
  }
  const localTime = parseLocalTime(word);
  if (localTime === null) {
    await ctx.reply(ctx.t('remind-bad-time'));
    return;
  }
  return afterChange(ctx, await change(ctx, { enabled: true, localTime }));
}

/** `/pause <days>`, `/pause off`. */
export async function pauseCommand(ctx: PrivateContext, arg: string): Promise<void> {
  const word = arg.trim().toLowerCase();
  if (word === '') {
    await ctx.reply(pauseHelp(ctx));
    return;
  }
  const now = ctx.deps.clock.now();
  if (['off', '0', 'resume', 'none', 'stop'].includes(word)) {
    await ctx.reply(ctx.t('remind-pause-lifted', { next: nextLine(await change(ctx, { clearPause: true }), now, ctx) }));
    return;
  }
  const days = parseDays(word);
  if (!days.ok) {
    await ctx.reply(badDays(days.error, ctx));
    return;
  }
  const view = await reminderView(ctx.deps.db, ctx.from.id, now);
  if (!view.enabled) {
    await ctx.reply(ctx.t('remind-pause-when-off'));
    return;
  }
  await ctx.reply(pausedText(days.days, await change(ctx, { pauseDays: days.days }), now, ctx));
}

/** A tap on a reminder settings button (`rm:…`); forged or old data gets an empty answer. */
export async function onSettingsTap(ctx: PrivateContext, content: ReminderContent): Promise<void> {
  const action = ctx.callbackQuery?.data === undefined ? null : decodeSettings(ctx.callbackQuery.data);
  if (action === null) {
    await ctx.answerCallbackQuery();
    return;
  }
  await ctx.answerCallbackQuery();
  await applySettings(ctx, content, action);
}

async function applySettings(ctx: PrivateContext, content: ReminderContent, action: SettingsAction): Promise<void> {
  const now = ctx.deps.clock.now();
  const edit = { edit: true };
  switch (action.kind) {
    case 'time':
      return afterChange(ctx, await change(ctx, { enabled: true, localTime: action.localTime }), edit);
    case 'later':
      await change(ctx, {});
      return show(ctx, ctx.t('remind-not-now'), undefined, edit);
    case 'off':
      await change(ctx, { enabled: false, awaitingZoneUntil: null });
      return show(ctx, ctx.t('remind-turned-off'), undefined, edit);
    case 'on': {
      const view = await change(ctx, { enabled: true, clearPause: true });
      if (view.localTime === null || view.timeZone === null) return afterChange(ctx, view, edit);
      return show(ctx, ctx.t('remind-back-on', { confirm: confirmText(view, now, ctx) }), undefined, edit);
    }
    case 'keep':
      return show(ctx, ctx.t('remind-keep-going-reply'), undefined, edit);
    case 'pause-week': {
      const view = await reminderView(ctx.deps.db, ctx.from.id, now);
      if (!view.enabled) return show(ctx, ctx.t('remind-pause-when-off'), undefined, edit);
      return show(ctx, pausedText(7, await change(ctx, { pauseDays: 7 }), now, ctx), undefined, edit);
    }
    case 'frequency':
    case 'summary': {
      const change_: ReminderChange = action.kind === 'frequency' ? { frequency: action.frequency } : { summaryWeekday: action.weekday };
      const view = await change(ctx, change_);
      const done =
        action.kind === 'frequency'
          ? ctx.t('remind-frequency-set', { frequency: ctx.t(`remind-frequency-${view.frequency}`), next: nextLine(view, now, ctx) })
          : summarySet(view, ctx);
      return show(ctx, `${done}\n\n${stateText(view, now, ctx)}`, stateKeyboard(ctx, view), edit);
    }
    case 'summary-menu': {
      const view = await reminderView(ctx.deps.db, ctx.from.id, now);
      return show(ctx, ctx.t('remind-summary-ask'), weekdayKeyboard(view.summaryWeekday, ctx), edit);
    }
    case 'contact': {
      await change(ctx, { inContact: action.answer });
      const message = ctx.callbackQuery?.message;
      if (message && message.date !== 0) {
        await ctx.editMessageReplyMarkup().catch((err: unknown) => ctx.logger.debug({ err }, 'could not take the contact buttons away'));
      }
      await ctx.reply(ctx.t(`remind-contact-thanks-${action.answer}`));
      return;
    }
    case 'place': {
      const zone = parseTimeZone(action.key);
      if (zone === null) return; // the place list changed since the button was made
      return zoneChosen(ctx, zone, edit);
    }
    case 'progress':
      return sendProgress(ctx, content);
  }
}

export function change(ctx: PrivateContext, changes: ReminderChange): Promise<ReminderView> {
  return changeReminders(ctx.deps.db, ctx.from.id, changes, ctx.deps.clock.now());
}

export function awaitUntil(ctx: PrivateContext): Date {
  return new Date(ctx.deps.clock.now().getTime() + AWAIT_ZONE_MS);
}

/** `/remind` and the menu button: the state, with the buttons that make sense from there. */
export async function showState(ctx: PrivateContext): Promise<void> {
  const now = ctx.deps.clock.now();
  let view = await reminderView(ctx.deps.db, ctx.from.id, now);
  if (view.enabled && view.localTime !== null && view.timeZone === null) {
    view = await change(ctx, { awaitingZoneUntil: awaitUntil(ctx) });
  }
  const keyboard = stateKeyboard(ctx, view);
  await ctx.reply(stateText(view, now, ctx), { parse_mode: 'HTML', ...(keyboard && { reply_markup: keyboard }) });
}

/** Settings when set up; times while a time is missing; none while we wait for a typed city. */
function stateKeyboard(ctx: PrivateContext, view: ReminderView): InlineKeyboard | undefined {
  if (view.enabled && view.localTime !== null && view.timeZone !== null) return settingsKeyboard(view, ctx);
  if (view.enabled && view.localTime !== null) return undefined;
  return timesKeyboard(ctx, false);
}

/** After a change: ask for what is still missing (time, then city), or confirm. */
export async function afterChange(ctx: PrivateContext, view: ReminderView, opts: { edit?: boolean } = {}): Promise<void> {
  if (view.localTime === null) return show(ctx, ctx.t('remind-offer'), timesKeyboard(ctx), opts);
  if (view.timeZone === null) {
    await change(ctx, { awaitingZoneUntil: awaitUntil(ctx) });
    return show(ctx, ctx.t('remind-ask-zone', { time: view.localTime }), undefined, opts);
  }
  return confirm(ctx, view, '', opts);
}

/**
 * The confirmation of a complete set-up. The first time, it also asks whether the person is
 * still in contact with their ex, in the same message (one answer per command), once ever.
 */
export async function confirm(ctx: PrivateContext, view: ReminderView, before: string, opts: { edit?: boolean } = {}): Promise<void> {
  const now = ctx.deps.clock.now();
  const stopped = view.stopped ? `\n\n${ctx.t('remind-confirm-stopped')}` : '';
  const ask = await shouldAskContact(ctx.deps.db, ctx.from.id, view, now);
  const question = ask ? `\n\n${ctx.t('remind-contact-question')}` : '';
  return show(ctx, `${before}${confirmText(view, now, ctx)}${stopped}${question}`, ask ? contactKeyboard(ctx) : undefined, opts);
}

/** A zone was chosen (typed, or a suggestion tapped): store it with the place, and go on with the set-up. */
export async function zoneChosen(ctx: PrivateContext, zone: ParsedTimeZone, opts: { edit?: boolean } = {}): Promise<void> {
  const view = await change(ctx, { timeZone: zone.zone, place: zone.place, awaitingZoneUntil: null });
  const set = zoneSet(zone.label, placeName(zone.zone, zone.place), ctx);
  if (!view.enabled) return show(ctx, `${set}\n${ctx.t('remind-zone-set-off')}`, undefined, opts);
  if (view.localTime === null) return show(ctx, `${set}\n${ctx.t('remind-offer')}`, timesKeyboard(ctx), opts);
  return confirm(ctx, view, `${set}\n`, opts);
}

/** Edits the tapped message when asked (so old buttons disappear), else replies. */
export async function show(ctx: PrivateContext, text: string, keyboard: InlineKeyboard | undefined, opts: { edit?: boolean }): Promise<void> {
  const other = { parse_mode: 'HTML' as const, ...(keyboard && { reply_markup: keyboard }) };
  if (opts.edit && ctx.callbackQuery?.message && ctx.callbackQuery.message.date !== 0) {
    try {
      await ctx.editMessageText(text, other);
      return;
    } catch (err) {
      ctx.logger.debug({ err }, 'could not edit the message; replying instead');
    }
  }
  await ctx.reply(text, other);
}
