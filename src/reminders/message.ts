/**
 * The daily reminder as Telegram shows it: the text, the check-in question, one button per
 * mood and a "not today" button, all carrying the local date so a tap days later still
 * lands on the right day.
 *
 * @module
 */
import { InlineKeyboard } from 'grammy';
import { escapeHtml } from '../telegram/html.ts';
import { SAFETY_DATA } from '../safety/callback-data.ts';
import { encodeCheckin } from './callback-data.ts';
import { pickReminder, type ReminderContent } from './content.ts';
import type { FenceRow } from './deliveries.repository.ts';
import { rememberSeen } from './plan.ts';
import type { Attempt } from './record.ts';
import type { DayMood } from './progress.ts';

export interface ReminderMessage {
  text: string;
  keyboard: InlineKeyboard;
}

/** @throws RangeError when `reminderId` is not in the content. */
export function renderReminder(content: ReminderContent, reminderId: string, localDate: string): ReminderMessage {
  const reminder = content.reminders.find((r) => r.id === reminderId);
  if (!reminder) throw new RangeError(`unknown reminder "${reminderId}"`);
  return { text: `${reminder.text}\n\n<i>${escapeHtml(content.checkin.prompt)}</i>`, keyboard: checkinKeyboard(content, localDate) };
}

/**
 * One mood per row (the labels are too long to share a phone-width row), then "not today".
 * After a tap the chosen answer carries a tick; the buttons stay so the answer can change.
 */
export function checkinKeyboard(content: ReminderContent, localDate: string, chosen?: DayMood): InlineKeyboard {
  const label = (text: string, mood: DayMood) => (mood === chosen ? `✓ ${text}` : text);
  const keyboard = new InlineKeyboard();
  for (const option of content.checkin.options) {
    keyboard.text(label(option.label, option.mood), encodeCheckin(localDate, option.mood)).row();
  }
  return keyboard.text(label(content.checkin.notToday, 'skipped'), encodeCheckin(localDate, 'skipped'));
}

/** The button wording of each answer, for replies and the `/progress` legend. */
export function moodLabels(content: ReminderContent): Record<DayMood, string> {
  const labels = { skipped: content.checkin.notToday } as Record<DayMood, string>;
  for (const option of content.checkin.options) labels[option.mood] = option.label;
  return labels;
}

/** The id a crisis check-in is recorded under; never a reminder text's id, never "seen". */
export const CRISIS_CHECKIN_ID = 'crisis-checkin';

/**
 * After a crisis answer the next daily reminder is this instead: a gentle "how are you
 * today?" with the helplines one tap away, and nothing cheerful.
 */
export function renderCrisisCheckin(t: (key: string) => string): ReminderMessage {
  return {
    text: t('checkin-after-crisis'),
    keyboard: new InlineKeyboard().text(t('checkin-button-lines'), SAFETY_DATA.lines).row().text(t('checkin-button-okay'), SAFETY_DATA.safe),
  };
}

/**
 * The message one attempt sends: the crisis check-in while one is owed, otherwise a text the
 * person has not seen in this cycle. The choice is kept in `attempt`, so a retry sends the
 * same text, and `attempt.seenAfter` is what to remember once it is out.
 */
export function composeReminder(input: {
  content: ReminderContent;
  row: Pick<FenceRow, 'seen' | 'crisisCheckinDue'>;
  attempt: Attempt;
  localDate: string;
  random: () => number;
  words: (key: string) => string;
}): ReminderMessage {
  const { content, row, attempt } = input;
  if (row.crisisCheckinDue) {
    Object.assign(attempt, { reminderId: CRISIS_CHECKIN_ID, crisisCheckin: true, seenAfter: row.seen });
    return renderCrisisCheckin(input.words);
  }
  if (attempt.reminderId === undefined || attempt.crisisCheckin) attempt.reminderId = pickReminder(content.reminders, row.seen, input.random);
  attempt.crisisCheckin = false;
  attempt.seenAfter = rememberSeen(content.reminders, row.seen, attempt.reminderId);
  return renderReminder(content, attempt.reminderId, input.localDate);
}
