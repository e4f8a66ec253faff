/**
 * Framework fixes reported by the language authors: what fillers may not cross, symbols typed
 * for letters, emoji spelt out per language, and shorthand after numbers.
 */
import { describe, expect, it } from 'vitest';
import { soleWords } from '../../../../src/safety/detection/dsl.ts';
import { detectCrisis, explainCrisis } from '../../../../src/safety/detection/index.ts';
import { compileLanguage, type LanguageSpec } from '../../../../src/safety/detection/language.ts';
import { normalize } from '../../../../src/safety/detection/normalize.ts';
import { allLanguages, LEXICON } from '../../../../src/safety/detection/lang/index.ts';
import { plainView, viewFor } from '../../../../src/safety/detection/view.ts';
import { expectTiers } from './tiers.ts';

/** A tiny language: "хочу {fill2} умереть" is an act, its negations are all bracketed patterns. */
const spec = (extra: Partial<LanguageSpec> = {}): LanguageSpec => ({
  code: 'xx',
  scripts: ['cyrillic'],
  classes: {},
  families: [{ id: 'xx.intent', tier: 'act', patterns: ['хочу {fill2} умереть'] }],
  exclusions: {},
  negations: ['не [буду|хочу] [я] $', 'никогда {fill3} $'],
  crisisWords: [],
  ...extra,
});
const matches = (language: ReturnType<typeof compileLanguage>, text: string) =>
  language.families.some((f) => f.patterns.some((p) => p.regex.test(` ${text} `)));

describe('fillers never cross the negation word of a bracketed negation pattern', () => {
  it('takes the one word a negation entry needs, and only that', () => {
    const context = { classes: {}, notFiller: [] };
    expect(soleWords('не [же|буду|хочу] [я|так] $', context)).toEqual(['не']);
    expect(soleWords('никогда {fill3} $', context)).toEqual(['никогда']);
    expect(soleWords('never', context)).toEqual(['never']);
    expect(soleWords('ни за что {fill2} $', context)).toEqual([]); // several words: none of them alone
  });

  it('stops fillers at "не" though no negation entry is a plain word', () => {
    const language = compileLanguage(spec());
    expect(matches(language, 'хочу просто умереть')).toBe(true);
    expect(matches(language, 'хочу не умереть')).toBe(false);
    expect(matches(language, 'хочу никогда умереть')).toBe(false);
  });

  it('lets a language name more words fillers may not cross, without making them negations', () => {
    const language = compileLanguage(spec({ fillerStops: ['нельзя'] }));
    expect(matches(language, 'хочу нельзя умереть')).toBe(false);
    expect(language.negation?.test(' нельзя ')).toBe(false);
  });

  it('reads negations as before: "никогда не стала бы" is still a negation', () => {
    const language = compileLanguage(spec());
    expect(language.negation?.test(' никогда не стала бы ')).toBe(true);
  });

  it.each(['я решила что не умру', 'я вирішила що не помру'])('%j ("decided I will not die") is no act', (text) => {
    expect(detectCrisis(text).tier).not.toBe('act');
  });
});

describe('"!" and "$" typed for letters inside words', () => {
  const words = (text: string) => normalize(text, LEXICON).words.join(' ');

  it('folds them between letters, in Latin and Cyrillic words', () => {
    expect(words('вб!ти себе')).toBe('вбити себе');
    expect(words('пов!ситися')).toBe('повіситися');
    expect(words('самогуб$тво')).toBe('самогубство');
    expect(words('$амоубийство')).toBe('самоубиство') // doubled letters collapse;
    expect(words('k!ll mys3lf')).toBe('kil myself');
    expect(words('$uicide')).toBe('suicide');
  });

  it('never folds a "!" that ends a sentence, or money', () => {
    expect(words('im done!goodbye everyone')).toBe('im done godbye everyone');
    expect(words('всё!хочу умереть')).toBe('все хочу умереть');
    expect(words('hi!how are you')).toBe('hi how are you');
    expect(words('wow!')).toBe('wow');
    expect(words('$100 and 5$')).toBe('100 and 5');
  });

  expectTiers([
    ['хочу пов!ситися', 'act'],
    ['думаю про самогуб$тво', 'act'],
    ['im done!goodbye everyone', 'act'],
    ['i want to k!ll mys3lf!', 'act'],
  ]);
});

