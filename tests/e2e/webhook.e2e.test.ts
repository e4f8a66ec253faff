import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../helpers/app.ts';
import { freePort } from '../helpers/ports.ts';
import { handled } from '../helpers/wait.ts';

const SECRET = 'letgo-test-secret_123';

describe('webhook mode', () => {
  let t: TestBot;
  let hookUrl: string;
  beforeAll(async () => {
    const port = await freePort();
    hookUrl = `http://127.0.0.1:${port}/telegram/hook-abc`;
    t = await startTestBot({ BOT_MODE: 'webhook', WEBHOOK_URL: hookUrl, WEBHOOK_SECRET: SECRET, PORT: String(port) });
  });
  afterAll(() => t.close());

  const post = (url: string, headers: Record<string, string> = {}) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({
        update_id: 999_001,
        message: {
          message_id: 1,
          date: 1,
          chat: { id: 2001, type: 'private' },
          from: { id: 2001, is_bot: false, first_name: 'Eve' },
          text: '/help',
          entities: [{ type: 'bot_command', offset: 0, length: 5 }],
        },
      }),
    });

  it('registers the webhook with its secret at start-up', () => {
    expect(t.emulator.webhookInfo().url).toBe(hookUrl);
    const call = t.emulator.calls('setWebhook')[0]!;
    expect(call.params.secret_token).toBe(SECRET);
  });

  it('answers updates Telegram posts with the right secret', async () => {
    const ann = t.emulator.user(2002, { first_name: 'Ann' });
    ann.sendText('/start');
    const reply = await ann.waitForBotMessage();
    expect(reply.text).toContain('Ann');
  });

  it('refuses a post without the secret or with a wrong one (401), and nothing is answered', async () => {
    // Eve has a chat with the bot (as on Telegram, the bot cannot write first).
    const eve = t.emulator.user(2001, { first_name: 'Eve' });
    await handled(t.app.deps.db, eve.sendText('/start'));
    const sends = () => t.emulator.calls('sendMessage').filter((c) => Number(c.params.chat_id) === 2001).length;
    const before = sends();
    expect((await post(hookUrl)).status).toBe(401);
    expect((await post(hookUrl, { 'X-Telegram-Bot-Api-Secret-Token': 'wrong' })).status).toBe(401);
    // The sentinel: the same update with the right secret is answered, and it is the only answer.
    expect((await post(hookUrl, { 'X-Telegram-Bot-Api-Secret-Token': SECRET })).status).toBe(200);
    await handled(t.app.deps.db, { update_id: 999_001 });
    expect(sends()).toBe(before + 1);
  });

  it('accepts updates only at the path of WEBHOOK_URL', async () => {
    const other = new URL('/telegram/other', hookUrl).toString();
    expect((await post(other, { 'X-Telegram-Bot-Api-Secret-Token': SECRET })).status).toBe(404);
    expect((await fetch(hookUrl)).status).toBe(405);
  });

  it('serves /healthz on the same port', async () => {
    const res = await fetch(new URL('/healthz', hookUrl));
    expect(res.status).toBe(200);
  });
});
