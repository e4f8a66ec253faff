import { describe } from 'vitest';
import { all, expectTiers } from './tiers.ts';

describe('idioms, hyperbole and everyday talk stay quiet', () => {
  expectTiers(
    all('none', [
      'this breakup is killing me',
      "I'm dying to see her",
      'we just killed time at the mall',
      'I cut him off completely',
      "I'd jump at the chance to see him",
      "I'd literally die if he saw my texts",
      'my phone died',
      'I cut my hair short',
      'dead tired after work',
      'that joke killed me',
      "I'm killing myself trying to impress him",
      'it would be social suicide to go to that party',
      'we watched suicide squad',
      'I cut myself shaving',
      'I drown myself in work these days',
      "she's dead to me",
      'I ran 5 kms today',
      'the last message I sent him',
      'I want to end things with him',
      'I hurt my back at the gym',
      'I nearly died of embarrassment',
      'I want to live my life again',
      'I want to die my hair red',
      "I'm so done with dating",
      'I took a pill for my headache',
      'I said goodbye to him at the airport',
      "I'm only hurting myself by checking his instagram",
      'a hopeless romantic, that is me',
      "I don't want to die alone",
      "I'm proud of myself for not texting him",
      'that is odd, I find it odd',
      'I could sleep forever after this week',
      'I relapsed and texted him',
      'what are you doing tonight', // "doing" is one letter from "dying": never repaired
      'sitting on the edge of my bed crying',
      "I'm on the bridge, be there in 5",
      'I always shoot myself in the foot with him',
      'gonna top myself up with coffee',
      'ho letto i commenti sui social', // Italian "sui" is not shorthand for suicide
      'i burned my hand on the stove',
    ]),
  );
});
