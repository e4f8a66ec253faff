import { Bot, GrammyError, HttpError, InlineKeyboard } from 'grammy';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../src/index.ts';

/** A grammY bot pointed at the emulator, polling with a short timeout so stop() is quick. */
function pollingBot(emulator: Emulator): { bot: Bot; finished: Promise<void> } {
  const bot = new Bot(emulator.token, { client: { apiRoot: emulator.apiRoot } });
  bot.command('start', (ctx) =>
    ctx.reply('Welcome. <b>Ready?</b>', {
      parse_mode: 'HTML',
      reply_markup: new InlineKeyboard().text('Yes', 'ready:yes').text('Not now', 'ready:no'),
    }),
  );
  bot.callbackQuery(/^ready:(yes|no)$/, async (ctx) => {
    await ctx.answerCallbackQuery({ text: 'noted' });
    await ctx.editMessageText(ctx.match[1] === 'yes' ? 'Great, let us begin.' : 'Whenever you like.');
  });
  bot.on('message:text', (ctx) => ctx.reply(`You said: ${ctx.message.text}`));
  let running: Promise<void> = Promise.resolve();
  const finished = new Promise<void>((resolve) => {
    running = bot.start({ timeout: 10, onStart: () => resolve() });
  });
  return { bot, finished: finished.then(() => running) };
}

describe('emulator with a real grammY bot (long polling over HTTP)', () => {
  let emulator: Emulator;
  beforeEach(async () => {
    emulator = await createEmulator();
  });
  afterEach(() => emulator.close());

  it('answers a text message end to end, and bot.stop() ends polling', async () => {
    const bot = new Bot(emulator.token, { client: { apiRoot: emulator.apiRoot } });
    bot.on('message:text', (ctx) => ctx.reply(`echo: ${ctx.message.text}`));
    const polling = bot.start({ timeout: 10 });

    const alice = emulator.user(42, { first_name: 'Alice' });
    alice.sendText('hello');
    const reply = await alice.waitForBotMessage();
    expect(reply).toMatchObject({ from: 'bot', kind: 'text', text: 'echo: hello', message_id: 2 });

    await bot.stop();
    await polling;
    expect(bot.isRunning()).toBe(false);
    // stop() confirmed the handled update: nothing is left for the next start.
    expect(emulator.pendingUpdates()).toEqual([]);
    expect(emulator.transcript(42).map((m) => [m.from, m.text])).toEqual([
      ['user', 'hello'],
      ['bot', 'echo: hello'],
    ]);
  });

  it('runs commands, renders HTML, presses a button by label and reflects the edit', async () => {
    const { bot, finished } = pollingBot(emulator);
    const bob = emulator.user(7, { first_name: 'Bob' });

    bob.sendText('/start');
    const welcome = await bob.waitForBotMessage();
    expect(welcome.text).toBe('Welcome. Ready?');
    expect(welcome.entities).toEqual([{ type: 'bold', offset: 9, length: 6 }]);
    expect(welcome.parse_mode).toBe('HTML');

    const press = bob.pressButton('Yes');
    expect(press.callback_query?.data).toBe('ready:yes');
    const edited = await bob.waitForEdit({ messageId: welcome.message_id });
    expect(edited).toMatchObject({ text: 'Great, let us begin.', edited: true });
    // Telegram drops the inline keyboard when an edit does not repeat it.
    expect(edited.reply_markup).toBeUndefined();
    const answer = await emulator.waitForCall('answerCallbackQuery', (p) => p.callback_query_id === press.callback_query?.id);
    expect(answer.response).toEqual({ ok: true, result: true });
    expect(emulator.transcript(7).find((m) => m.message_id === welcome.message_id)?.text).toBe('Great, let us begin.');

    await bot.stop();
    await finished;
  });

  it('never misses a fast answer: the wait starts after the reply may already be there', async () => {
    const { bot, finished } = pollingBot(emulator);
    const carol = emulator.user(8);
    for (const text of ['one', 'two', 'three']) {
      carol.sendText(text);
      // Let the bot answer before anyone waits, the case that races in naive designs.
      await emulator.waitForCall('sendMessage', (p) => p.text === `You said: ${text}`);
      expect((await carol.waitForBotMessage()).text).toBe(`You said: ${text}`);
    }
    await bot.stop();
    await finished;
  });

  it('rejects a wait with the recent transcript when the bot stays silent', async () => {
    emulator.user(11).sendText('anyone?');
    await expect(emulator.waitForBotMessage(11, { timeoutMs: 50 })).rejects.toThrow(/timed out after 50 ms[\s\S]*#1 user: anyone\?/);
  });

  it('carries faults into grammY errors: 429 retry_after, 403, 500 and a network error', async () => {
    const bot = new Bot(emulator.token, { client: { apiRoot: emulator.apiRoot } });
    emulator.user(42).sendText('hi');
    emulator.faults.add({ method: 'sendMessage', errorCode: 429, retryAfter: 3 });
    emulator.faults.add({ method: 'sendMessage', errorCode: 403 });
    emulator.faults.add({ method: 'sendMessage', errorCode: 500 });
    emulator.faults.add({ method: 'sendMessage', errorCode: 0, networkError: true });

    const tooMany = await bot.api.sendMessage(42, 'x').catch((e: unknown) => e);
    expect(tooMany).toBeInstanceOf(GrammyError);
    expect(tooMany).toMatchObject({ error_code: 429, description: 'Too Many Requests: retry after 3', parameters: { retry_after: 3 } });

    const blocked = await bot.api.sendMessage(42, 'x').catch((e: unknown) => e);
    expect(blocked).toMatchObject({ error_code: 403, description: 'Forbidden: bot was blocked by the user' });

    const internal = await bot.api.sendMessage(42, 'x').catch((e: unknown) => e);
    expect(internal).toMatchObject({ error_code: 500, description: 'Internal Server Error' });

    const network = await bot.api.sendMessage(42, 'x').catch((e: unknown) => e);
    expect(network).toBeInstanceOf(HttpError);

    // Faults are used up: the next call goes through, and only it reached the chat.
    await expect(bot.api.sendMessage(42, 'finally')).resolves.toMatchObject({ text: 'finally' });
    expect(emulator.transcript(42).filter((m) => m.from === 'bot').map((m) => m.text)).toEqual(['finally']);
    expect(emulator.stats()).toMatchObject({ tooManyRequests: 1, errors: { 403: 1, 429: 1, 500: 1 } });
  });

  it('stores commands from setMyCommands per scope and language', async () => {
    const bot = new Bot(emulator.token, { client: { apiRoot: emulator.apiRoot } });
    await bot.api.setMyCommands([{ command: 'start', description: 'Begin' }]);
    await bot.api.setMyCommands([{ command: 'start', description: 'Beginnen' }], { language_code: 'de' });
    await bot.api.setMyCommands([{ command: 'help', description: 'Help' }], { scope: { type: 'all_private_chats' } });
    expect(emulator.commands()).toEqual([{ command: 'start', description: 'Begin' }]);
    expect(emulator.commands({ language_code: 'de' })).toEqual([{ command: 'start', description: 'Beginnen' }]);
    expect(await bot.api.getMyCommands({ scope: { type: 'all_private_chats' } })).toEqual([{ command: 'help', description: 'Help' }]);
    await bot.api.deleteMyCommands();
    expect(emulator.commands()).toEqual([]);
    await expect(bot.api.setMyCommands([{ command: 'Bad-Name', description: 'x' }])).rejects.toMatchObject({
      error_code: 400,
      description: 'Bad Request: BOT_COMMAND_INVALID',
    });
  });
});
