/**
 * Ukrainian: to be written by a native speaker with its own tuning file. See `../README.md` for the DSL.
 *
 * @module
 */
import type { LanguageSpec } from '../language.ts';

export const uk: LanguageSpec = {
  code: 'uk',
  scripts: ['cyrillic'],
  classes: {},
  families: [],
  exclusions: {},
  negations: [],
  crisisWords: [],
};
