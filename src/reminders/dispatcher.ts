/**
 * The daily reminder dispatcher: node-cron only ticks; each tick takes over deliveries whose
 * claimer vanished, then claims due users in small batches (`FOR UPDATE SKIP LOCKED`), records
 * one delivery row per (user, local date) before sending, and hands the sends to the
 * {@link Sender} at the shared global rate. Several instances may run it on one database.
 *
 * ## Delivery policy: at least once, with a small, documented duplicate window
 *
 * A claim writes the delivery row as `sending` with a lease (its send slot + `leaseMs`,
 * default 5 minutes) before anything is sent. An instance never starts an attempt it cannot
 * finish within its lease, and re-checks ownership (`claim_id`) right before each attempt.
 * A row still `sending` after its lease belongs to an instance that crashed (or gave it back
 * at shutdown, which expires the lease at once): the next tick of any instance takes it over
 * and sends it, unless it is by then `graceMs` (3 h) late, in which case it is recorded as
 * skipped. So a crash never loses a reminder that can still be sent on time, and a duplicate
 * is possible only when the crash (or a lost HTTP response followed by a retry) falls
 * between Telegram accepting the message and the `sent` mark being written: a window of
 * one round trip to the database.
 *
 * @module
 */
import { EventEmitter, setMaxListeners } from 'node:events';
import { Api } from 'grammy';
import { schedule, type ScheduledTask } from 'node-cron';
import type { Deps } from '../deps.ts';
import { pickLanguage } from '../i18n/languages.ts';
import { wordsIn, type Words } from '../i18n/words.ts';
import { countApiCalls } from '../telegram/api-metrics.ts';
import type { DeliveryKind } from '../db/reminder-tables.ts';
import { claimDue, claimDueSummaries, claimNow, recoverExpired, type ClaimedJob, type ClaimResult, type NotClaimed } from './claim.ts';
import type { ReminderContent } from './content.ts';
import { deliveryKey, type FenceRow } from './deliveries.repository.ts';
import { composeReminder, composeSummary } from './message.ts';
import { contentIn } from './translation.ts';
import { practiceSince } from './practice.repository.ts';
import { practiceInput, practiceWindow, renderWeekSummary, SUMMARY_DAYS } from './progress.ts';
import { createPacer, DEFAULT_HEADROOM } from './pacer.ts';
import { fence, recordOutcome, type Attempt } from './record.ts';
import { localDateOf, REMINDER_GRACE_MS } from './schedule.ts';
import { createSender, type SendMessageApi, type SendOutcome } from './sender.ts';

export interface DispatcherOptions {
  /** node-cron expression of the tick (REMINDER_TICK). */
  tick: string;
  /** Global sends per second, shared by all instances (TELEGRAM_RATE_LIMIT). */
  ratePerSecond: number;
  /** A reminder this late (the bot was down) is skipped and recorded. Default 3 h. */
  graceMs?: number;
  /** How long a claim owns a row after its send slot. Default 5 min. */
  leaseMs?: number;
  /** Users claimed per transaction. Default {@link defaultBatchSize}. */
  batchSize?: number;
  /** Fraction of the rate actually used, for jitter. Default 0.97. */
  headroom?: number;
  /** Upper bound of one sendMessage request. Default 20 s. */
  requestTimeoutMs?: number;
  /** How long 5xx and network errors are retried. Default 60 s. */
  retryWindowMs?: number;
  retryBaseMs?: number;
  /** Source of randomness for picking texts. Default Math.random. */
  random?: () => number;
}

/**
 * What became of one claimed reminder or summary; `skipped` is one recorded without sending
 * (too late, or the person already practised that day), `error` one whose write failed.
 */
export interface SettledEvent {
  userId: number;
  kind: DeliveryKind;
  /** The reminder's local date, or the Monday of the summary's week. */
  localDate: string;
  outcome: SendOutcome['kind'] | 'skipped' | 'error';
}

