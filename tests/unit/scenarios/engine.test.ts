import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedScenario } from '../../../src/scenarios/catalog.ts';
import {
  answerLabel,
  apply,
  resume,
  SHOWN_CHARS,
  shorten,
  startRun,
  view,
  EngineError,
  type ApplyResult,
  type Input,
  type RunState,
} from '../../../src/scenarios/engine.ts';
import { edgeKey } from '../../../src/scenarios/graph.ts';
import { loadScenarioFile } from '../../../src/scenarios/loader.ts';
import type { Scenario } from '../../../src/scenarios/model.ts';
import { FIXTURES, scenarioFrom } from './helpers.ts';

let demo: LoadedScenario;
beforeAll(async () => {
  demo = await loadScenarioFile(`${FIXTURES}/valid/demo.yaml`);
});

/** Applies inputs one after another, failing on any refusal; returns the last result. */
function run(scenario: Scenario, inputs: Input[], from: RunState = startRun(scenario).state) {
  let state = from;
  let last: Extract<ApplyResult, { ok: true }> | undefined;
  for (const input of inputs) {
    const result = apply(scenario, state, input);
    if (!result.ok) throw new Error(`refused ${JSON.stringify(input)}: ${result.refusal.key}`);
    state = result.state;
    last = result;
  }
  if (!last) throw new Error('no inputs');
  return last;
}

const tap = (optionId: string): Input => ({ kind: 'tap', optionId });
const toggle = (itemId: string): Input => ({ kind: 'toggle', itemId });
const done: Input = { kind: 'done' };
const text = (t: string): Input => ({ kind: 'text', text: t });

describe('startRun', () => {
  it('passes consecutive messages and shows them with the first question', () => {
    const { state, view: v, effects, route } = startRun(demo);
    expect(state).toEqual({ scenarioId: 'demo', stepId: 'mood', vars: { score: 0 } });
    expect(v).toEqual({
      stepId: 'mood',
      type: 'choice',
      texts: ['Hello <b>there</b>.', 'Two messages in a row.', 'How are you?'],
      keyboard: [
        [
          { label: 'Good', action: { kind: 'tap', optionId: 'good' } },
          { label: 'Not great', action: { kind: 'tap', optionId: 'bad' } },
        ],
        [{ label: 'So-so', action: { kind: 'tap', optionId: 'meh' } }],
      ],
      expects: 'tap',
    });
    expect(effects).toEqual([]);
    expect(route.map(edgeKey)).toEqual(['hello -next-> welcome', 'welcome -next-> mood']);
  });
});

describe('choice', () => {
  it('adds numbers, assigns strings and shows interpolated feedback', () => {
    const result = run(demo, [tap('good')]);
    expect(result.state.vars).toEqual({ score: 2, feeling: 'calm', picked: [] });
    expect(result.feedback).toBe('Glad to hear it (calm, score 2).');
    expect(result.effects).toEqual([{ type: 'answer', stepId: 'mood', value: 'good' }]);
    expect(result.view.stepId).toBe('habits');
    expect(result.rerender).toBe(false);
  });

  it('subtracts with a negative number and has no feedback when none is written', () => {
    const result = run(demo, [tap('bad')]);
    expect(result.state.vars['score']).toBe(-1);
    expect(result.feedback).toBeUndefined();
  });

  it('accepts a typed label as a tap, case-insensitively', () => {
    expect(run(demo, [text('  so-SO ')]).effects).toEqual([{ type: 'answer', stepId: 'mood', value: 'meh' }]);
  });

  it('refuses unknown options and the wrong kind of input, keeping the state', () => {
    const { state } = startRun(demo);
    expect(apply(demo, state, tap('nope'))).toMatchObject({ ok: false, reason: 'unknown-option' });
    expect(apply(demo, state, toggle('a'))).toMatchObject({ ok: false, reason: 'unexpected-input' });
    expect(apply(demo, state, text('hello'))).toMatchObject({
      ok: false,
      reason: 'unexpected-input',
      refusal: { key: 'tap' },
    });
  });
});

