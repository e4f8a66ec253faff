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

/** After a number, a one-word key this short may be a unit ("5 kms", "2 hrs"): it is left as it is. */
const UNIT = 3;

/** Shorthand entries by their first word, longest first. */
export type ShorthandTable = ReadonlyMap<string, readonly Shorthand[]>;

/**
 * `words` with shorthand spelled out: `emit` receives each replacement and the input words
 * [from, to) it replaces (an unchanged word replaces itself). A key never spans a clause break
 * (`breaks[i]`: a break before word i). Right after a number, a short one-word key (three
 * letters at most, the length of a unit) stays as it is ("5 kms" is a distance; "want 2 kms"
 * is not), but longer ones are spelled out as anywhere else ("mit 18 hoeren", "at 3 gonna").
 */
export function expandShorthand(
  words: readonly string[],
  table: ShorthandTable,
  breaks: readonly boolean[],
  emit: (replacement: readonly string[] | string, from: number, to: number) => void,
): void {
  let lastOut = '';
  for (let i = 0; i < words.length; ) {
    const word = words[i] ?? '';
    const entry = table
      .get(word)
      ?.find(
        (s) =>
          s.from.every((w, k) => words[i + k] === w && (k === 0 || !breaks[i + k])) && !(s.from.length === 1 && word.length <= UNIT && /^[0-9]+$/.test(lastOut)),
      );
    if (entry === undefined) {
      emit(word, i, i + 1);
      lastOut = word;
      i++;
    } else {
      emit(entry.to, i, i + entry.from.length);
      lastOut = entry.to.at(-1) ?? '';
      i += entry.from.length;
    }
  }
}

/** `words` with shorthand spelled out, as a list (for pattern words). */
export function spellOut(words: readonly string[], table: ShorthandTable): string[] {
  const out: string[] = [];
  expandShorthand(words, table, [], (r) => (typeof r === 'string' ? out.push(r) : out.push(...r)));
  return out;
}
