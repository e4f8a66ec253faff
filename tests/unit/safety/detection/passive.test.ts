import { describe } from 'vitest';
import { all, expectTiers } from './tiers.ts';

describe('passive wishes, burden and hopelessness are cues', () => {
  expectTiers(
    all('cue', [
      'I wish I was dead',
      'i wish i could go to sleep and never wake up',
      "I hope I don't wake up tomorrow",
      "I don't want to be here anymore",
      "I don't want to exist",
      'i want to disappear forever',
      "what's the point of living",
      "there's no point in going on",
      'I have nothing left to live for',
      "I'd be better off dead",
      'everyone would be better off without me',
      "I'm such a burden to everyone",
      'nobody would even notice if I was gone',
      "I can't go on like this",
      "i can't keep going anymore",
      'I feel completely hopeless',
      "I'm tired of being alive",
      "i wish i'd never been born",
      'I just want it all to stop',
      'I want to stop existing',
      "I don't see a way out",
      'no one would miss me',
      'life is pointless without her',
      "I don't want to live anymore",
      'i just want to die', // wanting to die is a cue: a direct question first
      'I wanna die so bad',
      'i think i want to die',
      'death sounds peaceful honestly',
      "it'd be easier for everyone if i was gone",
    ]),
  );
});
