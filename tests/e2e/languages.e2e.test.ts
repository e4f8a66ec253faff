import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TranscriptEntry, UserHandle } from '@letgo/telegram-emulator';
import { LOCALES_DIR } from '../../src/i18n/i18n.ts';
import { CHECKIN_PREFIX } from '../../src/reminders/callback-data.ts';
import { loadReminderContent } from '../../src/reminders/content.ts';
import { REMINDER_CONTENT_FILE } from '../../src/reminders/content-file.ts';
import { reminderTexts } from '../../src/reminders/translation.ts';
import type { LoadedScenario } from '../../src/scenarios/catalog.ts';
import { startRun } from '../../src/scenarios/engine.ts';
import { edgeKey, edges } from '../../src/scenarios/graph.ts';
import { loadScenarios, SCENARIOS_DIR } from '../../src/scenarios/loader.ts';
import { scenarioTexts } from '../../src/scenarios/translation.ts';
import { coverWalks, type Walk } from '../../src/scenarios/walks.ts';
import { toPlainText } from '../../src/telegram/html.ts';
import { startTestBot, type TestBot } from '../helpers/app.ts';
import { buttonsOf, drive, expectShown } from '../helpers/scenario-driver.ts';
import { text } from '../helpers/texts.ts';
import { handled } from '../helpers/wait.ts';

/**
 * letgo in Spanish, Brazilian Portuguese, German and Russian, tried as people whose Telegram
 * speaks those languages: every edge of every scenario walked in each language (the walks
 * come from the graph, as in the English walks), and the rest of what a person meets
 * (welcome, help, menus, journal, progress, export, errors, reminders and check-ins). Every
 * message and button they get is scanned for English: no run of four or more words of the
 * English texts (Fluent files, scenarios, reminders) may appear in it.
 */

const LANGUAGES = [
  { code: 'es', telegram: 'es' },
  { code: 'pt', telegram: 'pt-br' },
  { code: 'de', telegram: 'de' },
  { code: 'ru', telegram: 'ru' },
] as const;

const catalog = await loadScenarios(SCENARIOS_DIR);
const reminders = await loadReminderContent(REMINDER_CONTENT_FILE);

/** Runs of words that read as English: ≥ 4 words between placeholders and sentence ends. */
function phrases(source: string): string[] {
  const plain = toPlainText(source.replace(/\{[^}]*\}/g, '|'));
  return plain
    .split(/[|.!?:;…\n()"“”«»]+/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => (p.match(/\p{L}+/gu) ?? []).length >= 4);
}

/** The values of a Fluent file, each variant and continuation line on its own. */
function fluentValues(file: string): string[] {
  const values: string[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const value = line.match(/^[a-z][\w-]*\s*=\s*(.*)$/)?.[1] ?? line.replace(/^\s*\*?\[[^\]]*\]\s*/, '').trim();
    if (value !== '') values.push(value);
  }
  return values;
}

function textsOf(language: string): string[] {
  const dir = path.join(LOCALES_DIR, language);
  const ftl = readdirSync(dir)
    .filter((n) => n.endsWith('.ftl'))
    .flatMap((n) => fluentValues(path.join(dir, n)));
  const scenarios = catalog.list.flatMap((s) => [...scenarioTexts(catalog.get(s.id, language === 'en' ? undefined : language) ?? s).values()]);
  const content = reminders.translations?.get(language) ?? reminders;
  return [...ftl, ...scenarios, ...reminderTexts(content).values()];
}

const english = [...new Set(textsOf('en').flatMap(phrases))];

/** English phrases a message of `language` must not contain (a phrase the language shares, like a name, is allowed). */
function englishFor(language: string): string[] {
  const own = textsOf(language).map((t) => toPlainText(t).replace(/\s+/g, ' '));
  return english.filter((phrase) => !own.some((t) => t.includes(phrase)));
}

function englishIn(messages: readonly TranscriptEntry[], banned: readonly string[]): string[] {
  const found: string[] = [];
  for (const m of messages) {
    const shown = [m.text ?? '', m.caption ?? '', ...buttonsOf(m).map((b) => b.text)].join('\n').replace(/\s+/g, ' ');
    for (const phrase of banned) if (shown.includes(phrase)) found.push(`“${phrase}” in: ${shown.slice(0, 120)}`);
  }
  return found;
}

