import { describe, expect, it } from 'vitest';
import { createCatalog, toLoaded } from '../../../src/scenarios/catalog.ts';
import { conversationVersion } from '../../../src/bot/features/scenarios/conversation.ts';
import { isScenarioInput } from '../../../src/bot/features/scenarios/interpreter.ts';
import { JOURNAL_PAGE_SIZE, journalPage } from '../../../src/bot/features/scenarios/journal-page.ts';
import { menuData, parseMenuData } from '../../../src/bot/features/scenarios/menu-data.ts';
import { text } from '../../helpers/texts.ts';
import type { Scenario } from '../../../src/scenarios/model.ts';

describe('menu and journal callback data', () => {
  it('round-trips what it encodes', () => {
    expect(parseMenuData(menuData.go('holding-on-check'))).toEqual({ kind: 'go', scenarioId: 'holding-on-check' });
    expect(parseMenuData(menuData.switchTo('how-long'))).toEqual({ kind: 'switch', scenarioId: 'how-long' });
    expect(parseMenuData(menuData.resume)).toEqual({ kind: 'resume' });
    expect(parseMenuData(menuData.journal(0))).toEqual({ kind: 'journal', offset: 0 });
    expect(parseMenuData(menuData.journal(123))).toEqual({ kind: 'journal', offset: 123 });
  });

  it.each(['', 'sx:', 'sx:go:', 'sx:go:Bad_Id', 'sx:go:a--b', 'sx:sw:../x', 'sx:resume:1', 'sx:stop', 'jr:', 'jr:-1', 'jr:01', 'jr:1234567', 'jr:1.5', 'sc:1:a:b', `sx:go:${'a'.repeat(70)}`])(
    'ignores %j',
    (data) => expect(parseMenuData(data)).toBeUndefined(),
  );
});

describe('what counts as scenario input', () => {
  const message = (text: string) => ({ update_id: 1, message: { text } }) as never;
  const tap = (data: string) => ({ update_id: 1, callback_query: { data } }) as never;
  it('typed text and scenario buttons do; commands, other buttons and media do not', () => {
    expect(isScenarioInput(message('I keep checking my phone'))).toBe(true);
    expect(isScenarioInput(tap('sc:1:intro:yes'))).toBe(true);
    expect(isScenarioInput(message('/help'))).toBe(false);
    expect(isScenarioInput(tap('sx:go:how-long'))).toBe(false);
    expect(isScenarioInput(tap('menu:remind'))).toBe(false);
    expect(isScenarioInput({ update_id: 1, message: { sticker: {} } } as never)).toBe(false);
  });
});

describe('the conversation version', () => {
  const scenario = (text: string): Scenario => ({
    id: 'one',
    title: 'One',
    summary: 's',
    order: 1,
    start: 'a',
    vars: {},
    steps: [{ type: 'end', id: 'a', text, suggest: [], offerReminders: false }],
  });
  it('changes with any content edit and only then', () => {
    const a = conversationVersion(createCatalog([toLoaded(scenario('Bye.'), 'one.yaml')]));
    const same = conversationVersion(createCatalog([toLoaded(scenario('Bye.'), 'elsewhere.yaml')]));
    const edited = conversationVersion(createCatalog([toLoaded(scenario('Goodbye.'), 'one.yaml')]));
    expect(same).toBe(a);
    expect(edited).not.toBe(a);
  });
});

describe('a journal page', () => {
  const entry = (i: number, text = `entry ${String(i)}`) => ({
    created_at: new Date(Date.UTC(2026, 10, 29, 18, i)),
    scenario_id: 'what-am-i-holding',
    prompt: 'What do you steer?',
    text,
  });
  const opts = { titleOf: () => 'What am I holding?', timeZone: null, t: text, locale: 'en' };

  it('says so when empty', () => {
    expect(journalPage([], { ...opts, offset: 0, total: 0 }).text).toMatch(/empty/);
  });

  it('shows dates, titles, prompts and escaped text, with buttons only where there is more', () => {
    const first = journalPage([entry(3, '<b>bold</b> & more'), entry(2), entry(1)], { ...opts, offset: 0, total: 4 });
    expect(first.text).toContain('29 Nov 2026, 18:03 UTC');
    expect(first.text).toContain('&lt;b&gt;bold&lt;/b&gt; &amp; more');
    expect(first.text).toContain('(1–3 of 4)');
    expect(first.keyboard?.inline_keyboard.flat().map((b) => b.text)).toEqual(['Older ›']);
    const last = journalPage([entry(0)], { ...opts, offset: JOURNAL_PAGE_SIZE, total: 4 });
    expect(last.keyboard?.inline_keyboard.flat().map((b) => ('callback_data' in b ? b.callback_data : ''))).toEqual(['jr:0']);
    expect(journalPage([entry(1)], { ...opts, offset: 0, total: 1 }).keyboard).toBeUndefined();
  });

  it('writes dates in the person’s language', () => {
    const page = journalPage([entry(5)], { ...opts, timeZone: 'Europe/Berlin', offset: 0, total: 1, locale: 'de' });
    expect(page.text).toContain('29. Nov. 2026, 19:05');
  });

  it('uses the person’s zone when known', () => {
    expect(journalPage([entry(5)], { ...opts, timeZone: 'Asia/Tokyo', offset: 0, total: 1 }).text).toContain('30 Nov 2026, 03:05');
  });

  it('keeps the longest possible page under Telegram’s limit, and says when it cut', () => {
    const long = 'x'.repeat(2000);
    const page = journalPage([entry(1, long), entry(2, long), entry(3, long)].map((e) => ({ ...e, prompt: 'p'.repeat(2000) })), { ...opts, offset: 0, total: 3 });
    const plain = page.text.replace(/<[^>]+>/g, '');
    expect(plain.length).toBeLessThan(4096);
    expect(page.text).toContain('/export');
  });
});
