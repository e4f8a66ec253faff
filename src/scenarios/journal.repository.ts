import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { JournalEntry } from '../db/scenario-tables.ts';

type Db = Kysely<Database>;

/** How many entries a person has written. */
export async function countJournalEntries(db: Db, userId: number): Promise<number> {
  const row = await db
    .selectFrom('journal_entries')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A page of a person's entries, newest first. */
export async function latestJournalEntries(db: Db, userId: number, offset: number, limit: number): Promise<JournalEntry[]> {
  return db
    .selectFrom('journal_entries')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .offset(offset)
    .limit(limit)
    .execute();
}

/** Adds an entry outside a scenario run (imports, tests); runs write theirs with the step. */
export async function addJournalEntry(
  db: Db,
  entry: { userId: number; scenarioId: string; stepId: string; prompt: string; text: string; now: Date },
): Promise<void> {
  await db
    .insertInto('journal_entries')
    .values({
      user_id: entry.userId,
      run_id: null,
      scenario_id: entry.scenarioId,
      step_id: entry.stepId,
      prompt: entry.prompt,
      text: entry.text,
      created_at: entry.now,
    })
    .execute();
}
