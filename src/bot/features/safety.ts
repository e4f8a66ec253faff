import { Composer } from 'grammy';
import type { Update } from 'grammy/types';
import { changeReminders, reminderView } from '../../reminders/service.ts';
import { detectCrisis, type CrisisDetection } from '../../safety/detection/index.ts';
import { parseCountry, helplinesFor } from '../../safety/helplines.ts';
import { crisisMessage, helplinesMessage, type Words } from '../../safety/response.ts';
import { countSafetyEvent, recordCrisisAnswer, resumeRun, setCountry, setSafetyQuestion } from '../../safety/safety.repository.ts';
import { escapeHtml } from '../../telegram/html.ts';
import type { PrivateContext } from '../context.ts';
import {
  crisisKeyboard,
  helpFor,
  personLanguage,
  questionKeyboard,
  SAFETY,
  safetyLanguage,
  typedAnswer,
  wordsIn,
  type QuestionAnswer,
} from './safety/help.ts';
import { startSafetyPlan } from './safety-plan.ts';
import { showCurrentStep } from './scenarios/interpreter.ts';

/** A second crisis answer within this time is a shorter follow-up, not the same wall of text. */
const FOLLOW_UP_MS = 10 * 60_000;
/** A typed "yes" or "no" counts as the answer to the question for this long. */
const QUESTION_WAITS_MS = 30 * 60_000;
const REMINDER_PAUSE_DAYS = 7;

/**
 * Crisis language, wherever a person types: new and edited messages and the captions of
 * photos, videos and documents, before any script or fallback sees them. The words are
 * checked once per update, in tiers:
 *
 * - an act or a plan gets help at once: helplines for their country, in their language;
 * - a risk cue gets a direct, kind question first ("Are you having thoughts of ending your
 *   life, or of hurting yourself?"): yes or not sure gets help; no gets a warm word and the
 *   scenario back exactly where it was.
 *
 * Either pauses an open scenario run so the next words are not taken as an answer. Only the
 * tier and rule family are logged and counted, never the words.
 */
export const safetyFeature = new Composer<PrivateContext>();

safetyFeature.use(async (ctx, next) => {
  const text = typedText(ctx.update);
  if (text === undefined) return next();
  const detection = detectCrisis(text);
  ctx.crisis = detection;
  if (questionWaits(ctx)) {
    const answer = answerIn(ctx, text);
    // Words that themselves speak of danger are never read as "no, I'm safe".
    if (answer !== undefined && !(answer === 'no' && detection.tier !== 'none')) return answerQuestion(ctx, answer);
  }
  if (detection.tier === 'act') return crisisAnswer(ctx, detection, detection.family ?? 'unknown');
  if (detection.tier === 'cue') return askQuestion(ctx, detection);
  // An edit without crisis language changes nothing the bot said.
  if (ctx.update.edited_message) return;
  return next();
});

safetyFeature.callbackQuery([SAFETY.yes, SAFETY.unsure, SAFETY.no], async (ctx) => {
  await ctx.answerCallbackQuery();
  const answer = ctx.callbackQuery.data.slice(SAFETY.yes.length - 'yes'.length) as QuestionAnswer;
  const t = wordsIn(ctx, personLanguage(ctx));
  const chosen = t(`safety-answer-${answer}`);
  // The question keeps its words and shows the answer; its buttons go.
  const question = ctx.callbackQuery.message;
  if (question && 'text' in question && question.text !== undefined) {
    await ctx
      .editMessageText(`${escapeHtml(question.text)}\n\n<i>${escapeHtml(t('safety-answered', { answer: chosen }))}</i>`, { parse_mode: 'HTML' })
      .catch((err: unknown) => ctx.logger.debug({ err }, 'could not mark the answered question'));
  }
  await answerQuestion(ctx, answer);
});

safetyFeature.callbackQuery(SAFETY.safe, async (ctx) => {
  await ctx.answerCallbackQuery();
  await ctx.reply(wordsIn(ctx, personLanguage(ctx))('crisis-safe-reply'));
});

safetyFeature.callbackQuery(SAFETY.lines, async (ctx) => {
  await ctx.answerCallbackQuery();
  await sendHelplines(ctx);
});

safetyFeature.callbackQuery(SAFETY.plan, async (ctx) => {
  await ctx.answerCallbackQuery();
  await startSafetyPlan(ctx);
});

safetyFeature.callbackQuery(SAFETY.pause, async (ctx) => {
  await ctx.answerCallbackQuery();
  const t = wordsIn(ctx, personLanguage(ctx));
  const { db, clock } = ctx.deps;
  const view = await reminderView(db, ctx.from.id, clock.now());
  if (!view.enabled) return void (await ctx.reply(t('crisis-reminders-none')));
  await changeReminders(db, ctx.from.id, { pauseDays: REMINDER_PAUSE_DAYS }, clock.now());
  await ctx.reply(t('crisis-reminders-paused'));
});

