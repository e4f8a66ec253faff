import { z } from 'zod';
import { ID_PATTERN } from '../telegram/callback-data.ts';
import { HELPLINE_KINDS } from './model.ts';
import type { Scenario, Step } from './model.ts';

/**
 * Size limits of the scenario format. They come from Telegram (message length, callback
 * data), from phones (button labels) and from the callback encoding (ids travel inside
 * every button press), so the schema, lint and docs share one table.
 */
export const LIMITS = {
  scenarioId: 24,
  stepId: 20,
  optionId: 12,
  /** Item ids are only bounded by the callback-data budget, which lint checks. */
  itemId: 32,
  varName: 32,
  title: 32,
  summary: 120,
  label: 32,
  options: 8,
  items: 12,
  /** Telegram's limit on one message, counted after HTML entities are parsed. */
  messageChars: 4096,
  /** Telegram's limit on callback data. */
  callbackBytes: 64,
  textMaxLength: 2000,
  textDefaultMaxLength: 1000,
} as const;

const VAR_PATTERN = /^[a-zA-Z][a-zA-Z0-9_-]*$/;

/** The one wording of a length problem, shared with lint. */
export function tooLong(what: string, input: unknown, limit: number): string {
  const length = typeof input === 'string' ? input.length : 0;
  return `${what} is ${String(length)} characters, over the limit of ${String(limit)}`;
}

function idOf(kind: string, max: number) {
  return z
    .string()
    .regex(ID_PATTERN, { error: `must be a ${kind} id: lowercase letters, digits and single dashes` })
    .max(max, { error: (iss) => tooLong('id', iss.input, max) });
}

const stepId = idOf('step', LIMITS.stepId).describe('A step id of this scenario.');
const scenarioRef = idOf('scenario', LIMITS.scenarioId).describe('A scenario id.');
const varName = z
  .string()
  .regex(VAR_PATTERN, { error: 'must be a variable name: a letter, then letters, digits, _ or -' })
  .max(LIMITS.varName);

function label(what: string) {
  return z
    .string()
    .min(1, { error: `${what} is empty` })
    .max(LIMITS.label, { error: (iss) => tooLong(what, iss.input, LIMITS.label) })
    .describe(`${what}: plain text on a button, short enough for a phone.`);
}

const html = z
  .string()
  .min(1, { error: 'text is empty' })
  .describe(
    'Telegram HTML: <b> <i> <u> <s> <code> <a href="..."> only; escape <, > and & as &lt; &gt; &amp;. {var} inserts a variable.',
  );

const setValue = z.union([z.string(), z.number(), z.boolean()], { error: 'must be text, a number, true or false' });

const varCondition = z
  .strictObject({
    var: varName.describe('The variable to test.'),
    eq: setValue.optional(),
    ne: setValue.optional(),
    gt: z.number().optional(),
    gte: z.number().optional(),
    lt: z.number().optional(),
    lte: z.number().optional(),
    includes: z.string().optional().describe('A list variable (checklist ticks) contains this item id.'),
    isSet: z.boolean().optional().describe('The variable has (true) or has not (false) been set.'),
  })
  .refine((c) => Object.keys(c).length > 1, { error: 'a condition needs an operator besides var (eq, gte, ...)' })
  .describe('All operators given must hold. An unset variable counts as 0 in number comparisons.');

const itemIds = z.array(idOf('item', LIMITS.itemId)).min(1);

const checklistCondition = z
  .strictObject({
    checkedAtLeast: z.int().min(0).optional(),
    checkedAtMost: z.int().min(0).optional(),
    anyOf: itemIds.optional().describe('At least one of these items is ticked.'),
    allOf: itemIds.optional().describe('All of these items are ticked.'),
    noneOf: itemIds.optional().describe('None of these items is ticked.'),
  })
  .refine((c) => Object.keys(c).length > 0, { error: 'a checklist condition needs at least one test' })
  .describe('All tests given must hold.');

const messageFields = {
  type: z.literal('message'),
  text: html,
  helplines: z
    .enum(HELPLINE_KINDS)
    .optional()
    .describe("After the text, the helplines of the person's country: domestic-abuse (fear of an ex) or crisis."),
  next: stepId,
};

const choiceOption = z.strictObject({
  id: idOf('option', LIMITS.optionId),
  label: label('label'),
  next: stepId,
  set: z
    .record(varName, setValue)
    .optional()
    .describe('Numbers are added to the variable (score: 1); strings and booleans replace it.'),
  feedback: html.optional().describe('Shown right after the tap.'),
});

const choiceFields = {
  type: z.literal('choice'),
  text: html,
  options: z.array(choiceOption).min(1).max(LIMITS.options),
  columns: z.int().min(1).max(3).optional().describe('Buttons per row (default 1).'),
};

