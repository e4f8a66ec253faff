import type { MiddlewareFn } from 'grammy';
import { loadPerson } from '../../db/person.repository.ts';
import { claimUpdate, finishUpdate, type ClaimPolicy } from '../../db/updates.repository.ts';
import type { BotContext } from '../context.ts';

/**
 * Each update takes effect once: it is claimed before anything is done and marked done
 * after. A redelivered update (a slow webhook answer, a restart, another instance) finds
 * the claim and is acknowledged without effect. In a private chat the claim rides on the
 * person's one read, which also loads their run (see `loadPerson`); the done mark carries
 * the message id of a step's new buttons, so a scenario step costs three round trips.
 *
 * An update that fails because the database is away is not marked: it is tried again, and
 * its claim, left by this very instance, is taken over then. Only a second copy arriving
 * while the first is still being handled here is turned away, by the set of updates in
 * flight in this process.
 */
export function intake(policy: ClaimPolicy): MiddlewareFn<BotContext> {
  const inFlight = new Set<number>();
  return async (ctx, next) => {
    const updateId = ctx.update.update_id;
    if (inFlight.has(updateId)) {
      ctx.outcome = 'duplicate';
      return;
    }
    inFlight.add(updateId);
    try {
      await handleOnce(ctx, next, policy);
    } finally {
      inFlight.delete(updateId);
    }
  };
}

async function handleOnce(ctx: BotContext, next: () => Promise<void>, policy: ClaimPolicy): Promise<void> {
  const { db, clock } = ctx.deps;
  const updateId = ctx.update.update_id;
  let claimed: boolean;
  if (ctx.chat?.type === 'private' && ctx.from && !ctx.from.is_bot) {
    const person = await loadPerson(db, ctx.from, clock.now(), { updateId, policy });
    ctx.user = person.user;
    ctx.run = person.run;
    ctx.storedConversation = person.conversation;
    ctx.planEditing = person.planEditing;
    claimed = person.claimed;
  } else {
    claimed = await claimUpdate(db, updateId, clock.now(), policy);
  }
  if (!claimed) {
    ctx.outcome = 'duplicate';
    return;
  }
  await next();
  await finishUpdate(db, updateId, clock.now(), ctx.finalWrites);
}
