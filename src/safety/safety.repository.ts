import { sql } from 'kysely';
import type { Db } from '../db/create-db.ts';

/** Counts one crisis message on its UTC day; nothing about the person or the text is kept. */
export async function countSafetyEvent(db: Db, at: Date): Promise<void> {
  const day = at.toISOString().slice(0, 10);
  await db
    .insertInto('safety_events')
    .values({ day, count: 1 })
    .onConflict((oc) => oc.column('day').doUpdateSet({ count: sql`safety_events.count + 1` }))
    .execute();
}

export async function safetyEventCount(db: Db, day: string): Promise<number> {
  const row = await db.selectFrom('safety_events').select('count').where('day', '=', day).executeTakeFirst();
  return row?.count ?? 0;
}
