/**
 * `npm run scenarios:schema [file]`: regenerates `scenarios/schema.json` from the zod
 * schema, so editors validate YAML against exactly what the loader accepts.
 */
import { writeFile } from 'node:fs/promises';
import { scenarioJsonSchema } from '../schema.ts';
import { isMain } from './run-main.ts';

/** The committed file's exact text (a test compares it, to catch a forgotten regeneration). */
export function schemaFileText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}

if (isMain(import.meta.url)) {
  const file = process.argv[2] ?? 'scenarios/schema.json';
  writeFile(file, schemaFileText()).then(
    () => console.log(`wrote ${file}`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
