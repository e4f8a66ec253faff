import { CALLBACK_PREFIX } from '../telegram/callback-data.ts';

const SF = CALLBACK_PREFIX.safety;

/**
 * Button data of the safety question, the crisis answer and the check-in after it. Fixed
 * strings: the safety feature answers exactly these and nothing else with its prefix.
 */
export const SAFETY_DATA = {
  yes: `${SF}:q:yes`,
  unsure: `${SF}:q:unsure`,
  no: `${SF}:q:no`,
  safe: `${SF}:safe`,
  lines: `${SF}:lines`,
  plan: `${SF}:plan`,
  pause: `${SF}:pause`,
} as const;
