import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  loadReminderContent,
  MOODS,
  parseReminderContent,
  pickReminder,
} from '../../../src/reminders/content.ts';

const REMINDERS_FILE = fileURLToPath(new URL('../../../scenarios/reminders.yaml', import.meta.url));

/** A minimal valid file with `reminders` replaced, to test one problem at a time. */
function yamlWith(reminders: string, checkin?: string): string {
  return `${
    checkin ??
    `checkin:
  prompt: How is it going?
  options:
    - { mood: holding, label: Holding on tight }
    - { mood: between, label: Somewhere between }
    - { mood: letting-go, label: Letting go }
  notToday: Not today
`
  }reminders:
${reminders}`;
}

describe('scenarios/reminders.yaml', () => {
  it('loads, with at least 30 distinct short texts', async () => {
    const content = await loadReminderContent(REMINDERS_FILE);
    expect(content.reminders.length).toBeGreaterThanOrEqual(30);
    expect(new Set(content.reminders.map((r) => r.text)).size).toBe(content.reminders.length);
    for (const { id, text } of content.reminders) {
      const sentences = text.replace(/<\/?[bi]>/g, '').split(/[.!?]+(?:\s|$)/).filter((s) => s.trim() !== '');
      expect(sentences.length, id).toBeGreaterThanOrEqual(1);
      expect(sentences.length, id).toBeLessThanOrEqual(3);
    }
  });

  it('has one check-in button per mood and a "not today" label', async () => {
    const { checkin } = await loadReminderContent(REMINDERS_FILE);
    expect(checkin.options.map((o) => o.mood).sort()).toEqual([...MOODS].sort());
    expect(checkin.notToday.length).toBeGreaterThan(0);
  });

  it('does not name people from the article comments', async () => {
    const { reminders } = await loadReminderContent(REMINDERS_FILE);
    const all = reminders.map((r) => r.text).join('\n').toLowerCase();
    for (const name of ['yangki', 'akiteng', 'sarraha', 'laurie', 'elena', 'nadia', 'tabitha', 'lois', 'joegodwilling']) {
      expect(all).not.toContain(name);
    }
  });
});

describe('parseReminderContent errors', () => {
  const ok = '  - { id: one, text: Hello there. }\n';

  it('accepts a minimal valid file', () => {
    const content = parseReminderContent(yamlWith(ok), 'r.yaml');
    expect(content.reminders).toEqual([{ id: 'one', text: 'Hello there.', tags: [] }]);
    const tagged = parseReminderContent(yamlWith(`  - { id: one, text: Hello there., tags: [contact, grief] }\n  - { id: two, text: Hi. }\n`), 'r.yaml');
    expect(tagged.reminders[0]!.tags).toEqual(['contact', 'grief']);
  });

  it.each([
    ['bad id', '  - { id: Not_Kebab, text: Hi. }\n', /^r\.yaml: reminders\[0\] \(id "Not_Kebab"\)\.id: must be kebab-case/],
    ['long id', '  - { id: a-very-long-identifier-here, text: Hi. }\n', /reminders\[0\].*\.id: is longer than 24/],
    ['duplicate id', `${ok}  - { id: one, text: Another. }\n`, /reminders\[1\] \(id "one"\)\.id: duplicates reminders\[0\]/],
    ['duplicate text', `${ok}  - { id: two, text: Hello there. }\n`, /reminders\[1\] \(id "two"\)\.text: duplicates/],
    ['empty text', '  - { id: one, text: "" }\n', /\.text: is empty/],
    ['an underline tag', '  - { id: one, text: "<u>hi</u>" }\n', /tag <u> is not allowed \(use <b> <i>\)/],
    ['unclosed tag', '  - { id: one, text: "<b>hi" }\n', /<b> is never closed/],
    ['crossed tags', '  - { id: one, text: "<b><i>hi</b></i>" }\n', /<\/b> closes <i>/],
    ['bare ampersand', '  - { id: one, text: "you & me" }\n', /stray "&"/],
    ['bare <', '  - { id: one, text: "1 < 2" }\n', /stray "<"/],
    ['unknown key', '  - { id: one, text: Hi., tone: warm }\n', /reminders\[0\] \(id "one"\): has unknown key "tone"/],
    ['missing text', '  - { id: one }\n', /reminders\[0\] \(id "one"\)\.text: is missing/],
    ['no reminders', '  []\n', /reminders: must contain at least one/],
    ['only contact texts', '  - { id: one, text: Hi., tags: [contact] }\n', /reminders: must contain at least one reminder without the contact tag/],
  ])('%s', (_name, reminders, message) => {
    expect(() => parseReminderContent(yamlWith(reminders), 'r.yaml')).toThrow(message);
  });

  it('accepts entities and nested allowed tags', () => {
    const text = '  - { id: one, text: "<b>you &amp; <i>me</i></b> &lt;3" }\n';
    expect(parseReminderContent(yamlWith(text), 'r.yaml').reminders[0]?.text).toBe('<b>you &amp; <i>me</i></b> &lt;3');
  });

  it('checks the check-in buttons', () => {
    const missing = `checkin:
  prompt: Hi?
  options:
    - { mood: holding, label: Holding on tight }
    - { mood: holding, label: Again }
    - { mood: letting-go, label: Letting go }
  notToday: Not today
`;
    expect(() => parseReminderContent(yamlWith(ok, missing), 'r.yaml')).toThrow(/checkin\.options: must list each of/);
    const long = missing.replace('Again', 'A label far too long for a button').replace('holding, label: A', 'between, label: A');
    expect(() => parseReminderContent(yamlWith(ok, long), 'r.yaml')).toThrow(/checkin\.options\[1\]\.label: is longer than 24/);
  });

  it('reports invalid YAML on one line', () => {
    let message = '';
    try {
      parseReminderContent('reminders: [unclosed', 'r.yaml');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^r\.yaml: invalid YAML: /);
    expect(message).not.toContain('\n');
  });

  it('says when the file is empty', () => {
    expect(() => parseReminderContent('# nothing yet\n', 'r.yaml')).toThrow(/^r\.yaml: the file is empty$/);
  });

  it('names the file when it cannot be read', async () => {
    await expect(loadReminderContent('/nonexistent/reminders.yaml')).rejects.toThrow(
      /^\/nonexistent\/reminders\.yaml: cannot read the file \(ENOENT\)$/,
    );
  });

  it('counts further problems on the same line', () => {
    const two = '  - { id: Bad_One, text: "" }\n';
    expect(() => parseReminderContent(yamlWith(two), 'r.yaml')).toThrow(/\(and 1 more problem\)$/);
  });
});

