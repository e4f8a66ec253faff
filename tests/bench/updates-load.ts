/**
 * The load of the `updates` benchmark: what each chat sends and how many answers each input
 * is owed, and a driver that plays N chats against one bot of the emulator, each input only
 * after the bot answered the previous one (a person reading, without the pause).
 *
 * Answers are watched through the emulator's `botMessage` and `edit` events, one listener for
 * all chats: the emulator's `waitForBotMessage` re-scans every waiting chat on every message,
 * which would put O(chats) work per message into the figures.
 */
import type { BotView, TranscriptEntry, UserHandle } from '@letgo/telegram-emulator';
import type { LoadedScenario, ScenarioCatalog } from '../../src/scenarios/catalog.ts';
import { apply, startRun, type Input, type RunState, type StepView } from '../../src/scenarios/engine.ts';
import { coverWalks } from '../../src/scenarios/walks.ts';

/** One thing a person does, and what ends the bot's answer to it. */
export interface Action {
  /** Typed text, or a tap on a button whose callback data matches `button` (newest message first). */
  send: { text: string } | { button: RegExp };
  /** The answer is complete after this many new bot messages, or after one edit (a checklist tick). */
  until: { messages: number } | { edit: true };
}

/** What one chat does: one or more scenario walks, each opened by `/start <id>`. */
export type Script = Action[];

/** A walk of a scenario (from `coverWalks`), as the actions that play it in letgo. */
export interface WalkPlan {
  scenario: LoadedScenario;
  actions: Action[];
}

/** Every scenario along every edge (`coverWalks`, duplicate input lists dropped), as actions. */
export function walkPlans(catalog: ScenarioCatalog): WalkPlan[] {
  return catalog.list.flatMap((scenario) => {
    const { walks } = coverWalks(scenario, { sampleText: 'Something I noticed today, written down.' });
    const unique = [...new Map(walks.map((w) => [JSON.stringify(w.inputs), w])).values()];
    return unique.map((walk) => ({ scenario, actions: letgoActions(scenario, walk.inputs) }));
  });
}

/** `/start <id>` for a person without an open run: the scenario's first view. */
export function startAction(scenario: LoadedScenario): Action {
  return { send: { text: `/start ${scenario.id}` }, until: { messages: shownCount(startRun(scenario).view) } };
}

/** `/start <id>` and then the inputs, each with the count of messages the engine says it gets. */
function letgoActions(scenario: LoadedScenario, inputs: readonly Input[]): Action[] {
  const first = startRun(scenario);
  const actions: Action[] = [startAction(scenario)];
  let state: RunState = first.state;
  for (const input of inputs) {
    const result = apply(scenario, state, input);
    if (!result.ok) throw new Error(`the engine refuses ${JSON.stringify(input)} at ${state.stepId}: ${result.reason}`);
    const send = input.kind === 'text' ? { text: input.text } : { button: buttonPattern(state.stepId, input) };
    if (result.rerender) actions.push({ send, until: { edit: true } });
    else {
      const offer = result.effects.some((e) => e.type === 'offer-reminders') ? 1 : 0;
      actions.push({ send, until: { messages: (result.feedback === undefined ? 0 : 1) + shownCount(result.view) + offer } });
    }
    state = result.state;
  }
  return actions;
}

function shownCount(view: StepView): number {
  return view.texts.length + (view.helplines?.length ?? 0);
}

