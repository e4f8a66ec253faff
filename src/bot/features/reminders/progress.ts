/**
 * `/progress`: practice days of the last 14 and 30 days and the moods of the check-ins, as a
 * small chart drawn on the server with the text version as its caption. Any failure to draw
 * the chart sends the text alone.
 *
 * @module
 */
import { GrammyError, InputFile } from 'grammy';
import { svgToPng } from '../../../reminders/chart-png.ts';
import type { ReminderContent } from '../../../reminders/content.ts';
import { moodLabels } from '../../../reminders/message.ts';
import { practiceSince } from '../../../reminders/practice.repository.ts';
import { renderProgressSvg } from '../../../reminders/progress-chart.ts';
import { CHART_DAYS, practiceInput, practiceWindow, progressDays, renderProgress } from '../../../reminders/progress.ts';
import { localDateOf } from '../../../reminders/schedule.ts';
import type { PrivateContext } from '../../context.ts';

/** Telegram's limit on a photo caption. */
const MAX_CAPTION = 1024;

export async function sendProgress(ctx: PrivateContext, content: ReminderContent): Promise<void> {
  const { db, clock } = ctx.deps;
  const now = clock.now();
  const timeZone = ctx.user.time_zone ?? 'UTC';
  const { fromDate, fromInstant } = practiceWindow(localDateOf(now, timeZone), CHART_DAYS);
  const rows = await practiceSince(db, ctx.from.id, fromDate, fromInstant);
  const input = { ...practiceInput(rows, timeZone, ctx.user.created_at, now), labels: moodLabels(content) };
  const caption = renderProgress(input, ctx);

  let png: Buffer | undefined;
  try {
    png = await svgToPng(renderProgressSvg(progressDays(input, CHART_DAYS), input.labels, ctx));
  } catch (err) {
    ctx.logger.warn({ err }, 'could not draw the progress chart; sending the text alone');
  }
  if (png !== undefined && caption.length <= MAX_CAPTION) {
    try {
      await ctx.replyWithPhoto(new InputFile(png, 'progress.png'), { caption, parse_mode: 'HTML' });
      return;
    } catch (err) {
      // Telegram refused the photo (it answered, so nothing was sent): the text still helps.
      if (!(err instanceof GrammyError)) throw err;
      ctx.logger.warn({ err }, 'Telegram refused the progress chart; sending the text alone');
    }
  }
  await ctx.reply(caption, { parse_mode: 'HTML' });
}
