/**
 * Runs the phrase families over a message, with exclusions and negation applied.
 *
 * Exclusions (idioms) are found first, in every language, as spans of normalised words: one
 * cancels only the matches it overlaps, whichever language they belong to ("career suicide" is
 * an English idiom even where French `suicid*` matches), and every other match still counts.
 *
 * @module
 */
import type { CompiledLanguage, MatchTier, Softener } from './language.ts';
import { isNegated, isReassured, isUrged, spans } from './negation.ts';
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
}

/** An idiom found in a message: its id and the normalised words [first, last + 1) it covers. */
export interface Idiom {
  readonly id: string;
  readonly span: readonly [number, number];
}

/** Every exclusion of `language` in `view`. */
export function findIdioms(language: CompiledLanguage, view: View): Idiom[] {
  return language.exclusions.flatMap(({ id, regex }) =>
    spans(regex, view.text).map(([s, e]) => ({ id, span: sourceSpan(view, s, e) })),
  );
}

/** Every match of `language`'s families in `view`, cancelled by `idioms` where they overlap. */
export function matchFamilies(language: CompiledLanguage, view: View, idioms: readonly Idiom[]): Match[] {
  const matches: Match[] = [];
  let reassured: boolean | undefined; // computed once, when first needed
  for (const family of language.families) {
    const { regex } = family;
    regex.lastIndex = 0;
    for (let m = regex.exec(view.text); m !== null; m = regex.exec(view.text)) {
      // A match may begin with a skipped sentence break: it starts after it.
      const start = m[0].startsWith(' . ') ? m.index + 3 : m.index + 1;
      const end = m.index + m[0].length;
      const words = sourceSpan(view, start, end);
      const [first, last] = words;
      const match: Match = { family: family.id, tier: family.tier, language: language.code, phrase: view.text.slice(start, end), start, end, words };
      const idiom = idioms.find(({ span: [s, e] }) => s < last && first < e);
      if (idiom !== undefined) {
        match.excludedBy = idiom.id;
        regex.lastIndex = m.index + 1; // cancels this match only: look again just after its start
      } else {
        // Negation is marked on cues too: the same words matched by another language's act family agree (see `agree`).
        const index = wordAt(view, start);
        if (isNegated(language, view, index)) match.negated = true;
        else if (family.tier === 'act' && family.softenedBy.has('urge') && isUrged(language, view, index)) match.softenedBy = 'urge';
        else if (family.tier === 'act' && family.softenedBy.has('reassurance') && (reassured ??= isReassured(language, view))) {
          match.softenedBy = 'reassurance';
        }
        if (match.negated || match.softenedBy) match.tier = 'cue';
      }
      matches.push(match);
    }
  }
  return matches;
}

/**
 * The same words are negated (or softened) in every language or in none: when one language
 * reads "it's not like I'm going to unalive myself" as negated, another language's family that
 * also matches "unalive" is a cue too.
 */
export function agree(matches: readonly Match[]): Match[] {
  const softened = matches.filter((m) => m.excludedBy === undefined && (m.negated || m.softenedBy));
  return matches.map((m) => {
    if (m.tier !== 'act' || m.excludedBy !== undefined) return m;
    const other = softened.find((o) => o.words[0] < m.words[1] && m.words[0] < o.words[1]);
    if (other === undefined) return m;
    return other.negated ? { ...m, tier: 'cue', negated: true } : { ...m, tier: 'cue', softenedBy: other.softenedBy };
  });
}