describe.each(LANGUAGES)('letgo in $code', ({ code, telegram }) => {
  let t: TestBot;
  const banned = englishFor(code);
  const people: UserHandle[] = [];
  const firstUser = 40_000 + LANGUAGES.findIndex((l) => l.code === code) * 10_000;

  beforeAll(async () => {
    t = await startTestBot();
  });
  afterAll(async () => {
    await t.close();
  });

  it('knows enough English to look for', () => {
    expect(banned.length).toBeGreaterThan(300);
  });

  it('walks every edge of every scenario in the language', async () => {
    let n = firstUser;
    await Promise.all(
      catalog.list.map(async (english) => {
        const scenario = catalog.get(english.id, code)!;
        expect(scenario.title, `${english.id} is translated`).not.toBe(english.title);
        const { walks } = coverWalks(scenario, { sampleText: 'Algo que noté hoy / etwas / что-то.' });
        const unique = [...new Map(walks.map((w) => [JSON.stringify(w.inputs), w])).values()];
        const seen = new Set<string>();
        for (const walk of unique) await walkInChat(t, scenario, walk, n++, telegram, seen, people);
        expect([...seen].sort(), english.id).toEqual(edges(scenario).map(edgeKey).sort());
      }),
    );
    expect(englishIn(people.flatMap((p) => p.transcript().filter((m) => m.from === 'bot')), banned)).toEqual([]);
  }, 240_000);

  it('speaks the language everywhere else: welcome, help, menus, journal, progress, export, errors, reminders, check-ins', async () => {
    const person = t.emulator.user(firstUser + 9_000, { first_name: 'Sam', language_code: telegram });
    const say = async (words: string) => {
      const update = person.sendText(words);
      await handled(t.app.deps.db, update);
    };
    for (const words of ['/start', '/help', '/scenarios', '/journal', '/progress', '/export', '/nonsense', '/cancel', '/language', 'just some words']) await say(words);
    await handled(t.app.deps.db, person.sendSticker());
    await say('/remind 08:30');
    await say('Berlin');
    await say('/pause 3');
    await say('/pause off');
    await say('/remind');
    const sent = await t.app.reminders.sendNow(person.id);
    expect(sent).toEqual({ sent: true });
    const reminder = person.transcript().filter((m) => m.from === 'bot').at(-1)!;
    const checkin = buttonsOf(reminder).find((b) => b.data.startsWith(CHECKIN_PREFIX));
    expect(checkin, 'a check-in button under the reminder').toBeDefined();
    await handled(t.app.deps.db, person.pressButton({ messageId: reminder.message_id, data: checkin!.data }));
    await say('/progress');

    const got = person.transcript().filter((m) => m.from === 'bot');
    expect(got.length).toBeGreaterThan(15);
    expect(got.some((m) => m.text === text('error', undefined, code))).toBe(false);
    expect(got[0]!.text).toContain(toPlainText(text('welcome', { name: 'Sam' }, code)).split('\n')[0]!.slice(0, 20));
    expect(englishIn(got, banned)).toEqual([]);
    const answers = t.emulator.calls('answerCallbackQuery').map((c) => String(c.params.text ?? ''));
    expect(englishIn(answers.map((a) => ({ text: a }) as TranscriptEntry), banned)).toEqual([]);
  }, 120_000);
});

async function walkInChat(
  t: TestBot,
  scenario: LoadedScenario,
  walk: Walk,
  userId: number,
  languageCode: string,
  seen: Set<string>,
  people: UserHandle[],
): Promise<void> {
  const user = t.emulator.user(userId, { first_name: `Walker${String(userId)}`, language_code: languageCode });
  people.push(user);
  user.sendText(`/start ${scenario.id}`);
  const first = startRun(scenario);
  expectShown(await user.waitForBotMessage({ count: first.view.texts.length }), first.view);
  const final = await drive(user, scenario, walk.inputs);
  expect(final).toEqual(walk.final);
  const end = scenario.steps.find((s) => s.id === final.stepId);
  if (end?.type === 'end' && end.offerReminders) await user.waitForBotMessage();
  for (const edge of walk.route) seen.add(edgeKey(edge));
}

describe('/language in the middle of a scenario', () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await startTestBot();
  });
  afterAll(async () => {
    await t.close();
  });

  const promptOf = (language: string | undefined, stepId: string) => {
    const step = catalog.get('what-am-i-holding', language)!.steps.find((s) => s.id === stepId)!;
    return toPlainText(step.type === 'text' ? step.prompt : '');
  };

  it('goes on at the same step in the new language, and the journal keeps what was written as it was written', async () => {
    const kim = t.emulator.user(49_001, { first_name: 'Kim', language_code: 'en' });
    const say = async (words: string) => {
      const update = kim.sendText(words);
      await handled(t.app.deps.db, update);
    };
    const lastBot = () => kim.transcript().filter((m) => m.from === 'bot').at(-1)!;
    await say('/start what-am-i-holding');
    expect(lastBot().text).toBe(promptOf(undefined, 'steer'));
    await say('I keep checking when he was last online');
    expect(lastBot().text).toBe(promptOf(undefined, 'how'));

    await say('/language');
    const choose = lastBot();
    const deutsch = buttonsOf(choose).find((b) => b.text === 'Deutsch');
    expect(deutsch, 'a button for German, in its own name').toBeDefined();
    await handled(t.app.deps.db, kim.pressButton({ messageId: choose.message_id, data: deutsch!.data }));
    const after = kim.transcript().filter((m) => m.from === 'bot' && m.message_id >= choose.message_id);
    expect(after.map((m) => m.text)).toContain(toPlainText(text('language-set', undefined, 'de')));
    // The step that was waiting, asked again in German; the run did not move.
    expect(lastBot().text).toBe(promptOf('de', 'how'));
    expect(promptOf('de', 'how')).not.toBe(promptOf(undefined, 'how'));

    await say('Ich schreibe ihm mitten in der Nacht');
    expect(lastBot().text).toBe(promptOf('de', 'afraid'));
    await say('/journal');
    const journal = lastBot().text ?? '';
    expect(journal).toContain(toPlainText(text('journal-title', undefined, 'de')));
    expect(journal).toContain('I keep checking when he was last online');
    expect(journal).toContain('Ich schreibe ihm mitten in der Nacht');
  }, 60_000);
});
