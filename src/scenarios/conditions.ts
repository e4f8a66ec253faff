import type { ChecklistCondition, VarCondition, VarValue, Vars } from './model.ts';

/**
 * Evaluates a `branch` step's condition. An unset variable counts as 0 for number
 * comparisons and as an empty list for `includes`, so a quiz needs no `score: 0`.
 */
export function matchesVar(condition: VarCondition, vars: Vars): boolean {
  const value: VarValue | undefined = vars[condition.var];
  const asNumber = typeof value === 'number' ? value : value === undefined ? 0 : Number.NaN;
  const checks: boolean[] = [];
  if (condition.isSet !== undefined) checks.push((value !== undefined) === condition.isSet);
  if (condition.eq !== undefined) checks.push(value === condition.eq);
  if (condition.ne !== undefined) checks.push(value !== condition.ne);
  if (condition.gt !== undefined) checks.push(asNumber > condition.gt);
  if (condition.gte !== undefined) checks.push(asNumber >= condition.gte);
  if (condition.lt !== undefined) checks.push(asNumber < condition.lt);
  if (condition.lte !== undefined) checks.push(asNumber <= condition.lte);
  if (condition.includes !== undefined) {
    checks.push(Array.isArray(value) ? value.includes(condition.includes) : value === condition.includes);
  }
  return checks.every(Boolean);
}

/** Evaluates a checklist branch against the ticked item ids. */
export function matchesChecklist(condition: ChecklistCondition, ticked: readonly string[]): boolean {
  const has = (id: string) => ticked.includes(id);
  return (
    (condition.checkedAtLeast === undefined || ticked.length >= condition.checkedAtLeast) &&
    (condition.checkedAtMost === undefined || ticked.length <= condition.checkedAtMost) &&
    (condition.anyOf === undefined || condition.anyOf.some(has)) &&
    (condition.allOf === undefined || condition.allOf.every(has)) &&
    (condition.noneOf === undefined || !condition.noneOf.some(has))
  );
}

/** A short human reading of a variable condition, for graphs: `score ≥ 3`. */
export function describeVarCondition(condition: VarCondition): string {
  const name = condition.var;
  const parts: string[] = [];
  if (condition.isSet !== undefined) parts.push(condition.isSet ? `${name} is set` : `${name} is not set`);
  if (condition.eq !== undefined) parts.push(`${name} = ${String(condition.eq)}`);
  if (condition.ne !== undefined) parts.push(`${name} ≠ ${String(condition.ne)}`);
  if (condition.gt !== undefined) parts.push(`${name} > ${String(condition.gt)}`);
  if (condition.gte !== undefined) parts.push(`${name} ≥ ${String(condition.gte)}`);
  if (condition.lt !== undefined) parts.push(`${name} < ${String(condition.lt)}`);
  if (condition.lte !== undefined) parts.push(`${name} ≤ ${String(condition.lte)}`);
  if (condition.includes !== undefined) parts.push(`${name} has ${condition.includes}`);
  return parts.join(' and ');
}

/** A short human reading of a checklist condition, for graphs: `≥ 3 ticked`. */
export function describeChecklistCondition(condition: ChecklistCondition): string {
  const parts: string[] = [];
  if (condition.checkedAtLeast !== undefined) parts.push(`≥ ${String(condition.checkedAtLeast)} ticked`);
  if (condition.checkedAtMost !== undefined) parts.push(`≤ ${String(condition.checkedAtMost)} ticked`);
  if (condition.anyOf !== undefined) parts.push(`any of ${condition.anyOf.join(', ')}`);
  if (condition.allOf !== undefined) parts.push(`all of ${condition.allOf.join(', ')}`);
  if (condition.noneOf !== undefined) parts.push(`none of ${condition.noneOf.join(', ')}`);
  return parts.join(' and ');
}
