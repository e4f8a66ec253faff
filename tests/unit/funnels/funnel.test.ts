import { describe, expect, it } from 'vitest';
import { funnelTally, median, walkRun, type RunTrace, type TracedAnswer } from '../../../src/funnels/funnel.ts';
import { loadScenarioFile } from '../../../src/scenarios/loader.ts';
import { scenarioFrom } from '../scenarios/helpers.ts';

const walk = await loadScenarioFile('tests/fixtures/scenarios/funnels/walk.yaml');
const T0 = new Date('2026-12-01T10:00:00Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const answer = (stepId: string, value: TracedAnswer['value'], seconds: number): TracedAnswer => ({ stepId, value, at: at(seconds) });
const trace = (t: Partial<RunTrace> & Pick<RunTrace, 'stepId'>): RunTrace => ({ status: 'active', startedAt: T0, endedAt: null, answers: [], ...t });

describe('walkRun: the steps a run came to', () => {
  it('recovers the message and branch steps passed, and times each answered step from the move before', () => {
    const run = trace({
      status: 'finished',
      stepId: 'good-end',
      endedAt: at(360),
      answers: [answer('mood', 'ok', 60), answer('list', ['a', 'b'], 180), answer('note', null, 360)],
    });
    expect(walkRun(walk, run)).toEqual({
      replayed: true,
      visits: [
        { stepId: 'hello', passed: true, movedOn: true },
        { stepId: 'mood', passed: false, movedOn: true, seconds: 60 },
        { stepId: 'list', passed: false, movedOn: true, seconds: 120 },
        { stepId: 'many', passed: true, movedOn: true },
        { stepId: 'note', passed: false, movedOn: true, seconds: 180 },
        { stepId: 'route', passed: true, movedOn: true },
        { stepId: 'good-end', passed: false, movedOn: false },
      ],
    });
  });

  it('finds a skipped text step between two answers, and leaves both untimed (a skip saves no time)', () => {
    const run = trace({ stepId: 'note', answers: [answer('mood', 'low', 120), answer('list', ['b'], 300)] });
    expect(walkRun(walk, run).visits).toEqual([
      { stepId: 'hello', passed: true, movedOn: true },
      { stepId: 'mood', passed: false, movedOn: true, seconds: 120 },
      { stepId: 'why', passed: false, movedOn: true },
      { stepId: 'list', passed: false, movedOn: true },
      { stepId: 'note', passed: false, movedOn: false },
    ]);
  });

  it('times a skip onto the end by the end of the run', () => {
    const scenario = scenarioFrom({
      start: 'ask',
      steps: {
        ask: { type: 'text', prompt: 'Anything?', skipLabel: 'No', next: 'bye' },
        bye: { type: 'message', text: 'Thanks.', next: 'done' },
        done: { type: 'end', text: 'Done.' },
      },
    });
    const run = trace({ status: 'finished', stepId: 'done', endedAt: at(45) });
    expect(walkRun(scenario, run).visits).toEqual([
      { stepId: 'ask', passed: false, movedOn: true, seconds: 45 },
      { stepId: 'bye', passed: true, movedOn: true },
      { stepId: 'done', passed: false, movedOn: false },
    ]);
  });

  it('counts a run the file no longer fits only where it is known to have been', () => {
    // Rests on a step that is gone, after an answer that leads elsewhere now.
    const run = trace({ status: 'changed', stepId: 'gone', answers: [answer('mood', 'ok', 30), answer('old-step', 'x', 40)] });
    expect(walkRun(walk, run)).toEqual({ replayed: false, visits: [{ stepId: 'mood', passed: false, movedOn: true }] });
    // An option that no longer exists is no fit either.
    expect(walkRun(walk, trace({ stepId: 'list', answers: [answer('mood', 'meh', 30)] })).replayed).toBe(false);
  });

  it('counts runs of a draft the engine cannot walk (a missing step) where they are known to have been', () => {
    const draft = scenarioFrom({ start: 'hi', steps: { hi: { type: 'message', text: 'Hi.', next: 'missing' }, q: { type: 'end', text: 'Bye.' } } });
    expect(walkRun(draft, trace({ stepId: 'q' }))).toEqual({ replayed: false, visits: [{ stepId: 'q', passed: false, movedOn: false }] });
  });
});

describe('funnelTally', () => {
  it('counts runs per step (reached, moved on, left there) with median times, every step in file order', () => {
    const tally = funnelTally(walk);
    tally.add(trace({ status: 'finished', stepId: 'good-end', endedAt: at(360), answers: [answer('mood', 'ok', 60), answer('list', ['a', 'b'], 180), answer('note', null, 360)] }));
    tally.add(trace({ status: 'expired', stepId: 'why', answers: [answer('mood', 'low', 30)] }));
    tally.add(trace({ status: 'cancelled', stepId: 'mood' }));
    tally.add(trace({ stepId: 'list', answers: [answer('mood', 'ok', 90)] }));
    const result = tally.result();
    expect(result).toMatchObject({ id: 'walk', started: 4, finished: 1, replayed: 4 });
    expect(result.steps.map((s) => [s.stepId, s.reached, s.movedOn, s.leftThere, s.medianSeconds, s.timed])).toEqual([
      ['hello', 4, 4, 0, 0, 0],
      ['mood', 4, 3, 1, 60, 3],
      ['why', 1, 0, 1, 0, 0],
      ['list', 2, 1, 0, 120, 1],
      ['many', 1, 1, 0, 0, 0],
      ['note', 1, 1, 0, 180, 1],
      ['route', 1, 1, 0, 0, 0],
      ['good-end', 1, 0, 0, 0, 0],
      ['low-end', 0, 0, 0, 0, 0],
    ]);
  });

  it('counts a run that comes back to a step once', () => {
    const scenario = scenarioFrom({
      start: 'q',
      steps: {
        q: { type: 'choice', text: 'Again?', options: [{ id: 'again', label: 'Again', next: 'q' }, { id: 'stop', label: 'Stop', next: 'end' }] },
        end: { type: 'end', text: 'Bye.' },
      },
    });
    const tally = funnelTally(scenario);
    tally.add(trace({ status: 'finished', stepId: 'end', answers: [answer('q', 'again', 10), answer('q', 'again', 30), answer('q', 'stop', 60)] }));
    expect(tally.result().steps[0]).toEqual({ stepId: 'q', reached: 1, movedOn: 1, leftThere: 0, medianSeconds: 20, timed: 3 });
  });
});

describe('median', () => {
  it('is the middle value, or the mean of the two middle ones', () => {
    expect(median([])).toBeUndefined();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
