import { conversations, createConversation } from '@grammyjs/conversations';
import { Composer, InlineKeyboard, type Context } from 'grammy';
import type { Deps } from '../../deps.ts';
import type { LoadedScenario } from '../../scenarios/catalog.ts';
import { CALLBACK_PREFIX, callbackRoute } from '../../telegram/callback-data.ts';
import type { PrivateContext } from '../context.ts';
import { MENU, URGE_SCENARIO } from '../main-menu.ts';
import {
  conversationVersion,
  preloadedConversationStorage,
  SCENARIO_CONVERSATION,
  scenarioConversation,
  type ScenarioContext,
} from './scenarios/conversation.ts';
import {
  activeRunOrExpire,
  handleScenarioInput,
  isScenarioInput,
  leaveRun,
  showCurrentStep,
  startScenario,
} from './scenarios/interpreter.ts';
import { MENU_PREFIX, menuData, parseMenuData } from './scenarios/menu-data.ts';
import { menuMessage, removeKeyboard, tappedMessage } from './scenarios/render.ts';
import { escapeHtml } from '../../telegram/html.ts';

/**
 * Scenarios in a private chat: `/scenarios` and the main menu's button, `/start <id>`
 * deep links, switching (always asked first), `/cancel`, and the scenario conversation.
 * The conversations plugin is built once, here; its state comes with the person's row (one
 * read per update) and is written back only when it changed.
 *
 * Order matters and reads top to bottom: an idle run is closed and a conversation without
 * an open run is dropped (the run row decides, never the plugin); the conversation takes
 * scenario input (typed text, `sc:` buttons) and skips everything else on, so commands
 * and menu buttons below always work; then, for an open run the plugin does not know (its
 * state was versioned away by a content edit, or lost), the run is picked up again from
 * the row; and last, a scenario button of no open run is answered gently.
 */
export function scenariosFeature(deps: Deps): Composer<PrivateContext> {
  const feature = new Composer<ScenarioContext>();
  feature.use(
    conversations<PrivateContext, Context>({
      storage: { type: 'context', version: conversationVersion(deps.scenarios), adapter: preloadedConversationStorage() },
    }),
  );

  feature.use(async (ctx, next) => {
    const run = await activeRunOrExpire(ctx);
    if (!run && ctx.conversation.active(SCENARIO_CONVERSATION) > 0) await ctx.conversation.exit(SCENARIO_CONVERSATION);
    return next();
  });

  // Scenario input goes to the conversation first; everything else it skips on to the
  // handlers below (registering here also lets them enter it).
  feature.use(createConversation<PrivateContext, Context>(scenarioConversation, SCENARIO_CONVERSATION));

  feature.command('scenarios', (ctx) => showMenu(ctx));

  feature.callbackQuery(MENU.scenarios, async (ctx) => {
    await ctx.answerCallbackQuery();
    await showMenu(ctx);
  });

  // About to text them right now: the short path, from /urge and the main menu.
  const urge = async (ctx: ScenarioContext) => {
    const scenario = ctx.deps.scenarios.get(URGE_SCENARIO, ctx.language);
    if (scenario) await goTo(ctx, scenario);
    else await showMenu(ctx);
  };
  feature.command('urge', urge);
  feature.callbackQuery(MENU.urge, async (ctx) => {
    await ctx.answerCallbackQuery();
    await urge(ctx);
  });

  feature.command('start', async (ctx, next) => {
    const id = ctx.match.trim();
    if (id === '') return next();
    const scenario = ctx.deps.scenarios.get(id.toLowerCase(), ctx.language);
    if (!scenario) {
      const menu = menuMessage(ctx.deps.scenarios, ctx);
      return void (await ctx.reply(`${ctx.t('scenarios-unknown', { id: escapeHtml(id.slice(0, 64)) })}\n\n${menu.text}`, {
        parse_mode: 'HTML',
        reply_markup: menu.keyboard,
      }));
    }
    await goTo(ctx, scenario);
  });

  feature.command('cancel', async (ctx) => {
    const closed = await leaveRun(ctx, 'cancelled');
    if (ctx.conversation.active(SCENARIO_CONVERSATION) > 0) await ctx.conversation.exit(SCENARIO_CONVERSATION);
    if (!closed) return void (await ctx.reply(ctx.t('scenarios-nothing-to-cancel')));
    const title = ctx.deps.scenarios.get(closed.scenario_id, ctx.language)?.title ?? closed.scenario_id;
    await ctx.reply(ctx.t('scenarios-cancelled', { title: escapeHtml(title) }), { parse_mode: 'HTML' });
  });

  feature.callbackQuery(MENU_PREFIX, async (ctx) => {
    const action = parseMenuData(ctx.callbackQuery.data);
    if (!action || action.kind === 'journal') return void (await ctx.answerCallbackQuery());
    if (action.kind === 'resume') {
      const run = ctx.run;
      await ctx.answerCallbackQuery(run ? undefined : { text: ctx.t('scenarios-ended') });
      if (isConfirmation(ctx)) await removeKeyboard(ctx, ctx.callbackQuery.message?.message_id);
      if (!run) return;
      if (!(await showCurrentStep(ctx, run))) await ctx.conversation.exit(SCENARIO_CONVERSATION);
      else await ensureConversation(ctx);
      return;
    }
    const scenario = ctx.deps.scenarios.get(action.scenarioId, ctx.language);
    // A scenario that is no longer loaded (or invented data): a gentle answer, nothing more.
    if (!scenario) return void (await ctx.answerCallbackQuery({ text: ctx.t('scenarios-ended') }));
    await ctx.answerCallbackQuery();
    if (action.kind === 'switch') {
      if (isConfirmation(ctx)) await removeKeyboard(ctx, ctx.callbackQuery.message?.message_id);
      return begin(ctx, scenario);
    }
    await goTo(ctx, scenario);
  });

  // An open run without a live conversation: the plugin's state was versioned away by a
  // content edit (or lost). The row knows where the person is; handle this input from it
  // and take the conversation up again.
  feature.use(async (ctx, next) => {
    if (!isScenarioInput(ctx.update)) return next();
    const outcome = await handleScenarioInput(ctx);
    if (outcome === 'pass') return next();
    if (outcome === 'continue') await ensureConversation(ctx);
  });

  // A scenario button when no run is open: it belongs to a run that ended.
  feature.callbackQuery(callbackRoute(CALLBACK_PREFIX.scenarioStep), async (ctx) => {
    await ctx.answerCallbackQuery({ text: ctx.t('scenarios-ended') });
    await removeKeyboard(ctx, tappedMessage(ctx));
  });

  // The plugin adds `ctx.conversation` before anything below it runs.
  return feature as unknown as Composer<PrivateContext>;
}

