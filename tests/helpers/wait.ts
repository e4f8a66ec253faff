import type { Db } from '../../src/db/create-db.ts';

/** Polls `check` until it holds; for effects that land just after the bot's reply. */
export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 15_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what} not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/**
 * Waits until the bot has finished an update (its id is marked done in the database): the
 * sentinel that proves "nothing else was answered" without sleeping.
 */
export async function handled(db: Db, update: { update_id: number }, timeoutMs = 15_000): Promise<void> {
  await waitFor(
    async () => {
      const row = await db.selectFrom('handled_updates').select('done_at').where('update_id', '=', update.update_id).executeTakeFirst();
      return row?.done_at != null;
    },
    timeoutMs,
    `update ${String(update.update_id)} handled`,
  );
}
