import { existsSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScenarioCatalog } from '../../../src/scenarios/catalog.ts';
import { toPlainText } from '../../../src/telegram/html.ts';
import { lintCatalog } from '../../../src/scenarios/lint.ts';
import { loadScenarios } from '../../../src/scenarios/loader.ts';
import type { Scenario } from '../../../src/scenarios/model.ts';
import { SHIPPED_DIR } from './helpers.ts';

// The article lives in the shared folder beside the project (also in CI).
const ARTICLE = path.resolve('..', 'shared', 'source-article.txt');

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
  it('are the eight planned ones, in menu order', () => {
    expect(catalog.list.map((s) => s.id)).toEqual([
      'what-is-letting-go',
      'holding-on-check',
      'why-so-hard',
      'letting-go-quiz',
      'non-attached-persistence',
      'before-you-reach-out',
      'what-am-i-holding',
      'how-long',
    ]);
  });

  it('have 5 to 15 steps each', () => {
    for (const s of catalog.list) expect(s.steps.length, s.id).toBeGreaterThanOrEqual(5);
    for (const s of catalog.list) expect(s.steps.length, s.id).toBeLessThanOrEqual(15);
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
    expect(files).toHaveLength(8);
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
  const article = readFileSync(ARTICLE, 'utf8');
  const articleGrams = new Set(ngrams(words(article), 8));

  it('finds the article beside the project', () => {
    expect(existsSync(ARTICLE)).toBe(true);
    expect(articleGrams.size).toBeGreaterThan(1000);
  });

  it('shares no run of 8 or more words with the article', () => {
    const copied: string[] = [];
    for (const scenario of catalog.list) {
      for (const text of visibleTexts(scenario)) {
        for (const gram of ngrams(words(text), 8)) if (articleGrams.has(gram)) copied.push(`${scenario.id}: "${gram}"`);
      }
    }
    expect(copied).toEqual([]);
  });

  it('names none of the people who commented on the article', () => {
    // Commenters appear as "says: Name" in the article; "May" is also an English word,
    // so names are matched with their capital letter.
    const names = new Set([...article.matchAll(/says:\s*([A-Za-z]+)/g)].map((m) => m[1] ?? ''));
    for (const extra of ['Akiteng', 'Yangki']) names.add(extra);
    expect(names.size).toBeGreaterThanOrEqual(8);
    const capitalised = [...names].map((n) => (n[0] ?? '').toUpperCase() + n.slice(1));
    const found: string[] = [];
    for (const scenario of catalog.list) {
      for (const text of visibleTexts(scenario)) {
        for (const name of capitalised) if (new RegExp(`\\b${name}\\b`).test(text)) found.push(`${scenario.id}: ${name}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('the copy check itself catches a copied sentence', () => {
    const copied = 'When you take the pressure off yourself, you also take the pressure of your ex.';
    expect(ngrams(words(copied), 8).some((g) => articleGrams.has(g))).toBe(true);
  });
});
