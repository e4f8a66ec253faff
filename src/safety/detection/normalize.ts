/**
 * Normalisation, applied once per message: the text the phrase families match on. Folds what
 * people type to slip past filters or by accident (case, accents, leetspeak, masked and
 * spaced-out letters, stretched letters) into plain words, and remembers where clauses break
 * so negation can stay inside its clause. Shorthand and typos are spelled out later, per
 * language (`view.ts`), because "im" is "I'm" in English but "in dem" in German.
 *
 * @module
 */
import { bangReadings, dedouble, EMOJI_CLOSE, EMOJI_OPEN, foldChars, foldScript, PLAIN_WORD } from './fold.ts';
import { hasCrisisInside, type Lexicon, segment, splitCompound } from './lexicon.ts';

export interface Normalized {
  /** Words in matching form: folded, unmasked, joined, dedoubled. */
  readonly words: readonly string[];
  /** `breaks[i]`: a clause break (sentence punctuation, a dash, an emoji, a new line) comes before `words[i]`. */
  readonly breaks: readonly boolean[];
  /** `emoji[i]`: `words[i]` was an emoji ("🚆" → train), which a language may read in its own words. */
  readonly emoji?: readonly boolean[];
}

interface Piece {
  word: string;
  breakBefore: boolean;
  emoji?: boolean;
}

/** An emoji spelt out by `foldChars`, marked. */
const EMOJI_WORD = new RegExp(`^${EMOJI_OPEN}(\\p{L}+)${EMOJI_CLOSE}$`, 'u');

