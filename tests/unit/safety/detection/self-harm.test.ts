import { describe } from 'vitest';
import { all, expectTiers } from './tiers.ts';

describe('self-harm done is an act', () => {
  expectTiers(
    all('act', [
      'how do i hide the cuts from my dad',
      'broke my sh free streak',
      'i keep hurting myself',
      'i bang my head against the wall when im upset',
      'i self harm',
      'my wrists are bleeding',
      'relapsed tonight',
      'i keep scratching my arms until they bleed',
      'i have been self harming for weeks',
      'i burnt myself on purpose',
      'I cut myself again last night',
      'i cut again',
      'relapsed and cut my wrist',
      "I've been burning myself with a lighter",
      'i self harmed again',
      'I started cutting again',
      'i hurt myself on purpose',
      'sh again last night',
      'I slit my wrists',
    ]),
  );
});

describe('self-harm urges are cues', () => {
  expectTiers(
    all('cue', [
      'I want to cut so badly',
      'the urge to cut is so strong',
      'I want to hurt myself',
      'I feel like hurting myself',
      'i keep thinking about cutting',
      'really want to self harm rn',
      'i keep looking at the knives in the kitchen',
      'ive got new scars',
      'i want to see blood',
    ]),
  );
});
