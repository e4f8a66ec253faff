import { loadConfig } from '../config.ts';
import { createDb, dbTarget } from './create-db.ts';
import { migrateToLatest } from './migrator.ts';

/** `npm run migrate`: applies pending migrations to the configured database and says which. */
const config = loadConfig(process.env);
const db = await createDb(dbTarget(config));
try {
  const results = await migrateToLatest(db);
  if (results.length === 0) console.log('Database is up to date.');
  for (const r of results) console.log(`${r.status === 'Success' ? 'applied' : r.status}: ${r.migrationName}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await db.destroy();
}
