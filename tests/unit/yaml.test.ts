import { describe, expect, it } from 'vitest';
import { readYaml } from '../../src/yaml.ts';

describe('reading content files', () => {
  it('reads YAML 1.2 core data: dates and yes/no stay text', () => {
    expect(readYaml('checked: 2026-12-02\nanswer: yes\ncount: 3\n')).toEqual({ checked: '2026-12-02', answer: 'yes', count: 3 });
  });

  it('names problem, line and column in one line', () => {
    expect(() => readYaml('a: 1\na: 2\n')).toThrow(/^duplicated mapping key at line 2, column 1$/);
    expect(() => readYaml('a:\n  b: 1\n   c: 2\n')).toThrow(/at line 3, column \d+$/);
  });

  it('names a problem without a place, such as two documents in one file', () => {
    expect(() => readYaml('a: 1\n---\nb: 2\n')).toThrow(/^expected a single document in the stream, but found more$/);
  });
});
