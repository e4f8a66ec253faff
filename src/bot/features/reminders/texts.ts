import type { ContactAnswer } from '../../../db/reminder-tables.ts';
import type { Mood } from '../../../reminders/content.ts';
import { DAYS_HINT, LOCAL_TIME_HINT, placeName, TIME_ZONE_HINT } from '../../../reminders/parse.ts';
import { describeWhen, type Frequency } from '../../../reminders/schedule.ts';
import type { ReminderView } from '../../../reminders/service.ts';
import { escapeHtml } from '../../../telegram/html.ts';

/** Times offered as buttons: morning, midday, evening, before bed. */
export const OFFERED_TIMES = ['07:30', '08:30', '12:30', '18:00', '20:00', '21:30'] as const;

/** How each frequency reads in a sentence, and on its button. */
export const FREQUENCY_WORDS: Readonly<Record<Frequency, { phrase: string; button: string }>> = {
  daily: { phrase: 'every day', button: 'Every day' },
  weekdays: { phrase: 'on weekdays', button: 'Weekdays' },
  'every-other-day': { phrase: 'every other day', button: 'Every other day' },
};

/** ISO weekdays 1-7, for the weekly summary's buttons and sentences. */
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** The answers to the contact question, in button order. */
export const CONTACT_BUTTONS: readonly { answer: ContactAnswer; label: string }[] = [
  { answer: 'yes', label: 'Yes, we still talk' },
  { answer: 'no', label: 'Not any more' },
  { answer: 'complicated', label: 'It’s complicated' },
];

/**
 * The replies to a check-in, a few per mood, so the same words do not come twice in a row.
 * "Holding on tight" comes with buttons to the scenarios that help right then.
 */
export const CHECKIN_REPLIES: Readonly<Record<Mood, readonly string[]>> = {
  holding: [
    'That sounds like a heavy day. You don’t have to fix anything right now. If it helps, take ten quiet minutes with one of these:',
    'Holding on tight is human, not a failure. One of these might make the next hour a little lighter:',
    'Thank you for being honest about it. A small step is enough today. Here are two you could take:',
  ],
  between: [
    'Somewhere between is an honest place to be. Notice one thing you let be today.',
    'Part holding, part letting go: that is what moving looks like.',
    'Thank you for checking in. In between still counts as practice.',
  ],
  'letting-go': [
    'Noted. Let that lightness settle in.',
    'Lovely. Enjoy the room it gives you.',
    'Good to hear. Keep it gentle.',
  ],
};

/** The reminder feature's own words (Telegram HTML). */
export const reminderTexts = {
  offer: [
    'Would a short reminder once a day help? One or two sentences about staying engaged while letting go of the outcome, and a one-tap check-in.',
    '',
    'Pick a time (your local time), or send /remind 7:45 for another one.',
  ].join('\n'),
  offerWhenOn: (view: ReminderView) => `Your reminder is on: ${scheduleText(view)}. Pick another time if you like:`,
  welcomeLine: '\n\nA short daily reminder helps the practice stick: tap <b>Daily reminders</b> to choose a time.',
  notNow: 'No problem. /remind sets up a daily reminder whenever you like.',
  askZone: (localTime: string) =>
    `Reminders at <b>${localTime}</b>. Which city are you in? Type it, e.g. <i>Berlin</i>, <i>Paris, France</i> or <i>UTC+2</i>, so ${localTime} is your ${localTime}.`,
  zoneRetry: (typed: string) =>
    `I couldn't find “${escapeHtml(typed.slice(0, 40))}”. Try a big city near you, or “City, Country”, or a zone like UTC+2. (/remind off if you'd rather not.)`,
  zoneSuggest: (typed: string, name: string) =>
    `I couldn't find “${escapeHtml(typed.slice(0, 40))}”. Did you mean <b>${escapeHtml(name)}</b>?`,
  zoneSuggestButton: (name: string) => `Yes, ${name}`,
  badTime: `I couldn't read that time. ${LOCAL_TIME_HINT}`,
  badZone: `I couldn't find that place. ${TIME_ZONE_HINT}`,
  badDays: (error: string) => error,
  turnedOff: 'Daily reminders are off. /remind on brings them back.',
  pauseCleared: (view: ReminderView, now: Date) => `Pause lifted. ${nextLine(view, now)}`,
  paused: (days: number, view: ReminderView, now: Date) =>
    `Paused for ${days === 7 ? 'a week' : `${days} day${days === 1 ? '' : 's'}`}. ${nextLine({ ...view, pausedUntil: null }, now)} /pause off lifts it sooner.`,
  pauseWhenOff: 'Your daily reminders are off, so there is nothing to pause. /remind sets them up.',
  pauseHelp: `${DAYS_HINT}. /pause off lifts a pause.`,
  zoneHelp: (view: ReminderView) =>
    `${view.timeZone ? `Your time zone: ${whereText(view)}. ` : ''}Which city are you in? Type it, e.g. <i>Berlin</i>, <i>Paris, France</i> or <i>UTC+2</i>.`,
  zoneSet: (label: string, place: string | null) =>
    place === null ? `Time zone set: <b>${escapeHtml(label)}</b>.` : `Time zone set: <b>${escapeHtml(place)}</b> time.`,
  checkinNoted: (label: string) => `Noted: ${label}. Thank you for checking in.`,
  checkinSame: (label: string) => `Already noted: ${label}.`,
  checkinUnknown: 'I can’t find that reminder any more. Your next one comes with fresh buttons.',
  offerExpired: 'That offer has ended. /remind shows your reminder.',
  state: (view: ReminderView, now: Date) => stateText(view, now),
  contactQuestion: 'One question, so the reminders fit your days: are you still in contact with your ex?',
  contactThanks: {
    yes: 'Thank you. Some reminders will speak to the moments you’re in touch.',
    no: 'Thank you. I’ll leave out the reminders about texting or seeing them.',
    complicated: 'Thank you. That’s often how it is. I’ll keep the reminders for both kinds of day.',
  } satisfies Record<ContactAnswer, string>,
  frequencySet: (view: ReminderView, now: Date) => `Reminders ${FREQUENCY_WORDS[view.frequency].phrase} now. ${nextLine(view, now)}`,
  summaryAsk: 'A short look back at your week, with your reminders, on a day you choose. Which day?',
  summaryOff: 'No summary',
  summarySet: (view: ReminderView) =>
    view.summaryWeekday === null ? 'No weekly summary.' : `Your week’s summary comes on ${WEEKDAYS[view.summaryWeekday - 1]}s.`,
  summaryButton: (view: ReminderView) =>
    view.summaryWeekday === null ? 'Weekly summary: off' : `Weekly summary: ${WEEKDAYS[view.summaryWeekday - 1]?.slice(0, 3)}`,
  keepGoing: 'Good to hear from you. Your reminders keep coming.',
  backOn: (view: ReminderView, now: Date) => `Welcome back. ${confirmText(view, now)}`,
  progressFailed: 'I couldn’t draw the chart just now; here are your numbers.',
};

