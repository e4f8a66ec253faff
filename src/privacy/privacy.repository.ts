import { sql } from 'kysely';
import type { Db } from '../db/create-db.ts';

export interface UserOwnedTable {
  table: string;
  column: string;
}

/**
 * Every table holding a person's data, read from the schema itself: the tables whose foreign
 * key points at `users`. A feature that adds such a table is exported (and, through
 * `on delete cascade`, erased) without anyone having to remember to register it.
 */
export async function userOwnedTables(db: Db): Promise<UserOwnedTable[]> {
  const result = await sql<{ table: string; column: string }>`
    select kcu.table_name as "table", kcu.column_name as "column"
    from information_schema.table_constraints tc
    join information_schema.key_column_usage kcu
      on kcu.constraint_name = tc.constraint_name and kcu.constraint_schema = tc.constraint_schema
    join information_schema.constraint_column_usage ccu
      on ccu.constraint_name = tc.constraint_name and ccu.constraint_schema = tc.constraint_schema
    where tc.constraint_type = 'FOREIGN KEY'
      and tc.table_schema = current_schema()
      and ccu.table_name = 'users' and ccu.column_name = 'id'
    order by 1, 2`.execute(db);
  return result.rows;
}

/** Everything stored about one user: their `users` row and their rows in every owned table. */
export async function exportUserData(db: Db, userId: number): Promise<Record<string, unknown[]>> {
  const data: Record<string, unknown[]> = {
    users: await db.selectFrom('users').selectAll().where('id', '=', userId).execute(),
  };
  for (const { table, column } of await userOwnedTables(db)) {
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(table)} where ${sql.ref(column)} = ${userId}`.execute(db);
    data[table] = [...(data[table] ?? []), ...rows.rows];
  }
  return data;
}

/** Erases the user; `on delete cascade` from every owned table takes the rest in the same statement. */
export async function deleteUserData(db: Db, userId: number): Promise<boolean> {
  const result = await db.deleteFrom('users').where('id', '=', userId).executeTakeFirst();
  return result.numDeletedRows > 0n;
}
