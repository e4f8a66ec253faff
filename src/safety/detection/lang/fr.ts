/**
 * French (France, Québec, Belgium). Word classes first (the building blocks), then the phrase
 * families, then the idioms that must stay quiet, then negation and shorthand. Patterns are in
 * the DSL of `../dsl.ts`: words, `{class}`, `(a|b)` one of, `[x]` or `(x)?` optional, `{fill2}`
 * up to two other words, `word*` any ending, `^`/`$` start/end of a sentence.
 *
 * How French is matched, after normalisation: lower case, no accents ("tué" = "tue"), doubled
 * letters single ("mettre" = "metre", in messages and in patterns alike), and apostrophes
 * dropped, so an elided word is glued to the next one: "j'ai" is "jai", "m'enlever" is
 * "menlever", "d'en finir" is "den finir". So patterns are written the natural way, WITH the
 * apostrophe ("j'ai envie", "l'acte"): that matches "j'ai envie", "jai envie" and "j ai envie".
 * Spoken and texted forms are spelled out first (see `shorthand`): "jvais" → "je vais",
 * "chu" → "je suis", Québec "j'vas" → "je vais", "pu" → "plus", "jpp" → "j'en peux plus".
 *
 * @module
 */
import type { LanguageSpec } from '../language.ts';

/**
 * Killing oneself, said so that it can only mean oneself: "me suicider", "mettre fin à mes
 * jours", "m'enlever la vie" (Québec), "me foutre en l'air", "en finir avec la vie". A list of
 * its own so that `fr.intent` can hold each entry as a pattern (each wakes on its own words).
 */
const TUERMOI: readonly string[] = [
  // French forms only ("me suicidar" is Portuguese and has its own rules)
  'me (suicider|suicide|suicides|suicidais|suicidait|suiciderai|suiciderais|suicidé|suicidée)', 'suicider',
  'mettre fin (a|à) (mes jours|ma vie|mon existence|tout|mes souffrances|ma souffrance)',
  'mettre un terme (a|à) (mes jours|ma vie|mon existence)',
  "(m'enlever|m'ôter|me retirer|me prendre|m'enlève|m'ôte|m'enlèverai) la vie",
  "me (foutre|fous|fou|fourrer|crisser|câlisser|sacrer|jeter) en l'air",
  'me (flinguer|flingue|buter|pendre|pends|pend|défenestrer|supprimer|gazer|poignarder)',
  'me (tirer|mettre|coller|foutre) une balle', 'me faire sauter (la cervelle|le cerveau|le caisson|la tête)',
  'me donner la mort',
  "(m'ouvrir|m'ouvre|me taillader|me trancher|me couper|me charcuter) les veines",
  "(m'empoisonner|m'immoler|m'étrangler|m'asphyxier|m'électrocuter)",
  'me (jeter|lancer|balancer|coucher|mettre|allonger) (sous|devant|sur) (un|une|le|la|les) {vehicule}',
  "me (jeter|lancer|balancer|laisser tomber|crisser|câlisser) (du|de la|d'un|d'une|par la|par|en bas du|en bas de la|en bas d'un|du haut du|du haut de la|dans le|dans la) {fill1} ({hauteur}|vide|fenêtre|seine|fleuve|rivière|ravin|précipice)",
  "(en finir|d'en finir) (une bonne fois pour toutes|pour de bon|avec la vie|avec ma vie|avec tout|avec moi|avec moi-même|avec l'existence|avec cette vie|avec mes jours|avec ce monde)",
  "(m'unalive*|me unalive*)",
];

