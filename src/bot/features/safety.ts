import { Composer } from 'grammy';
import { detectCrisis } from '../../safety/crisis.ts';
import { crisisResponse } from '../../safety/response.ts';
import { countSafetyEvent } from '../../safety/safety.repository.ts';
import type { PrivateContext } from '../context.ts';
import { leaveRun } from './scenarios/interpreter.ts';

/**
 * Every free-text message is checked for crisis or self-harm language before any script sees
 * it. On a match the bot steps out of the script and answers with help resources at once.
 */
export const safetyFeature = new Composer<PrivateContext>();

safetyFeature.on('message:text', async (ctx, next) => {
  if (!detectCrisis(ctx.message.text)) return next();
  await ctx.reply(crisisResponse(), { parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
  await leaveRun(ctx, 'cancelled');
  ctx.logger.warn('crisis language detected; help resources sent');
  await countSafetyEvent(ctx.deps.db, ctx.deps.clock.now());
});
