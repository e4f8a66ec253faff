/** Table-driven tier tests shared by the per-class files. */
import { expect, it } from 'vitest';
import { type CrisisTier, detectCrisis } from '../../../../src/safety/detection/index.ts';

export type Case = readonly [text: string, tier: CrisisTier];

/** One test per line: `text` is answered with `tier`. */
export function expectTiers(cases: readonly Case[]): void {
  it.each(cases)('%j → %s', (text, tier) => {
    expect(detectCrisis(text).tier).toBe(tier);
  });
}

/** Every line of `texts` is answered with `tier`. */
export function all(tier: CrisisTier, texts: readonly string[]): Case[] {
  return texts.map((t) => [t, tier] as const);
}
