import { describe } from 'vitest';
import { all, expectTiers } from './tiers.ts';

describe('goodbyes and final messages are acts', () => {
  expectTiers(
    all('act', [
      'this is goodbye. thank you for everything',
      "by the time you read this I'll be gone",
      "i've given away all my things",
      "you won't hear from me again",
      'goodbye forever',
      "I won't be here tomorrow",
      'i wrote my suicide note',
      'tell my mom I love her. goodbye',
      "sorry for everything. goodbye",
      'see you on the other side',
    ]),
  );
});