export const fr: LanguageSpec = {
  code: 'fr',
  scripts: ['latin'],

  classes: {
    // --- people ---
    /** "I", also glued to its verb: "je", "j'ai", "j'en", "moi". */
    je: ['je', 'moi', "j'ai", "j'en", "j'y", "j'aurai", "j'avais", "j'aimerais", "j'irai", "j'essaie", "j'essaye", "j'ose", "j'arrive"],
    /** Family and close ones, as named in goodbyes: "ma mère", "mes parents", "mon chat". */
    proches: [
      'mere', 'mère', 'maman', 'mom', 'pere', 'père', 'papa', 'parents', 'famille', 'soeur', 'sœur', 'frere', 'frère', 'enfants',
      'fils', 'fille', 'grand mere', 'grand-mère', 'mamie', 'papi', 'meilleure amie', 'meilleur ami', 'amis', 'potes', 'chum', 'blonde',
      'copine', 'copain', 'proches', 'coloc', 'nièce', 'neveu', 'nièces', 'neveux', 'cousin', 'cousine', 'tante', 'oncle', 'filleul', 'filleule', 'parrain', 'marraine', 'petit frère', 'petite sœur', 'frérot', 'frero', 'sista', 'chat', 'chien', 'chats', 'chiens', 'plantes', 'lapin',
    ],
    /** Everyone else, who "would be better off": "tout le monde", "ma famille", "ils". */
    tousautres: [
      'tout le monde', 'le monde', 'tous', 'toutes', 'ils', 'elles', 'les gens', 'vous', 'les autres', 'ma famille', 'mes parents',
      'mes proches', 'mes amis', 'mes potes', 'mes enfants', 'ma mere', 'mon pere', 'mon entourage', 'eux', 'ma mère', 'mon père',
    ],

    // --- wanting, intending ---
    /**
     * Intent, in the first person, before an infinitive: "je veux", "je vais", "j'ai envie de",
     * "je pense à", "j'ai décidé de". Not "va", "vas", "veut": "ma mère va me tuer" is a joke.
     */
    veux: [
      'veux', 'voulais', 'voudrais', 'vais', 'allais', 'irai', 'compte', 'comptais', 'dois', 'devrais', 'aimerais', 'prefererais',
      'vais finir par', 'suis sur le point', 'suis à deux doigts', 'décidé', 'décidée', 'envie', 'besoin', 'goût', 'hâte', 'pense',
      'pensais', 'songe', 'envisage', 'réfléchis', "l'intention", 'intention', 'prévois', 'essaie', 'essaye', 'essayé', 'tenté', 'tente',
      'tentée', 'tenter', 'rêve', 'rêvais', 'peur', 'pourrais', 'prêt', 'prête', 'prête à', 'prêt à', 'prévu', 'prévue', 'planifié',
      'planifie', "m'apprête à", 'voulu', 'voudrai', 'hésite', 'songé', 'pensé', 'envisagé', 'tellement',
      // the same glued to "j'": "j'aimerais", "j'envisage", "j'essaie"
      "j'aimerais", "j'envisage", "j'essaie", "j'essaye", "j'irai", "j'allais", "j'hésite à",
    ],
    /** Wishing, before an infinitive, weaker than intent: "j'aimerais", "j'ai envie de", "je voudrais". */
    envie: [
      'envie de', 'envie', 'gout de', 'goût de', 'besoin de', 'aimerais', 'voudrais', 'souhaite', 'souhaiterais', 'prefererais',
      'rêve de', 'revais de', 'hâte de', 'veux', 'voulais', 'vouloir', 'prie pour', 'si je pouvais', 'si seulement je pouvais', 'espere', "j'espère", 'pense a', 'pensais a', 'songe a',
      "j'aimerais", "j'aurais aimé", "j'aurais voulu",
    ],

    // --- suicide said outright ---
    // ("killing oneself" said outright is the list TUERMOI above, used as patterns of fr.intent)
    /** Dying, as wished or thought about: "mourir", "crever", "ne plus exister", "disparaître pour toujours". */
    mourir: [
      'mourir', 'crever', 'être mort', 'être morte', '(ne)? plus exister', "(ne)? plus être là", '(ne)? plus être en vie',
      'disparaître (pour toujours|pour de bon|à jamais|de ce monde|de la surface de la terre|$)', "cesser d'exister",
      "arrêter d'exister", 'arrêter de vivre', 'arrêter de respirer', 'dormir pour toujours', "m'endormir pour (toujours|de bon)",
      '(ne)? (jamais|plus|pas|plus jamais) me réveiller', "(ne)? (jamais|pas) m'être (réveillé|réveillée)", 'partir pour (toujours|de bon)',
      'ne plus vivre', 'plus vivre',
      // "envie d'être morte", "d'être six pieds sous terre" ("d'être" is glued to one word)
      "d'être (mort|morte|morts|mortes|six pieds sous terre|6 pieds sous terre|sous terre|enterré|enterrée)", '(six|6) pieds sous terre',
    ],
    /** If I were gone: "si je mourais", "si j'étais plus là", "si je disparaissais". */
    parti: [
      '(je)? (mourais|crevais|disparaissais|partais|mourrais|me tuais|me suicidais|mourrait)', "(je)? m'en allais",
      "(j'existais|je n'existais|n'existais|existais) (plus|pas)", "(j'étais|je n'étais|n'étais|étais) (plus là|plus en vie|pas là|mort|morte)",
      "(j'étais|étais) jamais (né|née)", "(j'avais|avais) jamais existé", '(je)? (serais|serai) (plus là|mort|morte)',
    ],

    // --- self-harm ---
    /**
     * Self-harm verbs, done or habitual, in their French forms only ("me automutilar" is
     * Portuguese): "je me scarifie", "je me suis mutilée". The infinitive ("me scarifier") is
     * an urge or a plan, or comes after "sans": see {@link mutilerinf}.
     */
    mutiler: [
      'scarifie', 'scarifié', 'scarifiée', 'scarifiés', 'scarifies', 'scarifiais', 'scarifiait', 'scarifierai', 'mutile', 'mutilé',
      'mutilée', 'mutiles', 'mutilais', 'mutilait', 'mutilerai', 'automutile', 'automutilé', 'automutilée', 'automutilais', 'taillade',
      'tailladé', 'tailladée', 'tailladais', 'lacère', 'lacéré', 'lacérée', 'entaille', 'entaillé', 'entaillée',
    ],
    mutilerinf: ['scarifier', 'mutiler', 'automutiler', 'taillader', 'lacérer', 'entailler', 'scarifierais', 'mutilerais'],
    corps: [
      'bras', 'poignet', 'poignets', 'cuisse', 'cuisses', 'jambe', 'jambes', 'ventre', 'peau', 'avant-bras',
      'hanche', 'hanches', 'épaule', 'épaules', 'torse', 'chevilles', 'corps',
    ],

    // --- means and places ---
    /** What people take: pills and medicines, and the emoji 💊 (read as "pills"). */
    cachets: [
      'cachets', 'cachet', 'médocs', 'médoc', 'médicaments', 'pilules', 'pillules', 'comprimés', 'gélules', 'somnifères',
      'anxiolytiques', 'antidépresseurs', 'calmants', 'doliprane', 'dolipranes', 'paracétamol', 'efferalgan', 'dafalgan', 'tylenol',
      'advil', 'ibuprofène', 'aspirine', 'xanax', 'lexomil', 'tranxene', 'seresta', 'stilnox', 'zolpidem', 'tramadol', 'lysanxia',
      'valium', 'insuline', 'pills', 'antidouleurs', 'anti-douleurs', 'neuroleptiques', 'lithium',
    ],
    /** Means: pills, rope, blades, weapons. */
    moyens: [
      '{cachets}', 'corde', 'nœud coulant', 'lame', 'lames', 'rasoir', 'lames de rasoir', 'couteau', 'cutter', 'arme', 'flingue', 'pistolet',
      'fusil', 'poison', 'rope', 'gun', 'knife',
    ],
    /** A lot of them: "toute la boîte", "toutes mes", "30". */
    beaucoup: [
      'toute la', 'toutes les', 'tous les', 'toute ma', 'toutes mes', 'tous mes', 'tout le', 'toute une', 'une boîte', 'la boîte',
      'deux boîtes', 'plusieurs boîtes', 'une plaquette', 'la plaquette', 'des plaquettes', 'deux plaquettes', 'plusieurs plaquettes',
      'tout le flacon', 'tout le tube', 'trop de', 'une poignée de', 'plein de', 'un tas de', 'un max de', 'une tonne de',
      'des dizaines de', '{bignumber}', 'vingt', 'trente', 'quarante', 'cinquante', 'cent', 'tout mon stock de', 'mon stock de',
      'la totalité de', 'tout mon', 'toute ma', 'tous ces', 'toutes ces', '{number} (boîtes|plaquettes|flacons|tubes)',
      '(une|la|des) (dizaine|dizaines|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine)', 'genre {bignumber}', 'au moins {bignumber}',
    ],
    /** Heights people jump from. */
    hauteur: [
      'pont', 'toit', 'toits', 'balcon', 'falaise', 'rebord', 'fenêtre', 'immeuble', 'building', 'édifice', 'tour', 'viaduc',
      'parapet', 'garde-corps', 'rambarde', 'dernier étage', 'précipice', 'ravin', 'passerelle', 'pont de chemin de fer', 'étage',
      '{word} étage', 'rooftop',
    ],
    /** Places where standing or sitting is itself alarming (not the balcony, not the platform). */
    perchoir: ['toit', 'toits', 'pont', 'falaise', 'parapet', 'garde-corps', 'rambarde', 'viaduc', 'corniche', 'voie ferrée', 'passerelle'],
    vehicule: ['train', 'métro', 'tram', 'bus', 'camion', 'voiture', 'char', 'rer', 'tgv', 'semi', 'poids lourd', 'rails', 'voies', 'truck'],
    /** Now, tonight: timing. ("à soir" is Québec for "ce soir", spelled out in shorthand.) */
    bientot: [
      'ce soir', 'cette nuit', 'demain', "aujourd'hui", 'maintenant', 'tout de suite', 'ce week-end', 'ce weekend', 'cette semaine',
      'bientôt', 'tantôt', 'cet après-midi', 'dans une heure', 'dans quelques heures', 'samedi', 'dimanche', 'lundi', 'mardi',
      'mercredi', 'jeudi', 'vendredi', 'tonight', 'ce matin', 'avant demain',
    ],
    /**
     * A moment set for it, sharper than {@link bientot}: "quand tout le monde dormira", "après
     * le boulot", "à minuit", "avant l'aube". Shared with the net's "soon".
     */
    moment: [
      'ce soir', 'cette nuit', 'à minuit', 'demain soir', "c'est l'heure", 'le moment est venu',
      "quand (tout le monde|ils|elles|mes parents|mes colocs|ma coloc|mon coloc|ma mère|mon père|ma femme|mon mari|elle|il|la maison|toute la maison|toute la cour|la cour|toute la famille|la famille|les enfants|les petits|le quartier) (dormira|dormiront|dort|dorment|sera couché|sera couchée|seront couchés|sera parti|sera partie|seront partis|sera sorti|sera sortie|seront sortis|sera au boulot|seront au boulot|sera vide)",
      'après (le boulot|le taf|le travail|mon service|ma garde|mon shift|les cours|les partiels|les fêtes|ma journée)', 'dans une heure',
      'dans (quelques|deux|trois) heures', 'avant le matin', "avant l'aube", 'avant la fin de la semaine',
      '(la date|le jour|l heure) est (choisie|choisi|fixée|fixé|prévue|prévu)', "j'ai choisi (la date|le jour|l'heure)",
    ],
    /** A decision taken: "ma décision est prise", "c'est décidé", "cette fois c'est la bonne". */
    decide: [
      'ma décision est prise', "c'est décidé", "j'ai décidé", "j'ai pris ma décision", "c'est le moment", "cette fois c'est la bonne",
      "c'est pour (ce soir|cette nuit|aujourd'hui)", 'je le fais', 'je vais le faire', "je passe à l'acte", 'je suis prête', 'je suis prêt',
    ],
    /** Parting words said to the ones left: "prenez soin de vous", "ne pleurez pas pour moi", "je vous aime tous". */
    adieux: [
      '(prenez|prends) soin de (mon|ma|mes|maman|papa|vous tous)',
      '(occupez-vous|occupe-toi|occupe toi|occupez vous) (de|du|des) (mon|ma|mes|maman|papa|chat|chien)', 'pardon pour tout', 'pardonnez-moi', 'pardonne-moi', 'pardon pour ce que', 'je vous aime (tous|toutes|fort|tellement|de tout mon cœur)',
      "(maman|papa|mamie|papi) je t'aime", "je t'aime (maman|papa|mamie|papi)", '(ne)? pleurez pas', '(ne)? pleure pas pour moi',
      '(vous|tu|t) (inquiétez|inquiète|inquiètes) pas pour moi', 'soyez heureux', 'sois heureuse', 'sois heureux', 'vivez (votre|vos) (vie|vies)',
      'oubliez-moi', 'oublie-moi vite',
      // "pardon maman pour tout ce que je t'ai fait vivre", "t'as jamais été une mauvaise mère"
      "pardon {fill1} pour (tout|tout ce que|ce que|toutes les fois|tout le mal|tout le mal que)", "(t'as|tu as|vous avez) jamais été (une mauvaise|un mauvais|de mauvais)",
      "c'est moi qui (étais|suis|était) (cassée|cassé|le problème|brisée|brisé)",
      // "merci pour tout, une fois pour toutes", "j'ai dit gg à la team", "pardonne moi"
      'merci pour tout {fill2} (une fois pour toutes|pour la dernière fois|une dernière fois|pour toujours)',
      "(dit|dis) (gg|au revoir|adieu|bye) (à|a) (la team|l'équipe|tout le monde|tous|la commu|au serveur|mes potes|la guilde|la squad)",
      '(pardonne moi|pardonnez moi|pardonne-moi|pardonnez-moi) $',
    ],
    /** Thanks and care said at any parting ("merci pour tout, prends soin de toi"): alarming only beside {@link apres} or {@link arrange}. */
    politesse: ['prenez soin de vous', 'prends soin de toi', 'merci pour tout', "merci (d'avoir|de m'avoir) [toujours|tjs|tout le temps] (été|ete) (là|mon|ma|mes|présent|présente|à mes côtés)", 'merci de m’avoir supporté', 'merci de m’avoir supportée',
      '(merci|te dire merci|vous dire merci) pour (toutes ces années|tout ce que tu as fait|tout ce que vous avez fait|tout ce temps|tout ce que tu m’as donné)'],
    /** Being gone after: "je reviendrai pas", "là où je vais", "quand je serai plus là", "mon enterrement". */
    apres: [
      '(je)? (ne)? reviendrai (pas|plus|jamais)', '(ne)? pleurez pas {fill1} pour moi', 'là où je vais', 'quand je serai (plus là|pu là|parti|partie|mort|morte)', 'après ma mort',
      'mon enterrement', 'mes funérailles', 'mes obsèques', 'pour la dernière fois', '(vous|tu) (me reverrez|me reverras) (plus|pu|jamais)',
      '(plus|pu|jamais) de mes nouvelles', 'dernière fois que (tu|vous|on) (as|avez|a|aura|aurez|auras) de mes nouvelles', "j'aurai (plus|pu) (mal|besoin de rien)",
      '(plus|pu) (souffrir|jamais souffrir)', 'ce que je vais (vous|te|leur|lui) faire (vivre|subir|endurer)', "(c'est|c'était|ce n'est) pas (ta|votre|de ta|de votre) faute",
      "c'est la faute de personne",
      // "vous allez comprendre plus tard", "tu sauras quoi en faire après", "oublie jamais ça"
      '(vous allez|tu vas|ils vont|elle va|il va|vous|tu|ils) (comprendre|comprendrez|comprendras|comprendront|comprendra) (plus tard|bientôt|après|un jour|assez vite|demain)',
      '(tu sauras|vous saurez|il saura|elle saura|ils sauront) (quoi|que) (en faire|faire) (après|plus tard|quand|le moment venu)',
      "(n'oublie|oublie|n'oubliez|oubliez) jamais (ça|ca|que je|ce que|qu'on|nos)", "(ne)? m'oubliez pas", "(ne)? m'oublie pas", 'souviens-toi de moi', 'souvenez-vous de moi',
      '(ouvrez|ouvre|lisez|lis) {fill2} (demain|après|plus tard|quand je serai)',
      // "lisez-le pas avant", "tu trouveras ce message en te levant", "il comprendra pas tout de suite mais plus tard",
      // "vous en ferez ce que vous voulez", "comme ça vous aurez rien à chercher", "au moins lui il aura une vraie famille",
      // "prends soin des petits pour moi", "elle a posé aucune question, tant mieux", "je voulais parler à quelqu'un avant"
      '(lisez|lis|ouvrez|ouvre|regardez|regarde|écoutez|écoute) (le|la|les)? (pas|jamais) avant ($|svp|stp|s’il vous plaît|s’il te plaît|non plus)', '(appelez|appelle|venez|viens|cherchez|cherche) (pas|personne) avant ($|svp|stp|non plus)',
      "(tu trouveras|vous trouverez|elle trouvera|il trouvera|ils trouveront|tu liras|vous lirez) (ce message|ce mot|cette lettre|ça|mon message|ma lettre|mon mot) (en te levant|en vous levant|demain|au réveil|en rentrant|ce matin|en se levant|quand)",
      '(comprendra|comprendront|comprendras|comprendrez) (pas)? (tout de suite|maintenant|sur le coup) (mais)? (plus tard|un jour|après)',
      '(vous en ferez|tu en feras|faites en|fais en|vous en faites|tu en fais) (ce que vous voulez|ce que tu veux|ce que vous voudrez|ce que tu voudras|bon usage)',
      "(comme ça|comme ca|pour que|histoire que) (vous|tu|personne|ils|elle|il|on) (n'aurez|n'auras|n'aura|aurez|auras|aura|auront|ayez|ait|aies) (rien|pas|plus rien) (à chercher|à gérer|à trier|à régler|à faire|à payer|à organiser|à ranger)",
      "(au moins|lui au moins|elle au moins) {fill2} (aura|auront) (une vraie famille|une famille|une meilleure vie|une vie meilleure|quelqu'un|des gens)",
      '(prends|prenez|occupe-toi|occupez-vous|veille|veillez) (soin)? (de|du|des|d’|sur) {fill3} pour moi (ok|stp|svp|$)',
      "(a|ont|n'a|n'ont) posé (aucune|pas de) (question|questions) {fill2} (tant mieux|heureusement)",
      "(parler à quelqu'un|te parler|vous parler|entendre une voix|dire au revoir|te dire au revoir|te dire merci) avant $",
      // "un habit propre, pour après", "ceux qui doivent comprendre comprendront demain matin", "moi je vais partir"
      "(habit|tenue|costume|robe|habits|vêtements|vêtement|ensemble) {fill3} [$] pour (après|le jour j|l'enterrement|mon enterrement|la fin) $",
      "(comprendront|comprendra|comprendrez|comprendras) ({bientot}|demain matin|demain|plus tard|après|un jour|assez vite|lundi)",
      "(moi|et moi) je vais partir {fill2} [$] (pardonne|pardonnez|pardon|prends soin|prenez soin|occupe toi|occupez vous)",
    ],
    /** Affairs put in order: "les papiers de l'assurance", "rendu les clés", "confié le chat à". */
    arrange: [
      "(les|mes) papiers (de|du) (l'assurance|la banque|la maison|l'appart|la mutuelle)", 'mon testament', 'mes codes', 'mes mots de passe',
      'confié (mon|ma|mes) {proches}', 'confié (minou|le chat|la chatte|le chien|mes plantes|mon chat|mon chien) à',
      'donné (toutes)? mes affaires', 'réglé mes dettes', 'remboursé mes dettes',
      // "mis mes bijoux dans une boîte pour ma nièce", "plus rien à moi nulle part"
      '(mis|rangé|donné|laissé|légué|préparé|emballé) (mes|mon|ma) (bijoux|affaires|trucs|vêtements|fringues|livres|jeux|consoles|collection|montre|bague|guitare|carnets|journaux|photos|vinyles|économies) {fill6} (pour|à) (ma|mon|mes) {proches}',
      '(envoyé|donné|laissé|filé|noté) {fill2} (mes|les) (codes|mots de passe|identifiants) {fill8} (après|plus tard|quand)',
      "(une|des) (enveloppe|enveloppes|lettre|lettres) (pour) (chacun|chacune|vous|toi|maman|papa|tout le monde)",
      // a message scheduled for the family, the credentials where they will be found, the papers gathered, the pet rehomed
      // with its things, keepsakes left with a note, subscriptions cancelled
      '(programmé|planifié|programmée|planifiée) (un|une|le|la|des|mon|ma|mes) (mail|mails|message|messages|post|lettre|texto|sms|vidéo) ... (toute la famille|tout le monde|ma famille|mes parents|mes proches|chacun)',
      '(identifiants|codes|code|mots de passe|mot de passe) ... (sont|est) (dans|sur|sous) (les notes|mes notes|le tiroir|mon tiroir|le carnet|mon carnet|une enveloppe|l’enveloppe|une pochette|la boîte|le coffre)',
      '(mis|rangé|classé|laissé|regroupé|préparé) (tous mes|mes|tous les|toutes mes) (papiers|documents|dossiers|factures|contrats) (dans|sur)',
      '(ramené|déposé|laissé|confié|donné|emmené|amené) {fill4} (chez|à) (ma|mon|mes) {proches} (avec) {fill2} (panier|laisse|croquettes|gamelle|litière|cage|jouets|coussin|arbre à chat)',
      '(laissé|légué|donné|offert|confié) ... (à|a|pour) (ma|mon|mes) {fill1} {proches} {fill2} (avec un mot|avec une lettre|avec une carte|et un mot|et une lettre)',
      '(résilié|annulé) (netflix|spotify|deezer|disney|amazon|mon abonnement|mes abonnements|mon forfait|mon bail|ma box|mon assurance|ma salle)',
      "(récupère|récupérer|garde|garder|nourrisse|nourrir|s'occupe de|s'occuper de) (le|la|mon|ma|mes|les) (poisson rouge|poissons|chat|chatte|chien|chienne|lapin|hamster|plantes|animaux)",
      // handed over for good: "je te confie maman et les petits", "l'argent de la tontine est chez tata awa, va récupérer ça",
      // "les papiers pour que les enfants aillent chez leur père à temps plein", "filé mon compte fortnite à mon petit cousin"
      "je (te|vous|lui|leur) confie (maman|papa|mamie|papi|les petits|les enfants|le petit|la petite|ma fille|mon fils|mes enfants|ma mère|mon père|ma sœur|mon frère|ma petite sœur|mon petit frère)",
      "(l'argent|les sous|mes économies|mon épargne|le fric|la tontine|ma part) {fill4} (est|sont) (chez|dans|sous|sur) {fill4} [$] (va|allez|tu peux|vous pouvez) (le|la|les)? (récupérer|chercher|prendre)",
      "(papiers|dossier|démarches) {fill4} (pour que|afin que) (les enfants|mes enfants|ma fille|mon fils|les petits|le petit|la petite) (aillent|aille|vivent|vive|restent|reste|soient) (chez|avec) (leur|son|sa) {fill1} (père|mère|papa|maman|grand-mère|grands-parents|tante|oncle)",
      "(filé|donné|légué|laissé|offert|refilé|passé|toute donné|tout donné) (mon|ma|mes) (compte|comptes|skins|perso|console|switch|ps5|pc|jeux|collection|cartes|syllabus|synthèses|cours|notes|fiches) {fill6} (à|a) (mon|ma|mes) {fill1} ({proches}|coloc|cokoteuse|cokoteur|colocataire|voisin|voisine)",
      "(tout|toute|toutes) (donné|offert|distribué|légué|vendu) (mes|mon|ma) (affaires|trucs|fringues|vêtements|possessions|biens|objets|choses)",
      "(carte|registre) {fill2} don d'organes", "donneur d'organes", "donneuse d'organes",
    ],
    /** The dead, where one "joins" them: "rejoindre papy là-haut", "rejoindre les étoiles". */
    audela: [
      'là-haut', 'la haut', 'au ciel', 'au paradis', "de l'autre côté", 'dans les étoiles', 'parmi les étoiles', 'les étoiles', 'les anges',
      'au ciel', 'dans le ciel', 'mon ange', 'les morts',
    ],
    /** Dying or a grave harm, as something that could happen: "un accident", "si je mourais", "y passer". */
    malheur: [
      "(un|qu'un) (accident|cancer|avc|infarctus|truc grave)", "(une|qu'une) (maladie|tumeur|crise cardiaque)", 'ma mort', 'mourir', 'crever', 'y passer', 'y rester',
      'disparaître', 'ne plus me réveiller', 'plus me réveiller',
      'si {fill1} (je)? (mourais|mourrais|crevais|disparaissais|y passais|y restais|me faisais renverser|me faisais écraser|avais un accident|me réveillais pas|me réveillais plus)',
    ],
    /** Not minding it: "ça me dérangerait pas", "ce serait pas si mal", "tant mieux", "au moins ce serait fini". */
    pasmal: [
      "(serait|ce serait|ça serait|serais) (pas si mal|pas plus mal|pas si grave|pas grave|un soulagement|une délivrance|parfait|idéal)",
      "(m'arrangerait|m'irait|me soulagerait|me dérangerait pas|me gênerait pas|me déplairait pas)", "(m'en foutrais|m'en ficherais|m'en fouterais)", 'tant mieux',
      '(au moins|enfin) (ce serait|tout serait|ça serait|ce sera|tout sera|ça sera) (fini|terminé|réglé|fini pour de bon)',
    ],
    /** Saying one will not do it ("it" unnamed or named): "je vais pas le faire", "je ferai rien", "je vais pas me tuer". */
    denie: [
      '(je vais|vais|je veux|veux|je compte|compte) (pas|jamais|rien) (le faire|faire)', '(je le ferai|le ferai|je le ferais|le ferais|je le fais|le fais) (pas|jamais)',
      '(je ferai|ferai|je vais|vais|je fais|je me ferai|me ferai) rien', "(je vais|vais) (pas|jamais) (me tuer|en finir|me foutre en l'air|passer à l'acte|sauter|me suicider)",
      "(je suis|suis) pas suicidaire", "(t'inquiète|tinquiete|pas de panique|rassure-toi)",
    ],
    /** Thinking of it all the same: "j'y pense tous les soirs", "l'idée me trotte", "j'y songe". */
    ypense: [
      "(j'y|je y|y) (pense|pensais|songe|réfléchis|ai pensé|ai songé|pense encore|pense souvent|pense tout le temps|pense tous les)", "l'idée (me trotte|revient|est là|me hante|me suit)",
      "ça me (trotte|hante|travaille) (dans la tête)?",
    ],
    /** An earlier attempt: "j'ai déjà essayé", "la dernière fois on m'a retrouvée à temps", "ma TS l'an dernier". */
    tentative: [
      "(j'ai|j'avais) (déjà)? (essayé|tenté)", '(ma|une|la) (tentative|ts)', "on m'a (retrouvé|retrouvée|sauvé|sauvée|ranimé|ranimée|réanimé|réanimée) (à temps)?",
      "(ils|elle|il|les secours|les pompiers) m'ont (retrouvé|retrouvée|sauvé|sauvée|trouvé|trouvée) (à temps)?",
      "(ma mère|mon père|ma sœur|mon frère|ma coloc|mon coloc|mon copain|ma copine|quelqu'un|elle|il) m'a (trouvé|trouvée|retrouvé|retrouvée|sauvé|sauvée) à temps", '(réveillé|réveillée) (aux urgences|à l’hôpital|en réa)', "lavage d'estomac",
    ],
    /** This time it will work: "cette fois j'ai tout prévu", "cette fois personne me retrouvera". */
    cettefois: [
      "(j'ai tout prévu|tout est prévu|j'ai tout préparé|tout est prêt|je sais comment|je me raterai pas|je vais pas me rater|je me louperai pas|je vais pas me louper|personne me retrouvera|on me retrouvera pas|personne me trouvera|ce sera la bonne|ça va marcher|ça marchera|je ferai ça bien|je le ferai bien|je vais le faire bien|personne m'arrêtera)",
      "personne (ne)? (passera|viendra|sera là|passe|vient) [à l'appart|à la maison|chez moi|me voir]", "(elle|il|ils|elles) (est|sont) (en cure|en vacances|partis|partie|parti|à l'étranger|en déplacement) jusqu'(au|à)",
    ],
    /** Going off alone: "je pars marcher en forêt, seule", "je m'en vais sans prévenir personne". */
    seulpart: [
      "(je pars|je m'en vais|je vais|je sors|je file|je prends la route|je prends la voiture) {fill4} [$] (seule|seul|toute seule|tout seul|sans prévenir|sans rien dire|sans le dire|sans mon tel|sans mon téléphone|loin de tout)",
    ],
    /** Strong drink, taken with the pills. */
    alcool: ['vodka', 'whisky', 'whiskey', 'rhum', 'alcool', "l'alcool", 'gin', 'tequila', 'vin', 'bière', 'pastis', 'absinthe', 'rosé', 'rouge', 'blanc', 'champagne', 'cidre', 'porto'],
    /** All of them, at once: "tout" at the end of a sentence, "toute la plaquette", "tous mes cachets". */
    avaltout: [
      'tout $', 'toute la boîte $', 'toute la boîte de {cachets}', 'toute la plaquette', 'tout le flacon', 'tous mes {cachets}', 'tous les {cachets}',
      'toutes les {cachets}', 'toutes mes {cachets}', 'toute ma réserve', 'tout mon stock', '{beaucoup} {cachets}',
    ],
    /** Blades and sharp things of self-harm ("le taille-crayon" is the schoolchild's blade). */
    lamesh: ['lame', 'lames', 'lame de rasoir', 'lames de rasoir', 'taille-crayon', 'taille crayon', 'compas', 'cutter', 'ciseaux', 'aiguille', 'épingle', 'briquet', 'cigarette', 'rasoir'],
    /** Places to fall or drown from, beyond {@link hauteur}: "le viaduc", "la jetée", "les voies". */
    lieu: ['{hauteur}', '{perchoir}', 'jetée', 'quai', 'falaises', 'calanques', 'barrage', 'écluse', 'voies', 'voie ferrée', 'rails', 'fleuve', 'rivière', 'lac', 'belvédère', 'clocher'],
    /** A place chosen because nothing stops a fall and no one is there. */
    isole: [
      "(plus|jamais) personne (sur|dans|autour|à|au|en|le long)", "(il y a|y a|il n'y a|n'y a) plus personne", 'plus un chat', "(c'est|est) (vide|désert|déserte) $",
      "(y a|il y a|y a plus|il n'y a|n'y a) (pas|aucun|aucune|plus) (de|d')? (grillage|barrière|barrières|rambarde|filet|garde-corps|protection|caméra|caméras|grille)",
      '(sans|aucun|aucune) (grillage|barrière|rambarde|filet|garde-corps|protection|caméra|caméras|grille)', '(jamais personne|personne) (le soir|la nuit|là-bas|à cette heure)',
      "(c'est|est) (désert|déserte|isolé|isolée)", '(personne|jamais personne) (ne)? (passe|vient|y va)',
    ],
    /** Taking the means out again: "j'ai ressorti la boîte avec les lames". */
    ressortir: ['ressorti', 'ressortie', 'ressors', 'ressortir', 'sorti de sa cachette', 'sorti de la cachette', 'déterré', 'redescendu'],

    // --- batch f: situations told without the words ---
    /** A time ahead: "au printemps", "à noël", "à mes 30 ans", "l'an prochain". */
    echeance: [
      'printemps', 'le printemps', 'été', "l'été", 'hiver', "l'hiver", 'automne', "l'automne", 'noël', 'nouvel an', "jour de l'an", 'la rentrée', 'rentrée',
      'mes {number} ans', 'mes trente ans', 'mes quarante ans', 'mes vingt ans', 'mon anniversaire', 'mon prochain anniversaire', "l'an prochain",
      "l'année prochaine", "la fin de l'année", "fin d'année", 'pâques', "l'été prochain", 'la fin du mois prochain', 'le mois prochain',
    ],
    /** Cover stories, and the ones who do not know: "ma coloc croit que c'est pour mes règles", "ils savent pas que c'était ma dernière game". */
    secret: [
      "(ils|elles|il|elle|personne|ma mère|mon père|mes parents|la team|mes potes) (sait|savent|savait|savaient|se doute|se doutent|se doutait|se doutaient) (pas|rien|de rien) (que|qu') (c'était|c'est|ce sera|ce serait) (la|le|ma|mon|notre|leur) (dernière|dernier)",
      "(il|elle|ils|elles) (a|ont|n'a|n'ont) (ri|rigolé|souri) {fill2} [$] (il|elle|ils|elles) (a|ont|n'a|n'ont) (pas|rien) compris $",
      "(croit|croient|pense|pensent|croyait|pensait|croyaient|pensaient|s'imagine|s'imaginent) (que|qu') (c'est|c'était|ce soit|ce serait) pour [mes|ma|mon|un|une|le|la|les|des|l'|son|sa|ses] {word}",
      "(je lui ai dit|j'ai dit|je leur ai dit|j'ai raconté) (que|qu') (je partais|je pars|je vais partir|j'allais partir|je m'en allais) (loin|en voyage|longtemps|à l'étranger|pour le travail|pour le boulot) {fill4} [$] (c'est|c'était) (presque|à moitié|pas tout à fait|un peu) (vrai|la vérité)",
      "(m'a demandé|m'ont demandé|me demande|a demandé) (pourquoi|ce qui se passe|si ça va|ce qui va pas) {fill3} (j'ai changé de sujet|j'ai pas répondu|j'ai esquivé|j'ai menti|j'ai rien dit|j'ai fait semblant|j'ai détourné la conversation)",
      "(en disant que|en prétendant que|en faisant croire que|j'ai fait croire que|j'ai prétendu que|sous prétexte que)",
      "(personne|personne ne) (sait|le sait|est au courant|s'en doute|se doute de rien) $",
      "(ils|elle|il|on|ma mère|mes parents) (croient|croit|pensent|pense) (que)? (je vais|j'vais|je suis) (mieux|bien) $",
    ],
    /** Profiles wiped: "compte en privé, photo de profil toute noire, bio vide". */
    effacement: [
      "(compte|comptes|insta|profil) (en privé|supprimé|supprimés|désactivé|désactivés|fermé|fermés) ... (photo de profil|pp|bio) (toute noire|noire|en noir|vide|supprimée|effacée)",
      "(photo de profil|pp|bio) (toute noire|noire|en noir|vide|supprimée|effacée) ... (compte|comptes|insta|profil) (en privé|supprimé|supprimés|désactivé|désactivés|fermé|fermés)",
    ],
    /** Being at a place to fall or drown: "je suis au bord du canal", "sur le toit", "sur le pont du ferry". */
    surplace: [
      "(je suis|suis|je me trouve|assis|assise|debout|arrivé|arrivée|monté|montée) (au bord du|au bord de la|au bord de l'|sur le|sur la|sur les|en haut du|en haut de la|au sommet du|au sommet de la|au|à la|à l'|dans le) {fill2} (canal|pont|viaduc|falaise|falaises|quai|jetée|barrage|écluse|toit|toits|rebord|parapet|rambarde|voie ferrée|voies|rails|dernier étage|ferry|clocher|tour|fleuve|rivière|précipice|ravin|belvédère|passerelle|calanques|corniche|parking)",
    ],
    /** The last things at that place: belongings set down, waiting for the dark, the phone off, "il reste plus que moi". */
    dernier: [
      "(posé|laissé|déposé|enlevé|rangé) (mon|ma|mes) (portefeuille|clés|téléphone|tel|portable|chaussures|manteau|veste|sac|papiers) {fill6} (sur|dans|par terre|au sol|à côté)",
      "il (me)? reste (plus que|que) moi $", "(y a|il y a) plus qu'à $", "(j'attends|attends) (la nuit|qu'il fasse nuit|qu'il fasse noir|le noir|que ça se vide|qu'ils partent|qu'il parte|que tout le monde parte)",
      "(j'éteins|j'ai éteint|je coupe|j'ai coupé) (mon|le) (téléphone|tel|portable) $", '{adieux}', 'je reviendrai pas', "je fais demi-tour pas",
    ],
    /** Poisons: "le produit pour les rats", "la mort aux rats", "le désherbant". */
    poison: [
      'mort aux rats', 'mort-aux-rats', 'raticide', "(produit|poison|granulés|appât|truc|sachet|sachets) (pour|contre|à) (les|des)? (rats|souris|nuisibles|taupes|limaces)",
      'désherbant', 'javel', 'de la javel', 'destop', 'antigel', 'insecticide', 'pesticide', 'glyphosate',
    ],
    /** What it does to the body, told as it happens. */
    symptomes: [
      'la tête qui tourne', 'tête qui tourne', 'ça tourne', 'tout tourne', 'je me sens partir', 'me sens partir', 'je vois flou', 'vois trouble', 'envie de vomir',
      'je vomis', "j'ai vomi", "je m'endors", 'du mal à respirer', 'peux plus bouger', 'sens plus mes (jambes|bras|mains)', "ça brûle (à l'intérieur|dedans)",
      "brûle à l'intérieur", 'cœur qui bat (trop vite|fort|à fond|à mille)', 'tiens plus debout', 'je tiens plus debout',
    ],
  },

  families: [
    {
      // Suicide intended or said outright: "je veux me tuer", "j'ai envie de me suicider",
      // "je vais mettre fin à mes jours", "je veux en finir", "je suis suicidaire".
      id: 'fr.intent',
      tier: 'act',
      softenedBy: ['reassurance'],
      patterns: [
        ...TUERMOI,
        // "me tuer" needs a first-person intent before it ("ma mère va me tuer" is a joke)
        '{veux} {fill2} me (tuer|noyer)', '(je|moi) me (tue|tuerai) {bientot}', '(je|moi) me tuerai $',
        // "je veux en finir", "j'ai décidé d'en finir"
        "{veux} {fill2} (en finir|d'en finir) ($|{bientot}|une fois pour toutes|avec tout ça|avec ça|ça)",
        // "je veux mourir", "jveux crever": said plainly (a wish with "envie de" is a cue)
        'je veux [juste|vraiment|tellement|seulement|simplement|trop|vrm] (mourir|crever)',
        '(vais|veux) {fill1} (mourir|crever) {bientot}',
        // "je suis suicidaire", "des idées suicidaires", "des pensées suicidaires"
        '(suis|sens|sentais|deviens|redeviens|devenu|devenue|étais|encore|vraiment|trop|très|complètement) {fill2} suicidaire*',
        '(idées|pensées|pensée|idée|envies|pulsions|tendances|crise|crises|humeur|phase) suicidaire*',
        "(idées|pensées|envies) (d'en finir|de me tuer|de suicide)",
        // "je pense au suicide", "j'envisage le suicide", "le suicide est la seule solution"
        '({veux}|pense|pensais|envisage|songe|réfléchis|obsédé par|obsédée par|hanté par|hantée par) {fill2} (au|le|du) suicide',
        '(suicide|me suicider|en finir|me tuer) {fill3} (seule|seul|unique|meilleure|dernière) (solution|issue|option|porte de sortie|échappatoire|possibilité)',
        // attempts: "tentative de suicide", "j'ai fait une TS"
        '(tentative|tentatives|tenté|essayé) de (suicide|me suicider)',
        '(fait|fais|faire|refait|refaire|déjà fait) (une|ma|des|deux|trois|plusieurs|{number}) (ts|tentative|tentatives)',
        // "passer à l'acte" (the French for acting on it); "je le fais samedi, tout est prévu"
        "(passer|passe|passerai|passé) (a|à) l'acte",
        '(je le fais|je le ferai|je vais le faire) [ce soir|cette nuit|demain|samedi|dimanche] (tout est|j ai tout) (prévu|planifié|prêt|préparé|organisé)',
        '(tout est|j ai tout) (prévu|planifié|prêt) {fill2} (je le fais|je le ferai|je vais le faire|je passe à l acte)',
        '(ce soir|cette nuit) (c est|ce sera) la fin',
        "{bientot} (je le fais|je vais le faire|je le ferai|je passe à l'acte) (c'est décidé|ma décision est prise|c'est prévu|j'ai décidé)",
        "(quand|dès que|une fois que) (mes parents|ma mère|mon père|ma coloc|mon coloc|tout le monde|ils|elle|il) {fill2} (partis|parti|partie|couchés|couché|couchée|endormis|endormi|absents|pas là|plus là) {fill2} (je le fais|je le ferai|je vais le faire|je passe à l'acte|ce sera le moment)",
        "(comment|meilleure façon de|moyen le plus rapide de|moyen le plus simple de|moyen le plus sûr de) (me suicider|me tuer|mourir vite|mourir sans souffrir|en finir)",
        'mourir sans (souffrir|douleur|avoir mal)',
      ],
    },
    {
      // Suicide mentioned with no intent stated ("le suicide", also when negated: "je suis pas
      // suicidaire"), and "idées noires", the everyday French for suicidal thoughts.
      id: 'fr.suicide-mention',
      tier: 'cue',
      patterns: ['suicid*', 'sucid*', 'suisid*', 'suicd*', '(idées|pensées) noires', '(idées|pensées|envies) (de mort|morbides|de mourir)'],
    },
    {
      // A negated act phrase, where French puts the "pas" between the verbs ("je vais pas me
      // tuer", "j'ai jamais pensé à me tuer", "je compte pas en finir"): a cue, never nothing.
      id: 'fr.negated',
      tier: 'cue',
      patterns: [
        "{je} [ne|n] {fill2} (pas|jamais|plus|point|rien|aucunement) {fill2} (me tuer|me tuerai|me tuerais|en finir|d'en finir|passer à l'acte)",
        '{je} [ne|n|me] {fill2} (pas|jamais|plus) {fill2} (me faire du mal|me faire de mal|me faire mal|me blesser|me scarifier|me couper|me mutiler)',
        '(ferai|ferais|fais|vais|compte|veux) (pas|jamais|rien|plus) {fill2} (de mal|du mal|de bêtise|de bêtises|de connerie|de conneries)',
        // "je vais pas le faire, j'ai trop peur. mais j'y pense tous les soirs"
        '{denie} ... {ypense}',
        // "j'ai pas l'intention de sauter hein"
        "{je} [ne|n] {fill2} (pas|jamais|plus|aucunement) {fill2} (sauter|me jeter|me pendre|me noyer|me balancer) (hein|$|du|de la|d'un|d'une|par la|dans le vide|sous|devant)",
      ],
    },
    {
      // Wishing to be dead or gone, not waking up: "j'ai envie de mourir", "j'aimerais être
      // morte", "m'endormir et ne jamais me réveiller", "je veux plus vivre" ("pu" in Québec).
      id: 'fr.passive-wish',
      tier: 'cue',
      patterns: [
        '{envie} {fill2} {mourir}',
        "(m'endormir|dormir|fermer les yeux|me coucher) {fill1} (et|pour) {fill1} (ne plus|plus jamais|ne jamais|jamais|pas|ne pas|plus) {fill1} (me réveiller|rouvrir les yeux|les rouvrir)",
        '({envie}|espère) {fill3} (ne|pas|plus|jamais|ne plus|ne jamais|ne pas|plus jamais) {fill1} me réveiller',
        '(aimerais|voudrais|préférerais|serais|serait|vaudrait|souhaite|souhaiterais|veux) {fill2} être (mort|morte|morts)',
        '(mieux|plutôt) (mort|morte|crever|mourir|six pieds sous terre)',
        "(j'aurais|aurais|aurait) (dû|préféré|aimé|voulu|mieux fait de) {fill2} (jamais|pas|ne jamais|ne pas) (naître|exister|être né|être née|venir au monde)",
        'jamais dû (naître|exister|venir au monde)', "(regrette|maudis) (d'être|détre) (né|née|en vie|au monde)",
        // "je veux plus vivre", "j'ai plus envie de vivre" ("je veux pas vivre à Paris" is not this)
        "(veux|peux|voulais|souhaite|sais|arrive|envie de|envie d') (plus|pu) {fill1} (vivre|exister|continuer à vivre|rester en vie|être là|être en vie|me réveiller)",
        "(plus|pu|perdu|perdu toute|plus aucune|aucune) (envie|goût|le courage|la force|la volonté|raison) [de] {fill1} (vivre|exister|d'exister|continuer|me lever|me battre|me réveiller|rester en vie|tenir|d'avancer|d'être là|d'être en vie)",
        '(veux|peux|arrive) (pas|plus) (vivre|continuer à vivre|continuer de vivre|exister) (comme ça|ainsi|de même|comme cela|avec cette douleur|avec ce vide|$)',
        "(marre|fatigué|fatiguée|épuisé|épuisée|lasse|las|tanné|tannée|écœuré|écœurée|dégoûté|dégoûtée) [de] (vivre|la vie|exister|d'exister|cette vie|ma vie|d'être en vie|me réveiller|respirer|survivre)",
        "(j'en peux|peux|supporte) plus (de vivre|de la vie|de cette vie|de ma vie|d'exister|d'être en vie|de me réveiller|de respirer|de survivre)",
        "(j'en peux|peux|supporte|supporte pas) (plus|pu) (d'être|de rester|d'être encore) (vivante|vivant|en vie|là|au monde|sur terre|moi)",
        // "à quoi bon vivre", "je vois plus l'intérêt de vivre", "aucune raison de vivre"
        '(à quoi bon|à quoi ça sert de|à quoi sert de|pourquoi) (vivre|continuer|exister|me lever|me battre|rester en vie|continuer à vivre|continuer de vivre|me réveiller)',
        "(plus|pas|aucun|aucune|quel|quelle) {fill2} (l'intérêt|intérêt|le sens|sens|le but|but|l'utilité|raison|raisons|la raison) [de|à] (vivre|continuer|exister|d'exister|rester en vie|me lever|me battre|me réveiller|ma vie|la vie|tout ça|d'avancer|d'essayer|d'être en vie)",
        '(rien|plus rien|personne) (pour quoi|pour qui) (vivre|me battre|rester|continuer)',
        "(ma vie|la vie|vivre|mon existence|exister) (n'a|a) (plus|aucun|pas de|plus aucun|pas|plus de) {fill1} (sens|valeur|intérêt|but)",
        '(ma vie|la vie|mon existence) (ne)? vaut (plus|pas|rien) {fill2} (la peine|rien|le coup)',
        "(vaut|valait) (plus|pas) (la peine|le coup) (de vivre|de continuer|d'exister|de me battre|de rester en vie)",
        "(ma mort|mon absence|ma disparition|si je meurs|si je mourais|si je crève) (ne|n')? {fill2} (changerait|changera|change) (rien|pas grand chose|pas grand-chose)",
        '(ma mort|ma disparition) {fill2} (soulagerait|arrangerait|rendrait service à) {fill2} (tout le monde|tous|ma famille|mes parents|les autres)',
        // "si un camion m'écrasait, ça m'arrangerait"; "j'espère que l'avion s'écrase"
        "si {fill4} (m'écrasait|m'écrase|me renversait|me renverse|me percutait|me fauchait|me tuait|me tue) {fill4} (m'arrangerait|m'arrange|me soulagerait|me dérangerait pas|me dérange pas|me gênerait pas|me gêne pas|serait pas plus mal|serait pas grave|ferait rien|m'en foutrais|m'en ficherais|tant mieux|m'irait|me va)",
        "(j'espère|espère|prie) {fill3} (m'écrase|me renverse|me tue|me percute|s'écrase)",
        '(la mort|mourir|crever|en finir) {fill2} (serait|ce serait|sera|c est) {fill2} (un soulagement|une délivrance|la solution|la seule solution|mieux|plus simple|plus facile|reposant|la paix|une libération)',
        "(attendre|attends|j'attends) (la mort|de mourir|que ça se termine|que tout s'arrête|que ça s'arrête)",
        "{envie} {fill2} que (tout|tout ça|ça|la vie|ma vie|la douleur|cette douleur|la souffrance|le mal) (s'arrête|se termine|finisse|prenne fin|s'arrête enfin) [pour de bon|pour toujours|$]",
        '(pense|pensais|pensé|songe|rêve|fantasme) {fill1} (à|de|sur) (la mort|mourir|ma mort|crever|disparaître|ne plus exister|plus exister|ne plus me réveiller)',
        "mérite (de mourir|de crever|pas de vivre|pas d'être en vie|pas d'exister)",
        // "si je mourais demain ça me dérangerait pas", "un accident ce serait pas si mal, au moins ce serait fini"
        '{malheur} {fill4} [$] {fill3} {pasmal}',
        // "l'envie de disparaître elle part pas", "besoin de disparaître"
        "(l'envie|envie|besoin|le besoin|désir|le désir) (de|d') (disparaître|plus exister|ne plus exister|plus être là|ne plus être là|partir pour de bon)",
      ],
    },
    {
      // Being a burden: "tout le monde serait mieux sans moi", "je suis un poids pour ma
      // famille", "personne me regretterait", "bientôt je serai plus un problème pour personne".
      id: 'fr.burden',
      tier: 'cue',
      patterns: [
        '{tousautres} {fill2} (serait|seraient|seront|sera|serais|seriez|serez|irait|iraient) {fill2} (mieux|plus heureux|plus heureuses|plus heureuse|soulagé|soulagés|tranquille|tranquilles|bien mieux|mieux lotis) {fill1} sans moi',
        '(serait|seraient|ce serait|ça serait|c est) {fill1} (mieux|plus simple|plus facile|un soulagement) {fill4} si {parti}',
        '(mieux|plus simple|plus facile|un soulagement) {fill3} sans moi (dans les parages|ici|sur terre|en vie|dans leur vie|dans vos vies)',
        '{tousautres} {fill2} (serait|seraient|seront|sera|serez) {fill1} (soulagé|soulagés|soulagée|débarrassé|débarrassés|mieux|plus heureux|tranquille|tranquilles) {fill2} (si|quand) {parti}',
        '(monde|terre) {fill2} mieux sans moi',
        "(suis|être|d'être|me sens|reste) {fill2} (un|une) (fardeau|poids|boulet|charge|poids mort|problème|nuisance|plaie) (pour|à) (tout le monde|tous|toi|vous|eux|ma famille|mes proches|les autres|mes parents|ma mère|mon père|mes amis|mes potes|les gens|ceux que j'aime|mon entourage)",
        "(suis|me sens) (un|qu'un|juste un|vraiment un|rien qu'un|comme un|tel un) (fardeau|boulet|poids mort)",
        '(plus|pu) (un|une) (problème|fardeau|poids|boulet|charge|souci) pour (personne|qui que ce soit|vous|toi|eux|tout le monde|ma famille)',
        '(plus|pu) (personne|vous|toi|eux) (à) (supporter|gérer|porter)',
        "personne {fill2} (remarquerait|remarquera|verrait|verra|regretterait|regrettera|pleurerait|pleurera|manquerait|manquera|s'en rendrait compte|s'apercevrait|se soucierait)",
        "(si|quand) {fill1} {parti} {fill3} (personne|ça changerait rien|ça changera rien|rien changerait|tout le monde s'en fout|le monde continuerait)",
        '(manquerai|manquerais) (à) personne',
        '(me sens|suis|je suis) (de trop|en trop) (partout|ici|sur terre|dans ce monde|pour tout le monde|$)',
        "(sert|servirait|ça sert) (à rien|à quoi) (que je|qu'on me garde|que j'existe) (vive|sois en vie|sois là|continue|existe|reste)?",
        "personne [ne|n'] {fill3} (mon enterrement|mes funérailles|mes obsèques|ma tombe)",
        '(je gâche|je pourris|je bousille|je détruis) (la vie|la vie de tout le monde|la vie de mes|leur vie|vos vies|tout autour de moi)',
        "(mérite|mérites) pas (de vivre|d'être là|d'exister|d'être aimé|d'être aimée|d'être en vie)",
      ],
    },
    {
      // Hopelessness, not being able to go on: "je peux plus continuer comme ça", "chu pu
      // capable" (Québec), "je sais plus vivre comme ça" (Belgium), "plus aucun espoir".
      id: 'fr.hopeless',
      tier: 'cue',
      patterns: [
        '(peux|sais|arrive) (plus|pu) {fill1} (continuer|tenir|avancer|toffer|endurer|vivre) (comme ça|de même|ainsi|comme cela|$)',
        '(plus|pu) capable {fill2} (vivre|continuer|toffer|endurer|tenir|supporter)',
        '(suis) (plus|pu) capable $',
        "(n'ai|ai|a|j'ai) (plus|pu) (la force|de force|aucune force|l'énergie|le courage) {fill2} (continuer|vivre|tenir|me battre|avancer|me lever|lutter)",
        "(plus|aucun|pas d'|aucune|plus d'|plus aucun) {fill1} (espoir|d'espoir|avenir|d'avenir|issue|d'issue|porte de sortie) (pour moi|$)",
        "(aucune|pas d'|plus d'|plus aucune|pas de) (issue|échappatoire|lumière au bout du tunnel)",
        "(vois|trouve) (pas|plus|aucune) (d'issue|d'autre issue|d'échappatoire|le bout du tunnel)",
        '(désespéré|désespérée|sans espoir|à bout|au bout du rouleau) (de tout|de la vie|$)',
        "(j'abandonne|abandonne|laisse tomber|baisse les bras) (la vie|face à la vie)",
        "(ça|rien) (ira|ne va|va) (jamais|plus jamais) (mieux|s'arranger)",
        'au (fond du trou|bord du gouffre) {fill2} (sans|plus|pas) {fill1} (sortir|issue|espoir)',
        'je (tiens|tiendrai) (plus|pu) (le coup)? $',
        // "j'en peux plus. j'en peux vraiment plus" (said alone, not "j'en peux plus de ce boulot")
        "(j'en|je n'en|n'en) peux [vraiment|juste|tellement|franchement|trop|plus du tout|sincèrement|tout simplement] (plus|pu) $",
        // "je vais pas tenir encore longtemps", "je pense pas que je vais tenir longtemps"
        '(je vais|je pourrai|je tiendrai|je vais pouvoir) (pas|plus|pu) (tenir)? (encore)? (très|bien)? longtemps ($|comme ça)',
        "(pense|crois) pas (que|qu') (je vais|je vais pouvoir|je pourrai|je tiendrai) (tenir)? (encore)? (très|bien)? longtemps ($|comme ça)",
        // "je suis au bout du bout et je vois pas comment tenir encore", "l'avenir c'est un mur noir"
        '(vois|sais) (pas|plus|pu) comment (tenir|continuer|survivre|avancer|tenir le coup|m’en sortir|tenir debout) [encore|plus longtemps|comme ça] $', 'au bout du bout',
        "(l'avenir|mon avenir|le futur|mon futur) (c'est|est|ressemble à) (un mur|un trou|le vide|tout noir|noir|vide|un gouffre|un tunnel) [noir|sans fin] $",
        "(arrive|peux|réussis) [même] (pas|plus) [à|a] (m'imaginer|me voir|me projeter) (à noël|dans un an|l'an prochain|l'année prochaine|dans six mois|dans un mois|cet été|le mois prochain|demain|au printemps|à mon anniversaire|l'été prochain|dans quelques mois)",
      ],
    },
    {
      // Goodbye and final messages: "adieu à tous", "c'est mon dernier message", "quand tu liras
      // ça je serai plus là", "dites à ma mère que je l'aime", "j'en aurai plus besoin".
      id: 'fr.goodbye',
      tier: 'act',
      patterns: [
        '(adieu|adieux) (à tous|à toutes|tout le monde|le monde|la vie|pour toujours|mes amis|ma famille|maman|papa|mes amours|monde cruel|à jamais)',
        '^ adieu $', "(merci|pardon|pardonnez-moi|je vous aime|je t'aime|désolé|désolée|pour tout) {fill2} adieu",
        "(dire|dis|te dire|vous dire|leur dire) (adieu|au revoir|mes adieux) {fill3} (avant de|avant que) {fill2} (partir|mourir|m'en aller|disparaître|je parte|je m'en aille|je meure)",
        '(te|vous|leur) (dire|faire) (adieu|mes adieux)',
        '(c est|ceci est|voici|ce sera|ce message est) {fill1} (mon|ma|le|la|mes) (dernier|dernière|derniers|ultime|tout dernier) (message|mot|mots|lettre|texto|sms)',
        "(lettre|lettres|message|messages|mot|vidéo) (d'adieu|d'adieux|de suicide)",
        '(écrit|écrire|écris|laissé|laissée|préparé|rédigé|fini) {fill2} (une lettre|des lettres|un mot|des mots|mes lettres|ma lettre|un message|des messages|une enveloppe|des enveloppes|une lettre) (pour|à) (chacun|chacune|tout le monde|tous|ma famille|mes parents|mes proches|vous|ma mère|maman|mes enfants)',
        "quand (tu|vous|on|quelqu'un|ils|elle|il|maman|mes parents) (liras|lirez|lira|verras|verrez|verra|trouveras|trouverez|trouvera|recevras|recevrez|recevra|découvrira|découvrirez) (ça|ce message|ceci|cette lettre|ces mots|ce mot|mon message|mes messages)",
        '(je serai|serai|je ne serai) (plus|déjà plus|pu) (là|de ce monde|parmi vous|parmi nous|en vie|vivant|vivante)',
        '(je serai|serai) (déjà)? (mort|morte|partie pour toujours|parti pour toujours)',
        "(prenez|prends|occupez-vous|occupe-toi) (soin)? (de|du|d') (mon|ma|mes) {proches} {fill2} (quand|après|une fois) (que)? (je serai|je ne serai|moi) (plus là|pu là|mort|morte|partie pour de bon|parti pour de bon)",
        "(dites|dis|diras|direz|pourras dire|pourrez dire|pourrais dire|pourriez dire|peux dire|pouvez dire) (à|a) (ma|mon|mes)? {proches} {fill4} (je l'aime|je les aime|je t'aime|je vous aime|suis désolée|suis désolé|pardon|pas sa faute|pas de sa faute|pas leur faute|pas de leur faute)",
        "(c'est|ce n'est|n'est|est) pas (ta|votre|sa|leur|de ta|de votre|de sa|de leur) faute {fill3} (je vous aime|je t'aime|adieu|pardon|pardonnez|c'est ma décision|c'est mon choix)",
        "(que personne|personne) {fill2} (ne)? (se sente|se sentent|se sentira|se blâme|s'en veuille) {fill1} (coupable|coupables)?",
        '(sentez-vous) pas (coupable|coupables)', 'culpabilisez pas',
        '(pardonnez-moi) {fill2} (pour tout|adieu|je vous aime|c est mieux|$)',
        '^ (pardonnez-moi) $',
        "(merci|merci pour tout|merci d'avoir été là) {fill3} (adieu|je vous aime tous|au revoir pour toujours|pour la dernière fois)",
        '(vous|personne|on) (entendrez|entendra) (plus|pu|plus jamais|jamais plus) (parler de moi)',
        "dernière fois (que|qu') (vous|on) {fill1} (m'entend|m'entendez|me lisez|me voyez|entendez parler de moi|entendrez parler de moi|avez de mes nouvelles)",
        '(écrit|rédigé|fait|préparé|fini) (mon|un|mon petit) testament',
        'dernière fois que je vous (écris|parle)',
        "(j'en aurai|j'en aurais|je n'en aurai|n'en aurai) (plus|pas|plus jamais|jamais|pu) besoin (là où je vais|$)",
        '(donné|offert|distribué|légué|donne|distribue|lègue) (toutes|tous|toute|tout) (mes|mon|ma) (affaires|trucs|fringues|vêtements|possessions|biens|objets|choses)',
        'là où je vais {fill3} (besoin|plus rien|pas besoin)',
        // arranging for after: the pets' new home, the phone code, the letter left out
        '(mon|ma|mes) (chat|chatte|chien|chienne|chats|chiens|lapin|animaux|plantes) (ira|iront|va aller|vont aller|sera|seront|partira) (chez|à|avec) (ma|mon|mes)',
        "(code|codes|mot de passe|mots de passe|pin|identifiants) (de|du|d') (mon|ma|mes)? {fill1} (tel|téléphone|portable|ordi|ordinateur|carte|compte|comptes|banque|iphone|mail|mails|phone) (est|sont) (dans|sur|sous|au|à)",
        "(vous|tu|ils) en (aurez|auras|auront) besoin (après|quand je serai|une fois que)",
        '(écrit|fini|laissé|posé|terminé) (ma|mes) (lettre|lettres) $',
        '(ma|la|mes) (lettre|lettres) (est|sont|sera|seront) (sur|dans|sous) (la table|le bureau|mon bureau|mon lit|le lit|la commode|mon oreiller|l entrée)',
        '(pris|prise) ma décision {fill3} (en paix|sereine|serein|apaisée|apaisé|adieu|plus peur|c est mieux ainsi)',
        'avant de partir pour (de bon|toujours)',
        "(c'est|voilà) (la fin|fini) pour moi",
        '(ma|mon) (dernière|dernier) (nuit|soir|jour|journée) (sur terre|en vie|ici-bas)',
        "(c'est|ce sera|voici) (ma|mon) (dernière|dernier) (nuit|soirée|soir) $",
        '(au revoir|bye|ciao) (pour toujours|à jamais|le monde|la vie)',
        "(rendez-vous|on se reverra|on se retrouvera) (de l'autre côté|là-haut|dans une autre vie)",
      ],
    },
    {
      // Self-harm done or under way: "je me suis coupée", "je me scarifie", "je me suis brûlé
      // avec mon briquet", "jusqu'à saigner", "rechute" (with self-harm near it). A wish before
      // it in its clause ("j'ai envie de me scarifier") makes it an urge: a cue.
      id: 'fr.self-harm-act',
      tier: 'act',
      softenedBy: ['urge'],
      patterns: [
        '(me|m) {fill2} {mutiler}',
        // "je me suis scarifier": -é and -er sound the same and are often swapped in writing
        '(me|m) (suis|suis encore|suis déjà|suis de nouveau|suis à nouveau) {fill1} ({mutilerinf}|couper)',
        "(m'entaille|m'entailler|m'entaillé|m'entaillée|m'automutile|m'automutiler|m'automutilé|m'automutilée|m'arracher la peau|m'arrache la peau)",
        '(je|moi) me (suis|suis encore|suis déjà|suis encore une fois|suis de nouveau|les suis|la suis)? {fill1} (coupé|coupée|coupés|coupées|coupe|coupes|coupais|tailladé|tailladée) ([les|le|la|mes|ma|mon] {corps}|hier|cette nuit|ce soir|encore|profond|à nouveau|de nouveau|avec|exprès|$)',
        '(je|moi) me [suis] {fill1} (ouvert|ouverte|ouvre) (les|le|mes|ma|mon) {corps}',
        "(j'ai|je|moi) {fill1} (recommencé|repris|rechuté dans|replongé dans) (la scarification|les scarifications|l'automutilation|les scarifs|la scarif|les scarifs)",
        '(recommencé|repris|continué|arrête pas) (à|de) (me couper|me scarifier|me mutiler|me faire du mal|me faire mal|me brûler|me blesser|me taillader)',
        '(plante|planté|plantée|enfoncé|enfoncée|enfonce) {fill2} (compas|lame|couteau|aiguille|ciseaux|cutter|épingle) (dans|sur) (le|la|les|mon|ma|mes) {corps}',
        '(me suis|me|je me) (brûlé|brûlée|brûlais|brûle|brûler) {fill3} (avec|à|au) (mon|ma|un|une|le|la|des)? (briquet|cigarette|clope|allumette|allumettes|lame|cutter)',
        "(je me|me) (fais|fait) (du mal|saigner|des entailles|des coupures) (tous les|chaque|souvent|depuis|encore|régulièrement|la nuit|le soir|en cachette)",
        '(me suis|je me) {fill2} (fait|faite|faits|fais) (du mal|saigner|des marques|des entailles|des coupures) {fill3} (exprès|volontairement|à nouveau|encore|hier|cette nuit|ce soir|pour sentir|pour me punir|pour oublier|jusqu)',
        '(me suis|je me) {fill2} (fait|faite|fais) mal {fill2} (exprès|volontairement|pour sentir|pour me punir)',
        "(me|m') (blessé|blessée|blesse|frappé|frappe|cogné|cogne|griffé|griffe|gratté|gratte|brûlé|brûle|puni|punie|punis) {fill3} (exprès|volontairement|jusqu'au sang|jusqu'à saigner|pour me punir|pour sentir|pour avoir mal)",
        "(jusqu'à|jusqu'au|à en) (saigner|sang|ce que ça saigne|ce que je saigne)",
        '(frappé|frappe|tapé|tape|cogné|cogne|défoncé) {fill4} (mur|murs|porte|miroir|tête) {fill4} (exprès|pour sentir|pour avoir mal|jusqu)',
        // relapse with self-harm near it; "3 mois sans me couper et j'ai tout gâché"
        '(rechute|rechuté|rechuter|rechutée|replongé|replongée) {fill4} (sans)? (scarif*|coupé|coupée|couper|coupe|mutil*|lame|lames|automutil*|me faire du mal|me faire mal|me blesser|sh|me couper|me scarifier|me mutiler)',
        '(scarif*|couper|mutil*|lame|automutil*|me faire du mal) {fill3} (rechute|rechuté|replongé|replongée)',
        // "rechute. j'avais tenu 2 mois" (the word alone, then the clean time)
        "^ (rechute|rechuté|rechutée|j'ai rechuté|replongé|replongée|j'ai replongé|craqué|j'ai craqué) $ ... (tenu|tenue|clean|sans rien|sans craquer) {fill2} (jours|semaines|mois|ans|an)",
        // the clean counter back to zero: "jour 0. encore. le compteur de l'appli était à 112 jours"
        '(jour|jours) (0|zéro|zero|un|1) $ ... (compteur|appli|série|streak|clean) {fill4} (était|étais|j’étais|était à|remis|retombé|revenu|repart) {fill1} {number} (jours|semaines|mois)',
        '(jours|semaines|mois|ans|an) (sans|clean) {fill2} (me couper|me scarifier|me mutiler|me faire du mal|me faire mal|scarif*|automutil*|lame) {fill3} (et|mais) {fill3} (gâché|fini|foutu|rechuté|recommencé|craqué|perdu|cassé|replongé)',
        '(fraîches|nouvelles|nouvelle|fraîche|profonde|profondes) (coupures|coupure|entailles|entaille|cicatrices|scarifications|scarif|scarifs|marques) (sur|aux|à) (mes|mon|ma|les)',
        '(mes|les) {corps} (sont|est) (couvert|couverts|couverte|couvertes|plein|pleins|pleine|pleines) (de|d) (coupures|cicatrices|entailles|marques|scarif*|brûlures)',
        "(manches longues|pull|pulls|col roulé) {fill4} (cacher|que personne voie|qu'on voie) {fill3} (cicatrices|coupures|marques|bras|poignets)",
      ],
    },
    {
      // Self-harm urges and mentions: "envie de me faire du mal", "je veux me faire mal", "la
      // pulsion revient", "automutilation", "3 mois sans me scarifier".
      id: 'fr.self-harm-urge',
      tier: 'cue',
      patterns: [
        '{envie} {fill2} (me faire du mal|me faire mal|me blesser|me punir|me couper|me scarifier|me mutiler|me brûler|me faire saigner|saigner)',
        "(me|m') {fill1} {mutilerinf}",
        '(veux|besoin de|envie de) {fill1} (me faire du mal|me faire mal|me blesser|me punir physiquement|me faire saigner)',
        '(peur de) {fill1} (me faire du mal|me faire saigner|me scarifier|me couper)',
        '(vais|pourrais|dois|devrais) {fill1} (me faire du mal|me faire saigner)',
        "(l'envie|envie|pulsion|pulsions|besoin|tentation|craving) {fill2} (de me|me) (couper|scarifier|mutiler|faire du mal|faire mal|blesser|brûler|taillader)",
        "(l'envie|les envies|la pulsion|les pulsions) (revient|reviennent|est là|sont là|est trop forte|est forte|me reprend|me reprennent)",
        '(automutil*|scarification*|scarif|scarifs)',
        '(jours|semaines|mois|ans) (sans|clean) {fill1} (me couper|me scarifier|me mutiler|me faire du mal|scarif*|automutil*)',
        "(mérite|mériterais) (d'avoir mal|de souffrir|de saigner|d'être puni|d'être punie)",
      ],
    },
    {
      // Plans, means, timing, an act under way or done: "j'ai acheté une corde", "j'ai avalé
      // toute la boîte", "j'ai mis des médocs de côté", "je suis sur le toit", "c'est fait".
      id: 'fr.plan-means',
      tier: 'act',
      patterns: [
        "(acheté|achetée|acheter|commandé|trouvé|récupéré|pris|sorti|préparé|caché|planqué|j'ai) {fill1} (une|la|ma|un|le|mon|des) (corde|nœud coulant|arme|flingue|pistolet|fusil|rope|gun)",
        '(accroché|attaché|noué|accroche|attache|noue|préparé) (la|une|ma) (corde|rope)',
        '(corde|nœud coulant|rope) (est|sont) {fill1} (prête|attachée|accrochée|nouée|en place|installée)',
        "(j'ai|les|mes|des|la|le|ma|mon) {moyens} (à côté de moi|devant moi|dans ma main|dans la main|sur moi|prêtes|prêts|prête|sous la main|à portée de main|sur mes genoux)",
        '(mis|mets|mettre|gardé|garde|stocké|économisé|accumulé|amassé|conservé|compté|planqué|préparé|aligné|sorti|rassemblé) {fill2} {cachets} {fill2} (de côté|en réserve|devant moi|sur la table|sur mon bureau|pour ce soir|pour plus tard|pour le jour|prêts|prêtes)',
        '(mis|mets|mettre|garde|stocke|économise|accumule|amasse|planque) (de côté|en réserve) {fill2} {cachets}',
        '(mon|un|tout un|mon petit) (stock|tas) (de|d) {cachets}',
        '{cachets} (devant moi|dans ma main|alignés|prêts|comptés) {fill2} $',
        '((avalé|avale|pris|bu|gobé|ingéré|descendu|enfilé|sifflé)|{veux} {fill1} (prendre|avaler|gober|boire)) {beaucoup} {fill2} ({cachets}|boîtes|plaquettes|flacon|traitement)',
        "(j'ai) tout (avalé|pris|bu|gobé) $",
        '(avalé|gobé|pris) (toute la|la|une) (boîte|plaquette) (entière)? $',
        "(j'ai|ai|déjà) (avalé|pris) (les|mes) {cachets} (tous|toutes|d'un coup|en entier)",
        "(overdose|surdose|od) (de|d') {cachets}",
        '(fait|faire|fais|vais faire) {fill1} (overdose|surdose|intoxication médicamenteuse)',
        "(combien|quelle dose|quelle quantité) {fill4} (pour mourir|pour crever|pour en finir|pour ne pas me réveiller|pour ne plus me réveiller|pour y passer|mortel|mortelle|mortels|pour que ce soit mortel|pour m'endormir pour toujours)",
        '(dose|quantité) (mortelle|létale|fatale)',
        '{cachets} (commencent|commence|font|fait) {fill1} (effet|agir)',
        "(commencé à|commence à|en train de|en train d') (prendre|avaler|gober) {fill2} {cachets}",
        "(vidé|vide|fini|terminé) (la|ma|toute la|une|le|tout le|toute ma) (boîte|plaquette|flacon|tube|stock) (de|d') {cachets}",
        '(je suis|suis|assis|assise|debout|monté|montée|grimpé|grimpée|perché|perchée) (sur|au bord de|au bord du|en haut de|en haut du|tout en haut de|tout en haut du|sur le bord de|sur le rebord de|sur le toit de) {fill2} {perchoir}',
        "(je suis|suis|assis|assise|debout|perché|perchée) (au bord|sur le bord|sur le rebord) (du|de la|de mon|de ma|d'un|d'une) {fill1} ({perchoir}|vide|quai|précipice|ravin|immeuble)",
        "(j'hésite|hésite) (à) (sauter|me jeter|passer à l'acte)",
        "{veux} {fill2} (sauter|me jeter|me lancer|me balancer|me laisser tomber) (du|de la|d'un|d'une|de mon|de ma|de ce|de cette|de notre|par la|par|en bas du|en bas de la|du haut du|du haut de la) {fill1} ({hauteur}|vide|fenêtre)",
        '{veux} {fill2} (sauter|me jeter|me lancer|me balancer|me coucher|me mettre) (sous|devant) (un|une|le|la|les) {vehicule}',
        '(vais|veux|compte|prêt à|prête à|envie de|pense à|songe à|pensé à|réfléchis à) (sauter|me jeter|me balancer|me laisser tomber) $',
        '(allongé|allongée|couché|couchée|assis|assise) (sur) (les|la) (rails|voies|voie ferrée)',
        "(c'est|voilà) fait {fill2} (j'ai tout pris|j'ai tout avalé|j'ai pris|tout pris|tout avalé|c'est fini|adieu)",
        '(je me suis|me suis) {fill1} (ouvert|ouverte|tranché|tranchée|coupé|coupée|taillé|taillée|tailladé|tailladée) les (veines|poignets)',
        "(choisi|fixé|prévu|décidé) (la date|le jour|l'heure|la date de ma mort|le moment) {fill3} (mourir|en finir|ma mort|me tuer)",
        "(je sais|j'ai trouvé|j'ai décidé|j'ai prévu) (comment|quand|où) (en finir|mourir|me tuer|me suicider)",
        "(j'ai tout prévu|tout est prévu|tout est prêt) (pour en finir|pour mourir|pour ma mort)",
        "(bu|boire|avalé|avaler) (de la javel|de la mort aux rats|du poison|du destop|de l'antigel)",
        '(arme|flingue|pistolet|fusil|gun) {fill4} (sur la tempe|dans la bouche|contre ma tête|sur ma tempe)',
      ],
    },
    {
      // Affairs put in order and quiet farewells: "laissé les codes de la banque à mon frère",
      // "comme ça personne aura à gérer mes trucs après", "après ce soir tu auras plus de mes nouvelles",
      // "dernière clope, dernier coucher de soleil", "pardon à celui qui va me trouver", "la chanson à mon enterrement".
      id: 'fr.goodbye-signs',
      tier: 'act',
      patterns: [
        '(laissé|laisse|noté|écrit|filé|donné|laissés|notés|écrits) {fill2} (codes|mots de passe|code|identifiants|pin) (de la|du|de ma|de mon|des) (banque|compte|comptes|carte|cb) {fill3} (à|a|pour) (mon|ma|mes) {proches}',
        '(comme ça|comme ca|pour que|histoire que) {fill2} (personne|plus personne|ils|elle|il) {fill1} (aura|auront|ait|aient|ont|a) (à|a) (gérer|s’occuper|s’embêter|s’inquiéter|régler|payer) {fill4} (après|apres|quand je serai plus là)',
        '(après|apres) (ce soir|cette nuit) {fill3} (tu auras plus|tu n’auras plus|vous aurez plus|vous n’aurez plus|t’auras plus|tu entendras plus|tu me reverras plus|tu me liras plus|j’aurai plus besoin|je n’aurai plus besoin)',
        '(dernière|derniere|dernier) (clope|cigarette|café|cafe|nuit|bière|verre|balade) ... (dernière|derniere|dernier) (coucher de soleil|lever de soleil)',
        '(dernière|derniere|dernier) (coucher de soleil|lever de soleil) ... (dernière|derniere|dernier) (clope|cigarette|café|cafe|nuit|bière|verre|balade|fois)',
        '(pardon|désolé|désolée|desole|desolee|excusez moi|je m’excuse) {fill2} (à celui|à celle|à ceux|à la personne|à qui|a celui|a celle|a qui) {fill3} (va me trouver|me trouvera|vont me trouver|me trouveront|me trouve)',
        '(j’ai noté|j’ai choisi|j’ai écrit|j’ai préparé|j’ai fait) {fill2} (chanson|chansons|musique|morceau|playlist) {fill4} (à|a|pour) mon (enterrement|incinération|funérailles)',
        '(enterrement|funérailles|incinération) {fill8} [$] {fill6} (elle comprendra|il comprendra|ils comprendront|elles comprendront)',
        // everything given back or away, nothing left anywhere: "rendu les clés et tout vidé. y a plus rien à moi nulle part"
        "(rendu|rendue|vidé|vidée|vendu|vendue|donné|donnée|résilié|liquidé|bazardé) {fill8} [$] {fill4} (plus|pu) rien (à moi|de moi|qui m'appartient|qui est à moi) (nulle part|sur terre|dans ce monde)",
        '(je veux|j’aimerais|je voudrais) (qu’ils|qu’elles|qu’on|qu’il|qu’elle) (trouvent|trouve) tout (propre|rangé|en ordre|nickel)',
        '(j’ai serré|serré|j’ai vu|j’ai appelé|j’ai rendu visite à|j’ai embrassé) {fill2} (ma|mon|mes) {proches} ... (il|elle|ils|elles) (sait|savait|savent|savaient) pas que (c’était|c’est) (la dernière fois|le dernier|la dernière|un adieu)',
      ],
    },
    {
      // Plans in everyday words: the gun and its key, the train, the date, a past attempt, research:
      // "je sais où il cache la clé", "le prochain c'est le mien", "après je le fais, la date est choisie",
      // "cette fois je vais pas me rater", "comment partir sans souffrir", "j'ai enjambé la rambarde".
      id: 'fr.plan-signs',
      tier: 'act',
      patterns: [
        '(fusil|carabine|arme|pistolet|flingue|revolver) ... (je sais où|je sais ou|jsais où|jsais ou|je connais la cachette) (il|elle|ils|on) (cache|met|range|garde|planque|laisse) (la clé|la clef|les clés|les cartouches|les balles|le code)',
        '(fusil|carabine|arme|pistolet|flingue|revolver) ... (il y aura personne|y aura personne|je serai seule|je serai seul)',
        '(regarder|regardant|regarde|voir|vois) (les )?(trains|rer|métros|metros|trams|tgv|camions|voitures) (passer )?{fill3} [$] (le prochain|le suivant) (c’est le mien|est le mien|sera le mien|c’est pour moi|sera pour moi)',
        '(je le fais|je le ferai|je vais le faire|je passe à l’acte) {fill4} [$] (la date est choisie|la date est fixée|j’ai la date|j’ai choisi la date|la date est prise|le jour est choisi|j’ai choisi le jour)',
        '(la date est choisie|la date est fixée|j’ai la date|j’ai choisi la date|j’ai choisi le jour) {fill4} [$] (je le fais|je le ferai|je vais le faire)',
        '(pour que|comme ça) (mes parents|ma mère|mon père|ma famille|personne|les gens) (croient|pensent|croie|pense|disent) (pas|pas que) {fill1} (que c’est|c’est|que ce soit) (à cause|de la faute|pour)',
        '(j’ai essayé|j’ai déjà essayé|j’ai tenté|j’ai déjà tenté|ma tentative|ma tentative de suicide) ... (cette fois|cette fois ci|cette fois-ci|la prochaine fois) (je vais pas|je ne vais pas|je vais plus|je ne vais plus) (me rater|me louper|me manquer|échouer|rater)',
        '(j’ai essayé|j’ai déjà essayé|j’ai tenté|j’ai déjà tenté|ma tentative) ... (cette fois|cette fois ci|cette fois-ci) (je me rate|je me raterai|je me louperai|ils me sauveront) pas',
        '(j’ai essayé|j’ai déjà essayé|j’ai tenté|j’ai déjà tenté) {fill6} (réveillée aux urgences|réveillé aux urgences|lavage d’estomac|réanimé|réanimée|ils m’ont sauvé|ils m’ont sauvée|on m’a retrouvé|on m’a retrouvée)',
        '(comment|façons de|moyens de|manière de) (partir|mourir|disparaître|en finir|m’endormir pour toujours) (sans|pour pas|pour ne pas) (souffrir|douleur|avoir mal|rien sentir)',
        '(forums|forum|google|cherché|recherches|lire|lu) {fill6} (comment partir|comment mourir|comment en finir|dose mortelle|dose létale|combien de cachets|le pont le plus haut|l’immeuble le plus haut|sans souffrir)',
        '(enjambé|enjambée|passé|passée|je passe|j’enjambe) (la|le) (rambarde|garde-corps|garde corps|parapet|balustrade|barrière)',
        '(garée|garé|assise|assis|debout|arrêtée|arrêté) (au|sur le) (bord|rebord) {fill6} (à regarder|regardant|en regardant) (en bas|le vide|les voitures|les rails|en-bas)',
        '(roulé|conduit|j’ai roulé) jusqu’(aux falaises|à la falaise|au pont|au viaduc|au barrage|au précipice) ... (au bord|regarder en bas|sauter|le vide)',
        '(coupée|coupé) {fill2} (plus profond|trop profond|très profond|plus profondément)',
        // "la dernière fois on m'a retrouvée à temps. cette fois j'ai tout prévu"
        '{tentative} ... (cette fois|cette fois-ci|cette fois ci|la prochaine fois|maintenant) {fill2} {cettefois}',
        // "j'ai passé la nuit à chercher sur internet, je sais comment faire maintenant"
        "(cherché|chercher|cherchais|recherches|renseigné|renseignée|google|googlé|internet|forums|forum|tutos) {fill8} [$] (je sais|maintenant je sais|jsais|j'ai trouvé) (comment|quoi) (faire|m'y prendre|procéder|le faire) ($|maintenant|{bientot})",
        // "j'ai pris les médocs de mon père et je pars marcher en forêt, seule"
        '(pris|embarqué|emporté|volé|piqué|chopé|récupéré|planqué) {fill3} ({cachets}|corde|flingue|pistolet|fusil|carabine|arme) {fill4} [$] {seulpart}',
        // "ce sera ce soir, quand mon coloc sera parti": a time set for an unnamed "it"
        "^ (ce sera|ça sera|c'est pour|ce sera pour|je le fais|je le ferai) ({bientot}|{moment}) {fill3} {moment}",
        '(coupée|coupé|je me suis coupé|je me suis coupée) {fill8} [$] {fill4} (arrête pas|n’arrête pas|arrête plus|n’arrête plus) de saigner',
        '(enfermée|enfermé|je me suis enfermé|je me suis enfermée) {fill4} garage {fill6} (moteur allumé|moteur qui tourne|moteur en marche)',
      ],
    },
    {
      // Passive wishes in everyday words: hoping the tests show something grave, "sans moi elle aurait
      // enfin une vie tranquille", "je lui coûte tout", "pourquoi se lever, pourquoi manger... et moi encore moins".
      id: 'fr.passive-signs',
      tier: 'cue',
      patterns: [
        '(j’espère|jespere|espère|pourvu|je prie pour) {fill3} (examens|analyses|résultats|biopsie|scanner|irm|prise de sang) {fill4} (un truc grave|quelque chose de grave|un cancer|une tumeur|un truc incurable|le pire|un truc mortel)',
        '(j’espère|jespere|pourvu|je prie pour) {fill3} (un truc grave|quelque chose de grave|un cancer|une tumeur|une maladie) {fill6} (examens|analyses|résultats|biopsie|vite|rapide)',
        '(j’aimerais|je voudrais|j’espère) {fill2} (avoir|faire|qu’il m’arrive) (un accident|une maladie|un truc grave)',
        'sans moi {fill2} (aurait|auraient|serait|seraient|vivrait|vivraient|respirerait|respireraient|irait|iraient) {fill3} (tranquille|mieux|enfin|plus heureux|plus heureuse|en paix|une vie)',
        '(je lui coûte|je leur coûte|je coûte) (tout|trop|une fortune|un bras)',
        '(pourquoi|à quoi bon) (se lever|me lever|manger|vivre|continuer|se réveiller|me réveiller|sortir) {fill2} (pourquoi|à quoi bon)',
        '(rien|plus rien) (a de sens|n’a de sens|a du sens|n’a du sens|sert à rien|ne sert à rien) (et moi encore moins|et moi non plus|et moi moins que tout|surtout pas moi)',
      ],
    },
    {
      // Words coined to get past filters and emoji as words: "me désabonner de la vie",
      // "jveux ⚰️", "💊💊💊 dans la main", "me foutre en l'air c'est tout ce que j'ai en tête".
      id: 'fr.coded',
      tier: 'act',
      softenedBy: ['reassurance'],
      patterns: [
        '(désabonner|désinscrire|désabonne|désinscris|résilier mon abonnement|me déconnecter) (de la vie|de ce monde|de l’existence|du monde) [pour de bon|définitivement]',
        '(veux|vais|voudrais|envie) (coffin|cercueil) (ce soir|cette nuit|maintenant|là|$)',
        '(coffin|cercueil) [coffin|cercueil] {bientot}',
        // gamer words: "ce soir c'est game over irl", "rage quit de la vie"
        '(game over|gg|rage quit|ragequit|log out|logout|fin de partie|déco|déconnexion) (irl|dans la vraie vie|pour de vrai|pour de bon|définitivement|de la vie)',
        '^ {cachets} [{cachets}] [{cachets}] (dans la main|dans ma main|prêts|prêtes|comptés|comptées|déjà prêts)',
        '(me foutre en l’air|me tuer|me suicider|en finir|mourir|crever) (c’est|cest) (tout ce que|la seule chose que|la seule chose à laquelle|tout ce à quoi) (j’ai en tête|je pense|j’ai dans la tête|je pense depuis)',
      ],
    },
    {
      // Parting words beside being gone after or affairs put in order, in any order, across
      // sentences: "je vous aime tous, ne pleurez pas pour moi", "j'ai tout rangé, les papiers de
      // l'assurance sont dans le tiroir. prenez soin de vous", "je pars ce soir et je reviendrai pas".
      id: 'fr.goodbye-words',
      tier: 'act',
      patterns: [
        '({adieux}|{politesse}) ... {apres}', '{apres} ... ({adieux}|{politesse})', '{arrange} ... ({adieux}|{politesse}|{apres})', '({adieux}|{politesse}|{apres}) ... {arrange}',
        '(je pars|je m’en vais|je partirai) {fill2} ({moment}|pour de bon|pour toujours) {fill3} {apres}',
      ],
    },
    {
      // Plans told by the place, the time and the means together, without a verb of intent:
      // "j'attends le prochain tgv pour sauter", "après le boulot je vais au viaduc, ma décision
      // est prise", "ce soir quand tout le monde dormira j'avale tout", "la baignoire est remplie
      // et la lame à côté", "tout avalé avec la vodka", "les somnifères de ma grand-mère, j'en ai
      // une trentaine".
      id: 'fr.plan-scene',
      tier: 'act',
      softenedBy: ['reassurance'],
      patterns: [
        '{cachets} (sont|est)? [déjà|tous|toutes] (prêts|prêtes|comptés|comptées|alignés|alignées|planqués|planquées|de côté|en réserve)',
        "(attends|attendre|j'attends|guette|guetter|regarde arriver) {fill2} {vehicule} {fill3} (sauter|me jeter|me lancer|me balancer|y aller|je saute|je me jette|je me lance|c'est le mien|pour moi)",
        '(vais|je vais|irai|monte|retourne|file|pars|roule) (au|à la|sur le|sur la|en haut du|en haut de la|jusqu’au|jusqu’à la) {perchoir} {fill6} ({decide}|pour sauter|et je saute|pour en finir|pour le faire)',
        '{decide} {fill6} (vais|je vais|irai|monte|retourne|file|pars|roule) (au|à la|sur le|sur la|en haut du|en haut de la|jusqu’au|jusqu’à la) {perchoir}',
        "({moment}|{bientot}) {fill4} (j'avale|je gobe|j'avalerai|je vais avaler|je vais tout avaler|je prends|je vais prendre|je bois) {avaltout}",
        "(j'avale|je gobe|j'avalerai|je vais avaler|je vais tout avaler) {avaltout} {fill3} ({moment}|{bientot})",
        "(avalé|gobé|pris) (tout|toute la boîte|toute la plaquette|tout le flacon|tous mes {cachets}|tous les {cachets}|toutes les {cachets}|toutes mes {cachets}) {fill3} (avec|et|dans) {fill3} {alcool}",
        "(tout|toute la boîte|toute la plaquette|tout le flacon) (avalé|gobé|pris) {fill3} (avec|et|dans) {fill3} {alcool}",
        "(mélangé|mélange|mélanger|mixé) {fill3} {cachets} (et|avec|à) {fill2} {alcool}", "{alcool} {fill3} (et|avec) {fill2} {beaucoup} {cachets}",
        "(rempli|remplis|coulé|fait couler|fais couler|remplir) (la baignoire|un bain|le bain) {fill8} (lame|lames|lame de rasoir|cutter|sèche-cheveux|grille-pain|{cachets}|couteau)",
        "(lame|lames|lame de rasoir|cutter|sèche-cheveux|grille-pain) {fill6} (baignoire|dans le bain|au bord du bain)",
        "(récupéré|récupérés|volé|piqué|chopé|subtilisé|planqué|planqués|mis de côté|gardé|stocké|accumulé|amassé|caché) {fill3} {cachets} {fill4} [$] {fill2} (j'en ai|y en a|il y en a|en tout|ça fait) {fill1} {beaucoup}",
        '(volé|piqué|chopé|subtilisé|planqué) {fill2} {cachets} (de|d) (ma|mon|mes) {proches}',
        "(garé|garée|arrêté|arrêtée|assis|assise|debout|planté|plantée|perché|perchée) (au bord|sur le bord|sur le rebord|en haut) (de la|du|de|d'un|d'une) {perchoir} {fill6} (j'ai plus qu'à|il me reste qu'à|il me reste plus qu'à|plus qu'un pas|un pas|juste à|plus qu'à) (avancer|sauter|faire un pas|me laisser tomber|lâcher|accélérer|y aller)",
        '(plus qu’un pas|un pas en avant|juste un pas|il suffit d’un pas) {fill3} (et|pour) {fill2} (c’est fini|tout s’arrête|tout s’arrêtera|sauter|en finir)',
      ],
    },
    {
      // Plans told quietly: a one-way ticket and no return, the psychiatrist's pills hoarded, the
      // anniversary circled as the day, a place scouted with no fence and a day set, pills swallowed
      // with a bottle and the body going numb, a past rescue and no one coming this time, walking the
      // tracks with the freight's time checked, money put by for "what's needed", someone's sleeping
      // pills taken and driving off.
      id: 'fr.plan-quiet',
      tier: 'act',
      softenedBy: ['reassurance'],
      patterns: [
        "(aller simple|billet simple|sans retour) ... (le retour|pour revenir|rentrer) {fill3} (m'en occupe pas|m'en soucie pas|en aurai pas besoin|servira à rien|sert à rien|pas besoin|inutile|prévu pas|prévois pas)",
        "(aller simple|billet simple) ... (une seule nuit|pour une nuit|qu'une nuit) ... (pas de retour|le retour)",
        "(semblant|pas pris|arrêté de prendre|recrache|recraché|recrachais) {fill6} {cachets} ... (je les|les) (garde|gardé|stocke|stocké|planque|planqué|cache|caché|mets de côté|accumule|conserve|récupère)",
        "{cachets} ... (je les|les) (garde|stocke|planque|cache|accumule|conserve|mets de côté) {fill6} [$] {fill3} (y en a|il y en a|j'en ai) (assez|suffisamment|largement assez|ce qu'il faut)",
        "(garde|stocke|planque|cache|accumule|conserve|mets de côté|gardé|stocké|planqué|caché|accumulé|conservé|mis de côté) {fill3} {cachets} ... (y en a|il y en a|j'en ai) (assez|suffisamment|largement assez|ce qu'il faut)",
        "(entouré|coché|marqué|noté|choisi) (le|la) (date|jour|{number}) ... (on s'est rencontrés|on s'est rencontré|on s'est connus|on s'est quittés|on s'est mis ensemble|il m'a quittée|il m'a quitté|elle m'a quitté|notre anniversaire) ... (la boucle (est|sera) bouclée|ça aura du sens|je le fais|je le ferai|ce sera ce jour)",
        "(le jour|la date|le soir) (où|ou) (on s'est|il m'a|elle m'a|nous nous sommes) {fill2} ... (la boucle (est|sera) bouclée|ce sera ce jour|je le ferai ce jour)",
        "{lieu} ... {isole} ... (ce sera|ça sera|je le fais|je le ferai|c'est pour|j'ai choisi) [là|ici|là-bas] [$] {bientot}",
        "(repérer|repéré|repérée|en repérage|reconnaître les lieux) {fill3} {lieu} ... {isole}",
        "(avalé|gobé|pris|descendu|bu) {fill1} (les|des|ses|mes|tous les|toutes les|plein de) {cachets} ... (avec|et) {fill3} (bouteille|litre|flasque|verres) (de|d') {alcool}",
        "(avalé|gobé|pris) {fill3} {cachets} ... (je sens plus|je sens pu|sens plus trop|sens plus rien|je vois flou|vois trouble|tout tourne|ça tourne|du mal à respirer|peux plus bouger|je m'endors)",
        '{tentative} ... {cettefois}',
        "(longe|longer|marche le long des|marche sur|suis sur|descends sur|traverse) (les)? (voies|rails|voie ferrée|voie) ... (fret|train|tgv|ter|rer|intercité|marchandises|prochain) (passe|arrive|passera|arrivera) (à|dans|vers)",
        "(acheter|acheté|commander|commandé|trouver|trouvé|récupérer|récupéré) (ce qu'il faut|tout ce qu'il faut|le nécessaire|tout le nécessaire) ... (j'attends|attendre|attends) [juste|seulement|plus que] (le bon (soir|moment|jour)|la bonne (nuit|occasion)|le moment)",
        "(ce qu'il faut|le nécessaire|tout ce qu'il faut) ... (sous mon lit|dans le sac|dans le coffre|dans mon placard|planqué|caché) ... (j'attends|attends) [juste|seulement] (le bon|la bonne)",
        "(pris|embarqué|emporté|volé|piqué|chopé|récupéré) {fill2} {cachets} (de|d') {fill1} ({proches}|{word}) ... (je roule|je conduis|je pars|je file|je prends la route|en route) (vers|à|au|jusqu'à|pour)",
      ],
    },
    {
      // Passive wishes in everyday words: to be paused or erased like a game, hoping the plane never
      // lands, a burden they should not have to carry, sleeping in the snow with no one coming,
      // hoping the pain is serious.
      id: 'fr.passive-quiet',
      tier: 'cue',
      patterns: [
        "{envie} {fill2} (qu'on|que quelqu'un|que tout le monde|qu'il|qu'elle|qu'ils) (m'efface|me supprime|m'éteigne|me mette sur pause|me mette en pause|me débranche|me désactive|efface ma partie|supprime ma partie|efface ma sauvegarde|efface mon existence|supprime mon existence|supprime ma sauvegarde)",
        "(sur pause|en pause|en veille|débranché|débranchée|éteinte|éteint) ... pour (toujours|de bon|l'éternité)",
        "(que tout le monde|qu'ils|que le monde|qu'elles) (recommence|recommencent|continue|continuent|reparte|repartent) sans moi",
        "(j'espère|espère|je prie|prie|souhaite) {fill3} (que|qu') (l'avion|le train|le bus|le bateau|la voiture|il|elle) (arrive|arrivera|arriverait|atterrisse|atterrira) (jamais|pas)",
        "(méritent|mérite|méritez|mérites) (pas|plus)? (de)? (se coltiner|supporter|subir|se taper|gérer|porter|s'occuper d') (un boulet|une charge|un fardeau|un poids|quelqu'un comme moi|moi|une fille comme moi|un mec comme moi)",
        "(je leur|je lui|je vous) (pompe|bouffe|vole) (tout|toute leur énergie|leur énergie|leur vie)",
        "(si je pouvais|{envie}) {fill3} (m'allonger|m'endormir|me coucher|m'éteindre|fermer les yeux) (dans la neige|dans l'eau|dans la mer|dans le froid|doucement|pour toujours|sans me réveiller)",
        "(m'allonger|m'endormir|dormir|me coucher|fermer les yeux|m'éteindre) {fill6} (sans que|et que) (personne|plus personne) {fill1} (vienne|viennent) (me chercher|me réveiller|me trouver)",
        "(j'espère|espère|je prie|prie|souhaite) {fill2} (que|qu') (ce soit|c'est|ça soit|ce sera|ça soit) (grave|un cancer|mortel|la fin|quelque chose de grave|un truc grave)",
      ],
    },
    {
      // Euphemisms for dying: joining the dead, doing "something stupid": "je vais rejoindre papy
      // là-haut ce soir" (act), "envie de partir rejoindre les étoiles" (cue).
      id: 'fr.euphemism',
      tier: 'act',
      softenedBy: ['reassurance'],
      patterns: [
        '(vais|je vais|irai|je pars|pars|vais aller) {fill2} (rejoindre|retrouver) (papy|papi|mamie|pépé|mémé|grand-père|grand-mère|mon père|ma mère|mon papa|ma maman|mon frère|ma sœur|mon ange|mon fils|ma fille|mon pote|mon meilleur ami|ma meilleure amie|mon chéri|ma chérie) {fill1} (là-haut|la haut|au ciel|au paradis|de l’autre côté|dans les étoiles|parmi les étoiles|parmi les anges)',
        '(vais|je vais|irai|je pars|pars|vais aller) {fill2} rejoindre (les étoiles|les anges|le ciel|les morts|l’au-delà)',
        '(rejoindre|retrouver) {fill2} {audela} {fill2} ({moment}|{bientot})',
      ],
    },
    {
      // The same as a wish: "envie de partir rejoindre les étoiles", "je veux retrouver mamie au ciel".
      id: 'fr.euphemism-wish',
      tier: 'cue',
      patterns: ['({envie}|veut|hâte de|hâte d’aller|envie d’aller) {fill2} (rejoindre|retrouver) {fill2} {audela}'],
    },
    {
      // Wishes for an illness, an accident, a crash, and being only a cost: "si je pouvais attraper
      // une maladie et partir vite", "je rêve qu'un chauffard me percute", "j'espère que l'avion
      // se crashe avec moi dedans", "je sers à rien à part coûter de l'argent à mes parents",
      // "à deux doigts de faire une connerie".
      id: 'fr.passive-wishes',
      tier: 'cue',
      patterns: [
        "({envie}|j'espère|espère|pourvu que|je prie pour|prie pour|si je pouvais|ce serait (bien|parfait|cool|génial)) {fill3} (attraper|choper|chopper|avoir|développer|faire|tomber sur|me choper) {fill1} (une maladie|une ma la die|un cancer|une tumeur|un truc grave|un truc incurable|un accident|un avc|une crise cardiaque|un infarctus|une leucémie)",
        '(maladie|ma la die|cancer|tumeur|truc grave|accident|avc|infarctus) {fill4} (et|pour) (partir|mourir|crever|y passer|en finir|que ça finisse|que tout s’arrête) (vite|tranquille|en douceur|sans souffrir|sans faire de vagues|sans que ce soit ma faute|$)',
        "(rêve|rêvais|espère|j'espère|prie|aimerais|voudrais|souhaite|souhaiterais|imagine|fantasme) {fill2} (que|qu|qu'un|qu'une|qu'il|qu'elle|qu'on) {fill4} (me percute|me percutera|me renverse|me renversera|m'écrase|m'écrasera|me fauche|me fauchera|me rentre dedans|me tue|me tuera)",
        '(avion|l’avion|train|bus|bateau|voiture|car|mon avion|mon train) {fill4} (s’écrase|s’écraser|se crash|se crashe|se crasher|déraille|dérailler|coule|couler|explose|exploser|percute) {fill3} (avec moi|moi dedans|et moi avec|moi à bord)',
        "(je|moi) (ne)? (sers|servais) (à|a) rien {fill3} (à part|sauf|si ce n'est|à part à) {fill2} (coûter|décevoir|pourrir|gâcher|faire du mal|faire de la peine|peser|emmerder|faire chier|causer des problèmes|être un poids|pleurer)",
        "((deux|2) doigts|sur le point) (de|d') (faire|commettre) (une|des|la) (connerie|conneries|bêtise|bêtises|grosse connerie|grosse bêtise)",
        '(faire|fais|ferai|vais faire) une (connerie|bêtise|grosse connerie|grosse bêtise) ({moment}|{bientot}) $',
      ],
    },
    {
      // Self-harm: blows, scratches, bites meant to hurt; relapse told by the tool; the pull of
      // the blade: "je me suis tapé la tête contre le mur pour me punir", "6 mois clean et j'ai
      // craqué avec le taille-crayon", "ça me démange de reprendre la lame" (an urge: a cue).
      id: 'fr.self-harm-signs',
      tier: 'act',
      softenedBy: ['urge'],
      patterns: [
        "(me|m) (suis)? (tapé|tapée|cogné|cognée|frappé|frappée|griffé|griffée|gratté|grattée|mordu|mordue|pincé|pincée|brûlé|brûlée|arraché|arrachée|tapais|cognais|frappais|griffais|mordais) {fill8} (pour me punir|exprès|volontairement|jusqu'au sang|jusqu'à saigner|pour sentir|pour avoir mal|à sang)",
        "(craqué|rechuté|replongé|recommencé|cédé) {fill4} (avec|à cause de) (le|la|les|un|une|mon|ma|mes) {lamesh}",
        "(jours|semaines|mois|ans|an) (clean|sans rien|sans craquer|sans rechute|sans toucher) {fill3} (et|mais) {fill4} (craqué|rechuté|replongé|recommencé|cédé) {fill4} (lame|lames|taille-crayon|taille crayon|compas|cutter|rasoir|bras|cuisses|poignets|sang)",
      ],
    },
    {
      // The pull of the blade: "ça me démange de reprendre la lame", "la lame me manque".
      id: 'fr.self-harm-pull',
      tier: 'cue',
      patterns: [
        "({envie}|démange|me démange|tentée|tenté|pulsion|besoin|manque|hâte) {fill3} (reprendre|ressortir|retoucher|retrouver) {fill1} (lame|lames|lame de rasoir|lames de rasoir|compas|taille-crayon|cutter)",
        '(lame|lames|lames de rasoir|scarif*) (me manque|me manquent|m’appelle|m’appellent)',
        // "j'ai ressorti la boîte avec les lames, je la fixe depuis une heure"
        '{ressortir} {fill4} (lame|lames|lames de rasoir|cutter|taille-crayon|scalpel)',
        '(lame|lames|lames de rasoir|rasoir|cutter|compas|taille-crayon) ... (je la fixe|je les fixe|je le fixe|je la regarde|je les regarde|je le regarde) (depuis|sans|pendant)',
      ],
    },
    {
      // Not expecting to see a time ahead, hoping few days are left: "j'pense pas me rendre au printemps", "je passerai
      // pas l'hiver", "je compte ceux qui me restent à tenir et j'espère qu'y en a pas beaucoup".
      id: 'fr.no-tomorrow',
      tier: 'cue',
      patterns: [
        "(pense|crois|vois) (pas|pu) (me rendre|tenir|arriver|survivre|passer|durer|voir|être là) (jusqu'au|jusqu'à|jusqu'en|au|à|a|en)? {fill1} {echeance} $",
        "(je me rendrai|je tiendrai|j'arriverai|je passerai|je survivrai|je verrai|me rendrai|tiendrai|passerai|survivrai|verrai) (pas|jamais|plus) (jusqu'au|jusqu'à|jusqu'en|au|à|a)? {fill1} {echeance} $",
        "(ceux|celles|jours|années|ans|mois|temps) (qui me restent|qu'il me reste|que j'ai encore) (à tenir|à vivre|à survivre|à endurer|à tirer|sur terre|en vie|$) {fill4} [$] {fill3} (j'espère|espère|pourvu|je prie|souhaite) {fill4} (pas beaucoup|peu|pas longtemps|pas trop|le moins possible|pas nombreux|court|courte|courts)",
        "(j'espère|espère|pourvu) (qu'il me reste|qu'il m'en reste|qu'il me restera) (pas beaucoup|peu|plus beaucoup|pas longtemps|plus longtemps) (d'années|de temps|de jours|à vivre|$)",
        "(j'espère|espère) (pas|ne pas) (vivre|durer|tenir|faire de vieux os) [encore] [très|trop] (longtemps|vieux|vieille) $",
        "(le futur|l'avenir|mon avenir|mon futur) (c'est|est) (fermé|bouché|fini|foutu|mort|terminé) [pour moi] $",
      ],
    },
    {
      // Passive wishes in new shapes: envying the dead, not having been born, taking no space, wishing it all
      // stops even breathing, one's own obituary, worth more dead, sorry to have survived, prayed to be taken.
      id: 'fr.passive-shapes',
      tier: 'cue',
      patterns: [
        "(il est bien lui|qu'il est bien lui|elle est bien elle|qu'elle est bien elle|ils sont bien eux|qu'ils sont bien eux|il a de la chance lui|qu'il a de la chance lui|elle a de la chance elle|qu'elle a de la chance elle|le veinard|la veinarde|les veinards) ... (enterrement|cercueil|funérailles|obsèques|tombe|cimetière|défunt|défunte|corbillard|boîte|sous terre)",
        "(enterrement|cercueil|funérailles|obsèques|tombe|cimetière|défunt|défunte|corbillard) ... (il est bien lui|qu'il est bien lui|elle est bien elle|qu'elle est bien elle|ils sont bien eux|qu'ils sont bien eux|il a de la chance lui|qu'il a de la chance lui|elle a de la chance elle|qu'elle a de la chance elle|le veinard|la veinarde|les veinards)",
        "(j'envie|envie|jalouse|jaloux|je suis jalouse|je suis jaloux|j'étais jalouse|j'étais jaloux|je l'envie|je les envie|envieux|envieuse) {fill3} (les morts|le mort|la morte|le défunt|la défunte|ceux qui sont morts|ceux qui meurent|ceux qui sont partis pour de bon)",
        "(cercueil|tombe|défunt|défunte|corbillard) {fill6} (jalouse|jaloux|j'envie|envieux|envieuse|je l'enviais|je l'envie)",
        "(j'aurais|aurais) (préféré|aimé|voulu) (qu'elle|qu'il|qu'ils|que ma mère|que mes parents|qu'on) {fill1} (me|m') (fasse|fassent|ait|aient) (jamais|pas) ($|eue|eu|née|né|fait|faite)",
        "(si seulement|dommage que) {fill3} (m'avait|m'avaient|m'ait|m'aient) (jamais|pas) (eue|eu|fait|faite|mis au monde|mise au monde|gardé|gardée)",
        "(aurait|auraient) (dû|mieux fait d') (avorter|pas me garder|jamais m'avoir|pas m'avoir|me faire adopter)",
        "{envie} {fill2} (plus|pu|ne plus|arrêter de|cesser de|jamais plus) (prendre de place|prendre de la place|occuper de place|occuper de la place|peser sur personne|déranger personne|respirer) (du tout|nulle part|dans ce monde|sur terre|$)",
        "(je gaspille|je vole|je pompe|gaspiller) (de l'air|l'air|de l'oxygène|l'oxygène|leur air|leur oxygène)",
        "{envie} {fill2} que {fill4} (s'arrête|s'arrêtent|cesse|cessent|finisse|se termine|s'éteigne|s'éteignent|se taise) ... (de|d') (respirer|vivre|exister) $",
        "(que tout|tout) (s'arrête|s'éteigne|finisse|disparaisse) {fill2} (moi compris|moi avec|y compris moi|moi y compris|et moi avec)",
        "(avis de décès|nécrologie|nécro|nécros|faire-part|rubrique nécrologique|carnet du jour|pierre tombale|monument aux morts) ... {envie} {fill3} (y voir|voir|lire|y lire|trouver|y trouver|y être|y figurer) (mon nom|ma photo|mon tour|le mien|mon avis|mon faire-part)",
        "{envie} {fill3} (voir|lire) (mon nom|mon propre avis de décès|mon avis de décès|ma nécro|mon faire-part|ma photo) (dans|sur|parmi) {fill2} (avis de décès|nécro*|faire-part|pierre tombale|tombe)",
        "(je vaux|vaudrais|vaux) (plus|mieux|davantage) (mort|morte) (que vivant|que vivante|$)", "(mort|morte) je (vaudrais|vaux|servirais|rapporterais|rapporte) (plus|davantage|enfin)",
        "(dommage|malheureusement|pas de chance|manque de bol|presque déçu|presque déçue) {fill2} (que)? (je me suis rien fait|je me sois rien fait|j'ai rien eu|je suis encore en vie|je sois encore en vie|j'ai survécu|j'y suis pas resté|j'y suis pas restée) ($|vraiment|hein)",
        "(déçu|déçue) (d'être|d'avoir) (encore en vie|survécu|toujours en vie)",
        "(rendre service|un service|un cadeau|un soulagement) (à tout le monde|à tous|au monde|à ma famille|à mes parents|à eux) (en|si) {fill2} (disparaissant|partant|disparaissais|partais|crevant|mourant|{parti})",
        "(je prie|prie|j'ai prié|je demande à dieu|j'ai demandé à dieu) {fill3} (que|qu'|pour que|de) {fill3} (me prenne|me rappelle|vienne me chercher|m'emporte|me reprenne|me fasse mourir|me laisse mourir|me prendre|me rappeler|venir me chercher)",
        "(anesthésie|anesthésié|anesthésiée|coma|sédation|le néant|ce néant|ce noir) ... {envie} {fill2} (y retourner|y rester|retourner dans ce noir|retourner dans le noir|y retourner et y rester) (pour toujours|et y rester|et plus revenir|$)",
      ],
    },
    {
      // Arrangements beside a cover story: "j'ai filé mon compte à mon petit cousin ... ils savent pas que c'était ma dernière
      // game", "les papiers pour que les enfants aillent chez leur père... je lui ai dit que je partais loin, c'est presque vrai".
      id: 'fr.cover-story',
      tier: 'act',
      patterns: [
        '({arrange}|{adieux}|{apres}) ... {secret}', '{secret} ... ({arrange}|{adieux}|{apres})',
        // profiles wiped and "they will understand tomorrow"
        '{effacement} ... {apres}', '{apres} ... {effacement}',
        // the last picture: "je voulais qu'ils gardent une belle dernière image de moi"
        "(gardent|garde|gardes|gardiez|aient|ait|conservent|retiennent|emportent) (une|un) {fill2} (dernière|dernier) (image|souvenir|photo) {fill1} de moi",
        "(voulais|veux|voudrais|j'aimerais|je tenais à) {fill4} (une|un) (dernière|dernier) {fill1} (image|souvenir|photo) (de moi|de nous)",
        // the organ donor card ready, "au moins je servirai à quelqu'un la semaine prochaine"
        "(organes|don d'organes|donneur|donneuse) ... (au moins|enfin) {fill2} (je servirai|servirai|mes organes serviront|ça servira) (à|a) (quelqu'un|quelque chose|d'autres) {fill2} ({bientot}|la semaine prochaine|le mois prochain|dans (quelques|deux|trois) jours)",
      ],
    },
    {
      // At a place to fall or drown, no one around, and the last things: "je suis au bord du canal, plus personne sur le
      // chemin. j'ai posé mon portefeuille et mes clés sur le banc".
      id: 'fr.plan-place',
      tier: 'act',
      softenedBy: ['reassurance'],
      patterns: [
        '{surplace} ... {isole} ... {dernier}', '{surplace} ... {dernier} ... {isole}', '{isole} ... {surplace} ... {dernier}',
        '{isole} ... {dernier} ... {surplace}', '{dernier} ... {isole} ... {surplace}', '{dernier} ... {surplace} ... {isole}',
        // a cabin rented, alone, "what's needed" brought
        "(loué|réservé|booké) ... (tout seul|toute seule|seul|seule|pas de réseau|sans réseau|isolé|isolée|au milieu de nulle part) ... (apporté|emporté|pris|amené) (ce qu'il faut|tout ce qu'il faut|le nécessaire|de quoi en finir)",
        // poison got, kept on me, and a time: "le produit pour les rats, c'est dans mon sac. ce soir quand toute la cour dort"
        "(acheté|pris|récupéré|trouvé|volé|commandé|chopé) {fill3} {poison} ... ({moment}|(c'est|il est|elle est|je l'ai|je le garde|je la garde) (dans mon sac|dans ma poche|sur moi|sous mon lit))",
        // locked in, everything laid out: "enfermé dans les toilettes de la gare, j'ai tout sorti de mon sac. y a plus qu'à"
        "(enfermé|enfermée|barricadé|barricadée) ... (j'ai tout sorti|tout sorti|tout préparé|tout est prêt|tout aligné|tout étalé) ... (y a plus qu'à|il y a plus qu'à|il reste plus qu'à|plus qu'à $)",
        // tried, failed, no one knows, and alone next time
        "(j'ai essayé|j'ai tenté|j'ai voulu le faire) [{bientot}|hier|hier soir|cette nuit|la semaine dernière|tout à l'heure|la dernière fois] [$] [et|mais] (ça a pas marché|ça n'a pas marché|ça a raté|ça a foiré|j'ai raté|je me suis raté|je me suis ratée|j'ai pas réussi) ... ((cette fois|la prochaine fois|ce week-end|ce soir|demain) {fill4} (seule|seul)|personne (sait|ne sait|est au courant|le sait) $)",
        // the keys to a roof got with an excuse, going up: "j'ai récupéré les clés de la terrasse en disant que je voulais voir les étoiles. je monte"
        "(clés|clé|clef|badge|code|accès) {fill3} (terrasse|toit|toits|toiture|rooftop|dernier étage|clocher|tour) ... (en disant que|en prétendant que|en faisant croire que|j'ai dit que|en racontant que) ... (je monte|je vais monter|j'y vais|je grimpe|j'y monte)",
        // a countdown with a cover story: "plus que 3 jours. ma coloc croit que c'est pour mes règles"
        "(plus que|encore|il reste|j'ai plus que) ({number}|deux|trois|quatre|cinq|six|sept|dix) (jours|dodos|nuits) $ ... {secret}",
        "{secret} ... (plus que|encore|il reste|j'ai plus que) ({number}|deux|trois|quatre|cinq|six|sept|dix) (jours|dodos|nuits) $",
      ],
    },
    {
      // An act done, told by the body: "j'ai fait une grosse connerie y a une heure. j'ai la tête qui tourne, je me sens partir".
      id: 'fr.done-signs',
      tier: 'act',
      patterns: [
        "(fait|commis) (une|des|la) [grosse|énorme|vraie] (connerie|conneries|bêtise|bêtises) ... {symptomes}",
        "(avalé|gobé|bu|ingéré) {fill4} ({poison}|tout|toute la boîte|toute la plaquette|tous mes {cachets}|toutes mes {cachets}) ... {symptomes}",
        "(bu|avalé|ingéré) {fill3} {poison}",
      ],
    },
    {
      // A pretext told to a seller: "j'ai dit au vendeur de chez brico que c'était pour un déménagement": a question.
      id: 'fr.pretext',
      tier: 'cue',
      patterns: [
        "(dit|raconté|expliqué|fait croire|prétendu) (au|à la) (vendeur|vendeuse|caissier|caissière|pharmacien|pharmacienne|quincaillier|armurier|employé|employée|gars|monsieur|dame) (de chez|du|de la|de|chez) {fill2} (brico|bricorama|bricomarché|leroy merlin|castorama|casto|quincaillerie|pharmacie|armurerie|droguerie|jardinerie) (que|qu') (c'était|c'est) pour",
        "(dit|raconté|fait croire|prétendu) (au|à la) (pharmacien|pharmacienne|armurier|quincaillier) (que|qu') (c'était|c'est|c'étaient|ils étaient|elles étaient) pour",
      ],
    },
    {
      // Self-harm told in other words: lines drawn on the body again, the head banged till a bruise "exprès".
      id: 'fr.self-harm-shapes',
      tier: 'act',
      softenedBy: ['urge'],
      patterns: [
        "(refait|fait|fais|refais|tracé|gravé|me suis fait|me suis refait|me suis faite|me suis refaite|me fais|me refais) [encore|à nouveau|de nouveau] (des|quelques|de nouveaux|encore des|d'autres|les) (traits|lignes|marques|griffures|entailles|rayures|barres|codes-barres|codes barres|zébrures) (sur|à|aux) (ma|mes|mon|le|la|les) {corps}",
        "encore (des|de nouveaux|d'autres) (traits|lignes|entailles|coupures|codes-barres|codes barres) (sur|à|aux) (ma|mes|mon|le|la|les) {corps}",
        "(me|m) (suis)? (tapé|tapée|cogné|cognée|frappé|frappée|griffé|griffée|gratté|grattée|mordu|mordue|tapais|cognais|frappais|griffais|mordais) {fill8} (jusqu'à|à en) (avoir (un bleu|des bleus|mal|une bosse)|me faire mal|saigner|voir des étoiles)",
        "(me|m) (suis)? (tapé|tapée|cogné|cognée|frappé|frappée|griffé|griffée|gratté|grattée) {fill8} ... (avoir mal|souffrir|sentir la douleur|saigner) (ailleurs que|autre part que) (dedans|dans ma tête|dans le cœur|à l'intérieur|dans mon cœur)",
      ],
    },
    {
      // Self-harm urges in other words: staring at the compass, "c'est revenu, l'envie", wanting pain outside not inside.
      id: 'fr.self-harm-hints',
      tier: 'cue',
      patterns: [
        "(je fixe|je fixais|fixe|j'arrête pas de regarder|je pense qu'à|je pense qu'au) (le|la|les|mon|ma|mes) (compas|lame|lames|cutter|lame de rasoir|lames de rasoir|taille-crayon|rasoir)",
        "(c'est revenu|c'est revenue|elle est revenue|ça revient|ça me reprend|ça m'a repris) [$] (l'envie|la pulsion|les pulsions|l'envie de me couper) $",
        "(avoir mal|souffrir|sentir la douleur|saigner) (ailleurs que|autre part que) (dedans|dans ma tête|dans le cœur|à l'intérieur|dans mon cœur)",
      ],
    },
    {
      // Coded words, widened: "ce soir je fais un ctrl+alt+suppr sur moi-même", "fin de session, end of the game fr".
      id: 'fr.coded-shapes',
      tier: 'act',
      softenedBy: ['reassurance'],
      patterns: [
        "(ctrl alt suppr|ctrl alt sup|ctrl alt del|ctrl alt delete|alt f4|shutdown|shut down|delete|uninstall|désinstallation|formatage) {fill2} (sur moi|sur moi même|de moi|moi même|de moi même)",
        "(me désinstaller|me désinstalle|me formater|me formate) ({bientot}|$|définitivement|pour de bon)",
        "(fin de session|end of the game|fin du game|game over|fin de partie) (fr|irl|for real|pour de vrai|dans la vraie vie)",
      ],
    },
  ],

  // The shared net (`../net.ts`): the words of five meanings, paired by one set of rules for
  // every language (means with being ready or a time, a time with being ready, a farewell with
  // being gone after or a second farewell). Its matches are cues. Entries stay specific: "ce
  // soir" is everyday, so "ready" is only what is alarming beside it ("comptés", "dans ma
  // main"), and a means is named the way it is used ("du pont", not "le pont").
  net: {
    means: [
      '{beaucoup} {cachets}', '(boîte|boîtes|plaquette|plaquettes|flacon|stock|réserve) (de|d) {cachets}', 'corde', 'nœud coulant', 'lame', 'lames',
      'flingue', 'pistolet', 'fusil', 'carabine', 'revolver', 'cartouches', 'javel', 'mort aux rats', 'poison', 'antigel',
      '(bord|haut|rebord) (de la|du|d’un|d’une) {perchoir}', 'parapet', 'rambarde', 'garde-corps', 'dans le vide', 'au-dessus du vide',
      'sous (le|un) {vehicule}', 'devant (le|un) (train|métro|tgv|rer|tram|camion)', "tout ce qu'il (faut|me faut)", 'de quoi (en finir|mourir|partir)',
      '(me|m) (jeter|jter|balancer|lancer|pendre|tirer une balle)',
    ],
    ready: [
      'de côté', 'en réserve', 'mis de côté', 'planqué', 'planqués', 'planquée', 'planquées', 'caché sous', 'cachés sous', 'cachées sous',
      'comptés', 'comptées', 'alignés', 'alignées', 'à côté de moi', 'devant moi', 'dans ma main', 'dans mes mains', 'dans la main',
      'en main', 'sur mes genoux', 'sous mon lit', 'dans le coffre', 'à portée de main', "j'ai tout ce qu'il faut", 'déjà prêts', 'déjà prêtes',
      'chargé', 'chargée', 'noué', 'nouée', 'accrochée', 'attachée', 'au bord du vide', '(garé|garée|debout|assis|assise|perché|perchée|penché|penchée) (au bord|sur le bord|sur le rebord)', 'debout sur', 'assis sur', 'assise sur',
      'enjambé', 'regarde en bas', 'regarder en bas', 'je sais où', 'je sais comment', "j'attends le", 'une trentaine', 'une vingtaine',
      'une quarantaine', 'une cinquantaine', '(toute la boîte|toute la plaquette|tout le flacon|tout le stock) ($|de {cachets})', "j'en ai {bignumber}",
    ],
    soon: ['{moment}'],
    farewell: [
      '{adieux}', '{arrange}', '(prenez|prends) soin de (mon|ma|mes|maman|papa)', "dites à (ma|mon|mes) {proches}", "dis à (ma|mon|mes) {proches}",
      'une lettre pour (chacun|chacune|vous|toi|maman|papa)', 'je (pars|partirai) (ce soir|cette nuit|demain)', "j'ai tout rangé", "j'ai tout réglé",
      'résilié mon (forfait|bail|abonnement)',
    ],
    beyond: ['{apres}', 'pour de bon', "j'en aurai plus besoin", "(vous|tu) en (aurez|auras) besoin après"],
  },

  exclusions: {
    // Everyday look-alikes of the batch-f situations: "ce qu'il faut pour la raclette", rat poison put in the attic,
    // a silly thing done (a text to the ex, too much to drink), lines drawn in felt pen.
    'batch-f-idiome': [
      "(pense|croit|pensent|croient|pensait|croyait) (que|qu') (c'est|c'était) pour {fill3} (mais|alors que|en fait) (c'est|c'était) pour",
      "(confie|confié|laisse|laissé|garde|gardes) {fill4} (pendant|le temps de|pour) (les vacances|le week-end|le weekend|la semaine|quelques jours|mon absence|mon voyage|un mois|deux semaines|une semaine|l'été|mes vacances)",
      "(j'attends|attends|on attend) {fill6} pour (voir|regarder|photographier|prendre des photos|les étoiles|le feu d'artifice|les feux|observer|pêcher)",
      "(ce qu'il faut|tout ce qu'il faut|le nécessaire) pour (la|le|les|un|une|l'|faire|cuisiner|manger|boire|lire|dessiner|peindre|travailler|pêcher|randonner|des|du)",
      "(le|la|les) (mets|mettrai|mettre|pose|poserai|poser|installe|installer|dispose|étale) {fill3} (grenier|cave|garage|cuisine|jardin|poulailler|cabane|coins|placards|sous l'évier|derrière)",
      "(connerie|conneries|bêtise|bêtises) {fill2} [$] (je lui ai écrit|je lui ai envoyé|je l'ai appelé|je l'ai appelée|j'ai texté|j'ai écrit à mon ex|j'ai trop bu|je l'ai bloqué|j'ai stalké|j'ai liké)",
      "(tourne|qui tourne) (de honte|de fatigue|de faim|à cause de l'alcool)",
      "(traits|lignes|marques|rayures|barres) {fill4} (au feutre|au stylo|au crayon|à l'eye-liner|au marqueur|au henné|pour le tatouage|au bic)",
      "(pour|et) (me baigner|nager|me baigne|je me baigne|piquer une tête|courir|pêcher)",
    ],
    // A relapse into the ex, smoking or a diet, not into self-harm: "rechute. j'avais tenu 2 mois et je lui ai écrit"
    'rechute-autre': [
      // a no-contact or smoking counter back to zero
      "(jour|jours) (0|zéro|zero|un|1) ... (no contact|lui écrire|lui parler|le stalker|clope|clopes|cigarette|fumer|régime|alcool|sucre|duolingo|sport|insta)",
      "(no contact|lui écrire|lui parler|le stalker|clope|clopes|cigarette|fumer|régime|alcool|sucre|duolingo) ... (jour|jours) (0|zéro|zero)",
      "(rechute|rechuté|rechutée|replongé|replongée|craqué|craquée) ... (lui ai écrit|lui ai envoyé|l'ai appelé|l'ai appelée|l'ai texté|stalké|stalker|son insta|ses stories|son profil|clope|clopes|cigarette|cigarettes|fumé|fumer|régime|chocolat|nutella|mon ex)",
      "(lui ai écrit|lui ai envoyé|l'ai appelé|l'ai appelée|l'ai texté|stalké|son insta|ses stories|son profil|clope|clopes|cigarette|cigarettes|fumé|régime|mon ex) ... (rechute|rechuté|rechutée|replongé|replongée|craqué|craquée)",
    ],
    // "ptdr jpp", "j'en peux plus mdr": laughing, not hopeless
    'rire-jpp': [
      // "ce rapport va avoir ma peau, j'en peux plus, je suis au bout du rouleau": work, said in hyperbole
      "(ce|cette|mon|ma|le|la|ces|mes) (rapport|dossier|projet|boulot|taf|travail|réunion|mémoire|thèse|chantier|déménagement|client|cliente|exam|partiel|partiels|révisions|stage|patron|boss) (va|vont) (avoir ma peau|me tuer|m'achever) ... (j'en peux plus)",
      "(ce|cette|mon|ma|le|la|ces|mes) (rapport|dossier|projet|boulot|taf|travail|réunion|mémoire|thèse|chantier|déménagement|client|cliente|exam|partiel|partiels|révisions|stage|patron|boss) (va|vont) (avoir ma peau|me tuer|m'achever) ... (au bout du rouleau|à bout)",
      "(ptdr|mdr|lol|xd|ahah*|haha*|mort de rire|morte de rire) {fill1} [$] (j'en|je n'en) peux [vraiment|trop|juste] plus",
      "(j'en|je n'en) peux [vraiment|trop|juste] plus [$] (ptdr|mdr|lol|xd|ahah*|haha*|mort de rire|morte de rire)",
    ],
    // A farewell letter to an ex as a therapy exercise, a burden for talking about him:
    // "une lettre d'adieu que je lui enverrai jamais", "un fardeau pour mes potes à parler que de lui".
    'therapy-idiom': [
      '(lettre|lettres) (d’adieu|d’adieux) (que|pour) {fill3} (jamais|pas) {fill2} (enverrai|enverrais|envoyer|donnerai|envoyée)',
      '(lettre|lettres) (d’adieu|d’adieux) (que je lui|que je leur) (enverrai|enverrais|donnerai) jamais',
      '(lettre|lettres) (d’adieu|d’adieux) (à|a|pour) (lui|elle|mon ex)',
      '(un fardeau|un poids|une charge|un boulet) (pour|à) {fill3} (à parler|à force de parler|en parlant|à pleurer|à me plaindre) {fill3} (de lui|d’elle|de mon ex|de ça)',
    ],
    // Dying of something else: "je meurs de faim", "mort de rire", "je vais mourir de honte",
    // "mourir d'ennui", "une chaleur à crever", "je l'aime à mourir", "crever d'amour".
    'mourir-de': [
      "(meurs|meurt|mourir|mourais|mourrais|mort|morte|morts|mortes|crever|crève|crevé|crevée|crevais|meure|mourant|mourante) (de|d'|du) (faim|soif|rire|envie|chaud|froid|honte|peur|fatigue|jalousie|curiosité|impatience|chaleur|sommeil|plaisir|bonheur|stress|gêne|malaise|ennui|amour|cringe|angoisse|inquiétude|m'ennuyer|t'ennuyer)",
      "(meurs|meurt|mourir|crever|crève) (d'envie|d'ennui|d'amour|d'impatience|d'angoisse|de m'ennuyer)",
      "(l'aime|t'aime|aime|aimer|triste|beau|belle|beaux|ennuyeux|ennuyeuse|chiant|chiante|bête|drôle|chaleur|froid|long|longue|joli|jolie|con|conne) (à) (mourir|crever)",
      '(mort|morte|morts|mortes) (de rire|et enterré|et enterrée|de fatigue)', '(mdr|ptdr)',
      "plutôt (mourir|crever) (que|qu') {fill1} (de|d')? (lui|le|la|les|l'|te|leur|revenir|retourner|rappeler|écrire|réécrire|texter|supplier|ramper|m'excuser|admettre|avouer|voir|sortir|remettre|repartir|reprendre)",
      '(mourir|meurs|meurt) sur scène', "(mourir|meurt|meurs) d'aimer",
      "(tu|il|elle|ils|elles|on|ça|cette rupture|ce mec|cette fille|ma mère|mon père|mes parents|ce prof|mon boss|mon patron|ce taf|ce boulot|cette histoire|ce film|cette chanson) (va|vont|vas|veut|veux|voulait|allait|aurait) {fill1} (me tuer|m'achever|me faire mourir)",
    ],
    // Killing time, working oneself to death: "je tue le temps", "je me tue au travail", "je me
    // tue à lui dire".
    'tuer-idiome': [
      "la mort (de|d'|du) (mon|ma|mes|son|sa|ses|leur|notre|ton|ta|tes|la|le|l') {word}",
      "(tuer|tue|tué|tues|tuait) (le temps|dans l'œuf|l'ambiance|le game|le suspense)",
      "(me|te|se) (tue|tues|tuer|tuais|tuait|tuerai) (au travail|au boulot|au taf|à la tâche|à travailler|à bosser|à la salle|au sport|à l'entraînement)",
      '(me|te|se) (tue|tues|tuer) (à|pour) {fill2} (dire|répéter|expliquer|faire comprendre|travailler|bosser|finir|réussir|plaire|récupérer)',
    ],
    // Cutting ties, hair, cooking: "couper les ponts", "couper court", "je me suis coupé les
    // cheveux", "je me suis coupée en émincant les oignons", "je me coupe du monde".
    couper: [
      "(couper|coupe|coupé|coupée|coupes|coupais|couperai) (court|les ponts|la parole|le contact|l'appétit|le souffle|les cheveux|la frange|la barbe|les ongles|les pointes|le son|les vivres|la poire en deux|du monde|de tout|de tout le monde|des autres|de mes amis|de lui|d'elle|de ma famille|des réseaux|les liens|le doigt|le pouce|un doigt|une tranche|un morceau|une part|du pain|un bout)",
      '(coupé|coupée|coupe|brûlé|brûlée|brûle|blessé|blessée|ouvert|ouverte) {fill3} (en|pendant que je|en train de) (cuisinant|coupant|émincant|émincer|épluchant|préparant|faisant|bricolant|rasant|me rasant|jardinant|ouvrant|cuisine|cuisiner|courant|tombant|jouant)',
      // (burns are not here: every burn family asks for "exprès" or the like, which an accident never says,
      // and an exclusion cannot see it: "brûlé la main sur la plaque exprès" must be caught)
      '(coupé|coupée|coupe) {fill3} (avec|sur|contre) (le|la|une|un|du|mon|ma) (four|plaque|poêle|fer à repasser|feuille|papier|boîte de conserve|canette|couteau de cuisine|lisseur|casserole|bouilloire|vitre|eau bouillante|soupe|café|thé|mandoline|râpe)',
      "(me suis|me) (coupé|coupée) (la langue|les doigts|le doigt|la main|le pouce)", "(me suis|me) (brûlé|brûlée) la langue",
      "(fait|fais|faire) du mal {fill3} (à|en) (le|la|les|regarder|regardant|lire|lisant|penser|pensant|stalker|stalkant|attendre|attendant|relire|relisant|checker|écouter|écoutant|revoir|revoyant|scroller|scrollant|espérer|espérant)",
    ],
    // Jumping at things: "sauter sur l'occasion", "sauter le pas", "sauter en parachute", "je
    // me jette à l'eau", "sauter de joie".
    sauter: [
      "(saute|sauté|sauter|sautais|sauterai|me jette|me jeter|jette|jeter|me lance|me lancer|lance|lancer) (sur l'occasion|le pas|en parachute|à l'élastique|le repas|un repas|le déjeuner|le petit dej|de joie|au plafond|aux yeux|une étape|une classe|le cours|les cours|dans ses bras|dans les bras|au cou|à la corde|à pieds joints|du coq à l'âne|à l'eau|dans le bain|dans la mêlée|dans l'arène|dans l'aventure|dans le grand bain|sur le lit|dans la piscine|dans le lac|dans la mer|du lit)",
      "(saut|sauts) (en parachute|à l'élastique)", "grand saut (dans|vers) (l'inconnu|une nouvelle vie|le mariage)",
    ],
    // Hanging the washing, a housewarming, sex, drowning in work: "pendre la crémaillère",
    // "s'envoyer en l'air", "je me noie dans le boulot".
    'pendre-idiome': [
      // "me tirer une balle dans le pied", "me supprimer du groupe"
      '(tirer|tiré|tire) une balle dans le pied', '(me|te) (supprimer|supprime|supprimé) (de|du|des|d\'un|d\'une) {word}',
      '(pendre|pends|pendu|pend) (pas|plus|jamais)? (la crémaillère|le linge|à son cou|au cou|au nez)',
      "(m'envoyer|t'envoyer|s'envoyer|envoyer|envoyé) en l'air",
      "(me|te) (noie|noyer|noyais) (dans|sous) (le travail|le boulot|le taf|les séries|le sport|mes études|la bouffe|l'alcool|le vin|les cours|les dossiers)",
    ],
    // Ending a relationship, a story, a subscription: "en finir avec lui", "mettre fin à notre
    // relation", "en finir avec cette histoire".
    'finir-relation': [
      // living with someone, somewhere: "je veux plus vivre avec lui", "plus vivre à Paris"
      "(vivre|habiter) (avec (lui|elle|toi|eux|mon ex|ce mec|quelqu'un|mes parents|ma mère|mon père|ma coloc|des colocs|mon copain|ma copine)|à|en|au|aux|chez|ici|là-bas|ensemble|loin|seul|seule|sous le même toit)",
      "(en finir|d'en finir|mettre fin|mettre un terme) (avec|à) (lui|elle|eux|mon ex|ton ex|ce mec|ce gars|cette fille|cette meuf|nous|notre {word}|nos {word}|cette histoire|cette relation|ma relation|la relation|cette situation|cette mascarade|cette comédie|cette attente|ce contrat|mon contrat|mon abonnement|cette dépendance|cette obsession|ces histoires|ces doutes|ces questions|les doutes|les questions|les messages|ces messages|les regrets|le célibat|ma vie de {word}|cette habitude|cette addiction|cette discussion|la discussion|nos échanges|cette amitié|ce mariage|mon mariage|ce couple|ce boulot|ce taf)",
    ],
    // Goodbye to a job, a flat, a holiday, to an ex: "adieu les vacances", "je dis adieu à mes
    // collègues", "mon pot de départ", "je serai plus là pour lui".
    'adieu-idiome': [
      "adieu (les|le|la|l'|mon|ma|mes) (vacances|week-end|weekend|grasse matinée|soldes|économies|régime|plage|sieste|soirée|sorties|sous|thunes|vie sociale|dimanche|projets|argent|salaire|sommeil|forfait|bonus|prime|jeunesse|talons|illusions|rêves|espoirs|beaux jours|diète|bikini)",
      "(pot de départ|dernier jour|dernière journée|mon départ|au boulot|au bureau|au travail|au taf|collègues|déménage|déménagement|l'appart|la ville|mon ancien) {fill6} (adieu|adieux)",
      "(adieu|adieux) {fill4} (collègues|au boulot|au bureau|au travail|au taf|pot de départ|l'appart|mon appart|ma ville|cette ville|paris|lyon|montréal|bruxelles)",
      "(dire|dis|dit|dirai|disais|faire|fais|fait) (adieu|mes adieux) (à|au|aux) (mon ex|ton ex|cette relation|notre histoire|nos projets|mes illusions|ce mec|cette fille|lui|elle|mon ancienne vie|ma vie d'avant|l'ancienne moi|mes rêves)",
      '(plus|pu) là pour (lui|elle|toi|eux|te|le|la|les|vous|mon ex|ses|son|sa)',
      "(toit|rooftop|terrasse) {fill6} (soirée|fête|apéro|anniv|anniversaire|barbecue|bbq|coucher de soleil|feux d'artifice|pote|potes|copains|copines)",
      'adieu (connard|connasse|salaud|salope|abruti|abrutie|crétin|enfoiré|enfoirée|bâtard|trou du cul|mon ex|toi|à toi|à lui|à elle)',
      // "je lui ai dit adieu", "c'est dur de dire adieu": telling of a goodbye, not saying one
      "(lui|leur|t'|l') (ai|a|avons)? (dit|dis|dire|fait|faire) (adieu|mes adieux|ses adieux)", '(de|pour) (dire|faire) (adieu|ses adieux|mes adieux) $',
    ],
    // "Suicide" of something else: "suicide commercial", "mission suicide", "c'est du suicide de
    // sortir par ce temps", "Suicide Squad".
    'suicide-idiome': [
      "(suicid*|me suis suicidé|me suis suicidée) {fill2} (dans le jeu|dans le game|en jeu|ingame|sur minecraft|sur gta|aux sims|sur fortnite|dans les sims)",
      "(jeu|game|minecraft|gta|sims|fortnite|perso|personnage|avatar) {fill4} suicid*",
      'suicide (commercial|social|politique|professionnel|électoral|financier|squad|sportif|scolaire|amoureux)',
      '(mission|missions|opération|attentat|attentats|kamikaze|pilote|pilotes) suicide',
      "(c'est|ce serait|ça serait|c'est carrément) (du)? (suicide|suicidaire) (de|d'|à) {word}",
      '(sport|régime|choix|plan|idée|stratégie|pari) (suicide|suicidaire)',
    ],
    // Leaving social media, weight that lifts, overdosing on series: "disparaître des réseaux un
    // moment", "un poids en moins", "perdre du poids", "overdose de Netflix".
    'disparaitre-idiome': [
      // "j'aimerais qu'il m'efface de sa vie", "qu'on me supprime du groupe"
      "(m'efface|me supprime|m'éteigne|me débranche) (de|du|des|d') (sa|son|ses|la|le|les|leur|mon|ma|mes|{word}) {fill1} (mémoire|vie|contacts|groupe|insta|liste|tel|téléphone|conv|réseaux|amis)",
      '(disparaître|disparais|disparu|disparue) (des|de|du) (réseaux|insta|instagram|facebook|snap|snapchat|tiktok|radar|circulation|sa vie|ta vie|leur vie|la circulation|groupe|conv|la conv|la ville|paris)',
      '(disparaître|disparais) (un moment|quelques jours|un peu|une semaine|pendant|le temps de|un temps|un week-end|ce week-end)',
      "(poids|fardeau) (en moins|de moins|sur les épaules|enlevé|qui s'en va)", '(perdre|perdu|pris|prendre) du poids',
      "(overdose|surdose) (de|d') (séries|netflix|sucre|chocolat|boulot|travail|info|infos|news|réseaux|love|amour|taf|café|pub|films|memes|cringe|lui|mignon|mignonnerie)",
    ],
    // Bridges and ropes in ordinary life: "être sur le pont depuis 6h" (at work), "le pont de
    // l'Ascension", "corde à sauter", "cordes de guitare", "mes cachets pour l'allergie".
    'moyens-idiome': [
      "sur le pont (depuis|toute la|tout le|dès|d'avignon|ce week-end|ce matin)", "le pont (de l'ascension|du 8 mai|du 1er mai|de mai)", 'faire le pont',
      "(pistolet|fusil|flingue) (à eau|à billes|à bille|à colle|en plastique|de jouet|nerf|de paintball|d'airsoft)",
      '(corde|cordes) (à|de|pour) (sauter|linge|guitare|violon|ma guitare|mon violon|escalade|la guitare)',
      '(corde|cordes) (pour|de) (le|la|les|un|une|mon|ma|mes|notre|nos|du)? (déménagement|déménager|camping|tente|bateau|voilier|linge|escalade|grimpe|hamac|balançoire|jardin|meubles|remorque|vélo|travaux|galerie|coffre|chien|colis|carton|cartons|bricolage|sapin)',
      '(cordes|corde) (vocales|sensibles)', 'sur la corde raide', 'tirer sur la corde',
      "{cachets} (pour|contre) (l'allergie|les allergies|le rhume|la migraine|le mal de tête|la fièvre|la toux|la tension|le cœur|la thyroïde)",
    ],
  },

  negations: [
    'ne', 'n', 'pas', 'jamais', 'plus', 'point', 'rien', 'aucun', 'aucune', 'nullement', 'guère', "n'ai", "n'est", "n'en", "n'y", 'non',
    'pas question', 'hors de question', 'aucune envie', 'aucune intention',
  ],
  /** Phrases with a negation word that negate nothing: "de plus en plus", "plus que jamais", "en plus". */
  notNegations: [
    'de plus en plus', 'plus que jamais', 'en plus', 'de plus', 'encore plus', '(le|la|les|au|du) plus',
    'plus (fort|forte|tard|tôt|vite|souvent|grave|sérieusement|que|qu)', '(rien|plus rien) à perdre',
    "(rien|plus rien) (ne va|va|a de sens|n'a de sens|ne marche|marche)", '(ne)? (sais|sait|savais) (pas|plus) (quoi|comment|pourquoi)',
    "(pas|plus) (bien|ok|la force|le choix|d'autre choix|d'espoir|envie de vivre|de raison)", 'jamais été aussi',
    "(j'en|n'en|en) peux plus", 'peux plus', 'supporte plus', 'tiens plus', 'vois plus', 'vois pas', 'sais plus', 'sais pas',
  ],
  wideNegations: [
    "c'est pas que", "ce n'est pas que", 'pas que', 'non pas que', "c'est pas comme si", 'pas comme si', 'je dis pas que',
    'ça veut pas dire que', 'pas question que', 'jamais de la vie', 'je pense pas que', 'je crois pas que', 'pas du tout',
  ],
  clauseWords: [
    'mais', 'et', 'car', 'parce', 'donc', 'alors', 'puis', 'pis', 'sauf', 'sinon', 'cependant', 'pourtant', 'ou', 'mdr', 'ptdr',
    'lol', 'bref', 'enfin', 'franchement', 'sérieux', 'honnêtement', 'tinquiete',
  ],
  subjects: ['je', 'j', 'tu', 't', 'il', 'elle', 'on', 'nous', 'vous', 'ils', 'elles', "c'est", 'ça', 'moi'],
  urges: [
    'envie', "l'envie", 'besoin', 'veux', 'voudrais', 'aimerais', 'tenté', 'tentée', 'tentation', 'pulsion', 'pulsions', 'goût', 'vais',
    'pourrais', 'devrais', 'dois', 'pense à', 'songe à', 'hâte', 'rêve', 'craving', 'démange', 'peur de', 'essaie de pas', 'essaye de pas',
  ],
  reassurances: [
    '(je vais|je ferai|je compte) rien (faire|tenter)', "(je vais|je ferai) (pas|jamais) (passer à l'acte|le faire|de bêtise|de connerie|de conneries)",
    '(je suis) (en sécurité|safe)', '(je le ferai|je vais le faire|je le fais|je le ferais) (pas|jamais)', "(je passerai|passerai) (pas|jamais) à l'acte", 'je (ferai|ferais) jamais ça', 'promis je (ferai|fais|vais) rien', '(je ferai|je fais|je vais) rien {fill2} (promis|juré|t’inquiète|tinquiete)',
  ],

  shorthand: {
    // elisions typed with a space, and glued spoken forms
    'j ai': "j'ai", g: "j'ai", 'j en': "j'en", 'c est': "c'est", 'n est': "n'est", 'l envie': "l'envie", 'j aurais': "j'aurais",
    'j espere': "j'espère", 'j etais': "j'étais", 'j existais': "j'existais", 'j hesite': "j'hésite", 'l acte': "l'acte",
    jvais: 'je vais', 'je v': 'je vais', jv: 'je vais', jvai: 'je vais', jve: 'je vais', jvas: 'je vais', jva: 'je vais', 'j vais': 'je vais', 'j vas': 'je vais',
    'mas me': 'je vais me', 'mas men': "je vais m'en", // Québec "m'as me tuer" = je vais me tuer
    jveux: 'je veux', jveu: 'je veux', jvx: 'je veux', jveut: 'je veux', 'je veut': 'je veux', 'je veu': 'je veux', veu: 'veux', vx: 'veux',
    jvoulais: 'je voulais', jvoudrais: 'je voudrais', jme: 'je me', 'j me': 'je me', msuis: 'me suis', jmsuis: 'je me suis', jmen: "je m'en",
    jsuis: 'je suis', jsui: 'je suis', chui: 'je suis', chuis: 'je suis', chu: 'je suis', chus: 'je suis', shui: 'je suis', 'je sui': 'je suis',
    jpeux: 'je peux', jpeu: 'je peux', jpense: 'je pense', jsais: 'je sais', chai: 'je sais', jsp: 'je sais pas', jpp: "j'en peux plus",
    jdois: 'je dois', jfais: 'je fais', jcrois: 'je crois', jte: 'je te', jlai: "je l'ai", jle: 'je le', jla: 'je la', jles: 'je les',
    mtuer: 'me tuer', msuicider: 'me suicider', 'm tuer': 'me tuer', 'm suicider': 'me suicider', mpendre: 'me pendre', mfoutre: 'me foutre',
    mflinguer: 'me flinguer', mjeter: 'me jeter', mcouper: 'me couper', mscarifier: 'me scarifier', mfaire: 'me faire', mtirer: 'me tirer',
    mbuter: 'me buter', sui: 'suis', fardo: 'fardeau', fardos: 'fardeau', '1': 'un',
    // spoken and texted words
    pu: 'plus', plu: 'plus', pa: 'pas', jamai: 'jamais', jamé: 'jamais', envi: 'envie', tkt: 'tinquiete', foutr: 'foutre', "t'inquiètes": 'tinquiete',
    jter: 'jeter', jtr: 'jeter', jvé: 'je vais', tt: 'tout', tte: 'toute', ttes: 'toutes', bcp: 'beaucoup', ptet: 'peut être', vrmt: 'vraiment', vrm: 'vraiment',
    ajd: "aujourd'hui", auj: "aujourd'hui", ajrd: "aujourd'hui", aujd: "aujourd'hui", 'a soir': 'ce soir', ct: "c'était",
    moé: 'moi', toé: 'toi', pcq: 'parce que', pck: 'parce que', psk: 'parce que', pq: 'pourquoi', pk: 'pourquoi', koi: 'quoi', ke: 'que',
    medoc: 'médocs', medocs: 'médocs', medicaments: 'médicaments', 'sui cide': 'suicide', 'over dose': 'overdose', sucider: 'suicider',
  },

  crisisWords: [
    'suicide', 'suicider', 'suicidaire', 'suicidaires', 'tuer', 'mourir', 'crever', 'mort', 'morte', 'scarifier', 'scarifie', 'scarifiee',
    'mutiler', 'pendre', 'adieu', 'corde', 'cachets', 'medocs', 'veines', 'foutre',
  ],
  repairs: ['suicider', 'suicidaire', 'suicidaires', 'scarifier', 'scarification', 'automutilation', 'somniferes'],
  notTypos: ['suicides', 'suicide', 'suicidee', 'scarifies', 'scarifiee', 'scarifie', 'suicidar', 'suicidal', 'suicidio', 'suicidi', 'suicidare', 'suicidou'],
  glueWords: ['je', 'me', 'veux', 'vais', 'tuer', 'envie', 'de', 'la', 'vie', 'en', 'finir', 'plus', 'pas', 'ma', 'mes', 'jours', 'mettre', 'fin', 'au'],
};
