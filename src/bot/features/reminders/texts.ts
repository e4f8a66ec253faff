import { DAYS_HINT, LOCAL_TIME_HINT, TIME_ZONE_HINT } from '../../../reminders/parse.ts';
import { describeNext } from '../../../reminders/schedule.ts';
import type { ReminderView } from '../../../reminders/service.ts';
import { escapeHtml } from '../../../telegram/html.ts';

/** Times offered as buttons: morning, midday, evening, before bed. */
export const OFFERED_TIMES = ['07:30', '08:30', '12:30', '18:00', '20:00', '21:30'] as const;

/** The reminder feature's own words (Telegram HTML). */
export const reminderTexts = {
  offer: [
    'Would a short reminder once a day help? One or two sentences about staying engaged while letting go of the outcome, and a one-tap check-in.',
    '',
    'Pick a time (your local time), or send /remind 7:45 for another one.',
  ].join('\n'),
  offerWhenOn: (view: ReminderView) => `Your daily reminder is on, at ${view.localTime} (${escapeHtml(view.timeZone ?? '')}). Pick another time if you like:`,
  welcomeLine: '\n\nA short daily reminder helps the practice stick: tap <b>Daily reminders</b> to choose a time.',
  notNow: 'No problem. /remind sets up a daily reminder whenever you like.',
  askZone: (localTime: string) =>
    `Reminders at <b>${localTime}</b>. Which city are you in? Type it, e.g. <i>Berlin</i>, <i>New York</i> or <i>UTC+2</i>, so ${localTime} is your ${localTime}.`,
  zoneRetry: (typed: string) =>
    `I couldn't find “${escapeHtml(typed.slice(0, 40))}”. Try a big city near you, or a zone like Europe/Berlin or UTC+2. (/remind off if you'd rather not.)`,
  badTime: `I couldn't read that time. ${LOCAL_TIME_HINT}`,
  badZone: `I couldn't find that place. ${TIME_ZONE_HINT}`,
  badDays: (error: string) => error,
  turnedOff: 'Daily reminders are off. /remind on brings them back.',
  pauseCleared: (view: ReminderView, now: Date) => `Pause lifted. ${nextLine(view, now)}`,
  paused: (days: number, view: ReminderView, now: Date) =>
    `Paused for ${days} day${days === 1 ? '' : 's'}. ${nextLine({ ...view, pausedUntil: null }, now)} /pause off lifts it sooner.`,
  pauseWhenOff: 'Your daily reminders are off, so there is nothing to pause. /remind sets them up.',
  pauseHelp: `${DAYS_HINT}. /pause off lifts a pause.`,
  zoneHelp: (current: string | null) =>
    `${current ? `Your time zone is ${escapeHtml(current)}. ` : ''}Which city are you in? Type it, e.g. <i>Berlin</i>, <i>New York</i> or <i>UTC+2</i>.`,
  zoneSet: (label: string) => `Time zone set: <b>${escapeHtml(label)}</b>.`,
  checkinNoted: (label: string) => `Noted: ${label}. Thank you for checking in.`,
  checkinSame: (label: string) => `Already noted: ${label}.`,
  checkinUnknown: 'I can’t find that reminder any more. Your next one comes with fresh buttons.',
  offerExpired: 'That offer has ended. /remind shows your reminder.',
  state: (view: ReminderView, now: Date) => stateText(view, now),
};

/** `/remind`: on or off, the time and zone, the next reminder in local time, and what blocks it. */
function stateText(view: ReminderView, now: Date): string {
  if (!view.enabled) return `Daily reminders are <b>off</b>.\n\n${reminderTexts.offer}`;
  const lines: string[] = [];
  if (view.localTime === null) {
    lines.push('Daily reminders are <b>on</b>, but I still need a time. Pick one below or send /remind 7:45.');
    return lines.join('\n');
  }
  if (view.timeZone === null) {
    lines.push(`Daily reminders are <b>on</b> at ${view.localTime}, but I still need your city or time zone.`);
    lines.push('Type it, e.g. <i>Berlin</i>, <i>New York</i> or <i>UTC+2</i>.');
    return lines.join('\n');
  }
  lines.push(`Daily reminders are <b>on</b>: every day at <b>${view.localTime}</b> (${escapeHtml(view.timeZone)}).`);
  lines.push(nextLine(view, now));
  if (view.stopped) lines.push('You used /stop, so nothing is sent until you /start again.');
  lines.push('', 'Change it: /remind 20:30, /timezone Berlin, /pause 3 or /remind off.');
  return lines.join('\n');
}

/** `Next: tomorrow at 08:30 (Europe/Berlin).`, with the pause when there is one. */
export function nextLine(view: ReminderView, now: Date): string {
  if (view.next === null || view.timeZone === null) return '';
  const next = `Next: ${describeNext(view.next.at, view.timeZone, now)}.`;
  return view.pausedUntil ? `Paused for now. ${next}` : next;
}

/** Confirmation after a change that completed the set-up. */
export function confirmText(view: ReminderView, now: Date): string {
  return `Done: a reminder every day at <b>${view.localTime}</b> (${escapeHtml(view.timeZone ?? '')}).\n${nextLine(view, now)}`;
}
