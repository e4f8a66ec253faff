import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type {
  ReminderCheckinsTable,
  ReminderDeliveriesTable,
  ReminderSendClockTable,
  ReminderSettingsTable,
} from './reminder-tables.ts';
import type {
  ConversationStatesTable,
  JournalEntriesTable,
  ScenarioAnswersTable,
  ScenarioRunsTable,
} from './scenario-tables.ts';

/** A timestamptz column: read as Date, written as Date or an SQL default. */
export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface UsersTable {
  /** The Telegram user id (also the private chat id). */
  id: number;
  first_name: string;
  language_code: string | null;
  time_zone: string | null;
  created_at: Generated<Date>;
  last_seen_at: Generated<Date>;
  /** Set when Telegram says the user blocked the bot; cleared when they write again. */
  blocked_at: Date | null;
  /** Set by /stop: no message is sent unasked while it is set. */
  stopped_at: Date | null;
  /** ISO 3166 code chosen with /country; helplines follow it before the time zone. */
  country: Generated<string | null>;
  /** The language chosen with /language; null follows Telegram's `language_code`. */
  language: Generated<string | null>;
  /** When the bot asked whether they have thoughts of ending their life, until answered. */
  safety_question_at: Generated<Date | null>;
  /** The last crisis answer (help resources); a repeat soon after gets a shorter follow-up. */
  crisis_answered_at: Generated<Date | null>;
  /** After a crisis answer: the next daily reminder is a gentle check-in instead. */
  crisis_checkin_due: Generated<boolean>;
}

export interface GroupChatsTable {
  /** A group or channel the bot was used in; we only remember that we said "private chats only". */
  chat_id: number;
  notified_at: Generated<Date>;
}

export interface SafetyEventsTable {
  /** UTC day. Only a count: never the text, never who wrote it. */
  day: string;
  /** What the bot answered: `act` (help at once), `cue` (the question), `answer-yes`, ... */
  tier: string;
  /** The rule family that fired (e.g. `en.intent`), or how the person reached help (`sos`). */
  family: string;
  count: number;
}

/** A person's safety plan: their own words per section, and the section being written. */
export interface SafetyPlansTable {
  user_id: number;
  answers: ColumnType<Record<string, string>, string, string>;
  editing: string | null;
  updated_at: Timestamp;
}

/** An update id taken by an instance (`claimed_by`) and, once handled, done. */
export interface HandledUpdatesTable {
  update_id: number;
  claimed_by: string;
  claimed_at: Timestamp;
  done_at: Date | null;
}

/**
 * Every table of the schema. A feature declares its tables in `src/db/<feature>-tables.ts`,
 * adds them here, and creates them with a migration in `migrations/`.
 */
export interface Database {
  users: UsersTable;
  group_chats: GroupChatsTable;
  handled_updates: HandledUpdatesTable;
  reminder_settings: ReminderSettingsTable;
  reminder_deliveries: ReminderDeliveriesTable;
  reminder_checkins: ReminderCheckinsTable;
  reminder_send_clock: ReminderSendClockTable;
  safety_events: SafetyEventsTable;
  safety_plans: SafetyPlansTable;
  scenario_runs: ScenarioRunsTable;
  scenario_answers: ScenarioAnswersTable;
  journal_entries: JournalEntriesTable;
  conversation_states: ConversationStatesTable;
}

export type User = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