/** The callback data of a scenario button for an input at a step, any run id (as `sc:<run>:<step>:…`). */
function buttonPattern(stepId: string, input: Exclude<Input, { kind: 'text' }>): RegExp {
  const tail = input.kind === 'tap' ? escapeRegExp(input.optionId) : input.kind === 'toggle' ? `t:${escapeRegExp(input.itemId)}` : '\\*';
  return new RegExp(`^sc:\\d+:${escapeRegExp(stepId)}:${tail}$`);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The script of chat `index`: `walksPerChat` walks, spread over the whole list. */
export function letgoScript(plans: readonly WalkPlan[], index: number, chats: number, walksPerChat: number): Script {
  return Array.from({ length: walksPerChat }, (_, j) => plans[(index + j * chats) % plans.length]!.actions).flat();
}

/**
 * The same inputs for the bare bot: the same texts typed, a tap on its latest keyboard for
 * every tap; it answers each with exactly one message.
 */
export function bareScript(script: Script): Script {
  return script.map((a) => ({ send: 'text' in a.send ? a.send : { button: /^b:/ }, until: { messages: 1 } }));
}

/** Timings of one input, in ms from the moment it was sent. */
export interface Sample {
  /** The first bot message or edit in the chat. */
  first: number;
  /** The last message (or the edit) the input was owed. */
  complete: number;
}

export interface LoadResult {
  samples: Sample[];
  /** Inputs sent and answered in full. */
  updates: number;
  /** performance.now() of the first input and of the last complete answer. */
  startedAt: number;
  endedAt: number;
  /** Chats that stopped early (an answer did not come in time, a button was missing), with why. */
  failures: string[];
  /** Bot messages beyond what the inputs were owed (seen when the next input was already out). */
  extraMessages: number;
}

interface Pending {
  sentAt: number;
  first?: number;
  messages: number;
  until: Action['until'];
  done(): void;
}

/**
 * Plays `scripts` (one per chat, chat ids from `firstChatId`) against the bot behind `view`,
 * at most `concurrency` chats at a time. Each input is sent when the previous one was
 * answered in full; an input not answered within `timeoutMs` ends its chat as a failure.
 */
export async function playChats(
  view: BotView,
  scripts: readonly Script[],
  opts: { firstChatId: number; concurrency: number; timeoutMs: number; onProgress?: (done: number) => void },
): Promise<LoadResult> {
  const pending = new Map<number, Pending>();
  let extraMessages = 0;
  const onBotMessage = ({ chatId }: { chatId: number }) => {
    const p = pending.get(chatId);
    if (!p) {
      extraMessages += 1;
      return;
    }
    p.first ??= performance.now();
    p.messages += 1;
    if ('messages' in p.until && p.messages >= p.until.messages) p.done();
  };
  const onEdit = ({ chatId }: { chatId: number }) => {
    const p = pending.get(chatId);
    if (!p) return;
    p.first ??= performance.now();
    if ('edit' in p.until) p.done();
  };
  view.events.on('botMessage', onBotMessage);
  view.events.on('edit', onEdit);

  const samples: Sample[] = [];
  const failures: string[] = [];
  let updates = 0;
  let finishedChats = 0;
  const startedAt = performance.now();
  let endedAt = startedAt;

  async function playChat(index: number): Promise<void> {
    const chatId = opts.firstChatId + index;
    const user = view.user(chatId, { first_name: `Bench${String(index)}`, language_code: 'en' });
    for (const [step, action] of (scripts[index] ?? []).entries()) {
      let sentAt = 0;
      let timer: NodeJS.Timeout | undefined;
      try {
        const answered = new Promise<Pending>((resolve, reject) => {
          const p: Pending = { sentAt: 0, messages: 0, until: action.until, done: () => resolve(p) };
          pending.set(chatId, p);
          const owed = 'messages' in action.until ? `${String(action.until.messages)} messages` : 'an edit';
          timer = setTimeout(
            () => reject(new Error(`no full answer within ${String(opts.timeoutMs)} ms (${String(p.messages)} messages of ${owed})`)),
            opts.timeoutMs,
          );
          sentAt = performance.now();
          p.sentAt = sentAt;
          send(user, view, action);
        });
        const p = await answered;
        const now = performance.now();
        samples.push({ first: (p.first ?? now) - sentAt, complete: now - sentAt });
        updates += 1;
        endedAt = Math.max(endedAt, now);
      } catch (error) {
        failures.push(`chat ${String(chatId)}, input ${String(step)} (${describe(action)}): ${error instanceof Error ? error.message : String(error)}`);
        return;
      } finally {
        clearTimeout(timer);
        pending.delete(chatId);
      }
    }
  }

  let next = 0;
  const worker = async () => {
    while (next < scripts.length) {
      const index = next++;
      await playChat(index);
      finishedChats += 1;
      opts.onProgress?.(finishedChats);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(opts.concurrency, scripts.length) }, worker));
  } finally {
    view.events.off('botMessage', onBotMessage);
    view.events.off('edit', onEdit);
  }
  return { samples, updates, startedAt, endedAt, failures, extraMessages };
}

function send(user: UserHandle, view: BotView, action: Action): void {
  if ('text' in action.send) {
    user.sendText(action.send.text);
    return;
  }
  const button = newestButton(view.transcript(user.id), action.send.button);
  if (!button) throw new Error(`no button matching ${String(action.send.button)}`);
  user.pressButton(button);
}

function newestButton(transcript: TranscriptEntry[], match: RegExp): { messageId: number; data: string } | undefined {
  for (let i = transcript.length - 1; i >= 0; i--) {
    const entry = transcript[i]!;
    if (entry.from !== 'bot' || entry.deleted) continue;
    const markup = entry.reply_markup as { inline_keyboard?: { callback_data?: string }[][] } | undefined;
    for (const b of (markup?.inline_keyboard ?? []).flat()) {
      if (b.callback_data !== undefined && match.test(b.callback_data)) return { messageId: entry.message_id, data: b.callback_data };
    }
  }
  return undefined;
}

/**
 * Chats whose transcript holds a different number of bot messages than their script was owed:
 * a wrong count would shift answers onto the next input. Empty when the counts were right.
 */
export function miscounted(view: BotView, scripts: readonly Script[], firstChatId: number): string[] {
  const wrong: string[] = [];
  scripts.forEach((script, index) => {
    const owed = script.reduce((n, a) => n + ('messages' in a.until ? a.until.messages : 0), 0);
    const got = view.transcript(firstChatId + index).filter((m) => m.from === 'bot').length;
    if (got !== owed) wrong.push(`chat ${String(firstChatId + index)}: ${String(got)} bot messages, ${String(owed)} expected`);
  });
  return wrong;
}

function describe(action: Action): string {
  return 'text' in action.send ? JSON.stringify(action.send.text.slice(0, 40)) : `tap ${String(action.send.button)}`;
}

/** The q-quantile (0..1) of `values` (nearest rank). */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}
