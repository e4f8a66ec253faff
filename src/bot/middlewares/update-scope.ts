import type { MiddlewareFn } from 'grammy';
import type { Deps } from '../../deps.ts';
import { isDatabaseUnavailable } from '../../db/availability.ts';
import type { RoundTripScope } from '../../db/round-trips.ts';
import { updateTypeLabel } from '../../metrics.ts';
import type { BotContext } from '../context.ts';

/** What kind of update this is, for logs and metrics: never anything the person wrote. */
export function updateType(update: BotContext['update']): string {
  return Object.keys(update).find((key) => key !== 'update_id') ?? 'unknown';
}

/**
 * First middleware: gives every handler its dependencies and a per-update child logger, and
 * writes one line per update when it is done: id, type, duration, outcome and how many
 * database round trips it took. Personal text never goes into these lines.
 */
export function updateScope(deps: Deps, roundTrips?: RoundTripScope): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const type = updateType(ctx.update);
    ctx.deps = deps;
    ctx.logger = deps.logger.child({ update_id: ctx.update.update_id, update_type: type });
    ctx.user = undefined;
    ctx.run = undefined;
    ctx.storedConversation = undefined;
    ctx.crisis = undefined;
    ctx.planEditing = null;
    ctx.finalWrites = {};
    ctx.outcome = 'ok';
    ctx.language = 'en';
    ctx.t = (key, variables) => deps.i18n.t('en', key, variables);
    ctx.run = undefined;
    const started = performance.now();
    let trips = 0;
    try {
      trips = roundTrips ? await roundTrips.measure(next) : (await next(), 0);
    } catch (error) {
      ctx.outcome = isDatabaseUnavailable(error) ? 'unavailable' : 'error';
      throw error;
    } finally {
      const seconds = (performance.now() - started) / 1000;
      deps.metrics.updates.inc({ type: updateTypeLabel(type), outcome: ctx.outcome });
      deps.metrics.updateSeconds.observe({ type: updateTypeLabel(type) }, seconds);
      ctx.logger.info(
        {
          duration_ms: Math.round((performance.now() - started) * 10) / 10,
          outcome: ctx.outcome,
          db_round_trips: trips,
          ...crisisFields(ctx),
        },
        'update handled',
      );
    }
  };
}

/** The tier and rule family that fired, for the log line: never the words. */
function crisisFields(ctx: BotContext): { crisis_tier?: string; crisis_family?: string } {
  const crisis = ctx.crisis;
  return crisis && crisis.tier !== 'none' ? { crisis_tier: crisis.tier, crisis_family: crisis.family ?? 'unknown' } : {};
}
