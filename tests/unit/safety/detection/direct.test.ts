import { describe, expect, it } from 'vitest';
import { detectCrisis } from '../../../../src/safety/detection/index.ts';
import { all, expectTiers } from './tiers.ts';

describe('direct intent is an act', () => {
  expectTiers(
    all('act', [
      'sam wants to kill himself and sam is me',
      'i want to die by my own hand',
      'my head keeps telling me to kill myself',
      'suicide',
      'honestly considering ending things permanently',
      'i am feeling to end my life',
      'looking up painless ways to die',
      'thinkin bout endin it',
      'sucidal af',
      'i honestly think i am going to kill myself this weekend',
      'the only way out is to kill myself',
      'i have decided to commit suicide',
      'i keep imagining my own suicide',
      'suicide is on my mind constantly',
      'planning my suicide',
      'i have been having thoughts of suicide',
      'i might as well kill myself',
      'I want to kill myself',
      'im going to kill myself tonight',
      "i'm suicidal",
      'I feel so suicidal today',
      'been having suicidal thoughts again',
      'thinking of ending my life',
      "I've decided to end my life",
      'i keep thinking about suicide',
      "I'm ready to die",
      "swear im going to top myself",
      'feel like doing myself in',
      'suicide feels like the only way out',
      'I want to take my own life',
      "I'm going to end it all",
      'part of me wants to end it all',
      'honestly i might just kill myself',
      "I'm about to commit suicide",
      'i am contemplating suicide',
      'Should I just kill myself?',
    ]),
  );

  it('names the family and language that decided', () => {
    expect(detectCrisis('I want to kill myself')).toEqual({ tier: 'act', family: 'en.intent', language: 'en' });
  });
});
