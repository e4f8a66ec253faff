import { describe, expect, it } from 'vitest';
import { detectCrisis, matchCrisis, normalizeForCrisis } from '../../../src/safety/crisis.ts';

const CRISIS: readonly string[] = [
  'I want to end my life',
  "I'm going to kill myself",
  'thinking about suicide',
  "I don't want to live anymore",
  'I dont want to live any more',
  'everyone would be better off if I was gone, I am better off dead',
  'I keep wanting to self harm',
  'I self-harmed again last night',
  'I cut myself',
  'I cut myself on my arm again',
  'i have been cutting myself again',
  'there is no reason to live',
  'I just want to die',
  'i wanna die',
  'I WANT TO DIE.',
  'kill my self',
  'gonna kill myslef tonight',
  'kms',
  'honestly kms lol',
  'I’m suicidal',
  'I feel so sucidal',
  'I wish I was dead',
  'I wish I had never been born',
  'I want to take my own life',
  "I'm going to end it all",
  'I have nothing left to live for',
  'life is not worth living without her',
  'I want to go to sleep and never wake up',
  "I don't want to wake up tomorrow",
  'I want to hurt myself',
  "I'm thinking about hurting myself",
  'everyone would be better off without me',
  'I am going to take all my pills',
  'I want to jump off the bridge',
  "I'm tired of living",
  "I don't want to live without him",
  'I want to unalive myself',
  'I want to off myself',
  'I feel like dying',
  "I've been hurting myself",
  // German
  'Ich will nicht mehr leben',
  'ich denke an Selbstmord',
  'ich will mich umbringen',
  'ich bin so lebensmüde',
  // Spanish
  'ya no quiero vivir',
  'quiero morirme',
  'pienso en el suicidio',
  'quiero matarme',
  // French
  'je veux mourir',
  'je ne veux plus vivre',
  'je pense à me suicider',
  'j’ai envie de mourir',
  // Russian
  'я хочу умереть',
  'не хочу больше жить',
  'думаю о самоубийстве',
  'хочу покончить с собой',
  'жить не хочу уже',
];

const NOT_CRISIS: readonly string[] = [
  'this breakup is killing me',
  "I'd die for a coffee",
  'dead tired today',
  'just killing time',
  'my phone died',
  "I'm dying to see her",
  'I nearly died laughing',
  'that joke killed me',
  'my plants died while I was away',
  "he's dead to me",
  'this deadline will be the death of me',
  'I want to live abroad for a year',
  "I don't want to live with my parents anymore",
  'I cut myself off from her friends',
  'I cut myself a slice of cake',
  'I cut myself on the kitchen knife',
  'I ran 10 kms today',
  'that would be career suicide',
  'we watched Suicide Squad',
  'I killed it at the interview',
  'the suspense is killing me',
  "I'll kill him if he texts her again",
  'I took the pressure off myself',
  "I'm burning myself out at work",
  'I drown myself in work',
  "I don't want to die alone",
  'I want to die of embarrassment',
  "I'm sick of living with my roommate",
  'the battery is dead',
  'I want to end things with him',
  'she ended it with me yesterday',
  'I hurt myself at the gym',
  'I think I hurt my back',
  'I want to live my life again',
  'mi jefe va a matarme',
  'je ne veux pas vivre à Paris',
  'ça va me tuer de rire',
  'ich habe mich beim Kochen verletzt',
  'не хочу жить в этом городе',
  'я не хочу умереть в одиночестве',
  'Letting go is killing me slowly but I will be fine',
  'I could murder a pizza',
  "I'm killing myself trying to get him back",
  'I feel like dying of laughter',
];

describe('detectCrisis', () => {
  it('has a table of at least 25 each way', () => {
    expect(CRISIS.length).toBeGreaterThanOrEqual(25);
    expect(NOT_CRISIS.length).toBeGreaterThanOrEqual(25);
  });

  it.each(CRISIS)('catches %j', (text) => {
    expect(detectCrisis(text)).toBe(true);
  });

  it.each(NOT_CRISIS)('leaves alone %j', (text) => {
    expect(matchCrisis(text)).toBeNull();
  });

  it('is not fooled by a crisis phrase buried in a long message', () => {
    const long = `${'We talked for hours and it went fine. '.repeat(50)}But honestly I want to die.`;
    expect(detectCrisis(long)).toBe(true);
  });

  it('handles empty and symbol-only input', () => {
    expect(detectCrisis('')).toBe(false);
    expect(detectCrisis('🙂🙂 ...')).toBe(false);
  });
});

describe('normalizeForCrisis', () => {
  it('folds case, apostrophes, accents, spacing and shorthand', () => {
    expect(normalizeForCrisis('I  DON’T   wanna  live!!')).toBe('i dont want to live');
    expect(normalizeForCrisis('kill my self')).toBe('kill myself');
    expect(normalizeForCrisis('Lebensmüde')).toBe('lebensmude');
    expect(normalizeForCrisis('kms')).toBe('kill myself');
    expect(normalizeForCrisis('5 kms')).toBe('5 kms');
  });
});
