/**
 * What stands before a phrase in its clause: negation ("I'm not going to kill myself" still
 * speaks of it, so a negated act is a cue, never nothing), and wishes or urges ("I want to burn
 * myself" is an urge, not an act done). Also statements of safety anywhere in the message.
 *
 * @module
 */
import type { CompiledLanguage } from './language.ts';
import { BREAK, type View } from './view.ts';

/** How far back (in words) a negation or urge may stand from the phrase. */
const REACH = 8;

/**
 * The words before word `index` in its clause: back to the last sentence break or clause word
 * ("but", "and"), and to the last subject ("i", "im") unless `pastSubjects`, within {@link REACH}.
 * Returns the text and the index of its first word.
 */
function clauseBefore(language: CompiledLanguage, view: View, index: number, pastSubjects: boolean): { text: string; from: number } {
  let from = index;
  while (from > 0 && index - from < REACH) {
    const before = view.words[from - 1] ?? BREAK;
    if (before === BREAK || language.clauseWords.has(before) || (!pastSubjects && language.subjects.has(before))) break;
    from--;
  }
  return { text: ` ${view.words.slice(from, index).join(' ')} `, from };
}

/**
 * The view index of the first word of the first match of `regex` in the clause `clause` that
 * lies outside every span of `harmless`, or undefined when there is none.
 */
function firstOccurrence(regex: RegExp | null, clause: { text: string; from: number }, harmless: RegExp | null): number | undefined {
  const { text, from } = clause;
  if (regex === null || text === '  ') return undefined;
  const cover = harmless === null ? [] : spans(harmless, text);
  const found = spans(regex, text).find(([s, e]) => !cover.some(([hs, he]) => hs <= s && e <= he));
  if (found === undefined) return undefined;
  let words = 0; // words of the clause before the match: the spaces before its offset, less the leading one
  for (let i = 1; i < found[0]; i++) if (text.charCodeAt(i) === 32) words++;
  return from + words;
}

/**
 * True when a negation stands in the clause before word `index` ("I would never …"), or a wide
 * negation in the clause up to the last break ("it's not like I'm going to …"), not counting
 * phrases that only look like negations ("not ok", "no one").
 */
export function isNegated(language: CompiledLanguage, view: View, index: number): boolean {
  return negationAt(language, view, index) !== undefined;
}

/** The view index of the negating word that negates word `index` (see {@link isNegated}), if any. */
export function negationAt(language: CompiledLanguage, view: View, index: number): number | undefined {
  // A phrase that starts with its own subject ("im jumping") starts its clause: "if he doesnt call, im jumping".
  const ownSubject = language.subjects.has(view.words[index] ?? '');
  return (
    (ownSubject ? undefined : firstOccurrence(language.negation, clauseBefore(language, view, index, false), language.notNegation)) ??
    firstOccurrence(language.wideNegation, clauseBefore(language, view, index, true), language.notNegation)
  );
}

/** True when a wish or urge stands in the clause before word `index` ("I want to …"). */
export function isUrged(language: CompiledLanguage, view: View, index: number): boolean {
  return urgeAt(language, view, index) !== undefined;
}

/** The view index of the first word of the wish or urge before word `index` (see {@link isUrged}), if any. */
export function urgeAt(language: CompiledLanguage, view: View, index: number): number | undefined {
  return firstOccurrence(language.urge, clauseBefore(language, view, index, false), null);
}

/** True when the message states safety anywhere ("I'm safe", "I won't do it"). */
export function isReassured(language: CompiledLanguage, view: View): boolean {
  return firstOccurrence(language.reassurance, { text: view.text, from: 0 }, null) !== undefined;
}

/** Every [start, end) where `regex` matches in `text` (overlapping starts included). */
export function spans(regex: RegExp, text: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    found.push([m.index + 1, m.index + m[0].length]);
    regex.lastIndex = m.index + 1;
  }
  return found;
}
