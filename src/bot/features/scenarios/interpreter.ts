/**
 * The interpreter: runs a scenario in a private chat, one update at a time. Each call
 * reads the person's run row (the only source of truth for where they are), asks the
 * pure engine what the input does, saves the move with what was answered, and then
 * shows the result. Nothing is kept in memory between updates, so a restart, a second
 * instance or a content edit picks up exactly where the row says.
 *
 * The conversations plugin (see `conversation.ts`) decides which updates reach
 * {@link handleScenarioInput}; this module never touches the plugin.
 */
import { InlineKeyboard } from 'grammy';
import type { Update } from 'grammy/types';
import { sendReminderOffer } from '../reminders/offer.ts';
import type { PrivateContext } from '../../context.ts';
import type { ScenarioRun } from '../../../db/scenario-tables.ts';
import { parseCallbackData, SCENARIO_DATA_PREFIX, type ScenarioCallback } from '../../../scenarios/callback-data.ts';
import type { LoadedScenario } from '../../../scenarios/catalog.ts';
import { answerLabel, apply, resume, startRun, view, type Effect, type RunState, type StepView, type Transition } from '../../../scenarios/engine.ts';
import { abuseHelplinesMessage, helplinesMessage } from '../../../safety/response.ts';
import { helpFor, personLanguage, wordsIn } from '../safety/help.ts';
import { endKeyboard, markAnswered, menuMessage, removeKeyboard, sendTexts, stepKeyboard, tappedMessage } from './render.ts';
import {
  closeActiveRun,
  closeRun,
  openRun,
  saveRunStep,
  touchRun,
  type RunRecords,
  type RunSave,
} from '../../../scenarios/runs.repository.ts';
import { MENU } from '../../main-menu.ts';
import { menuData } from './menu-data.ts';
import { escapeHtml } from '../../../telegram/html.ts';

/**
 * What became of an update: the run goes on (`continue`), the run is over (`over`: ended,
 * changed, or closed), or the update was not for the run (`pass`: let the rest of the bot
 * answer it).
 */
export type InputOutcome = 'continue' | 'over' | 'pass';

/**
 * Whether an update is input for a running scenario: a typed message that is not a
 * command, or a tap on a scenario button. Commands, stickers and other features' buttons
 * always go to the rest of the bot, so they work mid-scenario.
 */
export function isScenarioInput(update: Update): boolean {
  const text = update.message?.text;
  if (text !== undefined) return !text.startsWith('/');
  return update.callback_query?.data?.startsWith(SCENARIO_DATA_PREFIX) === true;
}

type Incoming = { kind: 'text'; text: string } | { kind: 'tap'; callback: ScenarioCallback } | { kind: 'forged' };

function readIncoming(ctx: PrivateContext): Incoming | undefined {
  if (!isScenarioInput(ctx.update)) return undefined;
  const data = ctx.callbackQuery?.data;
  if (data === undefined) return { kind: 'text', text: ctx.message?.text ?? '' };
  const callback = parseCallbackData(data);
  return callback ? { kind: 'tap', callback } : { kind: 'forged' };
}

/**
 * Handles one input for the person's active run. Button presses are checked against the
 * stored run before the engine sees them: a button of another run or an earlier step gets
 * a gentle "that one has ended", forged data only an empty answer.
 */
