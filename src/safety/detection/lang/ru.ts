/**
 * Russian: a starting point ported from the first phrase list (`src/safety/crisis.ts`), to be
 * deepened by a native speaker with its own tuning file. See `../README.md` for the DSL.
 * Normalisation folds ё → е and й → и: patterns may be written either way.
 *
 * @module
 */
import type { LanguageSpec } from '../language.ts';

export const ru: LanguageSpec = {
  code: 'ru',
  scripts: ['cyrillic'],
  classes: {},
  families: [
    {
      // Suicide named or intended: "хочу покончить с собой", "хочу умереть".
      id: 'ru.intent',
      tier: 'act',
      patterns: ['самоубийств*', 'суицид*', 'поконч* с собой', '(убить|убью) себя', '(хочу|хочется) (умереть|сдохнуть)'],
    },
    {
      // Not wanting to live: "не хочу больше жить", "жить не хочется".
      id: 'ru.passive-wish',
      tier: 'cue',
      patterns: ['не (хочу|хочется) [больше] жить', 'жить не (хочу|хочется)'],
    },
    {
      // Self-harm and methods: "режу себя", "вскрыть вены", "повешусь".
      id: 'ru.self-harm-plan',
      tier: 'act',
      patterns: ['(порезать|режу|резать) себя', 'вскрыть вены', '(повеситься|повесится|повешусь)', 'селфхарм*'],
    },
  ],
  exclusions: {
    // "не хочу жить в этом городе": living somewhere or with someone.
    'live-somewhere': ['жить (в|во|с|со|здесь|там|тут|вместе|у|на|рядом|одна|один)'],
    // "не хочу умереть в одиночестве".
    'die-idiom': ['умереть (в одиночестве|одна|один|от смеха|со стыда|от скуки)'],
  },
  negations: ['не', 'нет', 'никогда', 'ни'],
  clauseWords: ['но', 'и', 'а', 'потому', 'я'],
  crisisWords: ['умереть', 'убить', 'себя', 'самоубийство', 'суицид', 'повеситься', 'жить'],
};
