import { Composer, InlineKeyboard, InputFile } from 'grammy';
import { deleteUserData, exportUserData } from '../../privacy/privacy.repository.ts';
import { CALLBACK_PREFIX } from '../../telegram/callback-data.ts';
import type { PrivateContext } from '../context.ts';

const CONFIRM = `${CALLBACK_PREFIX.privacy}:delete:yes`;
const KEEP = `${CALLBACK_PREFIX.privacy}:delete:no`;

/** `/export` hands back everything stored about the person; `/delete` erases it, after a yes. */
export const privacyFeature = new Composer<PrivateContext>();

privacyFeature.command('export', async (ctx) => {
  const data = await exportUserData(ctx.deps.db, ctx.from.id);
  const json = JSON.stringify({ exported_at: ctx.deps.clock.now().toISOString(), ...data }, null, 2);
  await ctx.replyWithDocument(new InputFile(Buffer.from(json, 'utf8'), 'letgo-export.json'), {
    caption: ctx.t('export-caption'),
  });
});

privacyFeature.command('delete', (ctx) =>
  ctx.reply(ctx.t('delete-question'), {
    reply_markup: new InlineKeyboard().text(ctx.t('delete-yes'), CONFIRM).text(ctx.t('delete-no'), KEEP),
  }),
);

privacyFeature.callbackQuery(CONFIRM, async (ctx) => {
  await deleteUserData(ctx.deps.db, ctx.from.id);
  await ctx.answerCallbackQuery();
  await ctx.editMessageText(ctx.t('delete-done'));
});

privacyFeature.callbackQuery(KEEP, async (ctx) => {
  await ctx.answerCallbackQuery();
  await ctx.editMessageText(ctx.t('delete-kept'));
});