describe('pickReminder', () => {
  const all = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));

  /** A seeded generator (mulberry32), so runs are repeatable. */
  function seeded(seed: number): () => number {
    let s = seed;
    return () => {
      s = (s + 0x6d2b79f5) | 0;
      let t = Math.imul(s ^ (s >>> 15), 1 | s);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  it('shows every text once per cycle and never the same one twice in a row', () => {
    for (let seed = 1; seed <= 20; seed += 1) {
      const random = seeded(seed);
      const history: string[] = [];
      for (let i = 0; i < all.length * 6; i += 1) history.push(pickReminder(all, history, random));
      for (let c = 0; c < 6; c += 1) {
        expect(new Set(history.slice(c * all.length, (c + 1) * all.length)).size).toBe(all.length);
      }
      for (let i = 1; i < history.length; i += 1) expect(history[i]).not.toBe(history[i - 1]);
    }
  });

  it('picks only unseen ids within a cycle', () => {
    expect(pickReminder(all, ['a', 'b', 'c', 'd'], () => 0)).toBe('e');
    expect(pickReminder(all, ['e', 'a', 'b', 'c', 'd', 'a', 'c'], () => 0.99)).toBe('e');
  });

  it('does not repeat the last one at the cycle boundary', () => {
    expect(pickReminder(all, ['a', 'b', 'c', 'd', 'e'], () => 0.99)).toBe('d');
    expect(pickReminder(all, ['e', 'd', 'c', 'b', 'a'], () => 0)).toBe('b');
  });

  it('ignores removed ids and treats new ones as unseen', () => {
    expect(pickReminder([{ id: 'a' }, { id: 'b' }, { id: 'new' }], ['gone', 'a', 'b'], () => 0)).toBe('new');
  });

  it('handles one text, a fresh history, and an empty list', () => {
    expect(pickReminder([{ id: 'only' }], ['only', 'only'], () => 0.5)).toBe('only');
    expect(pickReminder(all, [], () => 0)).toBe('a');
    expect(pickReminder(all, [], () => 1)).toBe('e');
    expect(() => pickReminder([], [], () => 0)).toThrow(RangeError);
  });
});
