/**
 * Settings changes of the daily reminder (`/remind`, `/timezone`, `/pause`, the offer's
 * buttons). Each change runs in one transaction that locks the person's settings row,
 * applies the change, and recomputes `next_reminder_at` from the schedule maths, so the
 * dispatcher always sees a consistent schedule.
 *
 * @module
 */
import type { Db } from '../db/create-db.ts';
import {
  clearAwaitingZone,
  findReminderState,
  lockReminderSettings,
  setUserTimeZone,
  writeReminderSettings,
  type ReminderSettingsRow,
} from './settings.repository.ts';
import { nextReminder, pauseEnd, type ScheduledReminder } from './schedule.ts';

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
}

export async function reminderView(db: Db, userId: number, now: Date): Promise<ReminderView> {
  const state = await findReminderState(db, userId);
  return toView(state?.settings, state?.timeZone ?? null, state?.stoppedAt ?? null, state?.blockedAt ?? null, now);
}

/**
 * Applies `change` and reschedules. The last claimed local date is kept, so moving the time
 * after today's reminder went out schedules tomorrow's, never a second one today.
 */
export async function changeReminders(db: Db, userId: number, change: ReminderChange, now: Date): Promise<ReminderView> {
  await db.transaction().execute(async (trx) => {
    const settings = await lockReminderSettings(trx, userId);
    const state = await findReminderState(trx, userId);
    if (change.timeZone !== undefined) await setUserTimeZone(trx, userId, change.timeZone);
    const timeZone = change.timeZone ?? state?.timeZone ?? null;
    const enabled = change.enabled ?? settings.enabled;
    const localTime = change.localTime ?? settings.localTime;
    let pausedUntil = settings.pausedUntil !== null && settings.pausedUntil > now ? settings.pausedUntil : null;
    if (change.clearPause) pausedUntil = null;
    if (change.pauseDays !== undefined) pausedUntil = pauseEnd(now, change.pauseDays, timeZone ?? 'UTC');
    const next =
      enabled && localTime !== null && timeZone !== null
        ? nextReminder({ localTime, timeZone, now, pausedUntil, lastLocalDate: settings.lastLocalDate })
        : null;
    await writeReminderSettings(
      trx,
      userId,
      {
        enabled,
        localTime,
        pausedUntil,
        nextReminderAt: next?.at ?? null,
        nextLocalDate: next?.localDate ?? null,
        ...(change.awaitingZoneUntil !== undefined && { awaitingZoneUntil: change.awaitingZoneUntil }),
      },
      now,
    );
  });
  return reminderView(db, userId, now);
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
  };
}