describe('checklist', () => {
  const atHabits = () => run(demo, [tap('good')]).state;

  it('starts unticked and re-renders the same step with ticks on each toggle', () => {
    const first = run(demo, [toggle('b')], atHabits());
    expect(first.rerender).toBe(true);
    expect(first.effects).toEqual([]);
    expect(first.state.stepId).toBe('habits');
    expect(first.view.texts).toEqual(['Tick what applies.']);
    expect(first.view.keyboard?.map((row) => row.map((b) => b.label))).toEqual([
      ['☐ Alpha'],
      ['☑ Beta'],
      ['☐ Gamma'],
      ['All set'],
    ]);
    const untick = run(demo, [toggle('b')], first.state);
    expect(untick.view.keyboard?.[1]?.[0]?.label).toBe('☐ Beta');
    expect(untick.state.vars['picked']).toEqual([]);
  });

  it('keeps ticks in item order and branches on the count', () => {
    const result = run(demo, [toggle('b'), toggle('a'), done], atHabits());
    expect(result.effects).toEqual([{ type: 'answer', stepId: 'habits', value: ['a', 'b'] }]);
    expect(result.state.vars['picked']).toEqual(['a', 'b']);
    expect(result.view.texts).toEqual(['You picked Alpha, Beta.', 'Write a <i>short</i> note about feeling calm.']);
    expect(result.route.map(edgeKey)).toEqual(['habits -branch:0-> many', 'many -next-> note']);
  });

  it('branches on which item was ticked, else takes otherwise', () => {
    expect(run(demo, [toggle('c'), done], atHabits()).route.map(edgeKey)).toEqual([
      'habits -branch:1-> gamma',
      'gamma -next-> note',
    ]);
    expect(run(demo, [done], atHabits()).route.map(edgeKey)).toEqual(['habits -otherwise-> note']);
  });

  it('refuses taps and text, and unknown items', () => {
    const state = atHabits();
    expect(apply(demo, state, text('a'))).toMatchObject({ ok: false, reason: 'unexpected-input', refusal: { key: 'tick', values: { done: 'All set' } } });
    expect(apply(demo, state, toggle('z'))).toMatchObject({ ok: false, reason: 'unknown-option' });
  });
});

describe('text', () => {
  const atNote = () => run(demo, [tap('good'), done]).state;

  it('refuses empty and too long answers with a friendly message', () => {
    const state = atNote();
    expect(apply(demo, state, text('   \n '))).toMatchObject({ ok: false, reason: 'empty' });
    const long = apply(demo, state, text('x'.repeat(21)));
    expect(long).toMatchObject({ ok: false, reason: 'too-long' });
    expect(long.ok ? undefined : long.refusal).toEqual({ key: 'too-long', values: { length: 21, max: 20 } });
    expect(apply(demo, state, tap('skip'))).toMatchObject({ ok: false, reason: 'unexpected-input' });
  });

  it('stores the trimmed answer, journals it, and routes a branch on the score to an end', () => {
    const result = run(demo, [text('  steady enough  ')], atNote());
    expect(result.state.vars['note']).toBe('steady enough');
    expect(result.effects).toEqual([
      { type: 'answer', stepId: 'note', value: 'steady enough' },
      { type: 'journal', stepId: 'note', prompt: 'Write a short note about feeling calm.', text: 'steady enough' },
      { type: 'offer-reminders' },
      { type: 'finished', suggest: ['demo-next'] },
    ]);
    expect(result.view).toEqual({
      stepId: 'high',
      type: 'end',
      texts: ['Well done.'],
      expects: 'none',
      end: { suggest: ['demo-next'], offerReminders: true },
    });
    expect(result.route.map(edgeKey)).toEqual(['note -next-> score', 'score -branch:0-> high']);
  });

  it('takes the otherwise branch on a low score and escapes typed HTML', () => {
    const result = run(demo, [tap('bad'), done, text('<b>me</b> & co')]);
    expect(result.view.stepId).toBe('low');
    expect(result.view.texts).toEqual(['Score -1. Your note: &lt;b&gt;me&lt;/b&gt; &amp; co']);
    expect(result.effects).toEqual([
      { type: 'answer', stepId: 'note', value: '<b>me</b> & co' },
      { type: 'journal', stepId: 'note', prompt: 'Write a short note about feeling tense.', text: '<b>me</b> & co' },
      { type: 'finished', suggest: [] },
    ]);
  });

  it('lets a skip button move on without an answer', async () => {
    const scenario = await loadScenarioFile('scenarios/what-am-i-holding.yaml');
    const atSteer = startRun(scenario);
    expect(atSteer.view.keyboard).toEqual([[{ label: 'Skip this one', action: { kind: 'tap', optionId: 'skip' } }]]);
    expect(atSteer.view.maxLength).toBe(1000);
    const skipped = run(scenario, [tap('skip')], atSteer.state);
    expect(skipped.effects).toEqual([]);
    expect(skipped.state.stepId).toBe('how');
    expect(skipped.route.map(edgeKey)).toEqual(['steer -skip-> how']);
  });
});

describe('end', () => {
  it('refuses any further input', () => {
    const finished = run(demo, [tap('meh'), done, text('ok')]);
    expect(apply(demo, finished.state, text('more'))).toMatchObject({ ok: false, reason: 'unexpected-input' });
  });
});

