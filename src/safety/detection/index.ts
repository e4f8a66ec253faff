/**
 * Crisis detection in tiers: does a message call for help at once (`act`), for a direct, kind
 * question first (`cue`), or for nothing (`none`)? The only module the bot imports.
 *
 * Pure and explainable: normalisation (`normalize.ts`), then the phrase families of every
 * language whose script the message uses (`lang/`), then idioms cancelling only the matches
 * they overlap and negation turning an act into a cue. No scores, no I/O, no model: WHO/IASP
 * safe messaging asks us to signpost, not to rate risk. How to add phrases: `README.md`.
 *
 * @module
 */
import { scriptsOf } from './fold.ts';
import { languagesFor, LEXICON } from './lang/index.ts';
import { agree, findIdioms, type Match, matchFamilies } from './match.ts';
import { normalize } from './normalize.ts';
import { candidates } from './triggers.ts';
import { plainView, viewFor } from './view.ts';

export type { Match } from './match.ts';
export type CrisisTier = 'act' | 'cue' | 'none';

export interface CrisisDetection {
  tier: CrisisTier;
  /** Rule family that decided, e.g. 'en.intent' (for logs and metrics: never the person's words). */
  family?: string;
  /** Language of that family ('en', 'es', ...): the bot answers in it when it knows no better. */
  language?: string;
}

/**
 * The tier a message calls for, and the family and language that decided it.
 *
 * @example detectCrisis("I don't want to be here anymore") // { tier: 'cue', family: 'en.passive-wish', language: 'en' }
 * @example detectCrisis('this breakup is killing me') // { tier: 'none' }
 */
export function detectCrisis(text: string): CrisisDetection {
  const decisive = decide(explainCrisis(text).matches);
  return decisive === undefined ? { tier: 'none' } : { tier: decisive.tier, family: decisive.family, language: decisive.language };
}

/** For the eval and tests: every match, with excluded and negated ones marked. */
export function explainCrisis(text: string): { tier: CrisisTier; matches: Match[] } {
  const message = normalize(text, LEXICON);
  const scripts = scriptsOf(message.words.join(' '));
  const plain = plainView(message);
  const views = languagesFor(scripts).map((l) => {
    const view = viewFor(l, message, plain);
    return { l, view, wake: candidates(l.triggers, view.words) };
  });
  const idioms = views.flatMap(({ l, view, wake }) => findIdioms(l, view, wake));
  const matches = agree(views.flatMap(({ l, view, wake }) => matchFamilies(l, view, wake, idioms)));
  return { tier: decide(matches)?.tier ?? 'none', matches };
}

/** Compiles every language now, a language per turn of the event loop (the app calls it once it answers). */
export { compileAllLanguages as prepareDetection } from './lang/index.ts';

/** The match that decides: the highest tier not excluded (act > cue), the earliest in the text. */
function decide(matches: readonly Match[]): Match | undefined {
  let best: Match | undefined;
  for (const m of matches) {
    if (m.excludedBy !== undefined) continue;
    if (best === undefined || rank(m) > rank(best) || (rank(m) === rank(best) && m.start < best.start)) best = m;
  }
  return best;
}

function rank(m: Match): number {
  return m.tier === 'act' ? 2 : 1;
}