export interface DispatcherEvents {
  settled: [event: SettledEvent];
}

/** Why `sendNow` sent nothing: the claim found nothing to send, or how the send ended. */
export type NotSent = NotClaimed | Exclude<SettledEvent['outcome'], 'sent'>;

export interface ReminderDispatcher {
  /** Typed events, so tests wait for outcomes instead of sleeping. */
  readonly events: EventEmitter<DispatcherEvents>;
  /** Starts ticking on the cron expression (and runs one tick right away). */
  start(): void;
  /** One tick: take over expired claims, claim everything due, hand it to the sender. */
  runOnce(): Promise<void>;
  /**
   * Sends one person's reminder for today at once, through the same claim, record, send and
   * mark as a tick (the playground's "send my reminder now"); says why when it cannot.
   */
  sendNow(userId: number): Promise<{ sent: true } | { sent: false; reason: NotSent }>;
  /** Resolves when no tick runs and no send is in flight. */
  idle(): Promise<void>;
  /**
   * Stops ticking, lets the sends already talking to Telegram finish (at most `timeoutMs`),
   * and gives every claimed reminder not yet attempted back for an immediate takeover.
   */
  stop(timeoutMs: number): Promise<void>;
}

export interface DispatcherInput {
  deps: Pick<Deps, 'db' | 'logger' | 'clock' | 'i18n' | 'metrics'>;
  api: SendMessageApi;
  content: ReminderContent;
  options: DispatcherOptions;
}

/** An attempt must start this long before its lease ends, on top of the request timeout. */
const FENCE_MARGIN_MS = 5_000;

/**
 * One second's worth of sends (10-500): a claim holds its row locks for a few milliseconds
 * only, and the next batch is claimed while half of this one is still queued.
 */
export function defaultBatchSize(ratePerSecond: number): number {
  return Math.min(500, Math.max(10, Math.ceil(ratePerSecond)));
}

