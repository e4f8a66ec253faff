/**
 * French: a starting point ported from the first phrase list (`src/safety/crisis.ts`), to be
 * deepened by a native speaker with its own tuning file. See `../README.md` for the DSL.
 * Apostrophes are dropped before matching: write "j'ai" or "jai", both match "jai".
 *
 * @module
 */
import type { LanguageSpec } from '../language.ts';

export const fr: LanguageSpec = {
  code: 'fr',
  scripts: ['latin'],
  classes: {
    /** Wanting or intending to: "je veux", "je vais", "envie de", "je pense à". */
    veux: ['veux', 'vais', 'envie de', 'pense à'],
  },
  families: [
    {
      // Suicide named or intended: "je veux me tuer", "mettre fin à mes jours".
      id: 'fr.intent',
      tier: 'act',
      patterns: [
        '{veux} me tuer', '[je] veux mourir', 'envie de mourir', 'mettre fin à mes jours', 'en finir avec (la|ma) vie',
        'me suicider', '{veux} (me suicider|au suicide)',
      ],
    },
    {
      // Suicide mentioned without a stated intent: "le suicide".
      id: 'fr.suicide-mention',
      tier: 'cue',
      patterns: ['suicid*'],
    },
    {
      // Not wanting to live: "je ne veux plus vivre".
      id: 'fr.passive-wish',
      tier: 'cue',
      patterns: ['(veux|envie de) plus vivre', 'plus envie de vivre'],
    },
    {
      // Self-harm urges and acts: "j'ai envie de me faire du mal", "automutilation".
      id: 'fr.self-harm',
      tier: 'cue',
      patterns: ['{veux} me faire du mal', 'automutil*'],
    },
  ],
  exclusions: {},
  negations: ['ne', 'pas', 'jamais', 'aucune', 'aucun'],
  clauseWords: ['mais', 'et', 'parce', 'car', 'je'],
  crisisWords: ['mourir', 'suicide', 'suicider', 'tuer'],
};
