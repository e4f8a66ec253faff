/**
 * Daily reminder content: the texts and the check-in buttons, authored in
 * `scenarios/reminders.yaml` and validated here so a content author gets a one-line error
 * naming the file, the item and the problem instead of a broken reminder at 08:30.
 *
 * @module
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { ContactAnswer } from '../db/reminder-tables.ts';
import { ID_PATTERN } from '../telegram/callback-data.ts';
import { checkHtml } from '../telegram/html.ts';
import { checkTranslation, translationEntries } from '../scenarios/translation.ts';
import { reminderTexts, withReminderTexts } from './translation.ts';
import { readYaml } from '../yaml.ts';

/** How a person says they are doing with letting go, from the reminder's check-in buttons. */
export const MOODS = ['holding', 'between', 'letting-go'] as const;

/** One check-in answer (see {@link MOODS}). */
export type Mood = (typeof MOODS)[number];

/**
 * What a reminder text assumes or speaks to: `contact`, that the person still writes to or
 * sees their ex (never sent to someone who said they are not in contact); `grief`, that
 * they are grieving the relationship.
 */
export const REMINDER_TAGS = ['contact', 'grief'] as const;

export type ReminderTag = (typeof REMINDER_TAGS)[number];

/** A reminder text with the id that records it as seen. */
export interface ReminderText {
  /** Stable kebab-case id, ≤ 24 chars; stored per delivery, so never reused for a new text. */
  id: string;
  /** Telegram HTML with `<b>`/`<i>` only. */
  text: string;
  tags: ReminderTag[];
}

/** Everything a daily reminder message needs besides the person. */
export interface ReminderContent {
  reminders: ReminderText[];
  checkin: {
    /** The question under the reminder text. */
    prompt: string;
    /** One button per mood, in display order. */
    options: { mood: Mood; label: string }[];
    /** The button for "I'd rather not answer today" (recorded as `skipped`). */
    notToday: string;
  };
  /** The same content in other languages, by language code (see `translation.ts`). */
  translations?: ReadonlyMap<string, ReminderContent>;
}

/** Ids are kept short because they travel inside Telegram callback data (64 bytes). */
const MAX_ID_LENGTH = 24;
/** Button labels longer than this get cut off on narrow phones. */
const MAX_LABEL_LENGTH = 24;
/** A reminder is a glance, not a read; a few sentences fit well within this. */
const MAX_TEXT_LENGTH = 400;

/** A reminder is a glance: bold and italic are all it needs. */
const HTML_TAGS = ['b', 'i'] as const;

const label = z
  .string()
  .trim()
  .min(1, 'is empty')
  .max(MAX_LABEL_LENGTH, `is longer than ${MAX_LABEL_LENGTH} characters`)
  .refine((s) => !/[<>&]/.test(s), 'must be plain text (no <, > or &)');

const reminderSchema = z.strictObject({
  id: z
    .string()
    .max(MAX_ID_LENGTH, `is longer than ${MAX_ID_LENGTH} characters`)
    .regex(ID_PATTERN, 'must be kebab-case (a-z, 0-9 and single hyphens)'),
  text: z
    .string()
    .trim()
    .min(1, 'is empty')
    .max(MAX_TEXT_LENGTH, `is longer than ${MAX_TEXT_LENGTH} characters`)
    .superRefine((text, ctx) => {
      const problem = checkHtml(text, HTML_TAGS);
      if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
    }),
  tags: z.array(z.enum(REMINDER_TAGS)).default([]),
});