/** `every day at <b>20:00</b>, Munich time`, with the frequency and the place the person knows. */
export function scheduleText(view: ReminderView): string {
  return `${FREQUENCY_WORDS[view.frequency].phrase} at <b>${view.localTime ?? ''}</b>${whereSuffix(view)}`;
}

/** `, Munich time` for a place, ` (UTC)` or ` (UTC+5:30)` for a zone without one. */
function whereSuffix(view: Pick<ReminderView, 'timeZone' | 'place'>): string {
  if (view.timeZone === null) return '';
  const place = placeName(view.timeZone, view.place);
  return place === null ? ` (${escapeHtml(view.timeZone)})` : `, ${escapeHtml(place)} time`;
}

/** `Munich time` or `UTC+5:30`. */
function whereText(view: Pick<ReminderView, 'timeZone' | 'place'>): string {
  if (view.timeZone === null) return '';
  const place = placeName(view.timeZone, view.place);
  return place === null ? escapeHtml(view.timeZone) : `${escapeHtml(place)} time`;
}

/**
 * `/remind`: on or off, how often, the time and place, the next reminder, the weekly summary,
 * and what blocks them.
 */
function stateText(view: ReminderView, now: Date): string {
  if (!view.enabled) {
    const paused = view.autoPaused ? ' They paused themselves after going unanswered for a while, which is fine.' : '';
    return `Daily reminders are <b>off</b>.${paused}\n\n${reminderTexts.offer}`;
  }
  const lines: string[] = [];
  if (view.localTime === null) {
    lines.push('Daily reminders are <b>on</b>, but I still need a time. Pick one below or send /remind 7:45.');
    return lines.join('\n');
  }
  if (view.timeZone === null) {
    lines.push(`Daily reminders are <b>on</b> at ${view.localTime}, but I still need your city or time zone.`);
    lines.push('Type it, e.g. <i>Berlin</i>, <i>Paris, France</i> or <i>UTC+2</i>.');
    return lines.join('\n');
  }
  lines.push(`Daily reminders are <b>on</b>: ${scheduleText(view)}.`);
  lines.push(nextLine(view, now));
  lines.push(reminderTexts.summarySet(view));
  if (view.stopped) lines.push('You used /stop, so nothing is sent until you /start again.');
  lines.push('', 'Change it below, or: /remind 20:30, /timezone Munich, /pause 3 or /remind off.');
  return lines.join('\n');
}

/** `Next: tomorrow at 08:30.`, with the pause when there is one. */
export function nextLine(view: ReminderView, now: Date): string {
  if (view.next === null || view.timeZone === null) return '';
  const next = `Next: ${describeWhen(view.next.at, view.timeZone, now)}.`;
  return view.pausedUntil ? `Paused for now. ${next}` : next;
}

/** Confirmation after a change that completed the set-up. */
export function confirmText(view: ReminderView, now: Date): string {
  return `Done: a reminder ${scheduleText(view)}.\n${nextLine(view, now)}`;
}
