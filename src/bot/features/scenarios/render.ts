import { InlineKeyboard } from 'grammy';
import type { PrivateContext } from '../../context.ts';
import { encodeCallbackData } from '../../../scenarios/callback-data.ts';
import type { ScenarioCatalog } from '../../../scenarios/catalog.ts';
import type { StepView } from '../../../scenarios/engine.ts';
import { MENU } from '../../main-menu.ts';
import { menuData } from './menu-data.ts';
import { escapeHtml } from '../../../telegram/html.ts';

/** The buttons of a step, each carrying the run and step it belongs to; undefined when it has none. */
export function stepKeyboard(runId: number, view: StepView): InlineKeyboard | undefined {
  if (!view.keyboard || view.keyboard.length === 0) return undefined;
  return InlineKeyboard.from(
    view.keyboard.map((row) => row.map((b) => InlineKeyboard.text(b.label, encodeCallbackData(runId, view.stepId, b.action)))),
  );
}

/** The words of a language, and the scenarios in it. */
export interface Speech {
  t: (key: string, variables?: Record<string, string | number>) => string;
  language: string;
}

/** An end step's way on: the suggested scenarios, then the whole menu. */
export function endKeyboard(catalog: ScenarioCatalog, suggest: readonly string[], { t, language }: Speech): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const id of suggest) {
    const next = catalog.get(id, language);
    if (next) keyboard.text(next.title, menuData.go(next.id)).row();
  }
  return keyboard.text(t('scenarios-all'), MENU.scenarios);
}

/** The menu: one line per scenario, one button each; with a run open, a way back to it first. */
export function menuMessage(catalog: ScenarioCatalog, { t, language }: Speech, openTitle?: string): { text: string; keyboard: InlineKeyboard } {
  const list = catalog.listIn(language);
  const lines = list.map((s, i) => t('scenarios-line', { index: i + 1, title: escapeHtml(s.title), summary: escapeHtml(s.summary) }));
  const keyboard = new InlineKeyboard();
  if (openTitle !== undefined) keyboard.text(t('scenarios-continue', { title: openTitle }), menuData.resume).row();
  for (const s of list) keyboard.text(s.title, menuData.go(s.id)).row();
  const intro = openTitle === undefined ? t('scenarios-intro') : t('scenarios-in-run', { title: escapeHtml(openTitle) });
  return { text: [intro, '', ...lines].join('\n'), keyboard };
}

/**
 * Sends a step's messages in order, the keyboard on the last one. Returns the id of the
 * last message (the one whose buttons must be taken away when the run moves on).
 */
export async function sendTexts(
  ctx: PrivateContext,
  texts: readonly string[],
  keyboard?: InlineKeyboard,
  /** Messages to send right after `texts[i]` (helplines a step asked for). */
  after: ReadonlyMap<number, string> = new Map(),
): Promise<number | undefined> {
  let last: number | undefined;
  const send = (text: string, markup?: InlineKeyboard) =>
    ctx.reply(text, { parse_mode: 'HTML', link_preview_options: { is_disabled: true }, ...(markup ? { reply_markup: markup } : {}) });
  for (const [i, text] of texts.entries()) {
    const isLast = i === texts.length - 1;
    last = (await send(text, isLast ? keyboard : undefined)).message_id;
    const extra = after.get(i);
    if (extra !== undefined) last = (await send(extra)).message_id;
  }
  return last;
}

/**
 * Keeps a tapped answer visible: the question keeps its words and gains "› the answer", and
 * its buttons go (one edit). Falls back to only taking the buttons away.
 */
export async function markAnswered(ctx: PrivateContext, messageId: number, answer: string): Promise<void> {
  const message = ctx.callbackQuery?.message;
  if (!message || message.message_id !== messageId || !('text' in message) || message.text === undefined) {
    return removeKeyboard(ctx, messageId);
  }
  await ctx.api
    .editMessageText(ctx.chat.id, messageId, `${message.text}\n\n› ${answer}`, { ...(message.entities && { entities: message.entities }) })
    .catch(async (err: unknown) => {
      ctx.logger.debug({ err }, 'could not show the answer on the question; taking its buttons away');
      await removeKeyboard(ctx, messageId);
    });
}

/**
 * Takes the buttons off a message so old choices look finished. Best effort: the message
 * may be gone, too old, or already without buttons, and none of that matters to the person.
 */
export async function removeKeyboard(ctx: PrivateContext, messageId: number | null | undefined): Promise<void> {
  if (messageId == null || ctx.chat === undefined) return;
  await ctx.api.editMessageReplyMarkup(ctx.chat.id, messageId).catch((err: unknown) => {
    ctx.logger.debug({ err, message_id: messageId }, 'could not take the buttons off a message');
  });
}

/**
 * The tapped message, if the tapped button is really on it: only then may its buttons be
 * taken away. Data can be forged onto any message id, and a forged tap must change nothing.
 */
export function tappedMessage(ctx: PrivateContext): number | undefined {
  const query = ctx.callbackQuery;
  const rows = query?.message?.reply_markup?.inline_keyboard ?? [];
  const own = rows.some((row) => row.some((b) => 'callback_data' in b && b.callback_data === query?.data));
  return own ? query?.message?.message_id : undefined;
}