export async function handleScenarioInput(ctx: PrivateContext): Promise<InputOutcome> {
  const incoming = readIncoming(ctx);
  const run = ctx.run;
  if (!incoming || !run) return 'pass';
  // Paused by a crisis answer: typed words are not an answer; a tap on the step goes on.
  if (run.paused_at !== null && incoming.kind === 'text') return 'pass';
  if (incoming.kind === 'forged') {
    await ctx.answerCallbackQuery();
    return 'continue';
  }
  const tap = incoming.kind === 'tap' ? incoming.callback : undefined;
  const tapped = tappedMessage(ctx);
  if (tap && tap.runId !== run.id) {
    step(ctx, run.scenario_id, 'stale');
    await ctx.answerCallbackQuery({ text: ctx.t('scenarios-ended') });
    // An older run's message loses its buttons; the current one keeps them whatever data came in.
    if (tapped !== run.keyboard_message_id) await removeKeyboard(ctx, tapped);
    return 'continue';
  }

  const current = await settle(ctx, run);
  if (current.kind === 'over') return 'over';
  if (current.kind === 'moved') {
    // The content changed and the step became one that does not wait: show where the run is now.
    return moveOn(ctx, run, current.scenario, { ...current.transition, effects: [] });
  }
  const { scenario, state } = current;

  if (tap && tap.stepId !== state.stepId) {
    step(ctx, run.scenario_id, 'stale');
    await ctx.answerCallbackQuery({ text: ctx.t('scenarios-ended-use-latest') });
    if (tapped !== run.keyboard_message_id) await removeKeyboard(ctx, tapped);
    // No recorded keyboard for a while: the current step's buttons never reached the person
    // (a failed send). A recent save without one is another update still sending them.
    if (run.keyboard_message_id === null && sendSettled(run, ctx.deps.clock.now())) await showStep(ctx, run, scenario, state);
    return 'continue';
  }

  const result = apply(scenario, state, tap ? tap.action : { kind: 'text', text: incoming.kind === 'text' ? incoming.text : '' });
  step(ctx, run.scenario_id, result.ok ? 'moved' : 'refused');
  if (!result.ok) {
    const reply = ctx.t(`refuse-${result.refusal.key}`, result.refusal.values);
    if (tap) await ctx.answerCallbackQuery({ text: reply });
    else await ctx.reply(reply);
    return 'continue';
  }
  if (result.rerender) {
    // The list's own message, even if the tap claims to come from elsewhere.
    const target = tapped ?? run.keyboard_message_id;
    const saved = await saveRun(ctx, run, { ...toSave(scenario, result.state, ctx), keyboardMessageId: target ?? null });
    await ctx.answerCallbackQuery(saved ? undefined : { text: ctx.t('scenarios-ended') });
    if (!saved) return 'continue';
    try {
      if (target === null || target === undefined) throw new Error('no message carries the checklist');
      await ctx.api.editMessageReplyMarkup(ctx.chat.id, target, { reply_markup: stepKeyboard(saved.id, result.view) });
    } catch (err) {
      // The list cannot be edited (too old, deleted): show it afresh with the ticks so far.
      ctx.logger.debug({ err }, 'checklist not edited in place; sending it again');
      await present(ctx, saved, { state: result.state, view: result.view, effects: [], route: [] });
    }
    return 'continue';
  }
  return moveOn(ctx, run, scenario, result, result.feedback, tap ? answerLabel(scenario, state.stepId, tap.action, result.state.vars) : undefined);
}

/**
 * How long after a save its step may still be on its way to the person: an update on
 * another instance that moved the run sends the next step after saving, and a tap of the
 * old keyboard meanwhile must not send it a second time.
 */
const SEND_IN_FLIGHT_MS = 30_000;

function sendSettled(run: ScenarioRun, now: Date): boolean {
  return now.getTime() - new Date(run.updated_at).getTime() > SEND_IN_FLIGHT_MS;
}

type Settled =
  | { kind: 'ready'; scenario: LoadedScenario; state: RunState }
  | { kind: 'moved'; scenario: LoadedScenario; transition: Transition }
  | { kind: 'over' };

/**
 * Checks a run against the content loaded now. Same version: carry on. Edited: carry on
 * at the same step id if it still exists (the engine's `resume`); otherwise close the run
 * as `changed`, say so and offer a fresh start.
 */
async function settle(ctx: PrivateContext, run: ScenarioRun): Promise<Settled> {
  const scenario = ctx.deps.scenarios.get(run.scenario_id, ctx.language);
  const state: RunState = { scenarioId: run.scenario_id, stepId: run.step_id, vars: run.vars };
  if (scenario && scenario.version === run.content_version) return { kind: 'ready', scenario, state };
  const resumed = scenario ? resume(scenario, state) : undefined;
  if (!scenario || !resumed || resumed.changed) {
    const closed = await closeRun(ctx.deps.db, run.id, 'changed', ctx.deps.clock.now());
    ctx.run = undefined;
    if (ctx.callbackQuery) await ctx.answerCallbackQuery();
    if (!closed) return { kind: 'over' };
    await removeKeyboard(ctx, run.keyboard_message_id);
    if (!scenario) {
      const menu = menuMessage(ctx.deps.scenarios, ctx);
      await ctx.reply(`${ctx.t('scenarios-gone')}\n\n${menu.text}`, { parse_mode: 'HTML', reply_markup: menu.keyboard });
    } else {
      await ctx.reply(ctx.t('scenarios-changed', { title: escapeHtml(scenario.title) }), {
        parse_mode: 'HTML',
        reply_markup: new InlineKeyboard()
          .text(ctx.t('scenarios-start-again'), menuData.go(scenario.id))
          .row()
          .text(ctx.t('scenarios-all'), MENU.scenarios),
      });
    }
    ctx.deps.metrics.scenarioRuns.inc({ scenario: run.scenario_id, outcome: 'changed' });
    ctx.logger.info({ run_id: run.id, scenario: run.scenario_id, step: run.step_id }, 'scenario run closed: content changed');
    return { kind: 'over' };
  }
  if (resumed.state.stepId !== run.step_id) return { kind: 'moved', scenario, transition: resumed };
  ctx.logger.info({ run_id: run.id, scenario: run.scenario_id, step: run.step_id }, 'scenario run continues on edited content');
  return { kind: 'ready', scenario, state: resumed.state };
}

