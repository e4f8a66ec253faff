import type { MiddlewareFn } from 'grammy';
import type { Deps } from '../../deps.ts';
import type { BotContext } from '../context.ts';

/** First middleware: gives every handler its dependencies and a per-update child logger. */
export function attachDeps(deps: Deps): MiddlewareFn<BotContext> {
  return (ctx, next) => {
    ctx.deps = deps;
    ctx.logger = deps.logger.child({ update_id: ctx.update.update_id });
    ctx.user = undefined;
    return next();
  };
}
