/**
 * The pattern language of the phrase families: a few readable signs over words and word
 * classes, compiled once per language (when a message or `prepareDetection` first needs it)
 * into regular expressions over normalised text; a pattern's regexes are made when it first runs.
 *
 * ```text
 * kill myself        words, in order (written naturally: accents, apostrophes, hyphens are folded)
 * suicid*            a word starting with "suicid" (suicide, suicidal, suicidality); (a|b)* the same for a group
 * {killself}         any entry of the language's word class "killself" (entries are patterns too)
 * (was|were)         one of the alternatives (each may be several words)
 * [just]             optional (may hold alternatives: [so|really]); (so|really)? is the same
 * {fill2}            up to 2 words of anything except a negation ("want to <really just> die")
 * ...                anything, up to 30 words, across sentences ("thank you for everything ... goodbye")
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
 * Each pattern also knows what words it needs (`triggers.ts`): it runs only on messages that
 * have them, which keeps detection fast however many rules there are.
 *
 * @module
 */
import { dedouble, foldChars, foldScript, PLAIN_WORD } from './fold.ts';
import { after, asPrefixes, eitherNeeds, key, type Need, prefixNeed, type Triggered, wordNeed } from './triggers.ts';

export interface DslContext {
  /** Word classes: name → alternatives, each a pattern. */
  readonly classes: Readonly<Record<string, readonly string[]>>;
  /** Words a filler may not be (negations, in matching form), so "{fill2}" never swallows "not". */
  readonly notFiller: readonly string[];
  /** Compiled classes by name, filled while compiling one language (classes are used many times). */
  readonly compiled?: Map<string, Node>;
  /** Spells out the language's shorthand in a run of words ("i would" → "id"), as in messages. */
  readonly spell?: (words: readonly string[]) => readonly string[];
  /** Words already put in matching form while compiling one language (most recur hundreds of times). */
  readonly forms?: Map<string, string>;
  /**
   * True when messages never hold `first second` side by side, because shorthand writes the
   * pair as one ("it is" → "its"). A pattern that puts such a pair together across groups,
   * `(it|this) (is|was)`, could never match it: it is reported to `deadPairs` when given, else thrown.
   * Left out at every start (the check is for language files; their tests run it).
   */
  readonly contracts?: (first: string, second: string) => boolean;
  /** Collects the patterns that put such a pair together, so that one run names them all. */
  readonly deadPairs?: string[];
}

/**
 * A compiled pattern: its regexes over " normalised text ", the words it needs, and its reach.
 * The regexes are made when first run: most patterns wait for words few messages have, and
 * thousands of them made at load would cost start-up time and memory for nothing.
 */
export class CompiledPattern implements Triggered {
  #regex: RegExp | undefined;
  #sticky: RegExp | undefined;

  constructor(
    /** The regex source, every match starting with a space (before its first word). */
    readonly source: string,
    readonly needs: readonly Need[],
    /** At most this many words (sentence breaks included) in a match. */
    readonly reach: number,
    /** At most this many words of a match stand before its key trigger word: where to try it from. */
    readonly lead: number,
  ) {}