const checklistFields = {
  type: z.literal('checklist'),
  text: html,
  items: z
    .array(z.strictObject({ id: idOf('item', LIMITS.itemId), label: label('label') }))
    .min(1)
    .max(LIMITS.items),
  doneLabel: label('doneLabel').optional().describe('The button that closes the checklist (default "Done").'),
  saveAs: varName.optional().describe('Variable that keeps the ticked item ids (default: the step id).'),
  next: stepId.optional().describe('Where to go when there are no branches.'),
  branches: z
    .array(z.strictObject({ when: checklistCondition, next: stepId }))
    .min(1)
    .optional()
    .describe('Tried in order; the first that holds wins.'),
  otherwise: stepId.optional().describe('Where to go when no branch holds.'),
};

const textFields = {
  type: z.literal('text'),
  prompt: html,
  maxLength: z
    .int()
    .min(1)
    .max(LIMITS.textMaxLength, { error: `must be at most ${String(LIMITS.textMaxLength)}` })
    .optional().describe('Longest answer accepted (default 1000).'),
  journal: z.boolean().optional().describe('Save the answer to the journal (default false).'),
  saveAs: varName.optional().describe('Variable that keeps the answer, for {var} in later texts.'),
  skipLabel: label('skipLabel').optional().describe('Offer a button to move on without typing.'),
  next: stepId,
};

const branchFields = {
  type: z.literal('branch'),
  branches: z
    .array(z.strictObject({ when: varCondition, next: stepId }))
    .min(1)
    .describe('Tried in order; the first that holds wins.'),
  otherwise: stepId.describe('Where to go when no branch holds.'),
};

const endFields = {
  type: z.literal('end'),
  text: html,
  suggest: z.array(scenarioRef).optional().describe('Scenarios to offer next.'),
  offerReminders: z.boolean().optional().describe('Invite the person to switch on daily reminders.'),
};

function checklistRouting(step: { next?: unknown; branches?: unknown; otherwise?: unknown }) {
  return step.branches === undefined
    ? step.next !== undefined && step.otherwise === undefined
    : step.next === undefined && step.otherwise !== undefined;
}
const checklistRoutingError = { error: 'a checklist needs either next, or branches with otherwise' };

/** Builds the step variants, with or without an `id` field (list form vs map form). */
function stepVariants<const T extends z.core.$ZodLooseShape>(extra: T) {
  return z.discriminatedUnion(
    'type',
    [
      z.strictObject({ ...extra, ...messageFields }).describe('Shows a text, then moves on by itself.'),
      z.strictObject({ ...extra, ...choiceFields }).describe('A question answered with one tap.'),
      z
        .strictObject({ ...extra, ...checklistFields })
        .refine(checklistRouting, checklistRoutingError)
        .describe('Tick any number of items, then tap done.'),
      z.strictObject({ ...extra, ...textFields }).describe('The person types an answer.'),
      z.strictObject({ ...extra, ...branchFields }).describe('Silent routing on variables.'),
      z.strictObject({ ...extra, ...endFields }).describe('The last step.'),
    ],
    { error: 'type must be one of: message, choice, checklist, text, branch, end' },
  );
}

const mapStep = stepVariants({});
const listStep = stepVariants({ id: stepId.describe('The step id.') });

const scenarioFields = {
  id: idOf('scenario', LIMITS.scenarioId).describe('Kebab-case id, used in deep links (/start <id>).'),
  title: z.string().min(1).max(LIMITS.title).describe('Shown on menu buttons.'),
  summary: z
    .string()
    .min(1)
    .max(LIMITS.summary)
    .regex(/^[^\n]*$/, { error: 'must be one line' })
    .describe('One line for the menu.'),
  order: z.number().describe('Menu position: lower comes first.'),
  start: stepId.describe('The first step.'),
  vars: z.record(varName, setValue).optional().describe('Initial values of variables.'),
};

/**
 * The scenario file as authors write it: `steps` is a map keyed by step id or a list of
 * steps with ids. This is what `schema.json` describes for editors.
 */
export const scenarioFileSchema = z
  .strictObject({
    ...scenarioFields,
    steps: z.union([z.record(stepId, mapStep), z.array(listStep).min(1)]).describe('Map of step id to step, or a list of steps with ids.'),
  })
  .describe('A letgo coaching scenario.');

/** What the loader validates after turning the map form into the list form. */
const scenarioListSchema = z.strictObject({ ...scenarioFields, steps: z.array(listStep).min(1) });

type ListStepInput = z.output<typeof listStep>;

/** One problem found while validating a file, located by step where possible. */
export interface SchemaProblem {
  stepId?: string;
  message: string;
}

/** The outcome of {@link parseScenario}: a normalized scenario or the problems found. */
export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; problems: SchemaProblem[] };

/**
 * Validates one parsed YAML document and normalizes it (map form to list form, defaults
 * filled in). Pure: the loader reads files, this judges content, so tests and the
 * editor tooling can call it on plain objects.
 */
