/**
 * Runs the phrase families over a message, with exclusions and negation applied.
 *
 * Exclusions (idioms) are found first, in every language, as spans of normalised words: one
 * cancels only the matches it overlaps, whichever language they belong to ("career suicide" is
 * an English idiom even where French `suicid*` matches), and every other match still counts.
 *
 * @module
 */
import type { CompiledPattern } from './dsl.ts';
import type { CompiledLanguage, MatchTier, Softener } from './language.ts';
import { isReassured, negationAt, urgeAt } from './negation.ts';
import { sourceSpan, type View, wordAt } from './view.ts';

export interface Match {
  /** The family that matched, e.g. 'en.intent'. */
  family: string;
  /** What this match calls for: the family's tier, or 'cue' for a negated act phrase. */
  tier: MatchTier;
  language: string;
  /** The matched words in normalised form (the person's words: never log them). */
  phrase: string;
  /** Offsets of `phrase` in the language's normalised text. */
  start: number;
  end: number;
  /** The normalised words [first, last + 1) it covers: comparable across languages. */
  words: readonly [number, number];
  /** The exclusion (idiom) overlapping this match, which cancels it. */
  excludedBy?: string;
  /** A negation stands before it in its clause: an act phrase is then answered as a cue. */
  negated?: boolean;
  /** An act phrase after a wish or urge, or in a message stating safety: answered as a cue. */
  softenedBy?: Softener;
  /**
   * The normalised word where the negation or the wish that softens this match starts (none
   * for a statement of safety, which may stand anywhere): see {@link agree}.
   */
  softenedAt?: number;
}

/** An idiom found in a message: its id and the normalised words [first, last + 1) it covers. */
export interface Idiom {
  readonly id: string;
  readonly span: readonly [number, number];
}

/** Patterns whose triggers a view has, with the indices of the words that trigger them. */
export type Wake = ReadonlyMap<CompiledPattern, readonly number[]>;

/** Every exclusion of `language` in `view`. */
export function findIdioms(language: CompiledLanguage, view: View, wake: Wake): Idiom[] {
  const idioms: Idiom[] = [];
  for (const [pattern, at] of wake) {
    const owner = language.owners.get(pattern);
    if (owner === undefined || !('exclusion' in owner)) continue;
    for (const [index, text] of findAll(pattern, view, at)) idioms.push({ id: owner.exclusion, span: sourceSpan(view, index + 1, index + text.length) });
  }
  return idioms;
}

/** Past this many words, a pattern is tried only at starts from which it could reach its key trigger. */
const LONG = 60;

/**
 * Every match of `pattern` in `view`, one per start position, as [index of its leading space,
 * matched text]. In long views only the starts within reach of a trigger (`at`) are tried.
 */
function findAll(pattern: CompiledPattern, view: View, at: readonly number[]): Array<[number, string]> {
  const found: Array<[number, string]> = [];
  if (view.words.length <= LONG || pattern.needs.length === 0) {
    const { regex } = pattern;
    regex.lastIndex = 0;
    for (let m = regex.exec(view.text); m !== null; m = regex.exec(view.text)) {
      found.push([m.index, m[0]]);
      regex.lastIndex = m.index + 1;
    }
    return found;
  }
  const { sticky } = pattern;
  let next = 0;
  for (const k of at) {
    for (let start = Math.max(next, k - pattern.lead); start <= k; start++) {
      sticky.lastIndex = (view.starts[start] ?? 1) - 1;
      const m = sticky.exec(view.text);
      if (m !== null) found.push([m.index, m[0]]);
    }
    next = k + 1;
  }
  return found;
}

/**
 * Every match of `language`'s families in `view`, cancelled by `idioms` where they overlap.
 * Only the patterns of `wake` (whose triggers the view has) run.
 */
export function matchFamilies(language: CompiledLanguage, view: View, wake: Wake, idioms: readonly Idiom[]): Match[] {
  const matches: Match[] = [];
  const seen = new Set<string>(); // two patterns of one family, same words: one match
  let reassured: boolean | undefined; // computed once, when first needed
  for (const [pattern, at] of wake) {
    const owner = language.owners.get(pattern);
    if (owner === undefined || !('family' in owner)) continue;
    const { family } = owner;
    for (const [index, text] of findAll(pattern, view, at)) {
      // A match may begin with a skipped sentence break: it starts after it.
      const start = text.startsWith(' . ') ? index + 3 : index + 1;
      const end = index + text.length;
      if (seen.has(`${family.id}:${start}:${end}`)) continue;
      if (family.distinctEnds && sameEnds(view.text.slice(start, end))) continue;
      seen.add(`${family.id}:${start}:${end}`);
      const span = sourceSpan(view, start, end);
      const [first, last] = span;
      const idiom = idioms.find(({ span: [s, e] }) => s < last && first < e); // cancels this match only
      const match: Match = { family: family.id, tier: family.tier, language: language.code, phrase: view.text.slice(start, end), start, end, words: span };
      if (idiom !== undefined) {
        match.excludedBy = idiom.id;
      } else if (!family.plain) {
        // Negation is marked on cues too: the same words matched by another language's act family agree (see `agree`).
        const word = wordAt(view, start);
        const negation = negationAt(language, view, word);
        const urge = negation === undefined && family.tier === 'act' && family.softenedBy.has('urge') ? urgeAt(language, view, word) : undefined;
        if (negation !== undefined) {
          match.negated = true;
          match.softenedAt = view.from[negation] ?? 0;
        } else if (urge !== undefined) {
          match.softenedBy = 'urge';
          match.softenedAt = view.from[urge] ?? 0;
        } else if (family.tier === 'act' && family.softenedBy.has('reassurance') && (reassured ??= isReassured(language, view))) {
          match.softenedBy = 'reassurance';
        }
        if (match.negated || match.softenedBy) match.tier = 'cue';
      }
      matches.push(match);
    }
  }
  return matches;
}

/** True when a phrase begins and ends with the same word ("goodbye goodbye"). */
function sameEnds(phrase: string): boolean {
  const words = phrase.split(' ').filter((w) => w !== '.');
  return words.length > 1 && words[0] === words.at(-1);
}

/**
 * The same words are negated (or softened) in every language or in none: when one language
 * reads "it's not like I'm going to unalive myself" as negated, another language's family that
 * also matches "unalive" is a cue too. Only where the negation (or wish) covers that match too:
 * it stands before the match, not inside it. "بطلت أجرح نفسي ٣ شهور وامبارح رجعت" (I stopped
 * hurting myself, went back yesterday) stays an act, though its inner "أجرح نفسي" is negated
 * by "بطلت": that word is part of the relapse phrase, not a negation of it.
 */
export function agree(matches: readonly Match[]): Match[] {
  const softened = matches.filter((m) => m.excludedBy === undefined && (m.negated || m.softenedBy));
  return matches.map((m) => {
    if (m.tier !== 'act' || m.excludedBy !== undefined) return m;
    const other = softened.find((o) => o.words[0] < m.words[1] && m.words[0] < o.words[1] && (o.softenedAt === undefined || o.softenedAt < m.words[0]));
    if (other === undefined) return m;
    const at = other.softenedAt === undefined ? {} : { softenedAt: other.softenedAt };
    return other.negated ? { ...m, tier: 'cue', negated: true, ...at } : { ...m, tier: 'cue', softenedBy: other.softenedBy, ...at };
  });
}
