/**
 * Spanish: a starting point ported from the first phrase list (`src/safety/crisis.ts`), to be
 * deepened by a native speaker with its own tuning file. See `../README.md` for the DSL.
 *
 * @module
 */
import type { LanguageSpec } from '../language.ts';

export const es: LanguageSpec = {
  code: 'es',
  scripts: ['latin'],
  classes: {
    /** Wanting or intending to: "quiero", "voy a", "pienso en", "ganas de". */
    quiero: ['quiero', 'voy a', 'pienso en', 'ganas de', 'deseo', 'me quiero', 'me voy a'],
  },
  families: [
    {
      // Suicide named or intended: "quiero matarme", "quitarme la vida".
      id: 'es.intent',
      tier: 'act',
      patterns: [
        '{quiero} matarme', 'me (quiero|voy a) matar', 'quiero morir*', 'quitarme la vida', 'acabar con mi vida',
        '{quiero} (suicidarme|el suicidio)', 'suicidarme',
      ],
    },
    {
      // Suicide mentioned without a stated intent: "el suicidio".
      id: 'es.suicide-mention',
      tier: 'cue',
      patterns: ['suicid*'],
    },
    {
      // Not wanting to live: "ya no quiero vivir".
      id: 'es.passive-wish',
      tier: 'cue',
      patterns: ['(no|ya no) quiero [seguir] vivir', 'no vale la pena vivir'],
    },
    {
      // Self-harm: "cortarme las venas" (act), "quiero hacerme daño" (urge).
      id: 'es.self-harm-act',
      tier: 'act',
      patterns: ['cortarme (las venas|los brazos)'],
    },
    {
      id: 'es.self-harm-urge',
      tier: 'cue',
      patterns: ['{quiero} hacerme daño', 'autolesi*'],
    },
  ],
  exclusions: {},
  negations: ['no', 'nunca', 'jamás', 'tampoco', 'ni'],
  clauseWords: ['pero', 'y', 'porque', 'aunque', 'yo'],
  crisisWords: ['matarme', 'morir', 'suicidio', 'suicidarme'],
};
