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

/**
 * Round 4: new lines written before any rule change of this round, in situations the tuning
 * files do not cover (arrangements without "addio", stations and cliffs, a grandmother's pills,
 * the bath, Roman and chat spellings, euphemisms), to measure how the rules generalise.
 */
describe('it: round 4', () => {
  expectTiers([
    // goodbyes and arrangements without the word "addio"
    ['ho lasciato le chiavi alla vicina e il gatto a mia sorella, non torno più', 'act'],
    ['mamma ti voglio bene, scusami per quello che sto per fare', 'act'],
    ['grazie per essere stata la mia migliore amica, stanotte me ne vado', 'act'],
    ['non preoccupatevi per me, dove vado non soffrirò più', 'act'],
    ['è l’ultima volta che mi sentite, vi voglio bene', 'act'],
    ['vi voglio bene a tutti, non piangete per me', 'act'],
    // plans by place, time and means
    ['sono alla stazione, aspetto il prossimo treno e mi butto', 'act'],
    ['ho messo da parte i sonniferi di mia nonna, ne ho una trentina', 'act'],
    ['stanotte quando dormono tutti prendo tutto', 'act'],
    ['ho trovato una corda in cantina, domani mio padre lavora', 'act'],
    ['dopo il turno vado al ponte, ho deciso', 'act'],
    ['ho riempito la vasca e la lametta è qui accanto', 'act'],
    ['sono in macchina sul bordo della scogliera, devo solo andare avanti', 'act'],
    ['ho deciso, domenica la faccio finita', 'act'],
    // acts in progress or done
    ['ho preso 30 tachipirine un’ora fa, mi fa male la pancia', 'act'],
    ['fatto, ho buttato giù tutto con la vodka', 'act'],
    ['mi sono aperta il braccio, c’è sangue dappertutto', 'act'],
    // passive wishes
    ['vorrei non svegliarmi domattina', 'cue'],
    ['spero di prendermi una malattia e andarmene in fretta', 'cue'],
    ['a volte sogno che una macchina mi investa mentre attraverso', 'cue'],
    ['non servo a niente, costo solo soldi ai miei', 'cue'],
    ['sono stanca di essere viva', 'cue'],
    ['spero che l’aereo precipiti con me dentro', 'cue'],
    ['mi sono rotta di stare al mondo', 'cue'],
    ['voglio andare a dormire per sempre', 'cue'],
    ['voglio morì', 'cue'],
    // self-harm, urges and relapse
    ['ho ricominciato a graffiarmi fino a sanguinare', 'act'],
    ['ho una voglia matta di riprendere la lametta', 'cue'],
    ['sei mesi pulita e ieri sera ho ceduto col temperino', 'act'],
    ['mi sono data pugni in testa per punirmi', 'act'],
    ['la voglia di farmi del male non passa', 'cue'],
    // euphemisms, chat and Roman spellings
    ['vojo ammazzamme stasera', 'act'],
    ['nn ce la faccio +, mi butto dal ponte', 'act'],
    ['stasera faccio una cazzata, lo sento', 'cue'],
    ['voglio raggiungere il nonno lassù stanotte', 'act'],
    ['mi voglio impiccare sul serio', 'act'],
    // negation
    ['non mi butto sotto la metro tranquilla, ma ci penso', 'cue'],
    ['non voglio morire ma non voglio nemmeno vivere così', 'cue'],
    ['non farò niente stasera, promesso, però le pillole le ho già pronte', 'cue'],
    // ordinary lines with the same words
    ['ho preso due tachipirine per il mal di testa', 'none'],
    ['sono alla stazione, il treno ha 20 minuti di ritardo', 'none'],
    ['abbiamo fatto un picnic sul bordo della scogliera, vista pazzesca', 'none'],
    ['mi sono tagliata aprendo una scatoletta di tonno', 'none'],
    ['ho comprato una corda per il trasloco', 'none'],
    ['stasera riconsegno le chiavi dell’appartamento al proprietario', 'none'],
    ['sono morta di stanchezza dopo il turno', 'none'],
    ['grazie di tutto, ci vediamo la settimana prossima!', 'none'],
    ['abbi cura di te, ci sentiamo domani', 'none'],
    ['ho riempito la vasca con i sali, ho bisogno di rilassarmi', 'none'],
    ['ho mangiato tutto in cinque minuti da quanta fame avevo', 'none'],
    ['mi ha ucciso con quella battuta', 'none'],
    ['sto per fare una cazzata e scrivergli, fermatemi', 'none'],
    ['i sonniferi mi aiutano a dormire da quando mi ha lasciata', 'none'],
    ['ho dato via i suoi vestiti, non li voglio più vedere', 'none'],
    ['il ponte è chiuso stasera per lavori', 'none'],
    ['ho lasciato le chiavi alla vicina per il gatto durante le vacanze', 'none'],
  ]);
});

