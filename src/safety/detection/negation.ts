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
 */
function clauseBefore(language: CompiledLanguage, view: View, index: number, pastSubjects: boolean): string {
  let from = index;
  while (from > 0 && index - from < REACH) {
    const before = view.words[from - 1] ?? BREAK;
    if (before === BREAK || language.clauseWords.has(before) || (!pastSubjects && language.subjects.has(before))) break;
    from--;
  }
  return ` ${view.words.slice(from, index).join(' ')} `;
}

/** True when `regex` matches in `text` outside every span of `harmless`. */
function occurs(regex: RegExp | null, text: string, harmless: RegExp | null): boolean {
  if (regex === null || text === '  ') return false;
  const cover = harmless === null ? [] : spans(harmless, text);
  return spans(regex, text).some(([s, e]) => !cover.some(([hs, he]) => hs <= s && e <= he));
}

/**
 * True when a negation stands in the clause before word `index` ("I would never …"), or a wide
 * negation in the clause up to the last break ("it's not like I'm going to …"), not counting
 * phrases that only look like negations ("not ok", "no one").
 */
export function isNegated(language: CompiledLanguage, view: View, index: number): boolean {
  // A phrase that starts with its own subject ("im jumping") starts its clause: "if he doesnt call, im jumping".
  const ownSubject = language.subjects.has(view.words[index] ?? '');
  return (
    (!ownSubject && occurs(language.negation, clauseBefore(language, view, index, false), language.notNegation)) ||
    occurs(language.wideNegation, clauseBefore(language, view, index, true), language.notNegation)
  );
}

/** True when a wish or urge stands in the clause before word `index` ("I want to …"). */
export function isUrged(language: CompiledLanguage, view: View, index: number): boolean {
  return occurs(language.urge, clauseBefore(language, view, index, false), null);
}

/** True when the message states safety anywhere ("I'm safe", "I won't do it"). */
export function isReassured(language: CompiledLanguage, view: View): boolean {
  return occurs(language.reassurance, view.text, null);
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
