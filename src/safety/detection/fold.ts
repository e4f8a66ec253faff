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
  // Arabic-Indic and Persian digits, as the digits patterns know ({number}: "٩٠ حبة" is "90 حبة")
  ...Object.fromEntries([...'٠١٢٣٤٥٦٧٨٩'].map((d, i) => [d, String(i)])),
  ...Object.fromEntries([...'۰۱۲۳۴۵۶۷۸۹'].map((d, i) => [d, String(i)])),
};
const SPECIAL_RE = new RegExp(`[${Object.keys(SPECIAL).join('')}]`, 'g');
const APOSTROPHES = /['’‘`´ʼ′]/g;

/**
 * Emoji for means spelt out, NFKC, lower case, diacritics and Arabic tashkeel stripped (`й`→`и`, `ё`→`е`, `أ`→`ا`),
 * the letters in {@link SPECIAL} mapped, apostrophes dropped (`don’t`→`dont`). Keeps every
 * other character, so punctuation can still mark clause breaks and masked words.
 */
export function foldChars(text: string, markEmoji = false): string {
  return spellEmoji(text, markEmoji)
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

/**
 * Digits and symbols used as letters ("k1ll", "$uicide", "самогуб$тво", "w8ke"), per script of
 * the word. "!" inside a word is read by the caller, which knows words (see `normalize.ts`):
 * "k!ll" is "kill", but "done!goodbye" is two sentences.
 */
const LEET_LATIN: Readonly<Record<string, string>> = {
  '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'a', '@': 'a', $: 's', '|': 'l',
};
const LEET_CYRILLIC: Readonly<Record<string, string>> = { '0': 'о', '3': 'з', '4': 'ч', '6': 'б', '@': 'а', $: 'с' };
const LEET_CHARS = /[0-9@$|]/;
/** A word of plain lower-case Latin letters: the common case, with nothing to fold. */
export const PLAIN_WORD = /^[a-z]+$/;

/**
 * Emoji that stand for means, places or acts ("saved up all my 💊", "bought the 🪢", "🌉⬇️"), read
 * as English words; {@link EMOJI_IN_LANGUAGE} reads some in a language's own words, and a language
 * may spell the rest out in its own words with shorthand (`pills: 'таблетки'`). 💀 stays unread:
 * people mostly use it for laughing ("💀💀 im dead").
 */
const EMOJI_WORDS: Readonly<Record<string, string>> = {
  '💊': 'pills', '🪢': 'rope', '🔪': 'knife', '🗡': 'knife', '🔫': 'gun', '🩸': 'blood', '⚰': 'coffin', '🪦': 'grave', '🌉': 'bridge', '🚌': 'bus',
  '🚆': 'train', '🚂': 'train', '🚄': 'train', '⬇': 'down',
};
const EMOJI_RE = new RegExp(`(?:${Object.keys(EMOJI_WORDS).join('|')})\\uFE0F?`, 'gu');

/**
 * How an emoji word of {@link EMOJI_WORDS} reads in a language's view, where not as the English
 * word (which languages' patterns and shorthand already use). 🪦 is "grave" only where that is
 * no everyday adjective: Spanish, Italian, French and Portuguese "algo grave" is "something serious".
 */
const EMOJI_IN_LANGUAGE: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  // '': not read in that language (a break, like any emoji): "🌉⬇️ heut nacht. tschau" reads "bridge . heut nacht"
  de: { train: 'zug', down: '' },
  es: { train: 'tren', down: 'abajo', grave: 'tumba' },
  it: { train: 'treno', down: 'giù', grave: 'tomba' },
  fr: { down: 'en bas', grave: 'tombe', gun: 'pistolet', blood: 'sang' },
  pt: { train: 'trem', down: 'baixo', grave: 'túmulo' },
  pl: { train: 'pociąg', down: 'w dół' },
  ru: { train: 'поезд', down: 'вниз' },
  uk: { train: 'потяг', down: 'вниз' },
  tr: { train: 'tren', down: 'aşağı', gun: 'silah' },
  ar: { train: 'قطار', down: 'تحت', gun: 'مسدس', blood: 'دم' },
};

/** Start and end of an emoji word marked for {@link emojiInLanguage} (private-use characters: never typed). */
export const EMOJI_OPEN = '\uE000';
export const EMOJI_CLOSE = '\uE001';

/**
 * Emoji of {@link EMOJI_WORDS} replaced by their word, as a word of its own; with `mark`, the
 * word is wrapped in {@link EMOJI_OPEN} and {@link EMOJI_CLOSE}, so normalisation knows it.
 */
export function spellEmoji(text: string, mark = false): string {
  return text.replace(EMOJI_RE, (e) => {
    const word = EMOJI_WORDS[e.replace('\uFE0F', '')] ?? '';
    return mark ? ` ${EMOJI_OPEN}${word}${EMOJI_CLOSE} ` : ` ${word} `;
  });
}

/** The words an emoji word (English, "train") reads as in language `code`, in matching form. */
export function emojiInLanguage(word: string, code: string): readonly string[] | undefined {
  return EMOJI_FORMS.get(code)?.get(word);
}
const EMOJI_FORMS = new Map(
  Object.entries(EMOJI_IN_LANGUAGE).map(([code, words]) => [
    code,
    new Map(Object.entries(words).map(([en, own]) => [en, own === '' ? [] : foldChars(own).split(' ').map(dedouble)] as const)),
  ]),
);

/** A number with a short unit ("5kms", "3am", "20mg", "2nd"): never leetspeak. */
const NUMBER_WITH_UNIT = /^\d+(?:[.,]\d+)?\p{L}{1,3}$/u;

/**
 * One word as typed (no spaces) → the same word in its majority script: leetspeak folded
 * when the word contains letters ("k1ll"→"kill", "5 kms" untouched), look-alike letters of
 * the other script folded ("пpивeт" typed with Latin p and e → all Cyrillic).
 */
export function foldScript(word: string): string {
  if (PLAIN_WORD.test(word)) return word;
  const latin = (word.match(/[a-z]/g) ?? []).length;
  const cyrillic = (word.match(/[\u0400-\u04ff]/g) ?? []).length;
  if (latin + cyrillic === 0) return word;
  const toCyrillic = cyrillic > latin;
  let out = word;
  if (LEET_CHARS.test(out) && !NUMBER_WITH_UNIT.test(out)) {
    const leet = toCyrillic ? LEET_CYRILLIC : LEET_LATIN;
    out = out.replace(/[0-9@$|]/g, (c) => leet[c] ?? c);
  }
  if (latin > 0 && cyrillic > 0) {
    const map = toCyrillic ? LATIN_TO_CYRILLIC : CYRILLIC_TO_LATIN;
    out = out.replace(toCyrillic ? /[a-z]/g : /[\u0400-\u04ff]/g, (c) => map[c] ?? c);
  }
  return out;
}

/** "!" standing for a letter between letters or digits ("k!ll", "вб!ти"), a run of them as one. */
const BANG_IN_WORD = /(?<=[\p{L}\p{N}])!+(?=[\p{L}\p{N}])/gu;

/**
 * The readings of a word with "!" for a letter between letters or digits: "k!ll" → [kill] in a
 * Latin word, "вб!ти" → [вбити, вбіти] in a Cyrillic one; none when it has no such "!". Which
 * reading (if any) is a word is for the caller to tell: "done!goodbye" is two sentences.
 */
export function bangReadings(word: string): string[] {
  BANG_IN_WORD.lastIndex = 0;
  if (!word.includes('!') || !BANG_IN_WORD.test(word)) return [];
  const latin = (word.match(/[a-z]/g) ?? []).length;
  const cyrillic = (word.match(/[\u0400-\u04ff]/g) ?? []).length;
  if (latin + cyrillic === 0) return [];
  return (cyrillic > latin ? ['и', 'і'] : ['i']).map((letter) => word.replace(BANG_IN_WORD, letter));
}
