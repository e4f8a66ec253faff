import { Composer, InlineKeyboard } from 'grammy';
import {
  decodeEditing,
  encodeEditing,
  hasPlan,
  isPlanPart,
  MAX_PLAN_ANSWER,
  nextEditing,
  PLAN_PARTS,
  renderPlan,
  type PlanAnswers,
  type PlanEditing,
} from '../../safety/safety-plan.ts';
import { findSafetyPlan, saveSafetyPlan } from '../../safety/safety.repository.ts';
import { CALLBACK_PREFIX, callbackRoute } from '../../telegram/callback-data.ts';
import type { PrivateContext } from '../context.ts';
import { helpFor, personLanguage, wordsIn } from './safety/help.ts';
import { helplineLine } from '../../safety/response.ts';

const SP = CALLBACK_PREFIX.safetyPlan;
/** `skip:<part>` names the question its Skip belongs to, so a late tap cannot skip a later one. */
const PLAN = { skip: (part: string) => `${SP}:skip:${part}`, change: `${SP}:change`, restart: `${SP}:restart`, edit: (part: string) => `${SP}:edit:${part}` } as const;

/**
 * `/safetyplan` (also offered by the crisis answer): six short questions whose answers make a
 * plan for hard moments, saved with the person's data (exported and erased like the rest)
 * and shown again on request. While a part waits for its answer, the person's next typed
 * message is that answer; crisis detection has already looked at it.
 */
export const safetyPlanFeature = new Composer<PrivateContext>();

safetyPlanFeature.command('safetyplan', (ctx) => startSafetyPlan(ctx));

safetyPlanFeature.command('cancel', async (ctx, next) => {
  if (ctx.planEditing === null) return next();
  await saveSafetyPlan(ctx.deps.db, ctx.from.id, { editing: null }, ctx.deps.clock.now());
  ctx.planEditing = null;
  await ctx.reply(words(ctx)('plan-stopped'));
});

safetyPlanFeature.on('message:text', async (ctx, next) => {
  const editing = decodeEditing(ctx.planEditing);
  if (!editing || ctx.message.text.startsWith('/')) return next();
  const answer = ctx.message.text.trim();
  if (answer.length > MAX_PLAN_ANSWER) {
    return void (await ctx.reply(words(ctx)('plan-too-long', { length: answer.length, max: MAX_PLAN_ANSWER })));
  }
  await moveOn(ctx, editing, answer === '' ? null : answer);
});

safetyPlanFeature.on('message', async (ctx, next) => {
  if (decodeEditing(ctx.planEditing) === undefined) return next();
  await ctx.reply(words(ctx)('plan-send-text'));
});

safetyPlanFeature.callbackQuery(callbackRoute(SP), async (ctx) => {
  await ctx.answerCallbackQuery();
  const data = ctx.callbackQuery.data;
  const editing = decodeEditing(ctx.planEditing);
  if (data.startsWith(PLAN.skip(''))) {
    if (editing && data === PLAN.skip(editing.part)) return moveOn(ctx, editing, null);
    // The Skip of a question already answered or skipped: the question now asked still waits.
    return;
  }
  if (data === PLAN.restart) return ask(ctx, { mode: 'walk', part: PLAN_PARTS[0] }, { reset: true });
  if (data === PLAN.change) {
    const t = words(ctx);
    const keyboard = new InlineKeyboard();
    for (const part of PLAN_PARTS) keyboard.text(t(`plan-h-${part}`), PLAN.edit(part)).row();
    return void (await ctx.reply(t('plan-which'), { reply_markup: keyboard }));
  }
  const part = data.startsWith(PLAN.edit('')) ? data.slice(PLAN.edit('').length) : undefined;
  if (isPlanPart(part)) return ask(ctx, { mode: 'one', part });
  // A skip with nothing waiting, or data of an older version: nothing to do.
});

/** `/safetyplan` and the crisis answer's button: the plan if there is one, else the first question. */
export async function startSafetyPlan(ctx: PrivateContext): Promise<void> {
  const plan = await findSafetyPlan(ctx.deps.db, ctx.from.id);
  if (hasPlan(plan.answers)) return showPlan(ctx, plan.answers);
  await ctx.reply(words(ctx)('plan-intro'));
  await ask(ctx, { mode: 'walk', part: PLAN_PARTS[0] });
}

/** Saves an answer (null: skipped) and asks the next part, or shows the finished plan. */
async function moveOn(ctx: PrivateContext, editing: PlanEditing, answer: string | null): Promise<void> {
  const next = nextEditing(editing);
  const answers = await saveSafetyPlan(
    ctx.deps.db,
    ctx.from.id,
    { part: editing.part, answer, editing: next ? encodeEditing(next) : null },
    ctx.deps.clock.now(),
  );
  ctx.planEditing = next ? encodeEditing(next) : null;
  if (next) return ask(ctx, next, { saved: true });
  await showPlan(ctx, answers);
}

async function ask(ctx: PrivateContext, editing: PlanEditing, opts: { reset?: boolean; saved?: boolean } = {}): Promise<void> {
  const t = words(ctx);
  if (!opts.saved) {
    await saveSafetyPlan(ctx.deps.db, ctx.from.id, { editing: encodeEditing(editing), reset: opts.reset === true }, ctx.deps.clock.now());
    ctx.planEditing = encodeEditing(editing);
  }
  let question = t(`plan-q-${editing.part}`);
  if (editing.part === 'pros') {
    const lines = helpFor(ctx).helplines.entry?.crisis.slice(0, 2).map((s) => helplineLine(t, s).replace(/^• /, '')) ?? [];
    if (lines.length > 0) question += `\n\n<i>${t('plan-q-pros-hint', { lines: lines.join('; ') })}</i>`;
  }
  await ctx.reply(question, {
    parse_mode: 'HTML',
    link_preview_options: { is_disabled: true },
    reply_markup: new InlineKeyboard().text(t('plan-skip'), PLAN.skip(editing.part)),
  });
}

async function showPlan(ctx: PrivateContext, answers: PlanAnswers): Promise<void> {
  const t = words(ctx);
  await ctx.reply(renderPlan(t, answers), {
    parse_mode: 'HTML',
    reply_markup: new InlineKeyboard().text(t('plan-change'), PLAN.change).text(t('plan-restart'), PLAN.restart),
  });
}

function words(ctx: PrivateContext) {
  return wordsIn(ctx, personLanguage(ctx));
}
