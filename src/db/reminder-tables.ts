import type { ColumnType, Generated, Selectable } from 'kysely';
import type { Timestamp } from './database.ts';

/**
 * A `date` column. Always read it as text (`local_date::text`): the drivers would turn a
 * plain date into a JS Date at the server's midnight, which is exactly the confusion a
 * per-user local date must avoid. Written as `YYYY-MM-DD`.
 */
export type LocalDateColumn = ColumnType<string, string, string>;

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
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

/** What happened to one (user, local date) reminder. */
export type DeliveryStatus = 'sending' | 'sent' | 'skipped' | 'cancelled' | 'blocked' | 'failed';

/**
 * The delivery record, written before the send: its primary key (user_id, local_date) is what
 * makes a second reminder on the same local date impossible, across restarts and instances.
 */
export interface ReminderDeliveriesTable {
  user_id: number;
  local_date: LocalDateColumn;
  status: DeliveryStatus;
  /** Why it was skipped, cancelled or failed (`late`, `stopped`, `off`, a Telegram description…). */
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
