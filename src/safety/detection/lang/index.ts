/**
 * The languages detection runs, each compiled once, and the lexicon normalisation uses
 * (crisis and glue words of every language: one message may mix languages). To add a language:
 * write `lang/<code>.ts` (see `../README.md`) and list it here.
 *
 * @module
 */
import { setImmediate } from 'node:timers/promises';
import type { Script } from '../fold.ts';
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

/**
 * Each language compiled the first time a message in its script needs it, or by
 * {@link compileAllLanguages}: the bot starts answering without waiting half a second for
 * thousands of patterns, and compiles them once it answers (`app.ts` calls `prepareDetection`).
 * A language that fails to compile is not remembered: the next message tries again.
 */
const compiled = new Map<LanguageSpec, CompiledLanguage>();

function compiledLanguage(spec: LanguageSpec): CompiledLanguage {
  let language = compiled.get(spec);
  if (language === undefined) compiled.set(spec, (language = compileLanguage(spec)));
  return language;
}

/** The languages typed in one of `scripts`, in the order of {@link SPECS}. */
export function languagesFor(scripts: ReadonlySet<Script>): CompiledLanguage[] {
  return SPECS.filter((s) => s.scripts.some((script) => scripts.has(script))).map(compiledLanguage);
}

/** Every language, compiled. */
export function allLanguages(): CompiledLanguage[] {
  return SPECS.map(compiledLanguage);
}

/**
 * Compiles the languages not compiled yet, one per turn of the event loop (about 40 ms each),
 * so updates keep being answered meanwhile. Detection works without it (a message compiles the
 * languages of its script when it needs them). Rejects with the pattern at fault when a language
 * file is broken (the DSL's own errors: an invalid regex would show when its pattern first
 * runs; tests compile and run every pattern of every language).
 */
export async function compileAllLanguages(): Promise<void> {
  for (const spec of SPECS) {
    if (compiled.has(spec)) continue;
    await setImmediate();
    compiledLanguage(spec);
  }
}

export const LEXICON: Lexicon = buildLexicon(
  SPECS.flatMap((s) => s.crisisWords),
  SPECS.flatMap((s) => [...(s.glueWords ?? []), ...Object.keys(s.shorthand ?? {}).filter((k) => !/\s/.test(k))]),
);
