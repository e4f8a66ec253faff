import { sql } from 'kysely';
import type { Db } from './create-db.ts';
import type { User } from './database.ts';

export type TelegramUserInfo = { id: number; first_name: string; language_code?: string | undefined };

/**
 * Creates or refreshes the user on every private-chat update. Writing to the bot again means
 * they are back, so a block recorded earlier is cleared.
 */
export async function upsertUser(db: Db, from: TelegramUserInfo, now: Date): Promise<User> {
  return db
    .insertInto('users')
    .values({
      id: from.id,
      first_name: from.first_name.slice(0, 128),
      language_code: from.language_code ?? null,
      created_at: now,
      last_seen_at: now,
    })
    .onConflict((oc) =>
      oc.column('id').doUpdateSet({
        first_name: (eb) => eb.ref('excluded.first_name'),
        language_code: (eb) => eb.ref('excluded.language_code'),
        last_seen_at: (eb) => eb.ref('excluded.last_seen_at'),
        blocked_at: null,
      }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findUser(db: Db, id: number): Promise<User | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

/** `/stop` (a date) and `/start` (null): the opt-out from everything sent unasked. */
export async function setStopped(db: Db, id: number, at: Date | null): Promise<void> {
  await db.updateTable('users').set({ stopped_at: at }).where('id', '=', id).execute();
}

/** Telegram said 403 or `my_chat_member` said kicked (a date), or the user came back (null). */
export async function setBlocked(db: Db, id: number, at: Date | null): Promise<void> {
  await db.updateTable('users').set({ blocked_at: at }).where('id', '=', id).execute();
}

/**
 * Remembers a group chat and tells whether it is new, so the bot says "private chats only"
 * there once and then stays quiet.
 */
export async function rememberGroupChat(db: Db, chatId: number): Promise<boolean> {
  const inserted = await db
    .insertInto('group_chats')
    .values({ chat_id: chatId })
    .onConflict((oc) => oc.column('chat_id').doNothing())
    .returning(sql<number>`1`.as('new'))
    .executeTakeFirst();
  return inserted !== undefined;
}

/** `/language`: the person's choice, which wins over Telegram's language from now on. */
export async function setLanguage(db: Db, id: number, language: string): Promise<void> {
  await db.updateTable('users').set({ language }).where('id', '=', id).execute();
}
