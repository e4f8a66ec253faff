import { describe } from 'vitest';
import { all, expectTiers } from './tiers.ts';

describe('plans, means, timing and acts under way are acts', () => {
  expectTiers(
    all('act', [
      'been researching which painkillers are lethal',
      'if he doesnt call by midnight im jumping',
      'the pills are in my hand',
      'im waiting until everyone is asleep',
      'sometimes when im driving i think about swerving into oncoming traffic',
      'i looked at the bridge today and thought about jumping',
      'i want to jump off something high',
      'im done trying. i have the pills',
      'i have pills saved up',
      'i bought rope today',
      'i have a knife and im going to use it',
      'im on the train tracks',
      'i know exactly how im going to do it',
      'gonna yeet myself off a bridge',
      'i took like 20 of my sleeping pills',
      'im on the 10th floor balcony and looking down',
      'i put the rope around my neck',
      'i just swallowed all my antidepressants',
      'i have the rope ready',
      'i am going to drive my car off a cliff',
      'i have a gun to my head',
      'I bought a rope',
      "i've been saving up my pills",
      'I took the whole bottle of pills',
      'i just took 30 paracetamol',
      "I'm standing on the bridge right now",
      "i'm going to jump off the bridge tonight",
      'I overdosed',
      "I've got the pills ready",
      "i'm going to hang myself",
      "I'm going to jump in front of a train",
      'i tied the noose',
      'how many pills would it take to die',
      "im at the station, going to jump in front of the next train",
    ]),
  );
});
