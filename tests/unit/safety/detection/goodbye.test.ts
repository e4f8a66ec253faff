import { describe } from 'vitest';
import { all, expectTiers } from './tiers.ts';

describe('goodbyes and final messages are acts', () => {
  expectTiers(
    all('act', [
      'to whoever reads this, i am sorry',
      'dont look for me',
      'when they find me, tell them i loved them',
      'logging off permanently',
      'i am leaving this world tonight',
      'thank you for listening all these weeks. goodbye',
      'if anything happens to me, my passwords are in the drawer',
      'goodbye. thank you for trying to help me',
      'i just wanted to say goodbye',
      'im sorry for everything, tell everyone i love them',
      'i have made my will and given my cat away',
      'this is the last thing ill ever say',
      'sorry mom. i love you',
      'i am saying goodbye to everyone i love',
      'i have written goodbye letters to everyone',
      "please take care of my dog when i'm gone",
      "i love you all, i'm sorry, goodbye",
      'this is goodbye. thank you for everything',
      "by the time you read this I'll be gone",
      "i've given away all my things",
      "you won't hear from me again",
      'goodbye forever',
      "I won't be alive tomorrow",
      'this will be my last message',
      'i wrote my suicide note',
      'tell my mom I love her. goodbye',
      "sorry for everything. goodbye",
      'see you on the other side',
    ]),
  );
});
