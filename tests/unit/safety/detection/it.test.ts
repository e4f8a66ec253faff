/**
 * Italian, written before the rules: how people really type it, with and without accents,
 * chat shorthand (nn, cmq, xké, sn) and some regional forms ("vojo", "mo").
 */
import { describe, expect, it } from 'vitest';
import { detectCrisis, explainCrisis } from '../../../../src/safety/detection/index.ts';
import { all, type Case, expectTiers } from './tiers.ts';

describe('it: direct intent is an act', () => {
  expectTiers(
    all('act', [
      'voglio uccidermi',
      'farei meglio a farla finita',
      'sono sul punto di farla finita',
      'ho pensato seriamente di ammazzarmi',
      'mi voglio togliere la vita',
      'la voglio fare finita',
      'ho provato ad ammazzarmi',
      'sono in cima al palazzo',
      'ho scritto le lettere d’addio',
      'voglio finirla qui',
      'mi voglio ammazzare',
      'stasera mi ammazzo',
      'sto pensando di togliermi la vita',
      'penso al suicidio ogni giorno',
      'ho pensieri suicidi da quando mi ha lasciata',
      'voglio farla finita',
      'ho deciso di farla finita',
      'voglio suicidarmi',
      'mi suicido',
      'mi sento suicida',
      'vorrei ammazzarmi',
      'mi tolgo la vita',
      'giuro che mi ammazzo',
      'sto per farla finita',
      'ho voglia di uccidermi',
      'la faccio finita stanotte',
    ]),
  );
});

describe('it: passive wishes, burden and hopelessness are cues', () => {
  expectTiers(
    all('cue', [
      'voglio morire',
      'non ne posso più di vivere',
      'ho una gran voglia di morire',
      'non riesco più a vivere',
      'state meglio senza di me',
      'vorrei tirare le cuoia',
      'voglio smettere di vivere',
      'non c’è più niente per cui vivere',
      'nessuno sentirà la mia mancanza',
      'stasera faccio una cazzata',
      'ho pensieri di morte',
      'a che serve vivere',
      'tutti sarebbero più felici se io morissi',
      'sono di troppo',
      'ho il desiderio di morire',
      'vorrei che tutto finisse',
      'a volte penso che sarebbe più facile non esserci',
      'a chi importerebbe se morissi',
      'voglio andare a dormire per sempre',
      'mi sento un peso',
      'vorrei morire',
      'non voglio più vivere',
      'vorrei addormentarmi e non svegliarmi più',
      'vorrei sparire per sempre',
      'vorrei non essere mai nata',
      'tutti starebbero meglio senza di me',
      'sono un peso per tutti',
      'non ce la faccio più a vivere così',
      'la vita non ha più senso',
      'che senso ha vivere',
      'sono stanca di vivere',
      'a nessuno importerebbe se morissi',
      'non c’è via d’uscita',
      'spero di non svegliarmi domani',
      'magari mi investe una macchina',
      'non merito di vivere',
      'vorrei non esistere',
    ]),
  );
});

describe('it: goodbyes are acts', () => {
  expectTiers(
    all('act', [
      'questo è un addio',
      'quando mi troverete sarà troppo tardi',
      'vi lascio tutte le mie cose',
      'addio a tutti',
      'quando leggerai questo non ci sarò più',
      'questo è il mio ultimo messaggio',
      'dite a mia madre che le voglio bene',
      'prendetevi cura del mio gatto',
      'perdonatemi per tutto. addio',
      'ho lasciato una lettera per i miei',
      'non mi vedrete più',
      'grazie di tutto, addio per sempre',
    ]),
  );
});

describe('it: self-harm done is an act, an urge a cue', () => {
  expectTiers([
    ...all('act', [
      'mi sono tagliata di nuovo',
      'mi sono graffiata a sangue',
      'mi taglio da anni',
      'ho le braccia piene di tagli',
      'mi brucio con le sigarette',
      'sono pulita da sei mesi ma oggi ho ceduto',
      'mi sono tagliato i polsi',
      'ieri sera mi sono tagliata',
      'mi sono bruciata con la sigaretta',
      'ho avuto una ricaduta, mi sono tagliata',
      'mi sono fatta del male di proposito',
      'ho ricominciato a tagliarmi',
      'sono ricaduta dopo due mesi pulita',
      'mi sono presa a pugni fino a sanguinare',
    ]),
    ...all('cue', [
      'ho voglia di tagliarmi',
      'mi manca tagliarmi',
      'sto cercando di non tagliarmi stanotte',
      'voglio farmi del male',
      'ho una voglia matta di tagliarmi di nuovo',
      'penso solo a farmi male',
    ]),
  ]);
});

