import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { startPlayground, type RunningPlayground } from '../../src/playground/start-playground.ts';
import { axeViolations, chromiumAvailable, launchChromium } from '../helpers/chromium.ts';

/**
 * The authors' panel shows a scenario's texts in every language side by side, and marks a
 * translation that went stale when an author changed the English, as `scenarios:check` would.
 */
describe.skipIf(!chromiumAvailable())("a scenario's texts in every language, in the authors' panel", () => {
  let playground: RunningPlayground;
  let browser: Browser;
  let page: Page;
  let scenariosDir: string;

  beforeAll(async () => {
    scenariosDir = await mkdtemp(path.join(tmpdir(), 'letgo-scenarios-'));
    await cp('scenarios', scenariosDir, { recursive: true });
    const config = loadConfig({ DATA_DIR: 'memory://', PORT: '0', LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent' });
    playground = await startPlayground(config, { logger: createLogger(config.logLevel), scenariosDir });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(15_000);
    // The author rewrites one English sentence after the translations were made.
    const file = path.join(scenariosDir, 'stillness.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace(/First, how are you\s+arriving\?/, 'First, how do you feel as you arrive?'));
    await page.goto(playground.url);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await playground?.stop();
    await rm(scenariosDir, { recursive: true, force: true });
  });

  it('lists every language and marks the stale translations of the changed text', async () => {
    const card = page.locator('#scenarios .scenario[data-scenario-id="stillness"]');
    await card.locator('summary').first().click();
    const texts = card.locator('details.texts');
    await expect.poll(() => texts.locator('summary').textContent()).toBe('Texts in en, de, es, pt, ru (4 to translate or update)');
    await texts.locator('summary').click();
    const header = await texts.locator('thead th').allTextContents();
    expect(header).toEqual(['text', 'en', 'de', 'es', 'pt', 'ru']);
    const changed = texts.locator('tbody tr', { has: page.locator('th', { hasText: /^arrive\.text$/ }) });
    expect(await changed.locator('td').first().textContent()).toBe('One minute, nothing to fix. Sit or stand however you are. First, how do you feel as you arrive?');
    expect(await changed.locator('td.text-stale').count()).toBe(4);
    expect(await changed.locator('td.text-stale .mark').first().textContent()).toBe('stale: the English changed');
    // Every other text of the scenario is translated and current.
    expect(await texts.locator('tbody td.text-stale, tbody td.text-missing, tbody td.text-empty').count()).toBe(4);
    expect(await texts.locator('tbody tr').count()).toBeGreaterThan(10);
    expect(await axeViolations(page)).toEqual([]);
  });
});
