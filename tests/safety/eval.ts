/**
 * `npm run safety:eval`: crisis recall, act recall and false alarms of tiered detection beside
 * the old detector, overall, per language and per class, for the tuning part and the held-out
 * part of the corpus. Held-out figures are totals only: its lines are never printed.
 *
 *   --misses       list the tuning part's misses, weak tiers and false alarms (never held-out's)
 *   --lang en      only this language (repeatable)
 *   --part tuning  only this part ('tuning' or 'held-out')
 */
import { parseArgs } from 'node:util';
import { explainCrisis } from '../../src/safety/detection/index.ts';
import { type CorpusLine, loadCorpus, type Part } from './corpus.ts';
import { baseline, tiered } from './detectors.ts';
import { type Answer, actRecall, answer, falseAlarms, type Figures, figures, groupBy, recall } from './evaluate.ts';

const { values } = parseArgs({
  options: {
    misses: { type: 'boolean', default: false },
    lang: { type: 'string', multiple: true },
    part: { type: 'string', multiple: true },
  },
});
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0); // piped into head: stop quietly
  throw e;
});
const parts = (values.part ?? ['tuning', 'held-out']) as Part[];
const lines = loadCorpus(parts).filter((l) => values.lang === undefined || values.lang.includes(l.lang));

const fmt = (x: number) => (Number.isNaN(x) ? '   - ' : x.toFixed(2).padStart(5));
const arrow = (before: number, after: number) => `${fmt(before)} → ${fmt(after)}`;

function row(label: string, before: Figures, after: Figures): string {
  const crisis = after.crisis === 0 ? ' '.repeat(33) : `${String(after.crisis).padStart(5)}  ${arrow(recall(before), recall(after))}  ${arrow(actRecall(before), actRecall(after))}`;
  const ordinary = after.ordinary === 0 ? '' : `${String(after.ordinary).padStart(5)}  ${arrow(falseAlarms(before), falseAlarms(after))}`;
  return `${label.padEnd(14)}${crisis}   │ ${ordinary}`;
}

function table(title: string, answersBefore: readonly Answer[], answersAfter: readonly Answer[]): void {
  const byKey = (key: (l: CorpusLine) => string) => ({ before: groupBy(answersBefore, key), after: groupBy(answersAfter, key) });
  const all = { before: figures(answersBefore), after: figures(answersAfter) };
  console.log(`\n${title}   (before = old phrase list → after = tiered detection)`);
  console.log(`${''.padEnd(14)}${'crisis'.padStart(5)}  ${'recall'.padEnd(13)}  ${'act recall'.padEnd(13)}   │ ${'ordinary'} false alarms`);
  console.log(row('all', all.before, all.after));
  for (const [heading, key] of [['language', (l: CorpusLine) => l.lang], ['class', (l: CorpusLine) => l.class]] as const) {
    console.log(`  by ${heading}`);
    const groups = byKey(key);
    for (const [name, after] of groups.after) console.log(row(`  ${name}`, figures(groups.before.get(name) ?? []), figures(after)));
  }
  const t = all.after.tiers;
  console.log(`  tiers after: expected act → act ${t.act.act}, cue ${t.act.cue}, none ${t.act.none}; expected cue → act ${t.cue.act}, cue ${t.cue.cue}, none ${t.cue.none}; ordinary → act ${t.none.act}, cue ${t.none.cue}`);
  console.log(`  negation lines answered act: before ${all.before.negatedAsAct}, after ${all.after.negatedAsAct}`);
}

function listMisses(answers: readonly Answer[]): void {
  const explain = (text: string) =>
    explainCrisis(text)
      .matches.map((m) => `${m.family}${m.negated ? '(negated)' : ''}${m.excludedBy ? `(excluded by ${m.excludedBy})` : ''}: "${m.phrase}"`)
      .join('; ');
  const sections: Array<[string, (a: Answer) => boolean]> = [
    ['MISSED (crisis answered none)', (a) => a.line.kind === 'crisis' && a.got === 'none'],
    ['WEAK (act answered cue)', (a) => a.line.tier === 'act' && a.got === 'cue'],
    ['NEGATED ANSWERED ACT', (a) => a.line.class === 'negation' && a.got === 'act'],
    ['OVER (cue answered act)', (a) => a.line.tier === 'cue' && a.got === 'act' && a.line.class !== 'negation'],
    ['FALSE ALARMS (ordinary answered act or cue)', (a) => a.line.kind === 'ordinary' && a.got !== 'none'],
  ];
  for (const [title, test] of sections) {
    const found = answers.filter(test);
    console.log(`\n${title}: ${found.length}`);
    for (const { line, got } of found) {
      const why = got === 'none' ? '' : `   ← ${explain(line.text)}`;
      console.log(`  [${line.lang} ${line.class} ${line.tier}→${got}] ${line.text}${why}`);
    }
  }
}

for (const part of parts) {
  const partLines = lines.filter((l) => l.part === part);
  if (partLines.length === 0) continue;
  const before = answer(partLines, baseline);
  const after = answer(partLines, tiered);
  table(part === 'tuning' ? 'TUNING' : 'HELD-OUT (totals only)', before, after);
  if (values.misses && part === 'tuning') listMisses(after);
}
