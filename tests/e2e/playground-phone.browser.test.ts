import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { openPlayground, type RunningPlayground } from '../../src/playground/start-playground.ts';
import { axeViolations, chromiumAvailable, launchChromium, overflowsSideways, screenshotPath } from '../helpers/chromium.ts';

/**
 * The playground on a phone (390×844), from the first second: the page is up while the bot
 * still starts (held here until the test lets it go, as a slow first run would), and what
 * the person types meanwhile is answered once it is ready. Steps share one page, in order.
 */
describe.skipIf(!chromiumAvailable())('the playground page on a phone, 390×844', () => {
  let playground: RunningPlayground;
  let browser: Browser;
  let page: Page;
  let letTheBotStart: () => void;
  let scenariosDir: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    // The scenarios in English only: the page is under test here, not the translations.
    scenariosDir = await mkdtemp(path.join(tmpdir(), 'letgo-scenarios-'));
    await cp('scenarios', scenariosDir, { recursive: true, filter: (from) => !from.includes(`${path.sep}translations`) });
    const config = loadConfig({ DATA_DIR: 'memory://', PORT: '0', LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent' });
    const held = new Promise<void>((resolve) => (letTheBotStart = resolve));
    playground = await openPlayground(config, { logger: createLogger(config.logLevel), scenariosDir, botStartsAfter: held });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(playground.url);
  });

  afterAll(async () => {
    letTheBotStart?.();
    if (page) {
      await mkdir('test-results', { recursive: true });
      await page.screenshot({ path: 'test-results/playground-phone-last.png' });
    }
    await browser?.close();
    await playground?.stop();
    await rm(scenariosDir, { recursive: true, force: true });
  });

  const botMessages = () => page.locator('#messages .message.from-bot');
  const tap = (label: string) => page.locator('#messages .message.from-bot .inline-button', { hasText: label }).last().tap();
  const seeBot = (text: string) => botMessages().filter({ hasText: text }).last().waitFor();
  const send = async (text: string) => {
    await page.fill('#text', text);
    await page.press('#text', 'Enter');
  };
  const focusedId = () => page.locator(':focus').getAttribute('id');
  const sheet = { waitFor: (opts?: { state?: 'visible' | 'hidden' }) => page.locator('#authors').waitFor(opts), boundingBox: () => page.locator('#authors').boundingBox() };
  const openSheet = async () => {
    await page.tap('#toggle-authors');
    await sheet.waitFor();
    expect(await page.getAttribute('#toggle-authors', 'aria-expanded')).toBe('true');
  };

  it('says "starting…" while the bot starts, and answers what was typed meanwhile once it is ready', async () => {
    await page.locator('#starting').waitFor();
    expect(await page.textContent('#bot-status')).toBe('starting…');
    expect(await focusedId()).toBe('text');
    expect(await axeViolations(page)).toEqual([]); // the empty chat, starting
    await send('/start');
    await page.locator('#messages .message.from-user', { hasText: '/start' }).waitFor();
    expect(playground.app()).toBeUndefined();
    expect(await botMessages().count()).toBe(0);

    letTheBotStart();
    await playground.ready;
    await botMessages().filter({ hasText: 'not therapy' }).waitFor({ timeout: 30_000 });
    await page.locator('#starting').waitFor({ state: 'hidden' });
    expect(await page.textContent('#bot-status')).toBe('bot');
  }, 120_000); // the bot's start (database, migrations) is part of this test

  it('fits the screen: no sideways scroll at 390 or 320 px, the people list folded away', async () => {
    expect(await overflowsSideways(page)).toBe(false);
    expect(await page.isVisible('#people')).toBe(false);
    expect(await page.isVisible('#add-person')).toBe(false);
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await overflowsSideways(page)).toBe(false);
    await page.setViewportSize({ width: 390, height: 844 });
  });

  it('chat with a keyboard: no serious axe violation', async () => {
    await page.locator('#messages .inline-button').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('unfolds the people to add someone, and folds them again', async () => {
    await page.tap('#toggle-people');
    expect(await page.getAttribute('#toggle-people', 'aria-expanded')).toBe('true');
    await page.locator('#add-person').waitFor();
    expect(await overflowsSideways(page)).toBe(false);
    await page.fill('#person-name', 'Sam');
    await page.tap('#add-person button[type=submit]');
    await expect.poll(() => page.textContent('#current-person')).toBe('Sam');
    expect(await page.isVisible('#people')).toBe(false);
    expect(await page.getAttribute('#toggle-people', 'aria-expanded')).toBe('false');
    expect(await page.textContent('#toggle-people')).toContain('Sam');
    expect(await axeViolations(page)).toEqual([]); // a new, empty chat
  });

  it('opens the authors\' sheet over the chat, and closes it with its button, Escape, or a tap outside', async () => {
    await openSheet();
    expect(await page.isVisible('#authors-backdrop')).toBe(true);
    expect(await focusedId()).toBe('close-authors');
    await page.locator('#scenarios .flow svg').first().waitFor({ timeout: 20_000 });
    expect(await overflowsSideways(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('playground-phone-authors.png') });

    await page.tap('#close-authors');
    await sheet.waitFor({ state: 'hidden' });
    expect(await focusedId()).toBe('toggle-authors');

    await openSheet();
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'hidden' });

    await openSheet();
    const box = (await sheet.boundingBox())!;
    expect(box.x).toBeGreaterThan(20); // room to tap beside it
    await page.touchscreen.tap(box.x / 2, 400);
    await sheet.waitFor({ state: 'hidden' });
    expect(await page.isVisible('#authors-backdrop')).toBe(false);
  });

  it('highlights the step the person is on, following their taps', async () => {
    await openSheet();
    await page.getByRole('button', { name: 'Start this scenario: What letting go means' }).tap();
    await sheet.waitFor({ state: 'hidden' }); // over the chat, it steps aside for the answer
    await seeBot('what does it sound like to you?');
    await openSheet();
    const card = page.locator('#scenarios .scenario[data-scenario-id="what-is-letting-go"]');
    await card.locator('.flow .node.current-step[data-step-id="sounds-like"]').waitFor();
    await page.locator('#where', { hasText: 'Sam is at step “sounds-like”' }).waitFor();
    await page.tap('#close-authors');

    await tap('Losing control');
    await seeBot('Which of these is yours to steer?');
    await openSheet();
    await card.locator('.flow .node.current-step[data-step-id="which-is-yours"]').waitFor();
    expect(await card.locator('.flow .node.current-step').count()).toBe(1);
    await page.tap('#close-authors');
    await page.screenshot({ path: screenshotPath('playground-phone.png') });
  });

  it('threw no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
