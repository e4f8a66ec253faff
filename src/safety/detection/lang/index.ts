/**
 * The languages detection runs, compiled once at load, and the lexicon normalisation uses
 * (crisis and glue words of every language: one message may mix languages). To add a language:
 * write `lang/<code>.ts` (see `../README.md`) and list it here.
 *
 * @module
 */
import { type CompiledLanguage, compileLanguage, type LanguageSpec } from '../language.ts';
import { buildLexicon, type Lexicon } from '../lexicon.ts';
import { ar } from './ar.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { it } from './it.ts';
import { pl } from './pl.ts';
import { pt } from './pt.ts';
import { ru } from './ru.ts';
import { tr } from './tr.ts';
import { uk } from './uk.ts';

export const SPECS: readonly LanguageSpec[] = [en, es, pt, de, fr, it, ru, uk, pl, tr, ar];

export const LANGUAGES: readonly CompiledLanguage[] = SPECS.map(compileLanguage);

export const LEXICON: Lexicon = buildLexicon(
  SPECS.flatMap((s) => s.crisisWords),
  SPECS.flatMap((s) => [...(s.glueWords ?? []), ...Object.keys(s.shorthand ?? {}).filter((k) => !/\s/.test(k))]),
);