describe('shorthand right after a number', () => {
  const view = (code: string, text: string) => {
    const language = allLanguages().find((l) => l.code === code);
    const message = normalize(text, LEXICON);
    return language === undefined ? '' : viewFor(language, message, plainView(message)).text.trim();
  };

  it('is spelled out like anywhere else', () => {
    expect(view('de', 'mit 18 hoeren')).toBe('mit 18 horen');
    expect(view('en', 'at 3 gonna do it')).toBe('at 3 going to do it');
  });

  it('leaves a short word that may be a unit alone', () => {
    expect(view('en', 'ran 5 kms today')).toBe('ran 5 kms today');
    expect(view('en', 'want 2 kms')).toBe('want to kil myself');
  });
});

describe('emoji read as words, in each language its own', () => {
  const words = (text: string) => normalize(text, LEXICON).words.join(' ');
  const view = (code: string, text: string) => {
    const language = allLanguages().find((l) => l.code === code);
    const message = normalize(text, LEXICON);
    return language === undefined ? '' : viewFor(language, message, plainView(message)).text.trim();
  };

  it('reads trains and "down" (English in normalised text), and leaves 💀 unread', () => {
    expect(words('🚆 🚂 🚄 ⬇️')).toBe('train train train down');
    expect(words('💀💀 im dead')).toBe('im dead');
  });

  it('reads them in the language of each view', () => {
    expect(view('de', 'vor den 🚆')).toBe('vor den zug');
    expect(view('ru', 'под 🚂')).toBe('под поезд');
    expect(view('en', 'me in 5 mins 🚄')).toBe('me in 5 mins train');
    expect(view('pl', 'skoczę ⬇️')).toBe('skocze w dol');
  });

  it('reads 🪦 as "grave" only where that is no everyday adjective', () => {
    expect(view('es', 'pronto 🪦')).toBe('pronto tumba');
    expect(view('it', 'presto 🪦')).toBe('presto tomba');
    expect(view('fr', 'bientôt 🪦')).toBe('bientot tombe');
    expect(view('es', 'algo grave')).toBe('algo grave'); // typed words stay as they are
    expect(view('en', 'now 🪦')).toBe('now grave');
  });

  it('keeps an emoji a language does not read a break, as before', () => {
    expect(view('de', '🌉⬇️ heut nacht')).toBe('bridge . heut nacht');
  });

  expectTiers([
    ['ich werf mich heute vor den 🚆', 'act'],
    ['me voy a tirar al 🚆', 'act'],
    ['я кинусь під 🚆', 'act'],
    ['🌉⬇️ heut nacht. tschau', 'act'],
    ['💀💀 im dead', 'none'],
    ['es algo grave?', 'none'],
    ['no es nada grave', 'none'],
  ]);
});

describe('patterns are made into regexes when first run', () => {
  it('every pattern of every language is a valid regex with both its forms', () => {
    const broken = allLanguages().flatMap((l) =>
      [...l.families, ...l.exclusions].flatMap((f) =>
        f.patterns.flatMap((p) => {
          try {
            return p.regex.flags === 'g' && p.sticky.flags === 'y' ? [] : [`${f.id}: flags`];
          } catch (error) {
            return [`${f.id}: ${String(error)}`];
          }
        }),
      ),
    );
    expect(broken).toEqual([]);
  });
});

describe('Arabic punctuation and digits', () => {
  it('breaks clauses at the Arabic comma, semicolon and question mark', () => {
    for (const mark of ['،', '؛', '؟']) {
      const { words, breaks } = normalize(`تعبت${mark} خلاص`, LEXICON);
      expect(words).toEqual(['تعبت', 'خلاص']);
      expect(breaks).toEqual([false, true]);
    }
  });

  it('reads Arabic-Indic and Persian digits as numbers', () => {
    expect(normalize('عندي ٩٠ حبة و ۱۲ شريط', LEXICON).words).toEqual(['عندي', '90', 'حبه', 'و', '12', 'شريط']);
  });
});

describe('the net pairs a means with a time or readiness across one sentence break', () => {
  const net = (text: string) => explainCrisis(text).matches.some((m) => m.family.endsWith('.net-means'));

  it('reads "the pills from march. after my shift then" as one thought', () => {
    expect(net('i still have the pills from march. after my shift then')).toBe(true);
    expect(detectCrisis('i still have the pills from march. after my shift then').tier).toBe('cue');
  });

  it('stops at a second break, and at more than a few words on either side', () => {
    expect(net('found an old rope in the shed. we went to the shops. tonight is pizza')).toBe(false);
    expect(net('the pills are from the doctor for my back and my knee. we go to the cinema with the kids tonight')).toBe(false);
  });
});
