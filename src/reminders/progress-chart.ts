/**
 * The `/progress` chart as SVG: the last 30 days, the mood of each check-in as a point on
 * three levels (joined over time), and a row of squares below, filled on practice days.
 * Days before the person started are left blank, never drawn as missed. Pure string
 * building; `chart-png.ts` turns it into a PNG.
 *
 * @module
 */
import { shortDate, type Words } from '../i18n/words.ts';
import { escapeHtml } from '../telegram/html.ts';
import type { DayMood, ProgressDay } from './progress.ts';

const WIDTH = 720;
const HEIGHT = 320;
const LEFT = 190;
const RIGHT = 20;
const PLOT_TOP = 70;
const PLOT_BOTTOM = 220;
const SQUARES_TOP = 250;

/** The colours of the squares in the text version, so the two read alike. */
export const MOOD_COLOURS: Readonly<Record<DayMood, string>> = {
  holding: '#e67e22',
  between: '#f1c40f',
  'letting-go': '#27ae60',
  skipped: '#3498db',
};

const PRACTICE_COLOUR = '#27ae60';
const INK = '#2c3e50';
const FAINT = '#d5dbdf';

/** Top to bottom: letting go high, holding on tight low. */
const LEVELS: readonly (Exclude<DayMood, 'skipped'>)[] = ['letting-go', 'between', 'holding'];

/**
 * The chart of `days` (oldest first, today last, as `progressDays` returns them), with the
 * mood labels the person knows from the buttons, in their words.
 */
export function renderProgressSvg(days: readonly ProgressDay[], labels: Readonly<Record<DayMood, string>>, words: Words): string {
  const n = Math.max(1, days.length);
  const step = (WIDTH - LEFT - RIGHT) / n;
  const x = (i: number) => LEFT + step * i + step / 2;
  const levelY = (mood: Exclude<DayMood, 'skipped'>) => PLOT_TOP + ((PLOT_BOTTOM - PLOT_TOP) / (LEVELS.length - 1)) * LEVELS.indexOf(mood);
  const parts: string[] = [];

  parts.push(`<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`);
  parts.push(text(20, 36, words.t('chart-title', { days: days.length }), { size: 22, weight: 'bold' }));

  for (const mood of LEVELS) {
    const y = levelY(mood);
    parts.push(`<line x1="${LEFT}" y1="${y}" x2="${WIDTH - RIGHT}" y2="${y}" stroke="${FAINT}" stroke-width="1"/>`);
    parts.push(text(LEFT - 22, y + 5, labels[mood], { size: 14, anchor: 'end' }));
    parts.push(`<circle cx="${LEFT - 11}" cy="${y}" r="5" fill="${MOOD_COLOURS[mood]}"/>`);
  }

  const joined = days.findIndex((d) => !d.beforeJoining);
  if (joined > 0) {
    // The days before they started are simply not part of the picture.
    parts.push(`<rect x="${LEFT}" y="${PLOT_TOP - 20}" width="${step * joined}" height="${SQUARES_TOP + step - PLOT_TOP + 20}" fill="#f4f6f7"/>`);
  }

  const points = days.flatMap((d, i) => (d.mood !== null && d.mood !== 'skipped' ? [{ i, mood: d.mood }] : []));
  if (points.length > 1) {
    const path = points.map((p) => `${x(p.i).toFixed(1)},${levelY(p.mood).toFixed(1)}`).join(' ');
    parts.push(`<polyline points="${path}" fill="none" stroke="${INK}" stroke-opacity="0.35" stroke-width="2"/>`);
  }
  for (const p of points) {
    parts.push(`<circle cx="${x(p.i).toFixed(1)}" cy="${levelY(p.mood).toFixed(1)}" r="7" fill="${MOOD_COLOURS[p.mood]}"/>`);
  }
  days.forEach((d, i) => {
    if (d.mood === 'skipped') parts.push(`<circle cx="${x(i).toFixed(1)}" cy="${PLOT_BOTTOM + 14}" r="4" fill="${MOOD_COLOURS.skipped}"/>`);
  });

  parts.push(text(LEFT - 22, SQUARES_TOP + step / 2 + 5, words.t('chart-practice-days'), { size: 14, anchor: 'end' }));
  const size = Math.min(step - 4, 18);
  days.forEach((d, i) => {
    if (d.beforeJoining) return;
    const sx = (x(i) - size / 2).toFixed(1);
    const sy = (SQUARES_TOP + (step - size) / 2).toFixed(1);
    const today = i === days.length - 1;
    const fill = d.practised ? PRACTICE_COLOUR : '#ffffff';
    const stroke = today ? INK : d.practised ? PRACTICE_COLOUR : FAINT;
    parts.push(`<rect x="${sx}" y="${sy}" width="${size.toFixed(1)}" height="${size.toFixed(1)}" rx="3" fill="${fill}" stroke="${stroke}" stroke-width="${today ? 2 : 1.5}"/>`);
  });

  const first = days[0];
  const last = days[days.length - 1];
  const axisY = SQUARES_TOP + step + 26;
  if (first) parts.push(text(LEFT, axisY, shortDate(words.language, first.date), { size: 13 }));
  if (last) parts.push(text(WIDTH - RIGHT, axisY, words.t('chart-today', { date: shortDate(words.language, last.date) }), { size: 13, anchor: 'end' }));
  if (days.some((d) => d.mood === 'skipped')) {
    const middle = (LEFT + WIDTH - RIGHT) / 2;
    parts.push(`<circle cx="${middle - 40}" cy="${axisY - 4}" r="4" fill="${MOOD_COLOURS.skipped}"/>`);
    parts.push(text(middle - 30, axisY, labels.skipped, { size: 13 }));
  }

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="DejaVu Sans, Arial, sans-serif">`,
    ...parts,
    '</svg>',
  ].join('\n');
}

function text(
  x: number,
  y: number,
  content: string,
  style: { size: number; anchor?: 'start' | 'end'; weight?: 'bold'; fill?: string },
): string {
  const anchor = style.anchor === 'end' ? ' text-anchor="end"' : '';
  const weight = style.weight ? ` font-weight="${style.weight}"` : '';
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-size="${style.size}" fill="${style.fill ?? INK}"${anchor}${weight}>${escapeHtml(content)}</text>`;
}
