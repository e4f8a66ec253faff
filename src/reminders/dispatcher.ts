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
import { setBlocked } from '../db/users.repository.ts';
import { countApiCalls } from '../telegram/api-metrics.ts';
import type { Deps } from '../deps.ts';
import { claimDue, claimNow, recoverExpired, type ClaimedJob, type NotClaimed } from './claim.ts';
import { pickReminder, type ReminderContent } from './content.ts';
import { pickLanguage } from '../i18n/languages.ts';
import { CRISIS_CHECKIN_ID, renderCrisisCheckin, renderReminder } from './message.ts';
import { createPacer, DEFAULT_HEADROOM } from './pacer.ts';
import { rememberSeen } from './plan.ts';
import { deliveryKey, fenceDelivery, finishDelivery, recordSent, releaseClaims } from './reminders.repository.ts';
import { REMINDER_GRACE_MS } from './schedule.ts';
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

/** What became of one claimed reminder; `skipped` is a late one recorded without sending. */
export interface SettledEvent {
  userId: number;
  localDate: string;
  outcome: SendOutcome['kind'] | 'skipped';
}

export interface DispatcherEvents {
  settled: [event: SettledEvent];
}

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
  sendNow(userId: number): Promise<{ sent: boolean; reason?: string }>;
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

const FENCE_MARGIN_MS = 5_000;

const NOT_CLAIMED: Record<NotClaimed, string> = {
  unknown: 'They have not set up reminders yet (/remind).',
  off: 'Their reminders are off (/remind on).',
  incomplete: 'Their reminder needs a time and a time zone first (/remind 20:30, /timezone Berlin).',
  stopped: 'They used /stop (/start opts back in).',
  blocked: 'They blocked the bot.',
  busy: 'Their reminder is being sent right now.',
  'already-sent': 'Today’s reminder was already sent; the next one comes tomorrow.',
};

