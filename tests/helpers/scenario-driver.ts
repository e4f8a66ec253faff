import { expect } from 'vitest';
import type { InlineKeyboardButton, TranscriptEntry, UserHandle } from '@letgo/telegram-emulator';
import { apply, startRun, type Input, type RunState, type StepView } from '../../src/scenarios/engine.ts';
import { toPlainText } from '../../src/telegram/html.ts';
import type { Scenario } from '../../src/scenarios/model.ts';

/** Every callback button of a message. */
export function buttonsOf(entry: TranscriptEntry | undefined): { text: string; data: string }[] {
  const markup = entry?.reply_markup as { inline_keyboard?: InlineKeyboardButton[][] } | undefined;
  return (markup?.inline_keyboard ?? []).flat().flatMap((b) => ('callback_data' in b && b.callback_data !== undefined ? [{ text: b.text, data: b.callback_data }] : []));
}

/** The newest bot message in the chat with a button whose data matches; its id and the data. */
export function findButton(user: UserHandle, match: RegExp): { messageId: number; data: string } {
  const messages = user.transcript().filter((m) => m.from === 'bot' && !m.deleted);
  for (let i = messages.length - 1; i >= 0; i--) {
    const button = buttonsOf(messages[i]).find((b) => match.test(b.data));
    if (button) return { messageId: messages[i]!.message_id, data: button.data };
  }
  throw new Error(`no button matching ${match} in the chat:\n${JSON.stringify(messages.slice(-4).map((m) => [m.text, buttonsOf(m)]), null, 1)}`);
}

/** The callback data pattern of a scenario button for an input at a step (any run id). */
export function buttonPattern(stepId: string, input: Exclude<Input, { kind: 'text' }>): RegExp {
  const tail = input.kind === 'tap' ? input.optionId : input.kind === 'toggle' ? `t:${input.itemId}` : '\\*';
  return new RegExp(`^sc:\\d+:${stepId}:${tail}$`);
}

/** What the person reads of a view's last message. */
export function plain(html: string): string {
  return toPlainText(html);
}

/** Checks that the bot messages shown for a view are the view: texts in order, the right buttons. */
export function expectShown(messages: TranscriptEntry[], view: StepView, feedback?: string): void {
  const texts: (string | RegExp)[] = view.texts.map(plain);
  // Helplines a step asked for come right after its text (their wording depends on the person's country).
  for (const { after } of [...(view.helplines ?? [])].reverse()) texts.splice(after + 1, 0, /findahelpline\.com/);
  if (feedback !== undefined) texts.unshift(plain(feedback));
  expect(messages).toHaveLength(texts.length);
  texts.forEach((text, i) => {
    if (typeof text === 'string') expect(messages[i]?.text).toEqual(text);
    else expect(messages[i]?.text).toMatch(text);
  });
  const last = messages.at(-1);
  if (view.type === 'end') expect(buttonsOf(last).map((b) => b.data)).toContain('menu:scenarios');
  else if (view.keyboard) {
    const data = buttonsOf(last).map((b) => b.data);
    expect(data.length).toBe(view.keyboard.flat().length);
    for (const d of data) expect(d).toMatch(new RegExp(`^sc:\\d+:${view.stepId}:`));
  }
}

/**
 * Walks a scenario through the bot exactly as the engine says it should go: taps the
 * buttons of the latest step, types at text steps, and checks every reply against the
 * engine's view. The scenario must have been started (its first view awaited) already.
 */
export async function drive(user: UserHandle, scenario: Scenario, inputs: readonly Input[], from?: RunState): Promise<RunState> {
  let state = from ?? startRun(scenario).state;
  for (const input of inputs) {
    const result = apply(scenario, state, input);
    if (!result.ok) throw new Error(`the engine refuses ${JSON.stringify(input)} at ${state.stepId}: ${result.refusal.key}`);
    if (input.kind === 'text') user.sendText(input.text);
    else {
      const button = findButton(user, buttonPattern(state.stepId, input));
      user.pressButton(button);
      if (result.rerender) {
        const edited = await user.waitForEdit({ messageId: button.messageId });
        const ticked = result.state.vars[Object.keys(result.state.vars).find((k) => Array.isArray(result.state.vars[k]) && k === checklistVar(scenario, state.stepId)) ?? ''];
        const marks = buttonsOf(edited).filter((b) => b.text.startsWith('☑')).length;
        expect(marks).toBe(Array.isArray(ticked) ? ticked.length : 0);
        state = result.state;
        continue;
      }
    }
    const count = (result.feedback === undefined ? 0 : 1) + result.view.texts.length + (result.view.helplines?.length ?? 0);
    const messages = await user.waitForBotMessage({ count });
    expectShown(messages, result.view, result.feedback);
    state = result.state;
  }
  return state;
}

function checklistVar(scenario: Scenario, stepId: string): string | undefined {
  const step = scenario.steps.find((s) => s.id === stepId);
  return step?.type === 'checklist' ? step.saveAs : undefined;
}
