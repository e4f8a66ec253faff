import type { InlineKeyboard } from 'grammy';
import { describe, expect, it } from 'vitest';
import { decodeSettings } from '../../../src/reminders/callback-data.ts';
import { pickReply, replyKey } from '../../../src/reminders/checkin-reply.ts';
import { fittingReminders, type ReminderContent, type ReminderText } from '../../../src/reminders/content.ts';
import {
  ASK_AFTER_UNANSWERED,
  AUTO_PAUSE_ID,
  composeReminder,
  composeSummary,
  CRISIS_CHECKIN_ID,
  KEEP_GOING_ID,
  PAUSE_AFTER_UNANSWERED,
} from '../../../src/reminders/message.ts';
import type { Attempt } from '../../../src/reminders/record.ts';
import { text, words as wordsIn } from '../../helpers/texts.ts';

/** A seeded `Math.random`, so every run chooses the same. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

const texts: ReminderText[] = [
  { id: 'c1', text: 'Contact one.', tags: ['contact'] },
  { id: 'g1', text: 'Grief one.', tags: ['grief'] },
  { id: 'p1', text: 'Plain one.', tags: [] },
  { id: 'c2', text: 'Contact two.', tags: ['contact', 'grief'] },
  { id: 'p2', text: 'Plain two.', tags: [] },
  { id: 'p3', text: 'Plain three.', tags: [] },
];
const content: ReminderContent = {
  reminders: texts,
  checkin: {
    prompt: 'How tightly are you holding on today?',
    options: [
      { mood: 'holding', label: 'Holding on tight' },
      { mood: 'between', label: 'Somewhere between' },
      { mood: 'letting-go', label: 'Letting go' },
    ],
    notToday: 'Not today',
  },
};

const words = wordsIn('en');
type Row = Parameters<typeof composeReminder>[0]['row'];
const row = (extra: Partial<Row> = {}): Row => ({ seen: [], crisisCheckinDue: false, inContact: null, unanswered: 0, ...extra });
const buttons = (keyboard: InlineKeyboard) => keyboard.inline_keyboard.flat().map((b) => ('callback_data' in b ? b.callback_data : ''));

/** Sends a reminder a day for `n` days and returns the ids, remembering "seen" as the dispatcher does. */
function days(n: number, extra: Partial<Row>, random: () => number): string[] {
  let seen: string[] = [];
  const sent: string[] = [];
  for (let day = 0; day < n; day += 1) {
    const attempt: Attempt = {};
    composeReminder({ content, row: row({ ...extra, seen }), attempt, localDate: '2026-06-01', random, words });
    sent.push(attempt.reminderId!);
    seen = attempt.seenAfter ?? seen;
  }
  return sent;
}

describe('reminder texts that fit the person', () => {
  it('never sends a contact text to someone who is not in contact', () => {
    const sent = days(60, { inContact: 'no' }, seeded(7));
    expect(sent.filter((id) => id.startsWith('c'))).toEqual([]);
  });

  it('keeps "never repeated before all have been seen" over the texts that fit, and never the same twice in a row', () => {
    const fitting = fittingReminders(texts, 'no').map((r) => r.id);
    expect(fitting).toEqual(['g1', 'p1', 'p2', 'p3']);
    const sent = days(40, { inContact: 'no' }, seeded(42));
    expect(new Set(sent.slice(0, 4))).toEqual(new Set(fitting));
    for (let start = 4; start + 3 <= sent.length; start += 3) expect(new Set(sent.slice(start - 1, start + 3)).size).toBe(4);
    for (let i = 1; i < sent.length; i += 1) expect(sent[i]).not.toBe(sent[i - 1]);
  });

  it('sends every text, contact ones included, to someone in contact, "it’s complicated", or who has not said', () => {
    for (const inContact of ['yes', 'complicated', null] as const) {
      expect(new Set(days(6, { inContact }, seeded(3)))).toEqual(new Set(texts.map((t) => t.id)));
    }
  });

  it('after answering "not any more" mid-cycle, goes on with the texts that fit and repeats none of them early', () => {
    const attempt: Attempt = {};
    composeReminder({ content, row: row({ seen: ['c1', 'p1', 'c2'], inContact: 'no' }), attempt, localDate: '2026-06-01', random: seeded(1), words });
    expect(['g1', 'p2', 'p3']).toContain(attempt.reminderId);
    expect(attempt.seenAfter).toEqual(['p1', attempt.reminderId]);
  });
});