/** Round 4: ordinary lines written to check the new families and the net stay quiet. */
describe('it: round 4, more ordinary lines', () => {
  expectTiers([
    ["grazie di tutto e abbi cura di te, buona fortuna", 'none'],
    ["vi voglio bene a tutti, grazie per la serata", 'none'],
    ["ho lasciato le chiavi al proprietario, non torno più in quel quartiere", 'none'],
    ["stasera prendo tutta la scatola di biscotti davanti a netflix", 'none'],
    ["stasera vado sul tetto a vedere le stelle con gli amici", 'none'],
    ["dopo il lavoro vado al ponte di rialto, ho deciso", 'none'],
    ["ho preso le medicine di mia nonna in farmacia", 'none'],
    ["spero di non avere un incidente con questa neve", 'none'],
    ["mi sono fatta una birra per dimenticare", 'none'],
    ["devo comprare delle lamette nuove per il rasoio", 'none'],
    ["vado a raggiungere i miei amici lassù in montagna", 'none'],
    ["prendo le pillole ogni sera alle otto", 'none'],
    ["stasera ho preso il sonnifero e ancora non dormo", 'none'],
    ["le medicine sono nella borsa, le prendo dopo cena", 'none'],
    ["il vuoto che sento stasera è enorme", 'none'],
    ["mia nonna ha un tumore e sta lottando", 'none'],
    ["abbiamo bevuto tutto, la birra e il vino", 'none'],
    ["stasera parto per le vacanze, ci vediamo tra due settimane", 'none'],
    ["il ponte è pienissimo stasera per i fuochi", 'none'],
    ["abbiamo preso l'ultimo treno stasera, stanchissimi", 'none'],
    ["ho finito tutta la tavoletta di cioccolato stasera", 'none'],
    ["ho 30 anni e prendo sonniferi da 15 anni", 'none'],
    ["oki ragazzi pronti per stasera?", 'none'],
    ["mi ha chiesto scusa per tutto ma è troppo tardi", 'none'],
    ["ho portato il gatto da mia madre per le vacanze", 'none'],
    ["la confezione è pronta, la spedisco domani", 'none'],
    ["mi sono aperta una birra e ho pianto", 'none'],
    ["ho ceduto con una sigaretta dopo tre mesi", 'none'],
    ["voglio andare a vedere le stelle stanotte", 'none'],
  ]);
});

