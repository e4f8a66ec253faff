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
    caption: 'Everything I keep about you, as JSON. /delete erases it.',
  });
});

privacyFeature.command('delete', (ctx) =>
  ctx.reply(
    'This erases everything I keep about you: settings, reminders, answers, journal. It cannot be undone. Erase it?',
    { reply_markup: new InlineKeyboard().text('Yes, erase everything', CONFIRM).text('No, keep it', KEEP) },
  ),
);

privacyFeature.callbackQuery(CONFIRM, async (ctx) => {
  await deleteUserData(ctx.deps.db, ctx.from.id);
  await ctx.answerCallbackQuery();
  await ctx.editMessageText('Done. Everything I kept about you is erased. If you write to me again, we start fresh.');
});

privacyFeature.callbackQuery(KEEP, async (ctx) => {
  await ctx.answerCallbackQuery();
  await ctx.editMessageText('Nothing was erased.');
});