/** `/scenarios`: the menu; with a run open, a way back to it first. */
async function showMenu(ctx: ScenarioContext): Promise<void> {
  const run = ctx.run;
  const open = run ? (ctx.deps.scenarios.get(run.scenario_id, ctx.language)?.title ?? run.scenario_id) : undefined;
  const menu = menuMessage(ctx.deps.scenarios, ctx, open);
  await ctx.reply(menu.text, { parse_mode: 'HTML', reply_markup: menu.keyboard });
}

/** A wish to start a scenario: at once if nothing is open, otherwise after a yes. */
async function goTo(ctx: ScenarioContext, scenario: LoadedScenario): Promise<void> {
  const run = ctx.run;
  if (!run) return begin(ctx, scenario);
  const current = ctx.deps.scenarios.get(run.scenario_id, ctx.language)?.title ?? run.scenario_id;
  const same = run.scenario_id === scenario.id;
  const question = same
    ? ctx.t('scenarios-restart-question', { title: escapeHtml(scenario.title) })
    : ctx.t('scenarios-switch-question', { current: escapeHtml(current), next: escapeHtml(scenario.title) });
  await ctx.reply(question, {
    parse_mode: 'HTML',
    reply_markup: new InlineKeyboard()
      .text(same ? ctx.t('scenarios-restart-yes') : ctx.t('scenarios-switch-yes', { title: scenario.title }), menuData.switchTo(scenario.id))
      .row()
      .text(ctx.t('scenarios-stay'), menuData.resume),
  });
}

/** Starts a scenario (closing any open run) and enters the conversation while it is open. */
async function begin(ctx: ScenarioContext, scenario: LoadedScenario): Promise<void> {
  if (ctx.conversation.active(SCENARIO_CONVERSATION) > 0) await ctx.conversation.exit(SCENARIO_CONVERSATION);
  const run = await startScenario(ctx, scenario);
  if (run.status === 'active') await ctx.conversation.enter(SCENARIO_CONVERSATION);
}

async function ensureConversation(ctx: ScenarioContext): Promise<void> {
  if (ctx.conversation.active(SCENARIO_CONVERSATION) === 0) await ctx.conversation.enter(SCENARIO_CONVERSATION);
}

/** The switch question's buttons are one-shot (the menu's stay usable): it is the message offering `sx:sw:`. */
function isConfirmation(ctx: ScenarioContext): boolean {
  const rows = ctx.callbackQuery?.message?.reply_markup?.inline_keyboard ?? [];
  return rows.some((row) => row.some((b) => 'callback_data' in b && b.callback_data.startsWith(menuData.switchTo(''))));
}
