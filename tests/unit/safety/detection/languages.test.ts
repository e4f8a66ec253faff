import { describe, expect, it } from 'vitest';
import { detectCrisis } from '../../../../src/safety/detection/index.ts';

/**
 * The framework runs every language: the first German, Spanish, French and Russian phrases
 * (ported from the old list) are caught, in their language, and their everyday idioms stay
 * quiet. Tiers per language are the language authors' to test (`<lang>.test.ts`).
 */
describe('every language runs on every message', () => {
  it.each([
    ['ich will mich umbringen', 'de'],
    ['quiero matarme', 'es'],
    ['je pense à me suicider', 'fr'],
    ['хочу покончить с собой', 'ru'],
  ])('%j is caught, in %s', (text, language) => {
    const detection = detectCrisis(text);
    expect(detection.tier).not.toBe('none');
    expect(detection.language).toBe(language);
  });

  it.each(['ich habe mich beim Kochen verletzt', 'mi jefe va a matarme', 'ça va me tuer de rire', 'не хочу жить в этом городе'])(
    '%j stays quiet',
    (text) => {
      expect(detectCrisis(text).tier).toBe('none');
    },
  );

  it('catches a language mixed into another (people mix them)', () => {
    expect(detectCrisis('honestly no puedo más, quiero matarme').tier).not.toBe('none');
  });
});
