/**
 * The scenario conversation on @grammyjs/conversations v2. While a person has a run open,
 * the plugin routes their updates here first; everything that is not scenario input
 * (commands, stickers, other features' buttons) is skipped on to the rest of the bot, so
 * commands always work mid-scenario.
 *
 * The plugin replays a conversation's log on every update. Here the log never grows: each
 * input is handled in one `external` call that does all the work against the run row, and
 * then the conversation rewinds to just before its `wait`. What the plugin stores is the
 * update that entered the conversation and one pending wait, whatever the length of the
 * scenario.
 *
 * The plugin's state is disposable. Its version is derived from the loaded content, so
 * after an edit the plugin forgets every in-flight conversation; the run rows do not, and
 * the scenarios feature re-enters the conversation from the row on the person's next
 * update (see `resumeFromRow` there). A restart without edits keeps the plugin's state.
 */
import { createHash } from 'node:crypto';
import type { Context } from 'grammy';
import { isDeepStrictEqual } from 'node:util';
import type { Conversation, ConversationFlavor, VersionedState, VersionedStateStorage } from '@grammyjs/conversations';
import type { PrivateContext } from '../../context.ts';
import type { ScenarioCatalog } from '../../../scenarios/catalog.ts';
import { handleScenarioInput, isScenarioInput } from './interpreter.ts';

/** The conversation's id in the plugin (and in its stored state). */
export const SCENARIO_CONVERSATION = 'scenario';

/** Bump when {@link scenarioConversation} changes shape: old replay logs would no longer fit it. */
const INTERPRETER_VERSION = 1;

/** The context outside the conversation: the bot's, with the plugin's controls. */
export type ScenarioContext = ConversationFlavor<PrivateContext>;

const versions = new WeakMap<ScenarioCatalog, string>();

/**
 * The plugin's storage version: the interpreter's shape plus every scenario's content
 * version. Any edit gives a new version, so no replay ever runs against content it was
 * not recorded with.
 */
export function conversationVersion(catalog: ScenarioCatalog): string {
  let version = versions.get(catalog);
  if (version === undefined) {
    const content = catalog.list.map((s) => `${s.id}@${s.version}`).join(',');
    version = `${String(INTERPRETER_VERSION)}:${createHash('sha256').update(content).digest('hex').slice(0, 12)}`;
    versions.set(catalog, version);
  }
  return version;
}

/**
 * The conversation itself: wait for an update, hand scenario input to the interpreter,
 * and rewind to wait again until the run is over.
 */
export async function scenarioConversation(conversation: Conversation<PrivateContext, Context>): Promise<void> {
  const top = conversation.checkpoint();
  const next = await conversation.wait();
  if (!isScenarioInput(next.update)) await conversation.skip({ next: true });
  // `external` hands back a structured clone of whatever its callback throws: a GrammyError
  // would come out as a plain Error without `error_code`, a database error without its `code`,
  // and the error boundary could no longer tell a refused call or an absent database from a
  // bug. Keep the original and rethrow it as it was.
  let failure: { error: unknown } | undefined;
  const outcome = await conversation.external(async (ctx) => {
    try {
      return await handleScenarioInput(ctx);
    } catch (error) {
      failure = { error };
      return 'failed' as const;
    }
  });
  if (failure) throw failure.error;
  if (outcome === 'over') return;
  // The run row is gone or closed: leave, and let the rest of the bot answer.
  if (outcome === 'pass') await conversation.halt({ next: true });
  await conversation.rewind(top);
}

/**
 * The plugin's storage, bound to the context: the value was read with the person (one
 * query per update, see `loadPerson`), so reading costs nothing; a changed value is left
 * for the update's done mark, which writes it in the same round trip (a run resting at its
 * checkpoint leaves it as it was, and nothing is written).
 */
export function preloadedConversationStorage<S>(): VersionedStateStorage<PrivateContext, S> {
  return {
    read: (ctx) => ctx.storedConversation as VersionedState<S> | undefined,
    write(ctx, state) {
      if (isDeepStrictEqual(state, ctx.storedConversation)) return;
      ctx.finalWrites.conversation = { userId: ctx.from.id, value: state };
      ctx.storedConversation = state;
    },
    delete(ctx) {
      if (ctx.storedConversation === undefined) return;
      ctx.finalWrites.conversation = { userId: ctx.from.id, value: null };
      ctx.storedConversation = undefined;
    },
  };
}
