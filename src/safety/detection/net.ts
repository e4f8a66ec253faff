/**
 * The net: one small set of rules over meanings, shared by every language, that catches what
 * the phrase families have no phrase for. A family knows "I bought a rope"; the net knows that a
 * means of dying named beside a time ("tonight", "after my shift") or beside having it ready
 * ("it's in the boot", "everything I need") is worth a question, however it is worded.
 *
 * Each language names the words of each meaning (`LanguageSpec.net`); the rules below pair
 * them. The net only ever asks (tier `cue`): a person who is not in danger answers "No, I'm
 * safe" and goes on where they were. Idioms cancel net matches they overlap, as they do for
 * families ("jump at the chance"); negation changes nothing, a question is already the mildest
 * answer.
 *
 * @module
 */
import type { Family } from './language.ts';

/** The meanings a language names for the net. Entries are patterns, like word classes. */
export interface NetWords {
  /** Ways and places of dying: "the pills", "a rope", "the bridge", "the tracks", "the ledge". */
  readonly means?: readonly string[];
  /** Having them ready: "bought", "saved up", "counted", "in my hand", "everything I need". */
  readonly ready?: readonly string[];
  /** A time: "tonight", "tomorrow", "right now", "after my shift", "when everyone's asleep". */
  readonly soon?: readonly string[];
  /** Farewells and arrangements: "goodbye", "thank you for everything", "look after my cat". */
  readonly farewell?: readonly string[];
  /** Being gone after: "for good", "when I'm gone", "won't be around", "my funeral", "don't blame". */
  readonly beyond?: readonly string[];
}

export type NetConcept = keyof NetWords;

/**
 * The rules: pairs of meanings, either order, how far apart they may stand (`between`, DSL
 * gaps: `{fill8}` up to eight words in one sentence, `{fill4} $ {fill4}` a few words across one
 * sentence break, `...` up to thirty across sentences, as goodbyes spread over a message), and
 * the family id each is logged as.
 */
const RULES: ReadonlyArray<{ readonly name: string; readonly between: readonly string[]; readonly pairs: ReadonlyArray<readonly [NetConcept, NetConcept]> }> = [
  // In one sentence, or across one break with a few words on either side ("got the pills. tonight").
  { name: 'net-means', between: ['{fill8}', '{fill4} $ {fill4}'], pairs: [['means', 'ready'], ['means', 'soon']] },
  { name: 'net-goodbye', between: ['...'], pairs: [['farewell', 'beyond']] },
  // Two arrangements in one message ("my passwords are in the drawer ... look after the cat"),
  // never one word said twice ("goodbye, goodbye" in a song).
  { name: 'net-arrangements', between: ['...'], pairs: [['farewell', 'farewell']] },
];

/** The word classes (`net-<meaning>`) and cue families the net adds to a language. */
export function netRules(code: string, words: NetWords | undefined): { classes: Record<string, readonly string[]>; families: Family[] } {
  if (words === undefined) return { classes: {}, families: [] };
  const classes = Object.fromEntries(Object.entries(words).map(([concept, entries]) => [`net-${concept}`, entries]));
  const named = (c: NetConcept) => (words[c]?.length ?? 0) > 0;
  const families = RULES.map(({ name, between, pairs }) => ({
    id: `${code}.${name}`,
    tier: 'cue' as const,
    patterns: pairs
      .filter(([a, b]) => named(a) && named(b))
      .flatMap(([a, b]) => between.flatMap((gap) => (a === b ? [`{net-${a}} ${gap} {net-${a}}`] : [`{net-${a}} ${gap} {net-${b}}`, `{net-${b}} ${gap} {net-${a}}`]))),
    plain: true,
    distinctEnds: pairs.every(([a, b]) => a === b),
  })).filter((f) => f.patterns.length > 0);
  return { classes, families };
}
