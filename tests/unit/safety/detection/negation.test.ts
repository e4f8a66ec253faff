import { describe, expect, it } from 'vitest';
import { explainCrisis } from '../../../../src/safety/detection/index.ts';
import { type Case, expectTiers } from './tiers.ts';

describe('a negated act phrase is a cue, never nothing', () => {
  const cases: Case[] = [
    ["I'm not going to kill myself, I just feel empty", 'cue'],
    ['i would never kill myself', 'cue'],
    ['im not suicidal just sad', 'cue'],
    ["don't worry, I'm not going to end my life", 'cue'],
    ["I don't want to kill myself but I don't want to be here", 'cue'],
    ['no voy a matarme', 'cue'],
    ['я не хочу умереть', 'cue'],
  ];
  expectTiers(cases);

  it('marks the match as negated', () => {
    const { matches } = explainCrisis('i would never kill myself');
    expect(matches).toContainEqual(expect.objectContaining({ family: 'en.intent', tier: 'cue', negated: true }));
  });
});

describe('negation stays inside its clause', () => {
  const cases: Case[] = [
    ["im not okay, i want to kill myself", 'act'],
    ["I'm not ok and i want to die", 'act'],
    ["i dont know why but i want to die", 'act'],
    ["idk what to do i want to kill myself", 'act'],
    ["No. I want to end my life", 'act'],
  ];
  expectTiers(cases);
});
