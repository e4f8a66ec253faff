import { escapeHtml } from '../telegram/html.ts';
import type { Stats } from './stats.repository.ts';

/** `/stats` as one message (Telegram HTML): counts only, never who. */
export function renderStats(stats: Stats, titleOf: (scenarioId: string) => string): string {
  const { people, reminders, runs, safety } = stats;
  const late = (s: number | null) => (s === null ? '–' : s < 120 ? `${String(s)} s` : `${String(Math.round(s / 60))} min`);
  const lines = [
    '<b>letgo, now</b>',
    '',
    `<b>People</b>: ${String(people.total)} in all, ${String(people.active7d)} active in 7 days, ${String(people.stopped)} stopped, ${String(people.blocked)} blocked`,
    `<b>Reminders</b>: ${String(reminders.enabled)} on; today ${String(reminders.sentToday)} sent, ${String(reminders.skippedToday)} skipped, ${String(reminders.failedToday)} failed; late by ${late(reminders.latenessP50s)} (p50), ${late(reminders.latenessP95s)} (p95)`,
    '',
    '<b>Scenario runs, last 7 days</b> (started → finished)',
    ...(runs.length === 0 ? ['none'] : runs.map((r) => `• ${escapeHtml(titleOf(r.scenarioId))}: ${String(r.started)} → ${String(r.finished)}${leaving(r)}`)),
    '',
    '<b>Safety, last 7 days</b>',
    safety.length === 0 ? 'none' : safety.map((s) => `${escapeHtml(s.tier)} ${String(s.count)}`).join(' · '),
  ];
  return lines.join('\n');
}

/** Where people leave a scenario, for authors: `; 3 left, most at <code>fear</code> (2)`, or nothing when nobody left. */
function leaving(run: Stats['runs'][number]): string {
  if (run.mostLeftAt === null) return '';
  return `; ${String(run.left)} left, most at <code>${escapeHtml(run.mostLeftAt.stepId)}</code> (${String(run.mostLeftAt.count)})`;
}
