import { BotError, webhookCallback, type Bot } from 'grammy';
import type { Logger } from 'pino';
import { isDatabaseUnavailable } from '../db/availability.ts';
import type { Route } from '../http/server.ts';
import { pathOf, sendJson } from '../http/server.ts';
import type { BotContext } from './context.ts';
import { ALLOWED_UPDATES } from './polling.ts';

const MAX_UPDATE_BYTES = 1_000_000;

/**
 * Accepts updates only at the path of WEBHOOK_URL and only with the right
 * `X-Telegram-Bot-Api-Secret-Token` (grammY answers 401 otherwise).
 */
export function webhookRoute(bot: Bot<BotContext>, webhook: { url: string; secret: string }, logger: Logger): Route {
  const path = new URL(webhook.url).pathname;
  // Answer Telegram before its own timeout; the update still finishes in the background.
  const callback = webhookCallback(bot, 'http', {
    secretToken: webhook.secret,
    onTimeout: 'return',
    timeoutMilliseconds: 9_000,
  });
  return async (req, res) => {
    if (pathOf(req) !== path) return false;
    if (req.method !== 'POST') {
      sendJson(res, 405, { error: 'method not allowed' });
      return true;
    }
    if (Number(req.headers['content-length'] ?? 0) > MAX_UPDATE_BYTES) {
      sendJson(res, 413, { error: 'too large' });
      return true;
    }
    try {
      await callback(req, res);
    } catch (error) {
      // Not handled (the database is away, or a bug): a non-2xx answer makes Telegram deliver it again.
      const cause = error instanceof BotError ? error.error : error;
      const unavailable = isDatabaseUnavailable(cause);
      logger.warn({ err: unavailable ? undefined : cause }, unavailable ? 'update not handled: database away; Telegram will retry' : 'update not handled');
      if (!res.headersSent) sendJson(res, unavailable ? 503 : 500, { error: unavailable ? 'database unavailable' : 'internal error' });
    }
    return true;
  };
}

/** Tells Telegram where to post updates, with the secret it must send back. */
export async function registerWebhook(bot: Bot<BotContext>, webhook: { url: string; secret: string }): Promise<void> {
  await bot.api.setWebhook(webhook.url, {
    secret_token: webhook.secret,
    allowed_updates: [...ALLOWED_UPDATES],
  });
}
