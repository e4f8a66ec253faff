/**
 * A language's view of a normalised message: its shorthand spelled out and typos of its crisis
 * words repaired, as the " word word . word " text its families match on.
 *
 * @module
 */
import type { CompiledLanguage } from './language.ts';
import type { Normalized } from './normalize.ts';
import { expandShorthand, type Group } from './shorthand.ts';

/** The sentence-break marker: a "word" of its own in a view. */
export const BREAK = '.';

export interface View {
  /** " w1 w2 . w3 ": a space before and after every word, {@link BREAK} between sentences. */
  readonly text: string;
  /** The words, with {@link BREAK} markers. */
  readonly words: readonly string[];
  /** Offset of each word in `text`. */
  readonly starts: readonly number[];
  /**
   * The normalised words each view word comes from, as [first, last + 1): spans in these
   * units are comparable across languages (their views differ by shorthand).
   */
  readonly sources: ReadonlyArray<readonly [number, number]>;
}

/** The message as normalised, with no language's shorthand or repairs: shared by languages that change nothing. */
export function plainView(message: Normalized): View {
  return build(message.words.map((w, i) => ({ words: [w], from: i, to: i + 1 })), message);
}

/** The message as `language` reads it; `plain` (from {@link plainView}) when that changes nothing. */
export function viewFor(language: CompiledLanguage, message: Normalized, plain: View): View {
  if (language.shorthand.size === 0 && language.repairTargets.length === 0) return plain;
  const source = language.repairTargets.length === 0 ? message.words : message.words.map((w) => repair(w, language));
  const groups = expandShorthand(source, language.shorthand, message.breaks);
  const unchanged = groups.length === message.words.length && groups.every((g, i) => g.words.length === 1 && g.words[0] === message.words[i]);
  return unchanged ? plain : build(groups, message);
}

function build(groups: readonly Group[], message: Normalized): View {
  const words: string[] = [];
  const sources: Array<[number, number]> = [];
  const starts: number[] = [];
  let offset = 1;
  const push = (word: string, source: [number, number]) => {
    words.push(word);
    sources.push(source);
    starts.push(offset);
    offset += word.length + 1;
  };
  for (const { words: ws, from, to } of groups) {
    if (message.breaks[from] && words.length > 0) push(BREAK, [from, from]);
    for (const w of ws) push(w, [from, to]);
  }
  return { text: ` ${words.join(' ')} `, words, starts, sources };
}

/** Index of the view word starting at `offset`, or of the word `offset` falls in. */
export function wordAt(view: View, offset: number): number {
  let lo = 0;
  let hi = view.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((view.starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The normalised words [first, last + 1) under the text offsets [start, end) of `view`. */
export function sourceSpan(view: View, start: number, end: number): [number, number] {
  return [view.sources[wordAt(view, start)]?.[0] ?? 0, view.sources[wordAt(view, end - 1)]?.[1] ?? 0];
}

/**
 * A word one typo away (one letter added, dropped, changed, or two swapped) from exactly one
 * crisis word of 5+ letters becomes that word ("sucide", "suicdie" → "suicide"); known words
 * and short words stay as they are.
 */
export function repair(word: string, language: CompiledLanguage): string {
  if (word.length < 5 || language.known.has(word)) return word;
  let found: string | undefined;
  for (const target of language.repairTargets) {
    if (Math.abs(target.length - word.length) > 1) continue;
    // one edit apart: the first letters agree, or the edit is at the start and the second letters tell
    if (word[0] !== target[0] && word[1] !== target[1] && word[0] !== target[1] && word[1] !== target[0]) continue;
    if (!oneEditApart(word, target)) continue;
    if (found !== undefined) return word; // two candidates: not sure which was meant
    found = target;
  }
  return found !== undefined && /^\p{L}+$/u.test(word) ? found : word;
}

/** Damerau–Levenshtein distance ≤ 1, in linear time. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // one letter changed
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // two swapped
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
