import { describe } from 'vitest';
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
    ['хочу yмереть', 'act'], // Latin y inside a Cyrillic word
    ['i feel so suicdial', 'act'], // two letters swapped
  ];
  expectTiers(cases);
});
