/**
 * Portuguese: to be written by a native speaker with its own tuning file. See `../README.md` for the DSL.
 *
 * @module
 */
import type { LanguageSpec } from '../language.ts';

export const pt: LanguageSpec = {
  code: 'pt',
  scripts: ['latin'],
  classes: {},
  families: [],
  exclusions: {},
  negations: [],
  crisisWords: [],
};