describe('resume and view', () => {
  it('shows the current step again, keeping half-ticked checklists', () => {
    const state = run(demo, [tap('good'), toggle('a')]).state;
    const resumed = resume(demo, state);
    expect(resumed).toMatchObject({ changed: false, state, effects: [], route: [] });
    expect(resumed.changed ? [] : resumed.view.keyboard?.[0]).toEqual([{ label: '☑ Alpha', action: { kind: 'toggle', itemId: 'a' } }]);
    expect(view(demo, state)).toEqual(resumed.changed ? undefined : resumed.view);
  });

  it('reports a change when the step was removed by an edit', () => {
    const state = run(demo, [tap('good'), done]).state;
    const edited: Scenario = {
      ...demo,
      steps: demo.steps
        .filter((s) => s.id !== 'note')
        .map((s) => (s.type === 'checklist' ? { ...s, branches: [], otherwise: 'score' } : s)),
    };
    expect(resume(edited, state)).toEqual({ changed: true, reason: 'step-removed' });
    expect(apply(edited, state, text('hi'))).toMatchObject({ ok: false, reason: 'changed' });
    expect(() => view(edited, state)).toThrow(EngineError);
    expect(resume(demo, { ...state, scenarioId: 'other' })).toEqual({ changed: true, reason: 'other-scenario' });
  });

  it('moves on when the resting step became a message', () => {
    const edited: Scenario = {
      ...demo,
      steps: demo.steps.map((s) => (s.id === 'mood' ? { type: 'message', id: 'mood', text: 'Now a message.', next: 'habits' } : s)),
    };
    const resumed = resume(edited, startRun(demo).state);
    expect(resumed).toMatchObject({ changed: false, state: { stepId: 'habits' } });
    expect(resumed.changed ? [] : resumed.view.texts).toEqual(['Now a message.', 'Tick what applies.']);
  });

  it('never mutates the state it was given', () => {
    const state = startRun(demo).state;
    const copy = structuredClone(state);
    run(demo, [tap('good'), toggle('a'), toggle('c'), done, text('fine')], state);
    expect(state).toEqual(copy);
  });
});

describe('invariants', () => {
  it('throws EngineError on a silent loop the loader would have refused', () => {
    const looping: Scenario = {
      id: 'loop',
      title: 'Loop',
      summary: 'Loops.',
      order: 1,
      start: 'a',
      vars: {},
      steps: [
        { type: 'message', id: 'a', text: 'A', next: 'b' },
        { type: 'branch', id: 'b', branches: [], otherwise: 'a' },
      ],
    };
    expect(() => startRun(looping)).toThrow(/loop without asking anything/);
  });
});

describe('what the person reads back', () => {
  const reflective = scenarioFrom({
    start: 'say',
    steps: {
      say: { type: 'text', prompt: 'What would you send?', saveAs: 'draft', next: 'afraid' },
      afraid: {
        type: 'choice',
        text: 'Have you felt afraid of them?',
        options: [
          { id: 'yes', label: 'Yes, sometimes', next: 'safe' },
          { id: 'no', label: 'No', next: 'echo' },
        ],
      },
      safe: { type: 'message', text: 'You deserve to be safe.', helplines: 'domestic-abuse', next: 'echo' },
      echo: { type: 'end', text: 'You wrote: <i>{draft}</i>' },
    },
  });

  it('repeats a long answer only in part, cut at a word', () => {
    const long = `I miss you ${'so '.repeat(80)}much and I keep thinking about the summer we had`;
    const result = run(reflective, [text(long), tap('no')]);
    const echoed = result.view.texts.at(-1)!;
    expect(echoed).toMatch(/^You wrote: <i>I miss you so so .*…<\/i>$/);
    expect(echoed.length).toBeLessThan(`You wrote: <i></i>`.length + SHOWN_CHARS + 1);
    expect(shorten('short and sweet')).toBe('short and sweet');
  });

  it('puts the helplines a step asks for right after its text', () => {
    const result = run(reflective, [text('hi'), tap('yes')]);
    expect(result.view.texts).toEqual(['You deserve to be safe.', 'You wrote: <i>hi</i>']);
    expect(result.view.helplines).toEqual([{ after: 0, kind: 'domestic-abuse' }]);
  });

  it('names the tapped answer in words, to keep it visible on the question', () => {
    expect(answerLabel(reflective, 'afraid', { kind: 'tap', optionId: 'yes' }, {})).toBe('Yes, sometimes');
    expect(answerLabel(reflective, 'afraid', { kind: 'tap', optionId: 'gone' }, {})).toBeUndefined();
  });
});
