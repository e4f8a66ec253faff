import { sql, type Kysely } from 'kysely';
import type { VersionedState, VersionedStateStorage } from '@grammyjs/conversations';
import type { Database } from './database.ts';

type Db = Kysely<Database>;

/**
 * A storage adapter for @grammyjs/conversations on Kysely: one `conversation_states` row
 * per storage key, the plugin's value as jsonb. Every key must name its owner (`ownerOf`),
 * so the row belongs to a user and goes with them on /delete. A write for a user who no
 * longer exists (erased while the update was in flight) is dropped, not an error.
 *
 * ```ts
 * conversations({ storage: { type: 'key', getStorageKey: (ctx) => String(ctx.from?.id), adapter: conversationStorage(db) } })
 * ```
 */
export function conversationStorage<S>(
  db: Db,
  opts: { ownerOf?: (key: string) => number; now?: () => Date } = {},
): VersionedStateStorage<string, S> {
  const ownerOf = opts.ownerOf ?? userIdKey;
  const now = opts.now ?? (() => new Date());
  return {
    async read(key) {
      const row = await db.selectFrom('conversation_states').select('value').where('key', '=', key).executeTakeFirst();
      return row?.value as VersionedState<S> | undefined;
    },
    async write(key, state) {
      const userId = ownerOf(key);
      const value = JSON.stringify(state);
      const at = now();
      await db
        .insertInto('conversation_states')
        .columns(['key', 'user_id', 'value', 'updated_at'])
        .expression((eb) =>
          eb
            .selectFrom('users')
            .select([
              sql<string>`${key}::text`.as('key'),
              'users.id',
              sql<string>`${value}::jsonb`.as('value'),
              sql<Date>`${at}::timestamptz`.as('updated_at'),
            ])
            .where('users.id', '=', userId),
        )
        .onConflict((oc) =>
          oc.column('key').doUpdateSet({ value: (eb) => eb.ref('excluded.value'), updated_at: (eb) => eb.ref('excluded.updated_at') }),
        )
        .execute();
    },
    async delete(key) {
      await db.deleteFrom('conversation_states').where('key', '=', key).execute();
    },
  };
}

/** The default key: a Telegram user id as text. Anything else is a programming error. */
export function userIdKey(key: string): number {
  if (!/^[1-9][0-9]{0,15}$/.test(key)) throw new Error(`conversation storage key "${key}" is not a user id`);
  return Number(key);
}

/** Drops the stored conversations of these users (after their runs were closed elsewhere). */
export async function deleteConversationStatesOf(db: Db, userIds: readonly number[]): Promise<void> {
  if (userIds.length === 0) return;
  await db.deleteFrom('conversation_states').where('user_id', 'in', userIds).execute();
}

/** Size in bytes of a stored conversation as PostgreSQL keeps it (for measurements). */
export async function conversationStateSize(db: Db, key: string): Promise<number | undefined> {
  const row = await db
    .selectFrom('conversation_states')
    .select((eb) => eb.fn<number>('pg_column_size', [eb.ref('value')]).as('bytes'))
    .where('key', '=', key)
    .executeTakeFirst();
  return row === undefined ? undefined : Number(row.bytes);
}
