import type { MiddlewareFn } from 'grammy';
import { pickLanguage } from '../../i18n/languages.ts';
import type { Deps } from '../../deps.ts';
import type { BotContext } from '../context.ts';

/**
 * Picks the person's language once per update, after their row is loaded: their `/language`
 * choice, else the best of Telegram's `language_code` among the languages the bot speaks,
 * else English. `ctx.t` gives the UI texts in it (grammY's i18n plugin and its Fluent files).
 */
export function language(deps: Pick<Deps, 'i18n' | 'languages'>): MiddlewareFn<BotContext> {
  return (ctx, next) => {
    const chosen = ctx.user?.language;
    ctx.language = chosen && deps.languages.includes(chosen) ? chosen : pickLanguage(ctx.from?.language_code, deps.languages);
    ctx.t = (key, variables) => deps.i18n.t(ctx.language, key, variables);
    return next();
  };
}
