import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Api } from 'grammy';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import type { ScenarioCard } from '../../src/playground/routes/scenarios-route.ts';
import { startPlayground, type RunningPlayground } from '../../src/playground/start-playground.ts';
import { axeViolations, chromiumAvailable, launchChromium, overflowsSideways, screenshotPath } from '../helpers/chromium.ts';

/**
 * The playground as an author uses it on a laptop (1280×800): real headless Chromium on the
 * page, the real app (grammY, database on PGlite) behind it, the emulator in between. Steps
 * share one page and run in order, like one visit. The phone is in
 * `playground-phone.browser.test.ts`.
 */
describe.skipIf(!chromiumAvailable())('the playground page in a browser, 1280×800', () => {
  let playground: RunningPlayground;
  let browser: Browser;
  let page: Page;
  let scenariosDir: string;
  let cards: ScenarioCard[];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    // A copy of the real scenarios, so the test can edit one as an author would. English
    // only: the page is under test here, not the translations (which have their own checks).
    scenariosDir = await mkdtemp(path.join(tmpdir(), 'letgo-scenarios-'));
    await cp('scenarios', scenariosDir, { recursive: true, filter: (from) => !from.includes(`${path.sep}translations`) });
    const config = loadConfig({ DATA_DIR: 'memory://', PORT: '0', LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent' });
    playground = await startPlayground(config, { logger: createLogger(config.logLevel), scenariosDir });
    cards = ((await (await fetch(`${playground.url}/api/scenarios`)).json()) as { result: { scenarios: ScenarioCard[] } }).result.scenarios;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(10_000); // a missing element fails with its locator, before the test's timeout
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(playground.url);
  });

  afterAll(async () => {
    if (page) {
      await mkdir('test-results', { recursive: true });
      await page.screenshot({ path: 'test-results/playground.png' });
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
  const card = (id: string) => page.locator(`#scenarios .scenario[data-scenario-id="${id}"]`);
  const node = (scenarioId: string, stepId: string) => card(scenarioId).locator(`.flow .node[data-step-id="${stepId}"]`);
  const highlighted = (scenarioId: string) => card(scenarioId).locator('.flow .node.current-step');
  const focusedId = () => page.locator(':focus').getAttribute('id');
  const setAuthorsOpen = async (open: boolean) => {
    // Closed with its own button: below 1100 px the sheet covers the toggle.
    if ((await page.getAttribute('#toggle-authors', 'aria-expanded')) !== String(open)) await page.click(open ? '#toggle-authors' : '#close-authors');
    await page.locator('#authors').waitFor({ state: open ? 'visible' : 'hidden' });
  };

  it('is ready with the message box focused, the authors\' panel docked beside the chat, and no serious axe violation', async () => {
    expect(await focusedId()).toBe('text');
    await page.locator('#bot-status', { hasText: /^bot$/ }).waitFor();
    expect(await page.isVisible('#starting')).toBe(false);
    // Docked: the chat stays in view beside it, no backdrop.
    await page.locator('#authors').waitFor();
    expect(await page.isVisible('#authors-backdrop')).toBe(false);
    await page.locator('#scenarios .flow svg').first().waitFor({ timeout: 20_000 });
    expect(await axeViolations(page)).toEqual([]);
  });

  it('answers /start with the welcome, formatted from entities, and the menu as buttons; the box keeps focus', async () => {
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
    expect(await focusedId()).toBe('text');
    await page.click('#composer .send'); // an empty box sends nothing, and focus comes back
    expect(await focusedId()).toBe('text');
  });

  it('chat with a keyboard: no serious axe violation, with the panel closed and open', async () => {
    await setAuthorsOpen(false);
    expect(await axeViolations(page)).toEqual([]);
    await setAuthorsOpen(true);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('names every control distinctly: people by name and language, each "Start this scenario" by its scenario', async () => {
    const snapshots = await Promise.all(['#people-panel', '.chat-header', '#composer', '#authors'].map((s) => page.locator(s).ariaSnapshot()));
    const names = snapshots
      .join('\n')
      .split('\n')
      .map((line) => /- button "([^"]+)"/.exec(line)?.[1])
      .filter((name): name is string => name !== undefined);
    expect(names.length).toBeGreaterThanOrEqual(10);
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
    const me = (await page.textContent('#current-person'))!;
    await page.getByRole('button', { name: new RegExp(`^${me}\\s*, English$`) }).waitFor();
    await page.getByRole('button', { name: `Start this scenario: ${cards[0]!.title}` }).waitFor();
  });

  it('offers the bot\'s commands (from setMyCommands) as suggestions while typing /', async () => {
    await page.fill('#text', '/he');
    await page.locator('#suggestions li', { hasText: '/help' }).waitFor();
    await page.fill('#text', '');
  });

  it('walks a whole scenario by tapping, the flowchart highlighting each step the person is on', async () => {
    await tap('Pick a conversation');
    await seeBot('Each takes a few minutes');
    await tap('What letting go means');
    await seeBot('what does it sound like to you?');
    // The run's step comes from the database; its card opens and the step lights up.
    await highlighted('what-is-letting-go').and(node('what-is-letting-go', 'sounds-like')).waitFor();
    await page.locator('#where', { hasText: 'at step “sounds-like”' }).waitFor();
    expect(await page.locator('.flow-steps li[aria-current="step"]').count()).toBe(1);
    await tap('Some relief, honestly');
    await seeBot('Which of these is yours to steer?');
    await highlighted('what-is-letting-go').and(node('what-is-letting-go', 'which-is-yours')).waitFor();
    expect(await highlighted('what-is-letting-go').count()).toBe(1);
    // The bot edited the answered question to take its buttons away; the page shows that.
    const answered = botMessages().filter({ hasText: 'what does it sound like to you?' }).last();
    expect(await answered.locator('.inline-button').count()).toBe(0);
    expect(await answered.locator('.meta').textContent()).toContain('edited');
    await tap('How I reply to them');
    await seeBot('That one is fully yours');
    await seeBot('Today’s takeaway');
    await page.locator('#where', { hasText: 'not in a scenario' }).waitFor();
    expect(await highlighted('what-is-letting-go').count()).toBe(0);
  });

  it('keeps only the newest keyboard in the Tab order', async () => {
    await send('/start');
    await seeBot('not therapy');
    await send('/start');
    await expect.poll(() => botMessages().filter({ hasText: 'not therapy' }).count()).toBeGreaterThanOrEqual(3);
    const keyboards = page.locator('#messages .inline-keyboard');
    const count = await keyboards.count();
    expect(count).toBeGreaterThanOrEqual(2);
    for (let i = 0; i < count - 1; i += 1) {
      const buttons = keyboards.nth(i).locator('.inline-button');
      expect(await buttons.count()).toBe(await keyboards.nth(i).locator('.inline-button[tabindex="-1"]').count());
    }
    expect(await keyboards.last().locator('.inline-button[tabindex="-1"]').count()).toBe(0);
    // Still a working button for a click or a tap.
    expect(await keyboards.first().locator('.inline-button').first().isEnabled()).toBe(true);
  });

  it('sets a daily reminder by tapping and typing', async () => {
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
    const chatId = Number(await page.locator('#people .person[aria-pressed="true"]').getAttribute('data-person-id'));
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

  it('offers the languages the bot speaks, and marks the others "bot answers in English"', async () => {
    const spoken = playground.app()!.deps.languages;
    const options = await page.locator('#person-language option').evaluateAll((els) =>
      els.map((el) => ({ value: el.getAttribute('value') ?? '', text: el.textContent ?? '' })),
    );
    expect(options[0]!.value).toBe('en');
    for (const option of options) {
      expect(option.text.includes('bot answers in English'), option.value).toBe(!spoken.includes(option.value));
    }
    expect(options.some((o) => !spoken.includes(o.value))).toBe(true);
    expect(await page.textContent('#language-note')).toContain('The bot speaks English');
  });

  it('adds a second person with their own chat, and the panel\'s status lines follow whoever is selected', async () => {
    const first = (await page.textContent('#current-person'))!;
    await page.fill('#person-name', 'Maya');
    await page.selectOption('#person-language', 'de');
    await page.click('#add-person button[type=submit]');
    await expect.poll(() => page.textContent('#current-person')).toBe('Maya');
    expect(await focusedId()).toBe('text');
    expect(await page.locator('#people .person').count()).toBe(2);
    expect(await page.locator('#messages .message').count()).toBe(0);
    await page.locator('#where', { hasText: 'Maya is not in a scenario' }).waitFor();

    await send('/start');
    await botMessages().filter({ hasText: 'Hallo Maya' }).waitFor();
    await page.click('#remind-now');
    await page.locator('#remind-status', { hasText: 'Nothing sent to Maya' }).waitFor();
    expect(await page.locator('#messages', { hasText: `Hi ${first}` }).count()).toBe(0);

    await page.locator('#people .person', { hasText: first }).click();
    await botMessages().filter({ hasText: `Hi ${first}` }).first().waitFor();
    expect(await page.locator('#messages', { hasText: 'Hallo Maya' }).count()).toBe(0);
    expect(await page.textContent('#remind-status')).not.toContain('Maya');
    expect(await page.textContent('#remind-now')).toContain(first);
    await page.locator('#where', { hasText: `${first} is not in a scenario` }).waitFor();
    await page.locator('#people .person', { hasText: 'Maya' }).click();
    await botMessages().filter({ hasText: 'Hallo Maya' }).waitFor();
    await page.locator('#remind-status', { hasText: 'Nothing sent to Maya' }).waitFor();
  });

  it('draws the longest scenario readably: labels of 11 px or more at 100 %, entities decoded, full text on focus, a list beside it', async () => {
    const longest = [...cards].sort((a, b) => b.steps - a.steps)[0]!;
    await card(longest.id).locator('summary').first().click();
    const svg = card(longest.id).locator('.flow svg');
    await svg.waitFor({ timeout: 20_000 });
    const drawn = await svg.evaluate((el) => {
      const scale = el.getBoundingClientRect().width / Number(el.getAttribute('viewBox')!.split(' ')[2]);
      const texts = [...el.querySelectorAll('text')];
      const style = el.ownerDocument.defaultView!;
      return {
        scale,
        smallest: Math.min(...texts.map((t) => parseFloat(style.getComputedStyle(t).fontSize) * scale)),
        encoded: texts.map((t) => t.textContent ?? '').filter((t) => /&#?\w+;|#\d+;/.test(t)),
      };
    });
    expect(drawn.scale).toBeCloseTo(1, 2);
    expect(drawn.smallest).toBeGreaterThanOrEqual(11);
    expect(drawn.encoded).toEqual([]);
    // A step whose text has braces (an answer read back, `{draft}`) shows them as typed.
    const braced = longest.flow.steps.find((s) => /\{\w+\}/.test(s.text.slice(0, 30)));
    if (braced) expect(await node(longest.id, braced.id).textContent()).toMatch(/\{\w+\}/);

    // Every step is in the list beside the drawing.
    expect(await card(longest.id).locator('.flow-steps li').count()).toBe(longest.steps);
    // The full text on focus (the drawing shortens it), arrow keys move between steps.
    const step = longest.flow.steps.find((s) => s.text.length > 60)!;
    await node(longest.id, longest.flow.steps[0]!.id).focus();
    await page.keyboard.press('End');
    await page.keyboard.press('Home');
    for (const s of longest.flow.steps) {
      if (s.id === step.id) break;
      await page.keyboard.press('ArrowDown');
    }
    expect(await page.locator(':focus').getAttribute('data-step-id')).toBe(step.id);
    await card(longest.id).locator('.flow-tip', { hasText: step.text }).waitFor();
    expect(await node(longest.id, step.id).getAttribute('aria-label')).toContain(step.text);

    // Zoom: the drawing's size follows the buttons; Fit brings it into the panel's width.
    const width = () => svg.evaluate((el) => el.getBoundingClientRect().width);
    const before = await width();
    await card(longest.id).getByRole('button', { name: `Zoom in on “${longest.title}”` }).click();
    expect(await width()).toBeGreaterThan(before * 1.2);
    await card(longest.id).getByRole('button', { name: `Fit “${longest.title}” to the width` }).click();
    const viewport = await card(longest.id).locator('.flow-viewport').evaluate((el) => el.clientWidth);
    expect(await width()).toBeLessThanOrEqual(viewport);
    // Dragging pans the drawing.
    await card(longest.id).locator('.zoom-level').click();
    await card(longest.id).locator('.flow-viewport').scrollIntoViewIfNeeded();
    const box = (await card(longest.id).locator('.flow-viewport').boundingBox())!;
    const scroll = () => card(longest.id).locator('.flow-viewport').evaluate((el) => el.scrollLeft + el.scrollTop);
    const scrolled = await scroll();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 120, box.y + box.height / 2 - 120, { steps: 4 });
    await page.mouse.up();
    expect(await scroll()).toBeGreaterThan(scrolled);
  });

  it('colours each step by drop-off from /api/funnels, with a legend and the numbers on focus', async () => {
    const scenario = cards.find((c) => c.id === 'what-is-letting-go')!;
    const [first, second] = scenario.flow.steps;
    await page.route('**/api/funnels?*', (route) =>
      route.fulfill({
        json: {
          ok: true,
          result: {
            days: 30,
            scenarios: [
              {
                id: scenario.id,
                started: 10,
                finished: 4,
                steps: scenario.flow.steps.map((s) =>
                  s.id === first!.id
                    ? { stepId: s.id, reached: 10, movedOn: 9, leftThere: 1, medianSeconds: 12 }
                    : s.id === second!.id
                      ? { stepId: s.id, reached: 9, movedOn: 4, leftThere: 5, medianSeconds: 40 }
                      : { stepId: s.id, reached: 0, movedOn: 0, leftThere: 0, medianSeconds: null },
                ),
              },
            ],
            reminders: [],
          },
        },
      }),
    );
    await page.reload();
    await node(scenario.id, first!.id).waitFor({ timeout: 20_000 });
    expect(await node(scenario.id, first!.id).getAttribute('class')).toContain('drop-1'); // 10 %
    expect(await node(scenario.id, second!.id).getAttribute('class')).toContain('drop-3'); // 56 %
    expect(await node(scenario.id, scenario.flow.steps.at(-1)!.id).getAttribute('class')).toContain('drop-none');
    await page.locator('#funnel-legend', { hasText: 'left the scenario at that step' }).waitFor();
    await node(scenario.id, second!.id).focus();
    await card(scenario.id).locator('.flow-tip', { hasText: '9 reached, 4 moved on, 5 left here (56 %)' }).waitFor();
    expect(await card(scenario.id).locator('.flow-steps li').nth(1).textContent()).toContain('5 left here');

    // No such route: no colours, no legend, and nothing that looks like an error.
    await page.unroute('**/api/funnels?*');
    await page.route('**/api/funnels?*', (route) => route.fulfill({ status: 404, json: { error: 'not found' } }));
    await page.reload();
    await node(scenario.id, first!.id).waitFor({ timeout: 20_000 });
    expect(await card(scenario.id).locator('.flow .node[class*="drop-"]').count()).toBe(0);
    expect(await page.isVisible('#funnel-legend')).toBe(false);
    expect(await page.isVisible('#scenarios-banner')).toBe(false);
    expect(await page.isVisible('#toast')).toBe(false);
    await page.unroute('**/api/funnels?*');
  });

  it('closes the docked panel with its button and with Escape from inside it', async () => {
    await setAuthorsOpen(true);
    await page.click('#close-authors');
    await page.locator('#authors').waitFor({ state: 'hidden' });
    expect(await focusedId()).toBe('toggle-authors');
    await setAuthorsOpen(true);
    await page.focus('#remind-now');
    await page.keyboard.press('Escape');
    await page.locator('#authors').waitFor({ state: 'hidden' });
    expect(await focusedId()).toBe('toggle-authors');
    await setAuthorsOpen(true);
  });

  it('after an author edits a scenario file, a reload shows it and the bot restarts in place to use it', async () => {
    const file = path.join(scenariosDir, 'what-is-letting-go.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('title: What letting go means', 'title: What letting go is'));
    await page.reload();
    const edited = card('what-is-letting-go');
    await edited.locator('summary', { hasText: 'What letting go is' }).locator('.badge.warn').waitFor();
    await page.click('#restart-bot');
    await page.locator('#scenarios-banner').waitFor({ state: 'hidden', timeout: 60_000 }); // a whole restart, database included
    expect(await edited.locator('.badge.warn').count()).toBe(0);
    expect(playground.app()?.deps.scenarios.get('what-is-letting-go')?.title).toBe('What letting go is');
    // The chats and the people are still there.
    await botMessages().filter({ hasText: 'Hallo Maya' }).waitFor();
  }, 90_000); // a whole restart of the bot, database included

  it('never scrolls sideways from 320 to 1440 px, with the authors\' panel open or closed', async () => {
    // The first person, who speaks English (the screenshot below is the README's).
    await page.locator('#people .person').first().click();
    await send('/start what-is-letting-go');
    await seeBot('what does it sound like to you?');
    for (const width of [320, 360, 390, 414, 600, 720, 768, 1024, 1100, 1280, 1440]) {
      await page.setViewportSize({ width, height: 800 });
      for (const open of [true, false]) {
        await setAuthorsOpen(open);
        expect(await overflowsSideways(page), `${width} px, panel ${open ? 'open' : 'closed'}`).toBe(false);
      }
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    await setAuthorsOpen(true);
    await highlighted('what-is-letting-go').waitFor();
    await page.screenshot({ path: screenshotPath('playground.png') });
  });

  it('threw no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
