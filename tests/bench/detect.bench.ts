/**
 * `detect`: time per message of tiered crisis detection (`src/safety/detection`) beside the old
 * phrase list (the peer), over every corpus line and over long messages (4000 characters, made
 * of corpus lines). No database. Goal: a median under 1 ms per message. Ends with one JSON line.
 *
 * BENCH_DETECT_ROUNDS (5): how many times every message is timed.
 */
import { performance } from 'node:perf_hooks';
import { loadCorpus } from '../safety/corpus.ts';
import { baseline, tiered } from '../safety/detectors.ts';
import type { Detector } from '../safety/evaluate.ts';

const ROUNDS = Number(process.env.BENCH_DETECT_ROUNDS ?? 5);
const LONG = 4000;
const GOAL_MEDIAN_US = 1000;

const corpus = loadCorpus().map((l) => l.text);
if (corpus.length === 0) throw new Error('no corpus lines under tests/safety/corpus/');

/** Messages of exactly LONG characters, each a different run of corpus lines. */
function longMessages(count: number): string[] {
  const out: string[] = [];
  for (let start = 0; out.length < count; start += 7) {
    let text = '';
    for (let i = start; text.length < LONG; i++) text += `${corpus[i % corpus.length]} `;
    out.push(text.slice(0, LONG));
  }
  return out;
}

interface Figures {
  messages: number;
  median_us: number;
  p95_us: number;
}

function time(detector: Detector, messages: readonly string[]): Figures {
  for (const m of messages) detector(m); // warm up
  const samples: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    for (const m of messages) {
      const start = performance.now();
      detector(m);
      samples.push((performance.now() - start) * 1000);
    }
  }
  return { messages: messages.length, median_us: round(quantile(samples, 0.5)), p95_us: round(quantile(samples, 0.95)) };
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

const round = (n: number) => Math.round(n * 10) / 10;

const long = longMessages(200);
const corpusFigures = time(tiered, corpus);
const longFigures = time(tiered, long);
const peer = { corpus: time(baseline, corpus), long: time(baseline, long) };
console.error(`  tiered: corpus ${JSON.stringify(corpusFigures)}, long ${JSON.stringify(longFigures)}`);
console.error(`  old:    corpus ${JSON.stringify(peer.corpus)}, long ${JSON.stringify(peer.long)}`);
console.log(
  JSON.stringify({
    bench: 'detect',
    rounds: ROUNDS,
    corpus: corpusFigures,
    long: { ...longFigures, chars: LONG },
    peer,
    goal_median_under_1ms: corpusFigures.median_us < GOAL_MEDIAN_US,
  }),
);
