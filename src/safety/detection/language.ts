/**
 * What a language file declares (`lang/<code>.ts`) and its compiled form. A language is data:
 * word classes, phrase families, idioms to exclude, negation words, shorthand and the crisis
 * words typos are repaired towards. `compileLanguage` turns it into patterns once, when the
 * language is first needed (`lang/index.ts`).
 *
 * @module
 */
import { type CompiledPattern, compileAlternation, compilePatterns, type DslContext, matchingForm, soleWords } from './dsl.ts';
import type { Script } from './fold.ts';
import { type NetWords, netRules } from './net.ts';
import { type Shorthand, type ShorthandTable, spellOut } from './shorthand.ts';
import { buildTriggerIndex, type TriggerIndex } from './triggers.ts';

export type MatchTier = 'act' | 'cue';

/** A phrase family: one kind of crisis language, e.g. `en.burden`, answered with one tier. */
export interface Family {
  /** `<language>.<what it catches>`, e.g. `en.intent`; logged and counted, never the words. */
  readonly id: string;
  /** `act`: help at once. `cue`: a direct, kind question first. */
  readonly tier: MatchTier;
  /** Patterns in the DSL of `dsl.ts`. */
  readonly patterns: readonly string[];
  /**
   * Contexts that make this act family a cue (negation always does): `urge`, a wish or urge
   * before it in its clause ("I want to burn myself" is an urge, "I burned myself" an act);
   * `reassurance`, a statement of safety anywhere in the message ("I'm safe, just having the
   * thoughts again"). Leave `reassurance` off goodbyes and plans: notes say "don't worry".
   */
  readonly softenedBy?: ReadonlyArray<Softener>;
  /** Matches are taken as they are: no negation or softening is marked on them (the net's cues). */
  readonly plain?: boolean;
  /** A match must not begin and end with the same word ("goodbye, goodbye" is not two farewells). */
  readonly distinctEnds?: boolean;
}

export type Softener = 'urge' | 'reassurance';

export interface LanguageSpec {
  /** ISO 639-1 code: 'en', 'es', 'ru'... */
  readonly code: string;
  /** Scripts the language is typed in; its families are skipped for messages without them. */
  readonly scripts: readonly Script[];
  /** Word classes used as `{name}` in patterns; entries are patterns themselves. */
  readonly classes: Readonly<Record<string, readonly string[]>>;
  readonly families: readonly Family[];
  /** The words of each meaning the shared net pairs (`net.ts`): means, ready, soon, farewell, beyond. */
  readonly net?: NetWords;
  /**
   * Idioms and everyday phrases (name → patterns) that contain crisis words but are not crisis
   * language ("kill myself laughing"). One cancels only the matches it overlaps.
   */
  readonly exclusions: Readonly<Record<string, readonly string[]>>;
  /**
   * Negations (patterns): one in the same clause before an act phrase makes it a cue. The word
   * an entry cannot match without, when it is one ("не [буду|хочу] $" → не), is also a word
   * fillers (`{fill2}`) may not cross.
   */
  readonly negations: readonly string[];
  /** More words fillers may not cross, besides those of `negations` (they are not negations themselves). */
  readonly fillerStops?: readonly string[];
  /** Phrases containing a negation word that negate nothing ("not ok", "no one"). */
  readonly notNegations?: readonly string[];
  /** Negations that reach past a new subject: "it's not like I'm going to…", "no way I'd…". */
  readonly wideNegations?: readonly string[];
  /** Words that open a new clause ("but", "and"): negation does not reach across them. */
  readonly clauseWords?: readonly string[];
  /** Subject words ("i", "im"): a new clause for negations, but not for wide negations. */
  readonly subjects?: readonly string[];
  /** Wishes and urges ("want to", "urge to"): see {@link Family.softenedBy}. */
  readonly urges?: readonly string[];
  /** Statements of safety ("I'm safe", "I won't act on it"): see {@link Family.softenedBy}. */
  readonly reassurances?: readonly string[];
  /** Shorthand spelled out ("wanna" → "want to", "my self" → "myself"); keys may be several words. */
  readonly shorthand?: Readonly<Record<string, string>>;
  /** Crisis words that masked ("s*icide") and spaced-out ("s u i c i d e") words may stand for. */
  readonly crisisWords: readonly string[];
  /**
   * Long, distinctive crisis words (5+ letters) that a word one typo away is repaired towards
   * ("sucide" → "suicide"). Only words no common word is one typo from: not "dying" ("doing").
   */
  readonly repairs?: readonly string[];
  /** Common words one typo away from a word of `repairs` that must never be "repaired" ("overdone"). */
  readonly notTypos?: readonly string[];
  /** Short function words that let spaced-out letters split into words ("i", "want", "to"). */
  readonly glueWords?: readonly string[];
}

export interface CompiledFamily {
  readonly id: string;
  readonly tier: MatchTier;
  readonly patterns: readonly CompiledPattern[];
  readonly softenedBy: ReadonlySet<Softener>;
  readonly plain: boolean;
  readonly distinctEnds: boolean;
}

export interface CompiledLanguage {
  readonly code: string;
  readonly scripts: readonly Script[];
  readonly families: readonly CompiledFamily[];
  readonly exclusions: ReadonlyArray<{ readonly id: string; readonly patterns: readonly CompiledPattern[] }>;
  readonly negation: RegExp | null;
  readonly wideNegation: RegExp | null;
  readonly notNegation: RegExp | null;
  readonly urge: RegExp | null;
  readonly reassurance: RegExp | null;
  readonly clauseWords: ReadonlySet<string>;
  readonly subjects: ReadonlySet<string>;
  /** Shorthand by its first word, longest first. */
  readonly shorthand: ShorthandTable;
  /** `repairs` in matching form: what typos are repaired towards. */
  readonly repairTargets: readonly string[];
  /** Words never repaired: crisis words, repair targets, glue words, shorthand, `notTypos`. */
  readonly known: ReadonlySet<string>;
  /** Trigger words of every family and exclusion pattern. */
  readonly triggers: TriggerIndex<CompiledPattern>;
  /** The family or exclusion each pattern belongs to. */
  readonly owners: ReadonlyMap<CompiledPattern, Owner>;
}