const contentSchema = z
  .strictObject({
    checkin: z.strictObject({
      prompt: z.string().trim().min(1, 'is empty').max(200, 'is longer than 200 characters'),
      options: z
        .array(z.strictObject({ mood: z.enum(MOODS), label }))
        .refine(
          (options) => options.length === MOODS.length && MOODS.every((m) => options.some((o) => o.mood === m)),
          `must list each of ${MOODS.join(', ')} exactly once`,
        ),
      notToday: label,
    }),
    reminders: z
      .array(reminderSchema)
      .min(1, 'must contain at least one reminder')
      .refine((reminders) => reminders.some((r) => !r.tags.includes('contact')), 'must contain at least one reminder without the contact tag (for people no longer in contact)'),
  })
  .superRefine((content, ctx) => {
    const seenIds = new Map<string, number>();
    const seenTexts = new Map<string, number>();
    content.reminders.forEach((reminder, index) => {
      const firstId = seenIds.get(reminder.id);
      if (firstId !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['reminders', index, 'id'], message: `duplicates reminders[${firstId}]` });
      } else seenIds.set(reminder.id, index);
      const firstText = seenTexts.get(reminder.text);
      if (firstText !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['reminders', index, 'text'], message: `duplicates reminders[${firstText}]` });
      } else seenTexts.set(reminder.text, index);
    });
  });

/**
 * Reads and validates the reminder content file. The only I/O in this module; call it once
 * at start-up (and from the content check) and pass the result down.
 *
 * @throws Error with one line: `<file>: <where>: <problem>`.
 */
export async function loadReminderContent(file: string): Promise<ReminderContent> {
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch (error) {
    throw new Error(`${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const content = parseReminderContent(source, file);
  const { translations, problems } = await readReminderTranslations(file, content);
  if (problems.length > 0) {
    const more = problems.length > 1 ? ` (and ${String(problems.length - 1)} more problem${problems.length > 2 ? 's' : ''})` : '';
    throw new Error(`${problems[0]!}${more}`);
  }
  return { ...content, translations };
}

/**
 * Reads `translations/<language>/reminders.yaml` beside the content file, for every
 * language folder there: each must translate every text from the English as it is now, and
 * the result must pass the same limits as the English (label and text lengths, HTML).
 * Problems come back as lines `<file>: <language>: <problem>`.
 */
export async function readReminderTranslations(
  file: string,
  content: ReminderContent,
): Promise<{ translations: Map<string, ReminderContent>; problems: string[] }> {
  const translations = new Map<string, ReminderContent>();
  const problems: string[] = [];
  const dir = path.join(path.dirname(file), 'translations');
  if (!existsSync(dir)) return { translations, problems };
  const english = reminderTexts(content);
  for (const entry of (await readdir(dir, { withFileTypes: true })).filter((d) => d.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const language = entry.name;
    const translated = path.join(dir, language, path.basename(file));
    const where = `${path.relative(process.cwd(), translated)}: ${language}`;
    if (!existsSync(translated)) {
      problems.push(`${where}: the reminder texts are not translated`);
      continue;
    }
    let data: unknown;
    try {
      data = readYaml(await readFile(translated, 'utf8'));
    } catch (error) {
      problems.push(`${where}: invalid YAML: ${(error as Error).message}`);
      continue;
    }
    const entries = translationEntries(data, language);
    if (!entries) {
      problems.push(`${where}: not a translation file: it needs \`texts:\` with an \`en:\` and a \`${language}:\` under each key`);
      continue;
    }
    const found = checkTranslation(english, entries);
    for (const p of found) problems.push(`${where}: ${p.message}`);
    if (found.length > 0) continue;
    const texts = new Map([...entries].map(([key, e]) => [key, e.text]));
    const result = contentSchema.safeParse(withReminderTexts(content, texts), { error: plainTypeMessage });
    if (!result.success) {
      for (const issue of result.error.issues) problems.push(`${where}: ${describePath(issue.path, content)}: ${issue.message}`);
      continue;
    }
    translations.set(language, result.data);
  }
  return { translations, problems };
}

/**
 * Validates reminder content from YAML text; `fileName` only labels errors. Split from
 * {@link loadReminderContent} so tests and tools can check text without a file.
 *
 * @throws Error with one line: `<file>: <where>: <problem>` (plus how many more problems).
 */
