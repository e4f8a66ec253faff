/**
 * The reminder feature's buttons: times, frequency, the weekly summary's weekday, the contact
 * question, a place suggestion, and the scenarios offered after "Holding on tight".
 *
 * @module
 */
import { InlineKeyboard } from 'grammy';
import type { ContactAnswer } from '../../../db/reminder-tables.ts';
import { weekdayName, type Words } from '../../../i18n/words.ts';
import { encodeSettings } from '../../../reminders/callback-data.ts';
import { FREQUENCIES } from '../../../reminders/schedule.ts';
import type { ReminderView } from '../../../reminders/service.ts';
import type { ScenarioCatalog } from '../../../scenarios/catalog.ts';
import { menuData } from '../scenarios/menu-data.ts';
import { summaryButton } from './sentences.ts';

/** Times offered as buttons: morning, midday, evening, before bed. */
export const OFFERED_TIMES = ['07:30', '08:30', '12:30', '18:00', '20:00', '21:30'] as const;

/** The answers to the contact question, in button order (`remind-contact-<answer>`). */
export const CONTACT_ANSWERS: readonly ContactAnswer[] = ['yes', 'no', 'complicated'];

/** The offered times, three to a row, then "Not now" (or "Turn off" when reminders are on). */
export function timesKeyboard(words: Words, on = false): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  addTimes(keyboard);
  return on
    ? keyboard.text(words.t('remind-button-off'), encodeSettings({ kind: 'off' }))
    : keyboard.text(words.t('remind-button-later'), encodeSettings({ kind: 'later' }));
}

/** `/remind` when reminders are set up: times, how often (the current one ticked), the weekly summary, off. */
export function settingsKeyboard(view: ReminderView, words: Words): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  addTimes(keyboard);
  for (const frequency of FREQUENCIES) {
    const label = words.t(`remind-frequency-${frequency}-button`);
    keyboard.text(frequency === view.frequency ? `✓ ${label}` : label, encodeSettings({ kind: 'frequency', frequency }));
  }
  return keyboard
    .row()
    .text(summaryButton(view, words), encodeSettings({ kind: 'summary-menu' }))
    .row()
    .text(words.t('remind-button-off'), encodeSettings({ kind: 'off' }));
}

/** The weekly summary's day: Monday to Sunday (the chosen one ticked), then "No summary". */
export function weekdayKeyboard(current: number | null, words: Words): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (let weekday = 1; weekday <= 7; weekday += 1) {
    const label = weekdayName(words.language, weekday, 'short');
    keyboard.text(weekday === current ? `✓ ${label}` : label, encodeSettings({ kind: 'summary', weekday }));
    if (weekday === 4) keyboard.row();
  }
  return keyboard.row().text(words.t('remind-summary-off-button'), encodeSettings({ kind: 'summary', weekday: null }));
}

/** "Are you still in contact with your ex?", one answer per row. */
export function contactKeyboard(words: Words): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const answer of CONTACT_ANSWERS) keyboard.text(words.t(`remind-contact-${answer}`), encodeSettings({ kind: 'contact', answer })).row();
  return keyboard;
}

/** "Yes, Berlin" for a near miss. */
export function suggestionKeyboard(suggestion: { key: string; name: string }, words: Words): InlineKeyboard {
  return new InlineKeyboard().text(words.t('remind-zone-suggest-button', { place: suggestion.name }), encodeSettings({ kind: 'place', key: suggestion.key }));
}

/**
 * One button per scenario that exists (the content may not have all of them), in the
 * person's language, each starting it with the scenarios menu's own data.
 */
export function scenarioKeyboard(catalog: ScenarioCatalog, ids: readonly string[], language: string): InlineKeyboard | undefined {
  const keyboard = new InlineKeyboard();
  let any = false;
  for (const id of ids) {
    const scenario = catalog.get(id, language);
    if (!scenario) continue;
    keyboard.text(scenario.title, menuData.go(id)).row();
    any = true;
  }
  return any ? keyboard : undefined;
}

function addTimes(keyboard: InlineKeyboard): void {
  OFFERED_TIMES.forEach((time, i) => {
    keyboard.text(time, encodeSettings({ kind: 'time', localTime: time }));
    if (i % 3 === 2) keyboard.row();
  });
}
