import { InlineKeyboard } from 'grammy';
import type { JournalEntry } from '../../../db/scenario-tables.ts';
import { escapeHtml } from '../../../telegram/html.ts';
import { menuData } from './menu-data.ts';


/** Entries per page. With the cuts below a page stays well under Telegram's 4096 characters. */
export const JOURNAL_PAGE_SIZE = 3;
const PROMPT_CHARS = 160;
const TEXT_CHARS = 1000;

/**
 * One page of the journal, newest first, with ‹ Newer / Older › buttons. Long prompts and
 * entries are cut (and the page says /export has them in full), so any page fits one message.
 */
export function journalPage(
  entries: readonly Pick<JournalEntry, 'created_at' | 'scenario_id' | 'prompt' | 'text'>[],
  opts: {
    offset: number;
    total: number;
    timeZone: string | null;
    titleOf: (scenarioId: string) => string;
    /** The person's words (`journal-*` texts) and the locale their dates are written in. */
    t: (key: string, variables?: Record<string, string | number>) => string;
    locale: string;
  },
): { text: string; keyboard?: InlineKeyboard } {
  const { t } = opts;
  if (opts.total === 0 || entries.length === 0) return { text: t('journal-empty') };
  let cut = false;
  const clip = (text: string, max: number) => {
    if (text.length <= max) return text;
    cut = true;
    return `${text.slice(0, max - 1).trimEnd()}…`;
  };
  const blocks = entries.map((e) =>
    [
      `<b>${escapeHtml(formatDate(e.created_at, opts.timeZone, opts.locale))}</b> · ${escapeHtml(opts.titleOf(e.scenario_id))}`,
      `<i>${escapeHtml(clip(e.prompt, PROMPT_CHARS))}</i>`,
      escapeHtml(clip(e.text, TEXT_CHARS)),
    ].join('\n'),
  );
  const from = opts.offset + 1;
  const to = opts.offset + entries.length;
  const header = opts.total <= to && from === 1 ? t('journal-title') : t('journal-title-page', { from, to, total: opts.total });
  const parts = [header, ...blocks];
  if (cut) parts.push(t('journal-cut'));

  const keyboard = new InlineKeyboard();
  if (opts.offset > 0) keyboard.text(t('journal-newer'), menuData.journal(Math.max(0, opts.offset - JOURNAL_PAGE_SIZE)));
  if (to < opts.total) keyboard.text(t('journal-older'), menuData.journal(to));
  return { text: parts.join('\n\n'), ...(keyboard.inline_keyboard.flat().length > 0 ? { keyboard } : {}) };
}

/** "29 Nov 2026, 18:05" (in the person's locale) in their zone when known, else UTC (and says so). */
function formatDate(at: Date, timeZone: string | null, locale: string): string {
  const format = (zone: string) =>
    new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, {
      timeZone: zone,
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    }).format(at);
  if (timeZone !== null) {
    try {
      return format(timeZone);
    } catch {
      // An unknown zone name: fall through to UTC.
    }
  }
  return `${format('UTC')} UTC`;
}
