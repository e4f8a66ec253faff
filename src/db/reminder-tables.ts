import type { ColumnType, Generated, Selectable } from 'kysely';
import type { Timestamp } from './database.ts';

/**
 * A `date` column. Always read it as text (`local_date::text`): the drivers would turn a
 * plain date into a JS Date at the server's midnight, which is exactly the confusion a
 * per-user local date must avoid. Written as `YYYY-MM-DD`.
 */
export type LocalDateColumn = ColumnType<string, string, string>;

/** A nullable `date` column added later, with a default (null) on insert. */
export type OptionalLocalDateColumn = ColumnType<string | null, string | null | undefined, string | null>;

/** One row per user who ever answered a reminder offer or command. */
export interface ReminderSettingsTable {
  user_id: number;
  /** `/remind on|off`; a disabled user has no `next_reminder_at`. */
  enabled: Generated<boolean>;
  /** Chosen wall-clock time `HH:MM` in the user's zone (`users.time_zone`). */
  local_time: string | null;
  /** `/pause`: no reminder before this instant. */
  paused_until: Date | null;
  /** When the next reminder is due (UTC); null when off or not fully set up. Partially indexed. */
  next_reminder_at: Date | null;
  /** The local date that next reminder belongs to (its delivery key). */
  next_local_date: LocalDateColumn | null;
  /** Local date of the last reminder claimed (sent, skipped or cancelled): no second one that day. */
  last_local_date: LocalDateColumn | null;
  /** Reminder ids delivered in the current cycle, oldest first (see `rememberSeen`). */
  seen_reminder_ids: ColumnType<string[], string[] | undefined, string[]>;
  /** Set while the bot waits for the person to type a city or zone after an offer. */
  awaiting_zone_until: Date | null;
  /** How often the reminder comes (see `FREQUENCIES` in `reminders/schedule.ts`). */
  frequency: Generated<'daily' | 'weekdays' | 'every-other-day'>;
  /** Their answer to "are you still in contact with your ex?"; `no` keeps `contact` texts away. */
  in_contact: Generated<ContactAnswer | null>;
  /** When that question was asked: it is asked once. */
  contact_asked_at: Generated<Date | null>;
  /** The place they typed for their zone (`Munich`), to say "Munich time" back to them. */
  place: Generated<string | null>;
  /** The weekly summary's ISO weekday (1 = Monday); null when it is off (the default). */
  summary_weekday: Generated<number | null>;
  /** When the next weekly summary is due (UTC); null when off or not set up. Partially indexed. */
  next_summary_at: Generated<Date | null>;
  /** The local date of that summary. */
  next_summary_date: OptionalLocalDateColumn;
  /** The Monday of the week whose summary was last claimed. */
  last_summary_week: OptionalLocalDateColumn;
  /** Set when reminders paused themselves after ten unanswered; `/remind on` clears it. */
  auto_paused_at: Generated<Date | null>;
  /** The last check-in reply (`holding:2`), so the same words never come twice in a row. */
  last_checkin_reply: Generated<string | null>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

/** The answer to the contact question: still talking, not any more, or it's complicated. */
export type ContactAnswer = 'yes' | 'no' | 'complicated';

/** What a delivery row carries: the daily reminder (keyed by local date) or the weekly summary (keyed by the week's Monday). */
export type DeliveryKind = 'reminder' | 'summary';

/** What happened to one (user, local date) reminder. */
export type DeliveryStatus = 'sending' | 'sent' | 'skipped' | 'cancelled' | 'blocked' | 'failed';

/**
 * The delivery record, written before the send: its primary key (user_id, kind, local_date) is
 * what makes a second reminder on the same local date (or a second summary in one week)
 * impossible, across restarts and instances.
 */
export interface ReminderDeliveriesTable {
  user_id: number;
  /** Part of the key with `user_id` and `local_date`. */
  kind: Generated<DeliveryKind>;
  local_date: LocalDateColumn;
  status: DeliveryStatus;
  /** Why it was skipped, cancelled or failed (`late`, `practised`, `stopped`, `off`, a Telegram description…). */
  reason: string | null;
  /** The reminder text sent (chosen just before the send). */
  reminder_id: string | null;
  due_at: Timestamp;
  /** The claim that owns a `sending` row; a takeover after the lease writes a new one. */
  claim_id: string | null;
  /** A `sending` row whose lease has passed belongs to nobody and may be taken over. */
  lease_until: Date | null;
  attempts: Generated<number>;
  message_id: number | null;
  created_at: Generated<Date>;
  finished_at: Date | null;
}

/** The person's answer under a reminder, one per local date; a later tap replaces it. */
export interface ReminderCheckinsTable {
  user_id: number;
  local_date: LocalDateColumn;
  mood: 'holding' | 'between' | 'letting-go' | 'skipped';
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

/**
 * A single row: the next free send slot, shared by every instance, so the dispatchers of
 * several instances together stay under TELEGRAM_RATE_LIMIT.
 */
export interface ReminderSendClockTable {
  id: Generated<boolean>;
  next_slot_at: Timestamp;
}

export type ReminderSettings = Selectable<ReminderSettingsTable>;
