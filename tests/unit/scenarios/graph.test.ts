import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedScenario } from '../../../src/scenarios/catalog.ts';
import { edgeKey, edges, escapeMermaid, toMermaid } from '../../../src/scenarios/graph.ts';
import { loadScenarioFile } from '../../../src/scenarios/loader.ts';
import { FIXTURES, scenarioFrom } from './helpers.ts';

let demo: LoadedScenario;
beforeAll(async () => {
  demo = await loadScenarioFile(`${FIXTURES}/valid/demo.yaml`);
});

describe('edges', () => {
  it('lists every way from step to step, with how it is taken', () => {
    expect(edges(demo).map(edgeKey)).toEqual([
      'hello -next-> welcome',
      'welcome -next-> mood',
      'mood -option:good-> habits',
      'mood -option:bad-> habits',
      'mood -option:meh-> habits',
      'habits -branch:0-> many',
      'habits -branch:1-> gamma',
      'habits -otherwise-> note',
      'many -next-> note',
      'gamma -next-> note',
      'note -next-> score',
      'score -branch:0-> high',
      'score -otherwise-> low',
    ]);
    expect(edges(demo)[5]).toEqual({ from: 'habits', to: 'many', via: { kind: 'branch', index: 0, label: '≥ 2 ticked' } });
  });
});

describe('toMermaid', () => {
  it('draws a flowchart with shaped nodes and labelled edges', () => {
    const chart = toMermaid(demo);
    expect(chart.split('\n').slice(0, 3)).toEqual([
      'flowchart TD',
      '  %% demo: Demo',
      '  s_hello["hello (message): Hello there."]',
    ]);
    expect(chart).toContain('  s_mood{"mood (choice): How are you?"}');
    expect(chart).toContain('  s_note[/"note (text): Write a short note about feeling #123;feeli…"/]');
    expect(chart).toContain('  s_high(["high (end): Well done."])');
    expect(chart).toContain('  s_mood -->|"Not great"| s_habits');
    expect(chart).toContain('  s_score -->|"score ≥ 2"| s_high');
    expect(chart).toContain('  s_score -->|"otherwise"| s_low');
    expect(chart).toContain('  s_hello --> s_welcome');
  });

  it('escapes labels and draws missing steps in red', () => {
    const scenario = scenarioFrom({
      start: 'a',
      steps: {
        a: { type: 'choice', text: 'Say "hi" &lt;3', options: [{ id: 'x', label: 'A|B "C" #1', next: 'gone' }] },
      },
    });
    const chart = toMermaid(scenario);
    expect(chart).toContain('s_a{"a (choice): Say #quot;hi#quot; #lt;3"}');
    expect(chart).toContain('s_a -->|"A#124;B #quot;C#quot; #35;1"| s_gone');
    expect(chart).toContain('s_gone["gone (missing)"]');
    expect(chart).toContain('style s_gone fill:#fdd,stroke:#c00');
    expect(escapeMermaid('a\n  b')).toBe('a b');
  });
});
