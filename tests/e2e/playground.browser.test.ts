import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Api } from 'grammy';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { startPlayground, type RunningPlayground } from '../../src/playground/start-playground.ts';
import { chromiumAvailable, launchChromium } from '../helpers/chromium.ts';

const SCREENSHOT = 'test-results/playground.png';

/**
 * The playground as a person uses it: real headless Chromium on the page, the real app
 * (grammY, database on PGlite) behind it, the emulator in between. Steps share one page and
 * run in order, like one visit.
 */
describe.skipIf(!chromiumAvailable())('the playground page in a browser', () => {
  let playground: RunningPlayground;
  let browser: Browser;
  let page: Page;
  let scenariosDir: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    // A copy of the real scenarios, so the test can edit one as an author would.
    scenariosDir = await mkdtemp(path.join(tmpdir(), 'letgo-scenarios-'));
    await cp('scenarios', scenariosDir, { recursive: true });
    const config = loadConfig({ DATA_DIR: 'memory://', PORT: '0', LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent' });
    playground = await startPlayground(config, { logger: createLogger(config.logLevel), scenariosDir });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(10_000); // a missing element fails with its locator, before the test's timeout
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(playground.url);
  });

  afterAll(async () => {
    if (page) {
      await mkdir('test-results', { recursive: true });
      await page.screenshot({ path: SCREENSHOT });
    }
    await browser?.close();
    await playground?.stop();
    await rm(scenariosDir, { recursive: true, force: true });
  });

  const botMessages = () => page.locator('#messages .message.from-bot');
  /** Taps the newest button with this label, as a person would. */
  const tap = (label: string) => page.locator('#messages .message.from-bot .inline-button', { hasText: label }).last().click();
  const seeBot = (text: string) => botMessages().filter({ hasText: text }).last().waitFor();
  const send = async (text: string) => {
    await page.fill('#text', text);
    await page.press('#text', 'Enter');
  };

  it('answers /start with the welcome, formatted from entities, and the menu as buttons', async () => {
    expect(await page.locator('#people .person').count()).toBe(1);
    const me = (await page.textContent('#current-person'))!;
    await send('/start');
    const welcome = botMessages().filter({ hasText: 'not therapy' });
    await welcome.waitFor();
    expect(await welcome.textContent()).toContain(`Hi ${me}`);
    // <i>…</i> in the bot's HTML arrives as an italic entity and is drawn as an element.
    expect(await welcome.locator('em').first().textContent()).toMatch(/self-help coach/);
    await page.locator('#messages .message.from-user', { hasText: '/start' }).waitFor();
    expect(await welcome.locator('.inline-button').count()).toBeGreaterThanOrEqual(3);
  });

  it('offers the bot\'s commands (from setMyCommands) as suggestions while typing /', async () => {
    await page.fill('#text', '/he');
    await page.locator('#suggestions li', { hasText: '/help' }).waitFor();
    await page.fill('#text', '');
  });

  it('walks a whole scenario by tapping its buttons', async () => {
    await tap('Pick a conversation');
    await seeBot('Each takes a few minutes');
    await tap('What letting go means');
    await seeBot('what does it sound like to you?');
    await tap('Some relief, honestly');
    await seeBot('Which of these is yours to steer?');
    // The bot edited the answered question to take its buttons away; the page shows that.
    const answered = botMessages().filter({ hasText: 'what does it sound like to you?' }).last();
    expect(await answered.locator('.inline-button').count()).toBe(0);
    expect(await answered.locator('.meta').textContent()).toContain('edited');
    await tap('How I reply to them');
    await seeBot('That one is fully yours');
    await seeBot('Today’s takeaway');
  });

  it('sets a daily reminder by tapping and typing', async () => {
    await send('/start');
    await tap('Daily reminders');
    await seeBot('Pick a time');
    await tap('08:30');
    await seeBot('Which city are you in?');
    await send('Berlin');
    await seeBot('Done: a reminder every day at 08:30, Berlin time');
  });

  it('"send my reminder now" goes through the dispatcher and the reminder arrives live', async () => {
    const checkins = page.locator('#messages .message.from-bot:has(.inline-button[data-callback-data^="rc:"])');
    expect(await checkins.count()).toBe(0);
    await page.click('#remind-now');
    await checkins.first().waitFor();
    await page.locator('#remind-status', { hasText: 'Sent to' }).waitFor();
    // Once a day, as for everyone: a second press says why nothing more was sent.
    await page.click('#remind-now');
    await page.locator('#remind-status', { hasText: 'already sent' }).waitFor();
    expect(await checkins.count()).toBe(1);
  });

  it('shows what people type as text, never as markup', async () => {
    await send('<img src=x onerror="window.__owned=1"> <b>not bold</b>');
    const mine = page.locator('#messages .message.from-user').last();
    await mine.filter({ hasText: '<b>not bold</b>' }).waitFor();
    expect(await mine.locator('img, b').count()).toBe(0);
    expect(await page.evaluate(() => (globalThis as { __owned?: number }).__owned)).toBeUndefined();
  });

  it('shows the typing indicator, and the bot editing and deleting its messages, live', async () => {
    const api = new Api(playground.emulator.token, { apiRoot: playground.emulator.apiRoot });
    const chatId = Number(await page.locator('#people .person.current').getAttribute('data-person-id'));
    await api.sendChatAction(chatId, 'typing');
    await page.locator('#bot-status.typing', { hasText: 'typing' }).waitFor();
    const sent = await api.sendMessage(chatId, 'Draft <u>one</u>', { parse_mode: 'HTML' });
    await page.locator(`[data-message-id="${sent.message_id}"] u`, { hasText: 'one' }).waitFor();
    expect(await page.textContent('#bot-status')).toBe('bot');
    await api.editMessageText(chatId, sent.message_id, 'Final <s>two</s>', { parse_mode: 'HTML' });
    await page.locator(`[data-message-id="${sent.message_id}"] s`, { hasText: 'two' }).waitFor();
    expect(await page.textContent(`[data-message-id="${sent.message_id}"] .meta`)).toContain('edited');
    await api.deleteMessage(chatId, sent.message_id);
    await page.locator(`[data-message-id="${sent.message_id}"]`).waitFor({ state: 'detached' });
  });

  it('adds a second person with their own, separate chat', async () => {
    const first = (await page.textContent('#current-person'))!;
    await page.fill('#person-name', 'Maya');
    await page.selectOption('#person-language', 'de');
    await page.click('#add-person button[type=submit]');
    await expect.poll(() => page.textContent('#current-person')).toBe('Maya');
    expect(await page.locator('#people .person').count()).toBe(2);
    expect(await page.locator('#messages .message').count()).toBe(0);

    await send('/start');
    await botMessages().filter({ hasText: 'Hi Maya' }).waitFor();
    await page.click('#remind-now');
    await page.locator('#remind-status', { hasText: 'Nothing sent to Maya' }).waitFor();
    expect(await page.locator('#messages', { hasText: `Hi ${first}` }).count()).toBe(0);

    await page.locator('#people .person', { hasText: first }).click();
    await botMessages().filter({ hasText: `Hi ${first}` }).first().waitFor();
    expect(await page.locator('#messages', { hasText: 'Hi Maya' }).count()).toBe(0);
    await page.locator('#people .person', { hasText: 'Maya' }).click();
    await botMessages().filter({ hasText: 'Hi Maya' }).waitFor();
  });

  it('draws each scenario\'s flowchart in the authors\' panel', async () => {
    await page.locator('#scenarios .scenario').first().waitFor();
    await page.locator('#scenarios .scenario .graph svg').first().waitFor({ timeout: 15_000 });
  });

  it('after an author edits a scenario file, a reload shows it and the bot restarts in place to use it', async () => {
    const file = path.join(scenariosDir, 'what-is-letting-go.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('title: What letting go means', 'title: What letting go is'));
    await page.reload();
    const card = page.locator('#scenarios .scenario[data-scenario-id="what-is-letting-go"]');
    await card.locator('summary', { hasText: 'What letting go is' }).locator('.badge').waitFor();
    await page.click('#restart-bot');
    await page.locator('#scenarios-banner').waitFor({ state: 'hidden' });
    expect(await card.locator('.badge').count()).toBe(0);
    expect(playground.app()?.deps.scenarios.get('what-is-letting-go')?.title).toBe('What letting go is');
    // The chats and the people are still there.
    await botMessages().filter({ hasText: 'Hi Maya' }).waitFor();
  });

  it('threw no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