/** What a pattern belongs to: a family, or an exclusion (by id). */
export type Owner = { readonly family: CompiledFamily } | { readonly exclusion: string };

/**
 * Compiles a language once; throws with the pattern at fault on any error in the DSL.
 * `checkShorthand` also refuses patterns that split a contraction across groups (see
 * `DslContext.contracts`): a check of the language file, run by its tests rather than at every start.
 */
export function compileLanguage(language: LanguageSpec, { checkShorthand = false } = {}): CompiledLanguage {
  const net = netRules(language.code, language.net);
  const spec = { ...language, classes: { ...language.classes, ...net.classes }, families: [...language.families, ...net.families] };
  const shorthand = new Map<string, Shorthand[]>();
  for (const [from, to] of Object.entries(spec.shorthand ?? {})) {
    const entry = { from: matchingForm(from).split(' '), to: matchingForm(to).split(' ') };
    const first = entry.from[0] ?? '';
    shorthand.set(first, [...(shorthand.get(first) ?? []), entry].sort((a, b) => b.from.length - a.from.length));
  }
  const spell = (words: readonly string[]) => spellOut(words, shorthand);
  // A word that shorthand writes for another ("qria" → "queria") is not spelled out again, so "queria
  // morre" may stand in a message even though typing it gives "queria morrer": it is not a dead pair.
  const written = new Set([...shorthand.values()].flat().flatMap((s) => (s.to.length === 1 ? s.to : [])));
  const contracts = checkShorthand
    ? (first: string, second: string) => !written.has(first) && (shorthand.get(first)?.some((s) => s.from.length === 2 && s.from[1] === second) ?? false)
    : undefined;
  // Negation entries are read as they always were: fillers in them stop at one-word entries only.
  const negationWords = spec.negations.map(matchingForm).filter((w) => /^[^ ()[\]|{}*]+$/.test(w));
  const folded = new Map<string, string>(); // pattern words in matching form, shared by both contexts
  const deadPairs: string[] = []; // patterns that could never match a pair of their words (named all at once below)
  const negationContext: DslContext = { classes: spec.classes, notFiller: negationWords, compiled: new Map(), spell, ...(contracts && { contracts }), deadPairs, forms: folded };
  // Fillers of everything else stop at those and at the one word a pattern entry needs ("не [буду|хочу] $" → не).
  const notFiller = new Set([
    ...negationWords,
    ...spec.negations.flatMap((n) => soleWords(n, negationContext)),
    ...(spec.fillerStops ?? []).flatMap((w) => matchingForm(w).split(' ')),
  ]);
  const context: DslContext = { classes: spec.classes, notFiller: [...notFiller].map(escape), compiled: new Map(), spell, ...(contracts && { contracts }), deadPairs, forms: folded };
  const compile = (patterns: readonly string[]) => compilePatterns(patterns, context);
  const compileSome = (patterns: readonly string[] | undefined) => compileAlternation(patterns ?? [], context);
  const compileNegations = (patterns: readonly string[] | undefined) => compileAlternation(patterns ?? [], negationContext);
  const forms = (words: readonly string[] | undefined) => (words ?? []).map(matchingForm);
  const families = spec.families.map((f) => ({ id: f.id, tier: f.tier, patterns: compile(f.patterns), softenedBy: new Set(f.softenedBy), plain: f.plain === true, distinctEnds: f.distinctEnds === true }));
  const exclusions = Object.entries(spec.exclusions).map(([name, patterns]) => ({ id: `${spec.code}.${name}`, patterns: compile(patterns) }));
  const negation = compileNegations(spec.negations);
  const wideNegation = compileNegations(spec.wideNegations);
  const notNegation = compileNegations(spec.notNegations);
  const urge = compileSome(spec.urges);
  const reassurance = compileSome(spec.reassurances);
  if (deadPairs.length > 0) throw new Error(`${spec.code}: ${[...new Set(deadPairs)].join('\n')}`);
  return {
    code: spec.code,
    scripts: spec.scripts,
    families,
    exclusions,
    ...indexPatterns(families, exclusions),
    negation,
    wideNegation,
    notNegation,
    urge,
    reassurance,
    clauseWords: new Set(forms(spec.clauseWords)),
    subjects: new Set(forms(spec.subjects)),
    shorthand,
    repairTargets: forms(spec.repairs).filter((w) => !w.includes(' ') && w.length >= 5),
    known: new Set([
      ...forms(spec.crisisWords),
      ...forms(spec.repairs),
      ...forms(spec.glueWords),
      ...forms(spec.notTypos),
      ...[...shorthand.keys()],
    ]),
  };
}

/** The trigger index and the owner of every pattern of `families` and `exclusions`. */
function indexPatterns(
  families: readonly CompiledFamily[],
  exclusions: CompiledLanguage['exclusions'],
): Pick<CompiledLanguage, 'triggers' | 'owners'> {
  return {
    triggers: buildTriggerIndex([...families, ...exclusions].flatMap((f) => f.patterns)),
    owners: new Map<CompiledPattern, Owner>([
      ...families.flatMap((family) => family.patterns.map((p) => [p, { family }] as const)),
      ...exclusions.flatMap(({ id, patterns }) => patterns.map((p) => [p, { exclusion: id }] as const)),
    ]),
  };
}

/** A word for use inside a regex. */
function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
