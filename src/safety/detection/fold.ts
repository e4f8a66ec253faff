/**
 * Character-level folding: the many ways people type the same letter become one letter.
 * Used on messages (by `normalize.ts`) and on the words of every pattern (by `dsl.ts`), so a
 * rule author writes "müde" or "don't" and matches "mude" and "dont" typed in any style.
 *
 * @module
 */

/** Letters that Unicode decomposition does not fold, and Arabic letter variants. */
const SPECIAL: Readonly<Record<string, string>> = {
  ł: 'l',
  ß: 'ss',
  ı: 'i',
  đ: 'd',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  є: 'е',
  ґ: 'г',
  ٱ: 'ا',
  ى: 'ي',
  ة: 'ه',
  ـ: '',
};
const SPECIAL_RE = new RegExp(`[${Object.keys(SPECIAL).join('')}]`, 'g');
const APOSTROPHES = /['’‘`´ʼ′]/g;

/**
 * Emoji for means spelt out, NFKC, lower case, diacritics and Arabic tashkeel stripped (`й`→`и`, `ё`→`е`, `أ`→`ا`),
 * the letters in {@link SPECIAL} mapped, apostrophes dropped (`don’t`→`dont`). Keeps every
 * other character, so punctuation can still mark clause breaks and masked words.
 */
export function foldChars(text: string): string {
  return spellEmoji(text)
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c)
    .replace(APOSTROPHES, '');
}

/**
 * Runs of one repeated letter collapsed to one ("killl"→"kil", "diiie"→"die"). Messages and
 * pattern words both live in this "dedoubled" space, so stretched and misspelt doubles fold.
 */
export function dedouble(word: string): string {
  for (let i = 1; i < word.length; i++) {
    if (word.charCodeAt(i) === word.charCodeAt(i - 1)) return word.replace(DOUBLES, '$1');
  }
  return word;
}
const DOUBLES = /(\p{L})\1+/gu;

export type Script = 'latin' | 'cyrillic' | 'arabic';

const LATIN = /[a-z]/;
const CYRILLIC = /[\u0400-\u04ff]/;
const ARABIC = /[\u0600-\u06ff]/;

/** The scripts whose letters occur in already folded text. */
export function scriptsOf(text: string): ReadonlySet<Script> {
  const scripts = new Set<Script>();
  if (LATIN.test(text)) scripts.add('latin');
  if (CYRILLIC.test(text)) scripts.add('cyrillic');
  if (ARABIC.test(text)) scripts.add('arabic');
  return scripts;
}

/** Latin letters that look like Cyrillic ones, typed inside Cyrillic words (and back). */
const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = {
  a: 'а', b: 'в', c: 'с', e: 'е', h: 'н', i: 'і', k: 'к', m: 'м', n: 'п', o: 'о', p: 'р', r: 'г', t: 'т', u: 'и', x: 'х', y: 'у',
};
const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a', в: 'b', с: 'c', е: 'e', н: 'h', і: 'i', ј: 'j', к: 'k', м: 'm', п: 'n', о: 'o', р: 'p', г: 'r', ѕ: 's', т: 't', и: 'u', х: 'x', у: 'y',
};

/** Digits and symbols used as letters ("k1ll", "$uicide", "w8ke"), per script of the word. */
const LEET_LATIN: Readonly<Record<string, string>> = {
  '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'a', '@': 'a', $: 's', '!': 'i', '|': 'l',
};
const LEET_CYRILLIC: Readonly<Record<string, string>> = { '0': 'о', '3': 'з', '4': 'ч', '6': 'б', '@': 'а' };
const LEET_CHARS = /[0-9@$!|]/;
/** Plain Latin letters: the common case, with nothing to fold. */
const PLAIN = /^[a-z]*$/;

/**
 * Emoji that stand for means or acts ("saved up all my 💊", "bought the 🪢"), read as English
 * words; other languages may spell them out in their own words with shorthand.
 */
const EMOJI_WORDS: Readonly<Record<string, string>> = {
  '💊': 'pills', '🪢': 'rope', '🔪': 'knife', '🗡': 'knife', '🔫': 'gun', '🩸': 'blood', '⚰': 'coffin', '🪦': 'grave', '🌉': 'bridge', '🚌': 'bus',
};
const EMOJI_RE = new RegExp(`(?:${Object.keys(EMOJI_WORDS).join('|')})\\uFE0F?`, 'gu');

/** Emoji of {@link EMOJI_WORDS} replaced by their word, as a word of its own. */
export function spellEmoji(text: string): string {
  return text.replace(EMOJI_RE, (e) => ` ${EMOJI_WORDS[e.replace('\uFE0F', '')] ?? ''} `);
}

/** A number with a short unit ("5kms", "3am", "20mg", "2nd"): never leetspeak. */
const NUMBER_WITH_UNIT = /^\d+(?:[.,]\d+)?\p{L}{1,3}$/u;

/**
 * One word as typed (no spaces) → the same word in its majority script: leetspeak folded
 * when the word contains letters ("k1ll"→"kill", "5 kms" untouched), look-alike letters of
 * the other script folded ("пpивeт" typed with Latin p and e → all Cyrillic).
 */
export function foldScript(word: string): string {
  if (PLAIN.test(word)) return word;
  const latin = (word.match(/[a-z]/g) ?? []).length;
  const cyrillic = (word.match(/[\u0400-\u04ff]/g) ?? []).length;
  if (latin + cyrillic === 0) return word;
  const toCyrillic = cyrillic > latin;
  let out = word;
  if (LEET_CHARS.test(out) && !NUMBER_WITH_UNIT.test(out)) {
    const leet = toCyrillic ? LEET_CYRILLIC : LEET_LATIN;
    out = out.replace(/[0-9@$!|]/g, (c) => leet[c] ?? c);
  }
  if (latin > 0 && cyrillic > 0) {
    const map = toCyrillic ? LATIN_TO_CYRILLIC : CYRILLIC_TO_LATIN;
    out = out.replace(toCyrillic ? /[a-z]/g : /[\u0400-\u04ff]/g, (c) => map[c] ?? c);
  }
  return out;
}
