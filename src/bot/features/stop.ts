import { Composer } from 'grammy';
import { setStopped } from '../../db/users.repository.ts';
import type { PrivateContext } from '../context.ts';

/** `/stop`: opt out of everything the bot would send unasked. `/start` opts back in. */
export const stopFeature = new Composer<PrivateContext>();

stopFeature.command('stop', async (ctx) => {
  await setStopped(ctx.deps.db, ctx.from.id, ctx.deps.clock.now());
  await ctx.reply(ctx.t('stopped'));
});
