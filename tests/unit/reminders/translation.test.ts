import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadReminderContent, pickReminder } from '../../../src/reminders/content.ts';
import { contentIn, reminderTexts } from '../../../src/reminders/translation.ts';

const ENGLISH = `checkin:
  prompt: How is it going?
  options:
    - { mood: holding, label: Holding on tight }
    - { mood: between, label: Somewhere between }
    - { mood: letting-go, label: Letting go }
  notToday: Not today
reminders:
  - id: one
    text: The first one.
  - id: two
    text: The <b>second</b> one.
    tags: [contact]
`;

const SPANISH: Record<string, string> = {
  'checkin.prompt': '¿Cómo va?',
  'checkin.options.holding': 'Me aferro mucho',
  'checkin.options.between': 'Algo intermedio',
  'checkin.options.letting-go': 'Suelto',
  'checkin.notToday': 'Hoy no',
  'reminders.one': 'El primero.',
  'reminders.two': 'El <b>segundo</b>.',
};

/** A content folder with reminders.yaml and a Spanish translation made from `english`. */
async function folder(spanish: Record<string, string>, english: Record<string, string> = {}): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'letgo-reminders-'));
  await writeFile(path.join(dir, 'reminders.yaml'), ENGLISH);
  const sources = new Map([
    ['checkin.prompt', 'How is it going?'],
    ['checkin.options.holding', 'Holding on tight'],
    ['checkin.options.between', 'Somewhere between'],
    ['checkin.options.letting-go', 'Letting go'],
    ['checkin.notToday', 'Not today'],
    ['reminders.one', 'The first one.'],
    ['reminders.two', 'The <b>second</b> one.'],
  ]);
  const texts = Object.fromEntries(Object.entries(spanish).map(([key, es]) => [key, { en: english[key] ?? sources.get(key) ?? '', es }]));
  await mkdir(path.join(dir, 'translations', 'es'), { recursive: true });
  await writeFile(path.join(dir, 'translations', 'es', 'reminders.yaml'), stringify({ texts }));
  return path.join(dir, 'reminders.yaml');
}

describe('reminder texts in other languages', () => {
  it('keys every text a person reads: the check-in question, its buttons and each reminder by id', async () => {
    const content = await loadReminderContent(await folder(SPANISH));
    expect([...reminderTexts(content).keys()]).toEqual(Object.keys(SPANISH));
  });

  it('gives a Spanish speaker the Spanish texts with the same ids and tags, and anyone else the English', async () => {
    const content = await loadReminderContent(await folder(SPANISH));
    const es = contentIn(content, 'es');
    expect(es.checkin.prompt).toBe('¿Cómo va?');
    expect(es.checkin.options.map((o) => o.label)).toEqual(['Me aferro mucho', 'Algo intermedio', 'Suelto']);
    expect(es.reminders).toEqual([
      { id: 'one', text: 'El primero.', tags: [] },
      { id: 'two', text: 'El <b>segundo</b>.', tags: ['contact'] },
    ]);
    expect(contentIn(content, 'de').checkin.prompt).toBe('How is it going?');
    expect(contentIn(content, undefined).reminders[0]!.text).toBe('The first one.');
  });

  it('keeps the "all before any again" cycle across a change of language: the ids are the same', async () => {
    const content = await loadReminderContent(await folder(SPANISH));
    const seenInEnglish = ['one'];
    expect(pickReminder(contentIn(content, 'es').reminders, seenInEnglish, () => 0)).toBe('two');
  });

  it('refuses to load a missing, empty or stale translation, naming the file, language and key', async () => {
    const { ['reminders.two']: _dropped, ...missing } = SPANISH;
    await expect(loadReminderContent(await folder(missing))).rejects.toThrow(/translations\/es\/reminders\.yaml: es: "reminders\.two" is not translated/);
    await expect(loadReminderContent(await folder({ ...SPANISH, 'checkin.notToday': '' }))).rejects.toThrow(/es: "checkin\.notToday" is empty/);
    await expect(loadReminderContent(await folder(SPANISH, { 'reminders.one': 'An older first one.' }))).rejects.toThrow(
      /es: "reminders\.one" is stale: the English changed since it was translated/,
    );
    await expect(loadReminderContent(await folder({ ...SPANISH, 'reminders.three': 'Tres.' }))).rejects.toThrow(/"reminders\.three" is not a text/);
  });

  it('holds a translation to the limits of the English: button length and HTML', async () => {
    await expect(loadReminderContent(await folder({ ...SPANISH, 'checkin.notToday': 'Hoy no, gracias, quizá mañana' }))).rejects.toThrow(
      /es: checkin\.notToday: is longer than 24 characters/,
    );
    await expect(loadReminderContent(await folder({ ...SPANISH, 'reminders.one': 'El <u>primero</u>.' }))).rejects.toThrow(/es: reminders\[0\] \(id "one"\)\.text: tag <u> is not allowed/);
  });
});
