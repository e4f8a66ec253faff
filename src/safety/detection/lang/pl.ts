/**
 * Polish: to be written by a native speaker with its own tuning file. See `../README.md` for the DSL.
 *
 * @module
 */
import type { LanguageSpec } from '../language.ts';

export const pl: LanguageSpec = {
  code: 'pl',
  scripts: ['latin'],
  classes: {},
  families: [],
  exclusions: {},
  negations: [],
  crisisWords: [],
};
