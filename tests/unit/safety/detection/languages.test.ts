import { describe, expect, it } from 'vitest';
import { detectCrisis } from '../../../../src/safety/detection/index.ts';
import { type Case, expectTiers } from './tiers.ts';

describe('German, Spanish, French and Russian (ported starting points)', () => {
  const cases: Case[] = [
    ['Ich will nicht mehr leben', 'cue'],
    ['ich denke an Selbstmord', 'act'],
    ['ich will mich umbringen', 'act'],
    ['ich bin so lebensmüde', 'cue'],
    ['ich habe mich beim Kochen verletzt', 'none'],
    ['ya no quiero vivir', 'cue'],
    ['quiero morirme', 'act'],
    ['quiero matarme', 'act'],
    ['mi jefe va a matarme', 'none'],
    ['je veux mourir', 'act'],
    ['je ne veux plus vivre', 'cue'],
    ['je pense à me suicider', 'act'],
    ['ça va me tuer de rire', 'none'],
    ['je ne veux pas vivre à Paris', 'none'],
    ['я хочу умереть', 'act'],
    ['не хочу больше жить', 'cue'],
    ['хочу покончить с собой', 'act'],
    ['не хочу жить в этом городе', 'none'],
    ['я не хочу умереть в одиночестве', 'none'],
  ];
  expectTiers(cases);

  it('answers in the language of the family that decided', () => {
    expect(detectCrisis('quiero matarme')).toMatchObject({ tier: 'act', language: 'es' });
    expect(detectCrisis('хочу покончить с собой')).toMatchObject({ tier: 'act', language: 'ru' });
  });

  it('runs every language on every message (people mix them)', () => {
    expect(detectCrisis('honestly no puedo más, quiero matarme')).toMatchObject({ tier: 'act', language: 'es' });
  });
});
