/**
 * One structure, many languages. A scenario's steps, branches, ids and variables are written
 * once, with its English texts, in `scenarios/<id>.yaml`; each other language has a file
 * `scenarios/translations/<language>/<id>.yaml` holding, for every text, the English it was
 * translated from and the translation, side by side:
 *
 * ```yaml
 * texts:
 *   intro.text:
 *     en: Thinking about messaging your ex? Let's take a short pause first.
 *     es: ¿Piensas escribirle? Hagamos antes una pequeña pausa.
 * ```
 *
 * A text whose English changed since it was translated is stale (its `en` no longer matches),
 * and the check names it. Pure: the I/O is in `loader.ts`.
 *
 * @module
 */
import { z } from 'zod';
import { placeholders } from './interpolate.ts';
import type { Scenario, Step } from './model.ts';

/** Every text a person reads in a scenario, keyed `title`, `summary`, `<step>.text`, `<step>.options.<id>.label`... */
export function scenarioTexts(scenario: Scenario): Map<string, string> {
  const texts = new Map<string, string>([
    ['title', scenario.title],
    ['summary', scenario.summary],
  ]);
  const shown = shownVariables(scenario);
  for (const step of scenario.steps) for (const [key, text] of stepTexts(step, shown)) texts.set(key, text);
  return texts;
}

/** Variables some text shows with `{name}`: only their values are read by a person. */
function shownVariables(scenario: Scenario): Set<string> {
  const names = new Set<string>();
  for (const step of scenario.steps) {
    for (const [, text] of stepTexts(step, new Set())) for (const name of placeholders(text)) names.add(name);
  }
  return names;
}

function stepTexts(step: Step, shown: ReadonlySet<string>): [string, string][] {
  const at = (field: string, text: string | undefined): [string, string][] => (text === undefined ? [] : [[`${step.id}.${field}`, text]]);
  switch (step.type) {
    case 'message':
    case 'end':
      return at('text', step.text);
    case 'choice':
      return [
        ...at('text', step.text),
        ...step.options.flatMap((o) => [
          ...at(`options.${o.id}.label`, o.label),
          ...at(`options.${o.id}.feedback`, o.feedback),
          // A text value a later `{var}` shows: translated for display, never for branching.
          ...Object.entries(o.set).flatMap(([name, value]) => (typeof value === 'string' && shown.has(name) ? at(`options.${o.id}.set.${name}`, value) : [])),
        ]),
      ];
    case 'checklist':
      return [...at('text', step.text), ...at('doneLabel', step.doneLabel), ...step.items.flatMap((i) => at(`items.${i.id}.label`, i.label))];
    case 'text':
      return [...at('prompt', step.prompt), ...at('skipLabel', step.skipLabel)];
    case 'branch':
      return [];
  }
}

/** The same scenario with its texts in another language (a key it lacks keeps the English). */
export function withTexts<S extends Scenario>(scenario: S, texts: ReadonlyMap<string, string>): S {
  const text = (key: string, english: string) => texts.get(key) ?? english;
  const steps = scenario.steps.map((step): Step => {
    const t = (field: string, english: string) => text(`${step.id}.${field}`, english);
    switch (step.type) {
      case 'message':
      case 'end':
        return { ...step, text: t('text', step.text) };
      case 'choice':
        return {
          ...step,
          text: t('text', step.text),
          options: step.options.map((o) => {
            const shows = Object.fromEntries(
              Object.entries(o.set).flatMap(([name, value]) => (typeof value === 'string' ? [[name, t(`options.${o.id}.set.${name}`, value)]] : [])),
            );
            return {
              ...o,
              label: t(`options.${o.id}.label`, o.label),
              ...(o.feedback === undefined ? {} : { feedback: t(`options.${o.id}.feedback`, o.feedback) }),
              ...(Object.keys(shows).length > 0 && { shows }),
            };
          }),
        };
      case 'checklist':
        return {
          ...step,
          text: t('text', step.text),
          doneLabel: t('doneLabel', step.doneLabel),
          items: step.items.map((i) => ({ ...i, label: t(`items.${i.id}.label`, i.label) })),
        };
      case 'text':
        return { ...step, prompt: t('prompt', step.prompt), ...(step.skipLabel === undefined ? {} : { skipLabel: t('skipLabel', step.skipLabel) }) };
      case 'branch':
        return step;
    }
  });
  return { ...scenario, title: text('title', scenario.title), summary: text('summary', scenario.summary), steps };
}

/** One entry of a translation file: the English it was made from, and the translation. */
export interface TranslatedText {
  en: string;
  text: string;
}

/** A translation file: `texts:`, each key with its English (`en:`) and the translation under the language's code. */
export const translationFileSchema = z.strictObject({
  texts: z.record(z.string(), z.object({ en: z.string() }).catchall(z.string())),
});

/**
 * The entries of a parsed translation file in `language`, or undefined when the data is not
 * a translation file (scenario and reminder translations share the shape).
 */
export function translationEntries(data: unknown, language: string): Map<string, TranslatedText> | undefined {
  const parsed = translationFileSchema.safeParse(data);
  if (!parsed.success) return undefined;
  return new Map(Object.entries(parsed.data.texts).map(([key, pair]) => [key, { en: pair.en, text: pair[language] ?? '' }]));
}

export type TranslationProblemKind = 'missing' | 'extra' | 'stale' | 'empty';

export interface TranslationProblem {
  kind: TranslationProblemKind;
  key: string;
  message: string;
}

/**
 * Compares a translation with the English texts it must cover: a text not translated
 * (`missing`), one the English no longer has (`extra`), one whose English changed since
 * (`stale`), and an empty translation.
 */
export function checkTranslation(english: ReadonlyMap<string, string>, translated: ReadonlyMap<string, TranslatedText>): TranslationProblem[] {
  const problems: TranslationProblem[] = [];
  for (const [key, source] of english) {
    const entry = translated.get(key);
    if (!entry) problems.push({ kind: 'missing', key, message: `"${key}" is not translated` });
    else if (entry.text.trim() === '') problems.push({ kind: 'empty', key, message: `"${key}" is empty` });
    else if (normalise(entry.en) !== normalise(source)) {
      problems.push({ kind: 'stale', key, message: `"${key}" is stale: the English changed since it was translated (now: "${excerpt(source)}")` });
    }
  }
  for (const key of translated.keys()) {
    if (!english.has(key)) problems.push({ kind: 'extra', key, message: `"${key}" is not a text of the scenario (any more)` });
  }
  return problems;
}

/** YAML folding may change line breaks inside a text; spacing is not a change of meaning. */
function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function excerpt(text: string): string {
  const flat = normalise(text);
  return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
}
