import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTACT_ANSWERS } from '../../../src/bot/features/reminders/keyboards.ts';
import { stateText } from '../../../src/bot/features/reminders/sentences.ts';
import { LOCALES_DIR } from '../../../src/i18n/i18n.ts';
import { CHECKIN_REPLY_COUNT } from '../../../src/reminders/checkin-reply.ts';
import { renderWeekSummary, type Checkin } from '../../../src/reminders/progress.ts';
import { FREQUENCIES } from '../../../src/reminders/schedule.ts';
import type { ReminderView } from '../../../src/reminders/service.ts';
import { text, words } from '../../helpers/texts.ts';

const SRC = path.resolve(LOCALES_DIR, '../src');

/** The message ids a Fluent file defines (`key = …` at the start of a line). */
function ids(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/^([a-zA-Z][\w-]*) *=/gm)].map((m) => m[1]!);
}

/** Every Fluent file of English: one bundle, so a key may be defined in one of them only. */
function englishFiles(): string[] {
  const dir = path.join(LOCALES_DIR, 'en');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ftl'))
    .map((f) => path.join(dir, f));
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
  );
}

/** The keys the reminder code names literally, and the ones it builds from a value it enumerates. */
function keysUsedByReminders(): string[] {
  const files = [
    ...tsFiles(path.join(SRC, 'reminders')),
    ...tsFiles(path.join(SRC, 'bot/features/reminders')),
    path.join(SRC, 'bot/features/reminders.ts'),
  ];
  // The quoted keys in the first argument of every `t(` (`t(paused ? 'a' : 'b', …)` names two).
  const literal = files.flatMap((f) =>
    [...readFileSync(f, 'utf8').matchAll(/\bt\(([^,)]*)/g)].flatMap((call) =>
      [...call[1]!.matchAll(/'((?:remind|checkin|summary|progress|chart)-[a-z0-9-]+)'/g)].map((m) => m[1]!),
    ),
  );
  const moods = ['holding', 'between', 'letting-go'];
  const built = [
    ...FREQUENCIES.flatMap((f) => [`remind-frequency-${f}`, `remind-frequency-${f}-button`]),
    ...CONTACT_ANSWERS.flatMap((a) => [`remind-contact-${a}`, `remind-contact-thanks-${a}`]),
    ...moods.flatMap((mood) => Array.from({ length: CHECKIN_REPLY_COUNT }, (_, i) => `checkin-reply-${mood}-${i + 1}`)),
  ];
  return [...new Set([...literal, ...built])];
}

describe('the reminder feature’s words (locales/*/reminders.ftl)', () => {
  const english = path.join(LOCALES_DIR, 'en', 'reminders.ftl');

  it('has in English every key the reminder code uses', () => {
    const used = keysUsedByReminders();
    expect(used.length).toBeGreaterThan(50);
    const defined = new Set(englishFiles().flatMap(ids));
    expect(used.filter((key) => !defined.has(key))).toEqual([]);
  });

  it('uses every key it defines, and shares none with the other English files', () => {
    const used = new Set(keysUsedByReminders());
    // Keys only other keys refer to ({ remind-zone-type }, the hints).
    const referenced = new Set([...readFileSync(english, 'utf8').matchAll(/\{ *([a-z][\w-]*) *\}/g)].map((m) => m[1]!));
    expect(ids(english).filter((key) => !used.has(key) && !referenced.has(key))).toEqual([]);
    const others = englishFiles()
      .filter((f) => f !== english)
      .flatMap(ids);
    expect(ids(english).filter((key) => others.includes(key))).toEqual([]);
    expect(new Set(ids(english)).size).toBe(ids(english).length);
  });

  it('has no key in another language that English lacks', () => {
    const defined = new Set(ids(english));
    for (const language of readdirSync(LOCALES_DIR)) {
      const file = path.join(LOCALES_DIR, language, 'reminders.ftl');
      if (language === 'en' || !existsSync(file)) continue;
      expect(ids(file).filter((key) => !defined.has(key)), language).toEqual([]);
    }
  });
});

describe('a German-speaking person', () => {
  const de = words('de');
  const germanFile = existsSync(path.join(LOCALES_DIR, 'de', 'reminders.ftl'));
  // Monday 2 June 2025, 12:00 in Berlin; the next reminder on Friday.
  const now = new Date('2025-06-02T10:00:00Z');
  const view: ReminderView = {
    known: true,
    enabled: true,
    localTime: '08:30',
    timeZone: 'Europe/Berlin',
    pausedUntil: null,
    next: { at: new Date('2025-06-06T06:30:00Z'), localDate: '2025-06-06' },
    stopped: false,
    blocked: false,
    frequency: 'daily',
    place: 'Berlin',
    summaryWeekday: 1,
    nextSummary: null,
    inContact: null,
    autoPaused: false,
  };

  it('reads /remind with weekday names from the German calendar, and the words in German or else English', () => {
    const state = stateText(view, now, de);
    const schedule = text('remind-schedule-place', { frequency: text('remind-frequency-daily', {}, 'de'), time: '08:30', place: 'Berlin' }, 'de');
    expect(state.split('\n')).toEqual([
      text('remind-state-on', { schedule }, 'de'),
      text('remind-next', { when: text('remind-when-weekday', { weekday: 'Freitag', time: '08:30' }, 'de') }, 'de'),
      text('remind-summary-set', { weekday: 'Montag' }, 'de'),
      '',
      text('remind-state-change', {}, 'de'),
    ]);
    if (!germanFile) {
      // No German reminders.ftl yet: every key falls back to English, the calendar does not.
      expect(state).toContain('Daily reminders are <b>on</b>: every day at <b>08:30</b>, Berlin time.');
      expect(state).toContain('Next: on Freitag at 08:30.');
      expect(state).toContain('Montag');
      expect(state).not.toContain('Monday');
    }
  });

  it('reads the weekly summary with German weekday initials', () => {
    // Tuesday 3 June to Monday 9 June 2025.
    const checkins: Checkin[] = [
      { localDate: '2025-06-03', mood: 'letting-go' },
      { localDate: '2025-06-04', mood: 'between' },
      { localDate: '2025-06-05', mood: 'holding' },
    ];
    const input = { today: '2025-06-09', joined: '2025-01-01', checkins, practiceDates: checkins.map((c) => c.localDate) };
    const summary = renderWeekSummary(input, de);
    expect(summary.split('\n')).toEqual([
      text('summary-title', {}, 'de'),
      '',
      text('summary-practised', { days: 3, of: 7 }, 'de'),
      '',
      // Dienstag, Mittwoch, Donnerstag, Freitag, Samstag, Sonntag, Montag.
      '<code>D🟩 M🟨 D🟧 F⬜ S⬜ S⬜ M⬜</code>',
    ]);
    if (!germanFile) expect(summary).toContain('You practised on <b>3</b> of the last 7 days.');
    expect(renderWeekSummary(input, words('en'))).toContain('<code>T🟩 W🟨 T🟧 F⬜ S⬜ S⬜ M⬜</code>');
  });
});
