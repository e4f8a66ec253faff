// Temporary: the old phrase list behind the tiered API, until the tiered detector lands.
import { matchCrisis } from '../crisis.ts';

export type CrisisTier = 'act' | 'cue' | 'none';

export interface CrisisDetection {
  tier: CrisisTier;
  family?: string;
  language?: string;
}

export function detectCrisis(text: string): CrisisDetection {
  return matchCrisis(text) === null ? { tier: 'none' } : { tier: 'act', family: 'legacy', language: 'en' };
}
