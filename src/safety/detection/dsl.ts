/**
 * The pattern language of the phrase families: a few readable signs over words and word
 * classes, compiled once (at module load) into regular expressions over normalised text.
 *
 * ```text
 * kill myself        words, in order (written naturally: accents, apostrophes, hyphens are folded)
 * suicid*            a word starting with "suicid" (suicide, suicidal, suicidality); (a|b)* the same for a group
 * {killself}         any entry of the language's word class "killself" (entries are patterns too)
 * (was|were)         one of the alternatives (each may be several words)
 * [just]             optional (may hold alternatives: [so|really]); (so|really)? is the same
 * {fill2}            up to 2 words of anything except a negation ("want to <really just> die")
 * {word}             exactly one word of anything
 * {number}           a number written in digits; {bignumber}: one of 10 or more
 * ^  $               the start, the end of a sentence (or of the message)
 * ```
 *
 * Text is matched as " word word . word ", where " . " marks a sentence break. Every compiled
 * item starts with a space, so items concatenate without thinking about spacing, and a match
 * always starts and ends on word edges. Consecutive items may stand on either side of a break
 * ("I want to... die"); a filler's words never cross one.
 *
 * @module
 */
import { dedouble, foldChars, foldScript } from './fold.ts';

export interface DslContext {
  /** Word classes: name → alternatives, each a pattern. */
  readonly classes: Readonly<Record<string, readonly string[]>>;
  /** Words a filler may not be (negations, in matching form), so "{fill2}" never swallows "not". */
  readonly notFiller: readonly string[];
  /** Compiled classes by name, filled while compiling one language (classes are used many times). */
  readonly compiled?: Map<string, string>;
  /** Spells out the language's shorthand in a run of words ("i would" → "id"), as in messages. */
  readonly spell?: (words: readonly string[]) => readonly string[];
}

/**
 * Compiles patterns into one global regex over " normalised text " (see {@link compilePattern});
 * no patterns compile to a regex that never matches.
 */
export function compilePatterns(patterns: readonly string[], context: DslContext): RegExp {
  if (patterns.length === 0) return /(?!)/g;
  const sources = patterns.map((p) => compilePattern(p, context));
  const regex = new RegExp(`(?:${sources.join('|')})(?= )`, 'g');
  if (regex.test(' ')) throw new Error(`patterns ${JSON.stringify(patterns)}: one matches no words at all`);
  regex.lastIndex = 0;
  return regex;
}

/** One pattern → regex source; throws on unknown classes, cycles and unbalanced brackets. */
export function compilePattern(pattern: string, context: DslContext): string {
  const parser = new Parser(pattern, context, []);
  const source = parser.alternatives();
  if (!parser.done()) throw new Error(`pattern ${JSON.stringify(pattern)}: unexpected ${JSON.stringify(parser.peek())}`);
  return source;
}

/** A word as written by an author → its words in matching form ("Self-Harm" → "self harm"). */
export function matchingForm(word: string): string {
  return foldChars(word)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '')
    .map((w) => dedouble(foldScript(w)))
    .join(' ');
}

/** An optional sentence break between two items. */
const BREAK = '(?: \\.)?';
/** The end of a sentence: a break or the end of the text next. */
const END = '(?= \\.| $)';
/** The start of a sentence: at the text's start or just after a break. */
const START = '(?<=^|\\.)';
/** A word without DSL signs: one run of these gets shorthand spelled out. */
function isPlainWord(token: string): boolean {
  return !/^[()[\]|{$^]/.test(token) && token !== '?' && !token.endsWith('*');
}

/** Tokens: a class, a bracket, a "?" or "*" right after a group, or a word ("?" inside a word is dropped with other symbols). */
const TOKEN = /\s*(\{[^}]*\}|[()[\]|]|(?<=\))[?*]|(?<=\)\*)\?|[^\s()[\]{}|]+)/y;

class Parser {
  private readonly tokens: string[] = [];
  private at = 0;

  constructor(
    private readonly pattern: string,
    private readonly context: DslContext,
    private readonly inClasses: readonly string[],
  ) {
    const tokenizer = new RegExp(TOKEN.source, 'y');
    let read = 0;
    for (let m = tokenizer.exec(pattern); m !== null; m = tokenizer.exec(pattern)) {
      this.tokens.push(m[1] ?? '');
      read = tokenizer.lastIndex;
    }
    if (pattern.slice(read).trim() !== '') throw this.error(`cannot read ${JSON.stringify(pattern.slice(read))}`);
  }

