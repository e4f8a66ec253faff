/**
 * Reminder texts in other languages: one file per language,
 * `scenarios/translations/<language>/reminders.yaml`, in the same shape as the scenarios'
 * translation files (each key with the English it was made from and the translation), so
 * `scenarios:check` catches a missing, extra or stale text the same way. Ids, tags and the
 * order stay those of `reminders.yaml`: the "not seen before all were seen" cycle runs over
 * ids, so it holds across a change of language.
 *
 * @module
 */
import type { ReminderContent } from './content.ts';

/** Every text a person reads: `checkin.prompt`, `checkin.options.<mood>`, `checkin.notToday`, `reminders.<id>`. */
export function reminderTexts(content: ReminderContent): Map<string, string> {
  const texts = new Map<string, string>([['checkin.prompt', content.checkin.prompt]]);
  for (const option of content.checkin.options) texts.set(`checkin.options.${option.mood}`, option.label);
  texts.set('checkin.notToday', content.checkin.notToday);
  for (const reminder of content.reminders) texts.set(`reminders.${reminder.id}`, reminder.text);
  return texts;
}

/** The content with each text replaced by its translation, where there is one. */
export function withReminderTexts(content: ReminderContent, texts: ReadonlyMap<string, string>): ReminderContent {
  const t = (key: string, english: string) => texts.get(key) || english;
  return {
    checkin: {
      prompt: t('checkin.prompt', content.checkin.prompt),
      options: content.checkin.options.map((o) => ({ mood: o.mood, label: t(`checkin.options.${o.mood}`, o.label) })),
      notToday: t('checkin.notToday', content.checkin.notToday),
    },
    reminders: content.reminders.map((r) => ({ ...r, text: t(`reminders.${r.id}`, r.text) })),
  };
}

/** The reminder content a person reads: their language's, or the English. */
export function contentIn(content: ReminderContent, language: string | undefined): ReminderContent {
  return (language === undefined ? undefined : content.translations?.get(language)) ?? content;
}
