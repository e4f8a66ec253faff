import { describe, expect, it } from 'vitest';
import { detectCrisis } from '../../../../src/safety/detection/index.ts';
import { type Case, expectTiers } from './tiers.ts';

describe('obfuscated crisis language is caught', () => {
  const cases: Case[] = [
      ['i want to kll myself', 'act'],
      ['killmyself', 'act'],
      ['#iwanttodie', 'cue'],
      ['endmylife', 'act'],
      ['i wnt to die', 'cue'],
      ['i want 2 kms', 'act'],
    ['k1ll mys3lf', 'act'],
    ['thinking about s*icide', 'act'],
    ["i'm su.i.cidal", 'act'],
    ['I want to unal*ve myself', 'act'],
    ['feeling s u i c i d a l', 'act'],
    ['k-i-l-l m-y-s-e-l-f', 'act'],
    ['i wanna diiiie', 'cue'],
    ['kms', 'act'],
    ['honestly kms', 'act'],
    ['i want to kil myslef', 'act'],
    ['i feel so sucidal', 'act'],
    ['thinking about sewerslide', 'act'],
    ['gonna ctb tonight', 'act'],
    ['KILL MYSELF', 'act'],
    ['wanna k!ll myself', 'act'],
    ['$uicidal', 'act'],
    ["I'm gonna off myself", 'act'],
    ['i w a n t t o d i e', 'cue'],
    ['i w a n t t o k i l l m y s e l f', 'act'],
    ['saved up all my 💊💊 for tonight', 'act'],
    ['i want to sleep and not w8ke up', 'cue'],
    ['gonna minecraft myself fr', 'act'],
    ['i feel so suicdial', 'act'], // two letters swapped
  ];
  expectTiers(cases);
});

describe('look-alike letters of another script', () => {
  it('reads a Latin y inside a Cyrillic word as the Cyrillic у', () => {
    const plain = detectCrisis('хочу умереть');
    expect(plain.tier).not.toBe('none');
    expect(detectCrisis('хочу yмереть')).toEqual(plain);
  });
});
