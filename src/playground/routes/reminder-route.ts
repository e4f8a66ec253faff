import { pathOf, sendJson, type Route } from '../../http/server.ts';
import type { ReminderDispatcher } from '../../reminders/dispatcher.ts';

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
    sendJson(res, 200, { ok: true, result: await reminders.sendNow(Number(match[1])) });
    return true;
  };
}
