import { Composer, InlineKeyboard } from 'grammy';
import { setLanguage } from '../../db/users.repository.ts';
import { CALLBACK_PREFIX, callbackRoute } from '../../telegram/callback-data.ts';
import type { PrivateContext } from '../context.ts';
import { showCurrentStep } from './scenarios/interpreter.ts';

const LANG = CALLBACK_PREFIX.language;

/**
 * `/language`: one button per language the bot speaks, each in its own name. The choice is
 * stored and wins over Telegram's language from then on; a conversation in progress goes on
 * at the same step, in the new language. What the person wrote stays as they wrote it.
 */
export const languageFeature = new Composer<PrivateContext>();

languageFeature.command('language', async (ctx) => {
  const keyboard = new InlineKeyboard();
  for (const language of ctx.deps.languages) keyboard.text(ctx.deps.i18n.t(language, 'language-name'), `${LANG}:${language}`).row();
  await ctx.reply(ctx.t('language-choose'), { reply_markup: keyboard });
});

languageFeature.callbackQuery(callbackRoute(LANG), async (ctx) => {
  const language = ctx.callbackQuery.data.slice(LANG.length + 1);
  await ctx.answerCallbackQuery();
  if (!ctx.deps.languages.includes(language)) return; // forged, or a language no longer offered
  await setLanguage(ctx.deps.db, ctx.from.id, language);
  ctx.language = language;
  ctx.t = (key, variables) => ctx.deps.i18n.t(language, key, variables);
  await ctx.editMessageText(ctx.t('language-set')).catch(() => ctx.reply(ctx.t('language-set')));
  if (ctx.run && ctx.run.paused_at === null) await showCurrentStep(ctx, ctx.run);
});
