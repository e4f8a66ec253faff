/**
 * A language's view of a normalised message: its shorthand spelled out and typos of its crisis
 * words repaired, as the " word word . word " text its families match on.
 *
 * @module
 */
import { emojiInLanguage } from './fold.ts';
import type { CompiledLanguage } from './language.ts';
import type { Normalized } from './normalize.ts';
import { expandShorthand } from './shorthand.ts';

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
   * The normalised words each view word comes from, as [from[i], to[i]): spans in these units
   * are comparable across languages (their views differ by shorthand).
   */
  readonly from: readonly number[];
  readonly to: readonly number[];
}

/** Builds a view word by word. */
class Builder {
  readonly words: string[] = [];
  readonly starts: number[] = [];
  readonly from: number[] = [];
  readonly to: number[] = [];
  private offset = 1;

  constructor(private readonly breaks: readonly boolean[]) {}

  /** `replacement` for the normalised words [from, to), after a break marker when one comes before. */
  add(replacement: readonly string[] | string, from: number, to: number): void {
    if (this.breaks[from]) this.break(from);
    if (typeof replacement === 'string') this.push(replacement, from, to);
    else if (replacement.length === 0) this.break(to); // an emoji the language does not read: a break, as any emoji
    else for (const w of replacement) this.push(w, from, to);
  }

  /** A break marker before normalised word `at`, unless one is there already or nothing is. */
  private break(at: number): void {
    if (this.words.length > 0 && this.words.at(-1) !== BREAK) this.push(BREAK, at, at);
  }

  view(): View {
    return { text: ` ${this.words.join(' ')} `, words: this.words, starts: this.starts, from: this.from, to: this.to };
  }

  private push(word: string, from: number, to: number): void {
    this.words.push(word);
    this.starts.push(this.offset);
    this.from.push(from);
    this.to.push(to);
    this.offset += word.length + 1;
  }
}

/** The message as normalised, with no language's shorthand or repairs: shared by languages that change nothing. */
export function plainView(message: Normalized): View {
  const builder = new Builder(message.breaks);
  message.words.forEach((w, i) => builder.add(w, i, i + 1));
  return builder.view();
}

/** The message as `language` reads it; `plain` (from {@link plainView}) when that changes nothing. */
export function viewFor(language: CompiledLanguage, message: Normalized, plain: View): View {
  const emoji = message.emoji === undefined ? undefined : ownEmoji(language, message.words, message.emoji);
  if (emoji === undefined && language.shorthand.size === 0 && language.repairTargets.length === 0) return plain;
  const source = language.repairTargets.length === 0 ? message.words : message.words.map((w) => repair(w, language));
  let changed = emoji !== undefined || (source !== message.words && source.some((w, i) => w !== message.words[i]));
  for (let i = 0; !changed && i < source.length; i++) changed = language.shorthand.has(source[i] ?? '');
  if (!changed) return plain;
  const builder = new Builder(message.breaks);
  // emoji read in the language's own words ("🚆" → zug) are not shorthand: they go in as they are
  const add = (r: readonly string[] | string, from: number, to: number) => builder.add(to === from + 1 ? (emoji?.get(from) ?? r) : r, from, to);
  expandShorthand(source, language.shorthand, message.breaks, add);
  return builder.view();
}

/** The emoji words of a message that `language` reads in its own words, by index; undefined when none. */
function ownEmoji(language: CompiledLanguage, words: readonly string[], emoji: readonly boolean[]): Map<number, readonly string[]> | undefined {
  let own: Map<number, readonly string[]> | undefined;
  emoji.forEach((isEmoji, i) => {
    const reading = isEmoji ? emojiInLanguage(words[i] ?? '', language.code) : undefined;
    if (reading !== undefined) (own ??= new Map()).set(i, reading);
  });
  return own;
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
  return [view.from[wordAt(view, start)] ?? 0, view.to[wordAt(view, end - 1)] ?? 0];
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
