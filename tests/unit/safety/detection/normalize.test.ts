import { describe, expect, it } from 'vitest';
import { dedouble, foldChars, foldScript } from '../../../../src/safety/detection/fold.ts';
import { allLanguages, LEXICON } from '../../../../src/safety/detection/lang/index.ts';
import { normalize } from '../../../../src/safety/detection/normalize.ts';
import { oneEditApart, plainView, viewFor } from '../../../../src/safety/detection/view.ts';

const words = (text: string) => normalize(text, LEXICON).words.join(' ');
const en = allLanguages().find((l) => l.code === 'en');
const english = (text: string) => {
  const message = normalize(text, LEXICON);
  return en === undefined ? '' : viewFor(en, message, plainView(message)).text.trim();
};

describe('foldChars', () => {
  it('folds case, accents and apostrophes', () => {
    expect(foldChars('Lebensmüde')).toBe('lebensmude');
    expect(foldChars('I DON’T')).toBe('i dont');
    expect(foldChars('ﬁne')).toBe('fine'); // NFKC ligature
  });

  it('folds the letters decomposition does not', () => {
    expect(foldChars('łódź straße ırmak')).toBe('lodz strasse irmak');
  });

  it('folds Cyrillic ё, й, ї and є', () => {
    expect(foldChars('ещё мой її твоє')).toBe('еще мои іі твое');
  });

  it('folds Arabic: tashkeel, alef forms, alef maqsura, taa marbuta, tatweel', () => {
    expect(foldChars('أُرِيدُ')).toBe('اريد');
    expect(foldChars('إنا آمن ٱلله')).toBe('انا امن الله');
    expect(foldChars('على حياة')).toBe('علي حياه');
    expect(foldChars('مـــوت')).toBe('موت');
  });

  it('spells out emoji that stand for means', () => {
    expect(foldChars('bought the 🪢')).toBe('bought the  rope ');
  });
});

describe('foldScript', () => {
  it('folds leetspeak inside words with letters', () => {
    expect(foldScript('k1ll')).toBe('kill');
    expect(foldScript('mys3lf')).toBe('myself');
    expect(foldScript('$uicide')).toBe('suicide');
    expect(normalize('k!ll', LEXICON).words).toEqual(['kil']); // "!" is read by normalize, which knows words ("done!bye" is not "doneibye")
    expect(foldScript('ki||')).toBe('kill');
  });

  it('leaves numbers and numbers with units alone', () => {
    expect(foldScript('5')).toBe('5');
    expect(foldScript('5kms')).toBe('5kms');
    expect(foldScript('3am')).toBe('3am');
    expect(foldScript('20mg')).toBe('20mg');
  });

  it('folds look-alike letters to the script of the word', () => {
    expect(foldScript('yмереть')).toBe('умереть'); // Latin y in a Cyrillic word
    expect(foldScript('kіll')).toBe('kill'); // Ukrainian і in a Latin word
  });
});

describe('dedouble', () => {
  it('collapses runs of one letter', () => {
    expect(dedouble('killl')).toBe('kil');
    expect(dedouble('diiiie')).toBe('die');
    expect(dedouble('kill')).toBe(dedouble('kil'));
  });
});

describe('normalize', () => {
  it('gives words in matching form', () => {
    expect(words('I  DON’T   wanna  live!!')).toBe('i dont wana live');
  });

  it('unmasks masked crisis words', () => {
    expect(words('s*icide')).toBe('suicide');
    expect(words('unal*ve')).toBe('unalive');
    expect(words('k*ll myself')).toBe('kil myself');
    expect(words('f*ck')).toBe('fck');
  });

  it('joins separated letters', () => {
    expect(words('su.i.cide')).toBe('suicide');
    expect(words('k-i-l-l m-y-s-e-l-f')).toBe('kil myself');
    expect(words('s u i c i d e')).toBe('suicide');
    expect(words('i w a n t t o d i e')).toBe('i want to die');
  });

  it('splits words run together from crisis and glue words, and only those', () => {
    expect(words('killmyself')).toBe('kil myself');
    expect(words('#iwanttodie')).toBe('i want to die');
    expect(words('endmylife')).toBe('end my life');
    expect(words('skilled deadline overkill')).toBe('skiled deadline overkil');
  });

  it('leaves single letters that spell nothing known', () => {
    expect(words('a b c')).toBe('a b c');
    expect(words('plan a or b')).toBe('plan a or b');
  });

  it('splits words joined by symbols', () => {
    expect(words('well-known')).toBe('wel known');
    expect(words('die.i')).toBe('die i');
  });

  it('marks clause breaks', () => {
    const { words: w, breaks } = normalize("im not ok, i want to die. ok\nbye 😭 now", LEXICON);
    expect(w).toEqual(['im', 'not', 'ok', 'i', 'want', 'to', 'die', 'ok', 'bye', 'now']);
    expect(breaks).toEqual([false, false, false, true, false, false, false, true, true, true]);
  });

  it('handles empty and symbol-only input', () => {
    expect(words('')).toBe('');
    expect(words('🙂🙂 ...')).toBe('');
  });
});

describe('an English view', () => {
  it('spells out shorthand and contractions', () => {
    expect(english('im gonna kms')).toBe('im going to kil myself');
    expect(english('i am tired')).toBe('im tired');
    expect(english('self-harm selfharm')).toBe('self harm self harm');
    expect(english('I do not care')).toBe('i dont care');
  });

  it('keeps shorthand that follows a number as it is', () => {
    expect(english('ran 5 kms')).toBe('ran 5 kms');
  });

  it('repairs one typo towards long crisis words, never common words', () => {
    expect(english('sucide suicdie suicidial myslef')).toBe('suicide suicide suicidal myself');
    expect(english('overdone doing')).toBe('overdone doing');
  });

  it('puts a break marker between sentences', () => {
    expect(english('im ok. bye')).toBe('im ok . bye');
  });
});

describe('oneEditApart', () => {
  it('allows one change, insertion, deletion or swap', () => {
    expect(oneEditApart('sucide', 'suicide')).toBe(true);
    expect(oneEditApart('suicdie', 'suicide')).toBe(true);
    expect(oneEditApart('suixide', 'suicide')).toBe(true);
    expect(oneEditApart('sucdie', 'suicide')).toBe(false);
  });
});