const BREAK = /[.,;:!?…()[\]"\n\u2013\u2014\u060c\u061b\u061f\u06d4]|\p{Extended_Pictographic}/u; // with Arabic comma, semicolon, question mark, full stop
const LEAD = /^[^\p{L}\p{N}$@]*/u;
const TRAIL = /[^\p{L}\p{N}]*$/u;
const WORD = /^[\p{L}\p{N}]+$/u;
const LETTER = /^\p{L}$/u;
const MASKS = /[*#%]+/g;

/**
 * The words of `text` in matching form, with clause breaks.
 *
 * @example normalize("I’m gonna k!ll m-y-s-e-l-f...", lexicon).words
 *   // ['im', 'gona', 'kil', 'myself']  (shorthand is spelled out per language later)
 */
export function normalize(text: string, lexicon: Lexicon): Normalized {
  const pieces: Piece[] = [];
  let pendingBreak = false;
  const parts = /(\s*)(\S+)/g;
  const folded = foldChars(text, true);
  for (let m = parts.exec(folded); m !== null; m = parts.exec(folded)) {
    const [, space = '', part = ''] = m;
    pendingBreak ||= space.includes('\n');
    const emoji = part.startsWith(EMOJI_OPEN) ? EMOJI_WORD.exec(part)?.[1] : undefined;
    if (emoji !== undefined) {
      pieces.push({ word: emoji, breakBefore: pendingBreak, emoji: true });
      pendingBreak = false;
      continue;
    }
    if (PLAIN_WORD.test(part) && (part.length < 7 || !hasCrisisInside(part, lexicon))) {
      pieces.push({ word: part, breakBefore: pendingBreak }); // the common case: a plain word
      pendingBreak = false;
      continue;
    }
    const lead = LEAD.exec(part)?.[0] ?? '';
    const rest = part.slice(lead.length);
    const trail = TRAIL.exec(rest)?.[0] ?? '';
    const core = rest.slice(0, rest.length - trail.length);
    if (core === '') {
      pendingBreak = true; // a lone dash, emoji or dots between words
      continue;
    }
    const words = unmask(foldScript(unbang(core, lexicon)), lexicon).flatMap((p) => {
      const parts = splitCompound(p.word, lexicon); // "killmyself", "#iwanttodie"
      return parts === null ? [p] : parts.map((word, i) => ({ word, breakBefore: i === 0 && p.breakBefore }));
    });
    words.forEach((piece, i) => {
      pieces.push({ word: piece.word, breakBefore: i === 0 ? pendingBreak || BREAK.test(lead) : piece.breakBefore });
    });
    pendingBreak = BREAK.test(trail);
  }
  const joined = joinSpacedLetters(pieces, lexicon);
  const words = joined.map((p) => dedouble(p.word));
  const breaks = joined.map((p) => p.breakBefore);
  return joined.some((p) => p.emoji) ? { words, breaks, emoji: joined.map((p) => p.emoji === true) } : { words, breaks };
}

/**
 * "!" typed for a letter inside a word ("k!ll", "su!c!de", "вб!ти", "пов!ситися") read as that
 * letter when the reading is a known word or every "!" falls inside a crisis word; otherwise it
 * stays, and splits the word like other punctuation ("done!goodbye", "всё!хочу").
 */
function unbang(core: string, lexicon: Lexicon): string {
  const readings = bangReadings(core);
  if (readings.length === 0) return core;
  // the positions of the "!"s: readings keep the length of `core` except where a run of "!" became one letter
  const marks: number[] = [];
  for (let i = 0, j = 0; i < core.length; i++, j++) {
    if (core[i] !== '!') continue;
    marks.push(j);
    while (core[i + 1] === '!') i++;
  }
  for (const reading of readings) {
    // crisis words are known as written ("enti7ar") and leetspeak folds the same way in both
    for (const word of [reading, foldScript(reading)]) {
      if (lexicon.known.has(word) || lexicon.known.has(dedouble(word))) return reading;
      if (marks.every((at) => crisisCovers(word, at, lexicon))) return reading;
    }
  }
  return core;
}

/** True when a crisis word of 3+ letters stands in `word` over the letter at `at`. */
function crisisCovers(word: string, at: number, lexicon: Lexicon): boolean {
  for (let i = Math.max(0, at - lexicon.longest); i <= at; i++) {
    for (const w of lexicon.crisisByStart.get(word.slice(i, i + 3)) ?? []) if (i + w.length > at && word.startsWith(w, i)) return true;
  }
  return false;
}

/**
 * A word with symbols inside → the words it stands for. A masked word ("s*icide", "unal*ve")
 * becomes the crisis word of the same shape; separated letters ("k-i-l-l", "su.i.cide") are
 * joined when that makes a known word or they are all single letters; anything else is split
 * at its symbols ("self-harm" → self harm, "die.i" → die | i).
 */
function unmask(core: string, lexicon: Lexicon): Piece[] {
  if (WORD.test(core)) return [{ word: core, breakBefore: false }];
  let text = core;
  if (/[*#%]/.test(text)) {
    const shape = text.replace(/[^\p{L}\p{N}*#%]+/gu, '');
    const pattern = new RegExp(`^${shape.replace(MASKS, (m) => `\\p{L}{${m.length},${m.length + 1}}`)}$`, 'u');
    const word = lexicon.crisis.find((w) => pattern.test(w));
    if (word !== undefined) return [{ word, breakBefore: false }];
    text = text.replace(MASKS, '');
  }
  // Alternating word, separator, word...: a separator with sentence punctuation breaks the clause.
  const parts = text.split(/([^\p{L}\p{N}]+)/u);
  const words: Piece[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const word = parts[i] ?? '';
    if (word !== '') words.push({ word, breakBefore: words.length > 0 && BREAK.test(parts[i - 1] ?? '') });
  }
  const joined = words.map((p) => p.word).join('');
  if (words.length > 1 && (words.every((p) => /^\p{L}$/u.test(p.word)) || lexicon.known.has(dedouble(joined)))) {
    return [{ word: joined, breakBefore: false }];
  }
  return words;
}

/**
 * Runs of three or more single letters ("s u i c i d e", "k m s", "i w a n t t o d i e")
 * joined into the known words they spell; left alone when they spell nothing known.
 */
function joinSpacedLetters(pieces: readonly Piece[], lexicon: Lexicon): readonly Piece[] {
  const single = (p: Piece | undefined) => p !== undefined && p.word.length === 1 && LETTER.test(p.word);
  if (!pieces.some((p, i) => single(p) && single(pieces[i + 1]) && single(pieces[i + 2]))) return pieces;
  const out: Piece[] = [];
  let i = 0;
  while (i < pieces.length) {
    let j = i;
    while (single(pieces[j])) j++;
    const run = pieces.slice(i, j);
    const joined = run.map((p) => p.word).join('');
    const words =
      run.length < 3 ? null : lexicon.known.has(joined) || lexicon.known.has(dedouble(joined)) ? [joined] : segment(joined, lexicon);
    if (words !== null) {
      words.forEach((word, k) => out.push({ word, breakBefore: k === 0 && (run[0]?.breakBefore ?? false) }));
    } else {
      out.push(...run);
    }
    if (j === i) out.push(pieces[j++] as Piece); // not a single letter: keep it
    i = j;
  }
  return out;
}
