/**
 * The eval's arithmetic: how a detector answers corpus lines, as recall and false-alarm rates.
 * A cue counts as caught for recall and as an alarm on ordinary lines.
 *
 * @module
 */
import type { CorpusLine, ExpectedTier } from './corpus.ts';

export type Detector = (text: string) => ExpectedTier;

export interface Answer {
  readonly line: CorpusLine;
  readonly got: ExpectedTier;
}

export interface Figures {
  readonly crisis: number;
  /** Crisis lines answered act or cue. */
  readonly caught: number;
  readonly actExpected: number;
  /** Lines expected act that were answered act. */
  readonly actCaught: number;
  readonly ordinary: number;
  /** Ordinary lines answered act or cue. */
  readonly alarms: number;
  /** Lines of class `negation` answered act (must stay 0). */
  readonly negatedAsAct: number;
  /** expected tier → answered tier → count. */
  readonly tiers: Readonly<Record<ExpectedTier, Record<ExpectedTier, number>>>;
}

export function answer(lines: readonly CorpusLine[], detector: Detector): Answer[] {
  return lines.map((line) => ({ line, got: detector(line.text) }));
}

export function figures(answers: readonly Answer[]): Figures {
  const tiers: Record<ExpectedTier, Record<ExpectedTier, number>> = {
    act: { act: 0, cue: 0, none: 0 },
    cue: { act: 0, cue: 0, none: 0 },
    none: { act: 0, cue: 0, none: 0 },
  };
  let negatedAsAct = 0;
  for (const { line, got } of answers) {
    tiers[line.tier][got]++;
    if (line.class === 'negation' && got === 'act') negatedAsAct++;
  }
  const crisis = answers.filter((a) => a.line.kind === 'crisis');
  return {
    crisis: crisis.length,
    caught: crisis.filter((a) => a.got !== 'none').length,
    actExpected: tiers.act.act + tiers.act.cue + tiers.act.none,
    actCaught: tiers.act.act,
    ordinary: answers.length - crisis.length,
    alarms: tiers.none.act + tiers.none.cue,
    negatedAsAct,
    tiers,
  };
}

/** A rate, or NaN when there is nothing to rate. */
export function rate(part: number, whole: number): number {
  return whole === 0 ? Number.NaN : part / whole;
}

export const recall = (f: Figures) => rate(f.caught, f.crisis);
export const actRecall = (f: Figures) => rate(f.actCaught, f.actExpected);
export const falseAlarms = (f: Figures) => rate(f.alarms, f.ordinary);

/** Answers grouped by a key, keys sorted. */
export function groupBy(answers: readonly Answer[], key: (line: CorpusLine) => string): Map<string, Answer[]> {
  const groups = new Map<string, Answer[]>();
  for (const a of answers) groups.set(key(a.line), [...(groups.get(key(a.line)) ?? []), a]);
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b)));
}