describe('it: round 5, meanings without the word', () => {
  expectTiers([
    // goodbyes and arrangements
    ['ho lasciato le disposizioni per il mio funerale sul comodino. niente fiori', 'act'],
    ['la moto va a mio cugino e la chitarra la lascio a Sara. cosi nessuno deve pensarci', 'act'],
    ['tieniti tu i miei libri, non ne avro piu bisogno', 'act'],
    ['a Briciola ci pensa mia zia da domani. poi capirete', 'act'],
    ['ho scritto una busta per Marco, apritela quando sara il momento', 'act'],
    // denials that still speak of it
    ['tranquilla non faccio cazzate, pero ci penso sempre', 'cue'],
    ['non sono in pericolo, ma non voglio piu esserci', 'cue'],
    ['penso spesso a come sarebbe non esserci piu', 'cue'],
    ['se mi succedesse qualcosa non mi dispiacerebbe', 'cue'],
    ['spero che mi venga un infarto', 'cue'],
    ['nun ce la faccio piu', 'cue'],
    ['ieri sera ero sul cavalcavia a fissare il vuoto', 'cue'],
    // plans
    ['ho gia tentato a marzo, questa volta nessuno mi salva', 'act'],
    ['vado verso i binari, il merci delle 22 non rallenta', 'act'],
    ['sono al lago da sola, ho portato con me il necessario', 'act'],
    ['lo faccio stanotte quando i miei sono via. ho deciso', 'act'],
    // self-harm
    ['ricaduta. ero pulita da tre mesi', 'act'],
    ['mi sono picchiata finche non ho visto il sangue', 'act'],
    // ordinary lines next to them
    ['ricaduta. dopo 2 mesi gli ho scritto di nuovo', 'none'],
    ['ahahah non ce la faccio piu', 'none'],
    ['non ce la faccio piu con questo caldo', 'none'],
    ['non lo faccio adesso, ci penso io domani', 'none'],
    ['il treno qui non si ferma, devo cambiare a Bologna', 'none'],
    ['ho con me tutto quello che serve per il picnic', 'none'],
    ['ho preparato le istruzioni per il funerale della nonna', 'none'],
    ['scusate se vi lascio cosi, devo scappare al lavoro', 'none'],
  ]);
});

describe('it: round 6 (batch e: 5 of 36 caught before), quiet arrangements, plans and wishes in other words', () => {
  expectTiers([
    // arrangements for after
    ['ho portato il mio cane da mia sorella con la cuccia e le crocchette. le ho detto che è solo per una settimana ma resta da lei', 'act'],
    ['scusatemi per tutto il male che vi ho fatto. presto non dovrete più preoccuparvi', 'act'],
    ["ho fatto pace con mia madre. era l'ultima cosa che dovevo fare", 'act'],
    ['grazie per tutto, davvero. ricordatelo quando lo saprai', 'act'],
    ['ho trasferito tutti i miei risparmi sul conto di mio fratello. così adesso è tutto a posto', 'act'],
    // plans
    ['sono andata al ponte due volte, di notte non passa mai nessuno. ho scelto venerdì', 'act'],
    ['sto camminando verso la scogliera, non torno indietro', 'act'],
    ['mi hanno salvata per un pelo la prima volta. stavolta non lo dico a nessuno', 'act'],
    ['ho programmato una mail per i miei per domani, poi ho spento il telefono. ora vado', 'act'],
    ["ho noleggiato un'auto per sabato e ho impostato sul navigatore quel ponte", 'act'],
    ['mi autoeliminerò stanotte', 'act'],
    ['ho fatto di nuovo quella cosa sulle braccia, dove non si vede', 'act'],
    // wishes, burden, no future
    ['vorrei essere cancellato dal mondo', 'cue'],
    ['quando sento di qualcuno morto in un incidente penso che doveva succedere a me', 'cue'],
    ['se mi togliessi di mezzo starebbero tutti più sereni', 'cue'],
    ['non ho più la forza per un altro anno così', 'cue'],
    ['vorrei cadere in letargo e non svegliarmi più', 'cue'],
    ['spero di beccarmi un tumore maligno e di non guarire', 'cue'],
    ['mi sento un fantasma, tanto vale che lo diventi davvero', 'cue'],
    ['ormai non ho più paura di morire', 'cue'],
    ["l'unica persona che mi tiene qui è mia sorella", 'cue'],
    ['non riesco a vedermi tra un anno.', 'cue'],
    // ordinary lines next to them
    ['ho lasciato il gatto da mia madre per le vacanze, adesso è tutto a posto', 'none'],
    ['ho regalato la mia vecchia bici a mio cugino, tanto non la uso più', 'none'],
    ['ho programmato il post per domani alle 9 e ho messo il telefono in modalità aereo per dormire', 'none'],
    ['vorrei dormire e non svegliarmi fino a mezzogiorno', 'none'],
    ["sono stata al lago con le amiche, non c'è mai nessuno, ci torniamo sabato", 'none'],
    ["l'unica cosa che mi trattiene è lo stipendio", 'none'],
    ["perché dovrei comprare l'ombrello, tanto non mi servirà", 'none'],
    ['vorrei essere cancellata dal gruppo del calcetto', 'none'],
    ['non riesco a immaginarmi tra dieci anni con lui', 'none'],
    ['sto andando al lago, finalmente sono pronta per il bagno', 'none'],
    ['ho passato a mia sorella le chiavi della casa al mare, ci pensa lei per sempre ormai ahah', 'none'],
    ['il 9 è il giorno in cui ci siamo conosciuti, lo faccio quel giorno il regalo', 'none'],
    ['ho mandato i bambini dai nonni, casa vuota, ho preparato tutto per la cena con lui', 'none'],
    ['ho rifatto il tatuaggio sul braccio', 'none'],
    ["spero di prendermi l'influenza così salto l'esame", 'none'],
    ['morire dal ridere è l’unica cosa che voglio stasera', 'none'],
  ]);
});

