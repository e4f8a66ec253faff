/**
 * The small vocabulary normalisation leans on to undo obfuscation: crisis words ("suicide",
 * "kill", "myself", "умереть") that a masked word ("s*icide") or spaced letters
 * ("s u i c i d e") may stand for, and glue words ("i", "want", "to") that let spaced letters
 * be split back into words ("i w a n t t o d i e"). Built from every language file, because
 * normalisation runs once for all languages.
 *
 * @module
 */
import { dedouble, foldChars } from './fold.ts';

export interface Lexicon {
  /** Crisis words, folded but not dedoubled: the shapes a masked word is matched against. */
  readonly crisis: readonly string[];
  /** Every known word (crisis and glue), folded, both as written and dedoubled. */
  readonly known: ReadonlySet<string>;
  /** Crisis words as written, to tell a segmentation that means something from one that doesn't. */
  readonly crisisSet: ReadonlySet<string>;
  /** Length of the longest known word, bounding segmentation. */
  readonly longest: number;
  /** Crisis words of 3+ letters by their first three letters: the cheap test before splitting a long word. */
  readonly crisisByStart: ReadonlyMap<string, readonly string[]>;
}

/** A lexicon from crisis words and glue words as authors write them (any case, accents). */
export function buildLexicon(crisis: readonly string[], glue: readonly string[]): Lexicon {
  const fold = (w: string) => foldChars(w).replace(/\s+/g, '');
  const crisisWords = [...new Set(crisis.map(fold))];
  const known = new Set<string>();
  for (const w of [...crisisWords, ...glue.map(fold)]) {
    known.add(w);
    known.add(dedouble(w));
  }
  return {
    crisis: crisisWords,
    known,
    crisisSet: new Set(crisisWords),
    longest: Math.max(0, ...[...known].map((w) => w.length)),
    crisisByStart: byStart(crisisWords.filter((w) => w.length >= 3)),
  };
}

function byStart(words: readonly string[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const w of words) map.set(w.slice(0, 3), [...(map.get(w.slice(0, 3)) ?? []), w]);
  return map;
}

/** True when a crisis word of 3+ letters stands inside `word` ("killmyself" has "kill"). */
export function hasCrisisInside(word: string, lexicon: Lexicon): boolean {
  for (let i = 0; i + 3 <= word.length; i++) {
    for (const w of lexicon.crisisByStart.get(word.slice(i, i + 3)) ?? []) if (word.startsWith(w, i)) return true;
  }
  return false;
}

/**
 * A long word run together from crisis words and glue words, split back ("killmyself" → kill
 * myself, "iwanttodie" → i want to die); null for any other word ("skilled", "deadline").
 */
export function splitCompound(word: string, lexicon: Lexicon): string[] | null {
  if (word.length < 7 || lexicon.known.has(word) || !hasCrisisInside(word, lexicon)) return null;
  const parts = segment(word, lexicon);
  // one-letter pieces only at the start ("iwanttodie"), never "goodbye" + "s"
  return parts !== null && parts.length > 1 && parts.slice(1).every((p) => p.length > 1) ? parts : null;
}

/**
 * `joined` split into known words with the fewest pieces, or null when it cannot be split or
 * no piece is a crisis word ("iwanttodie" → i want to die; "imsosad" → null).
 */
export function segment(joined: string, lexicon: Lexicon): string[] | null {
  // best[i]: fewest-piece split of joined.slice(0, i), or undefined when none.
  const best: Array<string[] | undefined> = [[]];
  for (let end = 1; end <= joined.length; end++) {
    for (let start = Math.max(0, end - lexicon.longest); start < end; start++) {
      const head = best[start];
      const piece = joined.slice(start, end);
      if (head === undefined || !lexicon.known.has(piece)) continue;
      const current = best[end];
      if (current === undefined || head.length + 1 < current.length) best[end] = [...head, piece];
    }
  }
  const split = best[joined.length];
  return split !== undefined && split.some((w) => lexicon.crisisSet.has(w)) ? split : null;
}
