import { setMaxListeners } from 'node:events';
import { createBotApi } from './bot-api.ts';
import { createBotView, type BotView } from './bot-view.ts';
import { createControlRoutes } from './control-routes.ts';
import { createDispatcher } from './dispatch.ts';
import { createFaults, type Faults } from './faults.ts';
import { createRateLimiter } from './limits.ts';
import { startServer } from './server.ts';
import { createBotState, type BotState } from './state.ts';
import { createStats } from './stats.ts';
import type { EmulatorStats, RateLimit } from './types.ts';
import { createUpdateQueue } from './updates.ts';

/** The token the emulator's own user API talks to unless `createEmulator({ token })` says otherwise. */
export const DEFAULT_EMULATOR_TOKEN = '1234567890:LETGO-EMULATOR-TOKEN';

export interface EmulatorOptions {
  /** Default 0: an ephemeral port (always use 0 in tests). */
  port?: number;
  /** Default `127.0.0.1`. */
  host?: string;
  /** The bot the user API (`emulator.user(...)`, the `/_emulator/` routes) talks to. */
  token?: string;
  /** First webhook retry delay after a failed delivery, doubling per attempt. Default 50 ms. */
  webhookRetryBaseMs?: number;
  /** Cap of the webhook retry delay. Default 1000 ms. */
  webhookRetryMaxMs?: number;
}

/**
 * A running emulator: the view of its default bot, plus the knobs that act on the whole
 * fake Telegram (faults, latency, flood limits, stats) and its lifecycle.
 */
export interface Emulator extends BotView {
  /** Pass as grammY's `client.apiRoot`, e.g. `http://127.0.0.1:41234`. */
  readonly apiRoot: string;
  /** Base URL of the server (same as apiRoot); `/_emulator/...` lives under it. */
  readonly url: string;
  /** Scripted failures of Bot API calls (any token). */
  readonly faults: Faults;
  /** Milliseconds added to every Bot API answer. */
  setLatency(ms: number): void;
  /** Flood control for send methods (sliding one-second window); `null` lifts it. */
  setRateLimit(limit: RateLimit | null): void;
  /** A snapshot of the counters since start or the last resetStats(). */
  stats(): EmulatorStats;
  resetStats(): void;
  /** The view of another bot; state is per token, as in Telegram. */
  bot(token: string): BotView;
  /** Closes the server, pending long polls, event streams and webhook retries. Idempotent. */
  close(): Promise<void>;
}

/**
 * Starts a local Telegram Bot API on `host:port` (an ephemeral port by default).
 *
 * @example
 * ```ts
 * const emulator = await createEmulator();
 * const bot = new Bot(emulator.token, { client: { apiRoot: emulator.apiRoot } });
 * bot.on('message:text', (ctx) => ctx.reply(`echo: ${ctx.message.text}`));
 * void bot.start();
 * const alice = emulator.user(42, { first_name: 'Alice' });
 * alice.sendText('hi');
 * const answer = await alice.waitForBotMessage(); // { text: 'echo: hi', from: 'bot', ... }
 * await bot.stop();
 * await emulator.close();
 * ```
 */
export async function createEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const closing = new AbortController();
  // Every pending wait listens on this one signal; many concurrent waits are normal here.
  setMaxListeners(0, closing.signal);
  const faults = createFaults();
  const limiter = createRateLimiter();
  const stats = createStats();
  const dispatcher = createDispatcher({ api: createBotApi(), faults, limiter, stats });
  let latency = 0;

  const bots = new Map<string, BotState>();
  const views = new Map<string, BotView>();
  const botFor = (token: string): BotState => {
    let bot = bots.get(token);
    if (!bot) {
      bot = createBotState(token, (state) =>
        createUpdateQueue({
          onQueued: (update) => state.events.emit('update', update),
          onDelivery: (event) => state.events.emit('webhookDelivery', event),
          runWebhookReply: async (method, fields) => {
            await dispatcher.dispatch(state, method, { fields, files: new Map() }, closing.signal);
          },
          retryBaseMs: options.webhookRetryBaseMs ?? 50,
          retryMaxMs: options.webhookRetryMaxMs ?? 1000,
          deliveryTimeoutMs: 30_000,
        }),
      );
      bots.set(token, bot);
    }
    return bot;
  };
  const viewFor = (token: string): BotView => {
    let view = views.get(token);
    if (!view) {
      view = createBotView(botFor(token), closing.signal);
      views.set(token, view);
    }
    return view;
  };

  const main = viewFor(options.token ?? DEFAULT_EMULATOR_TOKEN);
  const server = await startServer({
    host: options.host ?? '127.0.0.1',
    port: options.port ?? 0,
    botFor,
    dispatcher,
    control: createControlRoutes(main),
    latencyMs: () => latency,
  });

  let closed: Promise<void> | undefined;
  return {
    ...main,
    apiRoot: server.url,
    url: server.url,
    faults: { add: (spec) => faults.add(spec), clear: () => faults.clear(), active: () => faults.active() },
    setLatency(ms) {
      latency = Math.max(0, ms);
    },
    setRateLimit: (limit) => limiter.set(limit),
    stats: () => stats.snapshot(),
    resetStats: () => stats.reset(),
    bot: viewFor,
    close() {
      closed ??= (async () => {
        closing.abort();
        for (const bot of bots.values()) bot.updates.close();
        await server.close();
      })();
      return closed;
    },
  };
}