export function parseScenario(raw: unknown): ParseResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, problems: [{ message: 'the file must contain one scenario (a YAML mapping)' }] };
  }
  const doc = { ...(raw as Record<string, unknown>) };
  const problems: SchemaProblem[] = [];
  if (isPlainObject(doc['steps'])) {
    doc['steps'] = Object.entries(doc['steps']).map(([id, step]) => {
      if (isPlainObject(step) && 'id' in step) {
        problems.push({ stepId: id, message: 'remove "id": in the map form the key is the step id' });
        return step;
      }
      return isPlainObject(step) ? { id, ...step } : step;
    });
  }
  if (problems.length > 0) return { ok: false, problems };

  const result = scenarioListSchema.safeParse(doc, { reportInput: true });
  if (!result.success) {
    const steps = Array.isArray(doc['steps']) ? (doc['steps'] as unknown[]) : [];
    return { ok: false, problems: result.error.issues.flatMap((issue) => describeIssue(issue, steps)) };
  }
  const data = result.data;
  return {
    ok: true,
    scenario: {
      id: data.id,
      title: data.title,
      summary: data.summary,
      order: data.order,
      start: data.start,
      vars: data.vars ?? {},
      steps: data.steps.map(normalizeStep),
    },
  };
}

function normalizeStep(step: ListStepInput): Step {
  switch (step.type) {
    case 'message':
      return { type: 'message', id: step.id, text: step.text, next: step.next, ...(step.helplines && { helplines: step.helplines }) };
    case 'choice':
      return {
        type: 'choice',
        id: step.id,
        text: step.text,
        columns: step.columns ?? 1,
        options: step.options.map((o) => ({
          id: o.id,
          label: o.label,
          next: o.next,
          set: o.set ?? {},
          ...(o.feedback === undefined ? {} : { feedback: o.feedback }),
        })),
      };
    case 'checklist':
      return {
        type: 'checklist',
        id: step.id,
        text: step.text,
        items: step.items.map((i) => ({ id: i.id, label: i.label })),
        doneLabel: step.doneLabel ?? 'Done',
        saveAs: step.saveAs ?? step.id,
        branches: (step.branches ?? []).map((b) => ({ when: { ...b.when }, next: b.next })),
        // The refinement guarantees one of the two.
        otherwise: step.otherwise ?? step.next ?? '',
      };
    case 'text':
      return {
        type: 'text',
        id: step.id,
        prompt: step.prompt,
        maxLength: step.maxLength ?? LIMITS.textDefaultMaxLength,
        journal: step.journal ?? false,
        ...(step.saveAs === undefined ? {} : { saveAs: step.saveAs }),
        ...(step.skipLabel === undefined ? {} : { skipLabel: step.skipLabel }),
        next: step.next,
      };
    case 'branch':
      return {
        type: 'branch',
        id: step.id,
        branches: step.branches.map((b) => ({ when: { ...b.when }, next: b.next })),
        otherwise: step.otherwise,
      };
    case 'end':
      return {
        type: 'end',
        id: step.id,
        text: step.text,
        suggest: step.suggest ?? [],
        offerReminders: step.offerReminders ?? false,
      };
  }
}

/** Turns one zod issue into author-facing lines: `step "x": options[1].label: ...`. */
function describeIssue(issue: z.core.$ZodIssue, steps: unknown[]): SchemaProblem[] {
  const path = [...issue.path];
  let stepId: string | undefined;
  if (path[0] === 'steps' && typeof path[1] === 'number') {
    const raw = steps[path[1]];
    const id = isPlainObject(raw) && typeof raw['id'] === 'string' ? raw['id'] : undefined;
    stepId = id ?? `#${String(path[1] + 1)}`;
    path.splice(0, 2);
    // Name options and items by their ids: authors think in ids, not indexes.
    const listName: PropertyKey | undefined = path[0];
    if ((listName === 'options' || listName === 'items') && typeof path[1] === 'number' && isPlainObject(raw)) {
      const list = raw[listName];
      const entry = Array.isArray(list) ? (list[path[1]] as unknown) : undefined;
      if (isPlainObject(entry) && typeof entry['id'] === 'string') {
        path.splice(0, 2, `${listName === 'options' ? 'option' : 'item'} "${entry['id']}"`);
      }
    }
  }
  const message = issueMessage(issue);
  const last = path.at(-1);
  // Some messages read as one sentence about their field: "next is required",
  // "option "a" label is 40 characters, over the limit of 32".
  let text: string;
  if (message === 'is required' && last !== undefined) text = `${formatPath(path)} is required`;
  else if (last !== undefined && message.startsWith(`${String(last)} is `)) {
    text = [formatPath(path.slice(0, -1)), message].filter((part) => part !== '').join(' ');
  } else text = path.length > 0 ? `${formatPath(path)}: ${message}` : message;
  return [stepId === undefined ? { message: text } : { stepId, message: text }];
}

function formatPath(path: PropertyKey[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${String(p)}]` : String(p)))
    .join('.')
    .replaceAll('.[', '[')
    .replaceAll('".', '" ');
}

function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'is required';
  if (issue.code === 'invalid_type') return `expected ${issue.expected}`;
  return issue.message;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The JSON Schema of the file format, for editors (`# yaml-language-server: $schema=`).
 * Generated from the zod schema so the two cannot drift; `npm run scenarios:schema`
 * writes it to `scenarios/schema.json` and a test checks the committed copy.
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(scenarioFileSchema, { io: 'input', target: 'draft-7' }) as Record<string, unknown>;
}
