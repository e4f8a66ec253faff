import { Composer } from 'grammy';
import { renderStats } from '../../stats/render.ts';
import { readStats } from '../../stats/stats.repository.ts';
import type { PrivateContext } from '../context.ts';

/**
 * The operator's view in Telegram, for the ids in `ADMIN_IDS` only. `/stats` is not in the
 * public command menu, and anyone else gets the usual answer to an unknown command.
 */
export const adminFeature = new Composer<PrivateContext>();

adminFeature.command('stats', async (ctx, next) => {
  if (!ctx.deps.config.adminIds.includes(ctx.from.id)) return next();
  const stats = await readStats(ctx.deps.db, ctx.deps.clock.now());
  await ctx.reply(renderStats(stats, (id) => ctx.deps.scenarios.get(id)?.title ?? id), { parse_mode: 'HTML' });
});