describe('it: round 7 (batch f: 4 of 36 caught before), arrangements with cover stories, plans at a place, passive wishes in new shapes', () => {
  expectTiers([
    // no tomorrow
    ["tanto a natale non ci arrivo, inutile fare programmi", 'cue'],
    ["non credo di arrivare alla prossima estate", 'cue'],
    ["il corso dura tre anni ma fra tre anni io non ci saro piu", 'act'],
    ["spero che mi restino pochi anni, pochissimi", 'cue'],
    ["i giorni che mi rimangono spero siano pochi", 'cue'],
    ["spero di non campare ancora a lungo", 'cue'],
    ["a fine mese non ci arrivo con questo stipendio", 'none'],
    ["alla pensione non ci arrivo mai con queste riforme", 'none'],
    ["i giorni di ferie che mi restano spero siano tanti", 'none'],
    ["spero che la riunione duri poco", 'none'],
    ["non ci arrivo, me lo spieghi di nuovo?", 'none'],
    ["a cento anni non ci arrivo di sicuro fumando cosi ahah", 'none'],
    // envy of the dead
    ["al cimitero invidio chi sta sotto terra", 'cue'],
    ["a volte invidio i morti, almeno loro hanno smesso", 'cue'],
    ["guardavo la salma di mio zio ed ero quasi gelosa", 'cue'],
    ["al matrimonio ero invidiosa del vestito di mia cugina", 'none'],
    ["invidio chi riesce a dormire otto ore", 'none'],
    // worth more dead
    ["da morto valgo di piu, almeno l'assicurazione paga", 'cue'],
    ["con la polizza valgo piu da morto che da vivo", 'cue'],
    ["sarei piu utile morta", 'cue'],
    ["dopo la palestra sono piu morta che viva", 'none'],
    ["quel pittore vale piu da morto che da vivo", 'none'],
    // should not have been born / someone else
    ["doveva vivere mia sorella, non io", 'cue'],
    ["era meglio se morivo io invece di lui", 'cue'],
    ["mia madre avrebbe dovuto abortire", 'cue'],
    ["doveva vincere lui e non io, era piu bravo", 'none'],
    // favour to all
    ["farei un favore a tutti se sparissi", 'cue'],
    ["sarebbe un regalo per la mia famiglia se non mi vedessero piu", 'cue'],
    ["togliermi di mezzo sarebbe un favore a tutti", 'cue'],
    ["mi faresti un favore se non mi scrivessi piu", 'none'],
    ["sarebbe un favore a tutti se il capo sparisse per una settimana", 'none'],
    // prayer
    ["ogni sera prego che dio mi prenda con se", 'cue'],
    ["ho chiesto a dio di portarmi via nel sonno", 'cue'],
    ["prego che il signore mi faccia morire stanotte", 'cue'],
    ["ho pregato che il signore mi aiuti all'esame", 'none'],
    ["prego che dio mi dia la forza", 'none'],
    ["spero che mi porti via a cena sabato", 'none'],
    // anaesthesia / coma / nothing
    ["quando ero sedata stavo benissimo, vorrei tornarci e restarci per sempre", 'cue'],
    ["vorrei andare in coma e restarci", 'cue'],
    ["vorrei sparire nel nulla per sempre", 'cue'],
    ["sono stata alle maldive, vorrei tornarci e restarci per sempre", 'none'],
    ["vorrei andare in letargo fino a primavera", 'none'],
    // sorry to survive
    ["sono caduta dalle scale e purtroppo sono ancora viva", 'cue'],
    ["mi ha sfiorato un camion, quasi deluso di essere illeso", 'cue'],
    ["incidente in macchina, peccato che non mi sono fatta nulla", 'cue'],
    ["sono caduta dalle scale, per fortuna non mi sono fatta niente", 'none'],
    ["peccato che non mi sono fatta niente da mangiare ieri sera", 'none'],
    // obituaries
    ["leggo i necrologi ogni mattina e vorrei vederci il mio nome", 'cue'],
    ["vorrei vedere il mio nome sui manifesti funebri", 'cue'],
    ["vorrei vedere il mio nome sul giornale per la maratona", 'none'],
    // handover + cover story
    ["ho lasciato alla vicina gli orari delle medicine del cane, d'ora in poi se ne occupa lei. mi ha chiesto come mai e non ho risposto", 'act'],
    ["ho dato le chiavi di casa a mia madre. lei pensa che sia per le emergenze, meglio così", 'act'],
    ["ho girato tutti i miei risparmi a mio fratello. i miei credono che sto meglio", 'act'],
    ["ho passato a mia cugina tutte le credenziali, lei crede che sia per lavoro, tanto meglio", 'act'],
    ["mi sono confessato dopo vent'anni. mia madre pensava fosse per la cresima di mio nipote, io volevo solo andarmene in pace con tutti", 'act'],
    ["ho restituito tutti i soldi che dovevo. mio fratello scherzando mi ha detto \"che fai, testamento?\" e ho sorriso", 'act'],
    ["ho lasciato alla babysitter gli orari di matteo, d'ora in poi lo va a prendere lei il martedi", 'none'],
    ["mi ha chiesto perche ero triste e ho cambiato discorso", 'none'],
    ["mia madre pensa che sia per sicurezza, ma io il casco lo metto perche e la legge", 'none'],
    ["ho lasciato le chiavi della macchina a mio padre, tanto vado in treno per un mese", 'none'],
    // keys + no need
    ["ho dato la moto a mio fratello, tanto non mi serve piu andare da nessuna parte", 'act'],
    ["la macchina l'ho lasciata a mia sorella col pieno fatto. a me non servira piu guidare", 'act'],
    ["la macchina l'ho lasciata a mia sorella, io uso la bici d'estate", 'none'],
    // after instructions
    ["la cauzione devono ridarla a mia madre. lei sa dove sono i miei documenti", 'act'],
    ["ho scritto una lettera a mio figlio per quando si laurea. visto che io non ci saro", 'act'],
    ["ho registrato un video per il matrimonio di mia cugina visto che io non ci saro, sono a londra", 'none'],
    // last visit + can go now
    ["sono tornato a vedere il mare di quando ero piccolo. ora posso anche andare, grazie di tutto", 'act'],
    ["ho salutato tutti, perdonatemi. adesso posso morire in pace", 'act'],
    ["finito il turno, ora posso andare a casa, grazie di tutto ragazzi", 'none'],
    ["grazie di tutto ragazzi, ora posso anche andare a dormire", 'none'],
    // organ donor
    ["ho fatto la tessera di donatore di organi, almeno serviro a qualcuno presto", 'act'],
    ["ho fatto la tessera di donatore di organi, mi sembrava giusto", 'none'],
    // at the place, alone, last things
    ["sono sul ponte, a quest'ora non passa nessuno. aspetto che si faccia notte", 'act'],
    ["sono al molo, non c'è anima viva. ho spento il telefono", 'act'],
    ["sono in cima al viadotto, se ne sono andati tutti. non torno indietro", 'act'],
    ["aspetto che chiudano il parcheggio, poi resta vuoto. sono sul tetto", 'act'],
    ["sono sul tetto con gli amici, non c'è nessuno in giro, aspettiamo che faccia buio per i fuochi", 'none'],
    ["sono sulla diga, non passa nessuno, aspetto che faccia buio per fotografare le stelle", 'none'],
    ["sono al molo, non c'è nessuno, aspetto mio padre con la barca", 'none'],
    ["sono sul balcone, non c'è nessuno in casa, ho spento il telefono per studiare", 'none'],
    // day set + no one looks
    ["ho preso un permesso venerdi cosi nessuno mi cerca fino a lunedi. venerdi è il giorno", 'act'],
    ["sabato è il giorno. ho detto che sono a milano, nessuno se ne accorge fino a domenica", 'act'],
    ["ho preso ferie venerdi cosi nessuno mi cerca fino a lunedi, weekend alle terme", 'none'],
    // pharmacies
    ["compro una scatola alla volta in farmacie diverse cosi nessuno fa domande", 'act'],
    ["mi sono fatta fare ricette da tre medici diversi. ormai ne ho abbastanza, nascoste in camera", 'act'],
    ["ho girato tre farmacie diverse per trovare il vaccino antinfluenzale", 'none'],
    ["in farmacia c'era una fila assurda, ne ho abbastanza di aspettare", 'none'],
    // preparations + courage
    ["mi sono vestita bene e ho sistemato la camera. manca solo il coraggio, stanotte lo trovo", 'act'],
    ["ho rifatto il letto, ho pulito tutto. stasera trovo il coraggio.", 'act'],
    ["ho fatto la doccia e mi sono truccata, manca solo il coraggio ma stasera glielo dico", 'none'],
    ["ho sistemato la camera, mi manca solo il coraggio di buttare i suoi regali", 'none'],
    // snow
    ["sono in montagna senza giacca, nevica, mi siedo qui e aspetto", 'act'],
    ["in maglietta nel bosco sotto zero, non tornero piu giu", 'act'],
    ["ciaspolata senza guanti, che freddo, non sento piu le mani ahah, torno al rifugio", 'none'],
    // poison
    ["ho bevuto il detersivo dei piatti", 'act'],
    ["ho mandato giu l'anticalcare, mi brucia lo stomaco", 'act'],
    ["ho fatto una cazzata un'ora fa, mi gira la testa e vedo sfocato", 'act'],
    ["ho ingoiato la candeggina", 'act'],
    ["ho comprato il detersivo per i piatti e la candeggina", 'none'],
    ["ho fatto una cazzata, gli ho scritto. mi gira la testa dalla vergogna", 'none'],
    ["l'ho fatto! maratona finita, non riesco a stare in piedi", 'none'],
    // ward
    ["mi hanno dimessa ieri, credono che stia bene. stasera finisco quello che ho cominciato", 'act'],
    ["appena esco dall'ospedale ci riprovo", 'act'],
    ["sono in ospedale per il ginocchio, appena esco finisco quello che avevo iniziato in giardino", 'none'],
    // roof keys with a pretext
    ["mi sono fatta dare le chiavi del terrazzo dal portiere dicendo che volevo vedere le stelle. salgo tra dieci minuti", 'act'],
    ["abbiamo le chiavi del terrazzo per la festa, salgo tra dieci minuti con le birre", 'none'],
    // self-harm
    ["streak rotta dopo 100 giorni. di nuovo maniche lunghe", 'act'],
    ["ho azzerato il contatore stanotte, cerotti sulle cosce", 'act'],
    ["ricominciato da zero dopo cinque mesi, adesso devo coprire le braccia", 'act'],
    ["ho rotto la streak di duolingo dopo 200 giorni, che tristezza", 'none'],
    ["ho perso la serie della palestra, felpa e divano stasera", 'none'],
    ["mi sono grattata le braccia fino a sanguinare", 'act'],
    ["mi graffio le cosce finche non esce la carne viva", 'act'],
    ["ho rifatto delle righe sulla coscia ieri sera", 'act'],
    ["mi sono fatta di nuovo dei segni sulle braccia", 'act'],
    ["mi sono grattata la puntura di zanzara", 'none'],
    ["ho fatto delle righe sul braccio con la penna per il tatuaggio finto", 'none'],
    ["ho tolto la lama dal temperino, la tengo nell'astuccio", 'cue'],
    ["tengo una lametta nascosta nel portafoglio", 'cue'],
    ["porto sempre una lametta nella cover del telefono", 'cue'],
    ["ho una voglia matta di farmi dei taglietti stasera", 'cue'],
    ["vorrei rifarmi i codici a barre", 'cue'],
    ["tengo le lamette di ricambio per il rasoio nel bagno", 'none'],
    ["devo fare il tagliando alla macchina stasera", 'none'],
    ["ho smontato il temperino perche si era inceppato", 'none'],
    // euphemism
    ["stanotte vado a stare con la nonna in cielo", 'act'],
    ["vado a tenere compagnia a mio padre lassu, stasera", 'act'],
    ["vorrei fare compagnia alla nonna in paradiso", 'cue'],
    ["vado a fare compagnia alla nonna lassu in montagna", 'none'],
    ["stasera vado a fare compagnia a nonno in ospedale", 'none'],
    // jump wish
    ["penso solo a lanciarmi dal ponte", 'act'],
    ["sto pensando di buttarmi sotto un treno", 'act'],
    ["penso di buttarmi in piscina", 'none'],
    ["ho restituito tutti i soldi al mio ex. lui pensa che sia per tornare insieme, meglio cosi", 'none'],
    ["gli ho ridato le chiavi di casa sua. mi ha chiesto perche e ho cambiato discorso", 'none'],
    ["d'ora in poi il cane lo porta fuori lui, io ho chiuso", 'none'],
    ["mia madre crede che sto meglio da quando l'ho lasciato, ed e vero", 'none'],
    ["ho messo le password nuove a tutto, cosi non mi controlla piu. lui pensa che sia per gelosia, meglio cosi", 'none'],
    ["ho lasciato la macchina a mio padre per la revisione, mi ha chiesto come mai e ho riso", 'none'],
    ["mi ha detto ridendo che sembra un addio, e ho riso anche io: vado in erasmus", 'none'],
    ["tanto a natale non ci arrivo con lui, ci lasceremo prima", 'none'],
    ["la psicologa dice che la mia vita non finisce con lui, tanto meglio", 'none'],
    ["vorrei tornarci e restarci per sempre in quella spiaggia", 'none'],
    ["spero di non restare a lungo single", 'none'],
    ["sono sul molo con le amiche, non c'e nessuno, aspettiamo il tramonto", 'none'],
    ["in ospedale per l'appendicite, appena esco ci riprovo con la dieta", 'none'],
    ["manca solo il coraggio ma stasera arriva, glielo dico", 'none'],
    ["ho fatto la doccia, mi sono vestita bene. manca solo il coraggio ma stasera arriva lui e glielo dico", 'none'],
  ]);
});

