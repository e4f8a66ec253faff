/**
 * Negation: "I'm not going to kill myself" is not an act in progress, but it still speaks of
 * it, so a negated act phrase is answered as a cue (never as nothing). A negation counts when it
 * stands in the same clause, a few words before the phrase.
 *
 * @module
 */
import type { CompiledLanguage } from './language.ts';
import { BREAK, type View } from './view.ts';

/** How far back (in words) a negation may stand from the phrase it negates. */
const REACH = 8;

/**
 * True when a negation of `language` stands in the clause before word `index`: after the last
 * sentence break or clause word ("but", "and") and within {@link REACH} words, and is not one of
 * the phrases that only look like negations ("not ok", "no one").
 */
export function isNegated(language: CompiledLanguage, view: View, index: number): boolean {
  let from = index;
  while (from > 0 && index - from < REACH) {
    const before = view.words[from - 1] ?? BREAK;
    if (before === BREAK || language.clauseWords.has(before)) break;
    from--;
  }
  if (from === index) return false;
  const window = ` ${view.words.slice(from, index).join(' ')} `;
  const harmless = language.notNegation === null ? [] : spans(language.notNegation, window);
  return spans(language.negation, window).some(([s, e]) => !harmless.some(([hs, he]) => hs <= s && e <= he));
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
