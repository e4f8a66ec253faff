/**
 * The daily reminder as Telegram shows it: the text, the check-in question, one button per
 * mood and a "not today" button, all carrying the local date so a tap days later still
 * lands on the right day.
 *
 * @module
 */
import { InlineKeyboard } from 'grammy';
import type { Words } from '../i18n/words.ts';
import { escapeHtml } from '../telegram/html.ts';
import { SAFETY_DATA } from '../safety/callback-data.ts';
import { encodeCheckin, encodeSettings } from './callback-data.ts';
import { fittingReminders, pickReminder, type ReminderContent } from './content.ts';
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
export function renderCrisisCheckin({ t }: Words): ReminderMessage {
  return {
    text: t('checkin-after-crisis'),
    keyboard: new InlineKeyboard().text(t('checkin-button-lines'), SAFETY_DATA.lines).row().text(t('checkin-button-okay'), SAFETY_DATA.safe),
  };
}

/** After this many reminders in a row without an answer, the next one asks whether to keep going. */
export const ASK_AFTER_UNANSWERED = 5;
/** After this many, reminders pause themselves (with a note saying how to resume). */
export const PAUSE_AFTER_UNANSWERED = 10;

/** The ids the question and the note are recorded under; never reminder text ids, never "seen". */
export const KEEP_GOING_ID = 'keep-going';
export const AUTO_PAUSE_ID = 'auto-pause';

/** "Keep going?", asked once after {@link ASK_AFTER_UNANSWERED} unanswered reminders. */
export function renderKeepGoing({ t }: Words): ReminderMessage {
  return {
    text: t('remind-keep-going'),
    keyboard: new InlineKeyboard()
      .text(t('remind-keep-going-yes'), encodeSettings({ kind: 'keep' }))
      .row()
      .text(t('remind-keep-going-pause'), encodeSettings({ kind: 'pause-week' }))
      .row()
      .text(t('remind-keep-going-stop'), encodeSettings({ kind: 'off' })),
  };
}

/** The note that reminders paused themselves, with a button that brings them back. */
export function renderAutoPause({ t }: Words): ReminderMessage {
  return { text: t('remind-auto-paused'), keyboard: new InlineKeyboard().text(t('remind-auto-paused-button'), encodeSettings({ kind: 'on' })) };
}

/** The weekly summary (its text composed once per delivery), with a button to the month. */
export function composeSummary(attempt: Attempt, { t }: Words): ReminderMessage {
  attempt.reminderId = SUMMARY_ID;
  attempt.seenAfter = undefined;
  return {
    text: attempt.summaryText ?? t('summary-title'),
    keyboard: new InlineKeyboard().text(t('summary-button'), encodeSettings({ kind: 'progress' })),
  };
}

/** The id a weekly summary is recorded under. */
export const SUMMARY_ID = 'weekly-summary';

/**
 * The message one attempt sends, in this order: the crisis check-in while one is owed; the
 * note that reminders pause themselves once {@link PAUSE_AFTER_UNANSWERED} went unanswered;
 * the "keep going?" question at exactly {@link ASK_AFTER_UNANSWERED} (so it is asked once per
 * silence: any message or tap resets the count); otherwise a text that fits the person (no
 * `contact` text for someone who said they are not in contact) and that they have not seen
 * in this cycle. The choice is kept in `attempt`, so a retry sends the same message, and
 * `attempt.seenAfter` is what to remember once it is out. `words` are the person's, for
 * everything but the reminder texts themselves.
 */
export function composeReminder(input: {
  content: ReminderContent;
  row: Pick<FenceRow, 'seen' | 'crisisCheckinDue' | 'inContact' | 'unanswered'>;
  attempt: Attempt;
  localDate: string;
  random: () => number;
  words: Words;
}): ReminderMessage {
  const { content, row, attempt } = input;
  if (row.crisisCheckinDue) {
    Object.assign(attempt, { reminderId: CRISIS_CHECKIN_ID, crisisCheckin: true, seenAfter: row.seen });
    return renderCrisisCheckin(input.words);
  }
  const fitting = fittingReminders(content.reminders, row.inContact);
  if (attempt.reminderId === undefined || attempt.crisisCheckin) {
    attempt.reminderId =
      row.unanswered >= PAUSE_AFTER_UNANSWERED
        ? AUTO_PAUSE_ID
        : row.unanswered === ASK_AFTER_UNANSWERED
          ? KEEP_GOING_ID
          : pickReminder(fitting, row.seen, input.random);
  }
  attempt.crisisCheckin = false;
  attempt.autoPause = attempt.reminderId === AUTO_PAUSE_ID;
  if (attempt.autoPause || attempt.reminderId === KEEP_GOING_ID) {
    attempt.seenAfter = undefined;
    return attempt.autoPause ? renderAutoPause(input.words) : renderKeepGoing(input.words);
  }
  attempt.seenAfter = rememberSeen(fitting, row.seen, attempt.reminderId);
  return renderReminder(content, attempt.reminderId, input.localDate);
}
