import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/bot/commands.ts';
import { findUser } from '../../src/db/users.repository.ts';
import { startTestBot, type TestBot } from '../helpers/app.ts';
import { handled, waitFor } from '../helpers/wait.ts';

describe('the bot against the Bot API emulator', () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await startTestBot();
  });
  afterAll(() => t.close());

  it('registers every command with setMyCommands at start-up', () => {
    expect(t.emulator.commands().map((c) => c.command)).toEqual([...COMMANDS]);
  });

  it('answers /start within 2 seconds with a welcome, the disclaimer and the menu', async () => {
    const ann = t.emulator.user(1001, { first_name: 'Ann', language_code: 'en' });
    const started = Date.now();
    ann.sendText('/start');
    const reply = await ann.waitForBotMessage({ timeoutMs: 2_000 });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(reply.text).toContain('Ann');
    expect(reply.text).toMatch(/not therapy/i);
    expect(reply.text).toMatch(/emergency/i);
    const labels = JSON.stringify(reply.reply_markup);
    expect(labels).toContain('menu:scenarios');
    const stored = await findUser(t.app.deps.db, 1001);
    expect(stored).toMatchObject({ first_name: 'Ann', language_code: 'en' });
  });

  it('/help lists every command, /remind and /scenarios among them', async () => {
    const bo = t.emulator.user(1002);
    bo.sendText('/help');
    const reply = await bo.waitForBotMessage();
    for (const c of COMMANDS) expect(reply.text).toContain(`/${c}`);
    expect(reply.text).toContain('/remind');
    expect(reply.text).toContain('/scenarios');
  });

  it('the Help button of the menu answers the tap and shows help', async () => {
    const cy = t.emulator.user(1003);
    cy.sendText('/start');
    await cy.waitForBotMessage();
    cy.pressButton('Help');
    const reply = await cy.waitForBotMessage();
    expect(reply.text).toContain('/remind');
    await t.emulator.waitForCall('answerCallbackQuery');
  });

  it('answers an unknown command helpfully', async () => {
    const di = t.emulator.user(1004);
    di.sendText('/fly_me_to_the_moon');
    const reply = await di.waitForBotMessage();
    expect(reply.text).toContain("I don't know /fly_me_to_the_moon");
    expect(reply.text).toContain('/help');
  });

  it.each(['sticker', 'photo', 'voice'] as const)('answers a %s with what it can read', async (kind) => {
    const user = t.emulator.user(1100 + kind.length);
    if (kind === 'sticker') user.sendSticker();
    if (kind === 'photo') user.sendPhoto();
    if (kind === 'voice') user.sendVoice();
    const reply = await user.waitForBotMessage();
    expect(reply.text).toMatch(/only words and button taps/i);
  });

  it('survives a message of the largest size Telegram allows', async () => {
    const ed = t.emulator.user(1005);
    ed.sendText('x'.repeat(4096));
    const reply = await ed.waitForBotMessage();
    expect(reply.text).toBeTruthy();
    ed.sendText('/help');
    expect((await ed.waitForBotMessage()).text).toContain('/start');
  });

  it('says once in a group that it works in private chats, then stays quiet there', async () => {
    const fi = t.emulator.user(1006);
    const group = { id: -100_500, title: 'Friends' };
    fi.sendText('/start', { chat: group });
    const reply = await t.emulator.waitForBotMessage(group.id);
    expect(reply.text).toMatch(/private chats/i);
    expect(reply.text).toContain(`@${t.emulator.me.username}`);
    fi.sendText('/help', { chat: group });
    const last = fi.sendText('hello?', { chat: group });
    // The private chat still works; the group's last update is handled without a word.
    fi.sendText('/help');
    await fi.waitForBotMessage();
    await handled(t.app.deps.db, last);
    expect(t.emulator.transcript(group.id).filter((m) => m.from === 'bot')).toHaveLength(1);
    expect(await findUser(t.app.deps.db, 1006)).toBeDefined();
  });

  it('keeps going when Telegram answers 403 while replying, and records the block', async () => {
    const gus = t.emulator.user(1007);
    t.emulator.faults.add({ method: 'sendMessage', chatId: 1007, errorCode: 403, times: 1 });
    gus.sendText('/help');
    await t.emulator.waitForCall('sendMessage', (p) => Number(p.chat_id) === 1007);
    await waitFor(async () => (await findUser(t.app.deps.db, 1007))?.blocked_at != null);
    // Another person is served as usual.
    const hal = t.emulator.user(1008);
    hal.sendText('/help');
    expect((await hal.waitForBotMessage()).text).toContain('/start');
    // And when the blocked person writes again, they are back.
    gus.sendText('/help');
    expect((await gus.waitForBotMessage()).text).toContain('/start');
    expect((await findUser(t.app.deps.db, 1007))?.blocked_at).toBeNull();
  });

  it('records a block from my_chat_member and the return', async () => {
    const ida = t.emulator.user(1009);
    ida.sendText('/help');
    await ida.waitForBotMessage();
    ida.blockBot();
    await waitFor(async () => (await findUser(t.app.deps.db, 1009))?.blocked_at != null);
    ida.unblockBot();
    await waitFor(async () => (await findUser(t.app.deps.db, 1009))?.blocked_at === null);
  });

  it('retries a 5xx once and answers exactly once', async () => {
    const jo = t.emulator.user(1010);
    t.emulator.faults.add({ method: 'sendMessage', chatId: 1010, errorCode: 502, times: 1 });
    const help = jo.sendText('/help');
    await jo.waitForBotMessage();
    await handled(t.app.deps.db, help);
    expect(jo.transcript().filter((m) => m.from === 'bot')).toHaveLength(1);
  });

  it('/stop opts out and /start opts back in', async () => {
    const kim = t.emulator.user(1011);
    kim.sendText('/stop');
    expect((await kim.waitForBotMessage()).text).toMatch(/will not send you anything/);
    expect((await findUser(t.app.deps.db, 1011))?.stopped_at).toBeInstanceOf(Date);
    kim.sendText('/start');
    const [, back] = await kim.waitForBotMessage({ count: 2 });
    expect(back!.text).toMatch(/welcome back/i);
    expect((await findUser(t.app.deps.db, 1011))?.stopped_at).toBeNull();
  });

  it('answers a button nobody handles any more gently', async () => {
    const lou = t.emulator.user(1012);
    lou.sendText('/start');
    const menu = await lou.waitForBotMessage();
    lou.pressRaw(menu.message_id, 'zz:forged:data');
    const call = await t.emulator.waitForCall('answerCallbackQuery', (p) => String(p.text ?? '').includes('ended'));
    expect(call.params.text).toMatch(/has ended/);
  });

  it('reports healthy at /healthz', async () => {
    const res = await fetch(`${t.app.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'up' });
  });
});
