import { describe, expect, it } from 'vitest';
import { formatProblem, lintCatalog, lintScenario } from '../../../src/scenarios/lint.ts';
import { scenarioFrom } from './helpers.ts';

const end = { type: 'end', text: 'Bye.' };
const codes = (steps: Record<string, unknown>, start = 'a') =>
  lintScenario(scenarioFrom({ start, steps })).map((p) => [p.code, p.stepId, p.message]);

describe('lintScenario', () => {
  it('finds nothing wrong with a plain scenario', () => {
    expect(codes({ a: { type: 'message', text: 'Hi.', next: 'z' }, z: end })).toEqual([]);
  });

  it('reports a missing start', () => {
    expect(codes({ z: end }, 'nowhere')).toEqual([['missing-start', undefined, 'start "nowhere" does not exist']]);
  });

  it('reports dangling references by the exit that holds them', () => {
    expect(
      codes({
        a: { type: 'choice', text: 'Q', options: [{ id: 'x', label: 'X', next: 'gone' }, { id: 'y', label: 'Y', next: 'b' }] },
        b: { type: 'branch', branches: [{ when: { var: 'n', gte: 1 }, next: 'lost' }], otherwise: 'z' },
        z: end,
      }),
    ).toEqual([
      ['dangling-next', 'a', 'option "x" next "gone" does not exist'],
      ['dangling-next', 'b', 'branch 1 next "lost" does not exist'],
      ['unknown-variable', 'b', 'branch 1 tests "n", which nothing sets'],
    ]);
  });

  it('reports a loop that never reaches an end', () => {
    expect(
      codes({
        a: { type: 'choice', text: 'Q', options: [{ id: 'x', label: 'X', next: 'b' }, { id: 'y', label: 'Y', next: 'z' }] },
        b: { type: 'choice', text: 'Again?', options: [{ id: 'x', label: 'X', next: 'c' }] },
        c: { type: 'text', prompt: 'Why?', next: 'b' },
        z: end,
      }),
    ).toEqual([['no-exit-cycle', 'b', 'steps "b", "c" loop with no way out to an end']]);
  });

  it('reports a loop of steps that ask nothing, even with a way out', () => {
    expect(
      codes({
        a: { type: 'message', text: 'A', next: 'b' },
        b: { type: 'branch', branches: [{ when: { var: 'n', gte: 1 }, next: 'z' }], otherwise: 'a' },
        z: end,
      }, 'a').filter(([code]) => code === 'auto-loop'),
    ).toEqual([['auto-loop', 'a', 'steps "a", "b" loop without asking anything']]);
  });

  it('allows a loop through a question when it has an exit', () => {
    expect(
      codes({
        a: { type: 'choice', text: 'Again?', options: [{ id: 'yes', label: 'Yes', next: 'a' }, { id: 'no', label: 'No', next: 'z' }] },
        z: end,
      }),
    ).toEqual([]);
  });

  it('reports a dead end (possible only in scenarios built in code)', () => {
    const scenario = scenarioFrom({ start: 'a', steps: { a: { type: 'message', text: 'A', next: 'b' }, b: { type: 'choice', text: 'Q', options: [{ id: 'x', label: 'X', next: 'z' }] }, z: end } });
    const stuck = { ...scenario, steps: scenario.steps.map((s) => (s.type === 'choice' ? { ...s, options: [] } : s)) };
    expect(lintScenario(stuck).map((p) => [p.code, p.stepId, p.message])).toEqual([
      ['unreachable', 'z', 'unreachable from start "a"'],
      ['dead-end', 'b', 'no way forward from here'],
    ]);
  });

  it('reports a scenario without an end', () => {
    expect(codes({ a: { type: 'choice', text: 'Q', options: [{ id: 'x', label: 'X', next: 'a' }] } })).toEqual([
      ['no-end', undefined, 'the scenario has no end step'],
    ]);
  });

  it('reports unknown variables, unknown checklist items, bad HTML and duplicate options', () => {
    expect(
      codes({
        a: {
          type: 'checklist',
          text: 'Hello {who}',
          items: [{ id: 'i', label: 'I' }, { id: 'i', label: 'Again' }],
          branches: [{ when: { anyOf: ['k'], checkedAtLeast: 3 }, next: 'z' }],
          otherwise: 'b',
        },
        b: { type: 'message', text: 'A & B', next: 'z' },
        z: end,
      }),
    ).toEqual([
      ['duplicate-id', 'a', 'duplicate item id "i"'],
      ['unknown-variable', 'a', 'text uses {who}, which nothing in "test" sets'],
      ['unknown-item', 'a', 'branch 1 names unknown item "k"'],
      ['never-true', 'a', 'branch 1 needs 3 ticks but there are 2 items'],
      ['bad-html', 'b', 'text: stray "&" (write &amp;) at "A & B"'],
    ]);
  });

  it('counts a checklist variable as its labels when estimating length', () => {
    const label = 'x'.repeat(32);
    const items = Array.from({ length: 12 }, (_, i) => ({ id: `i${String(i)}`, label }));
    const problems = codes({
      a: { type: 'checklist', text: 'Tick.', items, saveAs: 'ticks', next: 'z' },
      z: { type: 'end', text: `${'y'.repeat(3700)} {ticks}` },
    });
    expect(problems).toEqual([
      ['message-too-long', 'z', 'text can reach 4109 characters with the longest values of its variables (limit 4096)'],
    ]);
  });

  it('counts typed text at most as long as a later message repeats it', () => {
    const problems = codes({
      a: { type: 'text', prompt: 'Say?', maxLength: 2000, saveAs: 'said', next: 'z' },
      z: { type: 'end', text: `${'y'.repeat(3960)} {said}` },
    });
    expect(problems).toEqual([]);
  });

  it('warns about an answer nothing reads, and more than two messages before a question', () => {
    const problems = codes({
      a: { type: 'message', text: 'One.', next: 'b' },
      b: { type: 'message', text: 'Two.', next: 'c' },
      c: { type: 'message', text: 'Three.', next: 'd' },
      d: { type: 'choice', text: 'Well?', options: [{ id: 'x', label: 'X', next: 'e', set: { mood: 'x' } }] },
      e: { type: 'text', prompt: 'And?', saveAs: 'said', next: 'z' },
      z: { type: 'end', text: 'Bye.' },
    });
    expect(problems).toEqual([
      ['unused-variable', 'd', 'sets "mood", which no text or branch reads'],
      ['unused-variable', 'e', 'sets "said", which no text or branch reads'],
      ['message-run', 'a', '3 messages in a row before the person is asked anything'],
    ]);
  });

  it('marks warnings as warnings, and formats with or without a file', () => {
    const scenario = scenarioFrom({
      start: 'a',
      steps: { a: { type: 'checklist', text: 'T', items: [{ id: 'i', label: 'I' }], branches: [{ when: { checkedAtLeast: 2 }, next: 'z' }], otherwise: 'z' }, z: end },
    });
    const [problem] = lintScenario(scenario);
    expect(problem?.severity).toBe('warning');
    expect(problem && formatProblem(problem)).toBe('scenario "test": step "a": branch 1 needs 2 ticks but there are 1 items');
    expect(problem && formatProblem({ ...problem, file: 'x.yaml' })).toBe('x.yaml: step "a": branch 1 needs 2 ticks but there are 1 items');
  });
});

describe('lintCatalog', () => {
  it('checks suggestions, duplicate ids and menu order across scenarios', () => {
    const a = { ...scenarioFrom({ id: 'a', start: 'z', steps: { z: { type: 'end', text: 'Bye.', suggest: ['a', 'b', 'c'] } } }), file: 'a.yaml' };
    const b = { ...scenarioFrom({ id: 'b', start: 'z', steps: { z: end } }), file: 'b.yaml' };
    const b2 = { ...b, file: 'b2.yaml', order: 2 };
    expect(lintCatalog([a, b, b2]).map(formatProblem)).toEqual([
      'b.yaml: order 1 is also used by "a"',
      'b2.yaml: duplicate scenario id "b" (also in b.yaml)',
      'a.yaml: step "z": suggests its own scenario "a"',
      'a.yaml: step "z": suggests "c", which is not a scenario',
    ]);
    expect(lintCatalog([a, b, b2]).map((p) => p.severity)).toEqual(['warning', 'error', 'warning', 'error']);
  });
});
