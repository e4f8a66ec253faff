import { Composer } from 'grammy';
import { setStopped } from '../../db/users.repository.ts';
import type { BotContext } from '../context.ts';
import { texts } from '../texts.ts';

/** `/stop`: opt out of everything the bot would send unasked. `/start` opts back in. */
export const stopFeature = new Composer<BotContext>();

stopFeature.command('stop', async (ctx) => {
  if (!ctx.from) return;
  await setStopped(ctx.deps.db, ctx.from.id, ctx.deps.clock.now());
  await ctx.reply(texts.stopped);
});
