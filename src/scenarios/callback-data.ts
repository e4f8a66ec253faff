import { z } from 'zod';
import { CALLBACK_PREFIX, ID_SOURCE, MAX_CALLBACK_BYTES } from '../telegram/callback-data.ts';

/**
 * The callback data of scenario buttons. The format lives here, beside the scenarios,
 * because lint must know its worst-case length (Telegram caps it at 64 bytes) and the
 * interpreter must parse exactly what was encoded:
 *
 * - a choice option or a text step's skip: `sc:<runId>:<stepId>:<optionId>`
 * - a checklist tick: `sc:<runId>:<stepId>:t:<itemId>`
 * - a checklist's done button: `sc:<runId>:<stepId>:*`
 *
 * The step id lets the interpreter ignore a tap on an old message once the run moved on.
 */
export type ButtonAction = { kind: 'tap'; optionId: string } | { kind: 'toggle'; itemId: string } | { kind: 'done' };

/** A decoded button press. */
export interface ScenarioCallback {
  runId: number;
  stepId: string;
  action: ButtonAction;
}

const SC = CALLBACK_PREFIX.scenarioStep;

/** Scenario buttons' data starts with this; anything else is another feature's. */
export const SCENARIO_DATA_PREFIX = `${SC}:`;

/** Run ids are database ids of at most this many digits; lint assumes the worst case. */
export const MAX_RUN_ID_DIGITS = 10;

/** The widest run id, used to measure worst-case callback data. */
export const WIDEST_RUN_ID = 10 ** MAX_RUN_ID_DIGITS - 1;

/** Encodes a button press. Pure; the caller checks the 64-byte limit via lint. */
export function encodeCallbackData(runId: number, stepId: string, action: ButtonAction): string {
  const head = `${SC}:${String(runId)}:${stepId}:`;
  switch (action.kind) {
    case 'tap':
      return head + action.optionId;
    case 'toggle':
      return `${head}t:${action.itemId}`;
    case 'done':
      return `${head}*`;
  }
}

const ID = ID_SOURCE;
const callbackPattern = new RegExp(`^${SC}:([1-9][0-9]{0,${String(MAX_RUN_ID_DIGITS - 1)}}):(${ID}):(?:t:(${ID})|(\\*)|(${ID}))$`);

const callbackSchema = z
  .string()
  .max(MAX_CALLBACK_BYTES)
  .regex(callbackPattern)
  .transform((data): ScenarioCallback => {
    const [, runId = '', stepId = '', itemId, done, optionId = ''] = callbackPattern.exec(data) ?? [];
    const action: ButtonAction =
      itemId !== undefined ? { kind: 'toggle', itemId } : done !== undefined ? { kind: 'done' } : { kind: 'tap', optionId };
    return { runId: Number(runId), stepId, action };
  });

/**
 * Decodes callback data from a button press; anything not produced by
 * {@link encodeCallbackData} (forged, or another feature's data) yields undefined.
 */
export function parseCallbackData(data: string): ScenarioCallback | undefined {
  const result = callbackSchema.safeParse(data);
  return result.success ? result.data : undefined;
}