const NOT_SENT: Partial<Record<SettledEvent['outcome'], string>> = {
  cancelled: 'Their settings changed just before the send.',
  blocked: 'Telegram says they blocked the bot.',
  rejected: 'Telegram refused the message.',
  'gave-up': 'Telegram could not be reached; try again later.',
  expired: 'It could not be sent in time.',
  stopped: 'The bot is shutting down.',
};

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
  const inFlight = new Map<string, Promise<void>>();
  let roomWaiters: Array<() => void> = [];
  let running: Promise<void> | undefined;
  let task: ScheduledTask | undefined;
  let stopping = false;

  const notifyRoom = () => {
    const waiters = roomWaiters;
    roomWaiters = [];
    for (const wake of waiters) wake();
  };

  /** Waits until at most half a batch is queued, so claimed rows never wait long for a slot. */
  const waitForRoom = async () => {
    while (inFlight.size > batchSize / 2 && !stopping) await new Promise<void>((r) => roomWaiters.push(r));
  };

  const claimOptions = () => ({ now: clock.now(), batchSize, graceMs, leaseMs, spacingMs: pacer.spacingMs });

  function launch(job: ClaimedJob): void {
    const key = deliveryKey(job.userId, job.localDate);
    let reminderId: string | undefined;
    let seen: string[] = [];
    let cancelReason = 'lost';
    const deliver = sender.deliver(
      {
        chatId: job.userId,
        notBefore: job.slot,
        latestStart: new Date(job.leaseUntil.getTime() - requestTimeoutMs - FENCE_MARGIN_MS),
        prepare: async () => {
          const fence = await fenceDelivery(db, job, clock.now());
          if (!fence) return null;
          cancelReason = fence.stoppedAt ? 'stopped' : fence.blockedAt ? 'blocked' : !fence.enabled ? 'off' : '';
          if (cancelReason !== '') return null;
          seen = fence.seen;
          if (fence.crisisCheckinDue) {
            reminderId = CRISIS_CHECKIN_ID;
            const language = fence.language ?? pickLanguage(fence.languageCode, i18n.locales);
            const message = renderCrisisCheckin((key) => i18n.t(language, key));
            return { text: message.text, replyMarkup: message.keyboard };
          }
          if (reminderId === undefined || reminderId === CRISIS_CHECKIN_ID) reminderId = pickReminder(content.reminders, seen, random);
          const message = renderReminder(content, reminderId, job.localDate);
          return { text: message.text, replyMarkup: message.keyboard };
        },
      },
      stopSignal.signal,
    );
    const done = deliver
      .then((outcome) => settle(job, outcome, { reminderId, seen, cancelReason }))
      .catch((err: unknown) => logger.error({ err, user_id: job.userId }, 'reminder delivery failed unexpectedly'))
      .finally(() => {
        inFlight.delete(key);
        notifyRoom();
      });
    inFlight.set(key, done);
  }

  async function settle(
    job: ClaimedJob,
    outcome: SendOutcome,
    state: { reminderId: string | undefined; seen: string[]; cancelReason: string },
  ): Promise<void> {
    const now = clock.now();
    switch (outcome.kind) {
      case 'sent': {
        const reminderId = state.reminderId as string;
        const crisisCheckin = reminderId === CRISIS_CHECKIN_ID;
        const seen = crisisCheckin ? state.seen : rememberSeen(content.reminders, state.seen, reminderId);
        const sent = { reminderId, messageId: outcome.messageId, seen, crisisCheckin };
        // The message is out: try hard to record it, since an unrecorded send is the duplicate window.
        await recordSent(db, job, sent, now).catch(async (err: unknown) => {
          logger.warn({ err, user_id: job.userId }, 'could not record a sent reminder; retrying once');
          await new Promise((r) => setTimeout(r, 500));
          await recordSent(db, job, sent, clock.now());
        });
        break;
      }
      case 'cancelled':
        if (state.cancelReason !== 'lost') await finishDelivery(db, job, { status: 'cancelled', reason: state.cancelReason }, now);
        break;
      case 'blocked':
        logger.info({ user_id: job.userId, description: outcome.description }, 'user blocked the bot; no more reminders until they return');
        await setBlocked(db, job.userId, now);
        await finishDelivery(db, job, { status: 'blocked', reason: outcome.description }, now);
        break;
      case 'rejected':
      case 'gave-up':
        await finishDelivery(db, job, { status: 'failed', reason: outcome.description }, now);
        break;
      case 'expired':
        logger.warn({ user_id: job.userId }, 'reminder could not start within its lease; leaving it for a takeover');
        break;
      case 'stopped':
        await releaseClaims(db, [job], now);
        break;
    }
    metrics.reminders.inc({ outcome: outcome.kind });
    if (outcome.kind === 'sent') metrics.reminderLatenessSeconds.observe(Math.max(0, now.getTime() - job.dueAt.getTime()) / 1000);
    events.emit('settled', { userId: job.userId, localDate: job.localDate, outcome: outcome.kind });
  }

  async function tickBody(): Promise<void> {
    let claimedTotal = 0;
    let skippedTotal = 0;
    while (!stopping) {
      await waitForRoom();
      if (stopping) break;
      const recovered = await recoverExpired(db, claimOptions());
      if (recovered.jobs.length > 0) logger.warn({ count: recovered.jobs.length }, 'taking over reminders whose claim expired (an instance stopped mid-send)');
      const claimed = await claimDue(db, claimOptions());
      logger.debug({ recovered: recovered.jobs.length, claimed: claimed.jobs.length, first_slot: claimed.jobs[0]?.slot, in_flight: inFlight.size }, 'claim batch');
      for (const batch of [recovered, claimed]) {
        for (const job of batch.jobs) launch(job);
        for (const s of batch.skipped) {
          metrics.reminders.inc({ outcome: 'skipped' });
          events.emit('settled', { ...s, outcome: 'skipped' });
        }
        claimedTotal += batch.jobs.length;
        skippedTotal += batch.skipped.length;
      }
      if (recovered.selected < batchSize && claimed.selected < batchSize) break;
    }
    if (claimedTotal + skippedTotal > 0) logger.info({ claimed: claimedTotal, skipped_late: skippedTotal }, 'reminders claimed');
  }

  const runOnce = (): Promise<void> => {
    if (stopping) return Promise.resolve();
    running ??= tickBody()
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
      if (stopping) return { sent: false, reason: NOT_SENT.stopped };
      const { now, graceMs: grace, leaseMs: lease, spacingMs } = claimOptions();
      const claimed = await claimNow(db, userId, { now, graceMs: grace, leaseMs: lease, spacingMs });
      if (typeof claimed === 'string') return { sent: false, reason: NOT_CLAIMED[claimed] };
      const job = claimed.jobs[0];
      if (!job) return { sent: false, reason: NOT_CLAIMED['already-sent'] };
      const settled = new Promise<SettledEvent>((resolve) => {
        const listener = (event: SettledEvent) => {
          if (event.userId !== job.userId || event.localDate !== job.localDate) return;
          events.off('settled', listener);
          resolve(event);
        };
        events.on('settled', listener);
      });
      launch(job);
      const { outcome } = await settled;
      return outcome === 'sent' ? { sent: true } : { sent: false, reason: NOT_SENT[outcome] ?? outcome };
    },
    async idle() {
      while (running || inFlight.size > 0) await Promise.allSettled([running, ...inFlight.values()]);
    },
    async stop(timeoutMs) {
      stopping = true;
      notifyRoom();
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
      while ((running || inFlight.size > 0) && !outOfTime) {
        await Promise.race([Promise.allSettled([running, ...inFlight.values()]), budget]);
      }
      clearTimeout(timer);
      if (inFlight.size > 0) logger.warn({ in_flight: inFlight.size }, 'reminder sends still in flight at shutdown; their claims will expire');
    },
  };
}

/**
 * Builds the dispatcher the app runs with the reminder texts loaded at start-up, talks to Telegram through its own grammY `Api` (same token and API
 * root as the bot, without auto-retry: the sender owns the retry policy), and starts ticking.
 */
export async function startReminderDispatcher(
  deps: Deps,
  opts: { token: string } & Partial<DispatcherOptions>,
): Promise<ReminderDispatcher> {
  const { token, ...overrides } = opts;
  const content = deps.reminders;
  const requestTimeoutMs = overrides.requestTimeoutMs ?? 20_000;
  const api = new Api(token, { apiRoot: deps.config.apiRoot, timeoutSeconds: Math.ceil(requestTimeoutMs / 1000) });
  api.config.use(countApiCalls(deps.metrics));
  const dispatcher = createReminderDispatcher({
    deps,
    api,
    content,
    options: { tick: deps.config.reminderTick, ratePerSecond: deps.config.telegramRateLimit, requestTimeoutMs, ...overrides },
  });
  dispatcher.start();
  return dispatcher;
}
