/**
 * Reading the content files (scenarios and their translations, reminder texts, helplines):
 * YAML 1.2's core schema through js-yaml, which reads the ~380 KB of them at start-up seven
 * times faster on a cold start than the `yaml` package (56 against 414 ms here), and reads
 * every content file to the same data. Duplicate keys are errors. (`yaml` still writes the
 * translation files: `scenarios:translate`.)
 *
 * @module
 */
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';

/**
 * The data of a YAML text (`undefined` for an empty one). Throws an error whose message is one
 * line naming the problem, line and column: "bad indentation of a mapping entry at line 9, column 10".
 */
export function readYaml(source: string): unknown {
  try {
    return load(source, { schema: CORE_SCHEMA });
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    // Some errors have no position (two documents in one file): the reason alone then.
    const mark = error.mark as YAMLException['mark'] | undefined;
    throw new Error(mark === undefined ? error.reason : `${error.reason} at line ${String(mark.line + 1)}, column ${String(mark.column + 1)}`);
  }
}
