import { Composer } from 'grammy';
import { COMMANDS } from '../commands.ts';
import type { PrivateContext } from '../context.ts';
import { texts } from '../texts.ts';

const KNOWN = new Set<string>(COMMANDS.map((c) => c.command));

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
    if (!paused) return ctx.reply(texts.freeText);
    return ctx.reply(texts.paused(ctx.deps.scenarios.get(paused.scenario_id)?.title ?? paused.scenario_id), { parse_mode: 'HTML' });
  }
  if (KNOWN.has(command.toLowerCase())) return ctx.reply(texts.comingSoon(command.toLowerCase()));
  return ctx.reply(texts.unknownCommand(command.slice(0, 64)), { parse_mode: 'HTML' });
});

fallbackFeature.on('message', (ctx) => ctx.reply(texts.nonText));

fallbackFeature.on('callback_query', (ctx) =>
  ctx.answerCallbackQuery({ text: 'That one has ended. /help shows where to go from here.' }),
);
