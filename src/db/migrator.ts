import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Migrator, type Kysely, type Migration, type MigrationProvider, type MigrationResult } from 'kysely';

/**
 * The project's `migrations/` folder, found from this file so the cwd does not matter; the
 * production build (`dist/`) runs the compiled copies in `dist/migrations/`.
 */
export const MIGRATIONS_DIR = fileURLToPath(new URL(import.meta.url.endsWith('.ts') ? '../../migrations/' : '../migrations/', import.meta.url));

/**
 * Reads `migrations/*.ts` in name order. (Kysely's FileMigrationProvider does the same, but its
 * `import()` runs inside node_modules, where TypeScript files cannot be loaded.)
 */
export function folderMigrations(folder: string): MigrationProvider {
  return {
    async getMigrations() {
      const files = (await readdir(folder)).filter((f) => /\.(ts|js)$/.test(f) && !f.endsWith('.d.ts')).sort();
      const migrations: Record<string, Migration> = {};
      for (const file of files) {
        migrations[file.replace(/\.(ts|js)$/, '')] = (await import(pathToFileURL(path.join(folder, file)).href)) as Migration;
      }
      return migrations;
    },
  };
}

export function createMigrator(db: Kysely<any>, folder = MIGRATIONS_DIR): Migrator {
  return new Migrator({ db, provider: folderMigrations(folder) });
}

/**
 * Brings the schema to the latest migration. Kysely takes a PostgreSQL advisory lock around
 * the run, so two instances starting at once apply each migration exactly once.
 */
export async function migrateToLatest(db: Kysely<any>, folder?: string): Promise<MigrationResult[]> {
  const { error, results } = await createMigrator(db, folder).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new Error(`Migration ${failed ?? ''} failed: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  return results ?? [];
}