/**
 * Saves a move to a new resting step, then shows it: the tapped buttons go away, the
 * option's feedback comes first, then the step's messages with its buttons. An end
 * finishes the run and offers what next (and reminders, when the end asks for them).
 */
async function moveOn(
  ctx: PrivateContext,
  run: ScenarioRun,
  scenario: LoadedScenario,
  moved: Transition,
  feedback?: string,
  /** The tapped answer in words, kept visible on the question. */
  answered?: string,
): Promise<InputOutcome> {
  const tapped = tappedMessage(ctx);
  const ended = moved.view.type === 'end';
  const save = { ...toSave(scenario, moved.state, ctx), status: ended ? ('finished' as const) : ('active' as const) };
  const saved = await saveRun(ctx, run, save, records(scenario, moved.effects));
  if (ctx.callbackQuery) await ctx.answerCallbackQuery(saved ? undefined : { text: ctx.t('scenarios-ended') });
  if (!saved) return 'continue';
  const question = run.keyboard_message_id ?? tapped;
  if (answered !== undefined && tapped !== undefined && question === tapped) await markAnswered(ctx, tapped, answered);
  else await removeKeyboard(ctx, question);
  if (feedback !== undefined) await sendTexts(ctx, [feedback]);
  await present(ctx, saved, moved);
  return ended ? 'over' : 'continue';
}

/** Shows a transition's view and carries out what the end of a run asks for. */
async function present(ctx: PrivateContext, run: ScenarioRun, moved: Transition): Promise<void> {
  const { view: shown } = moved;
  if (shown.type === 'end') {
    await sendTexts(ctx, shown.texts, endKeyboard(ctx.deps.scenarios, shown.end?.suggest ?? [], ctx), helplineMessages(ctx, shown));
    if (moved.effects.some((e) => e.type === 'offer-reminders')) await sendReminderOffer(ctx);
    ctx.deps.metrics.scenarioRuns.inc({ scenario: run.scenario_id, outcome: 'finished' });
    ctx.logger.info({ run_id: run.id, scenario: run.scenario_id }, 'scenario finished');
    return;
  }
  const keyboard = stepKeyboard(run.id, shown);
  const messageId = await sendTexts(ctx, shown.texts, keyboard, helplineMessages(ctx, shown));
  if (keyboard && messageId !== undefined) {
    // Recorded with the update's done mark, in the same round trip.
    ctx.finalWrites.keyboard = { runId: run.id, messageId };
    if (ctx.run?.id === run.id) ctx.run = { ...ctx.run, keyboard_message_id: messageId };
  }
}

/** Saves a move and keeps `ctx.run` in step with the row (a finished run is no longer active). */
async function saveRun(
  ctx: PrivateContext,
  run: ScenarioRun,
  save: RunSave,
  answered?: RunRecords,
): Promise<ScenarioRun | undefined> {
  const saved = await saveRunStep(ctx.deps.db, run, save, answered);
  if (saved) ctx.run = saved.status === 'active' ? saved : undefined;
  return saved;
}

function toSave(scenario: LoadedScenario, state: RunState, ctx: PrivateContext) {
  return { stepId: state.stepId, vars: state.vars, contentVersion: scenario.version, status: 'active' as const, now: ctx.deps.clock.now() };
}

function records(scenario: LoadedScenario, effects: readonly Effect[]): RunRecords {
  const result: RunRecords = { answers: [], journal: [] };
  for (const effect of effects) {
    if (effect.type === 'answer') result.answers.push({ stepId: effect.stepId, value: effect.value });
    if (effect.type === 'journal') {
      result.journal.push({ scenarioId: scenario.id, stepId: effect.stepId, prompt: effect.prompt, text: effect.text });
    }
  }
  return result;
}

/**
 * Starts a scenario from its first step, closing any run the person had open (a switch).
 * Returns the new run; its status says whether it is still open (a scenario may be all
 * messages and an end).
 */