  /** Global: finds matches anywhere. */
  get regex(): RegExp {
    return (this.#regex ??= new RegExp(this.source, 'g'));
  }

  /** Sticky: tries one start position (set `lastIndex` to the space before a word). Long messages only. */
  get sticky(): RegExp {
    return (this.#sticky ??= new RegExp(this.source, 'y'));
  }
}

/** A compiled piece of a pattern. */
export interface Node {
  readonly source: string;
  /**
   * True when `source` takes its own leading space (fillers, optional parts) or none at all
   * ($, ^); false when a space goes before it. Leaving the space out of alternatives of words
   * (" (?:want|will)" rather than "(?: want| will)") lets the regex engine tell them apart by
   * their first letter, which keeps hundreds of patterns fast.
   */
  readonly spaced: boolean;
  /** What every match needs (nothing for a filler, a number, an optional part). */
  readonly needs: readonly Need[];
  /** True when it may match no words at all. */
  readonly empty: boolean;
  /** The most words (sentence breaks included) it can span. */
  readonly reach: number;
  /** Plain words a match may start with, and end with (for the shorthand check); none for fillers and the like. */
  readonly firsts?: readonly string[];
  readonly lasts?: readonly string[];
  /** An optional group: the items on either side of it may stand side by side. */
  readonly optional?: boolean;
}

/** Compiles each pattern into its own global regex with its triggers (see {@link compilePattern}). */
export function compilePatterns(patterns: readonly string[], context: DslContext): CompiledPattern[] {
  return patterns.map((pattern) => {
    const node = compilePattern(pattern, context);
    if (node.empty) throw new Error(`pattern ${JSON.stringify(pattern)}: matches no words at all`);
    return new CompiledPattern(`${withSpace(node)}(?= )`, node.needs, node.reach, key(node.needs)?.lead ?? node.reach);
  });
}

/** Compiles patterns into one global regex, for the short lists (negations, urges) run on small windows. */
export function compileAlternation(patterns: readonly string[], context: DslContext): RegExp | null {
  if (patterns.length === 0) return null;
  const nodes = patterns.map((pattern) => {
    const node = compilePattern(pattern, context);
    if (node.empty) throw new Error(`pattern ${JSON.stringify(pattern)}: matches no words at all`);
    return node;
  });
  return new RegExp(`${withSpace(oneOf(nodes))}(?= )`, 'g');
}

/** One pattern → its node; throws on unknown classes, cycles and unbalanced brackets. */
export function compilePattern(pattern: string, context: DslContext): Node {
  const parser = new Parser(pattern, context, []);
  const node = parser.alternatives();
  if (!parser.done()) throw new Error(`pattern ${JSON.stringify(pattern)}: unexpected ${JSON.stringify(parser.peek())}`);
  return node;
}

/**
 * The words every match of `pattern` must contain, when that is one word (or one of a few):
 * "не [буду|хочу] $" and "never" → не, never; "no way" (two words) → none. What a negation
 * entry contributes to the words fillers may not cross.
 */
export function soleWords(pattern: string, context: DslContext): string[] {
  const { needs } = compilePattern(pattern, context);
  const clause = needs.length === 1 ? needs[0]?.clause : undefined;
  return clause === undefined || clause.prefixes.size > 0 ? [] : [...clause.words];
}

/** A word as written by an author → its words in matching form ("Self-Harm" → "self harm"). */
export function matchingForm(word: string): string {
  if (PLAIN_WORD.test(word)) return dedouble(word); // what the folding below makes of it, at a fraction of the cost
  return foldChars(word)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '')
    .map((w) => dedouble(foldScript(w)))
    .join(' ');
}

/** How many words `...` may stand for. */
const GAP = 30;
/** An optional sentence break between two items. */
const BREAK = '(?: \\.)?';
/** The end of a sentence: a break or the end of the text next. */
const END = '(?= \\.| $)';
/** The start of a sentence: at the text's start or just after a break. */
const START = '(?<=^|\\.)';

/** A word without DSL signs: one run of these gets shorthand spelled out. */
function isPlainWord(token: string): boolean {
  return !/^[()[\]|{$^]/.test(token) && token !== '?' && token !== '...' && !token.endsWith('*');
}

/** Tokens: a class, a bracket, a "?" or "*" right after a group, or a word ("?" inside a word is dropped with other symbols). */
const TOKEN = /\s*(\{[^}]*\}|[()[\]|]|(?<=\))[?*]|(?<=\)\*)\?|[^\s()[\]{}|]+)/y;

const word = (w: string): Node => ({ source: w, spaced: false, needs: [wordNeed(w)], empty: false, reach: 1, firsts: [w], lasts: [w] });
const anyWords = (source: string, spaced: boolean, empty: boolean, reach: number): Node => ({ source, spaced, needs: [], empty, reach });

/** A node's source with its leading space. */
const withSpace = (n: Node) => (n.spaced ? n.source : ` ${n.source}`);

