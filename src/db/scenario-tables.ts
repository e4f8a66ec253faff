import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { Timestamp } from './database.ts';
import type { Vars } from '../scenarios/model.ts';

/**
 * A `jsonb` column. Written as a JSON string (`JSON.stringify`), because the two drivers
 * disagree on how they pass a JS array to jsonb; read back as the parsed value.
 */
export type JsonColumn<T> = ColumnType<T, string, string>;

/** Where a run stands. Only `active` runs take input; at most one per user. */
export type RunStatus = 'active' | 'finished' | 'cancelled' | 'expired' | 'changed';

/**
 * One person walking one scenario: the source of truth for where they are. The
 * conversations plugin's state can be thrown away at any time (a content edit changes its
 * version); the interpreter always starts from this row.
 */
export interface ScenarioRunsTable {
  /** Also in the callback data of the run's buttons, so a tap names the run it belongs to. */
  id: Generated<number>;
  user_id: number;
  scenario_id: string;
  /** The scenario's content version when the run was last saved (see `scenarioVersion`). */
  content_version: string;
  /** The step the run rests on: one that waits for the person, or an end. */
  step_id: string;
  vars: JsonColumn<Vars>;
  status: RunStatus;
  /** Bumped on every save; a save that finds another revision lost a race and changes nothing. */
  revision: Generated<number>;
  /** The message carrying the current step's buttons, to take them away when the run moves on or ends. */
  keyboard_message_id: number | null;
  started_at: Timestamp;
  /** The last time the person moved the run (idle expiry counts from here). */
  updated_at: Timestamp;
  ended_at: Date | null;
  /** Set while a crisis answer holds the run: typed text is not taken as an answer until it resumes. */
  paused_at: Generated<Date | null>;
}

/** What the person answered at a step: an option id, ticked item ids, or the typed text. */
export interface ScenarioAnswersTable {
  id: Generated<number>;
  run_id: number;
  user_id: number;
  step_id: string;
  value: JsonColumn<string | string[]>;
  created_at: Timestamp;
}

/** A free-text answer the scenario marked `journal: true`; read back with /journal. */
export interface JournalEntriesTable {
  id: Generated<number>;
  user_id: number;
  run_id: number | null;
  scenario_id: string;
  step_id: string;
  /** The question as the person read it, in plain text. */
  prompt: string;
  text: string;
  created_at: Timestamp;
}

/**
 * The @grammyjs/conversations plugin's storage: one value per storage key (a user id as
 * text), owned by that user so /delete takes it too.
 */
export interface ConversationStatesTable {
  key: string;
  user_id: number;
  value: JsonColumn<unknown>;
  updated_at: Timestamp;
}

export type ScenarioRun = Selectable<ScenarioRunsTable>;
export type NewScenarioRun = Insertable<ScenarioRunsTable>;
export type JournalEntry = Selectable<JournalEntriesTable>;
