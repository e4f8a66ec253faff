import { conversations, createConversation } from '@grammyjs/conversations';
import { Composer, InlineKeyboard, type Context, type NextFunction } from 'grammy';
import { detectCrisis } from '../../safety/crisis.ts';
import type { LoadedScenario } from '../../scenarios/catalog.ts';
import { conversationStorage } from '../../db/conversation-states.repository.ts';
import {
  conversationVersion,
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
import { SCENARIO_DATA_PREFIX } from '../../scenarios/callback-data.ts';
import { menuMessage, removeKeyboard, tappedMessage } from './scenarios/render.ts';
import { findActiveRun } from '../../scenarios/runs.repository.ts';
import { scenarioTexts } from './scenarios/texts.ts';
import type { BotContext } from '../context.ts';
import { MENU } from '../main-menu.ts';

/**
 * Scenarios in a private chat: `/scenarios` and the main menu's button, `/start <id>`
 * deep links, switching (always asked first), `/cancel`, and the scenario conversation.
 *
 * Order matters and reads top to bottom: the conversations plugin loads its state; an idle
 * run is closed and a conversation without an open run is dropped (the run row decides,
 * never the plugin); the conversation takes scenario input (typed text, `sc:` buttons) and
 * skips everything else on, so commands and menu buttons below always work; then, for an
 * open run the plugin does not know (its state was versioned away by a content edit, or
 * lost), the run is picked up again from the row; and last, a scenario button of no open
 * run is answered gently.
 */
export const scenariosFeature = new Composer<BotContext>();

const inChat = new Composer<ScenarioContext>();

scenariosFeature
  .filter((ctx) => ctx.chat?.type === 'private' && ctx.from !== undefined)
  .use((ctx, next) => withConversations(ctx, next));

async function withConversations(ctx: BotContext, next: NextFunction): Promise<void> {
  const plugin = conversations<BotContext, Context>({
    storage: {
      type: 'key',
      version: conversationVersion(ctx.deps.scenarios),
      getStorageKey: (c) => String(c.from?.id),
      adapter: conversationStorage(ctx.deps.db, { now: () => ctx.deps.clock.now() }),
    },
  });
  // The plugin adds `ctx.conversation` before calling on; from there on the context is a ScenarioContext.
  const scenarioCtx = ctx as ScenarioContext;
  await plugin(scenarioCtx, async () => {
    await inChat.middleware()(scenarioCtx, next);
  });
}

inChat.use(async (ctx, next) => {
  const run = await activeRunOrExpire(ctx);
  if (!run && ctx.conversation.active(SCENARIO_CONVERSATION) > 0) await ctx.conversation.exit(SCENARIO_CONVERSATION);
  return next();
});

// Scenario input goes to the conversation first; everything else it skips on to the
// handlers below (registering here also lets them enter it).
inChat.use(createConversation<BotContext, Context>(scenarioConversation, SCENARIO_CONVERSATION));

inChat.command('scenarios', (ctx) => showMenu(ctx));

inChat.callbackQuery(MENU.scenarios, async (ctx) => {
  await ctx.answerCallbackQuery();
  await showMenu(ctx);
});

inChat.command('start', async (ctx, next) => {
  const id = ctx.match.trim();
  if (id === '') return next();
  const scenario = ctx.deps.scenarios.get(id.toLowerCase());
  if (!scenario) {
    const menu = menuMessage(ctx.deps.scenarios);
    return void (await ctx.reply(`${scenarioTexts.unknownScenario(id.slice(0, 64))}\n\n${menu.text}`, {
      parse_mode: 'HTML',
      reply_markup: menu.keyboard,
    }));
  }
  await goTo(ctx, scenario);
});

inChat.command('cancel', async (ctx) => {
  const closed = await leaveRun(ctx, 'cancelled');
  if (ctx.conversation.active(SCENARIO_CONVERSATION) > 0) await ctx.conversation.exit(SCENARIO_CONVERSATION);
  if (!closed) return void (await ctx.reply(scenarioTexts.nothingToCancel));
  const title = ctx.deps.scenarios.get(closed.scenario_id)?.title ?? closed.scenario_id;
  await ctx.reply(scenarioTexts.cancelled(title), { parse_mode: 'HTML' });
});

inChat.callbackQuery(MENU_PREFIX, async (ctx) => {
  const action = parseMenuData(ctx.callbackQuery.data);
  if (!action || action.kind === 'journal') return void (await ctx.answerCallbackQuery());
  if (action.kind === 'resume') {
    const run = await findActiveRun(ctx.deps.db, ctx.from.id);
    await ctx.answerCallbackQuery(run ? undefined : { text: scenarioTexts.ended });
    if (isConfirmation(ctx)) await removeKeyboard(ctx, ctx.callbackQuery.message?.message_id);
    if (!run) return;
    if (!(await showCurrentStep(ctx, run))) await ctx.conversation.exit(SCENARIO_CONVERSATION);
    else await ensureConversation(ctx);
    return;
  }
  const scenario = ctx.deps.scenarios.get(action.scenarioId);
  // A scenario that is no longer loaded (or invented data): a gentle answer, nothing more.
  if (!scenario) return void (await ctx.answerCallbackQuery({ text: scenarioTexts.ended }));
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
inChat.use(async (ctx, next) => {
  if (!isScenarioInput(ctx.update)) return next();
  const outcome = await handleScenarioInput(ctx);
  if (outcome === 'pass') return next();
  if (outcome === 'continue') await ensureConversation(ctx);
});

// A scenario button when no run is open: it belongs to a run that ended.
inChat.callbackQuery(new RegExp(`^${SCENARIO_DATA_PREFIX}`), async (ctx) => {
  await ctx.answerCallbackQuery({ text: scenarioTexts.ended });
  await removeKeyboard(ctx, tappedMessage(ctx));
});

/**
 * Crisis language mid-scenario ends the run: the safety feature (mounted right after this)
 * answers first, then the run is closed and its buttons taken away, so no script message
 * follows the help resources, and nothing the person types next is taken as an answer.
 * The run is closed as `cancelled`, deliberately not marked as a crisis: which person
 * wrote what is never recorded. Coming back is one tap in /scenarios.
 */
export const scenarioCrisisGuard = new Composer<BotContext>();

scenarioCrisisGuard.on('message:text', async (ctx, next) => {
  if (ctx.chat.type !== 'private' || !detectCrisis(ctx.message.text)) return next();
  try {
    await next();
  } finally {
    await leaveRun(ctx, 'cancelled');
  }
});

/** `/scenarios`: the menu; with a run open, a way back to it first. */
async function showMenu(ctx: ScenarioContext): Promise<void> {
  const run = await findActiveRun(ctx.deps.db, ctx.from!.id);
  const open = run ? (ctx.deps.scenarios.get(run.scenario_id)?.title ?? run.scenario_id) : undefined;
  const menu = menuMessage(ctx.deps.scenarios, open);
  await ctx.reply(menu.text, { parse_mode: 'HTML', reply_markup: menu.keyboard });
}

/** A wish to start a scenario: at once if nothing is open, otherwise after a yes. */
async function goTo(ctx: ScenarioContext, scenario: LoadedScenario): Promise<void> {
  const run = await findActiveRun(ctx.deps.db, ctx.from!.id);
  if (!run) return begin(ctx, scenario);
  const current = ctx.deps.scenarios.get(run.scenario_id)?.title ?? run.scenario_id;
  const same = run.scenario_id === scenario.id;
  await ctx.reply(same ? scenarioTexts.restartQuestion(scenario.title) : scenarioTexts.switchQuestion(current, scenario.title), {
    parse_mode: 'HTML',
    reply_markup: new InlineKeyboard()
      .text(same ? scenarioTexts.restartYes : scenarioTexts.switchYes(scenario.title), menuData.switchTo(scenario.id))
      .row()
      .text(scenarioTexts.stay, menuData.resume),
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
