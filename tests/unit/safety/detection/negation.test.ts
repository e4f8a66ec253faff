import { describe, expect, it } from 'vitest';
import { explainCrisis } from '../../../../src/safety/detection/index.ts';
import { agree, type Match } from '../../../../src/safety/detection/match.ts';
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
    ["it's not like i'm going to kill myself", 'cue'], // a wide negation reaches past the new subject
    ["no way i'd ever kill myself", 'cue'],
  ];
  expectTiers(cases);

  it('marks the match as negated', () => {
    const { matches } = explainCrisis('i would never kill myself');
    expect(matches).toContainEqual(expect.objectContaining({ family: 'en.intent', tier: 'cue', negated: true }));
  });
});

describe('a statement of safety makes thoughts a cue, but not a goodbye', () => {
  const cases: Case[] = [
    ["i'm safe, don't worry. just thinking about killing myself again", 'cue'],
    ['i know i wont do it. but i think about suicide all the time', 'cue'],
    ['sometimes i think about ending it. im not going to tho', 'cue'],
    ['i keep thinking about jumping off the bridge. not planning it though', 'cue'],
    ["don't worry about me. by the time you read this i'll be gone", 'act'],
  ];
  expectTiers(cases);
});

describe('a wish or urge before self-harm makes it an urge (cue)', () => {
  const cases: Case[] = [
    ['i want to burn myself again', 'cue'],
    ['i burned myself again', 'act'],
  ];
  expectTiers(cases);
});

describe('negation stays inside its clause', () => {
  const cases: Case[] = [
    ["im not okay, i want to kill myself", 'act'],
    ["I'm not ok and i want to kill myself", 'act'],
    ["i dont know why but i want to end my life", 'act'],
    ['he never texted back i want to kill myself', 'act'],
    ["idk what to do i want to kill myself", 'act'],
    ["No. I want to end my life", 'act'],
  ];
  expectTiers(cases);
});

describe('the same words are negated in every language or in none', () => {
  const match = (language: string, words: [number, number], extra: Partial<Match> = {}): Match => ({
    family: `${language}.intent`, tier: 'act', language, phrase: 'unalive', start: 0, end: 7, words, ...extra,
  });

  it('makes an act a cue where another language read the same words as negated', () => {
    const [en, fr] = agree([match('en', [3, 4], { tier: 'cue', negated: true }), match('fr', [3, 4])]);
    expect(fr).toMatchObject({ tier: 'cue', negated: true });
    expect(en).toMatchObject({ tier: 'cue', negated: true });
  });

  it('leaves acts on other words alone', () => {
    const [, other] = agree([match('en', [3, 4], { tier: 'cue', negated: true }), match('fr', [9, 10])]);
    expect(other).toMatchObject({ tier: 'act' });
  });

  it('leaves an act alone when the negating word stands inside it, not before it', () => {
    // "stopped hurting myself … went back": "stopped" negates the inner phrase only
    const [, outer] = agree([match('ar', [1, 3], { tier: 'cue', negated: true, softenedAt: 0 }), match('ar', [0, 7])]);
    expect(outer).toMatchObject({ tier: 'act' });
    expect(outer?.negated).toBeUndefined();
  });

  it('still softens an act that the negation stands before', () => {
    const [, fr] = agree([match('en', [3, 5], { tier: 'cue', negated: true, softenedAt: 1 }), match('fr', [2, 4])]);
    expect(fr).toMatchObject({ tier: 'cue', negated: true });
  });

  expectTiers([
    ['بطلت أجرح نفسي ٣ شهور وامبارح رجعت', 'act'], // a relapse: stopped for 3 months, went back yesterday
    ['لن أجرح نفسي', 'cue'], // negated before the phrase: still a cue
  ]);
});
