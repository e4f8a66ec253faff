import { describe, expect, it } from 'vitest';
import { encodeCallbackData, parseCallbackData, WIDEST_RUN_ID, type ButtonAction } from '../../../src/scenarios/callback-data.ts';

describe('callback data', () => {
  const actions: ButtonAction[] = [{ kind: 'tap', optionId: 'let-go' }, { kind: 'toggle', itemId: 'drunk' }, { kind: 'done' }];

  it.each(actions)('round-trips %o', (action) => {
    const data = encodeCallbackData(42, 'habits', action);
    expect(parseCallbackData(data)).toEqual({ runId: 42, stepId: 'habits', action });
  });

  it('uses the documented format', () => {
    expect(actions.map((a) => encodeCallbackData(7, 'q1', a))).toEqual(['sc:7:q1:let-go', 'sc:7:q1:t:drunk', 'sc:7:q1:*']);
  });

  it('fits 64 bytes in the worst case the schema allows for choices', () => {
    const data = encodeCallbackData(WIDEST_RUN_ID, 'a'.repeat(20), { kind: 'tap', optionId: 'b'.repeat(12) });
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
    expect(parseCallbackData(data)?.runId).toBe(WIDEST_RUN_ID);
  });

  it.each(['', 'sc:1:q1', 'sc:0:q1:x', 'sc:12345678901:q1:x', 'sc:1:Q1:x', 'sc:1:q1:t:', 'xx:1:q1:x', 'sc:1:q1:x:y', `sc:1:q1:${'x'.repeat(70)}`])(
    'ignores forged data %j',
    (data) => {
      expect(parseCallbackData(data)).toBeUndefined();
    },
  );
});
