import { Composer } from 'grammy';
import { countJournalEntries, latestJournalEntries } from '../../scenarios/journal.repository.ts';
import { JOURNAL_PAGE_SIZE, journalPage } from './scenarios/journal-page.ts';
import { JOURNAL_PREFIX, parseMenuData } from './scenarios/menu-data.ts';
import type { PrivateContext } from '../context.ts';

/**
 * `/journal`: what the person wrote in scenarios that keep a journal, newest first, a few
 * entries a page. The page buttons edit the message in place rather than adding more.
 */
export const journalFeature = new Composer<PrivateContext>();

journalFeature.command('journal', async (ctx) => {
  const page = await pageAt(ctx, 0);
  await ctx.reply(page.text, { parse_mode: 'HTML', ...(page.keyboard ? { reply_markup: page.keyboard } : {}) });
});

journalFeature.callbackQuery(JOURNAL_PREFIX, async (ctx) => {
  const action = parseMenuData(ctx.callbackQuery.data);
  await ctx.answerCallbackQuery();
  if (action?.kind !== 'journal') return;
  const page = await pageAt(ctx, action.offset);
  await ctx
    .editMessageText(page.text, { parse_mode: 'HTML', ...(page.keyboard ? { reply_markup: page.keyboard } : {}) })
    .catch((err: unknown) => ctx.logger.debug({ err }, 'journal page not edited (unchanged or gone)'));
});

async function pageAt(ctx: PrivateContext, offset: number) {
  const { db, scenarios } = ctx.deps;
  const userId = ctx.from.id;
  const total = await countJournalEntries(db, userId);
  // A page past the end (entries were erased meanwhile) shows the last one instead.
  const start = Math.min(offset, Math.max(0, total - 1) - (Math.max(0, total - 1) % JOURNAL_PAGE_SIZE));
  const entries = await latestJournalEntries(db, userId, start, JOURNAL_PAGE_SIZE);
  return journalPage(entries, {
    offset: start,
    total,
    timeZone: ctx.user.time_zone,
    titleOf: (id) => scenarios.get(id, ctx.language)?.title ?? id,
    t: ctx.t,
    locale: ctx.language,
  });
}
