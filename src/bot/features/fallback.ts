import { Composer } from 'grammy';
import { COMMANDS } from '../commands.ts';
import type { PrivateContext } from '../context.ts';
import { escapeHtml } from '../../telegram/html.ts';

const KNOWN = new Set<string>(COMMANDS);

/**
 * The last stop for anything no feature took: listed commands not built yet, unknown
 * commands, stickers and photos, plain text, and buttons nobody answers any more. Crisis
 * detection has already read every word that reaches here; these answers stay warm.
 */
export const fallbackFeature = new Composer<PrivateContext>();

fallbackFeature.on('message:text', async (ctx) => {
  const command = /^\/([A-Za-z0-9_]+)(@\w+)?/.exec(ctx.message.text)?.[1];
  if (command === undefined) {
    const paused = ctx.run?.paused_at != null ? ctx.run : undefined;
    if (!paused) return ctx.reply(ctx.t('free-text'));
    const title = ctx.deps.scenarios.get(paused.scenario_id, ctx.language)?.title ?? paused.scenario_id;
    return ctx.reply(ctx.t('paused', { title: escapeHtml(title) }), { parse_mode: 'HTML' });
  }
  if (KNOWN.has(command.toLowerCase())) return ctx.reply(ctx.t('coming-soon', { command: command.toLowerCase() }));
  return ctx.reply(ctx.t('unknown-command', { command: escapeHtml(command.slice(0, 64)) }), { parse_mode: 'HTML' });
});

fallbackFeature.on('message', (ctx) => ctx.reply(ctx.t('non-text')));

fallbackFeature.on('callback_query', (ctx) =>
  ctx.answerCallbackQuery({ text: ctx.t('button-ended') }),
);
