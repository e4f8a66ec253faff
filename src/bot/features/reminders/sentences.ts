/**
 * The reminder feature's replies that are built from several Fluent keys (`locales/<language>/
 * reminders.ftl`) and the person's settings: the schedule in a phrase, the next reminder, the
 * `/remind` state. Telegram HTML; whatever the person typed is escaped here.
 *
 * @module
 */
import { weekdayName, type Words } from '../../../i18n/words.ts';
import { PAUSE_DAYS, placeName } from '../../../reminders/parse.ts';
import { describeWhen } from '../../../reminders/schedule.ts';
import type { ReminderView } from '../../../reminders/service.ts';
import { escapeHtml } from '../../../telegram/html.ts';

/** `every day at <b>20:00</b>, Munich time`, with the frequency and the place the person knows. */
export function scheduleText(view: ReminderView, { t }: Words): string {
  const frequency = t(`remind-frequency-${view.frequency}`);
  const time = view.localTime ?? '';
  if (view.timeZone === null) return t('remind-schedule', { frequency, time });
  const place = placeName(view.timeZone, view.place);
  return place === null
    ? t('remind-schedule-zone', { frequency, time, zone: escapeHtml(view.timeZone) })
    : t('remind-schedule-place', { frequency, time, place: escapeHtml(place) });
}

/** `Next: tomorrow at 08:30.`, with the pause when there is one; empty while nothing is scheduled. */
export function nextLine(view: ReminderView, now: Date, words: Words): string {
  if (view.next === null || view.timeZone === null) return '';
  const when = describeWhen(view.next.at, view.timeZone, now, words);
  return words.t(view.pausedUntil ? 'remind-next-paused' : 'remind-next', { when });
}

/** Confirmation after a change that completed the set-up. */
export function confirmText(view: ReminderView, now: Date, words: Words): string {
  return words.t('remind-confirm', { schedule: scheduleText(view, words), next: nextLine(view, now, words) });
}

/** After `/pause <days>` or "Pause for a week": how long, and when the next one comes. */
export function pausedText(days: number, view: ReminderView, now: Date, words: Words): string {
  return words.t('remind-paused', { days, next: nextLine({ ...view, pausedUntil: null }, now, words) });
}

/** The hint of `/pause` without a number. */
export function pauseHelp({ t }: Words): string {
  return t('remind-pause-help', { min: PAUSE_DAYS.min, max: PAUSE_DAYS.max });
}

/** Why `/pause <days>` could not be read. */
export function badDays(error: 'unreadable' | 'out-of-range', { t }: Words): string {
  return t(error === 'unreadable' ? 'remind-days-unreadable' : 'remind-days-out-of-range', { min: PAUSE_DAYS.min, max: PAUSE_DAYS.max });
}

/** `Your week’s summary comes on Sundays.`, or that there is none. */
export function summarySet(view: ReminderView, { language, t }: Words): string {
  if (view.summaryWeekday === null) return t('remind-summary-none');
  return t('remind-summary-set', { weekday: weekdayName(language, view.summaryWeekday, 'long') });
}

/** The settings button of the weekly summary: `Weekly summary: Sun`. */
export function summaryButton(view: ReminderView, { language, t }: Words): string {
  if (view.summaryWeekday === null) return t('remind-summary-button-off');
  return t('remind-summary-button', { weekday: weekdayName(language, view.summaryWeekday, 'short') });
}

/** `/timezone` alone: the zone they have, if any, and the question. */
export function zoneHelp(view: ReminderView, words: Words): string {
  const current = view.timeZone === null ? '' : `${words.t('remind-zone-current', { where: whereText(view, words) })} `;
  return `${current}${words.t('remind-zone-ask')}`;
}

/** `Time zone set: <b>Munich</b> time.`, or the zone's label for one without a place. */
export function zoneSet(label: string, place: string | null, { t }: Words): string {
  return place === null ? t('remind-zone-set', { zone: escapeHtml(label) }) : t('remind-zone-set-place', { place: escapeHtml(place) });
}

/**
 * `/remind`: on or off, how often, the time and place, the next reminder, the weekly summary,
 * and what blocks them.
 */
export function stateText(view: ReminderView, now: Date, words: Words): string {
  const { t } = words;
  if (!view.enabled) return `${t(view.autoPaused ? 'remind-state-off-auto' : 'remind-state-off')}\n\n${t('remind-offer')}`;
  if (view.localTime === null) return t('remind-state-no-time');
  if (view.timeZone === null) return `${t('remind-state-no-zone', { time: view.localTime })}\n${t('remind-zone-type')}`;
  const lines = [t('remind-state-on', { schedule: scheduleText(view, words) }), nextLine(view, now, words), summarySet(view, words)];
  if (view.stopped) lines.push(t('remind-state-stopped'));
  lines.push('', t('remind-state-change'));
  return lines.join('\n');
}

/** `Munich time` or `UTC+5:30`. */
function whereText(view: Pick<ReminderView, 'timeZone' | 'place'>, { t }: Words): string {
  if (view.timeZone === null) return '';
  const place = placeName(view.timeZone, view.place);
  return place === null ? escapeHtml(view.timeZone) : t('remind-place-time', { place: escapeHtml(place) });
}