safetyFeature.command('sos', async (ctx) => {
  await sendHelplines(ctx);
  await countEvent(ctx, { tier: 'sos', family: 'sos' });
});

safetyFeature.command('country', async (ctx) => {
  const t = wordsIn(ctx, personLanguage(ctx));
  const input = ctx.match.trim();
  if (input === '') {
    const name = ctx.user.country ? helplinesFor(ctx.deps.helplines, ctx.user.country).entry?.name ?? ctx.user.country : null;
    return void (await ctx.reply(name ? t('country-current', { country: escapeHtml(name) }) : t('country-none'), { parse_mode: 'HTML' }));
  }
  const code = parseCountry(input);
  if (code === null) return void (await ctx.reply(t('country-unknown', { input: escapeHtml(input.slice(0, 60)) }), { parse_mode: 'HTML' }));
  await setCountry(ctx.deps.db, ctx.from.id, code);
  const name = helplinesFor(ctx.deps.helplines, code).entry?.name ?? code;
  await ctx.reply(t('country-set', { country: escapeHtml(name) }), { parse_mode: 'HTML' });
});

/** What the person typed in this update: a message or its edit, the text or a caption. */
function typedText(update: Update): string | undefined {
  const message = update.message ?? update.edited_message;
  return message?.text ?? message?.caption;
}

function questionWaits(ctx: PrivateContext): boolean {
  const asked = ctx.user.safety_question_at;
  return asked !== null && ctx.deps.clock.now().getTime() - asked.getTime() < QUESTION_WAITS_MS;
}

/** A typed yes, not sure or no, in the person's language or English. */
function answerIn(ctx: PrivateContext, text: string): QuestionAnswer | undefined {
  return typedAnswer(text, wordsIn(ctx, personLanguage(ctx)), wordsIn(ctx, 'en'));
}

/** Help at once: the emergency number, helplines for their country, and the way back. */
async function crisisAnswer(ctx: PrivateContext, detection: CrisisDetection | undefined, family: string): Promise<void> {
  const { db, clock } = ctx.deps;
  const now = clock.now();
  const t = wordsIn(ctx, safetyLanguage(ctx, detection));
  const last = ctx.user.crisis_answered_at;
  const followUp = last !== null && now.getTime() - last.getTime() < FOLLOW_UP_MS;
  await ctx.reply(crisisMessage(t, helpFor(ctx), { followUp, runPaused: ctx.run !== undefined }), {
    parse_mode: 'HTML',
    link_preview_options: { is_disabled: true },
    reply_markup: crisisKeyboard(t),
  });
  await recordCrisisAnswer(db, ctx.from.id, now);
  await countEvent(ctx, { tier: 'act', family });
  ctx.logger.warn({ tier: 'act', family, follow_up: followUp }, 'crisis answer sent');
}

/** A risk cue: ask directly and kindly, as crisis lines do, before anything else. */
async function askQuestion(ctx: PrivateContext, detection: CrisisDetection): Promise<void> {
  const { db, clock } = ctx.deps;
  const t = wordsIn(ctx, safetyLanguage(ctx, detection));
  await ctx.reply(t('safety-question'), { parse_mode: 'HTML', reply_markup: questionKeyboard(t) });
  await setSafetyQuestion(db, ctx.from.id, clock.now());
  await countEvent(ctx, { tier: 'cue', family: detection.family ?? 'unknown' });
  ctx.logger.warn({ tier: 'cue', family: detection.family }, 'safety question asked');
}

/** Yes or not sure: help. No: a warm word, and back to exactly where they were. */
async function answerQuestion(ctx: PrivateContext, answer: QuestionAnswer): Promise<void> {
  if (answer !== 'no') return crisisAnswer(ctx, undefined, `answer-${answer}`);
  const { db } = ctx.deps;
  const t = wordsIn(ctx, personLanguage(ctx));
  await setSafetyQuestion(db, ctx.from.id, null);
  await countEvent(ctx, { tier: 'answer-no', family: 'answer-no' });
  const run = ctx.run;
  await ctx.reply(run ? `${t('safety-no-reply')}\n\n${t('safety-no-back')}` : t('safety-no-reply'));
  if (!run) return;
  await resumeRun(db, run.id);
  ctx.run = { ...run, paused_at: null };
  await showCurrentStep(ctx, ctx.run);
}

async function sendHelplines(ctx: PrivateContext): Promise<void> {
  const t: Words = wordsIn(ctx, personLanguage(ctx));
  await ctx.reply(helplinesMessage(t, helpFor(ctx)), { parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
}

/** One safety event: counted per day in the database (for /stats) and in the metrics. */
async function countEvent(ctx: PrivateContext, event: { tier: string; family: string }): Promise<void> {
  ctx.deps.metrics.crisisResponses.inc({ tier: event.tier });
  await countSafetyEvent(ctx.deps.db, ctx.deps.clock.now(), event);
}