export function createReminderDispatcher({ deps, api, content, options }: DispatcherInput): ReminderDispatcher {
  const { db, logger, clock, i18n, metrics } = deps;
  const graceMs = options.graceMs ?? REMINDER_GRACE_MS;
  const leaseMs = options.leaseMs ?? 5 * 60_000;
  const batchSize = options.batchSize ?? defaultBatchSize(options.ratePerSecond);
  const requestTimeoutMs = options.requestTimeoutMs ?? 20_000;
  const random = options.random ?? Math.random;
  const pacer = createPacer({ perSecond: options.ratePerSecond, headroom: options.headroom ?? DEFAULT_HEADROOM });
  const sender = createSender({
    api,
    pacer,
    logger,
    clock,
    ...(options.retryWindowMs !== undefined && { retryWindowMs: options.retryWindowMs }),
    ...(options.retryBaseMs !== undefined && { retryBaseMs: options.retryBaseMs }),
  });
  const events = new EventEmitter<DispatcherEvents>();
  const stopSignal = new AbortController();
  // Every queued send listens for the stop while it waits for its slot.
  setMaxListeners(0, stopSignal.signal);
  const sends = createSendQueue(Math.max(1, batchSize / 2));
  let running: Promise<void> | undefined;
  let task: ScheduledTask | undefined;
  let stopping = false;

  const claimOptions = () => ({ now: clock.now(), batchSize, graceMs, leaseMs, spacingMs: pacer.spacingMs });

  /** The message of one attempt: the fence first, then the text (kept across retries), in the person's language. */
  async function prepare(job: ClaimedJob, attempt: Attempt) {
    const row = await fence(db, job, attempt, clock.now());
    if (!row) return null;
    const words = wordsIn((locale, key, variables) => i18n.t(locale, key, variables), row.language ?? pickLanguage(row.languageCode, i18n.locales));
    if (job.kind === 'summary') {
      attempt.summaryText ??= await summaryText(job.userId, row, words);
      const message = composeSummary(attempt, words);
      return { text: message.text, replyMarkup: message.keyboard };
    }
    const message = composeReminder({ content: contentIn(content, words.language), row, attempt, localDate: job.localDate, random, words });
    return { text: message.text, replyMarkup: message.keyboard };
  }

  /** The weekly summary's text, from the last seven days of the person's practice. */
  async function summaryText(userId: number, row: FenceRow, words: Words): Promise<string> {
    const now = clock.now();
    const timeZone = row.timeZone ?? 'UTC';
    const { fromDate, fromInstant } = practiceWindow(localDateOf(now, timeZone), SUMMARY_DAYS);
    const rows = await practiceSince(db, userId, fromDate, fromInstant);
    return renderWeekSummary(practiceInput(rows, timeZone, row.joinedAt, now), words);
  }

  /** Sends one claimed reminder and writes how it ended; always settles, whatever fails. */
  async function deliver(job: ClaimedJob): Promise<void> {
    const attempt: Attempt = {};
    let outcome: SettledEvent['outcome'] = 'error';
    try {
      const latestStart = new Date(job.leaseUntil.getTime() - requestTimeoutMs - FENCE_MARGIN_MS);
      const sent = await sender.deliver({ chatId: job.userId, notBefore: job.slot, latestStart, prepare: () => prepare(job, attempt) }, stopSignal.signal);
      await recordOutcome({ db, logger, now: () => clock.now() }, job, sent, attempt);
      outcome = sent.kind;
    } catch (err) {
      logger.error({ err, user_id: job.userId }, 'reminder delivery failed unexpectedly');
    } finally {
      metrics.reminders.inc({ outcome });
      if (outcome === 'sent') metrics.reminderLatenessSeconds.observe(Math.max(0, clock.now().getTime() - job.dueAt.getTime()) / 1000);
      events.emit('settled', { userId: job.userId, kind: job.kind, localDate: job.localDate, outcome });
    }
  }

  /** Hands a batch's jobs to the sender and reports the late ones it recorded as skipped. */
  function launch(batch: ClaimResult): void {
    for (const job of batch.jobs) sends.add(deliveryKey(job), deliver(job));
    for (const skipped of batch.skipped) {
      metrics.reminders.inc({ outcome: 'skipped' });
      events.emit('settled', { ...skipped, outcome: 'skipped' });
    }
  }

  async function tick(): Promise<void> {
    let claimed = 0;
    let skipped = 0;
    while (!stopping) {
      await sends.room(() => stopping);
      if (stopping) break;
      const recovered = await recoverExpired(db, claimOptions());
      if (recovered.jobs.length > 0) logger.warn({ count: recovered.jobs.length }, 'taking over reminders whose claim expired (an instance stopped mid-send)');
      const due = await claimDue(db, claimOptions());
      const summaries = await claimDueSummaries(db, claimOptions());
      logger.debug(
        { recovered: recovered.jobs.length, claimed: due.jobs.length, summaries: summaries.jobs.length, first_slot: due.jobs[0]?.slot, in_flight: sends.size() },
        'claim batch',
      );
      for (const batch of [recovered, due, summaries]) {
        launch(batch);
        claimed += batch.jobs.length;
        skipped += batch.skipped.length;
      }
      if (recovered.selected < batchSize && due.selected < batchSize && summaries.selected < batchSize) break;
    }
    if (claimed + skipped > 0) logger.info({ claimed, skipped }, 'reminders claimed');
  }

  const runOnce = (): Promise<void> => {
    if (stopping) return Promise.resolve();
    running ??= tick()
      .catch((err: unknown) => logger.error({ err }, 'reminder tick failed'))
      .finally(() => {
        running = undefined;
      });
    return running;
  };

  return {
    events,
    start() {
      if (task || stopping) return;
      task = schedule(options.tick, () => void runOnce(), {
        name: 'reminders',
        logger: {
          info: (m) => logger.debug(m),
          warn: (m) => logger.debug(m),
          error: (m) => logger.warn({ err: m }, 'reminder tick scheduler error'),
          debug: () => {},
        },
      });
      void runOnce();
    },
    runOnce,
    async sendNow(userId) {
      if (stopping) return { sent: false, reason: 'stopped' };
      const { now, spacingMs } = claimOptions();
      const claimed = await claimNow(db, userId, { now, graceMs, leaseMs, spacingMs });
      if (typeof claimed === 'string') return { sent: false, reason: claimed };
      const job = claimed.jobs[0];
      if (!job) return { sent: false, reason: 'already-sent' };
      const settled = new Promise<SettledEvent>((resolve) => {
        const listener = (event: SettledEvent) => {
          if (event.userId !== job.userId || event.kind !== job.kind || event.localDate !== job.localDate) return;
          events.off('settled', listener);
          resolve(event);
        };
        events.on('settled', listener);
      });
      launch({ selected: 1, jobs: [job], skipped: [] });
      const { outcome } = await settled;
      return outcome === 'sent' ? { sent: true } : { sent: false, reason: outcome };
    },
    async idle() {
      while (running || sends.size() > 0) await Promise.allSettled([running, ...sends.pending()]);
    },
    async stop(timeoutMs) {
      stopping = true;
      sends.wake();
      await task?.destroy();
      stopSignal.abort();
      let timer: NodeJS.Timeout | undefined;
      let outOfTime = false;
      const budget = new Promise<void>((resolve) => {
        timer = setTimeout(() => {
          outOfTime = true;
          resolve();
        }, timeoutMs);
      });
      // A claim that was committing when we stopped launches its jobs late; wait for those too.
      while ((running || sends.size() > 0) && !outOfTime) {
        await Promise.race([Promise.allSettled([running, ...sends.pending()]), budget]);
      }
      clearTimeout(timer);
      if (sends.size() > 0) logger.warn({ in_flight: sends.size() }, 'reminder sends still in flight at shutdown; their claims will expire');
    },
  };
}

