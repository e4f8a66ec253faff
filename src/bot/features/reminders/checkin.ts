/**
 * A tap on a check-in button under a reminder: stored for that day, the chosen answer ticked,
 * and a reply that answers the mood (never the same words twice in a row). "Holding on
 * tight" comes with buttons to the scenarios that help in that moment.
 *
 * @module
 */
import { decodeCheckin } from '../../../reminders/callback-data.ts';
import { findCheckinContext, saveCheckin } from '../../../reminders/checkins.repository.ts';
import { CHECKIN_REPLY_COUNT, HOLDING_SCENARIOS, pickReply, replyKey } from '../../../reminders/checkin-reply.ts';
import type { ReminderContent } from '../../../reminders/content.ts';
import { checkinKeyboard, moodLabels } from '../../../reminders/message.ts';
import type { PrivateContext } from '../../context.ts';
import { personLanguage } from '../safety/help.ts';
import { scenarioKeyboard } from './keyboards.ts';

export async function onCheckin(ctx: PrivateContext, content: ReminderContent, random: () => number = Math.random): Promise<void> {
  const checkin = ctx.callbackQuery?.data === undefined ? null : decodeCheckin(ctx.callbackQuery.data);
  if (checkin === null) {
    await ctx.answerCallbackQuery();
    return;
  }
  const { db, clock } = ctx.deps;
  const known = await findCheckinContext(db, ctx.from.id, checkin.localDate);
  // Only the person's own reminders can be answered: a well-formed but invented date is refused kindly.
  if (known.status !== 'sent') {
    await ctx.answerCallbackQuery({ text: ctx.t('checkin-unknown') });
    return;
  }
  const label = moodLabels(content)[checkin.mood];
  if (known.before === checkin.mood) {
    await ctx.answerCallbackQuery({ text: ctx.t('checkin-same', { answer: label }) });
    return;
  }
  const mood = checkin.mood === 'skipped' ? null : checkin.mood;
  const reply = mood === null ? null : pickReply(mood, CHECKIN_REPLY_COUNT, known.lastReply, random);
  await saveCheckin(db, ctx.from.id, checkin.localDate, checkin.mood, mood === null || reply === null ? null : replyKey(mood, reply), clock.now());
  await ctx.answerCallbackQuery({ text: ctx.t('checkin-noted', { answer: label }) });
  const message = ctx.callbackQuery?.message;
  if (message && message.date !== 0) {
    await ctx
      .editMessageReplyMarkup({ reply_markup: checkinKeyboard(content, checkin.localDate, checkin.mood) })
      .catch((err: unknown) => ctx.logger.debug({ err }, 'could not tick the chosen check-in'));
  }
  if (mood === null || reply === null) return;
  const keyboard = mood === 'holding' ? scenarioKeyboard(ctx.deps.scenarios, HOLDING_SCENARIOS, personLanguage(ctx)) : undefined;
  await ctx.reply(ctx.t(`checkin-reply-${mood}-${reply + 1}`), { ...(keyboard && { reply_markup: keyboard }) });
}
