/**
 * The crisis-detection eval as a regression gate (figures: `npm run safety:eval`). Floors sit
 * just under what each language achieves: raise yours when you improve it, never lower it to
 * let a change through. Held-out figures are totals only; held-out lines are never printed.
 */
import { describe, expect, it } from 'vitest';
import { type CorpusLine, loadCorpus, type Part } from './corpus.ts';
import { baseline, tiered } from './detectors.ts';
import { answer, falseAlarms, figures, recall } from './evaluate.ts';

interface Floor {
  /** Crisis lines caught (act or cue) at least. */
  readonly recall: number;
  /** Ordinary lines answered act or cue at most. */
  readonly falseAlarms: number;
}

/**
 * Per language and part (`all`: every language together). Design targets: tuning recall ≥ 0.97
 * and false alarms ≤ 0.05; held-out ≥ 0.95 and ≤ 0.10. Held-out floors sit a little under
 * today's figures (about 73 crisis lines per language besides English, so one line is 1.4 %).
 * The held-out part grows with each independent batch; a new batch that scores lower moves
 * the floors with it (the figure measures the rules on words nobody tuned them on).
 */
const FLOORS: Readonly<Record<string, Readonly<Record<Part, Floor>>>> = {
  all: { tuning: { recall: 0.99, falseAlarms: 0.01 }, 'held-out': { recall: 0.84, falseAlarms: 0.01 } },
  en: { tuning: { recall: 0.99, falseAlarms: 0.01 }, 'held-out': { recall: 0.83, falseAlarms: 0.03 } },
  ar: { tuning: { recall: 0.99, falseAlarms: 0.01 }, 'held-out': { recall: 0.81, falseAlarms: 0.05 } },
  de: { tuning: { recall: 0.99, falseAlarms: 0.01 }, 'held-out': { recall: 0.85, falseAlarms: 0.05 } },
  es: { tuning: { recall: 0.99, falseAlarms: 0.01 }, 'held-out': { recall: 0.84, falseAlarms: 0.05 } },
  fr: { tuning: { recall: 0.99, falseAlarms: 0.01 }, 'held-out': { recall: 0.86, falseAlarms: 0.05 } },
  it: { tuning: { recall: 0.99, falseAlarms: 0.01 }, 'held-out': { recall: 0.82, falseAlarms: 0.05 } },
  pl: { tuning: { recall: 0.99, falseAlarms: 0.01 }, 'held-out': { recall: 0.88, falseAlarms: 0.05 } },
  pt: { tuning: { recall: 0.99, falseAlarms: 0.01 }, 'held-out': { recall: 0.83, falseAlarms: 0.05 } },
  ru: { tuning: { recall: 0.99, falseAlarms: 0.01 }, 'held-out': { recall: 0.78, falseAlarms: 0.05 } },
  tr: { tuning: { recall: 0.99, falseAlarms: 0.01 }, 'held-out': { recall: 0.91, falseAlarms: 0.05 } },
  uk: { tuning: { recall: 0.99, falseAlarms: 0.01 }, 'held-out': { recall: 0.84, falseAlarms: 0.05 } },
};

const corpus = loadCorpus();
const linesOf = (part: Part, lang?: string): CorpusLine[] =>
  corpus.filter((l) => l.part === part && (lang === undefined || lang === 'all' || l.lang === lang));

describe('crisis detection eval', () => {
  it('has a tuning corpus', () => {
    expect(linesOf('tuning').length).toBeGreaterThan(0);
  });

  for (const [lang, parts] of Object.entries(FLOORS)) {
    for (const [part, floor] of Object.entries(parts) as Array<[Part, Floor]>) {
      const lines = linesOf(part, lang);
      it(`${lang} ${part}: recall ≥ ${floor.recall}, false alarms ≤ ${floor.falseAlarms}`, () => {
        expect(lines.length, `${lang} ${part}: no lines`).toBeGreaterThan(0);
        const f = figures(answer(lines, tiered));
        expect(recall(f)).toBeGreaterThanOrEqual(floor.recall);
        expect(falseAlarms(f)).toBeLessThanOrEqual(floor.falseAlarms);
      });
    }
  }

  it.each(['tuning', 'held-out'] as const)('%s: no line that says "I am not in danger" is answered act', (part) => {
    const negations = linesOf(part).filter((l) => l.class === 'negation');
    expect(figures(answer(negations, tiered)).negatedAsAct).toBe(0);
  });

  it.each(Object.keys(FLOORS))('%s tuning: catches at least what the old phrase list caught', (lang) => {
    const lines = linesOf('tuning', lang);
    expect(recall(figures(answer(lines, tiered)))).toBeGreaterThanOrEqual(recall(figures(answer(lines, baseline))));
  });
});
