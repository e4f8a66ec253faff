/**
 * Shorthand spelled out ("wanna" → "want to", "i am" → "im"): applied to each language's view
 * of a message and to the words of its patterns alike, so authors may write either form.
 *
 * @module
 */

export interface Shorthand {
  readonly from: readonly string[];
  readonly to: readonly string[];
}

/** Shorthand entries by their first word, longest first. */
export type ShorthandTable = ReadonlyMap<string, readonly Shorthand[]>;

/** Words that replace the words [from, to) of the input. */
export interface Group {
  readonly words: readonly string[];
  readonly from: number;
  readonly to: number;
}

/**
 * `words` with shorthand spelled out, as groups that remember which input words they replace.
 * A key never spans a clause break (`breaks[i]`: a break before word i), and a one-word key
 * right after a number stays as it is ("5 kms" is a distance; "want 2 kms" is not).
 */
export function expandShorthand(words: readonly string[], table: ShorthandTable, breaks: readonly boolean[] = []): Group[] {
  const groups: Group[] = [];
  const afterNumber = () => /^[0-9]+$/.test(groups[groups.length - 1]?.words.at(-1) ?? '');
  const fits = (s: Shorthand, i: number) =>
    s.from.every((w, k) => words[i + k] === w && (k === 0 || !breaks[i + k])) && !(s.from.length === 1 && afterNumber());
  for (let i = 0; i < words.length; ) {
    const entry = table.get(words[i] ?? '')?.find((s) => fits(s, i));
    const span = entry?.from.length ?? 1;
    groups.push({ words: entry?.to ?? [words[i] ?? ''], from: i, to: i + span });
    i += span;
  }
  return groups;
}
