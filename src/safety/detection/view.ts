/**
 * A language's view of a normalised message: its shorthand spelled out and typos of its crisis
 * words repaired, as the " word word . word " text its families match on.
 *
 * @module
 */
import type { CompiledLanguage, Shorthand } from './language.ts';
import type { Normalized } from './normalize.ts';

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

/** The message as `language` reads it. */
export function viewFor(language: CompiledLanguage, message: Normalized): View {
  const words: string[] = [];
  const sources: Array<[number, number]> = [];
  const source = message.words.map((w) => repair(w, language));
  const fits = (s: Shorthand, i: number) =>
    s.from.every((w, k) => source[i + k] === w && (k === 0 || !message.breaks[i + k])) &&
    !(s.from.length === 1 && i > 0 && /^[0-9]+$/.test(source[i - 1] ?? '')); // "5 kms" is a distance
  for (let i = 0; i < source.length; ) {
    if (message.breaks[i] && words.length > 0) {
      words.push(BREAK);
      sources.push([i, i]);
    }
    const entry = language.shorthand.get(source[i] ?? '')?.find((s) => fits(s, i));
    const span = entry?.from.length ?? 1;
    for (const w of entry?.to ?? [source[i] ?? '']) {
      words.push(w);
      sources.push([i, i + span]);
    }
    i += span;
  }
  const starts: number[] = [];
  let offset = 1;
  for (const w of words) {
    starts.push(offset);
    offset += w.length + 1;
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
  if (word.length < 5 || language.known.has(word) || !/^\p{L}+$/u.test(word)) return word;
  const targets = language.repairTargets.filter((t) => oneEditApart(word, t));
  return targets.length === 1 ? (targets[0] ?? word) : word;
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