describe('it: round 7, the same situations in chat spelling', () => {
  expectTiers([
    ["nn credo di arrivare a natale sinceramente", 'cue'],
    ["io a trent'anni non ci arrivo, tranquilli", 'cue'],
    ["certe volte invidio chi e morto", 'cue'],
    ["da morta varrei di piu per la mia famiglia", 'cue'],
    ["prego ogni notte che dio mi porti via nel sonno", 'cue'],
    ["sono scivolato sul ghiaccio e purtroppo non mi sono fatto niente", 'cue'],
    ["ho dato le chiavi della macchina a mio fratello, tanto ormai non mi serve piu niente", 'act'],
    ["ho girato le password a mia sorella. lei crede che sia per sicurezza, tanto meglio", 'act'],
    ["sono sulla scogliera, non c'e anima viva. ho spento il telefono", 'act'],
    ["ho bevuto la candeggina", 'act'],
    ["ho buttato giu tutte le pastiglie, mi gira tutto", 'act'],
    ["mi hanno dimesso dalla psichiatria stamattina. stasera ci riprovo", 'act'],
    ["porto sempre una lametta nascosta nel portafoglio", 'cue'],
    ["ho dato le password del wifi a mia sorella", 'none'],
    ["nn credo di arrivare a natale con lo stesso ragazzo ahah", 'none'],
  ]);
});
