import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScenarioCatalog } from '../../../src/scenarios/catalog.ts';
import { toPlainText } from '../../../src/telegram/html.ts';
import { lintCatalog } from '../../../src/scenarios/lint.ts';
import { loadScenarios } from '../../../src/scenarios/loader.ts';
import type { Scenario } from '../../../src/scenarios/model.ts';
import { loadReminderContent } from '../../../src/reminders/content.ts';
import { REMINDER_CONTENT_FILE } from '../../../src/reminders/content-file.ts';
import { SHIPPED_DIR } from './helpers.ts';

const FINGERPRINT = fileURLToPath(new URL('../../fixtures/article-fingerprint.json', import.meta.url));

let catalog: ScenarioCatalog;
beforeAll(async () => {
  catalog = await loadScenarios(SHIPPED_DIR);
});

/** Every piece of text a person can see in a scenario. */
function visibleTexts(scenario: Scenario): string[] {
  const texts = [scenario.title, scenario.summary];
  for (const step of scenario.steps) {
    switch (step.type) {
      case 'message':
      case 'end':
        texts.push(step.text);
        break;
      case 'choice':
        texts.push(step.text, ...step.options.flatMap((o) => [o.label, o.feedback ?? '']));
        texts.push(...step.options.flatMap((o) => Object.values(o.set).filter((v) => typeof v === 'string')));
        break;
      case 'checklist':
        texts.push(step.text, step.doneLabel, ...step.items.map((i) => i.label));
        break;
      case 'text':
        texts.push(step.prompt, step.skipLabel ?? '');
        break;
      case 'branch':
        break;
    }
  }
  return texts.filter((t) => t !== '').map(toPlainText);
}

/** Lowercase words without punctuation; apostrophes dropped so "don’t" and "don't" match. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '');
}

function ngrams(list: readonly string[], n: number): string[] {
  const result: string[] = [];
  for (let i = 0; i + n <= list.length; i++) result.push(list.slice(i, i + n).join(' '));
  return result;
}

describe('shipped scenarios', () => {
  it('are the eleven planned ones, in menu order', () => {
    expect(catalog.list.map((s) => s.id)).toEqual([
      'what-is-letting-go',
      'holding-on-check',
      'why-so-hard',
      'letting-go-quiz',
      'non-attached-persistence',
      'when-the-urge-hits',
      'before-you-reach-out',
      'what-am-i-holding',
      'how-long',
      'when-it-is-over',
      'stillness',
    ]);
  });

  // The two scenarios that can lead to contact carry the safety questions and their paths.
  it('have 5 to 20 steps each', () => {
    for (const s of catalog.list) expect(s.steps.length, s.id).toBeGreaterThanOrEqual(5);
    for (const s of catalog.list) expect(s.steps.length, s.id).toBeLessThanOrEqual(20);
  });

  it('raise no lint warning either', () => {
    expect(lintCatalog(catalog.list)).toEqual([]);
  });

  it('each end suggests at least one other scenario', () => {
    for (const s of catalog.list) {
      for (const step of s.steps) {
        if (step.type === 'end') expect(step.suggest.filter((id) => id !== s.id).length, `${s.id}/${step.id}`).toBeGreaterThan(0);
      }
    }
  });

  it('start with the schema comment, so editors validate them', async () => {
    const files = (await readdir(SHIPPED_DIR)).filter((f) => f.endsWith('.yaml') && f !== 'reminders.yaml');
    expect(files).toHaveLength(11);
    for (const file of files) {
      expect(readFileSync(path.join(SHIPPED_DIR, file), 'utf8').split('\n')[0], file).toBe(
        '# yaml-language-server: $schema=./schema.json',
      );
    }
  });

  it('cover the topics they promise', () => {
    const get = (id: string) => {
      const s = catalog.get(id);
      if (!s) throw new Error(id);
      return s;
    };
    const habits = get('holding-on-check').steps.find((s) => s.type === 'checklist');
    expect(habits?.type === 'checklist' ? habits.items.length : 0).toBe(7);
    expect(habits?.type === 'checklist' ? habits.branches.length : 0).toBeGreaterThan(0);

    const quiz = get('letting-go-quiz');
    const questions = quiz.steps.filter((s) => s.type === 'choice');
    expect(questions.length).toBeGreaterThanOrEqual(3);
    expect(questions.length).toBeLessThanOrEqual(4);
    for (const q of questions) {
      if (q.type === 'choice') expect(q.options.every((o) => o.feedback !== undefined), q.id).toBe(true);
    }
    expect(quiz.steps.some((s) => s.type === 'branch' && s.branches.some((b) => b.when.var === 'score'))).toBe(true);

    const endsOf = (id: string) => get(id).steps.filter((s) => s.type === 'end');
    expect(endsOf('non-attached-persistence').some((s) => s.type === 'end' && s.offerReminders)).toBe(true);
    const journals = (id: string) => get(id).steps.filter((s) => s.type === 'text' && s.journal).length;
    expect(journals('why-so-hard')).toBeGreaterThan(0);
    expect(journals('what-am-i-holding')).toBeGreaterThanOrEqual(3);
  });
});

describe('shipped text is our own', () => {
  // A fingerprint of the article (hashes of its word 6-grams and of its commenters' names),
  // so the check runs on a bare clone; see tests/fixtures/article-fingerprint.json.
  const fingerprint = JSON.parse(readFileSync(FINGERPRINT, 'utf8')) as { n: number; grams: string[]; names: string[] };
  const articleGrams = new Set(fingerprint.grams);
  const commenters = new Set(fingerprint.names);
  const hash = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 11);
  const shared = (text: string) => ngrams(words(text), fingerprint.n).filter((gram) => articleGrams.has(hash(gram)));

  /** Every text a person reads: the scenarios and the daily reminders. */
  async function shippedTexts(): Promise<{ where: string; text: string }[]> {
    const texts = catalog.list.flatMap((s) => visibleTexts(s).map((text) => ({ where: s.id, text })));
    const reminders = await loadReminderContent(REMINDER_CONTENT_FILE);
    texts.push(...reminders.reminders.map((r) => ({ where: `reminders/${r.id}`, text: toPlainText(r.text) })));
    return texts;
  }

  it('has the fingerprint of the article', () => {
    expect(fingerprint.n).toBe(6);
    expect(articleGrams.size).toBeGreaterThan(1000);
    expect(commenters.size).toBeGreaterThanOrEqual(8);
  });

  it('shares no run of 6 or more words with the article', async () => {
    const copied = (await shippedTexts()).flatMap(({ where, text }) => shared(text).map((gram) => `${where}: "${gram}"`));
    expect(copied).toEqual([]);
  });

  it('names none of the people who commented on the article', async () => {
    const found: string[] = [];
    for (const { where, text } of await shippedTexts()) {
      // Names are written with a capital letter ("May" is also an English word).
      for (const name of text.match(/\b[A-Z][a-z]+\b/g) ?? []) if (commenters.has(hash(name.toLowerCase()))) found.push(`${where}: ${name}`);
    }
    expect(found).toEqual([]);
  });

  it('the copy check itself catches a copied sentence', () => {
    const copied = 'When you take the pressure off yourself, you also take the pressure of your ex.';
    expect(shared(copied).length).toBeGreaterThan(0);
    expect(shared('Letting go starts with noticing where you grip.')).toEqual([]);
  });
});
