/**
 * Settings changes of the daily reminder (`/remind`, `/timezone`, `/pause`, the offer's
 * buttons, the frequency and weekly-summary buttons, the contact question). Each change runs
 * in one transaction that locks the person's settings row, applies the change, and
 * recomputes `next_reminder_at` (and `next_summary_at`) from the schedule maths, so the
 * dispatcher always sees a consistent schedule.
 *
 * @module
 */
import type { Db } from '../db/create-db.ts';
import type { ContactAnswer } from '../db/reminder-tables.ts';
import { SUMMARY_DEFAULT_TIME } from './plan.ts';
import {
  clearAwaitingZone,
  findReminderState,
  lockReminderSettings,
  markContactAsked,
  setUserTimeZone,
  writeReminderSettings,
  type ReminderSettingsRow,
} from './settings.repository.ts';
import { addDays, nextReminder, pauseEnd, type Frequency, type ScheduledReminder } from './schedule.ts';

/** How long the bot treats the next plain text as a city after asking for one. */
export const AWAIT_ZONE_MS = 30 * 60_000;

/** Everything a reply about the reminder needs. */
export interface ReminderView {
  /** False until the person answered an offer or used a reminder command. */
  known: boolean;
  enabled: boolean;
  localTime: string | null;
  timeZone: string | null;
  /** Only while in the future. */
  pausedUntil: Date | null;
  next: ScheduledReminder | null;
  stopped: boolean;
  blocked: boolean;
  frequency: Frequency;
  /** The place they typed for their zone, if any (see `placeName`). */
  place: string | null;
  /** The weekly summary's ISO weekday, or null when it is off. */
  summaryWeekday: number | null;
  nextSummary: ScheduledReminder | null;
  inContact: ContactAnswer | null;
  /** Reminders switched themselves off after going unanswered (until `/remind on`). */
  autoPaused: boolean;
}

/** A settings change; fields left out stay as they are. */
export interface ReminderChange {
  enabled?: boolean;
  localTime?: string;
  timeZone?: string;
  /** `/pause <days>`. */
  pauseDays?: number;
  /** `/pause off` and `/remind on`. */
  clearPause?: boolean;
  /** Start (a date) or stop (null) waiting for a typed city. */
  awaitingZoneUntil?: Date | null;
  frequency?: Frequency;
  /** The weekly summary's weekday, or null to switch it off. */
  summaryWeekday?: number | null;
  inContact?: ContactAnswer;
  /** The place typed with `timeZone` (null: none, say the zone's city). Set with every zone. */
  place?: string | null;
}

export async function reminderView(db: Db, userId: number, now: Date): Promise<ReminderView> {
  const state = await findReminderState(db, userId);
  return toView(state?.settings, state?.timeZone ?? null, state?.stoppedAt ?? null, state?.blockedAt ?? null, now);
}

/**
 * Applies `change` and reschedules. The last claimed local date is kept, so moving the time
 * after today's reminder went out schedules tomorrow's, never a second one today (and the
 * last summary's week is kept, so a new weekday never brings a second summary that week).
 * Switching reminders on ends a self-pause.
 */
export async function changeReminders(db: Db, userId: number, change: ReminderChange, now: Date): Promise<ReminderView> {
  await db.transaction().execute(async (trx) => {
    const settings = await lockReminderSettings(trx, userId);
    const state = await findReminderState(trx, userId);
    if (change.timeZone !== undefined) await setUserTimeZone(trx, userId, change.timeZone);
    const timeZone = change.timeZone ?? state?.timeZone ?? null;
    const enabled = change.enabled ?? settings.enabled;
    const localTime = change.localTime ?? settings.localTime;
    const frequency = change.frequency ?? settings.frequency;
    const summaryWeekday = change.summaryWeekday !== undefined ? change.summaryWeekday : settings.summaryWeekday;
    let pausedUntil = settings.pausedUntil !== null && settings.pausedUntil > now ? settings.pausedUntil : null;
    if (change.clearPause) pausedUntil = null;
    if (change.pauseDays !== undefined) pausedUntil = pauseEnd(now, change.pauseDays, timeZone ?? 'UTC');
    const next =
      enabled && localTime !== null && timeZone !== null
        ? nextReminder({ localTime, timeZone, now, pausedUntil, lastLocalDate: settings.lastLocalDate, cadence: frequency })
        : null;
    const nextSummary =
      enabled && summaryWeekday !== null && timeZone !== null
        ? nextReminder({
            localTime: localTime ?? SUMMARY_DEFAULT_TIME,
            timeZone,
            now,
            pausedUntil,
            lastLocalDate: settings.lastSummaryWeek === null ? null : addDays(settings.lastSummaryWeek, 6),
            cadence: { weekday: summaryWeekday },
          })
        : null;
    await writeReminderSettings(
      trx,
      userId,
      {
        enabled,
        localTime,
        pausedUntil,
        frequency,
        summaryWeekday,
        nextReminderAt: next?.at ?? null,
        nextLocalDate: next?.localDate ?? null,
        nextSummaryAt: nextSummary?.at ?? null,
        nextSummaryDate: nextSummary?.localDate ?? null,
        ...(change.enabled === true && { autoPausedAt: null }),
        ...(change.awaitingZoneUntil !== undefined && { awaitingZoneUntil: change.awaitingZoneUntil }),
        ...(change.inContact !== undefined && { inContact: change.inContact }),
        ...(change.timeZone !== undefined && { place: change.place ?? null }),
      },
      now,
    );
  });
  return reminderView(db, userId, now);
}

/**
 * Whether to ask the contact question now: true once per person, the first time reminders
 * are fully set up (the question is then marked as asked, whatever they answer).
 */
export async function shouldAskContact(db: Db, userId: number, view: ReminderView, now: Date): Promise<boolean> {
  if (view.inContact !== null || !view.enabled || view.localTime === null || view.timeZone === null) return false;
  return markContactAsked(db, userId, now);
}

/** The person moved on (a command, another button): stop reading their next text as a city. */
export async function stopAwaitingZone(db: Db, userId: number): Promise<void> {
  await clearAwaitingZone(db, userId);
}

function toView(
  settings: ReminderSettingsRow | undefined,
  timeZone: string | null,
  stoppedAt: Date | null,
  blockedAt: Date | null,
  now: Date,
): ReminderView {
  const pausedUntil = settings?.pausedUntil && settings.pausedUntil > now ? settings.pausedUntil : null;
  return {
    known: settings !== undefined,
    enabled: settings?.enabled ?? false,
    localTime: settings?.localTime ?? null,
    timeZone,
    pausedUntil,
    next:
      settings?.nextReminderAt && settings.nextLocalDate
        ? { at: settings.nextReminderAt, localDate: settings.nextLocalDate }
        : null,
    stopped: stoppedAt !== null,
    blocked: blockedAt !== null,
    frequency: settings?.frequency ?? 'daily',
    place: settings?.place ?? null,
    summaryWeekday: settings?.summaryWeekday ?? null,
    nextSummary:
      settings?.nextSummaryAt && settings.nextSummaryDate ? { at: settings.nextSummaryAt, localDate: settings.nextSummaryDate } : null,
    inContact: settings?.inContact ?? null,
    autoPaused: settings?.autoPausedAt !== null && settings?.autoPausedAt !== undefined,
  };
}
