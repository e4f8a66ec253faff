import { describe, expect, it } from 'vitest';
import { compilePattern, compilePatterns, type DslContext } from '../../../../src/safety/detection/dsl.ts';
import { dedouble } from '../../../../src/safety/detection/fold.ts';
import { allLanguages, SPECS } from '../../../../src/safety/detection/lang/index.ts';
import { compileLanguage } from '../../../../src/safety/detection/language.ts';
import { key, mayMatch } from '../../../../src/safety/detection/triggers.ts';

const context: DslContext = {
  classes: { kill: ['kill', 'killing'], killself: ['{kill} myself', 'end my life'], loop: ['{loop}'] },
  notFiller: ['not'],
};
const test = (pattern: string, text: string) => {
  const [compiled] = compilePatterns([pattern], context);
  return compiled !== undefined && compiled.regex.test(` ${text.split(' ').map(dedouble).join(' ')} `); // texts in matching form
};

describe('the pattern DSL', () => {
  it('matches words in order, on word edges', () => {
    expect(test('kill myself', 'i want to kil myself')).toBe(true);
    expect(test('kill', 'skill')).toBe(false);
  });

  it('folds pattern words like messages (case, accents, apostrophes, doubles, hyphens)', () => {
    expect(test("Don't", 'dont')).toBe(true);
    expect(test('müde', 'mude')).toBe(true);
    expect(test('self-harm', 'self harm')).toBe(true);
    expect(test('kill', 'kil')).toBe(true);
  });

  it('expands classes, alternatives and optional parts', () => {
    expect(test('{killself}', 'killing myself')).toBe(true);
    expect(test('{killself}', 'end my life')).toBe(true);
    expect(test('wish (i|id) (was|were) dead', 'wish id were dead')).toBe(true);
    expect(test('[so] tired', 'tired')).toBe(true);
    expect(test('(so|very)? tired', 'very tired')).toBe(true);
    expect(test('cant stop (the )?bleeding', 'cant stop bleeding')).toBe(true);
  });

  it('fills up to N words, but never with a negation', () => {
    expect(test('want to {fill2} die', 'want to really just die')).toBe(true);
    expect(test('want to {fill2} die', 'want to not die')).toBe(false);
    expect(test('want to {fill1} die', 'want to really just die')).toBe(false);
  });

  it('matches word prefixes, numbers and sentence edges', () => {
    expect(test('suicid*', 'suicidal')).toBe(true);
    expect(test('self (harm|injur)*', 'self injuring')).toBe(true);
    expect(test('self (harm|injur)*', 'selfish')).toBe(false);
    expect(test('took {bignumber} pills', 'took 30 pills')).toBe(true);
    expect(test('took {bignumber} pills', 'took 2 pills')).toBe(false);
    expect(test('want to cut $', 'i want to cut . later')).toBe(true);
    expect(test('want to cut $', 'i want to cut my hair')).toBe(false);
    expect(test('^ final words', 'final words')).toBe(true);
    expect(test('^ final words', 'his final words')).toBe(false);
  });

  it('spans sentences with ...', () => {
    expect(test('thank you ... goodbye $', 'thank you for listening . you helped . goodbye')).toBe(true);
    expect(test('thank you ... goodbye $', 'goodbye . thank you')).toBe(false);
  });

  it('lets items stand across a sentence break, fillers never', () => {
    expect(test('want to die', 'want to . die')).toBe(true);
    expect(test('want {fill2} die', 'want . so . die')).toBe(false);
  });

  it('knows the words every match needs, to skip patterns that cannot match', () => {
    const needs = (pattern: string) => compilePattern(pattern, context).needs;
    const words = (pattern: string) => needs(pattern).map((n) => [...n.clause.words]);
    expect(words('want to {fill2} die')).toEqual([['want'], ['to'], ['die']]);
    expect(needs('want to {fill2} die').map((n) => n.lead)).toEqual([0, 2, 7]); // at most 7 words before "die": want, to, 2 fillers, 3 breaks
    expect(key(needs('{killself}'))?.clause.words).toEqual(new Set(['myself', 'life'])); // the most selective word of each entry
    expect(needs('suicid*').map((n) => [...n.clause.prefixes])).toEqual([['suicid']]);
    expect(needs('[so] {fill2} $')).toEqual([]);
    expect(mayMatch(needs('wish (i|id) (was|were) dead'), new Set(['i', 'wish', 'was', 'dead']))).toBe(true);
    expect(mayMatch(needs('wish (i|id) (was|were) dead'), new Set(['i', 'wish', 'was', 'pizza']))).toBe(false);
    expect(mayMatch(needs('suicid*'), new Set(['suicidal']))).toBe(true);
  });

  it('reports mistakes with the pattern at fault', () => {
    expect(() => compilePatterns(['{nope}'], context)).toThrow(/unknown class \{nope\}/);
    expect(() => compilePatterns(['{loop}'], context)).toThrow(/refers to itself/);
    expect(() => compilePatterns(['(a|b'], context)).toThrow(/missing \)/);
    expect(() => compilePatterns(['[a]'], context)).toThrow(/matches no words/);
  });

  it('refuses a pattern that splits a pair of words shorthand writes as one, across groups', () => {
    // messages never hold "it is" (they have "its"), so "(it|this) (is|was)" could never match "it is"
    const shorthand: DslContext = {
      ...context,
      spell: (words) => (words.join(' ') === 'it is' ? ['its'] : words.join(' ') === 'sui thoughts' ? ['suicide', 'thoughts'] : words),
      contracts: (a, b) => (a === 'it' && b === 'is') || (a === 'sui' && b === 'thoughts'),
    };
    expect(() => compilePatterns(['(it|this) (is|was) over'], shorthand)).toThrow(/"it is" is never in a message, which has "its"/);
    expect(() => compilePatterns(['it [really] is over'], shorthand)).toThrow(/"it is"/); // across an optional part too
    expect(() => compilePatterns(['{word} (it|this) ({word}|is) over'], shorthand)).toThrow(/"it is"/);
    // the same words inside one run are spelled out like the message, and are fine
    const [inOneGroup] = compilePatterns(['(it is|it was|this is|this was) over'], shorthand);
    expect(inOneGroup?.regex.test(' its over ')).toBe(true);
    expect(() => compilePatterns(['it {fill2} is over'], shorthand)).not.toThrow(); // a filler stands between them
    // what the pair becomes is found by another alternative: nothing is lost
    expect(() => compilePatterns(['(sui|suicide) thoughts'], shorthand)).not.toThrow();
    const deadPairs: string[] = [];
    compilePatterns(['(it|this) (is|was) over', 'so (it|this) is'], { ...shorthand, deadPairs });
    expect(deadPairs).toHaveLength(2); // collected, to name them all at once
  });

  it('compiles every language file (a mistake throws, naming the pattern)', () => {
    expect(allLanguages().map((l) => l.code)).toEqual(SPECS.map((s) => s.code));
  });

  it.each(SPECS.map((s) => [s.code, s] as const))('%s: no pattern splits a contraction across groups', (_, spec) => {
    expect(() => compileLanguage(spec, { checkShorthand: true })).not.toThrow();
  });

  it('keeps family ids in the form <language>.<name>', () => {
    for (const spec of SPECS) for (const f of spec.families) expect(f.id).toMatch(new RegExp(`^${spec.code}\\.[a-z-]+$`));
  });
});
