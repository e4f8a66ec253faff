/**
 * `npm run scenarios:schema [file]`: regenerates `scenarios/schema.json` from the zod
 * schema, so editors validate YAML against exactly what the loader accepts.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { translationJsonSchema } from '../loader.ts';
import { scenarioJsonSchema } from '../schema.ts';
import { isMain } from './run-main.ts';

/** The committed file's exact text (a test compares it, to catch a forgotten regeneration). */
export function schemaFileText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}

/** The translation files' schema, `scenarios/translation.schema.json`. */
export function translationSchemaFileText(): string {
  return `${JSON.stringify(translationJsonSchema(), null, 2)}\n`;
}

if (isMain(import.meta.url)) {
  const file = process.argv[2] ?? 'scenarios/schema.json';
  const translationFile = path.join(path.dirname(file), 'translation.schema.json');
  Promise.all([writeFile(file, schemaFileText()), writeFile(translationFile, translationSchemaFileText())]).then(
    () => console.log(`wrote ${file} and ${translationFile}`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
