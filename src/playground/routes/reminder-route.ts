import { pathOf, sendJson, type Route } from '../../http/server.ts';
import type { NotSent, ReminderDispatcher } from '../../reminders/dispatcher.ts';

/** Why nothing was sent, in the words the page shows. */
const WHY: Record<NotSent, string> = {
  unknown: 'They have not set up reminders yet (/remind).',
  off: 'Their reminders are off (/remind on).',
  incomplete: 'Their reminder needs a time and a time zone first (/remind 20:30, /timezone Berlin).',
  stopped: 'They used /stop (/start opts back in), or the bot is shutting down.',
  blocked: 'They blocked the bot.',
  busy: 'Their reminder is being sent right now.',
  'already-sent': 'Today’s reminder was already sent; the next one comes tomorrow.',
  cancelled: 'Their settings changed just before the send.',
  rejected: 'Telegram refused the message.',
  'gave-up': 'Telegram could not be reached; try again later.',
  expired: 'It could not be sent in time.',
  skipped: 'It was too late to send.',
  error: 'Something went wrong while sending; the log says what.',
};

/**
 * `POST /api/users/:id/reminder`: "send my reminder now" for the current person. It goes
 * through the running dispatcher (claim, record the delivery, send, mark), so what the page
 * shows, and what it refuses (reminders off, /stop, already sent today), is what a real
 * person would get at their chosen time. The message itself arrives over the event stream.
 */
export function reminderRoute(dispatcher: () => Pick<ReminderDispatcher, 'sendNow'> | undefined): Route {
  return async (req, res) => {
    const match = /^\/api\/users\/(\d{1,15})\/reminder$/.exec(pathOf(req));
    if (req.method !== 'POST' || !match) return false;
    const reminders = dispatcher();
    if (!reminders) {
      sendJson(res, 503, { ok: false, description: 'The bot is starting; try again in a moment.' });
      return true;
    }
    const result = await reminders.sendNow(Number(match[1]));
    sendJson(res, 200, { ok: true, result: result.sent ? result : { sent: false, reason: WHY[result.reason] } });
    return true;
  };
}