export function parseReminderContent(source: string, fileName: string): ReminderContent {
  let data: unknown;
  try {
    data = readYaml(source);
  } catch (error) {
    throw new Error(`${fileName}: invalid YAML: ${(error as Error).message}`);
  }
  if (data === null || data === undefined) throw new Error(`${fileName}: the file is empty`);
  const result = contentSchema.safeParse(data, { error: plainTypeMessage });
  if (result.success) return result.data;

  const [issue, ...rest] = result.error.issues;
  if (issue === undefined) throw new Error(`${fileName}: invalid content`);
  const more = rest.length > 0 ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})` : '';
  throw new Error(`${fileName}: ${describePath(issue.path, data)}: ${issue.message}${more}`);
}

/**
 * The texts that fit a person: all of them, except that someone who said they are no longer
 * in contact with their ex never gets a `contact` text. ("It's complicated" may still mean
 * contact, so they get them.) {@link pickReminder}'s cycle runs over this list.
 */
export function fittingReminders<T extends { tags: readonly ReminderTag[] }>(all: readonly T[], inContact: ContactAnswer | null): T[] {
  return inContact === 'no' ? all.filter((r) => !r.tags.includes('contact')) : [...all];
}

/**
 * The next reminder id for a person: one not yet seen in the current cycle, so no text comes
 * back before all have been shown; then a new cycle starts, avoiding the very last one so the
 * same text never arrives twice in a row.
 *
 * `seenIds` is the person's delivery history, oldest first. Ids no longer in `all` (removed
 * content) are ignored, and new ids simply count as unseen in the current cycle.
 *
 * @param random a `Math.random`-like source, passed in so tests are deterministic.
 * @throws RangeError when `all` is empty.
 */
export function pickReminder(all: readonly { id: string }[], seenIds: readonly string[], random: () => number): string {
  const ids = [...new Set(all.map((r) => r.id))];
  if (ids.length === 0) throw new RangeError('pickReminder needs at least one reminder');
  const known = new Set(ids);

  let cycle = new Set<string>();
  let last: string | undefined;
  for (const id of seenIds) {
    if (!known.has(id)) continue;
    last = id;
    cycle.add(id);
    if (cycle.size === ids.length) cycle = new Set();
  }

  let candidates = ids.filter((id) => !cycle.has(id));
  if (cycle.size === 0 && candidates.length > 1) candidates = candidates.filter((id) => id !== last);
  const index = Math.min(candidates.length - 1, Math.max(0, Math.floor(random() * candidates.length)));
  return candidates[index] as string;
}

/** Author-facing wording for wrong or missing YAML values (zod's default names JS types). */
function plainTypeMessage(issue: {
  code?: string;
  input?: unknown;
  expected?: unknown;
  keys?: readonly string[];
}): string | undefined {
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys ?? [];
    return `has unknown key${keys.length > 1 ? 's' : ''} ${keys.map((k) => `"${k}"`).join(', ')}`;
  }
  if (issue.code !== 'invalid_type') return undefined;
  if (issue.input === undefined || issue.input === null) return 'is missing';
  const expected = { array: 'a list', object: 'a mapping (key: value lines)', string: 'text' }[String(issue.expected)];
  return `must be ${expected ?? String(issue.expected)}`;
}

/** `reminders.3.text` -> `reminders[3] "some-id" text`, so an author can find the item. */
function describePath(path: readonly PropertyKey[], data: unknown): string {
  if (path.length === 0) return 'top level';
  let text = '';
  let node: unknown = data;
  for (const key of path) {
    text += typeof key === 'number' ? `[${key}]` : `${text === '' ? '' : '.'}${String(key)}`;
    node = typeof node === 'object' && node !== null ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === 'number' && typeof node === 'object' && node !== null) {
      const id = (node as { id?: unknown }).id;
      if (typeof id === 'string') text += ` (id "${id}")`;
    }
  }
  return text;
}