/**
 * The sends in flight, keyed by delivery, with room for `limit` before a tick claims more:
 * claimed rows never wait long for their slot.
 */
function createSendQueue(limit: number) {
  const inFlight = new Map<string, Promise<void>>();
  let waiters: Array<() => void> = [];
  const wake = () => {
    const woken = waiters;
    waiters = [];
    for (const w of woken) w();
  };
  return {
    add(key: string, send: Promise<void>) {
      inFlight.set(
        key,
        send.finally(() => {
          inFlight.delete(key);
          wake();
        }),
      );
    },
    async room(stopped: () => boolean) {
      while (inFlight.size > limit && !stopped()) await new Promise<void>((r) => waiters.push(r));
    },
    size: () => inFlight.size,
    pending: () => [...inFlight.values()],
    wake,
  };
}

/**
 * Builds the dispatcher the app runs with the reminder texts loaded at start-up, talking to
 * Telegram through its own grammY `Api` (same token and API root as the bot, without
 * auto-retry: the sender owns the retry policy), and starts ticking.
 */
export async function startReminderDispatcher(
  deps: Deps,
  opts: { token: string } & Partial<DispatcherOptions>,
): Promise<ReminderDispatcher> {
  const { token, ...overrides } = opts;
  const requestTimeoutMs = overrides.requestTimeoutMs ?? 20_000;
  const api = new Api(token, { apiRoot: deps.config.apiRoot, timeoutSeconds: Math.ceil(requestTimeoutMs / 1000) });
  api.config.use(countApiCalls(deps.metrics));
  const dispatcher = createReminderDispatcher({
    deps,
    api,
    content: deps.reminders,
    options: { tick: deps.config.reminderTick, ratePerSecond: deps.config.telegramRateLimit, requestTimeoutMs, ...overrides },
  });
  dispatcher.start();
  return dispatcher;
}
