/**
 * The safety plan: six parts a person fills in their own words (the steps of the standard
 * Stanley-Brown plan, phrased by us), walked one question at a time. Pure: which part comes
 * next, and how the finished plan reads.
 *
 * @module
 */
import { escapeHtml } from '../telegram/html.ts';
import type { Words } from './response.ts';

/** The parts, in the order they are asked. */
export const PLAN_PARTS = ['signs', 'alone', 'distract', 'people', 'pros', 'safer'] as const;

export type PlanPart = (typeof PLAN_PARTS)[number];

export type PlanAnswers = Partial<Record<PlanPart, string>>;

/** The longest answer kept for one part. */
export const MAX_PLAN_ANSWER = 600;

/**
 * What is being written: every part in turn from `part` (`walk`), or just `part` (`one`).
 * Stored as `walk:signs` / `one:people` so an unfinished plan survives a restart.
 */
export interface PlanEditing {
  mode: 'walk' | 'one';
  part: PlanPart;
}

export function encodeEditing(editing: PlanEditing): string {
  return `${editing.mode}:${editing.part}`;
}

export function decodeEditing(stored: string | null | undefined): PlanEditing | undefined {
  const [mode, part] = (stored ?? '').split(':');
  if ((mode !== 'walk' && mode !== 'one') || !isPlanPart(part)) return undefined;
  return { mode, part };
}

export function isPlanPart(value: string | undefined): value is PlanPart {
  return (PLAN_PARTS as readonly string[]).includes(value ?? '');
}

/** After `editing` is answered or skipped: the next part to ask, or undefined when done. */
export function nextEditing(editing: PlanEditing): PlanEditing | undefined {
  if (editing.mode === 'one') return undefined;
  const next = PLAN_PARTS[PLAN_PARTS.indexOf(editing.part) + 1];
  return next === undefined ? undefined : { mode: 'walk', part: next };
}

/** True when at least one part has words. */
export function hasPlan(answers: PlanAnswers): boolean {
  return PLAN_PARTS.some((part) => (answers[part] ?? '').trim() !== '');
}

/** The finished plan as one message: each part's heading and the person's words. */
export function renderPlan(t: Words, answers: PlanAnswers): string {
  const lines = [t('plan-title'), ''];
  for (const part of PLAN_PARTS) {
    const answer = answers[part]?.trim();
    lines.push(`<b>${t(`plan-h-${part}`)}</b>`, answer ? escapeHtml(answer) : t('plan-empty-part'), '');
  }
  lines.push(t('plan-saved'));
  return lines.join('\n');
}
