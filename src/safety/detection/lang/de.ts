/**
 * German: a starting point ported from the first phrase list (`src/safety/crisis.ts`), to be
 * deepened by a native speaker with its own tuning file. See `../README.md` for the DSL.
 *
 * @module
 */
import type { LanguageSpec } from '../language.ts';

export const de: LanguageSpec = {
  code: 'de',
  scripts: ['latin'],
  classes: {
    /** "ich will", "ich möchte", "ich werde": wanting or intending to. */
    will: ['will', 'möchte', 'werde', 'mag', 'wollte', 'würde gern', 'würde gerne'],
  },
  families: [
    {
      // Suicide named or intended: "ich will mich umbringen", "ich denke an Selbstmord".
      id: 'de.intent',
      tier: 'act',
      patterns: [
        'selbstmord*', 'suizid*',
        'mich {fill1} (umbringen|umzubringen|töten|erhängen|aufhängen)',
        '(bring|bringe) mich um',
        'mir das leben (nehmen|zu nehmen)',
        '{will} (sterben|tot sein)',
      ],
    },
    {
      // Not wanting to live: "ich will nicht mehr leben", "lebensmüde".
      id: 'de.passive-wish',
      tier: 'cue',
      patterns: ['(will|möchte|mag|kann) nicht mehr leben', 'lebensmüde', 'mich nicht {fill1} (umbringen|töten)'],
    },
    {
      // Self-harm: "ich ritze mich", "Selbstverletzung".
      id: 'de.self-harm',
      tier: 'act',
      patterns: ['ritze mich', 'mich {fill1} (ritzen|verletzen)', 'selbstverletz*'],
    },
  ],
  exclusions: {},
  negations: ['nicht', 'nie', 'niemals', 'kein', 'keine', 'keinen'],
  clauseWords: ['aber', 'und', 'denn', 'weil', 'doch', 'sondern', 'ich'],
  crisisWords: ['selbstmord', 'suizid', 'umbringen', 'sterben', 'lebensmüde', 'ritzen'],
};
