/**
 * The reminder feature's buttons: times, frequency, the weekly summary's weekday, the contact
 * question, a place suggestion, and the scenarios offered after "Holding on tight".
 *
 * @module
 */
import { InlineKeyboard } from 'grammy';
import { encodeSettings } from '../../../reminders/callback-data.ts';
import { FREQUENCIES } from '../../../reminders/schedule.ts';
import type { ReminderView } from '../../../reminders/service.ts';
import type { ScenarioCatalog } from '../../../scenarios/catalog.ts';
import { menuData } from '../scenarios/menu-data.ts';
import { CONTACT_BUTTONS, FREQUENCY_WORDS, OFFERED_TIMES, reminderTexts, WEEKDAYS } from './texts.ts';

/** The offered times, three to a row, then "Not now" (or "Turn off" when reminders are on). */
export function timesKeyboard(on = false): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  addTimes(keyboard);
  return on ? keyboard.text('Turn off', encodeSettings({ kind: 'off' })) : keyboard.text('Not now', encodeSettings({ kind: 'later' }));
}

/** `/remind` when reminders are set up: times, how often (the current one ticked), the weekly summary, off. */
export function settingsKeyboard(view: ReminderView): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  addTimes(keyboard);
  for (const frequency of FREQUENCIES) {
    const label = FREQUENCY_WORDS[frequency].button;
    keyboard.text(frequency === view.frequency ? `✓ ${label}` : label, encodeSettings({ kind: 'frequency', frequency }));
  }
  return keyboard
    .row()
    .text(reminderTexts.summaryButton(view), encodeSettings({ kind: 'summary-menu' }))
    .row()
    .text('Turn off', encodeSettings({ kind: 'off' }));
}

/** The weekly summary's day: Monday to Sunday (the chosen one ticked), then "No summary". */
export function weekdayKeyboard(current: number | null): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  WEEKDAYS.forEach((day, i) => {
    const weekday = i + 1;
    const label = day.slice(0, 3);
    keyboard.text(weekday === current ? `✓ ${label}` : label, encodeSettings({ kind: 'summary', weekday }));
    if (i === 3) keyboard.row();
  });
  return keyboard.row().text(reminderTexts.summaryOff, encodeSettings({ kind: 'summary', weekday: null }));
}

/** "Are you still in contact with your ex?", one answer per row. */
export function contactKeyboard(): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const { answer, label } of CONTACT_BUTTONS) keyboard.text(label, encodeSettings({ kind: 'contact', answer })).row();
  return keyboard;
}

/** "Yes, Berlin" for a near miss. */
export function suggestionKeyboard(suggestion: { key: string; name: string }): InlineKeyboard {
  return new InlineKeyboard().text(reminderTexts.zoneSuggestButton(suggestion.name), encodeSettings({ kind: 'place', key: suggestion.key }));
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
