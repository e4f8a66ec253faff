/**
 * Arabic: to be written by a native speaker with its own tuning file. See `../README.md` for the DSL.
 *
 * @module
 */
import type { LanguageSpec } from '../language.ts';

export const ar: LanguageSpec = {
  code: 'ar',
  scripts: ['arabic'],
  classes: {},
  families: [],
  exclusions: {},
  negations: [],
  crisisWords: [],
};
