import { api } from './api.js';

/**
 * Waits until the bot answers. The page is served before the bot is ready (a first run
 * prepares the database for a while); meanwhile what people type goes to the emulator,
 * which queues it as Telegram would, and the bot answers it once it polls.
 *
 * @param {(bot: { ready: true, languages: string[] }) => void} onReady called once
 */
export function whenBotReady(onReady, intervalMs = 400) {
  const ask = async () => {
    try {
      const bot = await api.bot();
      if (bot.ready) return onReady(bot);
    } catch {
      // The page's server is there (it served this page); a failed ask is retried.
    }
    setTimeout(() => void ask(), intervalMs);
  };
  void ask();
}
