/**
 * Italian. Word classes first (the building blocks), then the phrase families, then the idioms
 * that must stay quiet, then negation and shorthand. Patterns are in the DSL of `../dsl.ts`:
 * words, `{class}`, `(a|b)` one of, `[x]` optional, `{fill2}` up to two other words, `word*` any
 * ending, `^`/`$` start/end of a sentence.
 *
 * Everything is matched after normalisation: lower case, accents folded ("più" → "piu",
 * "è" → "e"), doubled letters folded ("ammazzo" → "amazo", "addio" → "adio": patterns are folded
 * the same way, so write words normally), apostrophes dropped, which glues an elided word to the
 * next ("l'autolesionismo" → "lautolesionismo", "c’è" → "ce", "m'ammazzo" → "mammazzo"): write
 * such words with their apostrophe in patterns and they fold the same way. Chat shorthand is
 * spelled out ("nn" → "non", "xké" → "perche", "cmq" → "comunque", Roman "vojo" → "voglio").
 *
 * The pronoun goes on the end of the infinitive ("voglio UCCIDERMI") or before the verbs
 * ("MI voglio uccidere"): `{killinf}` is the first, "mi {meintend} {killbare}" the second.
 *
 * @module
 */
import type { LanguageSpec } from '../language.ts';

export const it: LanguageSpec = {
  code: 'it',
  scripts: ['latin'],

  classes: {
    // --- people ---
    family: [
      'mamma', 'mammina', 'madre', 'papa', 'padre', 'genitori', 'famiglia', 'sorella', 'fratello', 'sorellina', 'fratellino', 'figlio',
      'figlia', 'figli', 'nonna', 'nonno', 'nonni', 'zia', 'zio', 'amica', 'amico', 'amiche', 'amici', 'migliore amica', 'migliore amico',
      'ragazzo', 'ragazza', 'fidanzato', 'fidanzata', 'marito', 'moglie', 'compagno', 'compagna', 'miei', 'cugina', 'cugino', 'nipote', 'nipoti', 'nipotina', 'nipotino',
    ],
    /** People who "would be better off without me". */
    everyone: [
      'tutti', 'tutte', 'tutti quanti', 'il mondo', 'la gente', 'gli altri', 'mia {family}', 'mio {family}', 'i miei {family}', 'le mie {family}',
      'la mia {family}', 'il mio {family}', 'i miei', 'loro', 'lui', 'lei', 'voi', 'chi mi sta intorno', 'le persone', 'chi mi vuole bene',
    ],
    nobody: ['nessuno', 'a nessuno', 'nemmeno mia {family}', 'neanche mia {family}', 'nemmeno lui', 'neanche lui', 'nemmeno lei', 'neanche lei'],

    // --- wanting, intending (first person) ---
    /** Intending or getting ready to, before an infinitive: "voglio", "sto pensando di", "ho deciso di". */
    intend: [
      'voglio', 'vorrei', 'volevo', 'voglio solo', 'vorrei solo', 'vorrei tanto', 'voglio davvero', 'vojo', 'ho voglia di', 'avrei voglia di',
      'mi viene voglia di', 'mi verrebbe da', 'mi andrebbe di', 'ho deciso di', 'decido di', 'ho intenzione di', 'ho in mente di',
      'sto per', 'sto pensando di', 'sto pensando seriamente di', 'penso di', 'penso seriamente di', 'pensavo di', 'ho pensato di',
      'pensando di', 'penso spesso di', 'pensare di', 'farei meglio a', 'faccio meglio a', 'sono sul punto di', 'sul punto di',
      '(ho|avrei) (una|tanta|troppa|una gran|una grande|una tale) voglia [matta|pazza|pazzesca] di', 'devo', 'dovrei', 'potrei', 'sono pronta a', 'sono pronto a', 'pronta a', 'pronto a',
      'prima o poi', 'ho provato a', 'ho provato ad', 'ho tentato di', 'tentare di', 'provare a', 'provare ad', 'provo a', 'provo ad', 'il coraggio di', 'avere il coraggio di', 'vado a', 'vado ad',
      'meglio', 'e meglio', 'giuro che', 'quasi quasi', 'non vedo l’ora di', 'sogno di', 'mi sa che', 'sto valutando di', 'sto meditando di',
    ],
    /** Intent with the pronoun before it: "mi VOGLIO uccidere", "mi VADO AD ammazzare". */
    meintend: ['voglio', 'vorrei', 'volevo', 'vojo', 'devo', 'dovrei', 'vado a', 'vado ad', 'sto per', 'voglio proprio', 'voglio davvero'],
    /** Wishing (weaker than intent): "vorrei", "ho voglia di", "spero di". */
    longing: [
      'voglio', 'vorrei', 'volevo', 'voglio solo', 'vorrei solo', 'vorrei tanto', 'vorrei semplicemente', 'a volte vorrei', 'vojo',
      'ho voglia di', 'avrei voglia di', '(ho|avrei) (una|tanta|troppa|una gran|una grande|una tale) voglia [matta|pazza|pazzesca] di', 'desidero', 'spero di', 'preferirei', 'mi piacerebbe', 'sogno di', 'non vedo l’ora di',
      'mi andrebbe di', 'ho bisogno di', 'magari potessi', 'voglio soltanto', 'vorrei soltanto', 'il desiderio di', 'desiderio di', 'ho il desiderio di',
    ],
    think: ['penso', 'pensando', 'pensato', 'pensavo', 'pensare', 'sogno', 'sognando', 'fantastico', 'fantasticando', 'immagino'],

    // --- the act ---
    /** Killing myself, infinitive with "-mi": after {intend}. */
    killinf: [
      'uccidermi', 'ammazzarmi', 'ammazzarme', 'ammazzamme', 'suicidarmi', 'togliermi la vita', 'levarmi la vita', 'farla finita',
      'finirla', 'impiccarmi', 'spararmi', 'spararmi in testa', 'tagliarmi le vene', 'avvelenarmi', 'farmi fuori', 'levarmi di mezzo',
      'togliermi di mezzo', '(porre|mettere) fine (alla mia vita|a tutto|ai miei giorni)', 'chiudere con la vita', 'finire tutto',
      'autoeliminarmi', 'auto eliminarmi', 'disiscrivermi dalla vita',
    ],
    /** Killing myself, bare infinitive: after "mi {meintend}" ("mi voglio UCCIDERE"). */
    killbare: [
      'uccidere', 'ammazzare', 'ammazza', 'suicidare', 'togliere la vita', 'impiccare', 'sparare', 'fare fuori', 'levare di mezzo',
      'togliere di mezzo', 'avvelenare', 'tagliare le vene',
    ],
    /** Killing myself, present or future: "mi ammazzo", "mi uccido", "la faccio finita". */
    killnow: [
      'mi ammazzo', 'mi uccido', 'mi suicido', 'mi tolgo la vita', 'mi impicco', 'la faccio finita', 'mi ammazzerei', 'mi ucciderei',
      'mi suiciderei', 'mi toglierei la vita', 'la farei finita', 'mi ammazzero', 'mi uccidero', 'mi suicidero', 'la faro finita',
      'mi taglio le vene', 'mi faccio fuori', 'mi levo di mezzo', 'mi tolgo di mezzo', 'mi impiccherei', 'mi sto per ammazzare',
      // gamer words: "stasera mi autoelimino"
      'mi (autoelimino|auto elimino|autoeliminero|autoeliminerei|autoeliminerò)',
    ],
    /** Being dead, wished or thought about. */
    death: [
      'morire', 'smettere di vivere', 'essere morta', 'essere morto', 'crepare', 'sparire', 'sparire per sempre', 'scomparire', 'non esistere', 'non esistere piu',
      'smettere di esistere', 'non svegliarmi', 'non svegliarmi piu', 'non risvegliarmi', 'dormire per sempre', 'addormentarmi per sempre',
      'non essere mai nata', 'non essere mai nato', 'non esserci piu', 'non essere qui', 'andarmene per sempre', 'andarmene da questo mondo',
      'lasciare questo mondo', 'smettere di respirare', 'che finisca tutto', 'che tutto finisca', 'che tutto finisse', 'che finisse tutto', 'spegnermi', 'svanire', 'dissolvermi',
      'non essere mai esistita', 'non essere mai esistito', 'tirare le cuoia', 'schiattare', 'andarmene da qui per sempre',
      // "vorrei essere cancellata, tipo mai esistita"
      '(essere|venire) (cancellata|cancellato|cancellati|eliminata|eliminato|dimenticata per sempre|dimenticato per sempre)', 'mai (esistita|esistito|nata|nato)',
      'essere (messa|messo) in pausa per sempre',
    ],
    /** If I were gone: "se morissi", "se io non ci fossi". */
    died: [
      'morissi', 'muoio', 'moriro', 'sparissi', 'sparisco', 'non ci fossi', 'non ci fossi piu', 'non ci sono piu', 'non ci saro piu',
      'non esistessi', 'non fossi mai nata', 'non fossi mai nato', 'me ne andassi', 'me ne vado', 'mi ammazzassi', 'mi uccidessi',
      'mi suicidassi', 'scomparissi', 'mi succedesse qualcosa', 'io non ci fossi', 'non ci fossi mai stata', 'non ci fossi mai stato',
    ],

    // --- self-harm ---
    /** Cutting or hurting myself on purpose, done: "mi sono tagliata", "mi sono fatta del male". */
    cutdone: [
      'mi sono tagliata', 'mi sono tagliato', 'mi taglio', 'mi tagliavo', 'mi sto tagliando', 'mi sono autolesionata', 'mi sono autolesionato',
      'mi sono tagliuzzata', 'mi sono tagliuzzato', 'mi faccio (i|dei) tagli', 'mi sono fatta dei tagli', 'mi sono fatto dei tagli', 'mi sono fatta del male',
      'mi sono fatto del male', 'mi faccio del male', 'mi sono di nuovo tagliata', 'mi sono di nuovo tagliato', 'mi sono ritagliata',
      'mi sono incisa', 'mi sono inciso', 'mi sono sfregiata', 'mi sono sfregiato',
    ],
    /** Hurting myself, done, which may also be an accident: needs more context. */
    hurtdone: [
      'mi sono bruciata', 'mi sono bruciato', 'mi sono fatta male', 'mi sono fatto male', 'mi sono ferita', 'mi sono ferito', 'mi sono graffiata',
      'mi sono graffiato', 'mi sono presa a pugni', 'mi sono preso a pugni', 'mi sono colpita', 'mi sono colpito', 'mi sono morsa',
      'mi brucio', 'mi ferisco', 'mi graffio', 'mi faccio male', 'mi sono punita', 'mi sono punito', 'mi sono picchiata', 'mi sono picchiato',
    ],
    /** Wounding myself, infinitive: "tagliarmi", "farmi del male". */
    woundinf: [
      'tagliarmi', 'farmi del male', 'farmi male', 'ferirmi', 'bruciarmi', 'autolesionarmi', 'graffiarmi', 'punirmi', 'picchiarmi',
      'prendermi a pugni', 'tagliuzzarmi', 'mutilarmi', 'colpirmi', 'farmi dei tagli',
    ],
    /** Wounding myself, bare infinitive after "mi voglio ...". */
    woundbare: ['tagliare', 'fare del male', 'fare male', 'ferire', 'bruciare', 'autolesionare', 'graffiare', 'punire', 'picchiare'],
    body: [
      'polsi', 'polso', 'braccio', 'braccia', 'avambraccio', 'avambracci', 'gamba', 'gambe', 'coscia', 'cosce', 'pancia', 'stomaco', 'pelle',
      'fianchi', 'fianco', 'vene', 'vena', 'petto', 'corpo', 'caviglie',
    ],
    blade: [
      'lametta', 'lamette', 'lama', 'lame', 'rasoio', 'taglierino', 'coltello', 'forbici', 'vetro', 'accendino', 'l’accendino', 'sigaretta',
      'temperino', 'compasso', 'cutter', 'un accendino', 'una lametta', 'sigarette', 'accendini', 'lamette',
    ],

    // --- means and places ---
    pills: [
      'pillole', 'pillola', 'pastiglie', 'pastiglia', 'pasticche', 'compresse', 'farmaci', 'medicine', 'medicinali', 'gocce', 'tachipirina',
      'xanax', 'lexotan', 'minias', 'tavor', 'sonniferi', 'antidepressivi', 'psicofarmaci', 'paracetamolo', 'benzodiazepine', 'benzo',
      'ansiolitici', 'valium', 'zoloft', 'sertralina', 'insulina', 'scatola', 'boccetta', 'flacone', 'blister', 'confezione', 'tutto l’armadietto',
      'pillole di mia {family}', 'farmaci di mia {family}', 'gocce di mia {family}', 'tachipirine', 'aspirine', 'aspirina', 'sonnifero',
      'antidolorifici', 'antidolorifico', 'brufen', 'ibuprofene', 'calmanti', 'tranquillanti', 'pasticche di mia {family}',
    ],
    many: [
      'tutte le', 'tutti i', 'tutte', 'tutti', 'tutto', 'tutta la', 'tutto il', 'una scatola intera', 'la scatola intera', 'tutta la scatola',
      'una scatola di', 'un’intera', 'un’intero', 'una boccetta', 'tutta la boccetta', 'la boccetta', 'un flacone', 'tutto il flacone',
      'una manciata di', '(tipo|circa|piu di|una) (dieci|quindici|venti|trenta|quaranta|cinquanta|cento|ventina di|trentina di)', 'dieci', 'quindici', 'venti', 'trenta', 'quaranta', 'cinquanta', 'cento', 'un sacco di', 'tante', 'tanti', 'troppe', 'troppi', '{bignumber}', 'piu di {number}', 'due scatole', 'un blister',
      'tutto il blister', 'mezza scatola', 'un mucchio di',
    ],
    height: [
      'ponte', 'palazzo', 'tetto', 'balcone', 'finestra', 'cornicione', 'parapetto', 'viadotto', 'cavalcavia', 'dirupo', 'scogliera',
      'precipizio', 'burrone', 'torre', 'binari', 'ultimo piano', 'piano {number}', 'grattacielo', 'scogli', 'quinto piano', 'sesto piano',
      'settimo piano', 'ottavo piano', 'decimo piano', 'terrazzo del palazzo', 'tetto del palazzo', 'belvedere', 'strapiombo', 'campanile',
      'falesia', 'falesie', 'diga',
    ],
    traffic: ['treno', 'metro', 'metropolitana', 'tram', 'camion', 'tir', 'macchina', 'auto', 'macchine', 'autobus', 'bus', 'pullman', 'auto in corsa'],
    jumpinf: ['buttarmi', 'lanciarmi', 'gettarmi', 'saltare', 'tuffarmi', 'mettermi', 'sdraiarmi'],
    jumpbare: ['buttare', 'lanciare', 'gettare'],
    jumpnow: ['mi butto', 'mi lancio', 'mi getto', 'salto', 'mi sdraio', 'mi metto'],
    from: [
      'da', 'dal', 'dalla', 'dallo', 'dai', 'dalle', 'giu da', 'giu dal', 'giu dalla', 'giu dallo', 'sotto', 'sotto il', 'sotto la', 'sotto al',
      'sotto alla', 'davanti a', 'davanti al', 'davanti alla', 'contro', 'sul', 'sulla', 'sui', 'nel', 'nella', 'in', 'giu', 'dall’',
    ],
    soon: ['stasera', 'stanotte', 'oggi', 'domani', 'adesso', 'ora', 'subito', 'sabato', 'domenica', 'questo weekend', 'questa notte', 'questa sera', 'tra poco', 'fra poco'],
    laugh: ['ahah*', 'haha*', 'aha', 'lol', 'xd', 'ihih*', 'eheh*', 'ahaha*', 'ahahah*', 'asd*'],
    /**
     * A moment set for it, sharper than {@link soon}: "quando dormono tutti", "dopo il turno", "a
     * mezzanotte", "prima dell'alba". Shared with the net's "soon".
     */
    momento: [
      'stasera', 'stanotte', 'questa notte', 'questa sera', 'a mezzanotte', 'domani sera', 'domani notte',
      'quando (dormono|dormiranno|escono|usciranno|se ne vanno|saranno fuori|saranno a letto|vanno a letto|andranno a letto) [tutti]',
      'quando (tutti|i miei|mia madre|mio padre|mamma|papa|i miei coinquilini|la mia coinquilina|mio marito|mia moglie) (vanno via|vanno dai nonni|vanno al mare|vanno in vacanza|sono via|saranno via|sono fuori|dormono|dormiranno|dorme|dormira|escono|esce|usciranno|uscira|saranno fuori|sara fuori|vanno a letto|va a letto|partono|parte)',
      'dopo (il turno|il lavoro|la scuola|le lezioni|gli esami|cena)', 'tra un’ora', 'fra un’ora', '(tra|fra) (qualche|due|tre) ore', 'prima dell’alba',
      'prima di domattina', '(e|è) arrivato il momento', '(e|è) l’ora', '(la data|il giorno) (e|è) (scelta|scelto|fissata|fissato|deciso|decisa)',
      'ho scelto (il giorno|la data|l’ora)',
    ],
    /** A decision taken: "ho deciso", "la decisione è presa", "non torno indietro". */
    deciso: [
      'ho deciso', 'ho gia deciso', '(e|è) deciso', 'ho preso la (mia)? decisione', 'la decisione (e|è) presa', 'non torno indietro', '(e|è) il momento',
      'lo faccio', 'lo faro', 'sono pronta', 'sono pronto', 'questa volta (e|è) quella buona',
    ],
    /** Parting words said to the ones left: "perdonatemi", "non piangete per me", "mamma ti voglio bene". */
    saluti: [
      'prendetevi cura di (voi|mia|mio|mamma|papa)', 'abbiate cura di voi', 'perdonatemi', 'perdonami', 'scusatemi per tutto', 'scusami per (tutto|quello che)',
      'vi voglio bene [a tutti]', 'ti voglio bene (mamma|papa|nonna|nonno)', '(mamma|papa|nonna|nonno) ti voglio bene', 'non piangete', 'non piangere per me',
      'non (preoccupatevi|preoccuparti|vi preoccupate|ti preoccupare) per me', 'siate felici', 'sii felice', 'vivete la vostra vita', 'dimenticatemi',
      'grazie per essere (stata|stato|stati|state) (la mia|il mio|i miei|le mie|sempre)',
      // "scusate se vi lascio così", "siete stati la parte migliore di tutto", "digli che gli ho voluto bene"
      '(scusate|scusami|scusa|perdonatemi|perdonami) se (vi|ti) (lascio|abbandono|sto lasciando) [cosi|in questo modo|da soli|da sola]',
      '(siete stati|siete state|sei stato|sei stata) (la parte migliore|il meglio|la cosa piu bella|le cose piu belle) (di tutto|della mia vita|che ho avuto)',
      '(digli|ditegli|dille|ditele|dite a tutti|di a tutti|dite|di a) {fill2} che {fill2} (ho voluto bene|ho amato|ho sempre voluto bene|ho voluto tanto bene)',
      // apologies for everything, amends made, instructions for the ones who will find: "scusate per tutte le volte che vi ho
      // fatto preoccupare", "ho chiesto scusa a mio padre", "dite a mamma di non entrare da sola"
      '(scusate|scusatemi|scusami|scusa|perdonatemi|perdonami|mi dispiace) per (tutte le volte|ogni volta|quest’anno|tutto il male|tutti i problemi|tutto il dolore|il disturbo|tutto quello che vi ho|tutto quello che ti ho|tutte le preoccupazioni)',
      '(ho chiesto|chiesto|sono andata a chiedere|sono andato a chiedere) (scusa|perdono) (a|al|alla|ai|alle) {fill1} {family}', '(ho fatto|fatto) pace con {fill1} {family}',
      '(dite|ditelo|di|dica|ditegli|ditele|digli|dille) (a|al|alla|ai|alle) {fill1} {family} (di non|di) {fill1} (entrare|venire|salire|aprire|cercarmi|guardare|piangere|preoccuparsi|sentirsi in colpa)',
      'gg a tutti',
      '(ho scritto|ho detto|ho mandato un messaggio) (a|alla|al) {fill1} ({family}|mamma|papa) (che|di) {fill1} (le|gli|li|vi|ti) (voglio|ho voluto|ho sempre voluto) bene',
    ],
    /** Thanks and care said at any parting ("grazie di tutto, abbi cura di te"): alarming only beside {@link dopo} or {@link sistemare}. */
    cortesia: ['grazie di tutto', 'grazie per tutto', 'abbi cura di te', 'stammi bene', 'statemi bene'],
    /** Being gone after: "non torno più", "dove vado", "è l'ultima volta che mi sentite", "non soffrirò più". */
    dopo: [
      'non (torno|tornero|ritorno|ritornero) (piu|mai piu)', 'dove vado', 'dove sto andando', 'quando non ci saro piu', 'quando saro (morta|morto)',
      'dopo la mia morte', '(il|al) mio funerale', '(e|è) l’ultima volta che (mi|ci) (sentite|senti|vedete|vedi|sentirete|sentirai|leggete|leggi)',
      'per l’ultima volta', 'non (soffriro|soffrirò) piu', 'non (avro|avrò) piu (male|dolore)', 'quello che sto per fare', 'quello che (faro|farò) {momento}',
      'non (e|è) colpa (tua|vostra|di nessuno)', 'non (piangete|piangere) per me', 'non mi (vedrete|vedrai|sentirete|sentirai) piu',
      // "poi capirete", "non ne avrò più bisogno", "dagliela tu quando sarà il momento", "niente fiori", "così non litigano"
      '(poi|un giorno|presto|dopo|domani|piu avanti) (capirete|capirai|capiranno|capira)', '(non|nn) (chiedetemi|chiedermi|mi chiedete|mi chiedere) (perche|il perche)',
      'non (ne|mi) (avro|avrò) piu bisogno', 'non mi (servira|serviranno) piu',
      '(dagliela|dagliele|daglielo|dalla|dallo|consegnala|consegnalo|consegnagliela|leggila|leggetela|aprila|apritela|apri|aprite) {fill2} (quando sara il momento|quando sara ora|quando non ci saro|dopo|domani)',
      'niente fiori [per favore|al funerale]', 'cosi (non|nessuno) (litigano|litigate|litigheranno|litighera|deve|dovra|dovranno|avranno problemi)',
      // "tienilo a mente quando te lo diranno", "presto non dovrete più farlo", "era l'ultima cosa che mi mancava",
      // "da lunedì se ne occupa lei, per sempre", "gli ho detto che è per qualche giorno ma resta da lei", "non la userò più"
      'quando (te lo diranno|ve lo diranno|glielo diranno|lo saprai|lo saprete|lo verrai a sapere|lo verrete a sapere|lo scoprirai|lo scoprirete|lo sentirai|lo sentirete|sara successo)',
      '(presto|tra poco|fra poco|a breve|da domani|ormai) (non|nn) (dovrete|dovrai|dovranno|dovra) piu',
      '(era|e) l’ultima cosa (che mi mancava|da fare|che dovevo fare|che mi restava da fare|che mi restava|in sospeso|che volevo fare)',
      '(se ne occupa|se ne occupera|se ne occuperanno|ci pensa|ci pensera|ci penseranno|la gestisce|lo gestisce|la gestira|lo gestira|tocca a lei|tocca a lui|tocca a loro) {fill4} [$] per sempre $',
      'ho detto {fill3} (per qualche giorno|per poco|solo per un po|per un po|per una settimana|per il weekend|temporaneo|temporanea) {fill2} (ma|invece) {fill2} (resta|rimane|restera|rimarra|e per sempre|se lo tiene|se la tiene)',
      'non (la|lo|le|li) (usero|userò|indossero|indosserò|guidero|guiderò|suonero|suonerò|mettero|metterò) piu',
      '(gliela|glielo|gliele|glieli) (porta|portera|porterà|da|dara|darà|consegna|consegnera|consegnerà|manda|mandera|manderà) {fill3} dopo [$] (non prima|solo dopo)',
      // "a me non serve più andare da nessuna parte", "lei sa dove trovare le mie cose", "mo pozzo pure andà",
      // "volevo solo andarmene in pace con tutti", "almeno servirò a qualcuno la settimana prossima"
      '(a me|tanto|ormai|io) non (mi )?(serve|servira|servono|serviranno) piu {fill3} (andare|guidare|muovermi|uscire|da nessuna parte|niente|nulla)',
      '(lei|lui|mia {family}|mio {family}|mamma|papa|loro|tu|voi) (sa|sanno|sai|sapete|sapra|sapranno) dove (trovare|sono|stanno|tengo|ho messo|cercare) (le mie cose|i miei documenti|tutto|i documenti|le carte|la lettera|le mie carte)',
      '(ora|adesso) (posso|possiamo) (pure|anche|finalmente) (andare|andarmene|morire|riposare|chiudere gli occhi) [in pace|tranquilla|tranquillo] $',
      '(ora|adesso) (posso|possiamo) (morire|andarmene) [in pace|tranquilla|tranquillo|felice] $',
      '(andarmene|andare|morire|partire) in pace (con tutti|con tutto|con il mondo|con dio|con me stessa|con me stesso)',
      '(almeno|cosi) {fill2} (serviro|servirò|saro utile|sarò utile|i miei organi serviranno) (a|per) (qualcuno|qualcosa|altri) {fill2} ({soon}|la settimana prossima|il mese prossimo|presto|a breve|tra poco)',
    ],
    /** Affairs put in order: the pets given away, the papers, the debts paid. */
    sistemare: [
      '(il|la|i|le|mio|mia|miei|mie) (gatto|gatta|cane|cagnolino|cagnolina|gatti|cani|animali|piante|pesci|criceto) (a|alla|al|ai|da) (mia|mio|mamma|papa|la vicina|il vicino|una amica|un amico)',
      '(ho affidato|affidato|ho lasciato|lasciato|ho dato|ho regalato|regalato) (il mio|la mia|i miei|le mie) (gatto|gatta|cane|cagnolino|cagnolina|gatti|cani|animali|piante)',
      '(il (mio)?|fatto|gia fatto|scritto) testamento', '(le mie|tutte le) password',
      // funeral wishes, bequests, the pet handed over, a letter left for someone, things given away
      '(istruzioni|indicazioni|disposizioni|volonta) per (il|i) [mio|miei] (funerale|funerali|sepoltura|cremazione)',
      '(la casa|la macchina|l’auto|la moto|i miei soldi|i soldi|le mie cose|la mia roba|i miei vestiti|la chitarra|il computer|il pc|i libri|la collezione) (va|vanno|andra|andranno|la lascio|le lascio|lo lascio|li lascio) (a|al|alla|ai|alle) {word}',
      '(a|al) {word} ci (pensa|pensera) (mia|mio|la mia|il mio) {family} (da domani|da ora|da adesso|da stasera|d’ora in poi|da oggi)',
      '(portato|lasciato|dato|preparato|affidato) {fill6} (crocchette|cuccia|guinzaglio|lettiera|scatolette|trasportino|i suoi giochi|ciotola|ciotole|tiragraffi|gabbia|cuscino)',
      // savings and duties handed over: "ho girato tutti i risparmi sul conto di mia nipote", "ho passato a mia cugina la gestione della pagina"
      '(ho girato|ho trasferito|ho bonificato|ho versato|ho intestato|ho lasciato|ho dato) (tutti i|tutti i miei|i miei|tutto il mio|tutto il|tutti gli) (risparmi|soldi|conto|stipendio|averi) (a|al|alla|ai|sul conto di|sul conto del|sul conto della) {fill1} {family}',
      '(ho passato|ho lasciato|ho affidato|ho ceduto|ho intestato) (a|al|alla|ai) {fill1} {family} (la gestione|le chiavi|le password|il mio account|l’account|la pagina|il negozio|la macchina|la casa|il mio posto)',
      '(ho passato|ho lasciato|ho affidato|ho ceduto|ho intestato) (la gestione|le chiavi|le password|il mio account|la pagina|il negozio) {fill4} (a|al|alla|ai) {fill1} {family}',
      '(ho preparato|ho lasciato|ho fatto) (una|delle|un) (scatola|scatolone|pacco|busta|buste|regalo) (per) {word}',
      '(ho regalato|ho dato via|regalato|sto regalando) (il mio|la mia|i miei|le mie) {word}',
      '(prenditi|prendetevi|tieniti|tenetevi|ti lascio|vi lascio) [tu|voi] (la mia|il mio|i miei|le mie) {word}',
      '(ho scritto|ho lasciato|ho preparato) (una|delle) (lettera|lettere|busta|buste) (per) {word}',
      '(ho chiuso|chiuso) il (conto|mio conto)', 'i miei codici',
      // duties and things handed over for good: "d'ora in poi lo va a prendere lei", "la caparra la deve ridare a mia madre",
      // "le chiavi della panda le ho lasciate a papà", "ho ridato a tutti i soldi che dovevo", "contatto erede su facebook"
      '(d’ora in poi|da ora in poi|da adesso in poi|d’ora in avanti|da domani in poi) {fill4} (lo|la|li|le|ci|se ne) (va a prendere|vanno a prendere|porta|accompagna|occupa|occupera|pensa|pensera|gestisce|cura|tiene|segue) (lei|lui|tu|voi|loro)',
      '(lo|la|li|le|ci|se ne) (va a prendere|porta|accompagna|occupa|pensa|gestisce|cura|tiene|segue) (lei|lui|tu|voi|loro) (d’ora in poi|da ora in poi|da adesso in poi|d’ora in avanti|da domani in poi)',
      '(la caparra|il deposito|la cauzione|il rimborso|lo stipendio|la liquidazione|il tfr|i miei soldi) {fill3} (deve|devono|va|vanno|dovra|dovranno) (ridare|restituire|dare|girare|versare|ridarla|restituirla|darla|girarla|versarla|ridarlo|restituirlo|darlo|girarlo|versarlo|ridarli|restituirli|darli|girarli|ridata|restituita|data|girata|versata|andare) (a|alla|al) (mia|mio) {family}',
      '(ho lasciato|ho dato|ho consegnato|ho ridato|ho restituito|ho regalato) (le chiavi|la macchina|l’auto|la moto|il motorino|la bici|lo scooter|il furgone) {fill3} (a|al|alla) {fill1} ({family}|papa|mamma)',
      '(chiavi|macchina|auto|moto|motorino|bici|panda|scooter|furgone) {fill4} (le ho lasciate|l’ho lasciata|l’ho lasciato|l’ho data|l’ho dato|le ho date|le ho consegnate|li ho lasciati|ho lasciato|ho dato|ho consegnato|ho ridato|ho restituito) (a|al|alla) {fill1} ({family}|papa|mamma)',
      '(ho ridato|ho restituito|ho reso|ho ripagato|ho saldato|ho pagato) a tutti {fill3} (soldi|debiti|prestiti|quello che|cio che)',
      '(ho ridato|ho restituito|ho reso|ho ripagato|ho saldato) (tutti i|tutti i miei|ogni) (debiti|prestiti)', '(ho ridato|ho restituito|ho reso|ho ripagato) {fill3} (soldi|euro) che (dovevo|devo) (a tutti|$)',
      '(contatto|account) (erede|commemorativo|in memoria)',
      '(ho girato|ho dato|ho passato|ho mandato|ho lasciato|ho scritto) (le|tutte le|le mie|i miei|tutti i miei) (password|credenziali|codici|pin) (a|al|alla) {fill1} {family}', '(tutte le|le mie|tutti i miei) (credenziali|password|pin)',
      'mi sono (confessata|confessato) (dopo|per la prima volta)',
      '(tessera|carta|modulo|registrata|registrato|iscritta|iscritto) {fill2} (donatore|donatrice|donazione) (di|degli) organi', 'ho (pagato|saldato) [tutti] i [miei] debiti', '(ho regalato|ho dato via) (le mie|tutte le mie) cose',
    ],
    /** Medicines themselves (not their boxes): "le pastiglie sono pronte", not "la confezione è pronta". */
    farmaco: [
      'pillole', 'pastiglie', 'pasticche', 'compresse', 'farmaci', 'sonniferi', 'psicofarmaci', 'ansiolitici', 'antidepressivi', 'tachipirine',
      'benzodiazepine', 'benzo', 'xanax', 'tavor', 'lexotan', 'minias', 'valium', 'medicine', 'medicinali', 'antidolorifici', 'calmanti', 'tranquillanti',
    ],
    /** Saying one will not do it: "non lo farei mai", "nn mi butto", "non sono in pericolo", "non faccio cazzate". */
    nego: [
      '(non|nn) lo (farei|faro|faccio) [mai]', '(non|nn) (faro|farei|faccio) (niente|nulla|cazzate|stupidaggini|sciocchezze)',
      '(non|nn) mi (ammazzo|uccido|butto|suicido|taglio|faccio niente)', '(non|nn) (sono|sto) (in pericolo|suicida|depressa|depresso)',
      '(non|nn) ho intenzione di fare (niente|nulla)', '(tranquilla|tranquillo|tranquilli|tranqui|non preoccuparti|non preoccupatevi)',
    ],
    /** Thinking of it all the same: "ci penso più di quanto dovrei", "ci penso ogni sera" (not "ci penso io"). */
    cipenso: [
      '(ci|ce) (penso|pensavo|ho pensato|sto pensando) (piu|spesso|sempre|ogni|tutti|tutte|troppo|ancora|di continuo|continuamente|di nuovo|tanto|$)',
      'il pensiero (c’è|c’e|ce|torna|ritorna|mi viene|non se ne va)',
    ],
    /** This time it will work: "stavolta so come farlo", "questa volta nessuno mi trova". */
    stavolta: [
      '(la chiudo a chiave|chiudo a chiave|chiudo la porta a chiave|nessuno passera|nessuno passa|nessuno verra|nessuno entrera|non lo dico a nessuno|non avviso nessuno|spengo il telefono|nessuno arriva in tempo|non arriva nessuno|so come farlo|so come fare|so cosa fare|ho tutto pronto|ho preparato tutto|ho gia tutto|nessuno mi trova|nessuno mi trovera|nessuno mi salva|nessuno mi salvera|lo faccio bene|lo faro bene|lo faccio per bene|non mi salvano|non mi salveranno|non sbaglio|non fallisco|va fino in fondo|vado fino in fondo)',
    ],
    /** Something bad happening to me: "mi venisse qualcosa di brutto", "se sbandassi", "se morissi". */
    malanno: [
      '(mi|me) (venga|venisse|succeda|succedesse|capiti|capitasse|prenda|prendesse) {fill1} (qualcosa di brutto|qualcosa di grave|un incidente|una malattia|un infarto|un tumore|un ictus|un cancro)',
      'se {fill2} (sbandassi|mi schiantassi|uscissi di strada|finissi fuori strada|andassi a sbattere|morissi|sparissi|non mi svegliassi|mi investissero|mi investisse|mi succedesse qualcosa|non ci fossi piu|non ci fossi)',
    ],
    /** Not minding it: "non sarebbe poi così male", "non mi dispiacerebbe", "così almeno finisce tutto". */
    pazienza: [
      'non sarebbe [poi] (cosi|tanto|troppo) (male|grave|brutto)', 'non mi (dispiacerebbe|importerebbe|fregherebbe)', '(sarebbe|sarebbe quasi) un sollievo',
      '(cosi|almeno cosi|cosi almeno|almeno) (finisce|finirebbe|finira) [tutto]', 'tanto meglio', 'pazienza',
    ],
    /** Strong drink, taken with the pills. */
    alcol: ['vodka', 'whisky', 'rum', 'gin', 'alcol', 'alcool', 'l’alcol', 'vino', 'birra', 'grappa', 'amaro', 'superalcolici', 'tequila'],
    /** All of them, at once: "tutto" at the end of a sentence, "tutta la scatola", "tutte le pillole". */
    tuttopills: [
      'tutto $', 'tutte $', 'tutti $', 'tutte le {farmaco}', 'tutti i {farmaco}', '(tutta la scatola|tutto il flacone|tutta la boccetta|tutto il blister) ($|di {farmaco})',
      '{many} {farmaco}', 'tutte le mie {farmaco}',
    ],
    /** The dead, where one "joins" them: "raggiungere il nonno lassù". */
    aldila: ['lassu', 'in cielo', 'in paradiso', 'dall’altra parte', 'tra gli angeli', 'tra le stelle', 'le stelle', 'gli angeli'],
    /** The people one joins there. */
    cari: [
      'il nonno', 'la nonna', 'nonno', 'nonna', 'mio padre', 'mia madre', 'papa', 'mamma', 'mio fratello', 'mia sorella', 'il mio angelo',
      'mio figlio', 'mia figlia', 'il mio migliore amico', 'la mia migliore amica', 'il mio amico', 'la mia amica', 'il mio ragazzo', 'la mia ragazza',
    ],
    /** Blades of self-harm (not the lighter or the cigarette: "ho ceduto con una sigaretta" is smoking). */
    lamesh: ['lametta', 'lamette', 'lama', 'lame', 'rasoio', 'taglierino', 'temperino', 'compasso', 'cutter', 'forbici', 'vetro', 'coltello'],
    /** A day named for it: "ho scelto sabato", "lo faccio quel giorno". */
    giorno: [
      'sabato', 'domenica', 'lunedi', 'martedi', 'mercoledi', 'giovedi', 'venerdi', 'stanotte', 'stasera', 'domani', 'domani sera', 'il {number}',
      'quel giorno', 'quella notte', 'quella sera', 'quella data', 'lo stesso giorno', 'il giorno stesso', 'a capodanno', 'il giorno del mio compleanno',
    ],
    /** Places to fall or drown from, beyond {@link height}: "il molo", "il lago", "quel posto". */
    luogo: ['{height}', 'molo', 'pontile', 'banchina', 'fiume', 'lago', 'scogli', 'ferrovia', 'passaggio a livello', 'stazione', 'mare'],
    /** A place chosen because no one is there or nothing stops a fall. */
    isolato: [
      '(non c’è|non ce|non c’e) [mai|piu] (nessuno|anima viva)', 'non passa [mai|piu] nessuno', 'nessuno (mi vede|mi vedrebbe|controlla|passa|ci va)',
      '(resta|rimane|restera|rimarra|e|è) (vuoto|vuota) $', 'chiude il cancello', 'se ne sono andati tutti', '(sono rimasta|sono rimasto) (sola|solo)',
      '(senza|non c’è|non ce|manca la|manca il|niente) (ringhiera|rete|recinzione|parapetto|grata|protezione|protezioni|telecamere)',
      '(e|è) (deserto|deserta|isolato|isolata)',
    ],
    /** Being found or saved in time before: "l'altra volta mi hanno trovato in tempo". */
    salvata: [
      '(mi hanno|mi ha|mi avevano|mi aveva) (trovato|trovata|ripreso|ripresa|salvato|salvata|soccorso|soccorsa|rianimato|rianimata) (in tempo|appena in tempo|per un pelo|per miracolo|prima che)',
      '(mi hanno|mi ha) (fatto|fatta) la lavanda gastrica', '(ci ho provato|ci ho gia provato|ho gia provato|ho gia tentato|il mio tentativo|il mio primo tentativo)',
    ],
    /** Alone in an empty house. */
    soloa: ['casa vuota', 'la casa e vuota', 'sono sola', 'sono solo', 'resto sola', 'resto solo', 'nessuno in casa', 'non c’è nessuno in casa', 'tutta per me', 'tutto per me'],
    /** Falling asleep for good: "andare in letargo", "sdraiarmi nella neve". */
    dormire: [
      'dormire', 'addormentarmi', 'chiudere gli occhi', 'andare in letargo', 'cadere in letargo', 'entrare in coma', 'ibernarmi', 'spegnermi',
      'sdraiarmi nella neve', 'addormentarmi nella neve', 'cadere in un sonno', 'stendermi',
    ],
    /** Illnesses wished for. */
    malattia: [
      '(una|la) (malattia|polmonite|leucemia|setticemia|infezione|bronchite) [seria|grave|brutta|fulminante|incurabile|terminale]',
      '(un|il) (tumore|cancro|infarto|ictus|incidente|virus|aneurisma) [serio|grave|brutto|fulminante|incurabile|terminale|maligno]',
      'qualcosa di (grave|incurabile|serio|brutto|terminale)', 'un’infezione [seria|grave]',
    ],
    /** Things one plans for a future: "rinnovare la carta d'identità", "prenotare il dentista". */
    futuro: [
      'carta d’identita', 'carta di identita', 'passaporto', 'patente', 'documenti', 'abbonamento', 'contratto', 'assicurazione', 'visita',
      'dentista', 'controllo', 'tessera', 'iscrizione', 'mutuo', 'pensione', 'vaccino', 'corso', 'agenda', 'progetti', 'piani',
    ],

    // --- batch f: situations told without the words ---
    /** A time ahead, months or years away: "tra due anni", "a natale", "ai 30 anni" (not "la pensione", "fine mese": banter). */
    traguardo: [
      'natale', 'capodanno', 'pasqua', 'estate', 'l’estate', 'primavera', 'la primavera', 'autunno', 'inverno', 'l’inverno', 'compleanno', 'mio compleanno',
      'prossimo compleanno', 'laurea', 'diploma', 'maturita', 'fine anno', 'fine dell’anno', 'anno prossimo', 'l’anno prossimo', 'prossimo anno', 'il prossimo anno',
      'prossima estate', 'la prossima estate', '{number} anni', 'trent’anni', 'quarant’anni', 'vent’anni', 'cinquant’anni', 'diciott’anni', 'sessant’anni',
    ],
    /** Cover stories, and the ones who do not know: "lei pensa che sia per sicurezza, meglio così", "mi ha chiesto perché e ho cambiato discorso". */
    segreto: [
      '(mi ha chiesto|mi hanno chiesto|mi chiede|mi chiedono|ha chiesto|hanno chiesto|mi ha domandato|mi hanno domandato) {fill2} (perche|il perche|come mai|cosa succede|cosa c’è|se va tutto bene|se sto bene) {fill3} (ho cambiato discorso|ho cambiato argomento|non ho risposto|ho fatto finta di niente|ho glissato|ho sviato|ho mentito|ho detto niente|ho detto nulla)',
      '(pensa|pensano|crede|credono|pensava|pensavano|credeva|credevano|penserà|pensera|crederà|credera) [che] (sia|fosse|sara|e) {fill6} [$] {fill2} (meglio cosi|tanto meglio|meglio che non (sappia|sappiano|lo sappia|lo sappiano)|io [invece|in realta] (volevo|voglio|dovevo))',
      '(si sono convinti|si sono convinte|si e convinta|si e convinto|credono|pensano|hanno creduto|ha creduto|l’hanno bevuta|ci sono cascati|ci e cascata|ci e cascato) [che] (sto|stia|stessi|stavo|sono) (meglio|bene|guarita|guarito)',
      '(mi fa|mi ha fatto|mi dice|mi ha detto|ha detto|ha scherzato|ridendo|scherzando) ... (fai testamento|fai il testamento|stai morendo|devi morire|sembra un addio|che e un addio|te ne vai per sempre) ... (ho riso|ho sorriso|ho fatto finta|ho cambiato discorso|non ho risposto|se (solo)? sapesse|se (solo)? sapessero)',
      '(non (lo )?sa|non (lo )?sanno|non sapeva|non sapevano|nessuno sa|nessuno lo sa) (che|niente|nulla) {fill4} (l’ultima|l’ultimo|un addio|per sempre)',
    ],
    /** Being where one could fall or drown: "sono sulla diga", "sono all'ultimo piano", "sono sul traghetto". */
    sulposto: [
      '(sono|sto|mi trovo|sono arrivata|sono arrivato|sono salita|sono salito|seduta|seduto|in piedi) [sul|sulla|sullo|sui|al|alla|allo|ai|in cima al|in cima alla|sopra il|sopra la|sopra al|nel|nella|vicino al|vicino alla|sul bordo del|sul bordo della] {fill2} (ponte|viadotto|cavalcavia|cornicione|parapetto|dirupo|scogliera|precipizio|burrone|torre|binari|grattacielo|scogli|falesia|strapiombo|campanile|belvedere|diga|molo|pontile|banchina|traghetto|poppa|prua|muretto|multipiano|argine|ultimo piano|all’ultimo piano|tetto del palazzo|tetto del parcheggio|tetto)',
    ],
    /** Waiting for the moment: "aspetto che faccia buio", "sto aspettando che passi il metronotte". */
    attesa: [
      '(aspetto|sto aspettando|aspettando|aspettero) (che faccia buio|il buio|che si faccia (buio|notte|sera)|la notte|che (passi|se ne vada|chiuda|finisca|se ne vadano|vadano via|chiudano|spengano|dormano) {fill5})',
    ],
    /** The last things at that place: waiting, the phone off, a goodbye sent. */
    finale: [
      '{attesa}', '(spengo|ho spento|spegnero) (il telefono|il cellulare|tutto) $', '{saluti}', 'non torno indietro', 'non tornero indietro',
      '(ho posato|ho lasciato|ho messo) (il portafoglio|le chiavi|il telefono|il cellulare|le scarpe|la giacca|i documenti) {fill4} (sulla panchina|per terra|a terra|sul muretto|sul parapetto|accanto)',
    ],
    /** Getting ready as for an occasion: the good clothes, the bed made, the room tidied. */
    preparativi: [
      '(mi sono (messa|messo)|ho messo|indosso|ho indossato) (il vestito|l’abito|i vestiti|il mio vestito|la camicia) (buono|buoni|della laurea|del matrimonio|piu bello|elegante|migliore|preferito|della festa|bianco|bianca|buona)',
      '(ho rifatto|rifatto) il letto', '(ho pulito|ho sistemato|ho messo in ordine|ho riordinato) (la stanza|la camera|la mia camera|la mia stanza|casa|tutto|la casa)',
      'mi sono (lavata|lavato|truccata|pettinata|vestita bene|vestito bene)',
    ],
    /** Only the courage missing, and it is coming: "manca solo il coraggio ma stasera arriva". */
    coraggio: [
      '(manca|mi manca|serve|mi serve) (solo|soltanto|ancora) (il coraggio|la forza|l’ultimo passo) [$] {fill3} ({soon}|{momento}) (arriva|arrivera|lo trovo|lo trovero|ce la faccio|ce la faro|viene) $',
      '({soon}|{momento}) (trovo|trovero|avro|avrò) il coraggio $',
    ],
    /** Praying to be taken: "che il signore mi chiami a sé", "di portarmi via nel sonno". */
    dioprende: [
      'mi (chiami|chiamasse|richiami|richiamasse|prenda|prendesse|porti|portasse) (a se|con se|via con se|lassu|in cielo|in paradiso)',
      'mi (porti|portasse|prenda|prendesse) via (stanotte|nel sonno|$)', 'mi (faccia|facesse|lasci|lasciasse) morire',
      '(portarmi via|prendermi con se|chiamarmi a se|farmi morire|prendermi) (stanotte|nel sonno|con se|a se|$)',
    ],
    /** Household poisons under the sink. */
    veleni: [
      'candeggina', 'varechina', 'ammoniaca', 'anticalcare', 'sgrassatore', 'detersivo', 'acido muriatico', 'disgorgante', 'idraulico liquido', 'soda caustica',
      'veleno per topi', 'topicida', 'antigelo', 'diserbante', 'insetticida', 'l’anticalcare', 'l’ammoniaca', 'l’antigelo', 'l’insetticida', 'l’acido', 'l’acido muriatico', 'quella roba (che sta)? sotto il (lavello|lavandino)', 'la roba (per pulire|sotto il lavello|sotto il lavandino)',
    ],
    /** What it does to the body, told as it happens. */
    sintomi: [
      'brucia tutto', 'mi brucia (dentro|la gola|lo stomaco|tutto)', 'brucia (dentro|la gola)', 'non riesco a stare in piedi', 'non sto in piedi',
      'mi gira (tutto|la testa)', 'gira tutto', 'sto vomitando', 'vedo (sfocato|doppio|tutto nero)', 'mi sento svenire', 'sto svenendo', 'mi sento andare',
      'non sento piu (le gambe|le braccia|le mani)', 'non riesco a respirare', 'faccio fatica a respirare', 'il cuore (batte fortissimo|impazzisce|va a mille)',
    ],
    /** Hiding the marks: long sleeves in summer, plasters, make-up over them. */
    coprire: [
      'manica lunga', 'maniche lunghe', 'cerotti', 'cerotto', '(coprire|nascondere|copro|nascondo) (le braccia|i polsi|le cosce|i segni|i tagli|le cicatrici)',
      '(fondotinta|correttore|trucco) (sopra|per coprire)', '(felpa|pantaloni lunghi) (anche|pure) (ad|a|con|in) {fill1} (agosto|luglio|estate|caldo)',
    ],
  },

  families: [
    {
      // Intent stated outright: "voglio uccidermi", "mi voglio ammazzare", "voglio farla finita",
      // "sto pensando di togliermi la vita", "ho pensieri suicidi", "giuro che mi ammazzo".
      id: 'it.intent',
      tier: 'act',
      softenedBy: ['reassurance'],
      patterns: [
        '{intend} {fill1} {killinf}',
        'mi {meintend} [proprio|davvero|seriamente|sul serio] {killbare}',
        '{think} {fill2} (di|a|ad) {killinf}',
        '{killnow}', 'la (voglio|vorrei|devo|volevo|vojo) fare finita',
        // "mi sparo" is mostly a joke ("se devo rifarlo mi sparo"): only with timing or swearing.
        '(stasera|stanotte|oggi|domani|adesso|ora|giuro che|giuro|prima o poi|quasi quasi|un giorno di questi) mi sparo',
        'mi sparo (stasera|stanotte|oggi|domani|adesso|giuro) $',
        '(pensieri|pensiero|idee|idea|ideazione|istinti|tendenze|impulsi|intenti|pulsioni) (suicidi|suicida|suicide|suicidari|suicidaria)',
        '(pensieri|pensiero|idee|idea) di (suicidio|uccidermi|ammazzarmi|farla finita|togliermi la vita)',
        '[il] suicidio (in|nella) (testa|mente)',
        // Timing and a decision taken: "stanotte lo faccio, ho deciso".
        '{soon} lo (faccio|faro) {fill3} (ho deciso|ho gia deciso|e deciso|ormai ho deciso|ho preso la decisione|non torno indietro)',
        '(ho deciso|ho gia deciso|e deciso|ormai ho deciso|non torno indietro) {fill3} {soon} lo (faccio|faro)',
        '(sono|mi sento|sentirmi|sto diventando|torno a essere) [molto|un po|tanto|di nuovo|proprio] suicida',
        '(tentato|tentativo di|tentativi di) suicidio', '(ho tentato|tentare|tentero) il suicidio',
        '{think} {fill2} (al|il|del|sul) suicidio',
        '(il suicidio|suicidarmi|uccidermi|ammazzarmi|farla finita|togliermi la vita) (e|sarebbe|mi sembra|sembra) {fill2} (l’unica|unica|la sola|la migliore|una) (soluzione|via|via d’uscita|cosa|strada|opzione|scelta|risposta)',
        'come (uccidermi|ammazzarmi|suicidarmi|togliermi la vita|morire senza dolore|morire velocemente|farla finita)',
        '(sono|mi sento) (pronta|pronto) a (morire|farla finita)',
      ],
    },
    {
      // A mention of suicide with no stated intent: "il suicidio", "si è suicidato".
      id: 'it.suicide-mention',
      tier: 'cue',
      patterns: ['suicid*', 'sucid*', 'suicidarm*'],
    },
    {
      // Wishing to be dead or gone: "vorrei morire", "non voglio più vivere",
      // "vorrei addormentarmi e non svegliarmi più", "vorrei sparire per sempre".
      id: 'it.passive-wish',
      tier: 'cue',
      patterns: [
        '{longing} {fill2} {death}',
        '{longing} {fill2} (dormire|addormentarmi|chiudere gli occhi) {fill3} per sempre',
        'non (voglio|ho voglia di|ho piu voglia di|mi va di|mi va piu di|riesco a|riesco piu a|ce la faccio a|ce la faccio piu a) {fill1} (vivere|esistere|svegliarmi|andare avanti|continuare a vivere|stare al mondo|stare qui|essere qui|essere viva|essere vivo)',
        'non ho (piu )?(voglia|motivo|motivi|ragione|ragioni|forza|forze) (di|per) (vivere|andare avanti|continuare|svegliarmi|esistere)',
        '(stanca|stanco|stufa|stufo|esausta|esausto|mi sono rotta|mi sono rotto|mi sono stufata|mi sono stufato|ne ho abbastanza|sono stufa|sono stufo|mi sono rotta le palle|mi sono rotto le palle|mi sono stancata|mi sono stancato|sfinita|sfinito|stremata|stremato) (di|della) (vivere|esistere|questa vita|la vita|vita|svegliarmi|respirare|essere viva|essere vivo|stare al mondo|stare in questo mondo|essere al mondo|essere ancora qui|essere ancora viva|essere ancora vivo|svegliarmi ogni mattina|sopravvivere|tirare avanti)',
        '(la|la mia) vita non ha [piu] (senso|significato)', 'niente ha (piu )?senso $',
        'che senso ha (vivere|la vita|andare avanti|continuare|svegliarmi|tutto questo|esistere|alzarmi|stare al mondo|la mia vita)',
        'non (ha|vedo|trovo|c’è|c’e) [piu] [nessun|il|un|alcun] senso [di|nel|a|ad|in|nella] (vivere|andare avanti|continuare|esistere|svegliarmi|alzarmi|la vita|stare al mondo)',
        '(pensieri|pensiero|idee) di (morte|morire)',
        'a che (serve|servirebbe|mi serve) (vivere|andare avanti|continuare|svegliarmi|tutto questo|la vita|alzarmi)',
        'non (c’è|c’e|ce|ho) [piu] (niente|nulla|nessuno) per cui (vivere|valga la pena|andare avanti)',
        'non ne posso piu (di vivere|della vita|di questa vita|di esistere|di stare al mondo)',
        '(la vita )?non vale la pena [di] (vivere|andare avanti|continuare|viverla)', 'la vita non vale la pena',
        'meglio morire che (vivere|continuare|soffrire|stare cosi|andare avanti)',
        '(me ne vado|me ne andro|vado via) per sempre $',
        'non merito di (vivere|esistere|stare al mondo|essere qui|essere viva|essere vivo)', 'merito di morire',
        '(sarebbe|sarebbe tutto|tutto sarebbe) [molto] (meglio|piu facile|piu semplice|un sollievo) {fill4} (se|che) {fill2} {died}',
        '(sarebbe|e) [molto|tutto] (meglio|piu facile|piu semplice|un sollievo) (non esserci|non esserci piu|non esistere|morire|sparire|non svegliarmi|farla finita|essere morta|essere morto)',
        '(sarebbe|sarei|starei|sto) meglio (morta|morto)', 'meglio (morta|morto) che',
        '(magari|spero che|se solo) mi (investa|investe|investisse|prendesse|prenda|venisse|venga) {fill3} (macchina|camion|treno|auto|tram|autobus|infarto|fulmine|malattia)',
        '(se|magari|spero che) {fill2} mi (investisse|investe|investa|prendesse|venisse|uccidesse|colpisse|cadesse addosso|mette sotto|mettesse sotto|metta sotto|prende sotto|prendesse sotto|viene addosso|venisse addosso|ammazzasse) {fill8} (favore|meglio|sollievo|pace|risolverebbe|non mi dispiacerebbe|pazienza|amen|tanto meglio)',
        '(dormire|addormentarmi|chiudere gli occhi) e non (svegliarmi|risvegliarmi|riaprirli) [piu|mai piu]', 'non svegliarmi (piu|mai piu|domani)',
        '(penso|pensando|sogno|fantastico|immagino) {fill2} (a|di|alla) (morire|la morte|morte|essere morta|essere morto|non esistere|sparire per sempre|non svegliarmi)',
        '(morire|la morte|non esistere|essere morta|essere morto) (sarebbe|mi sembra|sembra) {fill2} (sollievo|liberazione|pace|riposo|soluzione|bello|bella|meglio|dolce)',
        '(aspetto|aspettando) (la morte|di morire|che finisca tutto)',
        'non (mi interessa|mi importa|me ne frega) (se|di) (muoio|morire|vivere|vivo o muoio|morissi)',
        '(vivere o morire|se vivo o muoio) (e|per me e) (uguale|lo stesso|indifferente)',
        '{longing} (morì|mori)',
        // "non voglio più esserci", "proprio non voglio piu esserci"
        '(non|nn) (voglio|vorrei|voglio proprio|ho voglia di) [piu] (esserci|esserci piu|stare qui|restare qui|rimanere qui|rimanere al mondo)',
        // "vorrei addormentarmi e non pensare più a niente, per sempre"
        '{longing} {fill2} (dormire|addormentarmi|chiudere gli occhi|spegnermi) (e|per) (non|nn) (pensare|sentire|provare) [piu|mai piu] [a] [niente|nulla] [$] per sempre',
        // "a volte penso a come sarebbe farla finita"
        '{think} {fill2} (a come sarebbe|come sarebbe|a cosa succederebbe se|a quanto sarebbe facile|a come) {fill1} ({killinf}|{death}|non esserci|non esserci piu)',
        // "spero che mi venga qualcosa di brutto così almeno finisce tutto", "se sbandassi non sarebbe poi così male"
        '{malanno} {fill6} [$] {fill3} {pazienza}',
        '(spero|speravo|magari|vorrei|prego) [che] {malanno}',
      ],
    },
    {
      // Being a burden: "starebbero tutti meglio senza di me", "sono solo un peso".
      id: 'it.burden',
      tier: 'cue',
      patterns: [
        '{everyone} {fill2} (starebbero|starebbe|staranno|stareste|stanno|state|sta|sarete|vivrebbero|vivrebbe|sarebbero|sarebbe|sareste|saranno) [molto|tutti] (meglio|piu felici|piu felice|piu tranquilli|piu tranquilla|piu tranquillo|bene) senza (di me|me)',
        '(starebbero|starebbe|stareste|staresti|staranno|stanno|state|stai|vivrebbero|sarebbero|sareste|sarebbe) {fill2} (meglio|piu felici|piu felice|piu tranquilli|bene) senza (di me|me)',
        '(meglio|piu felici|piu felice|piu facile) senza (di me|me) (qui|al mondo|tra i piedi|in giro|intorno)',
        '(sono|mi sento|sono sempre stata|sono sempre stato) [solo|soltanto|sempre] (un peso|un fardo|di peso|d’intralcio|una zavorra|un disturbo|un problema per tutti)',
        '(peso|fardo|zavorra) per (tutti|la mia famiglia|i miei|gli altri|tutti quanti|chi mi sta vicino|chi mi vuole bene|mia {family})',
        '{nobody} (se ne accorgerebbe|se ne accorgera|noterebbe|mi rimpiangerebbe|sentirebbe la mia mancanza|sentira la mia mancanza|mi rimpiangera|piangera|piangerebbe|verrebbe al mio funerale|ci farebbe caso|mi cercherebbe)',
        '(a nessuno|nessuno) (importerebbe|importa|frega|fregherebbe|interesserebbe|mancherei|interessa) (se|che) {fill2} {died}',
        '(se|quando) {fill1} {died} {fill3} {nobody} (se ne accorgerebbe|se ne accorgera|noterebbe|ci farebbe caso|piangerebbe)',
        '(tra poco|presto|fra poco|a breve|ancora per poco|tranquilli|tranquille) {fill2} non (daro|saro|sarò) piu (fastidio|un peso|un problema|di peso|problemi|di intralcio)',
        'non daro piu (fastidio|problemi|disturbo) a nessuno',
        'sono uno spreco di (spazio|ossigeno|aria|vita)',
        '{everyone} {fill2} (starebbero|starebbe|vivrebbero|vivrebbe|sarebbero|sarebbe|sareste) [molto|tutti] (meglio|piu felici|piu felice|piu tranquilli|piu sereni) se {fill1} {died}',
        '(sono|mi sento) [solo|soltanto|sempre] (di troppo|d’intralcio|in piu)',
        'a chi (importerebbe|importa|mancherei|fregherebbe|interesserebbe) (se|che) {fill1} {died}',
      ],
    },
    {
      // Hopelessness and being unable to go on: "non ce la faccio più a vivere così", "non c’è via d'uscita".
      id: 'it.hopeless',
      tier: 'cue',
      patterns: [
        '(non|nn) ce la faccio [davvero|proprio|veramente|piu] [piu] $ ... (non|nn) ce la faccio',
        '(non|nn) ce la faccio [davvero|proprio|veramente] piu $',
        'non ce la faccio piu (a vivere|ad andare avanti|a continuare|con questa vita|a sopportare|a stare cosi|a stare al mondo)',
        'non (reggo|sopporto) piu (questa vita|la vita|di vivere|di esistere|di svegliarmi)',
        'non (c’è|c’e|ce|vedo|trovo|esiste) [piu] [nessuna|una|alcuna] (via d’uscita|via di uscita|speranza|futuro|uscita|scampo) [per me]',
        '(nessuna|senza) (via d’uscita|via di uscita|speranza|scampo)',
        'non (andra|migliorera) mai (meglio|bene)', 'non staro mai (bene|meglio)', 'niente (cambiera|migliorera|andra meglio) $',
        '(ho perso|non ho piu) (ogni|nessuna) speranza', 'mi arrendo (alla vita|con la vita|a tutto)', 'ho rinunciato a (vivere|tutto|me stessa|me stesso)',
      ],
    },
    {
      // Calm-down statements that speak of the thought ("tranquilla, non faccio cazzate",
      // "ho paura di fare una cazzata"): not in danger now, but the thought is there: a cue.
      id: 'it.safety-talk',
      tier: 'cue',
      patterns: [
        '(tranqui|tranquilla|tranquillo|tranquilli|state tranquilli|stai tranquilla|stai tranquillo|non preoccuparti|non vi preoccupate|non preoccupatevi|promesso|giuro) {fill2} non (faccio|faro|farei) (niente $|nulla $|cazzate|stupidaggini|sciocchezze|niente di stupido|niente di male|niente di grave|gesti estremi)',
        'non (faccio|faro|farei) (cazzate|stupidaggini|sciocchezze|gesti estremi|niente di stupido|niente di estremo)',
        'paura di fare (una|qualche) (cazzata|stupidaggine|sciocchezza|follia)',
        '{soon} (faccio|faro) (una cazzata|qualche cazzata|una follia|una stupidaggine) $',
        // "non lo farei mai per i miei, però ci penso più di quanto dovrei"
        '{nego} ... {cipenso}',
        // "ieri sul ponte ci sono rimasto un bel po' a guardare giù"
        '(sul|sulla|sullo|al|alla|in cima al|in cima alla|sopra il|sopra la) {height} {fill6} [$] {fill3} (guardare giu|guardando giu|a guardare giu|guardare di sotto|guardare sotto|guardare il vuoto|guardando il vuoto|fissare il vuoto|fissando il vuoto|fissare l’acqua)',
        // "vorrei disattivare l'account... quello della vita intendo"
        '(disattivare|disattivo|cancellare|cancello|chiudere|chiudo|eliminare|elimino|disdire|disdico) {fill2} (account|l’account|profilo|il profilo|abbonamento|l’abbonamento) ... (della vita|alla vita|con la vita|dalla vita|dell’esistenza|di vivere)',
      ],
    },
    {
      // Goodbye and final messages: "questo è un addio", "quando leggerai questo non ci sarò più",
      // "dite a mia madre che le voglio bene", "prendetevi cura del mio gatto", "perdonatemi".
      id: 'it.goodbye',
      tier: 'act',
      patterns: [
        '(questo|questa|questo messaggio) (e|sara) (un|il mio|l’ultimo|il) (addio|ultimo saluto|saluto finale)',
        '(questo|questa) e (il mio|l’ultimo|la mia) (ultimo messaggio|messaggio|ultima lettera)', 'il mio ultimo messaggio $',
        '(mio|mia) (ultimo|ultima) (messaggio|saluto|lettera) (per|a) (voi|tutti|te)',
        'addio (a tutti|a tutte|per sempre|mondo|mondo crudele|a voi|ragazzi|a tutti quanti|vita|famiglia|amici)',
        'grazie (di|per) tutto {fill4} addio', '(vi voglio bene|ti voglio bene|vi amo) {fill3} addio',
        '(quando|se) (leggerai|leggerete|leggi|leggete|troverai|troverete|vedrai|vedrete|riceverai|riceverete) (questo|questo messaggio|queste righe|questa lettera|il messaggio|questo biglietto) {fill4} (non ci saro|saro gia|saro morta|saro morto|saro lontana|saro lontano|me ne saro|non saro piu|saro in pace)',
        'non ci saro piu (domani|$|per nessuno)', 'io non ci saro piu',
        'non mi (vedrete|vedrai|sentirete|sentirai) (piu|mai piu)', 'non sentirete piu parlare di me',
        '(dite|di|dica|ditelo|dillo|ditele|ditegli|digli|dille) (a|al|alla|ai|alle) (mia|mio|miei|mie) {fill1} {family} che {fill4} (le voglio bene|gli voglio bene|voglio bene|mi dispiace|la amo|lo amo|li amo|le amo|scusa|perdonatemi|perdonami|non e colpa|non e stata colpa|ho fatto del mio meglio|sono in pace)',
        '(prendetevi|prenditi|prendete|prendi|abbiate|abbi) cura (del mio|della mia|dei miei|delle mie|di mia|di mio) (gatto|gatta|gattino|cane|cagnolino|cagnolina|gatti|cani|piante|animali|fratellino|sorellina|figli|figlio|figlia|mamma)',
        '(ho lasciato|lascio|ho scritto|sto scrivendo|vi ho lasciato) (una|delle|la|le|un) (lettera|lettere|biglietto|biglietti) (per|a|ai|alle) (ognuno|ciascuno|i miei|mia|mio|tutti|voi|la mia famiglia|mamma)',
        '(lettera|lettere|biglietto|biglietti|messaggio|messaggi|video) (d’addio|di addio|suicida|suicide)',
        '(perdonatemi|perdonami per tutto|scusatemi per tutto|chiedo perdono a tutti|vi chiedo scusa per tutto|vi chiedo perdono per tutto)',
        '(nessuno|non) {fill2} (sentire|sentirsi|sentirvi|sentirti) in colpa', 'non (date|dare) la colpa a nessuno', 'non (incolpatevi|incolpare nessuno)',
        '(ho preso|ho fatto) la mia decisione {fill4} (pace|addio|colpa|saluto)',
        'ci vediamo (nell’altra vita|dall’altra parte|in un’altra vita|lassu|in paradiso)',
        '(vi|ti) lascio (tutte le mie cose|le mie cose|tutto quello che ho|tutta la mia roba)',
        // Affairs put in order for after: "la password del telefono è nel cassetto, servirà dopo".
        '(password|pin|codice|codici|chiavi|testamento|conti) {fill8} [$] (servira dopo|serviranno dopo|vi servira|vi serviranno|per dopo|quando non ci saro)',
        '(ho scritto|ho lasciato|ho finito|ho gia scritto|scritta) (la|una|le|mia|delle) (lettera|lettere|biglietto|biglietti) {fill4} (sul tavolo|sulla scrivania|nel cassetto|sul letto|sul comodino|in camera mia|sul frigo|in cucina)',
        '(ho regalato|ho dato via|sto regalando|regalo) (il mio|la mia|il|la|i miei|le mie|tutte le mie|tutta la mia) (gatto|gatta|cane|cagnolino|animali|cose|roba)',
        '(tanto|ormai) non mi (servono|serve|serviranno|servira) piu $', 'dove vado non mi (servono|serve|serviranno|servira)',
        'prima di (andarmene|andare via|sparire|morire|farla finita) (per sempre|da questo mondo|$)',
        'questa e la mia ultima (notte|sera|volta che)',
        '(oggi|stasera|stanotte) e la mia ultima (notte|sera|giornata) (da viva|da vivo|al mondo|su questa terra|$)',
        '(quando|se) mi (troverete|troverai|trovano|troveranno|trovera) {fill3} (troppo tardi|gia morta|gia morto|non ci saro|sara tardi)',
      ],
    },
    {
      // Self-harm done or under way: "mi sono tagliata di nuovo", "mi sono tagliato i polsi",
      // "mi sono bruciata il braccio con l'accendino", "ricaduta, ero a 3 mesi pulita".
      id: 'it.self-harm-act',
      tier: 'act',
      softenedBy: ['urge'],
      patterns: [
        '{cutdone} (di nuovo|ancora|stanotte|stasera|ieri|ieri sera|oggi|stamattina|apposta|di proposito|volontariamente|per sentire|fino a sanguinare|piu a fondo|profondo|$)',
        '{hurtdone} (a sangue|fino al sangue)',
        // "mi sono presa a pugni finché non mi è uscito il sangue"
        '{hurtdone} {fill6} (finche|fino a quando|fino a che) [non|nn] {fill4} (sangue|sanguinare|sanguinava|sanguinato)',
        // "ricaduta. dopo 4 mesi." (the word alone, then the clean time)
        '^ (ricaduta|ricaduto|ho ceduto|ceduto|ci sono ricascata|ci sono ricascato|ricascata|ricascato) $ ... (dopo|ero a|ero pulita da|ero pulito da|pulita da|pulito da) [{number}|un|una|due|tre|quattro|cinque|sei|sette|otto|nove|dieci] (giorni|settimane|mesi|anni|anno|mese)',
        '{hurtdone} [di nuovo|ancora] (apposta|di proposito|volontariamente|per sentire|fino a sanguinare|per punirmi|di nuovo|ancora)',
        '({cutdone}|{hurtdone}) (i|il|le|la|l’|sul|sulla|sui|sulle|al|alla|gli) {body}',
        '({cutdone}|{hurtdone}) {fill3} con (il|la|un|una|lo|gli|le|l’) {blade}',
        '(ho ricominciato|ricominciato|sono tornata|sono tornato|ricomincio|ho ripreso|riprendo|di nuovo) (a|ad) (tagliarmi|farmi del male|farmi male|autolesionarmi|bruciarmi|ferirmi)',
        '(ho ricominciato|ricominciato|ho ripreso|ricaduta|sono ricaduta|sono ricaduto|ricaduto|ricaduta) (con l’|con|nell’|nel) (autolesionismo|tagli|la lametta|le lamette|tagliarmi)',
        '{cutdone} (da anni|da mesi|da tempo|ogni sera|ogni notte|ogni giorno|spesso|tutti i giorni|tutte le sere)',
        '{body} (piene|pieni|piena|pieno) di (tagli|cicatrici|bruciature|ferite|segni)',
        '(pulita|pulito) da {fill2} (ma|e) {fill3} (ceduto|ricaduta|ricaduto|rovinato|tagliata|tagliato)',
        '(tagli|ferite|bruciature|segni|cicatrici) (nuovi|nuove|freschi|fresche|recenti) (sul|sulla|sui|sulle|sull’) {fill1} {body}',
        '(fino a|finche non|finche) {fill2} (sanguinare|sanguinava|ho sanguinato|sanguinato|usciva sangue|e uscito sangue|sanguinavano)',
        '(ricaduta|sono ricaduta|sono ricaduto|ho avuto una ricaduta) {fill6} (tagli*|autolesion*|lametta|pulita|pulito|senza tagliarmi|farmi del male)',
        '(ero a|ero arrivata a|ero arrivato a|erano|avevo fatto|stavo a|ero a quota) {fill1} (giorni|settimane|mesi|mese|anno|anni) (senza tagliarmi|pulita|pulito|senza farmi del male|senza autolesionismo|senza ricadute)',
        '(giorni|settimane|mesi|anni) (pulita|pulito|senza tagliarmi) {fill4} (ricaduta|ricaduto|rovinato|buttato|perso|finito)',
        '(ho preso|prendo|presa|preso) a pugni (il muro|la parete|la porta|lo specchio|me stessa|me stesso) {fill4} (apposta|fino|finche|per sentire|di proposito)',
        '(ho sbattuto|sbatto|sbattere) la testa (contro|al|sul) (il muro|muro|la parete|parete) {fill3} (apposta|fino|finche|per sentire)',
      ],
    },
    {
      // Self-harm urges: "ho voglia di tagliarmi", "voglio farmi del male", "la voglia di tagliarmi è tornata".
      id: 'it.self-harm-urge',
      tier: 'cue',
      patterns: [
        '({intend}|{longing}) {fill2} {woundinf}',
        'mi {meintend} {fill1} {woundbare}',
        '(voglia|bisogno|impulso|impulsi|tentazione|desiderio) {fill2} (di|a) {fill1} ({woundinf}|autolesion*)',
        '{think} {fill2} [a|di] ({woundinf}|autolesion*)',
        'autolesion*', 'l’autolesion*', 'dell’autolesion*', 'all’autolesion*', 'autolesiv*', 'cutting', 'automutil*',
        'mi (faro|farei|faccio|sto per fare) (del male|male) [da sola|da solo|apposta]',
        'merito di (soffrire|sanguinare|stare male|provare dolore)',
        '(mi manca|mi mancano|mi manca tanto) (tagliarmi|farmi del male|farmi male|la lametta|le lamette|i tagli)',
        '(cerco di|cercando di|provo a|sto provando a|resistere|resistendo|per|riuscire a) non {woundinf}',
      ],
    },
    {
      // Plans, means, timing, an act under way or done: "ho preso tutte le pillole",
      // "sono sul tetto", "ho comprato una corda", "mi butto dal ponte", "ho messo da parte le pastiglie".
      id: 'it.plan-means',
      tier: 'act',
      patterns: [
        // pills
        '(ho preso|ho ingoiato|ho mandato giu|mi sono presa|mi sono preso|ho buttato giu|sto prendendo|ho gia preso|ho appena preso|ho inghiottito) {many} {fill3} {pills}',
        '(ho preso|ho ingoiato|ho mandato giu|ho inghiottito) (una|la|un|il|tutta la|tutto il) (scatola|boccetta|flacone|blister|confezione) (intera|intero|completa|completo|di)',
        '(fatto|fatta|l’ho fatto|ormai e fatta|e fatta|ho fatto) {fill2} (ho preso|ho ingoiato|ho mandato giu|ho bevuto|ho inghiottito) (tutto|tutte|tutti) $',
        '(le ho prese|li ho presi|le ho ingoiate|li ho ingoiati) (tutte|tutti)',
        '(ho messo da parte|metto da parte|sto mettendo da parte|sto accumulando|ho accumulato|accumulo|conservo|sto conservando|ho conservato|tengo da parte|ho nascosto|sto nascondendo|ho raccolto|raccolgo|sto raccogliendo) {fill2} {pills}',
        '{pills} (da parte|nascoste|nascosti|pronte|pronti|contate|contati)',
        '^ {pills} (tutte|tutti) [prese|presi|ingoiate|ingoiati|gia] $',
        '(quante|quanti|quanta|quanto) {fill3} (per|servono per|ci vogliono per|bisogna prendere per|devo prendere per) (morire|uccidermi|ammazzarmi|non svegliarmi|essere letale|farla finita)',
        '(dose|quantita) (letale|mortale)', '(ho fatto|ho preso|farmi|prendere|fare|mi sono fatta|mi sono fatto) (una|un) overdose',
        '(ho mischiato|ho mescolato|ho preso|ho bevuto|mischiare|prendere) (alcol|alcool|vino|superalcolici) (e|con|insieme a|insieme alle|insieme ai) (farmaci|pillole|psicofarmaci|pastiglie|sonniferi|gocce)',
        '(farmi|mi faccio|mi farei|mi faro|mi voglio far|mi voglio fare|mi vorrei far|mi vorrei fare|mi vado a far|mi vado a fare) investire',
        '(pistola|arma|rivoltella) {fill6} (usarla su di me|usarla contro di me|spararmi|usarla)',
        '{intend} {fill1} (prendere|ingoiare|mandare giu) (tutte|tutti|tutto|tutta la scatola|la boccetta|un’overdose)',
        '(stanno|sta|stanno gia) (facendo effetto|iniziando a fare effetto|cominciando a fare effetto)',
        // rope, guns
        '(ho comprato|comprato|ho trovato|ho gia|ho una|mi sono procurata|mi sono procurato|ho preso) (una|la) (corda|pistola|arma|rivoltella)',
        '(il|un) cappio', '(la|una) corda (pronta|e pronta|e gia pronta|e legata|e appesa)',
        'in mano (le|la|il|una|un) ({pills}|lametta|lama|corda|pistola|coltello|rasoio)',
        '(la|una|il|le|un) (lametta|lama|rasoio|corda|pistola|coltello|pillole|pastiglie) in mano', '{pills} in mano',
        '(ho aperto|apro|aprire|lascio aperto|ho lasciato aperto) il gas',
        'mi sono (messa|messo|sdraiata|sdraiato|seduta|seduto) sui binari', '(ho legato|ho preparato|ho appeso) (la|una) corda',
        '(pistola|arma) (alla|puntata alla|in) (tempia|testa|bocca)',
        // jumping, traffic
        '{intend} {fill1} {jumpinf} {from} [il|la|lo|un|una|questo|questa|quel|quella|l’] ({height}|{traffic})',
        'mi {meintend} {fill1} {jumpbare} {from} [il|la|lo|un|una|questo|questa|quel|quella] ({height}|{traffic})',
        '{jumpnow} {from} [il|la|lo|un|una|questo|questa|quel|quella] ({height}|{traffic})',
        '(voglio|vorrei|sto pensando di|penso di|sto per|devo) (buttarmi|lanciarmi|saltare|gettarmi|buttarmi giu|lanciarmi giu) $',
        '(non so se|quasi quasi) (buttarmi|saltare|lanciarmi|mi butto|salto)',
        '(sono|sto|mi trovo|seduta|seduto|in piedi) (sul|sulla|sui|sullo|in cima al|in cima alla|sul bordo del|sul bordo della|sul cornicione del|sopra il|sopra al|sopra ai) (palazzo|grattacielo|torre|tetto|cornicione|parapetto|binari|bordo|viadotto|cavalcavia|dirupo|scogliera|precipizio|bordo del balcone|terrazzo del palazzo|tetto del palazzo|ultimo piano)',
        '(sono|sto) sul ponte ($|da sola|da solo|ora|adesso|a guardare|e guardo|guardo)',
        '(guardo|guardando|fisso|fissando) (il fiume|il mare|il vuoto|giu|di sotto|i binari) {fill4} (buttarmi|saltare|stasera|stanotte|oggi|coraggio)',
        '(sdraiata|sdraiato|sdraiarmi|mi sdraio|mettermi|mi metto) sui binari',
        // timing, done
        '(ho scelto|ho deciso|ho fissato) (il giorno|la data|l’ora|il posto|come farlo|come lo faccio) (per farlo|in cui lo faccio|$)',
        '(lo faccio|lo faro|la faccio finita) {fill6} (ho|ho gia) (pianificato|organizzato|programmato|deciso|preparato) tutto',
        '(ho|ho gia) (pianificato|organizzato|programmato|preparato) tutto {fill6} (lo faccio|lo faro|la faccio finita)',
        '(lo faccio|lo faro) (stanotte|stasera|oggi|domani|sabato|domenica) {fill6} (pillole|pastiglie|corda|pianificato|deciso)',
        '(bere|ho bevuto|bevo|berro|ho ingerito|ingerire|ho inghiottito) [della|del|dell’|un po di|mezza bottiglia di|una bottiglia di] (candeggina|veleno|varechina|topicida|antigelo|acido|soda caustica)',
        '(saro|sarò) (morta|morto) (prima di|entro|per) {fill2}',
      ],
    },
    {
      // Affairs put in order and quiet farewells: "scritto i codici della banca per mio fratello",
      // "così dopo non deve impazzire", "dopo stanotte non avrò più bisogno di scriverti",
      // "ultima sigaretta, ultima alba", "chiedo scusa a chi mi troverà", "voglio che trovino tutto in ordine".
      id: 'it.goodbye-signs',
      tier: 'act',
      patterns: [
        '(scritto|lasciato|annotato|segnato|scritti|lasciati|annotati) {fill4} (codici|password|pin|credenziali|dati) (della|del|dei|delle|di) (banca|conto|conti|carta|carte|bancomat) {fill3} (per|a) (mio|mia|i miei|le mie) {family}',
        '(cosi|in modo che|perche) {fill2} (dopo|poi|quando non ci saro) {fill2} (non deve|non devono|nessuno deve|non dovra|non dovranno) (impazzire|occuparsi|preoccuparsi|pensare|sistemare|gestire)',
        'dopo (stanotte|stasera) {fill2} (non avro piu bisogno di (scriverti|te|parlarti|nessuno)|non mi sentirai piu|non avrai piu mie notizie)',
        '(ultima|ultimo) (sigaretta|caffe|birra|passeggiata|notte) ... (ultima|ultimo) (alba|tramonto)',
        '(ultima|ultimo) (alba|tramonto) ... (ultima|ultimo) (sigaretta|caffe|birra|passeggiata|notte|volta)',
        '(chiedo scusa|scusa|scusate|perdono|mi dispiace) {fill2} (a chi|per chi|a quello che|a quella che|a chiunque) mi (trovera|troverà|trovi|deve trovare|trovano)',
        '(voglio|vorrei) che (trovino|trovi|si trovi) tutto (in ordine|pulito|sistemato|a posto|in regola)',
        '(post|messaggio|mail|email|lettera) (programmato|programmata|programmati) {fill6} [$] {fill3} (non e colpa di nessuno|sapranno|capiranno|addio)',
        // all the savings handed over under a pretext, and "everything sorted": "ho girato tutti i risparmi a mia nipote ... almeno adesso è tutto sistemato"
        '(ho girato|ho trasferito|ho bonificato|ho versato|ho intestato|ho dato) (tutti i|tutti i miei|tutto il mio|tutto il) (risparmi|soldi|conto|averi) ... ((almeno|ora|adesso|cosi) [adesso|ora] (e|è) tutto (sistemato|in ordine|a posto) $|con la scusa (di|della|del|dello|che))',
        '(ho cancellato|ho eliminato|cancellato|eliminato) (tutte le chat|tutti i profili|tutti i social|tutto) {fill6} (programmat*|non e colpa di nessuno|addio)',
        '(ho abbracciato|abbracciato|sono andata a trovare|sono andato a trovare|ho chiamato) (mia|mio|la mia|il mio) {family} ... (non sa|non sanno|non sapeva|non sapevano) che (era|e stato|e stata|fosse) (l’ultimo|l’ultima|l’ultima volta|un addio)',
      ],
    },
    {
      // Plans in everyday words: means laid out, the place, the date, a past attempt, research:
      // "ho messo in fila tutte le pastiglie", "sono salito sul campanile, non c’è nessuno",
      // "poi lo faccio, la data ce l’ho", "mi hanno ripresa per un pelo", "chiuso in garage col motore acceso".
      id: 'it.plan-signs',
      tier: 'act',
      patterns: [
        '(messo in fila|messe in fila|allineato|allineate) {fill4} {pills}',
        '{pills} {fill6} [$] (aspetto che|aspettando che|sto aspettando che) (i miei|tutti|mia {family}|mio {family}) {fill2} (vadano a letto|dormano|escano|se ne vadano|partano)',
        '(sono salito|sono salita|salito|salita|sono in cima|sono sul|sono sulla|sono sopra) {fill2} (campanile|tetto|terrazzo|ponte|cornicione|torre|viadotto|cavalcavia|parapetto|scogliera|dirupo) {fill6} [$] (non c’è nessuno|nessuno sa|da qua su|da quassu|si vede tutto|nessuno mi vede|sono sola|sono solo)',
        '(lo faccio|lo faro|la faccio finita) {fill4} [$] (la data ce l’ho|ho gia la data|ho scelto la data|la data e scelta|ho deciso il giorno|il giorno e deciso)',
        '(la data ce l’ho|ho gia la data|ho scelto la data|ho deciso il giorno) {fill4} [$] (lo faccio|lo faro)',
        '(cosi|in modo che|perche) (i miei|mia madre|mio padre|nessuno|la gente) (non pensano|non pensino|non pensi|non credano|non dicano) (che sia|che e|sia) (per|colpa)',
        '(ci ho provato|ci ho gia provato|ho gia provato|ho gia tentato|ho tentato|il mio tentativo) ... (questa volta|stavolta|sta volta|la prossima volta) (non|non mi) (sbaglio|sbagliero|fallisco|falliro|salvano|salveranno|riprendono|riprenderanno|va male)',
        '(ci ho provato|ci ho gia provato|ho gia provato|ho gia tentato|ho tentato|il mio tentativo|mi hanno ripresa|mi hanno ripreso|mi hanno salvata|mi hanno salvato) ... (questa volta|stavolta|sta volta|la prossima volta|adesso|ora) {fill2} {stavolta}',
        '(sto andando|vado|sono|sto|arrivo|aspetto|mi incammino) {fill2} (stazione|binari|binario|passaggio a livello|ferrovia) ... (treno|regionale|intercity|frecciarossa|freccia|merci|diretto|espresso|italo) {fill4} (non si ferma|non ferma|non rallenta|passa senza fermarsi|passa a tutta velocita|passa veloce|tira dritto)',
        '(in macchina|in auto|parcheggio|lago|ponte|bosco|fiume|scogliera|sola|solo|da sola|da solo) {fill8} [$] {fill2} (ho|c’ho|porto|ho portato) (con me|dietro) (tutto (quello|cio) che (mi)? (serve|servira|occorre)|il necessario|tutto il necessario)',
        'lo (faccio|faro) ({soon}|{momento}) {fill6} [$] {fill2} (ho deciso|ho gia deciso|e deciso|ormai ho deciso|non torno indietro|ho preso la decisione)',
        '(ci ho gia provato|ci ho provato|ho gia provato|ho gia tentato|ho tentato) {fill6} (mi hanno ripresa|mi hanno ripreso|mi hanno salvata|mi hanno salvato|lavanda gastrica|pronto soccorso|per un pelo|rianimat*)',
        '(come|modo per|modi per) (andarmene|andarsene|morire|sparire|addormentarmi per sempre|farla finita) (senza|per non) (soffrire|dolore|sentire niente|accorgermene)',
        '(forum|google|cercato|cercando|letto|leggendo) {fill6} (come andarsene|come morire|come farla finita|il palazzo piu alto|il ponte piu alto|dose letale|quante pillole|senza soffrire)',
        '(chiuso|chiusa) in (macchina|auto) {fill4} (garage|box) {fill4} (motore acceso|col motore|con il motore)',
        '(ferma|fermo|seduta|seduto|in piedi) (sul|al|sull) (bordo|ciglio|parapetto|cornicione) {fill6} (a guardare|guardando) (giu|sotto|le macchine|il vuoto|i binari|di sotto)',
        '(guidato|ho guidato|sono andata|sono andato) fino (al|alla|alle|ai) (cavalcavia|ponte|scogliera|scogliere|viadotto|dirupo|diga|precipizio) ... (bordo|guardare giu|buttarmi|saltare)',
      ],
    },
    {
      // Passive wishes in everyday words: hoping for an illness or a car, "senza di me respirerebbero",
      // "sono un buco nero di soldi", "a che serve alzarsi, mangiare... e io meno di tutti".
      id: 'it.passive-signs',
      tier: 'cue',
      patterns: [
        '(spero|speravo|magari|prego) {fill3} (analisi|esami|biopsia|risultati|visita|tac) {fill4} (qualcosa di brutto|qualcosa di grave|un tumore|qualcosa di serio|qualcosa di incurabile|il peggio)',
        '(spero|speravo|magari|prego) {fill3} (qualcosa di brutto|qualcosa di grave|un tumore|una malattia) {fill6} (analisi|esami|biopsia|risultati|veloce)',
        '(vorrei|spero di|magari) {fill2} (avere|fare) (un incidente|una malattia)',
        'se (arriva|passa|mi prende|mi investe|mi mette sotto|mi becca) (una|un) (macchina|auto|camion|tram|autobus|treno|moto) {fill2} (pazienza|meglio|amen|tanto meglio|non mi importa|chissenefrega|va bene)',
        '(attraverso|attraversare|attraversando) {fill4} non (guardo|guardavo) (piu|mai)',
        '(prego|chiedo a dio|prego dio) {fill2} (di non svegliarmi|di morire|che mi prenda|di portarmi via)',
        'senza di me {fill2} (respirerebbero|respirerebbe|starebbero|starebbe|vivrebbero|vivrebbe|sarebbero|sarebbe|avrebbero|avrebbe) {fill2} (meglio|in pace|tranquill*|felic*|una vita|finalmente|$)',
        'sono (un buco nero|un pozzo senza fondo|solo una spesa|una spesa|un costo) (di|per) (soldi|problemi|tutti|loro)',
        '(a che serve|a cosa serve) (alzarsi|alzarmi|mangiare|svegliarmi|svegliarsi|vivere|lavarsi) {fill4} [$] {fill2} (niente serve|a che serve|a cosa serve)',
        '(niente|nulla) (serve a niente|ha senso|serve a nulla|vale la pena) e io (meno di tutti|ancora meno|meno|per primo|per prima)',
      ],
    },
    {
      // Words coined to get past filters and emoji as words: "mi disiscrivo dalla vita",
      // "⚰️⚰️ stanotte", "💊 già pronte", "penso solo a farla finita".
      id: 'it.coded',
      tier: 'act',
      softenedBy: ['reassurance'],
      patterns: [
        '(disiscrivermi|mi disiscrivo|disiscrivo|cancellarmi|mi cancello|disattivarmi|mi disattivo|annullare il mio abbonamento) (dalla vita|da questo mondo|dall’esistenza|dal mondo)',
        '{intend} {fill1} (coffin|bara) (gia|oggi|stasera|stanotte|adesso|$)',
        '(coffin|bara) [coffin|bara] {soon}',
        '^ {pills} [{pills}] [{pills}] (gia pronte|gia pronti|pronte|pronti|in mano)',
        '(penso solo a|penso solo di|non penso ad altro che a|penso sempre a) {killinf}',
        '{killinf} (e|è l’unica cosa) {fill3} (a cui penso|che penso|che ho in testa)',
      ],
    },
    {
      // Parting words beside being gone after or affairs put in order, across sentences: "mamma ti
      // voglio bene, scusami per quello che sto per fare", "è l'ultima volta che mi sentite, vi
      // voglio bene", "ho lasciato il gatto a mia sorella, non torno più".
      id: 'it.goodbye-words',
      tier: 'act',
      patterns: [
        '({saluti}|{cortesia}) ... {dopo}', '{dopo} ... ({saluti}|{cortesia})', '{sistemare} ... ({saluti}|{cortesia}|{dopo})', '({saluti}|{cortesia}|{dopo}) ... {sistemare}',
        '{saluti} ... {momento} me ne vado [per sempre] $',
      ],
    },
    {
      // Plans told by the place, the time and the means together, without a verb of intent: "aspetto
      // il prossimo treno e mi butto", "dopo il turno vado al ponte, ho deciso", "stanotte quando
      // dormono tutti prendo tutto", "la vasca è piena e la lametta qui accanto", "ho buttato giù
      // tutto con la vodka", "sul bordo della scogliera, devo solo andare avanti".
      id: 'it.plan-scene',
      tier: 'act',
      softenedBy: ['reassurance'],
      patterns: [
        '(aspetto|aspettando|sto aspettando|aspettare) {fill2} {traffic} {fill3} (e mi butto|per buttarmi|mi butto|e salto|per saltare|e mi lancio|per lanciarmi|e mi ci butto|e mi ci lancio)',
        '(vado|andro|salgo|torno|corro|guido|vado fino) (al|alla|sul|sulla|in cima al|in cima alla|fino al|fino alla) {height} {fill4} [$] {fill2} ({deciso}|per buttarmi|e mi butto|per saltare|e salto|per farla finita|per farlo)',
        '{deciso} {fill4} [$] {fill2} (vado|andro|salgo|torno|corro|guido) (al|alla|sul|sulla|in cima al|in cima alla|fino al|fino alla) {height}',
        '({momento}|{soon}) {fill4} (prendo|ingoio|mando giu|butto giu|mi prendo|mi butto giu|mi sparo|mi calo) {tuttopills}',
        '(prendo|ingoio|mando giu|butto giu) {tuttopills} {fill3} ({momento}|{soon})',
        '(ho preso|ho ingoiato|ho mandato giu|ho buttato giu|ho inghiottito|preso|ingoiato|buttato giu|mandato giu) (tutto|tutte|tutti|{many} {farmaco}|tutta la scatola|tutto il flacone) {fill3} (con|e|insieme a|insieme alla|insieme al) {fill2} {alcol}',
        '(riempito|riempio|riempire|preparato|preparo) (la vasca|un bagno|il bagno) {fill8} (lametta|lamette|lama|taglierino|phon|asciugacapelli|tostapane|{pills})',
        '(lametta|lamette|lama|taglierino|phon|asciugacapelli|tostapane) {fill6} (vasca|nella vasca|accanto alla vasca)',
        '(sul|al) (bordo|ciglio) (della|del|dello|di un|di una) {height} {fill4} [$] {fill2} (devo solo|basta|mi basta|manca solo|solo un passo|un passo) {fill2} (andare avanti|accelerare|saltare|buttarmi|lasciarmi andare|fare un passo|lanciarmi)',
        '{farmaco} {fill3} (pronte|pronti|contate|contati|da parte|nascoste|nascosti|in fila|allineate)',
        '(rubato|rubate|preso di nascosto|prese di nascosto|fregato|fregate|messo da parte|nascosto) {fill2} {pills} (di|della|del|dei) (mia|mio|miei|nonna|nonno|mamma|papa) {fill4} [$] {fill2} (ne ho|sono|in tutto) {fill1} ({many}|una ventina|una trentina|una quarantina|una cinquantina|un centinaio)',
      ],
    },
    {
      // Plans told quietly: a place scouted where no one goes and a day chosen, walking to the pier with
      // no turning back, savings spent on "what I was missing", the anniversary chosen as the day, a
      // past rescue and this time the door locked, the children sent away and everything ready, a
      // scheduled message and the phone off, a car rented and "that place" saved on the satnav.
      id: 'it.plan-quiet',
      tier: 'act',
      softenedBy: ['reassurance'],
      patterns: [
        '{luogo} ... {isolato} ... (ho scelto|ho deciso|ho fissato|ho segnato|lo faccio|lo faro|la faccio finita|tocca a) [per|il|di] {giorno} $',
        '(ho scelto|ho deciso|ho fissato|lo faccio|lo faro) [per|il|di] {giorno} ... {luogo} ... {isolato}',
        '(sto camminando|cammino|sto andando|sto salendo|salgo|mi avvicino|mi sto avvicinando|sono diretto|sono diretta|mi dirigo|mi sto dirigendo|sto guidando|guido|sto correndo) (verso|al|alla|sul|sulla|fino al|fino alla|in cima al|in cima alla|sulla punta del) {fill4} {luogo} ... (non torno indietro|non tornero indietro|((non torno|non tornero) piu|ho deciso|e deciso) $)',
        '(soldi|risparmi) {fill6} (da parte|messi da parte|per le vacanze|per il viaggio|del salvadanaio) ... (comprato|preso|procurata|procurato|ordinato) {fill1} (quello che|tutto quello che|cio che|il necessario|tutto il necessario|l’ultima cosa che) {fill1} (mi mancava|mi serviva|serviva|mancava|occorreva|mi manca|mi serve) $',
        '(ci siamo conosciuti|ci siamo conosciute|ci siamo incontrati|ci siamo messi insieme|ci siamo lasciati|mi ha lasciata|mi ha lasciato|il nostro anniversario|anniversario) ... (lo faccio|lo faro|la faccio finita|la faro finita|sara la fine) {fill2} (quel giorno|quella data|proprio quel giorno|lo stesso giorno|il giorno stesso) ($|cosi|almeno|e basta)',
        '(lo faccio|lo faro|la faccio finita) {fill2} (quel giorno|quella data|lo stesso giorno|il giorno stesso) {fill3} (cosi|almeno) {fill2} (ha un senso|abbia un senso|si chiude il cerchio|chiudo il cerchio|torna tutto)',
        '{salvata} ... (questa volta|stavolta|sta volta|la prossima volta|adesso|ora) {fill3} {stavolta}',
        '(ho mandato|ho portato|ho lasciato|ho affidato|mandato|portato) {fill3} (dai nonni|da mia {family}|da mio {family}|dalla nonna|dal nonno|dal padre|dalla madre|da loro padre|da loro madre) ... {soloa} {fill3} [$] {fill3} (ho preparato tutto|e tutto pronto|ho tutto pronto|ho gia tutto pronto|ho gia preparato tutto|ho gia tutto) $',
        '(ho programmato|ho gia programmato|ho impostato|ho schedulato|programmato|programmata) (il|un|una|la|dei|delle|i|le) (messaggio|messaggi|mail|email|post|lettera|lettere|vocale) ... (modalita aereo|spento il telefono|spengo il telefono|staccato il telefono|lascio il telefono) ... (esco|vado|me ne vado|parto) $',
        '(ho programmato|ho gia programmato|ho impostato|ho schedulato|programmato|programmata) (il|un|una|la|dei|delle|i|le) (messaggio|messaggi|mail|email|post|lettera|lettere|vocale) ... (non leggetelo prima|non apritelo prima|non leggetela prima|non apritela prima|non chiamatemi|non cercatemi|non venite|addio)',
        '(ho noleggiato|ho affittato|ho prenotato|noleggiato) {fill3} (macchina|auto|un’auto|moto|furgone) ... (salvato|impostato|segnato|messo) (sul|nel|su) (navigatore|gps|maps|google maps) {fill2} quel (posto|ponte|punto|dirupo|viadotto|burrone|belvedere|lago|strapiombo) {fill3} $',
      ],
    },
    {
      // Passive wishes and hopelessness in everyday words: "perché non è toccato a me" after an
      // accident, no future to picture, "se togliessi il disturbo tornerebbero sereni", no strength for
      // another day, a renewal not worth it, "manca solo che lo diventi sul serio", no longer afraid
      // of dying, the one person who keeps me here.
      id: 'it.passive-quiet',
      tier: 'cue',
      patterns: [
        '(incidente|incidenti|morto|morta|morti|muore|muoiono|tumore|malattia|schianto|disgrazia|investito|investita|funerale|attentato|terremoto|annegato|annegata) ... (perche|peccato che|magari|vorrei che|avrei voluto che|doveva|poteva) [non|nn] {fill2} (toccato|capitato|successo|toccata|capitata|successa|toccare|capitare|succedere) a me',
        'non riesco (a|ad) (immaginarmi|vedermi|pensarmi|immaginare me stessa|immaginare me stesso) (tra|fra|a|nel|da qui a) {fill2} $',
        '(dopo|oltre) {fill4} (non c’è|non ce|non c’e|non vedo) (niente|nulla) [$] [solo|soltanto] (buio|il buio|nero|il nulla|il vuoto)',
        '(il mio futuro|davanti a me) (e|è|c’è|ce) [solo|soltanto] (buio|nero|un muro nero|un buco nero|il nulla|vuoto) $',
        '(se|quando) {fill2} ({died}|togliessi il disturbo|levassi il disturbo|tolgo il disturbo|levo il disturbo|mi togliessi di mezzo|mi levassi di mezzo) {fill4} [$] {fill2} (tornerebbero|starebbero|sarebbero|vivrebbero|tornerebbe|starebbe|sarebbe|vivrebbe|potrebbero|potrebbe) {fill3} (sereni|serena|sereno|felici|felice|meglio|in pace|tranquilli|tranquilla|tranquillo|bene)',
        'non ho [piu] [la|le] (forza|forze|energia|energie) (di|per) {fill3} (un altro giorno|un’altra giornata|un altro anno|un’altra notte) (cosi|come questo|come questa|$)',
        'non ho [piu] [la|le] (forza|forze|energia|energie) (di|per) (andare avanti|continuare|vivere|resistere|lottare|tirare avanti|reggere) $',
        'sono (arrivato|arrivata|giunto|giunta) al capolinea $',
        '(perche|a che serve|a cosa serve|che senso ha) {fill3} (rinnovare|rinnovo|pagare|prenotare|iscrivermi|fare|comprare) {fill2} {futuro} {fill2} [$] {fill2} (tanto|ormai) (non|nn) (mi|ci) (servira|serviranno|servirebbe|servirebbero) [piu] $',
        '(sono|mi sento) (un fantasma|un’ombra|invisibile|trasparente|gia morta|gia morto|morta dentro|morto dentro) ... (lo|la) (diventi|divento|diventero|diventassi) (sul serio|davvero|per davvero|del tutto|per sempre)',
        '(manca solo che|manca poco che|tanto vale che) (lo|la) (diventi|divento) (sul serio|davvero|per davvero|del tutto|per sempre)',
        '(smesso|smessa) di (aver|avere) paura (di morire|della morte)', '(non ho piu|non mi fa piu) paura (di morire|della morte|morire)',
        '(morire|la morte|vivere o morire) mi (e|è) (indifferente|uguale)', 'mi (e|è) indifferente (morire|se muoio|se vivo o muoio|vivere o morire)',
        '(l’unica|la sola) (cosa|persona|ragione) che mi (trattiene|tiene qui|tiene ancora qui|lega alla vita|tiene legata|tiene legato|tiene in piedi)',
        '(solo|soltanto) (lei|lui|mia {family}|mio {family}|il pensiero di {fill2}) mi (trattiene|tiene qui|tiene ancora qui)',
        '(l’unico motivo|l’unica ragione) per cui (sono ancora qui|non l’ho ancora fatto|non l’ho fatto|resto al mondo|sono ancora viva|sono ancora vivo)',
        // ("m o r i r e è ...": the spaced letters swallow the "è", so it is optional)
        '({death}|{killinf}|la morte) [e|è|sarebbe] (l’unica cosa|la sola cosa|tutto quello|tutto cio|quello|l’unico desiderio) (che|a cui) {fill2} (voglio|vorrei|desidero|penso|sogno|cerco|chiedo|ho in testa)',
        '{longing} {fill2} {dormire} {fill4} (e|per) (non|nn) (svegliarmi|risvegliarmi|riaprire gli occhi|riaprirli) [piu|mai piu|mai]',
        '{dormire} {fill4} (e|per) (non|nn) (svegliarmi|risvegliarmi|riaprire gli occhi|riaprirli) (piu|mai piu|mai|$)',
        '(se potessi|potessi|vorrei|magari) {fill2} {dormire} {fill4} (senza che|e che) (nessuno|qualcuno) {fill2} (venga|venisse|vengano|venissero) (a cercarmi|a prendermi|a svegliarmi)',
      ],
    },
    {
      // Euphemisms for dying: joining the dead. "vado a raggiungere il nonno lassù" (act),
      // "voglio raggiungere il nonno lassù stanotte" (act: a time), "vorrei raggiungere le stelle" (cue).
      id: 'it.euphemism',
      tier: 'act',
      softenedBy: ['reassurance'],
      patterns: [
        '(vado a|andro a|sto per|sto andando a) {fill1} (raggiungere|ritrovare|riabbracciare) {cari} {fill1} {aldila}',
        '(raggiungere|ritrovare|riabbracciare) {fill2} {aldila} {fill2} ({momento}|{soon})',
      ],
    },
    {
      // The same as a wish: "voglio raggiungere il nonno lassù", "vorrei andare tra le stelle".
      id: 'it.euphemism-wish',
      tier: 'cue',
      patterns: ['({longing}|{intend}) {fill2} (raggiungere|ritrovare|riabbracciare) {fill2} {aldila}'],
    },
    {
      // Wishes for an illness, an accident, a crash, and being only a cost: "spero di prendermi una
      // malattia e andarmene in fretta", "sogno che una macchina mi investa", "spero che l'aereo
      // precipiti con me dentro", "non servo a niente, costo solo soldi ai miei".
      id: 'it.passive-wishes',
      tier: 'cue',
      patterns: [
        '({longing}|spero|magari|se potessi|prego di|sarebbe bello) {fill3} (prendermi|beccarmi|avere|venirmi|ammalarmi di|prendere|mi venisse|mi venga) {fill1} {malattia}',
        // "spero di prendermi una polmonite seria e di non guarire"
        '{malattia} {fill4} (e|per) [di] (non|nn) (guarire|guarirne|riprendermi|svegliarmi|uscirne|farcela|tornare)',
        '(malattia|tumore|cancro|incidente|infarto) {fill4} (e|per) (andarmene|morire|sparire|finire|farla finita|crepare) (in fretta|presto|velocemente|senza soffrire|$)',
        '(sogno|spero|vorrei|prego|immagino|desidero|fantastico|sognavo) {fill2} che {fill4} mi (investa|investe|investisse|travolga|travolgesse|prenda sotto|metta sotto|uccida|ammazzi|uccidesse|ammazzasse|venga addosso|venisse addosso)',
        '(aereo|l’aereo|treno|nave|traghetto|autobus|pullman|macchina) {fill3} (precipiti|precipitasse|cada|cadesse|si schianti|si schiantasse|affondi|affondasse|deragli|deragliasse|esploda|esplodesse) {fill3} (con me|me dentro|con me dentro|con me a bordo)',
        '(non servo|servo) a (niente|nulla) {fill4} [$] {fill2} (costo|faccio|porto|do|creo|causo) (solo|soltanto)? (soldi|problemi|spese|fastidio|preoccupazioni|dolore|delusioni)',
      ],
    },
    {
      // Self-harm: blows meant to hurt, a cut opened, relapse told by the blade: "mi sono data pugni
      // in testa per punirmi", "mi sono aperta il braccio", "sei mesi pulita e ho ceduto col temperino".
      id: 'it.self-harm-signs',
      tier: 'act',
      softenedBy: ['urge'],
      patterns: [
        '(mi sono|mi) (data|dato|dati|date|do|davo|tirata|tirato) [dei|delle] (pugni|schiaffi|botte|morsi|graffi|testate) {fill4} (per punirmi|apposta|di proposito|fino a|a sangue|per sentire|finche)',
        '(mi sono|mi) (aperta|aperto|squarciata|squarciato|incisa|inciso|sfregiata|sfregiato) (il|la|i|le|un|una|lo|gli) {body}',
        '(ceduto|ricaduta|ricaduto|ricominciato|crollata|crollato) {fill4} (con|col|coi|con il|con la|con le|con lo|colla) {fill1} {lamesh}',
        // "it" done again, named by the body and hidden: "ho rifatto quella cosa sulla pancia", "l'ho rifatto sulle cosce, dove non si vede"
        '(ho rifatto|rifatto|ho fatto di nuovo|ho fatto ancora|rifaccio|ho rifatto ancora|ho ricominciato con) (quella cosa|la solita cosa|quella roba|la cosa|la stessa cosa|quello) {fill2} (sul|sulla|sui|sulle|sugli|al|alla|ai|alle|nel|nella|in|dietro) {fill1} {body}',
        'l’ho (rifatto|rifatta|fatto di nuovo|fatto ancora) {fill2} (sul|sulla|sui|sulle|sugli|al|alla|ai|alle|nel|nella|in|dietro) {fill1} {body}',
        '(rifatto|di nuovo|ancora|ricaduta|tagli|tagliata|tagliato|segni) {fill4} {body} {fill3} [$] {fill2} (dove|cosi|in modo che|che tanto|perche) (non|nn) (guarda|vede|vedono|guardano|si vede|se ne accorge|nota|notano|controlla|controllano)',
      ],
    },
    {
      // The pull of the blade: "ho una voglia matta di riprendere la lametta", "la lametta mi manca".
      id: 'it.self-harm-pull',
      tier: 'cue',
      patterns: [
        '({longing}|voglia|impulso|tentazione|bisogno|mi manca) {fill3} (riprendere|ritoccare|ritrovare|tirare fuori|riprendermi) {fill1} (lametta|lamette|lama|taglierino|temperino|compasso)',
        '(lametta|lamette|la lama|il taglierino) mi (manca|mancano|chiama|chiamano)',
      ],
    },
    {
      // Not expecting to see a time ahead: "tanto io tra due anni non ci arrivo", "a natale non ci arrivo",
      // "non credo di arrivare all'estate", "non vedrò il prossimo compleanno".
      id: 'it.no-tomorrow',
      tier: 'cue',
      patterns: [
        '(tra|fra) {fill2} (anni|anno|mesi|mese|estati) {fill3} non ci (arrivo|arrivero|saro|saro piu) $',
        '(tanto|ormai|io|sicuro|sicuramente|comunque) {fill2} (a|al|alla|all’|ai|agli|fino a|fino al|fino alla|fino ai) {fill1} {traguardo} {fill2} non ci (arrivo|arrivero|saro|saro piu) $',
        'non (credo|penso) di (arrivare|vivere|campare|esserci|restare|vedere) (fino)? (a|al|alla|all’|ai|agli)? {fill1} {traguardo} [sinceramente|onestamente|davvero|ormai|comunque|eh|raga|ragazzi] $',
        'non (arrivero|vedro|ci arrivero|ci saro) (mai)? (a|al|alla|all’|ai|agli)? {fill1} {traguardo} [sinceramente|onestamente|davvero|ormai|comunque|eh|raga|ragazzi] $',
        // "spero che mi restino pochi anni", "faccio il conto degli anni che mi restano e spero che siano pochi"
        '(spero|speriamo|magari|mi auguro|prego) {fill2} [che] [mi] (restino|resti|rimangano|rimanga|manchino|manchi) {fill1} (pochi|poco|pochissimi|pochissimo|poche) (anni|giorni|mesi|tempo|da vivere|settimane)',
        '(anni|giorni|mesi|tempo) (che mi restano|che mi rimangono|che mi resta|che mi rimane|che ho davanti|da vivere) {fill6} [$] {fill3} (spero|speriamo|magari|mi auguro|prego) {fill2} (siano|sia|fossero|fosse|durino|duri) [molto] (pochi|poco|pochissimi|brevi|breve|pochissimo)',
        'spero di non (vivere|campare|durare|restare|rimanere|arrivare) [ancora] (a lungo|tanto|molto|troppo|cosi tanto|a vecchia|a vecchio) $',
      ],
    },
    {
      // The dead envied, worth more dead, not meant to be born, a favour to all to vanish, prayed to be taken,
      // the anaesthesia wished back, sorry to have survived: "guardavo la bara ed ero invidiosa", "valgo più da
      // morta che da viva", "doveva nascere lui e io no", "sarebbe un favore a tutti se non mi rivedessero più",
      // "ho pregato che il signore mi chiamasse a sé", "quel nero... vorrei tornarci e restarci", "peccato che non mi
      // sono fatto niente".
      id: 'it.passive-shapes',
      tier: 'cue',
      patterns: [
        '(invidio|invidiavo|invidiosa|invidioso|invidia|ho invidiato|ero gelosa|ero geloso|beati|beato|beata) {fill4} (i morti|chi (e|è) (morto|morta)|chi muore|chi se ne (e|è) (andato|andata)|chi non c’è piu|chi sta (sottoterra|sotto terra)|chi riposa|il defunto|la defunta|i defunti)',
        '(bara|salma|defunto|defunta|tomba|cadavere|feretro) {fill6} (invidiosa|invidioso|invidia|invidiavo|invidio|gelosa|geloso)',
        '(invidiosa|invidioso|invidio|invidiavo|gelosa|geloso) {fill6} (bara|salma|defunto|defunta|tomba|cadavere|feretro)',
        '(valgo|varrei|rendo|renderei) [molto|tanto] (piu|di piu) (da morta|da morto|morta|morto)',
        '(da morta|da morto) (valgo|varrei|servo|servirei|renderei|rendo|farei piu comodo|sarei piu utile|sono piu utile)',
        '(sarei|sono|servirei|servo) [molto|tanto] piu utile (da morta|da morto|morta|morto)',
        '(doveva|dovevano|avrebbe dovuto|meritava di|toccava a) {fill1} (nascere|vivere|sopravvivere|restare|esserci|salvarsi) (lui|lei|loro|mio fratello|mia sorella) {fill2} (e io no|e non io|non io|al posto mio|invece di me|io no)',
        '(doveva|dovevo|toccava|era meglio se|sarebbe stato meglio se) {fill2} (morire|morivo|morissi|andarmene|sparire) io (al posto suo|al posto di|invece di|e non)',
        '(avrebbe dovuto|doveva|avrebbero dovuto|dovevano) (abortire|non tenermi|non avermi|non farmi nascere|non mettermi al mondo)',
        '(un favore|un regalo|un piacere|un sollievo) (a|per) (tutti|tutti quanti|il mondo|la mia famiglia|i miei|loro|chiunque) {fill2} (se|a) {fill3} ({died}|non mi (vedessero|rivedessero|sentissero) [piu]|sparire|scomparire|andarmene|togliermi di mezzo|levarmi di mezzo|togliessi il disturbo|levassi il disturbo)',
        '(togliermi di mezzo|sparire|andarmene|levarmi di mezzo|togliere il disturbo) (sarebbe|e) (un favore|un regalo|un piacere|un sollievo) (a|per) (tutti|tutti quanti|il mondo|la mia famiglia|i miei|loro)',
        '(prego|pregato|ho pregato|pregando|pregavo|chiedo a dio|ho chiesto a dio|chiedo al signore|ho chiesto al signore) {fill4} (che|di) {fill3} {dioprende}',
        '(anestesia|sedazione|sedata|sedato|narcosi|coma|svenuta|svenuto|quel nero|quel buio|quel nulla|quel vuoto|il nulla) ... {longing} {fill2} (tornarci|ritornarci|tornare li|tornare la|ritornare li|tornare in quel (nero|buio|nulla|vuoto)) {fill2} (e|per) (restarci|rimanerci|non tornare|non uscirne|non svegliarmi)',
        '{longing} {fill2} (andare|entrare|finire|cadere) in coma (e restarci|e rimanerci|per sempre|e non svegliarmi)',
        '{longing} {fill3} (il nulla|nel nulla|nel buio|nel nero|quel nulla|quel buio) (per sempre|e restarci|e rimanerci|senza svegliarmi)',
        '(peccato|purtroppo|che sfortuna|mannaggia|quasi delusa|quasi deluso|che peccato) {fill2} [che] (non mi sono fatto|non mi sono fatta) (niente|nulla) ($|intendo|davvero|purtroppo|di grave)',
        '(peccato|purtroppo|che sfortuna|mannaggia|quasi delusa|quasi deluso|che peccato) {fill2} [che] (sono ancora viva|sono ancora vivo|sono sopravvissuta|sono sopravvissuto|non mi (e|è) successo (niente|nulla)|ne sono uscita illesa|ne sono uscito illeso|non sono morta|non sono morto|non ci sono rimasta|non ci sono rimasto) ($|intendo|davvero|purtroppo)',
        '(deluso|delusa|dispiaciuto|dispiaciuta) (di essere|d’essere|che sono) (ancora vivo|ancora viva|vivo|viva|illeso|illesa|sopravvissuto|sopravvissuta)',
        // "leggo i necrologi e vorrei vederci il mio nome"
        '(necrologi|necrologio|necrologie|annunci funebri|manifesti funebri|epigrafe|lapide) ... {longing} {fill3} (vederci|vedere|leggere|leggerci|trovarci|esserci) (il mio nome|la mia foto|il mio)',
        '{longing} {fill3} (vedere|leggere) (il mio nome|il mio necrologio|la mia foto) (su|sul|sui|in|tra|nei|nel) {fill2} (necrolog*|lapide|manifesti funebri|annunci funebri|tomba)',
      ],
    },
    {
      // Arrangements beside a cover story, or beside being gone after: "le ho girato tutte le password. lei pensa che sia
      // per sicurezza, meglio così", "mi ha chiesto perché e ho cambiato discorso", "mi fa 'che è, fai testamento?' e ho
      // riso anche io", "il prete pensava fosse per il matrimonio, io volevo solo andarmene in pace con tutti".
      id: 'it.cover-story',
      tier: 'act',
      patterns: [
        '({sistemare}|{saluti}|{dopo}) ... {segreto}', '{segreto} ... ({sistemare}|{saluti}|{dopo})',
        // a message for a day years away, "visto che io non ci sarò"
        '(vocale|video|lettera|lettere|messaggio|messaggi|regalo|regali|busta|audio) {fill4} per quando (compie|compira|compirà|avra|avrà|si laurea|si laureera|si diploma|sara grande|sarà grande|diventera grande|crescera|si sposera|fara la comunione) ... (io non ci saro|non ci saro piu|non ci saro $)',
        '(visto che|siccome|dato che|perche) [io] non ci (saro|sarò) ... (vocale|video|lettera|lettere|messaggio|messaggi|regalo|regali|busta|audio) {fill4} per quando (compie|compira|avra|si laurea|si diploma|sara grande|diventera grande|crescera|si sposera)',
        // "ho fatto la tessera di donatore di organi... almeno servirò a qualcuno la settimana prossima"
        '(organi|donatore|donatrice) ... (almeno|cosi) {fill2} (serviro|servirò|saro utile|sarò utile|i miei organi serviranno) (a|per) (qualcuno|qualcosa|altri) {fill2} ({soon}|la settimana prossima|il mese prossimo|presto|a breve|tra poco)',
      ],
    },
    {
      // At a place to fall or drown, no one around, and the last things: "sono sulla diga, qua non passa più nessuno,
      // aspetto che faccia buio", "sto aspettando che passi il metronotte, poi il multipiano resta vuoto. sono all'ultimo
      // piano", "sono sul traghetto, a poppa non c'è nessuno, ho scritto a mamma che le voglio bene".
      id: 'it.plan-place',
      tier: 'act',
      softenedBy: ['reassurance'],
      patterns: [
        '{sulposto} ... {isolato} ... {finale}', '{sulposto} ... {finale} ... {isolato}', '{isolato} ... {sulposto} ... {finale}',
        '{isolato} ... {finale} ... {sulposto}', '{finale} ... {isolato} ... {sulposto}', '{finale} ... {sulposto} ... {isolato}',
        // the day set and no one to look for me till then: "ho chiesto le ferie per martedì così nessuno mi cerca. martedì è il giorno"
        '(nessuno mi (cerca|cercera|aspetta|aspettera|chiama|chiamera)|nessuno se ne (accorge|accorgera)|nessuno (si accorge|si accorgera|notera|nota)) {fill3} (fino a|fino al|fino alla|prima di|prima del|prima della|per) ... ({giorno} (e|è|sara) il giorno|(e|è) tutto deciso $)',
        '({giorno} (e|è|sara) il giorno|(e|è) tutto deciso $) ... (nessuno mi (cerca|cercera|aspetta|aspettera|chiama|chiamera)|nessuno se ne (accorge|accorgera)|nessuno (si accorge|si accorgera|notera|nota)) {fill3} (fino a|fino al|fino alla|prima di|prima del|prima della)',
        // pills bought a few at a time so no one suspects: "ho girato tre farmacie così nessuno si insospettiva. ne ho abbastanza"
        '(farmacie|farmacia|medici|dottori|ricette) (diverse|diversi|differenti) {fill8} [$] {fill4} (nessuno|non) {fill2} (si insospett*|sospett*|se ne accorg*|faccia domande|facesse domande|fa domande|capisse|capisca|notasse|noti)',
        '(farmacie|farmacia|ricette|ricetta|medici) ... (ne ho|ho) (abbastanza|a sufficienza|quanto basta|quante ne servono|quelle che servono) {fill2} [$] {fill4} (nel cassetto|nascost*|da parte|sotto il letto|nell’armadio|in camera|in borsa|tutto nel|tutte nel)',
        // dressed up, bed made, and only the courage missing tonight
        '{preparativi} ... {coraggio}', '{coraggio} ... {preparativi}',
        // out in the snow without a coat, not going back
        '(senza giacca|senza giubbotto|senza cappotto|senza giubbino|in maglietta|in maniche corte|a piedi nudi|scalza|scalzo|senza guanti) ... (nevica|neve|gelo|ghiaccio|sotto zero|freddo|gelato|gelata|congelando|ghiacciato|bufera) ... (non torno indietro|non (torno|tornero|scendo|scendero) (piu|giu)|mi sdraio|mi siedo|resto qui|rimango qui|mi addormento|non voglio tornare)',
        '(la macchina|l’auto|la moto) (l’ho lasciata|ho lasciato) {fill2} (aperta|con le chiavi|accesa) ... (non torno|non tornero|non mi servira|non serve|nevica|neve|bosco|scogliera)',
        // home from the ward, finishing what was started
        '(mi dimettono|mi dimetteranno|mi hanno dimessa|mi hanno dimesso|dimessa dal|dimesso dal|dal reparto|ricoverata|ricoverato|ricovero|psichiatria|spdc|pronto soccorso|ospedale|dall’ospedale|all’ospedale|l’ospedale) ... (finisco|finiro|finirò|porto a termine|portero a termine|concludo|completo|riprovo|ci riprovo) (quello|cio|quel|il lavoro|quanto)? (che|lasciato)? {fill2} (iniziato|cominciato|a meta|in sospeso)? $',
        // the keys to a roof got with an excuse: "mi sono fatta dare le chiavi del terrazzo dicendo che volevo vedere le stelle"
        '(chiavi|chiave|badge|codice|accesso) {fill2} (terrazzo|tetto|terrazza|lastrico|ultimo piano|campanile|torre) {fill8} (dicendo che|con la scusa|raccontando che|ho detto che|facendo credere) ... (salgo|vado su|ci salgo|ci vado|sto salendo)',
      ],
    },
    {
      // An act done, told by what is in the body: "l'ho fatto. ho bevuto quella roba sotto il lavello, brucia tutto",
      // "ho fatto una cazzata un'ora fa, mi gira la testa", "ho mandato giù la candeggina".
      id: 'it.done-signs',
      tier: 'act',
      patterns: [
        '(ho bevuto|ho ingoiato|ho mandato giu|ho ingerito|ho buttato giu|ho inghiottito|bevuto|ingoiato|mandato giu) {fill4} {veleni}',
        '(ho fatto una (cazzata|stupidaggine|sciocchezza|follia|cavolata)|(ho preso|ho ingoiato|ho mandato giu|ho buttato giu) (tutto|tutte|tutti|{many} {farmaco}|le {farmaco}|i {farmaco})) ... {sintomi}',
      ],
    },
    {
      // Self-harm told in other words: the streak broken and the sleeves long, the skin scratched raw, the blade
      // kept from a sharpener, "the lines" or "the tagliandi" drawn again.
      id: 'it.self-harm-shapes',
      tier: 'act',
      softenedBy: ['urge'],
      patterns: [
        '(rotto|perso|azzerato|resettato|spezzato|ricominciato da zero|ricomincio da zero) (la|il|mia|il mio|la mia)? (streak|serie|contatore|conteggio|striscia|conto dei giorni) ... ({coprire}|braccia|cosce|polsi|lametta|tagli)',
        '(streak|serie|contatore|striscia) {fill2} (rotta|rotto|azzerata|azzerato|persa|perso) ... ({coprire}|braccia|cosce|polsi|lametta|tagli)',
        '(ricominciato da zero|ricomincio da zero|di nuovo a zero|tornata a zero|tornato a zero|giorno zero|giorno 0) ... {coprire}',
        '(mi sono grattata|mi sono grattato|mi gratto|mi grattavo|mi sono scorticata|mi sono scorticato|mi scortico|mi sono graffiata|mi sono graffiato|mi graffio) {fill6} (finche|fino a quando|fino a che|fino a) [non] {fill4} (la carne|carne viva|pelle viva|sangue|sanguinare|sanguinava|il vivo)',
        '(ho rifatto|ho fatto|rifaccio|mi sono fatta|mi sono fatto|mi sono rifatta|mi sono rifatto|mi faccio|ho fatto di nuovo|ancora) [di nuovo|ancora] (delle|le|dei|i|altre|altri|nuove|nuovi) (righe|righine|linee|strisce|segni|segnetti|graffi|taglietti|codici a barre) (sul|sulla|sui|sulle|sugli) {fill1} {body}',
      ],
    },
    {
      // The blade kept near, the urge told in code: "ho smontato il temperino e mi sono tenuta la lametta", "tengo una lametta
      // nel portafoglio", "ho voglia di fare i 'tagliandi' stasera".
      id: 'it.self-harm-hints',
      tier: 'cue',
      patterns: [
        '(smontato|smonto|smontare|tolto|tolta|staccato|estratto|rotto) {fill3} (temperino|temperini|rasoio|rasoi|taglierino|appuntamatite) ... (lametta|lama|lamette) {fill3} (tenuta|tenuto|tengo|conservo|nascost*|portamonete|portafoglio|astuccio|nell’astuccio|tasca|cover)',
        '(lama|lametta|lamette) (dal|del|dai|dei) (temperino|temperini|rasoio|rasoi|taglierino|appuntamatite) ... (tenuta|tenuto|tengo|conservo|nascost*|portamonete|portafoglio|astuccio|nell’astuccio|tasca|cover)',
        '(tengo|porto|conservo|mi sono tenuta|mi sono tenuto|ho nascosto|nascondo) [sempre] (la|una|le|delle) (lametta|lamette|lama) [nascosta|nascoste|sempre] ((nel|nella|in|sotto|dentro) {fill1} (portamonete|portafoglio|astuccio|tasca|cover|calzino|materasso|reggiseno|zaino|diario|scatola)|nell’astuccio|nell’agenda)',
        '({longing}|{intend}|voglia|tentazione|impulso) {fill3} (fare|farmi|rifare|rifarmi) (i|dei|qualche|un paio di|altri|nuovi) (tagliandi|taglietti|tagliettini|righine|graffietti|segnetti|codici a barre|barcode)',
        '{coprire} ... (rotto la streak|ricaduta|ricaduto|ho ceduto|tagli freschi|tagli nuovi)',
      ],
    },
    {
      // Euphemisms for joining the dead, widened: "stasera vado a fare compagnia a nonno lassù", "vado a stare con la nonna in cielo".
      id: 'it.euphemism-company',
      tier: 'act',
      softenedBy: ['reassurance'],
      patterns: [
        '(vado a|andro a|sto per|sto andando a|vado|vado da|stasera vado a|raggiungo) {fill1} (fare compagnia|tenere compagnia|stare|dormire|restare) (a|al|alla|con|accanto a|vicino a) {cari} {fill1} {aldila}',
        '{think} {fill2} (di|a|ad) {jumpinf} [giu] {from} [il|la|lo|un|una|questo|questa|quel|quella|l’] ({height}|{traffic}|{number} piano)',
      ],
    },
    {
      // The same, as a wish: "vorrei fare compagnia al nonno lassù".
      id: 'it.euphemism-company-wish',
      tier: 'cue',
      patterns: ['({longing}|{intend}) {fill2} (fare compagnia|tenere compagnia|stare) (a|al|alla|con) {cari} {fill1} {aldila}'],
    },
  ],

  // The shared net (`../net.ts`): the words of five meanings, paired by one set of rules for
  // every language. Its matches are cues. Entries stay specific: "stasera" is everyday, so
  // "ready" is only what is alarming beside it ("contate", "in mano"), and a means is named the
  // way it is used ("sotto il treno", not "il treno").
  net: {
    means: [
      '({bignumber}|venti|trenta|quaranta|cinquanta|cento|una scatola di|due scatole di|tutte le mie|tutta la scatola di) {pills}', 'corda', 'cappio',
      'lametta', 'lamette', 'pistola', 'fucile', 'rivoltella', 'candeggina', 'veleno', 'topicida', '(bordo|cima|cornicione) (del|della|di un|di una|dello) {height}',
      'parapetto', 'nel vuoto', 'sotto (il|un|al) {traffic}', 'davanti al (treno|tram|camion)', 'tutto il necessario', 'tutto quello che mi serve',
      '(buttarmi|lanciarmi|gettarmi|impiccarmi|spararmi)',
    ],
    ready: [
      'da parte', 'messe da parte', 'nascoste', 'nascosti', 'contate', 'contati', 'in fila', 'allineate', 'accanto a me', 'davanti a me', 'in mano',
      'sulle ginocchia', 'sotto il letto', 'nel bagagliaio', 'a portata di mano', 'gia pronte', 'gia pronti', 'legata', 'annodata', 'appesa', 'carica',
      '(in piedi|seduta|seduto|ferma|fermo|in macchina) (sul|al) (bordo|ciglio|cornicione|parapetto)', 'ho scavalcato', 'guardo giu', 'so dove', 'so come',
      'ne ho {bignumber}', 'ne ho (una|un) (ventina|trentina|quarantina|cinquantina|centinaio)',
    ],
    soon: ['{momento}'],
    farewell: [
      '{saluti}', '{sistemare}', 'dite a (mia|mio|i miei) {family}', '(una|la) lettera per (ognuno|ciascuno|voi|te|mamma|papa)', 'ho sistemato tutto',
      'ho messo in ordine tutto', 'ho disdetto (tutto|il contratto|l’abbonamento)',
    ],
    beyond: ['{dopo}', '{momento} me ne vado [per sempre] $', 'me ne vado per sempre', 'non mi servira piu', 'non mi serviranno piu', 'vi servira dopo'],
  },

  exclusions: {
    // "ahahah non ce la faccio più": laughing, not hopeless
    'ridere-nonce': [
      '({laugh}|che ridere|mi fa morire|sto morendo dal ridere) {fill1} [$] (non|nn) ce la faccio [davvero|proprio|piu] [piu]',
      '(non|nn) ce la faccio [davvero|proprio|piu] [piu] [$] ({laugh}|che ridere)',
    ],
    // A relapse into the ex, smoking or a diet, not into self-harm: "ricaduta. dopo 2 mesi gli ho scritto"
    'ricaduta-altro': [
      '(ricaduta|ricaduto|ceduto|ricascata|ricascato) ... (gli ho scritto|le ho scritto|l’ho chiamato|l’ho chiamata|gli ho mandato|le ho mandato|ho scritto|ho chiamato|il suo profilo|le sue storie|sigaretta|sigarette|fumato|fumare|bevuto|dieta|cioccolato|nutella|il mio ex|la mia ex)',
      '(gli ho scritto|le ho scritto|l’ho chiamato|l’ho chiamata|gli ho mandato|le ho mandato|il suo profilo|le sue storie|sigaretta|sigarette|fumato|dieta|il mio ex|la mia ex) ... (ricaduta|ricaduto|ceduto|ricascata|ricascato)',
    ],
    // A farewell letter to an ex as a therapy exercise, a burden for talking about him, a jump as a joke:
    // "una lettera d’addio che non gli manderò mai", "mi sento un peso a parlare sempre di lui",
    // "mi butto dalla finestra giuro ahahah".
    'therapy-idiom': [
      '(bordo|ciglio) (della|del|dello) (piscina|vasca|letto|divano|marciapiede|strada|fontana|lago|palco)',
      '(me|te|se) lo (faccio|faro)',
      '(lettera|lettere) (d’addio|di addio) (che|per) {fill3} (mai|non) {fill2} (mandero|manderei|spediro|daro|mandata|spedita)',
      '(lettera|lettere) (d’addio|di addio) (a|per) (lui|lei|il mio ex|la mia ex)',
      '(un peso|una zavorra|un fardello) (per|a) {fill3} (a parlare|a forza di parlare|perche parlo|parlando|a piangere|piangendo) {fill3} (di lui|di lei|del mio ex|della mia ex|di loro)',
      '(mi butto|mi lancio|mi getto) (dalla|dal) (finestra|balcone) {fill2} {laugh}',
    ],
    // "muoio di fame", "sto morendo dal ridere", "da morire", "morire d'amore", "sono morta di stanchezza".
    'die-idiom': [
      '(morire|muoio|muori|muore|morendo|sto morendo|morta|morto|morti|morte|sono morta|sono morto|moriro|morivo|moriamo|vorrei morire|voglio morire|mi sento morire|sentita morire|sentito morire|mi fa morire|mi fai morire|morirei) (di|dal|dalla|dalle|dai|d’|dallo) (fame|sete|sonno|freddo|caldo|noia|vergogna|invidia|gelosia|paura|ridere|risate|voglia|curiosita|ansia|stanchezza|fatica|amore|d’amore|crepacuore|tristezza|dolore|imbarazzo|figuraccia|gioia|felicita|emozione|piacere|tenerezza|dolcezza|nervoso|rabbia|stress)',
      '(morire|muoio|morendo|sto morendo|moriro) (d’amore|dal ridere|dalle risate|dalla voglia)',
      '(da morire|da morirci|da svenire)',
      '(morta|morto) e sepolt*', '(ha|hanno|aveva) tirato le cuoia',
      '(mi sento morire|mi sono sentita morire|mi sono sentito morire|mi sentivo morire|mi fa morire|mi fai morire|mi fanno morire)',
      '(morire|muoio|voglio morire|vorrei morire|mi ammazzo|mi sparo|muoio) {laugh}',
      '(non voglio|non vorrei) morire (da sola|da solo|sola|solo|vergine|giovane|cosi|senza|prima|in)',
      'voglio morire (vecchia|vecchio|felice|di vecchiaia|nel mio letto|a|in|con|circondata|circondato)',
      '(muoio|morirei|morire) per (te|lui|lei|voi|un|una|vederti|vederlo|vederla|sapere|raccontare|amore)',
      'muore per (lei|lui|amore)', 'si muore d’amore', 'l’amore (ammazza|uccide)',
    ],
    // "ammazzare il tempo", "mia madre mi ammazza", "ammazza che freddo", "mi ammazzo di lavoro".
    'kill-idiom': [
      '(ammazzare|ammazzando|ammazzo|ammazza|ammazzato|ammazziamo|uccidere|uccidendo) il tempo',
      'ammazza (che|quanto|come|oh|ao|aho|se|quanta|quante|quanti)',
      '(mi ammazzo|mi sto ammazzando|mi sto a ammazza|me sto a ammazza|ammazzarmi|mi ammazzavo|mi uccido|mi sto uccidendo) (di|de|a|dal|dalle|per) (lavoro|studio|studiare|lavorare|fatica|palestra|allenamento|risate|ridere|straordinari|corse|pulizie|esami|turni|noia|fame|sonno|caldo|freddo|pizza|serie)',
      '(mi ammazza|mi uccide|mi ammazzano|mi uccidono|mi ammazzera|mi uccidera|mi ammazzerebbe|mi ucciderebbe|mi sta uccidendo|mi sta ammazzando|mi stanno uccidendo)',
      '(lo|la|li|le|ti) (ammazzo|uccido|ammazzerei|ucciderei)',
      '(sparatemi|sparami|uccidetemi|ammazzatemi|uccidimi|ammazzami)',
      'mi sparo (un|una|tutta|tutto|tutti|tutte|il|la|lo|i|le|gli|l’) ',
      '(mi sparo|mi butto dalla finestra|mi butto dal balcone) se',
      '(mi hai|mi ha|mi hanno) (ucciso|uccisa|ammazzato|ammazzata)',
      // a joke threat over an exam or a meeting, from the very building: "se mi fanno ridare diritto privato mi butto
      // dal quinto piano di giurisprudenza", "mi butto dal tetto della scuola se c'è un'altra verifica"
      'se {fill12} {jumpnow} {from} {fill3} ({height}|piano) (di|della|del|dell’|dello) (giurisprudenza|ingegneria|lettere|economia|medicina|universita|facolta|scuola|liceo|dipartimento|rettorato|biblioteca|ufficio|azienda)',
      '{jumpnow} {from} {fill3} ({height}|piano) (di|della|del|dell’|dello) (giurisprudenza|ingegneria|lettere|economia|medicina|universita|facolta|scuola|liceo|dipartimento|rettorato|biblioteca|ufficio|azienda) {fill3} se',
    ],
    // "ho tagliato i ponti con lui", "ho tagliato corto", "mi sono tagliata i capelli", "mi sono tagliata cucinando".
    'cut-idiom': [
      '(tagliato|tagliare|taglio|tagliamo|tagliando|taglia) (i ponti|corto|la corda|fuori|la testa al toro|i contatti|ogni contatto|i rapporti)',
      '(mi sono tagliata|mi sono tagliato|mi taglio|tagliarmi|mi voglio tagliare|mi sono fatta tagliare|mi sono fatto tagliare|farmi tagliare) (i capelli|la frangia|le punte|la barba|i baffi|le unghie|un dito|il dito|la lingua|il labbro|i capelli corti|un po)',
      '({cutdone}|{hurtdone}) {fill4} (affettando|cucinando|mentre cucinavo|tagliando|sbucciando|facendo la barba|radendomi|depilandomi|per sbaglio|per errore|senza volere|con la carta|con un foglio|col forno|con il forno|con la pentola|con l’olio|con il ferro|col ferro|con la piastra|al sole|stirando|giocando|in palestra|cadendo|correndo|a calcio|allenandomi|con la porta|col coltello del pane)',
      '(affettando|cucinando|sbucciando|facendo la barba|giocando|in palestra|correndo) {fill3} ({cutdone}|{hurtdone})',
      '({hurtdone}) {fill3} (al|alla|allo|ai|alle|la|il) (ginocchio|caviglia|schiena|piede|spalla|collo|dito|testa|lingua|polpaccio|mano col forno)',
      '(farmi male|farmi del male|mi faccio male|mi faccio del male) (ancora )?(per lui|per lei|con lui|con lei|pensandoci|pensando a|guardando|controllando|leggendo|a guardare|a controllare|a pensare|cosi|da sola pensando)',
    ],
    // "mi butto, gli scrivo io" (I'll go for it), "mi sono buttata nel lavoro", "mi butto sul divano".
    'jump-idiom': [
      '(mi butto|mi sono buttata|mi sono buttato|buttarmi|mi lancio|mi sono lanciata|mi sono lanciato|lanciarmi|mi tuffo|tuffarmi) (nel|nella|sul|sulla|in|a|col|con il|con la|dal paracadute|in una|su) (lavoro|studio|divano|letto|studio|progetto|nuova|nuovo|paracadute|bungee|piscina|mare|acqua|pista|mischia|avventura|palestra|sport|festa|serie|shopping|cibo)',
      '(salto|saltare|ho saltato|salta) (la cena|il pranzo|la colazione|il pasto|la lezione|la palestra|un turno|il turno|il giro|di gioia|la fila|dalla gioia|in aria|col paracadute)',
      'buttami via', '(ponte|ponti) (del|di) (primo maggio|25 aprile|2 giugno|ognissanti|immacolata|natale|pasqua)',
      '(camminare|passeggiare|passeggiata|andata|andato|andare) (sul|lungo il) ponte',
    ],
    // Decided to do an everyday thing: "stasera lo faccio, ho deciso: gli scrivo".
    'decided-idiom': [
      '(ho deciso|ho gia deciso|e deciso|ormai ho deciso) {fill2} (gli scrivo|le scrivo|gli parlo|le parlo|lo chiamo|la chiamo|lo blocco|la blocco|lo cancello|la cancello|lo lascio|la lascio|mi taglio|mi tingo|mi iscrivo|mi trasferisco|mi licenzio|vado in|vado a|vado al|chiudo con|glielo dico)',
      'lettera (di dimissioni|di presentazione|di motivazione|di referenze|d’amore|di raccomandazione|per lui|per lei)',
      '(password|pin) (del|della|di) (wifi|wi fi|internet|router|netflix|disney|spotify|prime|allarme)',
    ],
    // "sul tetto con gli amici": a place to hang out, not a ledge; "sparire per la vergogna".
    'place-idiom': [
      // lassù in the mountains, not in heaven; lines drawn in pen
      'lassu (in|a|al|alla|nel|nella|sul|sulla|sui) (montagna|montagne|baita|paese|rifugio|malga|collina|valle|cascina|trentino|nord|alpeggio|casa)',
      '(righe|righine|linee|strisce|segni|segnetti) {fill4} (con la penna|a penna|col pennarello|con il pennarello|con l’eyeliner|col rossetto|con l’henne|per il tatuaggio|col trucco)',
      // waiting for the dark for the view: "aspetto che faccia buio per fotografare le luci"
      '(aspetto|aspettando|sto aspettando) {fill6} per (vedere|fotografare|fare foto|fare le foto|le foto|la foto|i fuochi|le stelle|le lucciole|il tramonto|l’alba|la cena|il concerto|lo spettacolo|la partita|pescare)',
      // a silly thing done, a head spinning with shame: "ho fatto una cazzata, gli ho scritto", "mi gira la testa dalla vergogna"
      'ho fatto una (cazzata|stupidaggine|sciocchezza|cavolata) [$] (gli ho scritto|le ho scritto|l’ho chiamato|l’ho chiamata|gli ho mandato|le ho mandato|ho scritto al mio ex|ho scritto alla mia ex|ho bevuto troppo)',
      '(mi gira la testa|gira tutto|vedo tutto nero) (dalla|per la|dal|per il) (vergogna|rabbia|fame|stanchezza|gioia|nervoso|caldo)',
      '(tetto|terrazzo|ponte|balcone) (con|a fumare|a bere|a mangiare|a prendere il sole|a guardare il tramonto|a fare foto|di rialto|dei sospiri|vecchio|a cena) {fill3}',
      '(sparire|sprofondare|sotterrarmi|scomparire|nascondermi) {fill6} (per la vergogna|dalla vergogna|per l’imbarazzo|che figura|che figuraccia)',
    ],
    // "voglio sparire dai social per un po'".
    'disappear-idiom': [
      // "vorrei essere cancellata dal gruppo", "dalla sua vita"; "non svegliarmi fino a mezzogiorno"
      '(essere|venire) (cancellata|cancellato|eliminata|eliminato) (dal|dalla|dai|dalle|da) {fill1} (gruppo|chat|lista|social|instagram|contatti|rubrica|vita|elenco|corso|mailing list|memoria|telefono)',
      '(svegliarmi|risvegliarmi) (fino a|fino alle|fino al|prima di|prima delle|prima del|per (due|tre|dieci|dodici) ore)',
      '(trattiene|tiene qui) (e|è) (lo stipendio|il mutuo|il lavoro|il contratto|l’affitto|la casa|la paura)',
      '(sparire|sparisco|sparita|sparito|scomparire|scompaio) (dai|da|dal|dalla|dalle|dagli) {fill2} (social|instagram|insta|facebook|whatsapp|gruppo|chat|tiktok|internet|radar|citta|vita di|sua vita|circolazione)',
      '(sparire|sprofondare|sotterrarmi|scomparire|nascondermi) (sotto le coperte|sotto il piumone|sotto terra|sottoterra|dalla vergogna)',
      '(sparire|sparisco|scomparire) (per un po|per qualche giorno|per un weekend|per una settimana|un po|qualche giorno)',
      '(dormire|dormirei) (fino a|tutto il giorno|per giorni)',
    ],
    // "l’ultimo messaggio che gli ho mandato", "gli ho detto addio", "saluto tutti per l’ultima volta" in ufficio.
    'goodbye-idiom': [
      // "addio per sempre caro", said to an ex or his toothbrush
      '(addio|ciao) [per sempre] (caro|cara|carissimo|carissima|bello|bella|tesoro|stronzo|stronza|bastardo|bastarda)',
      '(ultimo|ultima) (messaggio|lettera|vocale|audio) {fill3} (gli|le|a lui|a lei|suo|sua|del mio ex|della mia ex|che mi ha|che gli|che le)',
      '(gli|le|ho detto) (ho detto|detto|dico) addio', 'addio (alla|al|ai|alle|a) (dieta|palestra|estate|vacanze|ex|relazione|vita da single|stipendio)',
      '(ultimo giorno|ultima settimana|ultimo turno) (in|di|al|a) {fill8} (saluto|salutare|addio)',
    ],
    // "la faccio finita con lui" (break up), "ho deciso di farla finita con lui".
    'end-relationship': [
      '(farla|la faccio|la facciamo|l’ho fatta|falla|la faro|la farei|fatta|finita) finita con (lui|lei|te|voi|loro|il mio ex|la mia ex|questa storia|questa relazione|le sigarette|il fumo|l’alcol|i social|quella persona|quel ragazzo|quella ragazza|la nostra storia|noi|questo|questa|sta|queste|quella|quello|la dieta|il lavoro)',
      '(ho chiuso|chiudo|chiudere) con (lui|lei|il mio ex|la mia ex)',
      '(finirla|finiamola|la finisco|l’ho finita) con (lui|lei|te|voi|loro|il mio ex|la mia ex|questa storia|questa relazione|le sigarette|il fumo|i social|noi)',
    ],
    // "suicidio professionale", "missione suicida", "Suicide Squad".
    'suicide-idiom': [
      'suicidio (professionale|sociale|politico|economico|commerciale|assistito|collettivo|di massa)',
      '(squadra|missione|terrorista|attentato|attentatore|kamikaze|attacco|gesto) suicid*', 'suicide squad',
      '(e|sarebbe|fu) un suicidio (professionale|uscire|andare|guidare|scrivergli|scriverle|tornare)',
    ],
    // "le pastiglie per l'allergia", "la pillola anticoncezionale".
    'pills-idiom': [
      '{pills} (per|contro|del|della) (l’allergia|allergia|il mal di testa|mal di testa|la febbre|febbre|il raffreddore|la pressione|la tiroide|lo stomaco|il ciclo|la gola|l’influenza|la tosse|dormire un po)',
      'pillola (anticoncezionale|del giorno dopo)',
      '{pills} (per il viaggio|per la vacanza|per le vacanze|per la settimana|per il mese|in farmacia|della ricetta|che mi ha dato il medico|prescritte)',
      '(corda) (per|da) (l’arrampicata|arrampicata|arrampicare|saltare|stendere|il bucato|la tenda|la barca|il campeggio|la chitarra|legare)',
      '(corda|corde) (per|da) (il|la|lo|i|le|un|una)? (trasloco|traslocare|campeggio|tenda|barca|bucato|arrampicata|altalena|amaca|giardino|mobili|rimorchio|bici|lavori|portapacchi|cane|pacco|pacchi|scatoloni|albero)',
    ],
    // "non voglio vivere a Milano", "non voglio vivere con i miei".
    'live-idiom': [
      'vivere (nel passato|di ricordi|di illusioni|per lui|per lei|in funzione di|in funzione sua|con la paura|nella paura)',
      'vivere (a|in|con|da|vicino|lontano|insieme) (milano|roma|napoli|torino|firenze|bologna|citta|campagna|affitto|i miei|mia madre|lui|lei|loro|coinquilini|questa casa|questo paese|un paese|una citta|un appartamento)',
    ],
  },

  negations: ['non', 'mai', 'nemmeno', 'neanche', 'neppure', 'mica', 'per niente', 'manco', 'niente affatto', 'giammai'],
  wideNegations: ['non e che', 'non che', 'non significa che', 'non vuol dire che', 'non penso che', 'non credo che', 'non e detto che', 'mica che'],
  notNegations: [
    'non (ce la faccio|ne posso|so|capisco|dormo|mangio|sto bene|mi risponde|mi scrive|mi ama|mi vuole|mi cerca|ho|riesco|vedo|reggo|sopporto|sto scherzando|scherzo|e uno scherzo|e una battuta|e per dire|e un modo di dire|esagero|sto esagerando|mi importa|importa|ha senso|vale la pena|vivo|lo so|lo sopporto|piu|c’è|c’e|ce|trovo|penso ad altro|smetto|la smetto)',
    'non so (cosa|come|perche|se|piu|neanche|nemmeno)', 'se non', 'che non', 'mica tanto', 'mai piu',
    '(nemmeno|neanche|manco) (lui|lei|io|una|un|mia|mio|per|a)',
  ],
  // Not "e" (and): accents are folded, so it is also "è" (is), as in "non è che voglio...".
  clauseWords: ['ma', 'pero', 'perche', 'quindi', 'poi', 'invece', 'cioe', 'o', 'oppure', 'comunque', 'tanto', 'allora', 'mentre', 'quando', 'se', 'ahah', 'boh', 'vabbe', 'anzi', 'pure'],
  subjects: ['io', 'lui', 'lei', 'loro', 'tu', 'voi'],
  urges: [
    '(voglio|vorrei|volevo|voglia|ho voglia|bisogno|impulso|tentazione|desiderio|tentata|tentato|mi va|mi andrebbe|vojo)',
    '(sto per|penso di|sto pensando di|pensavo di|potrei|dovrei|devo|vado a|quasi quasi)',
  ],
  reassurances: [
    'non (lo )?(faro|farei|faccio) (mai|niente|nulla)', 'non faccio niente', '(non|mai) lo farei', 'non lo faro',
    '(sono|saro|sto) al sicuro', 'non (preoccuparti|vi preoccupate|preoccupatevi|ti preoccupare|vi preoccupare)',
    '(state|stai) (tranquilli|tranquilla|tranquillo|sereni|serena|sereno)', 'promesso', '(te|ve) lo (prometto|giuro)',
  ],

  shorthand: {
    // chat shorthand, to one form each ("nn" and "n" both fold to "n")
    nn: 'non', cmq: 'comunque', xke: 'perche', xche: 'perche', perke: 'perche', pke: 'perche', pk: 'perche', ke: 'che', k: 'che',
    x: 'per', sn: 'sono', qlcs: 'qualcosa', qlc: 'qualcosa', nnt: 'niente', anke: 'anche', qnd: 'quando', qndo: 'quando', cn: 'con',
    dv: 'dove', dp: 'dopo', tvb: 'ti voglio bene', vvb: 'vi voglio bene', tranq: 'tranquilla', 'sta notte': 'stanotte', 'sta sera': 'stasera',
    // Roman and southern forms
    vojo: 'voglio', voio: 'voglio', nun: 'non', pozzo: 'posso', anda: 'andare', mo: 'ora', ammazzamme: 'ammazzarmi', 'me vojo': 'mi voglio',
    // elided words glued to the next by the dropped apostrophe
    mammazzo: 'mi ammazzo', mammazzerei: 'mi ammazzerei', muccido: 'mi uccido', mucciderei: 'mi ucciderei',
    lautolesionismo: 'l autolesionismo', dellautolesionismo: 'dell autolesionismo', allautolesionismo: 'all autolesionismo',
    laccendino: 'l accendino', loverdose: 'l overdose', unoverdose: 'un overdose',
    // common misspellings of crisis words
    // emoji for means, which normalisation reads as English words
    pills: 'pillole', rope: 'corda', knife: 'coltello', gun: 'pistola', blood: 'sangue', coffin: 'bara', bridge: 'ponte',
    suicido: 'suicidio', sucidio: 'suicidio', suicidarmii: 'suicidarmi', 'auto lesionismo': 'autolesionismo', autolesionismi: 'autolesionismo',
  },

  crisisWords: [
    'suicidio', 'suicidarmi', 'suicida', 'uccidermi', 'ammazzarmi', 'ammazzo', 'morire', 'tagliarmi', 'tagliata', 'tagliato', 'impiccarmi',
    'pillole', 'pastiglie', 'addio', 'autolesionismo', 'uccidere', 'ammazzare', 'finita', 'buttarmi', 'lanciarmi', 'gettarmi',
  ],
  repairs: ['suicidio', 'suicidarmi', 'uccidermi', 'ammazzarmi', 'autolesionismo', 'impiccarmi', 'togliermi'],
  notTypos: [
    'ucciderti', 'uccidersi', 'ucciderci', 'uccidervi', 'ammazzarti', 'ammazzarsi', 'ammazzarci', 'suicidarsi', 'suicidarti', 'suicidi',
    'impiccarsi', 'impiccarti', 'togliersi', 'toglierti', 'toglierci', 'suicide',
  ],
  glueWords: ['io', 'mi', 'voglio', 'vorrei', 'morire', 'non', 'piu', 'vivere', 'la', 'vita', 'farla', 'finita', 'sono', 'di', 'nuovo'],
};
