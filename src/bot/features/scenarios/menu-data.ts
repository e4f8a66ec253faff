import { z } from 'zod';
import { CALLBACK_PREFIX, callbackRoute, ID_SOURCE } from '../../../telegram/callback-data.ts';

/**
 * Callback data of the buttons around scenarios (not inside a run): the menu, switching,
 * carrying on, and the journal's pages. Validated with zod like every callback; anything
 * else parses to undefined and is ignored.
 *
 * - `sx:go:<scenarioId>`: start this scenario (asks first if another is open)
 * - `sx:sw:<scenarioId>`: yes, leave the open one and start this
 * - `sx:resume`: show the open run's current step again
 * - `jr:<offset>`: the journal page starting at this entry
 */
export type MenuAction =
  | { kind: 'go'; scenarioId: string }
  | { kind: 'switch'; scenarioId: string }
  | { kind: 'resume' }
  | { kind: 'journal'; offset: number };

const SX = CALLBACK_PREFIX.scenarioMenu;
const JR = CALLBACK_PREFIX.journal;
const MENU_PATTERN = new RegExp(`^${SX}:(?:(go|sw):(${ID_SOURCE})|(resume))$`);
const JOURNAL_PATTERN = new RegExp(`^${JR}:(0|[1-9][0-9]{0,5})$`);

const menuSchema = z
  .string()
  .max(64)
  .regex(MENU_PATTERN)
  .transform((data): MenuAction => {
    const [, verb, scenarioId = ''] = MENU_PATTERN.exec(data) ?? [];
    if (verb === 'go') return { kind: 'go', scenarioId };
    if (verb === 'sw') return { kind: 'switch', scenarioId };
    return { kind: 'resume' };
  });

const journalSchema = z
  .string()
  .regex(JOURNAL_PATTERN)
  .transform((data): MenuAction => ({ kind: 'journal', offset: Number(data.slice(JR.length + 1)) }));

export const menuData = {
  go: (scenarioId: string) => `${SX}:go:${scenarioId}`,
  switchTo: (scenarioId: string) => `${SX}:sw:${scenarioId}`,
  resume: `${SX}:resume`,
  journal: (offset: number) => `${JR}:${String(offset)}`,
} as const;

/** Prefixes, for routing a tap to the feature that owns it. */
export const MENU_PREFIX = callbackRoute(SX);
export const JOURNAL_PREFIX = callbackRoute(JR);

/** Decodes `sx:` and `jr:` data; undefined for anything else (forged, malformed). */
export function parseMenuData(data: string): MenuAction | undefined {
  const menu = menuSchema.safeParse(data);
  if (menu.success) return menu.data;
  const journal = journalSchema.safeParse(data);
  return journal.success ? journal.data : undefined;
}
