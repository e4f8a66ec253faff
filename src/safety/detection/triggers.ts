/**
 * Triggers: words a message must contain for a pattern to have a chance. Each pattern needs a
 * few clauses ("want" or "wanted"…, and "die" or "dead"…), every one of which must hold; the
 * message looks up its words once in an index of each pattern's most selective clause, checks
 * the other clauses, and runs only the patterns left. Detection stays fast however many rules
 * the languages hold.
 *
 * @module
 */

/** Holds when the text has one of `words`, or a word starting with one of `prefixes`. */
export interface Clause {
  readonly words: ReadonlySet<string>;
  readonly prefixes: ReadonlySet<string>;
}

/** A clause a match satisfies, and at most how many words of the match stand before the word that satisfies it. */
export interface Need {
  readonly clause: Clause;
  readonly lead: number;
}

/** Something with needs that must all hold (none: no constraint, always run). */
export interface Triggered {
  readonly needs: readonly Need[];
}

/** One empty set for every clause without words or without prefixes (most have one of the two). */
const NONE: ReadonlySet<string> = new Set();
const setOf = (items: Iterable<string>): ReadonlySet<string> => {
  const set = new Set(items);
  return set.size === 0 ? NONE : set;
};

export const wordNeed = (w: string): Need => ({ clause: { words: new Set([w]), prefixes: NONE }, lead: 0 });
export const prefixNeed = (p: string, lead: number): Need => ({ clause: { words: NONE, prefixes: new Set([p]) }, lead });

/** The needs of one of several alternatives: a single one, the union of each one's key (none if any has none). */
export function eitherNeeds(alternatives: ReadonlyArray<readonly Need[]>): Need[] {
  if (alternatives.some((needs) => needs.length === 0)) return [];
  const keys = alternatives.map((needs) => key(needs) as Need);
  const words = setOf(keys.flatMap((n) => [...n.clause.words]));
  const prefixes = setOf(keys.flatMap((n) => [...n.clause.prefixes]));
  return [{ clause: { words, prefixes }, lead: Math.max(...keys.map((n) => n.lead)) }];
}

/** "(a|b)*": the words may go on, so they become prefixes. */
export function asPrefixes(needs: readonly Need[]): Need[] {
  return needs.map(({ clause, lead }) => ({ clause: { words: NONE, prefixes: setOf([...clause.words, ...clause.prefixes]) }, lead }));
}

/** The same needs, each standing `words` further into the match. */
export function after(needs: readonly Need[], words: number): Need[] {
  return words === 0 ? [...needs] : needs.map((n) => ({ clause: n.clause, lead: n.lead + words }));
}

/** The most selective need: few words, and long ones (short words are common). */
export function key(needs: readonly Need[]): Need | undefined {
  const cost = ({ clause: c }: Need) =>
    [...c.words].reduce((sum, w) => sum + (w.length <= 2 ? 20 : w.length <= 3 ? 6 : w.length <= 4 ? 2 : 1), 0) + 3 * c.prefixes.size;
  return needs.reduce<Need | undefined>((best, n) => (best === undefined || cost(n) < cost(best) ? n : best), undefined);
}

/** True when the text whose words are `words` satisfies `clause`. */
function holds(clause: Clause, words: ReadonlySet<string>): boolean {
  if (clause.words.size <= words.size) {
    for (const w of clause.words) if (words.has(w)) return true;
  } else {
    for (const w of words) if (clause.words.has(w)) return true;
  }
  if (clause.prefixes.size === 0) return false;
  for (const w of words) for (const p of clause.prefixes) if (w.startsWith(p)) return true;
  return false;
}

/** True when every need holds for a text whose words are `words`. */
export function mayMatch(needs: readonly Need[], words: ReadonlySet<string>): boolean {
  return needs.every((n) => holds(n.clause, words));
}

export interface TriggerIndex<T extends Triggered> {
  readonly byWord: ReadonlyMap<string, readonly T[]>;
  /** Prefixes by their first `stem` letters, each with what it triggers. */
  readonly byStem: ReadonlyMap<string, ReadonlyArray<readonly [string, readonly T[]]>>;
  /** The length of the shortest prefix. */
  readonly stem: number;
  /** Things without clauses: they always run. */
  readonly always: readonly T[];
}

/** Indexes things by the words and prefixes of their key clause. */
export function buildTriggerIndex<T extends Triggered>(things: readonly T[]): TriggerIndex<T> {
  const byWord = new Map<string, T[]>();
  const byPrefix = new Map<string, T[]>();
  const always: T[] = [];
  const add = (map: Map<string, T[]>, k: string, t: T) => map.set(k, [...(map.get(k) ?? []), t]);
  for (const t of things) {
    const clause = key(t.needs)?.clause;
    if (clause === undefined) always.push(t);
    for (const w of clause?.words ?? []) add(byWord, w, t);
    for (const p of clause?.prefixes ?? []) add(byPrefix, p, t);
  }
  const stem = Math.min(Infinity, ...[...byPrefix.keys()].map((k) => k.length));
  const byStem = new Map<string, Array<readonly [string, readonly T[]]>>();
  for (const [prefix, ts] of byPrefix) byStem.set(prefix.slice(0, stem), [...(byStem.get(prefix.slice(0, stem)) ?? []), [prefix, ts]]);
  return { byWord, byStem, stem, always };
}

/**
 * The things `words` may match, each with the indices of the words that hit its key clause (a
 * match contains one of them).
 */
export function candidates<T extends Triggered>(index: TriggerIndex<T>, words: readonly string[]): Map<T, number[]> {
  const hits = new Map<T, number[]>();
  const add = (t: T, i: number) => {
    const at = hits.get(t);
    if (at === undefined) hits.set(t, [i]);
    else if (at.at(-1) !== i) at.push(i);
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    const exact = index.byWord.get(w);
    if (exact !== undefined) for (const t of exact) add(t, i);
    if (w.length < index.stem) continue;
    const prefixes = index.byStem.get(w.slice(0, index.stem));
    if (prefixes !== undefined) for (const [prefix, ts] of prefixes) if (w.startsWith(prefix)) for (const t of ts) add(t, i);
  }
  let present: Set<string> | undefined; // made when first needed
  const known = new Map<Clause, boolean>(); // clauses come from shared classes: test each once
  const holdsHere = (c: Clause) => {
    let result = known.get(c);
    if (result === undefined) known.set(c, (result = holds(c, (present ??= new Set(words)))));
    return result;
  };
  for (const [t] of hits) if (t.needs.length > 1 && !t.needs.every((n) => holdsHere(n.clause))) hits.delete(t);
  for (const t of index.always) hits.set(t, []);
  return hits;
}
