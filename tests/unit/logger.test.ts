import { GrammyError } from 'grammy';
import { describe, expect, it } from 'vitest';
import { withoutPayload } from '../../src/logger.ts';

describe('error logs', () => {
  it('keep what went wrong and drop what was being sent (it may hold a person’s words)', () => {
    const error = new GrammyError(
      "Call to 'sendMessage' failed!",
      { ok: false, error_code: 400, description: 'Bad Request: message is too long' },
      'sendMessage',
      { chat_id: 1, text: 'Here it is, as you wrote it: I miss you so much' },
    );
    const logged = JSON.stringify(withoutPayload(error));
    expect(logged).toContain('message is too long');
    expect(logged).toContain('sendMessage');
    expect(logged).not.toContain('I miss you');
  });
});