  done(): boolean {
    return this.at >= this.tokens.length;
  }

  peek(): string | undefined {
    return this.tokens[this.at];
  }

  /** alternatives := sequence ('|' sequence)* */
  alternatives(): string {
    const options = [this.sequence()];
    while (this.peek() === '|') {
      this.at++;
      options.push(this.sequence());
    }
    return options.length === 1 ? (options[0] ?? '') : `(?:${options.join('|')})`;
  }

  /**
   * sequence := item* (up to ')', ']', '|' or the end). A sentence break may stand between
   * items; runs of plain words have the language's shorthand spelled out first.
   */
  private sequence(): string {
    const items: string[] = [];
    let afterFill = false;
    const add = (item: string, fill = false) => {
      items.push((items.length === 0 || afterFill ? '' : BREAK) + item); // a filler's words, and what follows them, stay in one sentence
      afterFill = fill;
    };
    for (let t = this.peek(); t !== undefined && t !== ')' && t !== ']' && t !== '|'; t = this.peek()) {
      if (isPlainWord(t)) {
        const run: string[] = [];
        for (let w = this.peek(); w !== undefined && isPlainWord(w); w = this.peek()) run.push(...this.form(this.tokens[this.at++] ?? ''));
        for (const w of this.context.spell?.(run) ?? run) add(` ${w}`);
      } else {
        add(this.item(), /^\{\s*fill\d+\s*\}$/.test(t));
      }
    }
    if (items.length === 0) throw this.error('empty alternative');
    return items.join('');
  }

  /** A plain word's words in matching form ("Self-Harm" → self, harm). */
  private form(token: string): string[] {
    const form = matchingForm(token);
    if (form === '') throw this.error(`no letters in ${JSON.stringify(token)}`);
    return form.split(' ');
  }

  private item(): string {
    const token = this.tokens[this.at++] ?? '';
    if (token === '(' || token === '[') {
      const inner = this.alternatives();
      const close = token === '(' ? ')' : ']';
      if (this.tokens[this.at++] !== close) throw this.error(`missing ${close}`);
      const prefix = token === '(' && this.peek() === '*';
      if (prefix) this.at++;
      const optional = token === '[' || this.peek() === '?';
      if (token === '(' && optional) this.at++;
      const group = `(?:${inner}${prefix ? '[^ ]*' : ''})`;
      return optional ? `${group}?` : group;
    }
    if (token.startsWith('{')) return this.wordClass(token.slice(1, -1).trim());
    if (token === '$') return END;
    if (token === '^') return START;
    return this.word(token);
  }

  private word(token: string): string {
    const prefix = token.endsWith('*');
    const form = matchingForm(prefix ? token.slice(0, -1) : token);
    if (form === '') throw this.error(`no letters in ${JSON.stringify(token)}`);
    return ` ${form}${prefix ? '[^ ]*' : ''}`;
  }

  private wordClass(name: string): string {
    const fill = /^fill(\d+)$/.exec(name);
    if (fill !== null) {
      const not = this.context.notFiller.length > 0 ? `(?!(?:${this.context.notFiller.join('|')}) )` : '';
      return `(?: ${not}[^ .]+){0,${fill[1]}}`;
    }
    if (name === 'word') return ' [^ .]+';
    if (name === 'number') return ' [0-9]+';
    if (name === 'bignumber') return ' [1-9][0-9]+';
    const known = this.context.compiled?.get(name);
    if (known !== undefined) return known;
    const entries = this.context.classes[name];
    if (entries === undefined) throw this.error(`unknown class {${name}}`);
    if (this.inClasses.includes(name)) throw this.error(`class {${name}} refers to itself`);
    const sources = entries.map((entry) => {
      const parser = new Parser(entry, this.context, [...this.inClasses, name]);
      const source = parser.alternatives();
      if (!parser.done()) throw parser.error(`unexpected ${JSON.stringify(parser.peek())}`);
      return source;
    });
    const source = `(?:${sources.join('|')})`;
    this.context.compiled?.set(name, source);
    return source;
  }

  private error(message: string): Error {
    return new Error(`pattern ${JSON.stringify(this.pattern)}: ${message}`);
  }
}
