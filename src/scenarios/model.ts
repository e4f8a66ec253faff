/**
 * The in-memory model of a scenario, after the YAML file has been validated and
 * normalized (see `schema.ts`). The engine, lint and graph work only with these types,
 * so the file format can grow conveniences (map or list of steps, defaults) without
 * touching the logic.
 */

/** A value a choice may assign to a variable (`set: { feeling: fear }`). */
export type SetValue = string | number | boolean;

/** A value held by a run's variable: checklists store the ticked item ids as a list. */
export type VarValue = string | number | boolean | string[];

/** The variables of one run, persisted with its state. */
export type Vars = Record<string, VarValue>;

/**
 * A test on one variable, used by `branch` steps. Every operator given must hold.
 * A variable that was never set counts as 0 for number comparisons and as an empty
 * list for `includes`, so `score` needs no declaration before the first point.
 */
export interface VarCondition {
  var: string;
  eq?: SetValue;
  ne?: SetValue;
  gt?: number;
  gte?: number;
  lt?: number;
  lte?: number;
  /** The list variable (a checklist's ticks) contains this item id. */
  includes?: string;
  /** The variable has (true) or has not (false) been set in this run. */
  isSet?: boolean;
}

/** A test on the items ticked in a checklist step. Every field given must hold. */
export interface ChecklistCondition {
  checkedAtLeast?: number;
  checkedAtMost?: number;
  /** At least one of these items is ticked. */
  anyOf?: string[];
  /** All of these items are ticked. */
  allOf?: string[];
  /** None of these items is ticked. */
  noneOf?: string[];
}

/** One conditional exit of a step: the first route whose `when` holds is taken. */
export interface Route<C> {
  when: C;
  next: string;
}

/** Which helplines a message step can show after its text (from `src/safety/helplines.yaml`). */
export const HELPLINE_KINDS = ['domestic-abuse', 'crisis'] as const;

export type HelplineKind = (typeof HELPLINE_KINDS)[number];

/** Shows a text and moves on by itself. */
export interface MessageStep {
  type: 'message';
  id: string;
  text: string;
  /** After the text, the helplines of the person's country (the interpreter renders them). */
  helplines?: HelplineKind;
  next: string;
}

/** One button of a choice step. */
export interface ChoiceOption {
  id: string;
  label: string;
  next: string;
  /** Numbers are added to the variable (`score: 1`), strings and booleans replace it. */
  set: Record<string, SetValue>;
  /** Shown right after the tap, before the next step. */
  feedback?: string;
  /**
   * How a text value of `set` reads in this scenario's language when a `{var}` shows it
   * (the value itself stays the same in every language: branches test it).
   */
  shows?: Record<string, string>;
}

/** A question answered by one tap. */
export interface ChoiceStep {
  type: 'choice';
  id: string;
  text: string;
  options: ChoiceOption[];
  /** Buttons per keyboard row. */
  columns: number;
}

/** One tickable line of a checklist. */
export interface ChecklistItem {
  id: string;
  label: string;
}

/** Several taps to tick items, then "done"; routes on what was ticked. */
export interface ChecklistStep {
  type: 'checklist';
  id: string;
  text: string;
  items: ChecklistItem[];
  doneLabel: string;
  /** Variable that holds the ticked item ids (defaults to the step id). */
  saveAs: string;
  branches: Route<ChecklistCondition>[];
  /** Taken when no branch holds (or the only exit when there are no branches). */
  otherwise: string;
}

/** Asks the person to type something. */
export interface TextStep {
  type: 'text';
  id: string;
  prompt: string;
  maxLength: number;
  /** Save the answer as a journal entry the person can read back with /journal. */
  journal: boolean;
  saveAs?: string;
  /** When set, a button with this label lets the person move on without typing. */
  skipLabel?: string;
  next: string;
}

/** Silent routing on variables; shows nothing. */
export interface BranchStep {
  type: 'branch';
  id: string;
  branches: Route<VarCondition>[];
  otherwise: string;
}

/** Closes the scenario, offering what to try next. */
export interface EndStep {
  type: 'end';
  id: string;
  text: string;
  /** Scenario ids to offer next. */
  suggest: string[];
  /** Invite the person to switch on daily reminders. */
  offerReminders: boolean;
}

/** Any step. Discriminate on `type`. */
export type Step = MessageStep | ChoiceStep | ChecklistStep | TextStep | BranchStep | EndStep;

/** Step kinds, in the order the docs list them. */
export type StepType = Step['type'];

/** A validated, normalized scenario. Steps keep file order; ids are unique after lint. */
export interface Scenario {
  id: string;
  title: string;
  summary: string;
  order: number;
  start: string;
  /** Initial values of variables, set when a run starts. */
  vars: Record<string, SetValue>;
  steps: Step[];
}

/** Finds a step by id (first match; lint reports duplicates). */
export function findStep(scenario: Scenario, stepId: string): Step | undefined {
  return scenario.steps.find((step) => step.id === stepId);
}