describe('it: plans, means and acts under way are acts', () => {
  expectTiers(
    all('act', [
      'ho preso tutte le pillole',
      'ho mischiato alcol e psicofarmaci',
      'mi voglio far investire da un treno',
      'ho preso trenta pastiglie',
      'ho la lametta in mano',
      'ho in mano le pillole',
      'ho la corda pronta',
      'ho aperto il gas',
      'mi sono messa sui binari',
      'ho ingerito della candeggina',
      'ho preso una scatola intera di tachipirina',
      'sto mettendo da parte le pastiglie',
      'ho comprato una corda',
      'sono sul tetto',
      'sono sul ponte e voglio buttarmi',
      'mi butto dal ponte',
      'mi butto sotto il treno',
      'voglio impiccarmi',
      'ho scelto il giorno',
      'quante pillole servono per morire',
      'mi lancio dal balcone stanotte',
      'ho ingoiato tutte le gocce',
    ]),
  );
});

describe('it: obfuscated and misspelt', () => {
  expectTiers([
    ...all('act', ['mi voglio ucc1dere', 'penso al s u i c i d i o', 'voglio uccidermiii', 'm1 amm4zzo', 'vojo ammazzamme', 'voglio sucidarmi', 'mi voglio amm*zzare']),
    ...all('cue', ['voglio m0rir3', 'nn voglio piu vivere']),
  ]);
});

describe('it: a negated act is a cue', () => {
  expectTiers(
    all('cue', [
      'non mi ammazzo, tranquilla, ma sto malissimo',
      'non voglio uccidermi, voglio solo che finisca',
      'non lo farei mai, ma a volte penso al suicidio',
      'non è che voglio farla finita, sono solo stanca',
      'nn mi voglio ammazzare',
    ]),
  );
});

describe('it: negation stays in its clause', () => {
  expectTiers(all('act', ['non ce la faccio più voglio farla finita', 'non so cosa fare mi ammazzo']));
});

describe('it: idioms, hyperbole, lyrics and breakup talk stay quiet', () => {
  expectTiers(
    all('none', [
      'muoio di fame',
      'la lettera di dimissioni è sul tavolo',
      'stasera lo faccio, ho deciso: gli scrivo',
      'devo smettere di vivere nel passato',
      'che palle, mi ammazzo di noia',
      'vorrei sparire sotto le coperte',
      'mi butto a letto',
      'ti ammazzo se lo dici a qualcuno',
      'ho voglia di finirla con lui',
      'sto morendo dal ridere',
      'mi piace da morire',
      'fa un freddo da morire',
      'mia madre mi ammazza se torno tardi',
      'ammazza che freddo oggi',
      'sto ammazzando il tempo in stazione',
      'ho tagliato i ponti con lui',
      'mi sono tagliata i capelli corti',
      'mi sono tagliata con la carta',
      'mi butto, gli scrivo io',
      'mi sono buttata nel lavoro',
      'questa rottura mi sta uccidendo',
      'sono morta dal ridere',
      'il telefono è morto',
      'la faccio finita con lui, basta',
      'voglio sparire dai social per un po',
      'mi uccide sapere che è già con un’altra',
      'la canzone dice che si muore d’amore',
      'mio nonno è morto l’anno scorso',
      'ho chiuso con lui per sempre',
      'gli ho detto addio e sto meglio',
      'il suo ultimo messaggio mi ha fatto piangere',
      'mi sono tagliata cucinando',
      'mi ammazzo di lavoro per non pensarci',
      'mi sento morire quando lo vedo con lei',
      'ho pianto tutta la notte',
      'sui binari della metro c’era un guasto',
      'ho preso le pillole per il mal di testa',
      'stasera mi butto sul divano con la pizza',
      'che palle, muoio di noia',
      'non voglio morire da sola',
    ]),
  );
});

describe('it: an idiom cancels only the words it covers', () => {
  const cases: Case[] = [
    ['muoio dal ridere, ma davvero mi voglio ammazzare', 'act'],
    ['ho tagliato i ponti con lui e mi sono tagliata di nuovo', 'act'],
    ['ammazzo il tempo, ma vorrei morire', 'cue'],
  ];
  expectTiers(cases);

  it('answers in Italian', () => {
    expect(detectCrisis('voglio farla finita')).toMatchObject({ tier: 'act', language: 'it' });
    const { matches } = explainCrisis('muoio di fame');
    expect(matches.every((m) => m.excludedBy !== undefined)).toBe(true);
  });
});
