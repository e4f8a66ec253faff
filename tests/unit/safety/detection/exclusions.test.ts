import { describe, expect, it } from 'vitest';
import { explainCrisis } from '../../../../src/safety/detection/index.ts';
import { type Case, expectTiers } from './tiers.ts';

describe('an exclusion cancels only the match it overlaps', () => {
  const cases: Case[] = [
    ["I'm killing myself trying to get him back lol but honestly I want to die", 'cue'],
    ["I'm killing myself trying to get him back lol but honestly I want to kill myself", 'act'],
    ['cut him off and now i want to cut myself', 'cue'],
    ['cut him off and then i cut myself', 'act'],
    ['it would be career suicide to text him, but I really am suicidal', 'act'],
    ['this breakup is killing me and i want to kill myself', 'act'],
    ['killing time until I kill myself', 'act'],
    ["I'd die for a coffee. actually I want to die", 'cue'],
    ['we watched suicide squad and now i want to disappear forever', 'cue'],
    ['I cut myself shaving, then i cut myself on purpose', 'act'],
  ];
  expectTiers(cases);

  it('marks the excluded match with the idiom that cancelled it', () => {
    const { tier, matches } = explainCrisis("I'm killing myself trying to impress him");
    expect(tier).toBe('none');
    expect(matches).toContainEqual(expect.objectContaining({ family: 'en.intent', excludedBy: 'en.effort' }));
  });
});