/** One of several nodes. */
function oneOf(nodes: readonly Node[]): Node {
  const spaced = nodes.some((n) => n.spaced);
  const sources = nodes.map((n) => (spaced ? withSpace(n) : n.source));
  const source = sources.length === 1 ? (sources[0] ?? '') : `(?:${sources.join('|')})`;
  const empty = nodes.some((n) => n.empty);
  const reach = Math.max(0, ...nodes.map((n) => n.reach));
  const needs = nodes.length === 1 ? (nodes[0]?.needs ?? []) : eitherNeeds(nodes.map((n) => n.needs));
  if (nodes.length === 1 && nodes[0] !== undefined) return { ...nodes[0], source, spaced };
  const firsts = [...new Set(nodes.flatMap((n) => n.firsts ?? []))];
  const lasts = [...new Set(nodes.flatMap((n) => n.lasts ?? []))];
  return { source, spaced, needs, empty, reach, firsts, lasts };
}

/**
 * Plain words a run of items may start with: those of each item up to the first that must
 * match, skipping optional groups only (a filler or a sentence edge stands between words).
 */
function edgeWords(items: readonly Node[], edge: 'firsts' | 'lasts'): string[] {
  const words: string[] = [];
  for (const item of edge === 'firsts' ? items : [...items].reverse()) {
    words.push(...(item[edge] ?? []));
    if (!item.optional) break;
  }
  return words;
}

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
  alternatives(): Node {
    const options = [this.sequence()];
    while (this.peek() === '|') {
      this.at++;
      options.push(this.sequence());
    }
    return oneOf(options);
  }

  /**
   * sequence := item* (up to ')', ']', '|' or the end). A sentence break may stand between
   * items; runs of plain words have the language's shorthand spelled out first. It needs what
   * each of its items that must match needs.
   */
  private sequence(): Node {
    const items: Node[] = [];
    let source = '';
    let afterFill = false;
    const add = (item: Node, fill = false) => {
      // a filler's words, and what follows them, stay in one sentence
      source += items.length === 0 ? item.source : (afterFill ? '' : BREAK) + withSpace(item);
      items.push(item);
      afterFill = fill;
    };
    for (let t = this.peek(); t !== undefined && t !== ')' && t !== ']' && t !== '|'; t = this.peek()) {
      if (isPlainWord(t)) {
        const run: string[] = [];
        for (let w = this.peek(); w !== undefined && isPlainWord(w); w = this.peek()) run.push(...this.form(this.tokens[this.at++] ?? ''));
        for (const w of this.context.spell?.(run) ?? run) add(word(w));
      } else {
        add(this.item(), /^\{\s*fill\d+\s*\}$/.test(t));
      }
    }
    if (items.length === 0) throw this.error('empty alternative');
    this.checkShorthand(items);
    const needs: Need[] = [];
    let before = 0; // words that may stand before the current item (a break between items counts as one)
    for (const item of items) {
      if (!item.empty) needs.push(...after(item.needs, before));
      before += item.reach + 1;
    }
    const reach = items.reduce((sum, i) => sum + i.reach, items.length - 1); // + a possible break between items
    const empty = items.every((i) => i.empty);
    return { source, spaced: items[0]?.spaced ?? true, needs, empty, reach, firsts: edgeWords(items, 'firsts'), lasts: edgeWords(items, 'lasts') };
  }

  /**
   * Reports (see {@link DslContext.deadPairs}) or throws when two items may put side by side a pair of words that messages never hold,
   * because shorthand writes it as one (see {@link DslContext.contracts}): the author meant a
   * phrase that this pattern can never find. A run of plain words is spelled out as a whole,
   * so the pair is always split between a group and what stands next to it.
   */
  private checkShorthand(items: readonly Node[]): void {
    const { contracts } = this.context;
    if (contracts === undefined) return;
    for (let i = 0; i < items.length - 1; i++) {
      const lasts = items[i]?.lasts ?? [];
      if (lasts.length === 0) continue;
      const firsts = edgeWords(items.slice(i + 1), 'firsts');
      for (const a of lasts) {
        for (const b of firsts) {
          if (!contracts(a, b)) continue;
          const short = this.context.spell?.([a, b]) ?? [];
          // "(sui|suicide) thoughts": what "sui thoughts" becomes is found by the other alternative
          const [x = '', y = ''] = short;
          if (short.length === 2 && lasts.includes(x) && firsts.includes(y)) continue;
          const problem = this.error(`"${a} ${b}" is never in a message, which has "${short.join(' ')}" instead: write the two inside one group, "(${a} ${b}|...)"`);
          if (this.context.deadPairs === undefined) throw problem;
          this.context.deadPairs.push(problem.message);
        }
      }
    }
  }

  /** A plain word's words in matching form ("Self-Harm" → self, harm). */
  private form(token: string): string[] {
    const { forms } = this.context;
    let form = forms?.get(token);
    if (form === undefined) {
      form = matchingForm(token);
      forms?.set(token, form);
    }
    if (form === '') throw this.error(`no letters in ${JSON.stringify(token)}`);
    return form.split(' ');
  }

  private item(): Node {
    const token = this.tokens[this.at++] ?? '';
    if (token === '(' || token === '[') {
      const inner = this.alternatives();
      const close = token === '(' ? ')' : ']';
      if (this.tokens[this.at++] !== close) throw this.error(`missing ${close}`);
      const prefix = token === '(' && this.peek() === '*';
      if (prefix) this.at++;
      const optional = token === '[' || this.peek() === '?';
      if (token === '(' && optional) this.at++;
      const ending = prefix ? '[^ ]*' : '';
      return {
        source: optional ? `(?:${withSpace(inner)}${ending})?` : `(?:${inner.source}${ending})`,
        spaced: optional || inner.spaced,
        needs: prefix ? asPrefixes(inner.needs) : inner.needs,
        empty: optional || inner.empty,
        reach: inner.reach,
        // a group with "*" ends in any letters: no plain word to pair at its end
        firsts: inner.firsts,
        lasts: prefix ? [] : inner.lasts,
        optional,
      };
    }
    if (token.startsWith('{')) return this.wordClass(token.slice(1, -1).trim());
    if (token === '...') return anyWords(`(?: [^ ]+){0,${GAP}}?`, true, true, GAP);
    if (token === '$') return anyWords(END, true, true, 0);
    if (token === '^') return anyWords(START, true, true, 0);
    return this.prefixWord(token);
  }

  /** "suicid*": a word starting with the stem. */
  private prefixWord(token: string): Node {
    const stem = this.form(token.slice(0, -1));
    const last = stem.at(-1) ?? '';
    return { source: `${stem.join(' ')}[^ ]*`, spaced: false, needs: [prefixNeed(last, stem.length - 1)], empty: false, reach: stem.length };
  }

  private wordClass(name: string): Node {
    const fill = /^fill(\d+)$/.exec(name);
    if (fill !== null) {
      const not = this.context.notFiller.length > 0 ? `(?!(?:${this.context.notFiller.join('|')}) )` : '';
      return anyWords(`(?: ${not}[^ .]+){0,${fill[1]}}`, true, true, Number(fill[1]));
    }
    if (name === 'word') return anyWords('[^ .]+', false, false, 1);
    if (name === 'number') return anyWords('[0-9]+', false, false, 1);
    if (name === 'bignumber') return anyWords('[1-9][0-9]+', false, false, 1);
    const known = this.context.compiled?.get(name);
    if (known !== undefined) return known;
    const entries = this.context.classes[name];
    if (entries === undefined) throw this.error(`unknown class {${name}}`);
    if (this.inClasses.includes(name)) throw this.error(`class {${name}} refers to itself`);
    const node = oneOf(
      entries.map((entry) => {
        const parser = new Parser(entry, this.context, [...this.inClasses, name]);
        const inner = parser.alternatives();
        if (!parser.done()) throw parser.error(`unexpected ${JSON.stringify(parser.peek())}`);
        return inner;
      }),
    );
    this.context.compiled?.set(name, node);
    return node;
  }

  private error(message: string): Error {
    return new Error(`pattern ${JSON.stringify(this.pattern)}: ${message}`);
  }
}
