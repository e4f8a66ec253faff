import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's `chromium` package; `.ci/run` installs it. A browser is never downloaded. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Whether browser tests can run here. In CI a missing Chromium is an error, never a silent
 * skip, so a broken CI image cannot pass without having run them.
 */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  if (process.env.CI) throw new Error(`CI must run the browser tests: no Chromium at ${CHROMIUM_PATH} (apt-get install chromium)`);
  console.warn(`browser tests skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH)`);
  return false;
}

/** Headless Chromium with a new, empty profile (Playwright creates a fresh one per launch). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * Runs axe-core (the npm package, injected into the page as is) on the page as it is now,
 * WCAG 2.x A and AA rules, and returns the serious and critical violations, one line each
 * with the elements that fail, so a failing test says what to fix.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: await readFile(AXE_SOURCE, 'utf8') });
  const options = {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    resultTypes: ['violations'],
  };
  // A string, evaluated in the page: these tests are typed without the DOM's globals.
  const results = (await page.evaluate(`axe.run(document, ${JSON.stringify(options)})`)) as AxeResults;
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help}; ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

interface AxeResults {
  violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }>;
}

/** Whether the page is wider than the window (a phone would scroll sideways). */
export async function overflowsSideways(page: Page): Promise<boolean> {
  return (await page.evaluate('document.documentElement.scrollWidth > window.innerWidth')) as boolean;
}

/**
 * Where a browser test saves a screenshot: `test-results/`, or `docs/` when
 * `PLAYGROUND_SCREENSHOTS=docs` (how the README's pictures are made).
 */
export function screenshotPath(name: string): string {
  return `${process.env.PLAYGROUND_SCREENSHOTS === 'docs' ? 'docs' : 'test-results'}/${name}`;
}