export async function startScenario(ctx: PrivateContext, scenario: LoadedScenario): Promise<ScenarioRun> {
  const first = startRun(scenario);
  const ended = first.view.type === 'end';
  const { run, replaced } = await openRun(ctx.deps.db, {
    userId: ctx.from.id,
    scenarioId: scenario.id,
    contentVersion: scenario.version,
    stepId: first.state.stepId,
    vars: first.state.vars,
    status: ended ? 'finished' : 'active',
    now: ctx.deps.clock.now(),
  });
  ctx.run = run.status === 'active' ? run : undefined;
  if (replaced) await removeKeyboard(ctx, replaced.keyboard_message_id);
  ctx.deps.metrics.scenarioRuns.inc({ scenario: scenario.id, outcome: 'started' });
  if (replaced) ctx.deps.metrics.scenarioRuns.inc({ scenario: replaced.scenario_id, outcome: 'cancelled' });
  ctx.logger.info({ run_id: run.id, scenario: scenario.id, replaced: replaced?.id }, 'scenario started');
  await present(ctx, run, first);
  return run;
}

/**
 * Shows the run's current step again as fresh messages (after "carry on", or when its
 * buttons never arrived), taking the buttons off the old copy. Returns false when the run
 * could not continue (its content changed; the person has been told).
 */
export async function showCurrentStep(ctx: PrivateContext, run: ScenarioRun): Promise<boolean> {
  const current = await settle(ctx, run);
  if (current.kind === 'over') return false;
  if (current.kind === 'moved') return (await moveOn(ctx, run, current.scenario, { ...current.transition, effects: [] })) === 'continue';
  await showStep(ctx, run, current.scenario, current.state);
  return true;
}

async function showStep(ctx: PrivateContext, run: ScenarioRun, scenario: LoadedScenario, state: RunState): Promise<void> {
  await removeKeyboard(ctx, run.keyboard_message_id);
  const now = ctx.deps.clock.now();
  await touchRun(ctx.deps.db, run.id, now);
  if (ctx.run?.id === run.id) ctx.run = { ...ctx.run, updated_at: now, paused_at: null };
  await present(ctx, run, { state, view: view(scenario, state), effects: [], route: [] });
}

/** Closes the person's open run (/cancel, crisis language) and takes its buttons away. */
export async function leaveRun(ctx: PrivateContext, status: 'cancelled' | 'expired'): Promise<ScenarioRun | undefined> {
  if (!ctx.run) return undefined;
  const closed = await closeActiveRun(ctx.deps.db, ctx.from.id, status, ctx.deps.clock.now());
  ctx.run = undefined;
  if (closed) {
    await removeKeyboard(ctx, closed.keyboard_message_id);
    ctx.deps.metrics.scenarioRuns.inc({ scenario: closed.scenario_id, outcome: status });
    ctx.logger.info({ run_id: closed.id, scenario: closed.scenario_id, status }, 'scenario run closed');
  }
  return closed;
}

/**
 * The person's active run, after closing it quietly if it has been idle longer than
 * `deps.scenarioIdleMs` (nothing is sent; its buttons just stop working).
 */
export async function activeRunOrExpire(ctx: PrivateContext): Promise<ScenarioRun | undefined> {
  const run = ctx.run;
  if (!run) return undefined;
  const now = ctx.deps.clock.now();
  if (now.getTime() - run.updated_at.getTime() <= ctx.deps.scenarioIdleMs) return run;
  ctx.run = undefined;
  const closed = await closeRun(ctx.deps.db, run.id, 'expired', now);
  if (closed) {
    ctx.deps.metrics.scenarioRuns.inc({ scenario: run.scenario_id, outcome: 'expired' });
    ctx.logger.info({ run_id: run.id, scenario: run.scenario_id }, 'idle scenario run closed');
  }
  return undefined;
}

/** The helplines a step asked for, rendered for this person, keyed by the text they follow. */
function helplineMessages(ctx: PrivateContext, shown: StepView): Map<number, string> {
  const t = wordsIn(ctx, personLanguage(ctx));
  const help = helpFor(ctx);
  return new Map(
    (shown.helplines ?? []).map(({ after, kind }) => [after, kind === 'domestic-abuse' ? abuseHelplinesMessage(t, help) : helplinesMessage(t, help)]),
  );
}

/** Counts one scenario input: it moved the run, was refused (a typed word at a choice), or was stale. */
function step(ctx: PrivateContext, scenario: string, outcome: 'moved' | 'refused' | 'stale'): void {
  ctx.deps.metrics.scenarioSteps.inc({ scenario, outcome });
}
