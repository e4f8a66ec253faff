import { run, type RunnerHandle } from '@grammyjs/runner';
import type { Bot } from 'grammy';
import type { BotContext } from './context.ts';

export const ALLOWED_UPDATES = ['message', 'callback_query', 'my_chat_member'] as const;

export interface Polling {
  /** Stops fetching, waits (bounded) for updates in flight, and confirms them to Telegram. */
  stop(timeoutMs: number): Promise<void>;
}

/**
 * Long polling with @grammyjs/runner: updates of different chats run concurrently, those of
 * one chat in order (the bot's `sequentialize`).
 */
export async function startPolling(
  bot: Bot<BotContext>,
  /** Polling cannot go on: the token was revoked (401) or another process polls (409). */
  onFatal: (error: unknown) => void,
): Promise<Polling> {
  await bot.api.deleteWebhook();
  let lastUpdateId: number | undefined;
  // Remember the newest update taken so shutdown can confirm it; otherwise Telegram sends it
  // again after a restart and the person gets a second answer.
  const handleUpdate = bot.handleUpdate.bind(bot);
  bot.handleUpdate = (update, envelope) => {
    lastUpdateId = Math.max(lastUpdateId ?? 0, update.update_id);
    return handleUpdate(update, envelope);
  };
  const handle: RunnerHandle = run(bot, {
    runner: { fetch: { allowed_updates: [...ALLOWED_UPDATES] }, silent: true },
    sink: { concurrency: 100 },
  });
  // The runner retries network errors itself; what reaches here is unrecoverable.
  void handle.task()?.catch(onFatal);
  return {
    async stop(timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      await handle.stop();
      while (handle.size() > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      if (lastUpdateId !== undefined) {
        await bot.api.getUpdates({ offset: lastUpdateId + 1, limit: 1, timeout: 0 }).catch(() => {});
      }
    },
  };
}