describe('unanswered reminders', () => {
  const compose = (extra: Partial<Row>, attempt: Attempt = {}) => {
    const message = composeReminder({ content, row: row(extra), attempt, localDate: '2026-06-01', random: seeded(5), words });
    return { message, attempt };
  };

  it('asks "keep going?" once, exactly after five in a row, with keep / pause a week / stop', () => {
    expect(ASK_AFTER_UNANSWERED).toBe(5);
    for (const n of [0, 4, 6, 9]) expect(compose({ unanswered: n }).attempt.reminderId, String(n)).not.toBe(KEEP_GOING_ID);
    const { message, attempt } = compose({ unanswered: 5, seen: ['p1'] });
    expect(attempt.reminderId).toBe(KEEP_GOING_ID);
    expect(attempt.seenAfter).toBeUndefined(); // not a text: "seen" stays as it was
    expect(message.text).toBe(text('remind-keep-going'));
    expect(message.text).toContain('keep coming');
    expect(buttons(message.keyboard).map((d) => decodeSettings(d)?.kind)).toEqual(['keep', 'pause-week', 'off']);
  });

  it('after ten, sends the note that reminders pause themselves, with how to resume', () => {
    expect(PAUSE_AFTER_UNANSWERED).toBe(10);
    for (const n of [10, 11, 30]) {
      const { message, attempt } = compose({ unanswered: n });
      expect(attempt).toMatchObject({ reminderId: AUTO_PAUSE_ID, autoPause: true, seenAfter: undefined });
      expect(message.text).toBe(text('remind-auto-paused'));
      expect(message.text).toContain('/remind on');
      expect(buttons(message.keyboard).map((d) => decodeSettings(d)?.kind)).toEqual(['on']);
    }
    expect(compose({ unanswered: 9 }).attempt.autoPause).toBe(false);
  });

  it('a crisis check-in that is owed comes first, whatever the count', () => {
    expect(compose({ unanswered: 5, crisisCheckinDue: true }).attempt.reminderId).toBe(CRISIS_CHECKIN_ID);
    expect(compose({ unanswered: 12, crisisCheckinDue: true }).attempt).toMatchObject({ reminderId: CRISIS_CHECKIN_ID, crisisCheckin: true });
  });

  it('a retry sends what the first attempt chose, even if the person wrote in between', () => {
    const first = compose({ unanswered: 5 });
    const retry = compose({ unanswered: 0 }, first.attempt);
    expect(retry.attempt.reminderId).toBe(KEEP_GOING_ID);
    expect(retry.message.text).toBe(first.message.text);
  });
});

describe('weekly summary message', () => {
  it('carries its text and a button to the month, and is never a "seen" text', () => {
    const attempt: Attempt = { summaryText: '<b>Your week</b>' };
    const message = composeSummary(attempt, words);
    expect(message.text).toBe('<b>Your week</b>');
    expect(attempt.seenAfter).toBeUndefined();
    expect(buttons(message.keyboard).map((d) => decodeSettings(d)?.kind)).toEqual(['progress']);
  });
});

describe('check-in replies', () => {
  it('never gives the same wording twice in a row for the same mood', () => {
    const random = seeded(11);
    let last: string | null = null;
    const used = new Set<number>();
    for (let day = 0; day < 200; day += 1) {
      const index = pickReply('holding', 3, last, random);
      expect(replyKey('holding', index)).not.toBe(last);
      used.add(index);
      last = replyKey('holding', index);
    }
    expect(used).toEqual(new Set([0, 1, 2]));
  });

  it('may reuse a wording after another mood came between, and copes with one wording or a stray stored value', () => {
    expect(pickReply('holding', 3, 'between:1', () => 0.4)).toBe(1);
    expect(pickReply('holding', 1, 'holding:0', () => 0.9)).toBe(0);
    expect(pickReply('letting-go', 3, 'garbage', () => 0)).toBe(0);
    expect(pickReply('letting-go', 3, 'letting-go:0', () => 0)).toBe(1);
  });
});
