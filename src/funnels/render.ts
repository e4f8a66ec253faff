/**
 * The funnel report as plain text for a terminal: one table per scenario, one for reminders.
 *
 * @module
 */
import { MOODS } from './funnels.repository.ts';
import type { FunnelReport, ReportScenario } from './funnels.ts';

/** `npm run report`'s text: a heading, the scenarios' tables, the reminders' table. */
export function renderFunnelReport(report: FunnelReport): string {
  const since = report.since.toISOString().slice(0, 16).replace('T', ' ');
  const blocks = [
    `Funnels: runs started in the last ${plural(report.days, 'day')} (since ${since} UTC)`,
    ...report.scenarios.map(renderScenario),
    renderReminders(report),
    'reached: runs that came to the step · moved on: went past it · left there: cancelled or idle while on it\n' +
      'median: time from arriving at the step to moving on (message and branch steps are shown with the next step)',
  ];
  return `${blocks.join('\n\n')}\n`;
}

function renderScenario(s: ReportScenario): string {
  const share = s.started === 0 ? '' : ` (${String(Math.round((100 * s.finished) / s.started))}%)`;
  const lines = [`${s.title} (${s.id}): ${String(s.started)} started → ${String(s.finished)} finished${share}`];
  const older = s.started - s.replayed;
  if (older > 0) {
    lines.push(`  ${plural(older, 'run')} could not be followed through the current file (it changed under them): counted where they answered and where they stopped`);
  }
  const rows = s.steps.map((step) => [
    step.stepId,
    step.type,
    String(step.reached),
    String(step.movedOn),
    String(step.leftThere),
    step.timed === 0 ? '–' : duration(step.medianSeconds),
  ]);
  lines.push(...table(['step', 'type', 'reached', 'moved on', 'left there', 'median'], rows, 2));
  return lines.join('\n');
}

function renderReminders(report: FunnelReport): string {
  const rows = report.reminders.map((d) => [d.day, String(d.sent), String(d.checkedIn), ...MOODS.map((m) => String(d.moods[m]))]);
  const total = (pick: (d: FunnelReport['reminders'][number]) => number) => String(report.reminders.reduce((sum, d) => sum + pick(d), 0));
  rows.push(['total', total((d) => d.sent), total((d) => d.checkedIn), ...MOODS.map((m) => total((d) => d.moods[m]))]);
  return [
    'Daily reminders, by the person’s local date',
    ...table(['day', 'sent', 'checked in', ...MOODS.map((m) => m.replace('-', ' '))], rows, 1),
  ].join('\n');
}

/**
 * Aligned columns: the first `textColumns` to the left, the rest (numbers) to the right,
 * with a rule under the header.
 */
export function table(header: readonly string[], rows: readonly (readonly string[])[], textColumns: number): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    `  ${cells.map((c, i) => (i < textColumns ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')}`.trimEnd();
  return [line(header), line(widths.map((w) => '─'.repeat(w))), ...rows.map(line)];
}

/** A time for people: `45 s`, `3 min 30 s`, `2 h 5 min`, `3 d 4 h`. */
export function duration(seconds: number): string {
  const pair = (big: number, bigUnit: string, small: number, smallUnit: string) =>
    small === 0 ? `${String(big)} ${bigUnit}` : `${String(big)} ${bigUnit} ${String(small)} ${smallUnit}`;
  const s = Math.round(seconds);
  if (s < 60) return `${String(s)} s`;
  if (s < 3600) return pair(Math.floor(s / 60), 'min', s % 60, 's');
  const minutes = Math.round(s / 60);
  if (minutes < 48 * 60) return pair(Math.floor(minutes / 60), 'h', minutes % 60, 'min');
  const hours = Math.round(s / 3600);
  return pair(Math.floor(hours / 24), 'd', hours % 24, 'h');
}

function plural(n: number, word: string): string {
  return `${String(n)} ${word}${n === 1 ? '' : 's'}`;
}
