/**
 * German (Germany, Austria, Switzerland). Word classes first (the building blocks), then the
 * phrase families, then the idioms that must stay quiet, then negation and shorthand. Patterns
 * are in the DSL of `../dsl.ts`: words, `{class}`, `(a|b)` one of, `[x]` or `(x)?` optional,
 * `{fill2}` up to two other words, `word*` any ending, `^`/`$` start/end of a sentence.
 *
 * How German is matched, after normalisation: lower case, umlauts without dots ("müde" =
 * "mude", so "würde" and "wurde" are one word), ß as s, doubled letters single ("Schluss" =
 * "schlus", in messages and patterns alike). Write patterns the natural way ("möchte",
 * "Brücke"). Spellings without umlauts ("moechte", "wuerde") and spoken forms are spelled out
 * first (see `shorthand`): "hab" → "habe", "nen" → "einen", "nich"/"ned" → "nicht", Bavarian and
 * Austrian "i" → "ich", "mi" → "mich", "nimma" → "nicht mehr", Swiss "nüm" → "nicht mehr",
 * "wott" → "will", "läbe" → "leben", "stärbe" → "sterben", "cha" → "kann".
 *
 * German puts the verb last ("ich will mich heute umbringen") and splits some verbs ("ich bringe
 * mich um"), so patterns run from the pronoun "mich"/"mir" to the verb with a filler between.
 * A "nicht" inside that stretch ("ich will mich nicht umbringen") is caught by `de.negated`.
 *
 * @module
 */
import type { LanguageSpec } from '../language.ts';

export const de: LanguageSpec = {
  code: 'de',
  scripts: ['latin'],

  classes: {
    // --- people ---
    /** Family and close ones, as named in goodbyes: "meiner Mama", "meinen Eltern", "meine Katze". */
    familie: [
      'mama', 'mutter', 'mum', 'papa', 'vater', 'eltern', 'familie', 'schwester', 'bruder', 'geschwister', 'kinder', 'sohn', 'tochter',
      'oma', 'opa', 'freundin', 'freund', 'freunde', 'freundinnen', 'besten freundin', 'besten freund', 'beste freundin', 'bester freund',
      'katze', 'kater', 'hund', 'katzen', 'hunde', 'haustiere', 'tiere', 'pflanzen', 'mami', 'papi', 'leuten',
    ],
    /** Everyone else, who "would be better off": "alle", "meine Familie", "die Welt". */
    alle: [
      'alle', 'jeder', 'jede', 'jedem', 'alle anderen', 'die welt', 'welt', 'meine familie', 'meine eltern', 'meine freunde', 'die anderen',
      'meine kinder', 'mama', 'papa', 'ihr', 'ihr alle', 'es', 'alles', 'die leute', 'jeder einzelne', 'alle um mich herum', 'mein umfeld',
    ],
    /** Nobody: "keiner", "niemand", "kein Mensch". */
    keiner: ['keiner', 'niemand', 'kein mensch', 'keine sau', 'keinem', 'niemandem', 'keine seele', 'kein schwein', 'niemanden', 'keinen'],

    // --- wanting, intending ---
    /**
     * Intent, in the first person, before the verb at the end: "ich will", "ich werde", "ich
     * denke daran", "ich habe vor", "ich überlege". Not "wird": "meine Mutter wird mich umbringen".
     */
    will: [
      'will', 'möchte', 'möcht', 'werde', 'werd', 'wollte', 'wollt', 'würde', 'würd', 'muss', 'sollte', 'mag', 'plane', 'plan', 'versuche',
      'versuch', 'vor', 'kurz davor', 'bereit', 'beschlossen', 'entschieden', 'dran', 'daran', 'darüber nach', 'drüber nach', 'überlege',
      'überleg', 'überlegt', 'lust', 'bock', 'drang', 'gedanken', 'gedanke', 'wott', 'wett', 'denke', 'denk', 'versucht', 'probiert',
    ],
    /** Wishing, weaker than intent: "ich will", "ich möchte", "am liebsten", "ich wünschte". */
    wunsch: [
      'will', 'möchte', 'möcht', 'würde gern', 'würde gerne', 'würd gern', 'würd gerne', 'gern', 'gerne', 'wünsch*', 'wünschte',
      'wünschte ich', 'wünsch ich mir', 'wünsche ich mir', 'wünschte ich mir', 'würde ich am liebsten', 'würd ich am liebsten',
      'am liebsten', 'lieber', 'hoffe', 'hoff', 'hoffentlich', 'sehne mich', 'sehnsucht', 'wollte', 'wott', 'wett', 'mag', 'bete', 'träume',
      'will nur noch', 'will einfach nur',
    ],

    // --- verbs of the act ---
    /** Killing oneself, the verb at the end: "umbringen", "töten", "erhängen", with "zu": "umzubringen". */
    umbringen: [
      'umbringen', 'umbringe', 'umbring', 'umzubringen', 'töten', 'zu töten', 'erhängen', 'zu erhängen', 'aufhängen', 'aufzuhängen',
      'erschiessen', 'zu erschiessen', 'vergiften', 'zu vergiften', 'ertränken', 'zu ertränken', 'erstechen', 'zu erstechen',
      'erdrosseln', 'umlegen', 'umzulegen', 'abknallen', 'kaltmachen', 'unaliven', 'selbst töten', 'selbst umbringen',
      'abmurksen', 'abzumurksen', 'auslöschen', 'auszulöschen', 'ausknipsen', 'auszuknipsen', 'vergasen', 'zu vergasen', 'erwürgen', 'strangulieren', 'zu strangulieren',
      'totfahren', 'totzufahren', 'wegballern', 'wegzuballern', 'ersticken', 'entleiben', 'zu entleiben', 'zu ersticken', 'zu tode stürzen', 'zu tode saufen', 'totsaufen',
      'selber umbringen', 'killen', 'zu killen', 'abstechen', 'vor den zug werfen', 'vor einen zug werfen', 'vor die bahn werfen',
    ],
    /** The same, said with "zu" so that it can only be oneself after "mich": "mich umzubringen". */
    umzubringen: [
      'umzubringen', 'zu töten', 'zu erhängen', 'aufzuhängen', 'zu erschiessen', 'zu vergiften', 'zu ertränken', 'umzulegen',
      'zu killen', 'zu erstechen', 'abzumurksen', 'auszulöschen', 'auszuknipsen', 'zu vergasen', 'zu strangulieren', 'zu ersticken', 'totzufahren',
    ],
    /** Dead, for certain: "tot", "nicht mehr am Leben", "gestorben" (not "weg": that may be a trip). */
    tot: [
      'tot', 'sterbe', 'sterben würde', 'stürbe', 'gestorben', 'nicht mehr am leben', 'nicht mehr leben würde', 'nicht mehr existieren',
      'nicht mehr existieren würde', 'nie geboren', 'für immer weg', 'mich umbringe', 'mich umbringen würde', 'nicht mehr aufwache',
    ],
    /** If I were gone: "nicht mehr da", "tot", "weg", "nie geboren". */
    weg: [
      'nicht mehr (da|hier|am leben|leben|lebe|lebte|wäre|wär|sein|existieren|existiere|existieren würde|existierte|atmen würde)',
      'tot', 'weg', 'nicht da', 'nie geboren', 'nicht geboren', 'verschwunden', 'nicht existieren', 'nicht existieren würde', 'nicht existiere',
      'sterben würde', 'sterbe', 'stürbe', 'sterben', 'gestorben', 'gar nicht mehr da', 'nimmer da', 'nicht mehr aufwache', 'für immer weg',
    ],

    // --- self-harm ---
    koerper: [
      'arm', 'arme', 'armen', 'unterarm', 'unterarme', 'handgelenk', 'handgelenke', 'bein', 'beine', 'beinen', 'oberschenkel', 'haut',
      'bauch', 'hüfte', 'hüften', 'schulter', 'brust', 'körper',
    ],

    // --- means and places ---
    /** What people take: tablets and medicines, and the emoji 💊 (read as "pills"). */
    tabletten: [
      'tabletten', 'tablette', 'pillen', 'medikamente', 'medis', 'schlaftabletten', 'schlafmittel', 'beruhigungsmittel',
      'antidepressiva', 'schmerztabletten', 'schmerzmittel', 'paracetamol', 'ibuprofen', 'ibu', 'aspirin', 'tavor', 'diazepam',
      'valium', 'insulin', 'tilidin', 'tramadol', 'lyrica', 'pills', 'opiate', 'benzos', 'tropfen',
      'sertralin', 'citalopram', 'escitalopram', 'fluoxetin', 'amitriptylin', 'mirtazapin', 'quetiapin', 'venlafaxin', 'lorazepam',
      'zopiclon', 'codein', 'morphin', 'oxycodon', 'fentanyl', 'lithium', 'opipramol', 'promethazin', 'doxepin', 'pregabalin',
      'novalgin', 'metamizol', 'herztabletten', 'blutdrucktabletten', 'schlaftabletten',
      'blister', 'blisterpackung', 'tablettenpackung', 'tablettenschachtel', 'tablettendose', 'pillendose', 'röhrchen', 'schlaftablette', 'tablette',
    ],
    /** Sedatives, sleeping pills and opioids, gathered from several doctors: "Schlaftabletten", "Tavor", "Tilidin". */
    starkmittel: [
      'tabletten', 'pillen', 'medikamente', 'schlaftabletten', 'schlafmittel', 'beruhigungsmittel', 'tavor', 'diazepam', 'valium', 'lorazepam', 'zopiclon',
      'benzos', 'opiate', 'tilidin', 'tramadol', 'oxycodon', 'fentanyl', 'morphin', 'codein', 'pregabalin', 'lyrica', 'antidepressiva', 'amitriptylin', 'quetiapin', 'insulin',
    ],
    /** A lot of them: "die ganze Packung", "alle", "30". */
    viele: [
      'die ganze', 'ne ganze', 'eine ganze', 'ganze', 'alle', 'alle meine', 'all meine', 'meine ganzen', 'die ganzen', 'zu viele',
      'viel zu viele', 'eine handvoll', 'ne handvoll', 'eine packung', 'ne packung', 'zwei packungen', 'mehrere packungen', '{bignumber}', 'zwanzig', 'dreissig', 'fünfzig', 'hundert', 'einen haufen', 'nen haufen', 'ein haufen', 'n haufen',
      'die komplette', 'eine komplette', 'den ganzen', 'sämtliche', 'all die', 'alle die',
    ],
    /** Heights people jump from, or stand on. */
    hoehe: [
      'dach', 'brücke', 'brückengeländer', 'geländer', 'hochhaus', 'balkon', 'klippe', 'klippen', 'gleisen', 'gleise', 'bahngleise',
      'schienen', 'bahnsteigkante', 'fensterbrett', 'fenstersims', 'kante', 'brüstung', 'turm', 'parkhaus', 'dachkante', 'fenster',
      'autobahnbrücke', 'eisenbahnbrücke', 'staumauer', 'felsen',
    ],
    /** Places where standing or sitting is itself alarming (not the balcony). */
    hochsitz: [
      'dach', 'dachkante', 'brückengeländer', 'parkhaus', 'parkdeck', 'hochhaus', 'geländer', 'klippe', 'klippen', 'gleisen', 'gleise', 'bahngleise', 'schienen',
      'bahnsteigkante', 'fensterbrett', 'fenstersims', 'kante', 'brüstung', 'autobahnbrücke', 'eisenbahnbrücke', 'staumauer',
    ],
    /** Something that would kill me by accident: "überfährt", "erwischt". */
    unfall: [
      'überfährt', 'überfahren würde', 'überrollt', 'erwischt', 'erschlägt', 'umbringt', 'tötet', 'abstürzt', 'stürzt ab', 'crasht',
      'sterben würde', 'tot umfalle', 'nicht mehr aufwache', 'überfahren', 'totfährt',
      '(fährt|fahrt|fährst) mich {fill3} (über den haufen|tot|um)', 'mich {fill3} über den haufen (fährt|fahren|fahren würde)', 'mich {fill3} (umfährt|totfährt|überrollt|umnietet|erschiesst|erwischt)',
      '(fall|falle|fällt) {fill2} tot um', 'mich (würde|würd) {fill2} (blitz|auto|zug|bus|lkw|laster|meteor|kugel|ziegel|baum) (treffen|erschlagen|erwischen|überfahren|überrollen)',
      '(blitz|meteor|ziegel|baum) {fill2} mich {fill1} (trifft|treffen würde|erschlägt|erschlagen würde)', 'mich {fill2} (holt|holen würde) ($|für immer)',
    ],
    /** "I wouldn't mind": "wärs mir recht", "würd mich nicht stören". */
    recht: [
      'recht', 'egal', 'lieb', 'nicht stören', 'nichts ausmachen', 'nicht schlimm', 'nicht so schlimm', 'willkommen', 'ganz recht',
      'ok', 'okay', 'gut', 'scheissegal', 'wurscht',
    ],
    verkehr: ['zug', 'bahn', 'u bahn', 'ubahn', 's bahn', 'sbahn', 'ice', 'lkw', 'laster', 'auto', 'bus', 'tram', 'strassenbahn', 'truck'],
    /** Now, tonight: timing. */
    bald: [
      'heute', 'heut', 'heute nacht', 'heut nacht', 'heute abend', 'heut abend', 'diese nacht', 'morgen', 'jetzt', 'gleich', 'bald',
      'am wochenende', 'dieses wochenende', 'samstag', 'sonntag', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'noch heute',
      'tonight', 'nachher', 'sofort',
    ],
    /** A time chosen so that no one stops it: "wenn alle schlafen", "bevor Mama heimkommt". */
    heimlich: [
      'wenn (alle|die anderen|meine eltern|mama|papa|meine frau|mein mann|mein mitbewohner|meine mitbewohnerin|keiner|niemand) (schlafen|schläft|weg sind|weg ist|aus dem haus sind|aus dem haus ist|verreist sind|verreist ist|im urlaub sind|im urlaub ist|da ist|da sind)',
      // "wenn alle auf Arbeit sind", "wenn Mama in der Schicht ist", "solange keiner zu Hause ist"
      '(wenn|sobald|solange|während) (alle|die anderen|meine eltern|mama|papa|meine frau|mein mann|mein mitbewohner|meine mitbewohnerin|meine mitbewohner|meine familie|die familie) (auf|bei der|in der|auf der|beim|im|in|zur) (arbeit|schule|schicht|uni|sport|fussball|training|einkaufen|urlaub|kirche) (sind|ist|gehen|geht|fahren|fährt)',
      '(wenn|sobald|solange|während) (keiner|niemand) (zu hause|daheim|zuhause|in der wohnung|im haus) (ist|da ist)',
      // "wenn alle beim Schützenfest sind", "während das ganze Dorf auf dem Fest ist"
      '(wenn|sobald|solange|während) (alle|die anderen|meine eltern|meine familie|die familie|mama|papa|die nachbarn|das ganze dorf|der ganze ort) (beim|auf dem|am|auf der|zum) {fill2} (sind|ist)',
      'bevor (alle|jemand|die anderen|meine eltern|mama|papa|einer) (aufwachen|aufwacht|wach werden|wach wird|aufstehen|aufsteht|heimkommen|heimkommt|nach hause kommen|nach hause kommt)',
    ],
    /** Dying, said every way (the wish before it makes it passive): "sterben", "abkratzen", "den Löffel abgeben". */
    sterben: [
      'sterben', 'tot sein', 'abkratzen', 'verrecken', 'krepieren', 'draufgehen', 'den löffel abgeben', 'ins gras beissen', 'hopsgehen', 'hops gehen', 'abnippeln', 'abnibbeln',
      'ewige ruhe', 'für immer ruhe', 'ruhe für immer', 'erlöst werden', 'nicht mehr atmen',
      'einschlafen und (nicht mehr|nie mehr|nie wieder) aufwachen', 'tot umfallen', 'nicht mehr existieren', 'aufhören zu existieren', 'aufhören zu leben',
    ],
    /** Comparatives of relief: "besser dran", "leichter", "glücklicher". */
    besser: ['besser dran', 'besser', 'glücklicher', 'leichter', 'einfacher', 'ruhiger', 'entspannter', 'entlastet', 'erleichtert', 'freier', 'schöner', 'froh', 'aufgeräumter', 'ordentlicher', 'friedlicher', 'sauberer'],
    /** Injured, every way of saying it of one's own body: "zerkratzt", "aufgeschnitten", "verbrüht". */
    verletzt: [
      'geschnitten', 'aufgeschnitten', 'aufgeritzt', 'geritzt', 'geschlitzt', 'aufgeschlitzt', 'aufgekratzt', 'zerkratzt', 'blutig gekratzt', 'zerschnitten', 'verbrannt',
      'schneiden', 'aufschneiden', 'ritzen', 'zerschneiden', 'zerbissen', 'blutig geschlagen', 'blutig gebissen',
    ],
    /** Ready, after the goodbyes: "jetzt bin ich bereit", "jetzt kann ich gehen". */
    bereit: [
      '(jetzt|nun|dann) bin ich (bereit|so weit|soweit|fertig) $', '(jetzt|nun) (kann|darf) ich (gehen|los) $', '(jetzt|nun) ist (gut|alles gesagt|alles erledigt) $', 'ich bin bereit $',
    ],
    /** Not being able to go on, at the end of a sentence: "ich kann nicht mehr", "ich schaff das nicht mehr". */
    kannnicht: ['(kann|schaff|schaffe|pack|packe|halt|halte|ertrag|ertrage) (das|es|s|dies|das alles|alles)? [einfach|echt|wirklich] (nicht mehr|nimmer) [aus|durch] $'],
    /** "I want you to know": what goodbyes lead with. */
    vermaechtnis: ['(ich|i) (möchte|will|wollte|möcht) {fill1} (dass|das) (ihr|du) (wisst|weisst)', '(ihr sollt|du sollst) (wissen|wissen dass)', 'wisst [bitte] (dass|das)', 'weisst [bitte] (dass|das)'],
    /** Gas and fumes: the car exhaust, a grill indoors. */
    gasmittel: ['schlauch', 'auspuff', 'grill', 'einweggrill', 'holzkohle', 'grillkohle', 'kohle', 'gas', 'gasflasche', 'helium', 'heliumflasche'],
    /** Goodbyes done: said to everyone, letters written. */
    abgeschlossen: [
      '(allen|jedem|euch|meiner familie|meinen eltern|meinen freunden|mama|papa) {fill4} (gesagt|geschrieben) {fill4} (wichtig|lieb|liebe|danke|bedeuten|bedeutet)',
      'mich {fill3} (von allen|von jedem|von euch|von meiner familie|bei allen|bei jedem) verabschiedet', '(briefe|abschiedsbriefe|abschiedsbrief) (geschrieben|verfasst)',
      'testament (gemacht|geschrieben|aufgesetzt)', 'angelegenheiten geregelt',
    ],
    /** Being dead or gone, said of afterwards: "wenn ich nicht mehr bin", "wenn ich weg bin", "nach meinem Tod". */
    nachher: [
      'wenn ich {fill1} (nicht mehr|nimmer) (bin|lebe|am leben bin|existiere|auf der welt bin)', 'wenn ich [morgen|bald] (nicht mehr|nimmer) (da|hier) bin',
      'wenn ich {fill1} (tot|gestorben) bin', 'wenn ich für immer (weg|fort|gegangen) bin',
      '(wenn|falls) es mich (nicht mehr|nimmer) gibt', 'nach meinem (tod|ableben|abgang)', '(falls|wenn) ich (nicht mehr|nimmer) (da bin|lebe|zurückkomme|aufwache)',
      'wenn ich (nicht mehr|nimmer) da bin', 'wenn ich (nicht mehr|nimmer) unter euch bin',
    ],
    /** Love and sorrow said to those left behind: "ich hab euch lieb", "es tut mir so leid", "verzeiht mir". */
    liebgruss: [
      '(hab|habe) (euch|dich) {fill1} lieb', 'ich liebe (euch|dich) [alle|so sehr|über alles]', '(es tut mir|tut mir) {fill1} leid ($|für alles|um alles|wegen allem)', '(verzeiht|verzeih|vergebt|vergib) mir',
      'danke für alles', 'sorry für alles', 'es war schön mit (euch|dir)', 'ihr wart (die besten|das beste)', '(euch|dich) {fill2} (geliebt|lieb gehabt) (hab|habe)',
      '(schön|war schön) (dass es euch gab|dass es dich gab|euch gekannt zu haben|dich gekannt zu haben|dass ich euch kennen durfte|dass ich dich kennen durfte)', '(werde|werd) euch {fill1} vermissen',
      'danke für (die|all die|die ganzen|die schönen|die vielen) jahre', '(war|wars) schön mit (euch|dir)',
    ],
    /** Comfort for those left behind: "seid nicht traurig", "vergesst mich nicht", "es ist nicht eure Schuld". */
    trost: [
      // "du hast alles richtig gemacht", "ihr hättet nichts tun können", "dass es nicht ihre Schuld ist"
      '(du hast|ihr habt|hast du|habt ihr) {fill2} alles richtig gemacht ($|wirklich|echt|ehrlich|immer|vergiss|vergesst)', '(du|ihr) (hättest|hättet|konntest|konntet|kannst|könnt) {fill2} nichts (dafür|tun|machen|ändern|verhindern)',
      '(dass|das) es nicht (eure|deine|ihre|seine) schuld (ist|war)', '(vergiss|vergesst) (das|es) (nie|niemals)',
      '(seid|sei) [bitte] (nicht|nie) traurig', '(weint|wein) [bitte] nicht [um mich]', '(vergesst|vergiss) mich [bitte] nicht',
      '(behaltet|behalte) mich {fill2} (in erinnerung|im herzen)', '(ist|war) nicht (eure|deine|ihre|seine) schuld', '(macht|mach) (euch|dir) [bitte] keine vorwürfe',
      '(lebt|leb) [bitte] (euer|dein) leben weiter', '(keiner|niemand) (von euch)? (ist|hat|trägt) (schuld|die schuld) $', '(dass|das) (keiner|niemand) (von euch)? schuld (ist|hat|trägt)',
      '(ihr|du) (seid|bist|habt|hast|tragt|trägst) (keine|keinerlei) schuld', '(passt|pass) [gut|bitte] auf (mama|papa|meine mama|meinen papa|meine schwester|meinen bruder|einander|meine kinder|die kinder|die kleine|den kleinen|meine katze|meinen hund) auf',
      // said to a group ("pass auf dich auf" is said to one person every day)
      'passt [gut|bitte] auf (euch|euch alle) auf $',
    ],
    /** The end, said after a place or a means: "dann ist Schluss", "dann ist es vorbei". */
    vorbei: [
      '(ist|ists|is|wär|wäre|wärs) (es|alles|das alles|das ganze)? [endlich] (vorbei|schluss|aus|zu ende|ruhe)', 'hat (es|das alles|alles|das leiden) [endlich] ein ende',
      '(wars|war es) das', 'bin ich [endlich] (frei|erlöst|weg|raus)', '(hab|habe) ich [endlich] (für immer|ewig|meinen frieden) [ruhe] $', '(hab|habe) ich (es|s)? [endlich] hinter mir', 'hab ichs [endlich] hinter mir',
    ],
    /** Places people go to die, named as destinations: "zur Brücke", "zu den Gleisen", "aufs Dach". */
    todesort: [
      'brücke', 'autobahnbrücke', 'eisenbahnbrücke', 'brückengeländer', 'dach', 'dachkante', 'hochhaus', 'klippe', 'klippen', 'gleis', 'gleise', 'gleisen',
      'bahngleise', 'schienen', 'bahnstrecke', 'bahnübergang', 'bahnsteigkante', 'parkhaus', 'parkdeck', 'staumauer', 'steinbruch', 'aussichtsturm', 'turm', 'abgrund',
    ],
    /** Means that are themselves alarming when at hand (not the kitchen knife): poison, rope, blades, a gun. */
    todesmittel: [
      'rattengift', 'gift', 'frostschutzmittel', 'pflanzengift', 'strick', 'schlinge', 'rasierklinge', 'rasierklingen', 'klinge', 'klingen', 'pistole', 'knarre',
      'waffe', 'revolver', 'schlaftabletten', '{viele} {fill1} {tabletten}', '{tabletten} (alle|alle zusammen)', 'gesammelten tabletten', 'tabletten die ich gesammelt',
    ],
    /** What one owns and gives away: "Sachen", "Kram", "Klamotten", "die PS5". */
    besitz: [
      'sachen', 'klamotten', 'zeug', 'zeugs', 'kram', 'krempel', 'besitz', 'bücher', 'schmuck', 'möbel', 'spiele', 'platten', 'kleider', 'habseligkeiten',
      'lieblingssachen', 'sammlung', 'konsole', 'ps5', 'ps4', 'playstation', 'xbox', 'switch', 'laptop', 'pc', 'computer', 'gitarre', 'fahrrad', 'kamera', 'figuren',
    ],
    /** Arrangements made before leaving for good: the pet rehomed, the flat tidied, contracts cancelled, things given away. */
    vorkehrung: [
      '(katze|kater|hund|hunde|katzen|haustiere|tiere|pflanzen|fische|hamster|meerschweinchen|kaninchen|vogel) {fill6} (zu|bei|an|ins) {fill2} (gebracht|abgegeben|gegeben|untergebracht|vermittelt|abgeliefert)',
      // the pet given up: "hab beim Tierheim angerufen, die holen den Hund Freitag ab"
      '(tierheim|tierschutz|tierschutzverein|pflegestelle|neue besitzer|neuen besitzer|neue familie) {fill6} (abgeben|abgegeben|abholen|holen|geholt|abgeholt|gebracht|angerufen|übernehmen|übernommen|vermittelt)',
      // keys handed on: "den Schlüssel vom Garten hab ich der Nachbarin in den Briefkasten geworfen"
      '(schlüssel|zweitschlüssel|ersatzschlüssel|wohnungsschlüssel|autoschlüssel|hausschlüssel|gartenschlüssel) {fill6} (in den|in ihren|in seinen|in deren|in meinen|in unseren) briefkasten (geworfen|gelegt|gesteckt|eingeworfen)',
      '(schlüssel|zweitschlüssel|ersatzschlüssel|wohnungsschlüssel|autoschlüssel|hausschlüssel|gartenschlüssel) {fill8} (gegeben|abgegeben|gebracht|geworfen|eingeworfen|hinterlegt|vorbeigebracht|überlassen|geschickt)',
      '(wohnung|zimmer|bude|alles) {fill2} (aufgeräumt|geputzt|ausgeräumt|leergeräumt|sauber gemacht|entrümpelt)',
      '(handyvertrag|vertrag|verträge|konto|abos|abo|versicherung|wohnung|mitgliedschaft|fitnessstudio|zeitung) {fill1} gekündigt',
      '(meine|meinen|mein|all meine|alle meine|meine ganzen|meinen ganzen|mein ganzes) {besitz} {fill3} (verschenkt|verteilt|aufgeteilt|weggegeben|vermacht)',
      '(zugangsdaten|passwörter|passwort|pin|pins|schlüssel) {fill4} (liegen|liegt|stehen|steht|sind|ist) (auf|in|im|unter|bei)',
      'alles (geregelt|erledigt|organisiert)', 'angelegenheiten (geregelt|geordnet)', 'testament (gemacht|geschrieben|aufgesetzt)',
      // round 7: plants or pets brought to someone, keys left where they hang, debts paid back, the
      // landlord told to turn to the family, the school run handed on, a legacy contact named
      // (each is ordinary alone: they count only beside something said of afterwards, {danach})
      '(alle|all|meine|meinen|mein|alle meine|die) {fill1} (katze|kater|hund|hunde|katzen|haustiere|tiere|pflanzen|fische|hamster|meerschweinchen|kaninchen|vogel|vögel|blumen|kakteen|zimmerpflanzen) {fill6} (gebracht|gegeben|abgegeben|vorbeigebracht|vermacht|geschenkt|überlassen|vermittelt|verschenkt)',
      '(schlüssel|zweitschlüssel|ersatzschlüssel|wohnungsschlüssel|autoschlüssel|hausschlüssel|haustürschlüssel|kellerschlüssel) {fill2} (hängen|hängt|liegen|liegt|sind|ist|stecken|steckt) (am|im|in der|in|auf dem|auf der|beim|bei|unter|unterm|hinter|neben)',
      '(schlüssel|zweitschlüssel|ersatzschlüssel|wohnungsschlüssel|autoschlüssel|hausschlüssel|haustürschlüssel|kellerschlüssel) {fill6} (gelassen|deponiert|zurückgelassen|hingelegt|hinterlegt|abgegeben)',
      '(schulden|geld|euro|kohle|rechnungen|raten|miete) {fill6} (zurückgezahlt|zurück überwiesen|zurücküberwiesen|überwiesen|beglichen|abbezahlt|zurückgegeben|getilgt)',
      '(vermieter|vermieterin|hausverwaltung|hausmeister|verwaltung|arbeitgeber|bank) {fill8} (an|bei) (meinen|meine|meiner|meinem) {fill1} {familie} (wenden|melden)',
      '(nimmt|nehmen|holt|holen|bringt|bringen|übernimmt|übernehmen|fährt|fahren) {fill6} (mit zur schule|zur schule|zum kindergarten|in die kita|zur kita|vom kindergarten|von der schule|zum training)',
      '{nachlass} {fill4} (eingetragen|eingerichtet|festgelegt|bestimmt|gemacht|hinterlegt|geregelt|angegeben)', 'als {nachlass}',
    ],
    /** Said of afterwards, in a goodbye: "keiner soll meinen Dreck wegmachen müssen", "ihr versteht das irgendwann". */
    danach: [
      '{nachher}', 'für (nachher|danach|hinterher)',
      '(soll|muss|müssen|braucht) {fill2} (keiner|niemand) {fill4} (wegmachen|aufräumen|putzen|sauber machen|kümmern|regeln|erledigen|hinterherräumen)',
      '(keiner|niemand) {fill4} (wegmachen|aufräumen|putzen|sauber machen|hinterherräumen) (muss|müssen|soll|braucht)',
      '(ihr|du) (versteht|verstehst|werdet|wirst) (das|es|mich) {fill2} (irgendwann|eines tages|später mal|später einmal|dann) [verstehen]',
      'irgendwann (versteht|verstehst|werdet|wirst) (ihr|du) (das|es|mich) [verstehen]',
      '(brauch|brauche) ich {fill2} (nicht mehr|nimmer) $',
      // not getting round to it any more: "die Tomaten soll sie ernten, ich komm nicht mehr dazu"
      '(ich|i)? (komm|komme) {fill2} (nicht mehr|nimmer) dazu $', '(kann|werd|werde) ich {fill2} (eh|ja|sowieso|dann)? (nicht mehr|nimmer) (machen|erledigen|ernten|giessen|nutzen|ausgeben|fertig machen)',
      // a cover story told: "hab gesagt ich zieh ins Ausland. stimmt ja nicht ganz"
      '(stimmt|stimmte) (ja|aber|halt|eigentlich|so)? (nicht|nicht ganz|so nicht|nur halb) $', '(war|ist|wars) {fill1} (gelogen|ne ausrede|eine ausrede|nur ne ausrede|nur eine ausrede|nicht die wahrheit) $',
      // told not to be surprised: "hab Papa gesagt, er soll sich nicht wundern"
      '(soll|sollen|sollt|sollst) sich {fill1} (nicht|nicht mehr|über nichts) wundern',
      // round 7: "in truth I won't be there from Monday", "they should at least outlive me", "Papa
      // should just sell it afterwards", the deposit kept "for the trouble", "what he'll find"
      '(in wahrheit|in wirklichkeit|eigentlich|tatsächlich|die wahrheit ist|ehrlich gesagt) {fill3} (bin ich|ich bin|werd ich|werde ich) {fill3} (nicht mehr da|nicht mehr hier|nicht mehr am leben|tot|für immer weg) $',
      '(sollen|soll|werden|wird|dürfen|darf|können|kann) mich {fill2} überleben', '(überleben|überlebt) mich {fill2} (wenigstens|dann|zumindest|eh|sowieso|bestimmt|ja|dann wenigstens)',
      '(soll|sollen|sollt|kann|könnt|können|darf|dürft|dürfen) {fill3} (danach|nachher|hinterher) {fill2} (verkaufen|verschenken|weggeben|behalten|spenden|auflösen|kündigen|entsorgen|wegwerfen|wegschmeissen|regeln|erledigen|löschen|verwalten|übernehmen)',
      'kaution {fill6} (behalten|behält|einbehalten) {fill3} (für die|für seine|für ihre|für den|als) (umstände|unannehmlichkeiten|scherereien|sauerei|schreck)',
      'kaution {fill4} (für die|für seine|für ihre|für den|als) (umstände|unannehmlichkeiten|scherereien|sauerei|schreck) {fill2} (behalten|behält|einbehalten)',
      '(was|wie) (er|sie|ihr|man) (mich)? (dann|danach|morgen|da)? (vorfindet|vorfinden wird|vorfinden muss|finden muss)',
      '(will|möchte|wollte) (niemandem|keinem) {fill2} (was|etwas|geld) schuldig (bleiben|sein) {fill2} {nachher}',
    ],
    /** Denying the danger: "ich mach keinen Scheiss, versprochen", "mir gehts gut, echt", "keine Sorge". */
    entwarnung: [
      '(mach|mache|tu|tue) (keinen scheiss|keinen mist|keinen blödsinn|keine dummheiten|nichts dummes|nichts blödes)', 'keine sorge', 'mir (gehts|geht es) gut',
      '(bin|ich bin) nicht suizidal', '(tu|tue) mir (nichts|nix) an', '(bring|bringe) mich {fill1} (nicht|nie) um', '(würd|würde|werd|werde) {fill2} (nie|niemals) {fill2} (springen|tun|machen)',
    ],
    /** What lingers after a denial: "der Gedanke kommt immer öfter", "Bilder im Kopf", "das Gefühl, dass ich weg will". */
    restgedanke: [
      '(der|dieser|den|so ein|so nen|dieser eine) gedanke {fill1} (kommt|bleibt|ist da|ist immer da|geht nicht weg|lässt mich nicht los) [immer öfter|immer wieder|ständig|jeden tag|trotzdem|oft] $',
      '(die|diese|solche|meine) gedanken {fill1} (kommen|bleiben|sind da|sind immer da|sind ständig da|sind trotzdem da|gehen nicht weg|lassen mich nicht los) [immer öfter|immer wieder|ständig|jeden tag|trotzdem|oft] $',
      '(bilder|vorstellungen|fantasien) im kopf (wie|dass) ich', '(gefühl|gedanke|wunsch|sehnsucht) (dass|das) ich {fill2} (weg|tot|nicht mehr da|nicht mehr hier) (will|möchte|wollte|sein will|sein möchte|wäre)',
    ],
    /** Wishing for an illness or accident of one's own: "Krebs", "einen Tumor", "einen Unfall". */
    krankheit: [
      'krebs', 'tumor', '(einen|ein|nen|n) (tumor|unfall|herzinfarkt|schlaganfall|autounfall|hirntumor)', 'unfall', 'herzinfarkt', 'schlaganfall',
      '(eine|ne) (tödliche|unheilbare|schlimme) krankheit', '(was|etwas) (tödliches|unheilbares)', 'hirntumor', 'leukämie',
    ],
    /** Taken (of pills), every way it is said: "genommen", "geschluckt", "eingeworfen", "leer gemacht". */
    geschluckt: [
      'genommen', 'geschluckt', 'eingenommen', 'geschmissen', 'eingeschmissen', 'eingeworfen', 'reingehauen', 'gefressen', 'reingeworfen', 'runtergeschluckt',
      'runtergespült', 'runtergekippt', 'leer gemacht', 'leergemacht', 'geleert', 'leergefressen', 'aufgebraucht', 'reingezogen', 'reingepfiffen',
    ],

    // --- round 7: arrangements for after, passive wishes in new shapes, plans told by place, time and means ---
    /** Of use only once dead: "wär wenigstens einmal was Sinnvolles an mir", "dann wär ich endlich zu was nütze". */
    nutzen: [
      '(wenigstens|endlich|zumindest|immerhin|einmal|ein einziges mal|auch mal|dann mal) {fill4} (was|etwas) (sinnvolles|nützliches|gutes|brauchbares|wertvolles) (an mir|von mir|aus mir|mit mir)',
      '(wenigstens|endlich|zumindest|immerhin|ein einziges mal|auch mal|dann mal) {fill3} (zu was|zu etwas|für was|für etwas|irgendwem|jemandem|wem) (nütze|nützlich|gut|zu gebrauchen|von nutzen)',
      '(wär|wäre|bin|wäre ich|wär ich) {fill2} (wenigstens|endlich|zumindest|immerhin|einmal|ein einziges mal) {fill2} (nützlich|sinnvoll|zu gebrauchen|von nutzen)',
    ],
    /** Said of being dead: "wenn ich nicht mehr da bin", organ donation, "nach meinem Tod". */
    todkontext: ['{nachher}', 'organspend*', 'organe', 'organspenderausweis', 'spenderausweis', 'wenn ich tot bin', 'wenn ich sterbe', 'tot wäre', 'meine leiche', 'mein körper danach'],
    /** Envy: "neidisch", "ich beneide", "würd sofort mit ihm tauschen". */
    neid: ['neidisch', 'neid', 'beneide', 'beneid', 'beneidet', 'beneiden', 'eifersüchtig', '(würd|würde|tät) {fill2} (sofort|gern|gerne|glatt) mit {fill2} tauschen'],
    /** The dead, as people one envies: "die Toten", "die Verstorbenen". */
    dieToten: ['toten', 'tote', 'verstorbenen', 'verstorbene', 'gestorbenen', 'leute im grab', 'leute auf dem friedhof', 'leute in den todesanzeigen'],
    /** Danger lived through: turbulence, a near crash, a skid. */
    gefahr: [
      'turbulenzen', 'turbulenz', 'absturz', 'abstürzen', 'notlandung', 'unfall', 'crash', 'vollbremsung', 'geschleudert', 'ins schleudern', 'glatteis',
      'gegenverkehr', 'geisterfahrer', 'fast überfahren', 'fast erwischt', 'knapp verfehlt', 'beinahe', 'fast nen unfall', 'fast einen unfall', 'sturm', 'gewitter',
      'gewackelt', 'geruckelt', 'durchgeschüttelt', 'luftloch', 'luftlöcher', 'abgesackt', 'ins rutschen', 'aquaplaning',
    ],
    /** Lived through it: "gelandet", "nichts passiert", "hat gebremst". */
    ueberlebt: [
      'gelandet', 'überlebt', 'heil angekommen', 'heil unten', 'nichts passiert', 'nichts passiert ist', 'doch nicht', 'gebremst', 'ausgewichen', 'noch lebe',
      'noch am leben bin', 'vorbei war', 'aufgefangen', 'sicher gelandet', 'heil geblieben', 'heil durch',
    ],
    /** Gone for good, the end of a sentence: "wenn ich ganz verschwinde", "wenn ich nicht mehr da bin". */
    ganzweg: [
      '(ganz|für immer|endgültig|komplett|völlig) (verschwinde|verschwind|verschwunden bin|weg bin|fort bin|weg wäre|verschwunden wäre)',
      'verschwinde', 'verschwind', 'tot bin', 'tot wäre', 'nicht mehr da bin', 'nicht mehr da wäre', 'nicht mehr bin', 'nicht mehr lebe', 'nicht mehr existiere', 'sterbe',
    ],
    /** Times ahead one may not see: "nächsten Sommer", "an Weihnachten", "im Oktober". */
    zukunft: [
      '(nächsten|nächstes|nächste|im|am|an|zu|bis|in|diesen|diesem|dieses|übernächsten|kommenden|kommendes) {fill1} (sommer|winter|herbst|frühling|frühjahr|jahr|monat|geburtstag|weihnachten|silvester|ostern|neujahr|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|urlaub|semester)',
    ],
    /** Hoping, wishing: "hoffentlich", "ich hoffe", "wünsch mir". */
    hoffen: ['hoff', 'hoffe', 'hoffentlich', 'wünsch', 'wünsche', 'wünschte', 'bete', 'hoffe ich', 'hoff ich', 'wünsch ich mir', 'wünsche ich mir'],
    /** A year's feasts and seasons: the last of them hoped for. */
    fest: ['geburtstag', 'weihnachten', 'weihnachtsfest', 'silvester', 'ostern', 'sommer', 'winter', 'herbst', 'frühling', 'jahreswechsel', 'neujahr', 'jahr', 'valentinstag'],
    /** Game words for dying: "game over", "Spielstand löschen", "kein Respawn". */
    spielende: [
      'game over', 'gameover', 'spielstand löschen', 'spielstand gelöscht', 'spielstand zu löschen', '(kein|ohne|no|keinen) respawn', 'ohne neustart', 'kein neustart',
      'für immer ausloggen', 'ausloggen für immer', 'log out für immer', 'für immer offline', 'den stecker ziehen', 'stecker ziehen', 'letztes level',
    ],
    /** Self-harm said as drawing: "hab wieder gemalt", "rote Linien gezogen". */
    codiert: ['gemalt', 'gezeichnet', 'gekritzelt', 'rote linien', 'rote striche', 'striche gezogen', 'linien gezogen', 'rot gemalt', 'rot angemalt', 'male', 'zeichne'],
    /** Help that comes: the ambulance, the emergency doctor. */
    rettung: ['notarzt', 'notärztin', 'krankenwagen', 'rettungswagen', 'rtw', 'rettungsdienst', 'rettung', 'sanitäter', 'sanis', 'notruf', 'rettungshubschrauber', 'ambulanz', 'die 112', '112'],
    /** Help that will not come: "diesmal ruft keiner den Krankenwagen", "bis der Notarzt da ist, ists eh zu spät". */
    keinerettung: [
      '(diesmal|dieses mal|heute|heut|jetzt|dann|heute nacht|heut nacht|bis morgen) {fill2} (ruft|holt|alarmiert|wählt|verständigt) (mir)? (keiner|niemand|kein mensch|keine sau) {fill2} {rettung}',
      '(ruft|holt|alarmiert) (diesmal|dieses mal|heute|jetzt) (keiner|niemand|kein mensch) {fill2} {rettung}',
      'bis {fill2} {rettung} {fill3} (da ist|kommt|hier ist|ankommt|da wäre|durchkommt) {fill3} (ist es|ists|wärs|wäre es|bin ich) {fill2} (eh|sowieso|längst|dann eh|eh schon|schon) (zu spät|vorbei|tot|weg)',
      '(nachgeschaut|nachgesehen|gegoogelt|gecheckt|recherchiert|geschaut|ausgerechnet|getestet|rausgefunden|nachgelesen) {fill4} (wie lang|wie lange|wann|wie schnell|wie weit|wie viele minuten) {fill3} {rettung} ... (lang genug|zu lang|zu spät|reicht|passt|gut so|perfekt) $',
    ],
    /** Fled from care: out of the emergency room, the ward, the clinic. */
    flucht: [
      '(notaufnahme|psychiatrie|psychiatrischen|psychiatrische|klinik|krankenhaus|station|geschlossenen|geschlossene|kh|psychosomatik|entgiftung|intensivstation) {fill4} (abgehauen|abgehaun|geflohen|weggelaufen|ausgebüxt|ausgebrochen|rausgelaufen|abgehauen obwohl|auf eigene verantwortung|gegen ärztlichen rat)',
    ],
    /** Drugs taken from work, quietly: "aus dem Stationsschrank eingesteckt", "Ampullen mitgehen lassen". */
    abgezweigt: [
      '(aus|vom|von der|von dem|im) (dem|der)? (stationsschrank|medikamentenschrank|medizinschrank|giftschrank|btm schrank|btmschrank|arzneischrank|notfallkoffer|medikamentenwagen|stationsapotheke|klinikapotheke|betäubungsmittelschrank) {fill4} (eingesteckt|einstecken|einsteck|eingesackt|mitgehen lassen|mitgehn lassen|abgezweigt|abzweigen|geklaut|gestohlen|gebunkert|gehortet|beiseite geschafft|abgezwackt|unterschlagen|mitgenommen)',
      '(ampullen|ampulle|spritzen|morphin|fentanyl|opiate|benzos|{starkmittel}) {fill4} (mitgehen lassen|mitgehn lassen|abgezweigt|eingesteckt|eingesackt|geklaut|gestohlen|beiseite geschafft|abgezwackt|unterschlagen) ... (arbeit|station|schicht|schichten|klinik|dienst|praxis|pflege|apotheke)',
      '(arbeit|station|schicht|schichten|klinik|dienst|praxis|pflege|apotheke) ... (ampullen|ampulle|spritzen|morphin|fentanyl|opiate|benzos|{starkmittel}) {fill4} (mitgehen lassen|mitgehn lassen|abgezweigt|eingesteckt|eingesackt|geklaut|gestohlen|beiseite geschafft|abgezwackt|unterschlagen)',
    ],
    /** The time has come: "heut Abend ist es so weit", "dann mach ichs". */
    soweit: ['(ist es|ists|isses|wird es|wirds) {fill1} (so weit|soweit)', '(mach|mache|tu|tue|zieh) (ichs|ich es) [durch]', '(passiert|geschieht) es', 'ist der tag', 'ist die nacht'],
    /** Told no one: "hab niemandem was gesagt", "keiner weiss, wo ich bin". */
    unerzaehlt: [
      '(niemandem|keinem|keiner seele|niemanden|niemand|keinen) {fill2} (was|etwas|bescheid|davon|ein wort|irgendwas) (gesagt|erzählt|geschrieben|verraten|gesagt hab|gesagt habe)',
      '(weiss|wissen) (keiner|niemand|kein mensch) (wo ich bin|wo ich hin bin|davon|bescheid|dass ich hier bin)',
    ],
    /** Not coming back, at the end of a sentence: "ich komm nicht mehr runter", "ich kehr nie mehr heim". */
    nichtzurueck: [
      '(komm|komme|kommen|kehr|kehre|fahr|fahre|geh|gehe|lauf|laufe) {fill2} (nicht mehr|nie mehr|nimmer|nie wieder) (runter|herunter|hinunter|zurück|heim|nach hause|herab|wieder runter|wieder heim|wieder zurück) $',
    ],
    /** Nothing in the calendar after a date: "nach dem Donnerstag nix mehr eingetragen", "alle Termine nach dem 15. abgesagt". */
    leerkalender: [
      // (a date is a word, and "dem 15." may close a sentence: no filler there)
      '(kalender|terminkalender|planer|handykalender) {fill6} (nach|ab) [dem|der|den|diesem|dieser|nächstem|nächster] {word} [{word}] (nichts|nix|keine termine|keinen termin|gar nichts) (mehr)? (eingetragen|geplant|ausgemacht|vereinbart|drin|steht|stehen|gemacht)',
      '(nach|ab) [dem|der|den|diesem|dieser|nächstem|nächster] {word} [{word}] (hab|habe|hab ich|habe ich|ist|steht)? (nichts|nix|keine termine|keinen termin|gar nichts) (mehr)? (im kalender|in meinem kalender|im terminkalender|eingetragen|geplant|ausgemacht|vereinbart)',
      '(alle|sämtliche|meine) termine (nach|ab) [dem|der|den|diesem|dieser|nächstem|nächster] {word} [{word}] (abgesagt|gestrichen|gelöscht|storniert|gecancelt)',
      '(nach|ab) [dem|der|den|diesem|dieser|nächstem|nächster] {word} [{word}] (steht|stehen) (nichts|nix|kein termin|keine termine) (mehr)? (im|in meinem) (kalender|terminkalender)',
    ],
    /** A countdown said on its own: "noch 3 Tage.", "nur noch zwei Nächte". */
    countdown: [
      '^ (noch|nur noch) ({number}|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|ein|einen|eine) (tag|tage|nacht|nächte|woche|wochen|stunde|stunden) $',
    ],
    /** To look like an accident: "wird aussehen wie n Unfall", "jeder wird denken, es war ein Unfall". */
    unfallschein: [
      '(aussehen|aussieht|aussehen wird|aussehen soll|aussehen lassen|aussehen würde|aussehn) wie (ein|n|nen|einen|ein tragischer|ein normaler) (unfall|autounfall|verkehrsunfall)',
      '(nach|wie) (einem|nem|ein|n|nen) (unfall|autounfall|verkehrsunfall) (aussieht|aussehen|aussehen soll|aussehen wird|aussehen lassen|aussehn)',
      '(denken|glauben|sagen|meinen|denkt|glaubt) {fill3} (es|das) (war|wäre|sei|ist) (ein|n|nen) (unfall|autounfall|verkehrsunfall)',
    ],
    /** Where a car or a fall kills: the tree in the bend, the country road, the pillar. */
    fahrtod: ['baum', 'kurve', 'landstrasse', 'autobahn', 'brückenpfeiler', 'pfeiler', 'leitplanke', 'gegenverkehr', 'vollgas', 'getrunken', 'betrunken', 'gleise', 'brücke', 'abhang', 'böschung', 'klippe'],
    /** Who keeps my things: a digital estate contact named. */
    nachlass: [
      '(nachlasskontakt|nachlass kontakt|nachlassverwalter|nachlassverwalterin|digitalen nachlass|digitaler nachlass|digitales erbe|gedenkzustand|gedenkstatus|gedenkseite|legacy kontakt|kontoverwalter|nachlass kontakte)',
    ],
    /** Saying goodbye to everything: "wollt mich verabschieden von allem", "hab mich von allem verabschiedet". */
    abschiedvonallem: [
      '(mich|mi) {fill3} (verabschieden|verabschiede|verabschiedet|zu verabschieden) {fill2} (von allem|von der welt|vom leben|von allem hier|von allen dingen) $',
      '(mich|mi) {fill3} (von allem|von der welt|vom leben|von allem hier|von allen dingen) {fill2} (verabschieden|verabschiede|verabschiedet|zu verabschieden)',
      '(verabschiede|verabschieden) (ich)? (mich|mi) {fill3} (von allem|von der welt|vom leben|von allem hier) $',
    ],
    /** Something hot or sharp held to the body: "hab mir das kochende Nudelwasser über den Unterarm laufen lassen", "Bügeleisen an den Oberschenkel gehalten". */
    heissauf: [
      '(mir|mich) {fill6} ({koerper}|hand|hände|finger|handrücken) {fill4} (verbrüht|verbrannt|laufen lassen|gekippt|geschüttet|gegossen|gehalten|gedrückt|gelegt|geschnitten|geritzt|geschlagen|gerammt|geklemmt|gestochen)',
      '(hab|habe|ich) {fill3} (die|meine|den|meinen|mein) ({koerper}|hand|hände|finger|handrücken) {fill4} (auf|an|in|unter) {fill3} (gelegt|gehalten|gedrückt|gesteckt)',
      '(mich|mir) {fill4} mit (dem|der|einem|einer|nem|ner|meinem|meiner) (bügeleisen|feuerzeug|zigarette|kippe|herdplatte|lockenstab|glätteisen|kerze|streichholz|wasserkocher|heissen wasser|kochenden wasser) {fill2} (verbrannt|verbrüht|gebrannt)',
      '(bügeleisen|herdplatte|feuerzeug|zigarette|kippe|kochendes wasser|kochende wasser|heisses wasser|heisse wasser|nudelwasser|wasserkocher|lockenstab|glätteisen|kerze|streichholz|heisses öl|heisse öl) {fill4} (an|auf|über) (den|die|das|meinen|meine|mein) {fill1} ({koerper}|hand|hände|finger|handrücken) {fill3} (gehalten|gedrückt|gelegt|gekippt|geschüttet|gegossen|laufen lassen)',
    ],
    /** Funerals, said as one's own: "bei meiner Beerdigung", "auf meiner Trauerfeier". */
    meinebeerdigung: ['(meiner|meine|meinem|meinen) (beerdigung|bestattung|trauerfeier|beisetzung|einäscherung|grab|sarg|urne|todesanzeige|traueranzeige|grabstein|trauerrede|grabrede)'],
  },

  families: [
    {
      // Suicide intended or said outright: "ich will mich umbringen", "ich bring mich um", "ich
      // will mir das Leben nehmen", "ich denke an Selbstmord", "ich bin suizidal".
      id: 'de.intent',
      tier: 'act',
      softenedBy: ['reassurance'],
      patterns: [
        // "ich will mich (heute nacht) umbringen", "i wott mi umbringe"
        '{will} {fill3} mich {fill3} {umbringen}',
        // "mich umzubringen" can only mean oneself: "ich denke darüber nach, mich umzubringen"
        'mich {fill3} {umzubringen}',
        // the modal at the end, in a "dass" clause: "nicht dass ich mich umbringen würde"
        '(dass|das|ob|wenn) ich mich {fill2} {umbringen} (würde|würd|werde|will|möchte|wollte|könnte)',
        // the split verb: "ich bring mich um", "ich bringe mich heute noch um"
        '(ich|ichs) (bring|bringe|bringen) mich {fill3} um', '(bring|bringe) ich mich {fill2} um',
        // going off to do it: "ich geh mich jetzt umbringen"
        '(geh|gehe|gehn) {fill1} mich {fill2} ({umbringen}|erhängen|aufhängen|vergiften|ertränken)',
        // "mich ins Jenseits befördern"
        '(mich|mi) {fill3} (ins jenseits|ins grab|unter die erde|aus der welt) (befördern|zu befördern|bringen|zu bringen|schicken|zu schicken|schaffen|zu schaffen)',
        // a last exit: "will nur noch meinen Abgang machen, für immer"
        '(meinen|den|nen|einen) (abgang|abflug) (machen|zu machen|mache|mach) {fill2} (für immer|endgültig|von dieser welt|aus dieser welt|aus dem leben|von der welt|aus der welt)',
        '(ich) (töte|erhänge|erschiesse|erschiess|vergifte|ertränke|erdrossle|kill) mich',
        '(ich) (häng|hänge) mich {fill2} auf',
        // "mir das Leben nehmen", "ich nehme mir das Leben"
        'mir {fill3} das leben (nehmen|zu nehmen|genommen|nehme)',
        // opening the wrists is about dying, whether wished or done
        '(mir|meine) {fill2} (pulsadern|pulsader) {fill2} (aufschneiden|aufgeschnitten|aufzuschneiden|aufschlitzen|aufgeschlitzt|schneiden|geschnitten)',
        '(schneid|schneide|schlitz|schlitze) mir {fill3} (pulsadern|pulsader|handgelenke|handgelenk) auf',
        '(messer|klinge|rasierklinge|scherbe) {fill2} (an|auf|über) (die|meine|meinen|mein) (pulsadern|pulsader|handgelenk|handgelenke|hals|kehle)',
        '(entschluss|entscheidung) (steht|ist gefasst|gefasst|getroffen) (ich)? (mach|mache|tu|tue|zieh) (es|ichs|ich es)', '(nehm|nehme) mir {fill2} das leben',
        // "meinem Leben ein Ende setzen", "Schluss machen mit allem", "alles beenden"
        '(mein leben|meinem leben) {fill2} (beenden|zu beenden|ein ende setzen|ein ende machen|ein ende bereiten|ein ende zu setzen|ein ende zu machen)',
        '(dem|allem|dem ganzen|dem allen) {fill1} ein ende (setzen|machen|bereiten|zu setzen|zu machen)',
        '(schluss|ende) (machen|mache|mach|zu machen) mit (allem|dem leben|meinem leben|der welt|allem hier)',
        '(mach|mache) {fill2} schluss mit (allem|dem leben|meinem leben|der welt)',
        'mit (allem|dem leben|meinem leben) {fill2} schluss (machen|zu machen)',
        '{will} {fill2} (alles|das alles|das ganze|es|mein leben) {fill2} (beenden|zu beenden) ($|{bald}|endgültig|für immer|jetzt)',
        // "Selbstmord begehen", "ich denke an Suizid", "Suizidgedanken", "ich bin suizidal"
        '(selbstmord|suizid|freitod) {fill2} (begehen|begeh|zu begehen|machen)', '(begehe|beginge|begeh) {fill2} (selbstmord|suizid)',
        '(denk|denke|denken|dachte|gedacht|gedanken|überleg|überlege|überlegt|plane|plan|versuch|versuche|versucht|nachdenken) {fill3} (selbstmord|suizid)',
        '(denk|denke|denken|dachte|gedacht|gedanken|überleg|überlege|überlegt|nachdenken) {fill4} (an|über|ans) (selbstmord|suizid|freitod|selbsttötung)',
        '(selbstmord|suizid) {fill4} (einzige|einzig|lösung|ausweg|option|letzte ausweg|bleibt)',
        '(suizidgefährdet|suizidgedanken|selbstmordgedanken|selbstmordabsichten|suizidabsichten|suizidplan|suizidplän*)',
        '(bin|ich|fühle mich|fühl mich|sehr|total|so|wieder|echt|extrem|akut|richtig|ziemlich|werde|werd) {fill2} suizidal*',
        '(selbstmord|suizid) (gedanken|absichten|plan|pläne|versuch|versuche|gefährdet)',
        '(selbstmordversuch*|suizidversuch*)',
        '(suizidale|selbstmörderische) (gedanken|absichten|phase|krise)',
        // timing: "heut nacht mach ichs", "samstag mach ichs, ist alles geplant"
        '{bald} {fill2} (mach|mache|tu|tue|zieh) (ichs|ich es) [durch] $',
        '(mach|mache|tu|tue|zieh) (ichs|ich es) [durch] (ist|ist schon|ist jetzt)? alles (geplant|vorbereitet|bereit|organisiert|entschieden)',
        'ist (heute|heut|jetzt|morgen|heute nacht|heut nacht) (der tag|die nacht|so weit|soweit) {fill2} (sterbe|mach ichs|ende|beende|es passiert)',
        '(wie|wie am besten|am besten) (bringe|bring) ich mich um',
        '(werde|werd|will) (heute|heut|heute nacht|heut nacht|morgen|noch heute|diese nacht) sterben',
        // euphemisms: "mich vom Leben abmelden", "aus dem Leben scheiden"
        'mich [heute|heut|jetzt|bald|einfach|endgültig|für immer|heute nacht|heut nacht] vom leben (abmelden|abzumelden|abmelde|verabschieden|zu verabschieden|verabschiede)',
        'aus dem leben (scheiden|zu scheiden|gehen|zu gehen|treten|scheide)',
        '(wie|wie kann) (ich mich|man sich) {fill2} (umbringen|töten|am schnellsten umbringen|schmerzlos umbringen)',
        '(schmerzlos|schnell) (sterben|umbringen) (wie|methode)',
        // "mich um die Ecke bringen" (to kill, said of oneself)
        '(mich|mi) {fill2} um die ecke (bringen|zu bringen|bring|bringe)', '(bring|bringe) (ich )?mich {fill2} um die ecke',
        // deleting oneself like an account: "will mich selbst löschen", "lösch mich aus dem Leben"
        '(mich|mi) {fill2} (selbst|selber) (löschen|deinstallieren|ausloggen|abschalten|zu löschen|zu deinstallieren|auszuloggen) ($|wie|für immer|endgültig)',
        '(lösch|lösche|löschen|deinstallier|deinstalliere) mich {fill2} (selbst|aus dem leben|von der welt|aus der welt)',
        // a last exit, and not from work: "mach heut nacht meinen Abgang. und nein nicht vom Job"
        '(abgang|abflug) {fill4} (nein|nee) {fill1} (nicht|nich) (vom|von der|von|aus dem|aus der) (job|arbeit|party|firma|gruppe|chat|verein|insta)',
        '(endgültigen|endgültiger|endgültige|finalen|finaler|finale) (abgang|abflug)',
        // dying, timed: "ich will sterben heute nacht", "heute ist der Tag, an dem ich sterbe"
        '(will|werde|werd|möchte|möcht) sterben (heute|heut|heute nacht|heut nacht|morgen|noch heute|diese nacht|jetzt|gleich)',
        '(der tag|die nacht) (an dem|an der|in der|wo) ich (sterbe|mich umbringe|es tue|es mache)',
        '(hab|habe) mich (entschieden|festgelegt) (heute nacht|heut nacht|diese nacht) $',
        // "Schluss machen ... mit allem" across sentences: "ich mach heute Schluss. für immer. mit allem"
        '(mach|mache) {fill2} schluss [für immer] mit (allem|dem leben|meinem leben|der welt)',
        '(setz|setze|mach|mache|bereite) (ich)? (dem|allem|dem ganzen|dem allen|meinem leben) {fill2} ein ende',
        // the bullet, the golden shot: "will mir die Kugel geben", "den goldenen Schuss"
        'mir {fill2} (die kugel|eine kugel|den gnadenschuss) (geben|zu geben|gebe|verpassen)', '(goldenen|goldene) schuss',
        '(wie|wie kann|wie man) (ich mich|man sich|sich) {fill2} (umbringt|tötet|erhängt|umbringen kann|töten kann)',
        // "heute nacht beende ich alles"
        '(heute nacht|heut nacht|heute abend|heut abend|diese nacht|morgen|heute|heut|jetzt|bald) (beende|beend) ich (alles|es|mein leben|das alles|das ganze) ($|endgültig|für immer)',
        // a plan and the means: "ich hab nen Plan und die Mittel"
        'plan und (die|alle|genug) (mittel|tabletten|sachen)',
        // "gute Nacht für immer"
        '(gute nacht|nacht) (für immer|ein letztes mal|zum letzten mal)',
        // emoji: "🌉⬇️ heut nacht. tschau" (🌉 is read as "bridge"), "bin heut nacht weg 🪦"
        '(bridge|grave|coffin|rope|pills|knife|gun) {bald} (tschau|tschüss|tschüs|ciao|bye|adieu|servus|lebt wohl)',
        '(bin|ich bin) {fill1} {bald} (weg|fort|raus) (grave|coffin)',
      ],
    },
    {
      // Suicide mentioned with no intent stated: "Selbstmord", "Suizid" (also when negated:
      // "ich bin nicht suizidal"), "lebensmüde" (weary of life).
      id: 'de.suicide-mention',
      tier: 'cue',
      patterns: ['selbstmord*', 'suizid*', 'selbsttötung', 'freitod', 'lebensmüde', 'todessehnsucht', 'todeswunsch', 'todeswünsche', 'sterbewunsch'],
    },
    {
      // A negated act phrase, where German puts the "nicht" between pronoun and verb ("ich will
      // mich nicht umbringen", "ich bring mich nicht um", "ich tu mir nix an"): a cue.
      id: 'de.negated',
      tier: 'cue',
      patterns: [
        'mich {fill2} (nicht|nie|niemals|keinesfalls) {fill2} ({umbringen}|ritzen|verletzen|umzubringen)',
        '(bring|bringe) mich {fill1} (nicht|nie|niemals) {fill2} um',
        'mir {fill2} (nicht|nie|niemals) {fill2} das leben (nehmen|zu nehmen)',
        'mir {fill2} (nicht|nie|niemals|nichts|kein leid|nie was|nie etwas|niemals was) {fill1} (antun|anzutun)',
        '(tu|tue) mir {fill1} (nichts|nie was|nie etwas|niemals was|nicht was) an',
        // "ich würde nie von der Brücke springen", "ich werf mich schon nicht vor den Zug"
        '(nicht|nie|niemals) {fill3} (von der|vom|von dem|von einem|von einer|aus dem|vor den|vor einen|vor die|unter den|unter einen) {fill1} ({hoehe}|{verkehr}|fenster) {fill1} (springen|springe|spring|stürzen|stürze|werfen|werfe|legen|lege)',
        '(mir|mich) {fill2} (nicht|nie|niemals|nichts|nix) {fill2} (antun|anzutun|an tun)',
        '(spring|springe|stürz|stürze) (ich)? (schon|ja|eh|doch|sicher)? (nicht|nie|niemals) ($|runter|von der|vom|von dem|von einer|von einem|aus dem fenster|vor den|vor die|vor einen)',
        // "ich würd nie springen", "ich werd schon nicht springen, keine Angst"
        '(ich|i) (würd|würde|werd|werde|tät) {fill2} (nicht|nie|niemals) {fill1} (springen|runterspringen|mich erhängen|mich aufhängen|mich vergiften|mich vor den zug werfen)',
        // a denial, and what stays: "mir gehts gut, echt. hab nur manchmal so Bilder im Kopf, wie ich ..."
        '{entwarnung} ... {restgedanke}',
        // the verb before the negation: "ich ritze mich nicht mehr, aber ...", "ich bring mich schon nicht um"
        '(ritze|ritz|schneide|schneid|verletze|verletz) (mich|mir) {fill1} (nicht|nie|niemals|kaum)', '(werd|werde|würde|würd) mir {fill2} (nichts|nix|nie was|nie etwas) antun',
      ],
    },
    {
      // Wishing to be dead or gone, not waking up: "ich will sterben", "ich wünschte, ich wäre
      // tot", "einschlafen und nicht mehr aufwachen", "ich will nicht mehr leben", "i mog nimma".
      id: 'de.passive-wish',
      tier: 'cue',
      patterns: [
        '{wunsch} {fill2} (sterben|tot sein|nicht mehr leben|nicht mehr aufwachen|nie mehr aufwachen|nie wieder aufwachen|für immer schlafen|für immer verschwinden|einfach verschwinden|nicht mehr da sein|nicht mehr hier sein|nicht mehr existieren|nicht existieren|nicht mehr sein|einschlafen und nicht mehr aufwachen|tot sein|tot wäre|weg sein für immer|aufhören zu existieren|aufhören zu leben|aufhören zu atmen)',
        '(sterben|tot sein|nicht mehr leben|nicht mehr aufwachen) (will|möchte|wollte|möcht|wünsche|wünsch)', 'am liebsten {fill3} tot',
        '(wünschte|wünsch|wünsche) {fill3} (wär|wäre|wären) {fill1} (tot|nie geboren|nicht geboren|nicht da|nicht mehr da|nicht mehr am leben)',
        '(wär|wäre|bin|wären) {fill1} (lieber|besser) tot', '(lieber|besser) tot (als|sein)', '(wär|wäre|hätte) {fill2} (nie|nicht) geboren (worden)?',
        'am liebsten {fill3} (nicht mehr|gar nicht mehr|nie mehr|nimmer|gar nicht) {fill1} (da|hier|leben|sein|aufwachen|existieren|auf der welt)',
        '(einschlafen|schlafen|einschlafen und) {fill3} (nicht mehr|nie mehr|nie wieder|nimmer|nicht) {fill1} aufwachen',
        '({wunsch}|hoffe|hoffentlich) {fill3} (nicht mehr|nie mehr|nie wieder|nicht) {fill1} aufwache*',
        '(will|möchte|mag|kann|wollte|möcht|wott) {fill2} (nicht mehr|nimmer) (leben|weiterleben|existieren|hier sein|da sein|aufwachen|sein|atmen|auf der welt sein)',
        // "ich möchte nicht mehr auf dieser Welt sein", "will nicht mehr unter euch sein"
        '(will|möchte|mag|wollte|möcht|wott|würde|wär|wäre) {fill2} (nicht mehr|nimmer|gar nicht mehr) (auf|in) (der|dieser) (welt|erde) (sein|leben|bleiben|wäre|wär)',
        '(will|möchte|mag|möcht|wott) {fill2} (nicht mehr|nimmer) (am leben|unter euch|unter den lebenden) (sein|bleiben)',
        // gone offline for good: "bin bald für immer offline"
        '(bin|ich bin|bin ich|sind) {fill2} (für immer|endgültig|für alle zeit) (offline|ausgeloggt|abgemeldet)',
        '(will|mag|möchte|wott) [einfach|echt|wirklich|halt|eh|auch|so|einfach echt|bald|ganz ehrlich] (nicht mehr|nimmer) $',
        '(kann|schaff|schaffe) [einfach|echt|wirklich|halt|eh|auch|so|bald|ganz ehrlich] (nicht mehr|nimmer) $',
        '(wünsch|wünsche|wünschte) {fill4} (nicht|nicht mehr) (existieren|existieren würde|existiere|da wäre|leben würde|geboren)',
        '(besser|lieber|schöner|einfacher|leichter) {fill3} (nicht mehr|nicht) (existieren|existieren würde|aufwachen|aufzuwachen)',
        '(würd|würde|wär|wäre|möcht|möchte|will|wünsch*|lieber|besser) {fill2} (nicht mehr|nicht|gar nicht|nimmer) (existieren|existiere|existierte)',
        // "das Leben hat keinen Sinn mehr", "ich seh keinen Sinn mehr im Leben", "wozu noch leben"
        '(kein|keinen) (sinn|grund|zweck) {fill2} (im leben|zu leben|zum leben|weiterzuleben|weiterzumachen|mehr zu leben|in meinem leben|am leben)',
        '(kein|keinen) (sinn|grund|zweck) (mehr)? {fill1} (aufzustehen|morgens aufzustehen|weiterzumachen|weiterzuleben|zu leben)',
        '(alles|nichts|das alles) {fill2} (keinen|kein) sinn mehr', '(wozu|wofür) noch $',
        '(leben|dasein|existenz) {fill2} (keinen|kein|hat keinen|macht keinen|ergibt keinen) (sinn|wert|zweck) (mehr)?',
        '(wozu|wofür) {fill1} (noch)? (leben|weiterleben|aufstehen|existieren|atmen|noch weitermachen)',
        '(warum|wozu|wofür|wieso|weshalb) (lebe|leb|existiere|atme) ich {fill2} (noch|überhaupt|eigentlich) $',
        '(mit dem leben|mit meinem leben|mit allem) {fill1} abgeschlossen',
        // "leben will ich auch nicht", "wär schon ok, nicht aufzuwachen"
        '(leben|weiterleben|existieren) (will|mag|möchte|möcht|wott) ich {fill2} (nicht|nicht mehr|nimmer) $',
        '(wär|wäre|wärs|wär es|wäre es) {fill2} (ok|okay|in ordnung|schön|gut|nicht schlimm|egal|friedlich) {fill1} (nicht mehr|nicht|nie mehr|nie wieder) (aufzuwachen|zu leben|da zu sein|zu existieren)',
        '(keine|keinen|null) (lust|bock|kraft|energie|willen) mehr (zu leben|aufs leben|auf das leben|auf leben|zu existieren|weiterzuleben|am leben zu sein|auf dieses leben|zum leben)',
        '(egal|wurscht|gleich|schnuppe|scheissegal) {fill3} ob ich (lebe|noch lebe|sterbe|lebe oder sterbe|lebe oder nicht|morgen noch lebe|noch da bin|aufwache|morgen aufwache)',
        '(nichts dagegen|hätte nichts dagegen|hätt nichts dagegen|wär nicht schlimm|wäre nicht schlimm) {fill2} (nicht mehr aufzuwachen|nie mehr aufzuwachen|zu sterben|tot zu sein|nicht mehr da zu sein|nicht mehr zu leben)',
        '(wofür|wozu|warum) ich {fill1} (noch)? (lebe|leben soll|weiterlebe|existiere|aufstehe|weiterleben soll)',
        '(wieso|warum|wozu|wofür) (sollte|soll) ich {fill2} (noch)? (leben|weiterleben|weitermachen|existieren|aufstehen)',
        '(müde|satt|erschöpft|lebenssatt) (vom leben|des lebens|zu leben|vom existieren)', '(habe|hab|bin) {fill1} (das leben|vom leben) satt',
        '{wunsch} {fill2} (dass|das) (es|alles|das alles|der schmerz|das leben|es endlich) {fill2} (aufhört|vorbei ist|endet|zu ende ist|ein ende hat)',
        // the same with words and a comma between: "ich will einfach nur noch, dass es aufhört"
        '{wunsch} ... (dass|das) (es|alles|das alles|der schmerz|das leben|es endlich|es einfach|endlich alles) {fill1} (aufhört|vorbei ist|endet|zu ende ist|ein ende hat) $',
        // dying, every way, wished: "will nur noch abkratzen", "würd am liebsten den Löffel abgeben"
        '{wunsch} {fill3} {sterben}',
        // still alive, sadly: "jeden Morgen enttäuscht, dass ich aufgewacht bin", "leider wieder aufgewacht"
        '(enttäuscht|traurig|sauer|wütend|schade|frustriert) {fill2} (dass|das) ich {fill2} (aufgewacht bin|wieder aufgewacht bin|aufwache|noch lebe|noch da bin|überlebt hab|überlebt habe|noch am leben bin)',
        '(leider|schon wieder|mal wieder|wieder mal) {fill1} (aufgewacht|noch am leben|am leben|nicht gestorben|überlebt) $',
        // "am liebsten wär ich weg", "was soll ich überhaupt noch hier"
        'am liebsten (wär|wäre) ich {fill2} (weg|fort|tot|verschwunden|nie geboren) $',
        '(was|wozu|wofür) (soll|mach|mache|tu|tue) ich {fill1} (überhaupt) (noch)? (hier|auf der welt|auf dieser welt|auf erden) $',
        '(was|wozu|wofür) (soll|mach|mache|tu|tue) ich {fill2} (noch)? (auf der welt|auf dieser welt|auf erden) $',
        // "es wäre so viel leichter, tot zu sein"
        '(leichter|besser|einfacher|schöner|ruhiger|friedlicher|lieber) {fill2} (tot zu sein|nicht mehr zu leben|nicht mehr da zu sein|zu sterben|nicht zu existieren|nicht mehr zu existieren|nie geboren worden zu sein|einfach zu sterben|nicht mehr aufzuwachen)',
        // "ich sollte einfach nicht mehr da sein"
        '(sollte|sollt|müsste|würde|würd|darf) {fill2} (nicht mehr|nimmer) (da sein|hier sein|leben|existieren|auf der welt sein|am leben sein)',
        // "einschlafen und einfach weg sein"
        '(einschlafen|einschlafen und) {fill2} (weg sein|für immer weg sein) $', '(einschlafen|einschlafen und) {fill2} (tot sein|nicht mehr da sein|nie mehr aufwachen)',
        '(egal|wurscht|gleich|schnuppe|scheissegal) {fill3} (wenn|falls|ob) ich {fill2} {tot}',
        '(mein leben|das leben|leben|alles|mein dasein|meine existenz) (ist|fühlt sich|scheint|wirkt) {fill2} (sinnlos|wertlos|bedeutungslos|nicht lebenswert|nicht mehr lebenswert)',
        '{wunsch} {fill2} (weg|verschwinden|weg sein) (für immer|für immer weg)',
        // imagined: "hab Bilder im Kopf, wie ich von der Brücke falle", "stell mir vor, wie ich aufhör zu existieren"
        '(bilder|vorstellungen|fantasien|gedanken|stell mir vor|stelle mir vor|stell ich mir vor|stelle ich mir vor|male mir aus|mal mir aus) {fill3} (wie|dass|das) ich {fill4} ({weg}|falle|runterfalle|springe|runterspringe|sterbe|tot bin|tot wäre|nicht mehr da bin|mich umbringe|aufhöre zu existieren|aufhör zu existieren|aufhören würde zu existieren|im sarg liege|beerdigt werde)',
        // ceasing to be, said of oneself: "wie ich einfach aufhör zu existieren", "wie es wär, aufzuhören zu existieren"
        '(ich|mich|mir) {fill4} (aufhör|aufhöre|aufhören|aufhörte|aufhören würde) zu (existieren|leben|atmen)',
        'wie es (wär|wäre|ist|sich anfühlt|wäre wenn) {fill2} (aufzuhören zu (existieren|leben|atmen)|nicht mehr zu (existieren|leben)|tot zu sein|zu sterben|nicht mehr da zu sein)',
        // wished with the verb at the end: "das Gefühl, dass ich nicht mehr da sein will"
        '(dass|das|weil|wenn|ob) ich {fill2} (nicht mehr|nimmer|gar nicht mehr) (leben|da sein|hier sein|existieren|aufwachen|auf der welt sein|am leben sein) (will|möchte|mag|wollte|möcht)',
        // euphemisms wished: "würd mich am liebsten vom Leben abmelden", "würde gern aus dem Leben scheiden"
        '(am liebsten|gern|gerne|lieber|wünschte|wünsch*) {fill3} (vom leben (abmelden|verabschieden|abmelde)|aus dem leben (scheiden|treten|gehen)|ins jenseits|den löffel abgeben)',
        '(in luft auflösen|in luft aufzulösen|auflösen|verschwinden) (für immer|und nie wiederkommen|und nie mehr auftauchen)', 'warum (noch)? (leben|weiterleben)',
        'wofür es sich {fill2} (zu leben|leben) lohnt',
        // "wenn mich ein Auto überfährt, wärs mir recht"; "hoffentlich stürzt das Flugzeug ab"
        '{unfall} {fill2} (wärs|wäre|wär|wär es|würde es|würde) {fill3} {recht}',
        '{recht} {fill4} (wenn|falls) {fill4} {unfall}',
        '(hoffe|hoffentlich|wünschte|wünsch|hoff|bete) {fill4} ({unfall}|überfährt|überfahren|erwischt|tötet|umbringt|abstürzt|stürzt ab|crasht|mich holt)',
        // an illness or accident wished on oneself: "manchmal hoff ich, dass ich Krebs krieg", "wünschte, ich hätte einen Tumor"
        '(hoff|hoffe|hoffentlich|wünsch|wünsche|wünschte|bete) {fill4} (dass|das)? ich {fill2} {krankheit} {fill1} (krieg|kriege|kriegen|bekomme|bekomm|bekommen|habe|hab|hätte|hätt|hab|baue|bau|habe)',
        '(hoff|hoffe|hoffentlich|wünsch|wünsche|wünschte|bete) {fill4} ich (hätte|hätt|hab|habe|kriege|krieg|bekäme|bekomme|bekomm|baue|bau) {fill2} {krankheit}',
        '(hoff|hoffe|hoffentlich|wünschte|bete) (hab|habe|krieg|kriege|bekomm|bekomme|baue|bau|hätte|hätt) ich {fill2} {krankheit}',
        '(tod|sterben|tot sein|nicht mehr aufwachen) {fill2} (wäre|wär|ist|klingt|fühlt sich) {fill2} (erlösung|erleichterung|befreiung|lösung|friedlich|verlockend)',
        '(sehne|sehn) mich {fill1} (nach dem tod|nach dem sterben|nach dem ende|nach dem nichts|zu sterben|danach zu sterben)',
        '(hoffentlich|hoffe|wünsch*|am liebsten|wenn ich doch|bete) {fill3} (wach|wache) (ich)? {fill2} (nicht|nie|nie mehr|nicht mehr|nimmer|nie wieder) (mehr)? auf',
        '(denk|denke|denken|träume|träum|fantasiere) {fill2} (ans sterben|an den tod|übers sterben|über den tod|ans totsein|an meinen tod|daran zu sterben|daran nicht mehr aufzuwachen)',
        '(verdiene|verdien) {fill1} (es)? (nicht|nicht mehr) zu leben', '(verdiene|verdien) {fill1} (den tod|zu sterben|es zu sterben|tot zu sein)',
        // hoping the doctor finds something: "hoffe, dass der Arzt bei der Untersuchung was Schlimmes findet"
        '(hoff|hoffe|hoffentlich|wünsch|wünsche|wünschte|bete) {fill8} (arzt|ärztin|ärzte|untersuchung|befund|scan|mrt|ct|test|biopsie|husten|knoten|blutwerte|op|operation|vorsorge|röntgen) {fill6} (was schlimmes|etwas schlimmes|was ernstes|etwas ernstes|was tödliches|etwas tödliches|was unheilbares|krebs|unheilbar|tödlich|nicht heilbar)',
        // wishing for an accident or an illness: "wünsch mir manchmal nen Unfall"
        '(wünsch|wünsche|wünschte) (mir|ich mir) {fill3} (einen|ein|eine) (unfall|autounfall|krankheit|tödliche krankheit|unheilbare krankheit|krebs|herzinfarkt|tumor|absturz|flugzeugabsturz)',
        // tired of life: "bin so müde. nicht vom Schlafen. vom Leben"
        '(müde|erschöpft) {fill1} ... (vom leben|vom existieren|vom dasein) $',
        '(wozu|wofür) (überhaupt )?(noch )?(ich|mich) $',
        // not waking up after an operation would be fine: "wenn ich nach der OP nicht mehr aufwach, wär das ok"
        'wenn ich {fill6} (nicht mehr aufwache|nicht aufwache|nie mehr aufwache|nie wieder aufwache|sterbe|sterben würde|tot wäre|draufgehe|draufgeh) {fill4} (wär|wäre|wärs) (das|es)? {fill2} (ok|okay|egal|recht|in ordnung|gut|nicht schlimm|erleichterung|eine erleichterung)',
        // slipping out of everyone's lives for good: "wenn ich mich aus allen Leben rausschleich, für immer"
        '(einfacher|leichter|besser) wenn ich {fill6} (rausschleich*|rausziehe|verschwinde|verschwinden würde|weg wäre) {fill2} für immer',
        'aus (allen|aller) leben (rausschleich*|verschwinde*|raus|zurückziehen)',
        '{wunsch} {fill2} (schlafen|einschlafen) für immer',
        // "hätte nichts dagegen, wenn ich Krebs bekomme"
        '(nichts dagegen|wär mir recht|wäre mir recht|wärs mir recht|wär mir egal|wäre mir egal) {fill2} (wenn|falls) ich {fill3} (krebs|unfall|krankheit|überfahren|tödlich|sterbe|sterben würde|nicht mehr aufwache|draufgehe|draufgeh)',
        '(hofft|hoff|hoffen) {fill4} (überfährt|überfahren|erwischt|tötet|umbringt|abstürzt|stürzt ab|crasht|mich holt)',
        // "kann mir nicht vorstellen, nächstes Jahr noch zu leben"
        '(kann mir|kann ich mir) (nicht|kaum) vorstellen {fill4} (noch zu leben|noch da zu sein|noch am leben zu sein|noch hier zu sein|zu erleben|alt zu werden)',
        '(ich|i|bin|fühl|fühle|so|total|echt|einfach|voll|richtig|komplett) {fill2} lebensmüde',
      ],
    },
    {
      // Being a burden: "alle wären besser dran ohne mich", "ich bin nur eine Last", "niemand
      // würde mich vermissen", "bald fall ich niemandem mehr zur Last".
      id: 'de.burden',
      tier: 'cue',
      patterns: [
        '{alle} {fill2} (wären|wär|wäre|wärt|wärst|ist|sind|würden|würde|wäre es) {fill2} (besser dran|besser|glücklicher|leichter|einfacher|entlastet|erleichtert|froh|ruhiger) {fill1} ohne mich',
        '{alle} {fill2} (wären|wär|wäre|wärt|ist|sind|hätte|hätten|hätt|geht es|ginge es|ginge|ging es|ist es) {fill2} ohne mich {fill2} {besser}',
        'ohne mich {fill1} (wären|wär|wäre|ist|sind|würde|hätten|hätte) {fill3} (besser|glücklicher|leichter|einfacher|besser dran|entlastet|erleichtert)',
        '(bin|sei) (es)? (nicht|nicht mehr) wert {fill1} (zu leben|am leben zu sein|zu existieren|dass ich lebe|hier zu sein)',
        '(besser|einfacher|leichter|glücklicher|ruhiger) {fill3} (wenn|falls) ich {fill2} {weg}',
        '(bin|sei|wäre|fühl mich wie|fühle mich wie|fühl mich als|bin einfach) {fill2} (eine|die|nur eine|nur die|einfach eine) (last|belastung|bürde|zumutung)',
        '(bin|sei|wäre|wär|fühl mich wie|fühle mich wie|fühl mich als) {fill3} (ein|der|nur ein|einfach ein|nen|n) (klotz am bein|ballast|parasit|schmarotzer|störfaktor|belastungsfaktor|mühlstein|problemfall) (für|von)? {fill2} ({alle}|{familie}|euch|allen|jeden|jeden einzelnen)?',
        '(fall|falle|fallen) {fill3} zur last', '(bin|sei|stehe) {fill2} (allen|jedem|euch|allen anderen|jedem einzelnen) {fill1} im weg', '(zur last) (fallen|falle|fall)',
        '{keiner} (würde|wird|würd) mich {fill1} (vermissen|vermisst|merken|bemerken)',
        '(würde|wird|würd) mich {fill1} {keiner} (vermissen|merken|bemerken)',
        '(wenn|falls|dass|ob) es mich {fill1} (nicht|nicht mehr|gar nicht|nie) (gäbe|geben würde|gegeben hätte|mehr gäbe|gibt|mehr gibt)',
        '(wenn|falls) ich {fill3} {weg} {fill3} {keiner} {fill2} (merken|auffallen|vermissen|bemerken|interessieren|kümmern|jucken|fehlen|juckt)',
        '{keiner} {fill3} (merken|auffallen|vermissen|bemerken|kümmern|jucken) {fill2} (wenn|falls) ich {fill3} {weg}',
        '(bald|dann|endlich) {fill2} (kein|keine) (problem|last|belastung) mehr (für euch|für dich|für alle|für niemanden)?',
        '(ich mache|ich mach|mach|mache) (allen|jedem|euch) (nur|eh nur|immer nur)? (das leben schwer|probleme|kummer)',
        // "meine Familie hätts so viel leichter ohne mich", "Mama weint wegen mir"
        '{alle} {fill2} (hätte|hätten|hätt|hat|haben) (es)? {fill2} (leichter|besser|einfacher|ruhiger|schöner) {fill1} ohne mich',
        '(mama|mutter|papa|vater|eltern|familie|alle|jeder|oma|opa|schwester|bruder) (weint|weinen|leidet|leiden|ist traurig|sind traurig|gestresst|streiten) wegen mir ($|jeden tag|jeden abend|ständig|nur noch|nachts)',
        '(damit|dass|dann) sich (keiner|niemand) {fill2} um mich (kümmern|sorgen|kümmert|sorgt)',
        '{alle} {fill2} (wär|wäre|wären|wärt) {fill2} (erleichtert|befreit) {fill2} (wenn|falls) ich {fill2} {weg}',
        '{keiner} (würde|wird|würd) (es)? {fill1} (merken|bemerken|mitkriegen|mitbekommen) (wenn|falls) ich {fill1} ({weg}|für immer verschwinde|für immer verschwinden würde|sterbe|tot wäre)',
      ],
    },
    {
      // Hopelessness, not being able to go on: "ich halt das nicht mehr aus", "ich seh keinen
      // Ausweg mehr", "ich kann so nicht weiterleben", "es wird nie besser".
      id: 'de.hopeless',
      tier: 'cue',
      patterns: [
        '(halt|halte|ertrag|ertrage|pack|packs|schaff|schaffs|schaffe) (das|es|s|dies|das alles|alles|diesen schmerz|das leben|dieses leben|mein leben|so|den schmerz|diese leere|diese schmerzen)? {fill1} (nicht mehr|nimmer) (aus|durch)? $',
        '(kein|keinen|keine) (ausweg|hoffnung|zukunft|perspektive|kraft) mehr [für mich|zu leben|zum leben] $',
        // "ich hab keine Zukunft", "seh keine Zukunft mehr für mich", "für mich gibts keine Zukunft"
        '(ich|i) (hab|habe|seh|sehe) (keine|null|kein|gar keine) (zukunft|perspektive|hoffnung) [mehr] [für mich] $',
        '(für mich|ich) (gibt es|gibts|hab|habe) (keine|null|gar keine) (zukunft|perspektive|hoffnung) [mehr] $',
        '(seh|sehe) (keinen|kein) (ausweg|licht|ende) (mehr)?',
        '(kann|will|schaff|schaffe) {fill2} (nicht|nicht mehr|nimmer) (weiterleben|so weiterleben|mehr leben)',
        '(es|das|nichts) wird (nie|niemals|nie wieder) (besser|gut|aufhören|wieder gut)',
        '(keine|keinen) (kraft|energie) mehr (zu leben|zum leben|für das leben|weiterzumachen|zu kämpfen)',
        '(hab|habe) (keine|keinen) (kraft|bock|lust) mehr (auf das leben|aufs leben|auf leben|auf dieses leben|auf mein leben|auf dieses scheissleben|zu leben|zu existieren|auf alles)',
        '(bin|habe) {fill2} (leid|satt|müde) (zu leben|zu existieren|am leben zu sein|weiterzuleben|weiterzumachen)',
        '(gebe|geb) (mich|das leben) auf',
      ],
    },
    {
      // Goodbye and final messages: "wenn ihr das lest, bin ich nicht mehr da", "lebt wohl",
      // "das ist mein Abschiedsbrief", "sagt meiner Mama, dass ich sie lieb hab".
      id: 'de.goodbye',
      tier: 'act',
      patterns: [
        '(wenn|sobald|bis) (du|ihr|jemand|man|sie|ihr alle) {fill2} (das|dies|diese nachricht|diesen brief|diese zeilen|den brief|meine nachricht) (hier)? (liest|lest|lesen|liesst|findet|findest|seht|siehst|bekommst|bekommt|lesen werdet|lesen wirst)',
        '(bin ich|ich bin|werd ich|werde ich|bin) (schon|längst)? (nicht mehr am leben|schon tot|längst tot)',
        'lebt wohl', 'leb wohl (alle|ihr alle|welt|für immer)', 'lebe wohl (welt|für immer)', 'lebewohl',
        '(tschüss|tschüs|ciao|machts gut|macht es gut|servus|adieu|bye) (für immer|auf nimmerwiedersehen)',
        // arranging for after: the pets' new home, the phone PIN, "sucht mich nicht"
        '(meine|mein|meinen) (katze|kater|hund|hunde|katzen|tiere|haustiere|pflanzen) (soll|sollen|kommt|kommen|geht|gehen|darf|dürfen|bekommt) {fill2} (zu|an) (meiner|meinem|meinen|die|den)',
        '(falls|wenn) mir (was|etwas) (passiert|zustösst) {fill2} (meine|mein|meinen) (katze|kater|hund|hunde|katzen|tiere|haustiere|pflanzen|sachen|geld|wohnung) (soll|sollen|kommt|kommen|geht|gehen|bekommt)',
        '(pin|code|passwort|passwörter|zugangsdaten|passcode|handycode|pins) {fill3} (liegt|liegen|steht|stehen|ist|sind) (auf|in|im|unter|bei)',
        '(falls|wenn|für) (danach|nachher|hinterher) (jemand|ihr|du|einer)',
        '(sucht|such) (mich|nicht nach mir) (nicht)?', 'von mir (werdet|wirst|werden) {fill1} (nichts mehr|nie wieder|nie mehr) hören',
        '(allen|jedem|euch|meiner familie|meinen eltern) {fill2} (geschrieben|gesagt) {fill2} (dass|das) ich (sie|euch|dich|alle|ihn) (lieb hab|lieb habe|liebe)',
        '(testament|das testament|mein testament) (liegt|ist|steht|geschrieben|gemacht|aufgesetzt|verfasst|fertig)',
        '(tschüss|tschüs|ciao|adieu|servus|pfiat eich|ade|bye) (welt|ihr alle|für alle zeit)',
        '^ (adieu|lebt wohl) $',
        '(abschiedsbrief*|abschiedsnachricht*|abschiedsvideo|abschiedsworte|abschiedszeilen|abschiedsbriefe)',
        '(das ist|dies ist|hier ist|hier kommt|das wird) {fill1} (meine|mein) (letzte|letzter|letztes) (nachricht|brief|wort|worte|gruss|post)',
        'meine letzten worte', '(letzte|letzten) (nachricht|worte) an (euch|alle|meine familie)',
        '(sagt|sag|sagst|richtet|richte|richtest|grüsst|grüss|schreibst|erzählst) {fill2} (meiner|meinem|meinen|meine|der|dem) {fill1} {familie} {fill6} (leid tut|lieb hab|lieb habe|liebe|verzeih*|nicht (ihre|seine|eure|deine) schuld|vermissen werde|danke|geliebt|nichts dafür (können|kann|konnten|konnte))',
        '(kümmert|kümmer|kümmere|passt|pass) (euch|dich) {fill1} (um|auf) (meine|meinen|mein) {familie} {fill3} (wenn|falls|sobald|nachdem) ich {fill1} (weg|tot|nicht mehr da|nicht mehr hier|gegangen)',
        // arranging for when one is gone: "bitte kümmer dich um meinen Kater, wenn ich nicht mehr bin"
        '(kümmert|kümmer|kümmere|kümmern|passt|pass|schaut|schau|achtet|achte|füttert|fütter|gebt|gib|nehmt|nimm) {fill6} {nachher}',
        '{nachher} {fill6} (soll|sollen|bekommt|bekommen|kriegt|kriegen|gehört|gehören|kümmert|kümmern|kümmer|passt|pass|schaut|schau|füttert)',
        // love or sorrow, and comfort, together: "ich hab euch alle lieb. vergesst mich nicht", "es tut mir leid. bitte seid nicht traurig"
        '{liebgruss} ... {trost}', '{trost} ... {liebgruss}',
        // gone, and loved: "wenn ich morgen nicht mehr da bin, wisst ihr, dass ich euch geliebt hab"
        '{nachher} ... {liebgruss}', '{liebgruss} ... {nachher}',
        // private things destroyed after: "mein Tagebuch soll niemand lesen, bitte verbrennt es danach"
        '(tagebuch|tagebücher|notizbuch|notizbücher) ... (verbrennt|vernichtet|zerreisst|schmeisst|werft) {fill3} (danach|nachher|{nachher})',
        // goodbyes done, and ready: "hab heute allen gesagt, wie wichtig sie mir sind. jetzt bin ich bereit"
        '{abgeschlossen} ... {bereit}',
        // "ich möchte, dass ihr wisst, dass keiner von euch schuld ist"
        '{vermaechtnis} {fill4} ({trost}|{liebgruss})',
        // comfort or love, and not going on: "passt gut auf Mama auf, ich kann das nicht mehr", "grüsst Mama von mir, ich schaff das nicht mehr"
        '({trost}|{liebgruss}|(grüsst|grüss) {fill3} von mir) ... {kannnicht}', '{kannnicht} ... ({trost}|{liebgruss})',
        // everything given away: "hab heute meine ganzen Sachen verschenkt"
        '(all meine|alle meine|meine ganzen|meinen ganzen|mein ganzes|all mein|meine sämtlichen) {besitz} {fill3} (verschenkt|verteilt|weggegeben|vermacht|vererbt|verschenke|weggeben|verteile)',
        // given away, and not needed any more: "die PS5 kriegt mein Bruder. brauch ich ja eh nicht mehr"
        '(mein|meine|meinen|all meine|alle meine|meine ganzen|meinen ganzen|mein ganzes) {fill1} {besitz} {fill4} (verschenkt|verteilt|weggegeben|vermacht|vererbt|verschenke|kriegt|bekommt|kriegen|bekommen) ... (brauch|brauche) (ich|es|s|sie|die|das)? [ja|eh|sowieso|ja eh|dann eh|bald|dann|eh bald|ja sowieso|dann ja] (nicht mehr|nimmer) $',
        // arrangements, and afterwards: "hab die Katze zu Lena gebracht und aufgeräumt ... ihr versteht das irgendwann"
        '{vorkehrung} ... {danach}', '{danach} ... {vorkehrung}',
        // telling the family for me: "kannst du meinen Eltern sagen, dass es nicht ihre Schuld ist?"
        '(meiner|meinem|meinen|meine) {fill1} {familie} {fill2} (sagen|sagst|ausrichten|ausrichtest|schreiben|schreibst|erzählen|erzählst|sag|sagt) {fill6} (leid tut|lieb hab|lieb habe|liebe|verzeih*|nicht (ihre|seine|eure|deine) schuld|vermissen werde|danke|geliebt|nichts dafür (können|kann|konnten|konnte))',
        // goodbyes said to all, this one last: "hab mich von allen verabschiedet, nur von dir noch nicht"
        '(mich|mi) {fill3} von (allen|jedem|allen anderen|meiner familie|euch allen|allen leuten) {fill1} verabschiedet {fill2} (nur|ausser|bis auf|fehlst nur|fehlt nur|fehlst nur noch|fehlt nur noch|fehlst noch|fehlt noch) [von|noch|noch von] (dir|euch|du|ihr)',
        '(mich|mi) {fill3} von (allen|jedem|allen anderen|meiner familie|euch allen) {fill1} verabschiedet ... (deshalb|darum|drum|deswegen|also) (schreib|schreibe) ich (dir|euch)',
        // a last thing, then the place or means: "das ist meine letzte Zigarette, dann geh ich rauf aufs Dach"
        '(letzte|letzten|letzter|letztes) (zigarette|kippe|kaffee|bier|mahlzeit|essen|sonnenuntergang|sonnenaufgang|spaziergang|nacht|tee) ... ({todesort}|{todesmittel}|springen|spring|springe)',
        // "das hier ist das Letzte, was ihr von mir lest"
        'das letzte (was|das) (ihr|ihr alle|ihr je|ihr jemals|ihr noch) {fill1} von mir (lest|hört|seht|bekommt|kriegt|lesen werdet|hören werdet|sehen werdet)',
        // "morgen früh werdet ihr mich finden"
        '{bald} {fill2} (werdet|wirst|wird|werden) (ihr|du|man|jemand|sie|mama|papa|meine eltern|mein mitbewohner|meine mitbewohnerin)? mich {fill2} (finden|auffinden|tot finden)',
        '(verschenk*|vermach*|vererb*) {fill1} (all meine|alle meine|meine ganzen|meinen ganzen|mein ganzes) (sachen|klamotten|zeug|besitz|bücher|schmuck)',
        '(meine|mein|meinen) (sachen|klamotten|zeug|besitz|schmuck) {fill4} (vermacht|vererbt)',
        // given to someone, "and I won't need them anyway": "meine Sachen meiner Schwester, brauch ich eh nicht mehr"
        '(meiner|meinem|meinen|der|dem|den) {fill1} ({familie}|nachbarin|nachbar|nachbarn|kollegin) (brauch|brauche) (ich|es|s)? (eh|sowieso|ja eh|dann eh|bald)? nicht mehr',
        '(gegeben|geschenkt|verschenkt|vermacht|überlassen|weggegeben|abgegeben) (ich)? (brauch|brauche) (ich|es|s|sie|die)? (eh|sowieso|ja eh|dann eh|bald)? nicht mehr',
        '(brauch|brauche|brauchen) {fill2} (nicht mehr|nichts mehr) (wo ich hingehe|wenn ich weg bin|wenn ich tot bin|nach heute nacht)',
        '(wo|wohin) ich (hingehe|geh|gehe) {fill2} (brauch|brauche) {fill2} (nichts|nix|das nicht|es nicht)',
        '(bevor|ehe|wenn) ich {fill2} für immer (geh|gehe|gehen|weg bin|verschwinde|einschlafe|einschlaf)',
        '(verabschieden|verabschiede) {fill4} (bevor ich|von der welt|vom leben|für immer)',
        '(brief|briefe|zettel|abschiedsbrief) (für|an) (jeden|alle|euch|meine familie|meine eltern|jeden von euch|jede von euch)',
        '(für|an) (jeden|alle|euch|jeden von euch|meine familie|meine eltern) (einen|ein|eine)? (brief|briefe|zettel)',
        '^ (verzeiht mir|vergebt mir) $', '(verzeiht|vergebt) mir {fill2} (bitte|alles|lebt wohl|ich liebe euch|ich hab euch lieb|es ist besser so)',
        '(niemand|keiner|ihr|du|keiner von euch) {fill2} (soll|sollt|sollst|muss|müsst|musst|braucht|brauchst) {fill2} (sich|euch|dich) {fill2} (schuldig fühlen|schuld geben|vorwürfe machen)',
        '(soll|sollt|sollst|müsst|musst|braucht|brauchst) (sich|euch|dich) {fill1} (nicht|keine)? (schuldig fühlen|vorwürfe machen|die schuld geben)',
        '(ist|war) nicht eure schuld', '(gebt|gib) euch (nicht|keine) (die )?schuld',
        '(abschied|lebewohl) für immer',
        '(das|dies) ist das letzte mal {fill3} (von mir hört|von mir hören|von mir lest|mich seht|mich sehen|mit mir redet)',
        '(werdet|werden) {fill2} nie wieder (von mir hören|mich sehen|von mir lesen)',
        '(danke|vielen dank) (für alles|für alles was) {fill3} (lebt wohl|tschüss für immer|adieu|ich hab euch lieb|ich liebe euch)',
        '(meine|die) letzte (nacht|stunde|stunden|tage) (auf erden|auf der welt|am leben)',
        'wir sehen uns (auf der anderen seite $|im nächsten leben|im himmel|da oben)',
        // money given away: "alles meinem Bruder überwiesen"
        '(alles|mein ganzes geld|meine ganzen ersparnisse|meine ersparnisse|mein erspartes|all mein geld|mein konto) {fill3} (meinem|meiner|meinen|an meinen|an meine) (kleinen|grossen|jüngeren|älteren)? (bruder|schwester|mama|mutter|papa|vater|eltern|nichte|neffen|kindern|sohn|tochter|geschwistern|oma|opa) (überwiesen|überweisen|vermacht|überschrieben) $',
        // the last of things: "mein letzter Kaffee, meine letzte Kippe, letzter Sonnenuntergang"
        '(letzter|letzte|letztes|letzten) (kaffee|kippe|zigarette|sonnenuntergang|sonnenaufgang|bier|essen|mahlzeit|spaziergang|tee|wein|frühstück) {fill3} (letzter|letzte|letztes|letzten) (kaffee|kippe|zigarette|sonnenuntergang|sonnenaufgang|bier|essen|mahlzeit|spaziergang|nachricht|tee|wein|frühstück)',
        // sorry ahead: "tut mir leid für das, was ihr morgen erfahrt"
        '(tut mir leid|sorry|verzeiht mir|verzeih mir|entschuldigt) {fill3} (für das|für alles|wegen dem|um das) was (ihr|du|sie|ihr alle|alle) [{bald}|bald|dann|noch|alle] (erfahrt|erfährst|erfahren|hört|hören|hörst|lest|liest|findet|seht|sehen werdet|erfahren werdet)',
        '(keiner|niemand) von euch (kann|konnte) (was|etwas) dafür',
        // "ich bin dann nicht mehr da" (said of a message to be heard later)
        '(mit {number}|wenn (sie|er) (älter|gross|erwachsen) (ist|sind)|später mal) (hören|hoer*|lesen|sehen|anschauen|öffnen|oeffn*|bekommen) (soll|sollen|kann|können) ... (nicht mehr da|nicht mehr hier|nicht mehr am leben|tot)',
        // a last time the family does not know of: "meinen Kindern vorgelesen. das letzte Mal. sie wissen es nicht"
        '(kindern|kinder|tochter|sohn|mama|eltern|familie|hund|katze|nichte|neffen|oma|opa) ... (das letzte mal|zum letzten mal) ... (wissen es nicht|weiss es nicht|ahnen nichts|ahnt nichts|wissen nichts|weiss nichts) $',
        // no one will have to care after: "ab heute musst du dir um mich keine Gedanken mehr machen", "es muss sich danach keiner um irgendwas kümmern"
        '(danke|dankeschön|vielen dank) ... ab (heute|morgen|jetzt) {fill2} (musst|müsst|muss|brauchst|braucht) {fill2} (dir|euch|sich) um mich (keine|keinen) (gedanken|sorgen) (mehr)? machen',
        '(muss|müssen|braucht) sich (danach|dann|hinterher|nachher) (keiner|niemand) (mehr)? um (irgendwas|irgendetwas|nichts|was|etwas|mich) (kümmern|sorgen)',
        // letters left: "Briefe an Mama und meine Schwester geschrieben", "ein Brief zum Öffnen danach"
        '(briefe|abschiedsbriefe) (an|für) {fill1} (mama|papa|eltern|familie|schwester|bruder|kinder|freunde|alle|jeden|jede) {fill4} (geschrieben|hinterlassen|verfasst)',
        '(brief|briefe|nachricht|nachrichten|video|videos|zettel) {fill4} (zum öffnen|zum lesen|zum anschauen|zu öffnen|zu lesen) (danach|nachher|wenn ich weg bin|wenn ich tot bin|nach meinem tod)',
        '(meine|alle) angelegenheiten {fill2} (geregelt|geordnet|in ordnung gebracht) ($|und|heute|jetzt|schon)',
        '(mich|mi) {fill2} von (allen|jedem|euch|meiner familie|meinen freunden) verabschiedet ... (nicht gemerkt|nichts gemerkt|nicht bemerkt|nichts bemerkt|wissen es nicht|ahnen nichts|ahnt nichts|keiner hat (es|was) (gemerkt|bemerkt|geahnt|mitbekommen)|niemand hat (es|was) (gemerkt|bemerkt|geahnt|mitbekommen))',
        '(das ist|dies ist|heute ist) meine letzte nacht $',
        '(mama|mami|papa|mutti|vati|mum) {fill3} (es tut mir (so)? leid|verzeih mir|verzeiht mir) {fill2} (tschüss|tschau|ciao|lebt wohl|leb wohl|adieu|bye) $',
      ],
    },
    {
      // Self-harm done or under way: "ich hab mich wieder geritzt", "ich ritze mich", "hab mir
      // die Arme aufgeschnitten", "bis es geblutet hat", "Rückfall" with cutting near it. A wish
      // before it in its clause ("ich will mich ritzen") makes it an urge: a cue.
      id: 'de.self-harm-act',
      tier: 'act',
      softenedBy: ['urge'],
      patterns: [
        // done or habitual: "geritzt", "ich ritze mich" (the infinitive "ritzen" is an urge or plan: de.self-harm-urge)
        '(mich|mir) {fill3} (geritzt|ritze|ritz|ritzte|aufgeritzt)',
        // "ich ritze mich (seit Wochen)", but not "ich ritze mich nicht mehr" (German negates after the verb: de.negated)
        '(ich|i) (ritze|ritz) (mich|mir) ($|{fill3} (seit|wieder|jeden|jede|oft|ständig|immer|manchmal|täglich|regelmässig|heimlich|schon|noch|gerade|grad|jetzt|heute|heut|gestern|nachts|abends|wenn|weil|mit|am|an den|an der|in))',
        '(mich|mir) {fill4} (in den|in die|in meinen|in meine|die|den|meine|meinen|beide) {koerper} {fill2} {verletzt}',
        // "hab mir in der Mathearbeit mit dem Zirkel in den Oberschenkel geritzt"
        '(mich|mir) {fill6} (in den|in die|in meinen|in meine|am|an den|an der) {koerper} {fill2} (geritzt|aufgeritzt|gestochen|reingestochen|zerkratzt|blutig gekratzt)',
        '{koerper} {fill3} (zerkratzt|blutig gekratzt|aufgekratzt|zerschnitten|aufgeschnitten|geritzt|aufgeritzt) {fill2} (bis es|bis|absichtlich|mit absicht|wieder)',
        // "hurt, cut, burned myself" needs "ich/hab" before it ("er hat mich verletzt" is not this)
        '(ich|habe|hab) {fill1} (mich|mir) {fill3} (selbst|selber) (verletzt|verletze|verletzen|geschnitten|geschlagen|verbrannt|wehgetan|weh getan)',
        '(ich|habe) {fill1} (mich|mir) {fill4} mit (dem|der|einer|einem|nem|ner|meinem|meiner|ein|eine) (feuerzeug|zigarette|kippe|streichholz|klinge|rasierklinge|zirkel) {fill2} (verbrannt|verbrenne|verbrennen|verbrannte|geschnitten|geritzt|verletzt|schneide|ritze)',
        '(ich|habe) {fill1} (mich|mir) {fill3} (verletzt|verbrannt|geschnitten|geschlagen|wehgetan|weh getan|gekratzt|gebissen) {fill3} (absichtlich|mit absicht|extra|mit voller absicht|um was zu spüren|um etwas zu spüren|um mich zu bestrafen|bis es blutet|bis es geblutet)',
        '(ich|habe) {fill1} (mich|mir) {fill1} (absichtlich|mit absicht|extra) {fill3} (verletzt|verbrannt|geschnitten|geritzt|blutig gekratzt|gestürzt|runtergestürzt|runtergeworfen|fallen lassen|gebrochen|geschlagen|gerammt)',
        '(verletz|verletze|schneid|schneide|ritz|ritze|schlag|schlage) mich {fill3} (selbst|selber)',
        '(badewanne|wanne) {fill3} (klinge|rasierklinge|messer|föhn|fön|toaster)',
        // "again" is not how accidents are told: "hab mich wieder geschnitten"
        '(ich|habe) {fill1} (mich|mir) {fill1} (wieder|schon wieder|erneut|nochmal) {fill2} (geschnitten|verbrannt|verletzt|geschlagen|aufgeschnitten)',
        '(geschlagen|gehauen|geboxt|getreten|schlage|schlag|haue|boxe|gerammt|geknallt|geschlagen) {fill4} (bis|bis es|bis ich|bis die) {fill2} (geblutet|blutet|blutete|bluten|blutig)',
        '(wand|tür|spiegel|kopf) {fill3} (geschlagen|gehauen|geboxt|gerammt|geknallt) {fill4} (absichtlich|mit absicht|bis)',
        // "SVV" (self-harming behaviour) and relapse: "wieder mit SVV angefangen", "Rückfall, 3 Monate ritzfrei"
        '(svv|ritzen|selbstverletzung) {fill3} (angefangen|wieder angefangen|rückfall|rückfällig|gemacht|wieder da)',
        '(wieder|angefangen|rückfall|rückfällig) {fill4} (svv|ritzen|geritzt|selbstverletzung|klinge|rasierklinge)',
        '(rückfall|rückfällig) {fill4} (ritzfrei|svv frei|svvfrei|clean|ohne ritzen|ohne svv|ohne klinge)',
        '(ritzfrei|svv frei|svvfrei|clean) {fill4} (rückfall|rückfällig|kaputt|vorbei|gebrochen|verloren|wieder geritzt|alles umsonst)',
        '(frische|neue|tiefe|offene|blutende) (schnitte|wunden|narben|kratzer|verbrennungen|cuts) (an|auf|am|in)',
        '(mein|meine|die|der|das) {koerper} (sind|ist) (voller|voll mit|übersät mit|übersät von|voll von) {fill1} (schnitte|schnitten|narben|wunden|kratzer|verbrennungen|cuts)',
        '(meine|die) {koerper} (sind|ist) (voller|voll mit|übersät mit) (schnitte|narben|wunden|kratzer|verbrennungen)',
        '(ich|habe) {fill3} zu tief (geschnitten|geritzt)', 'tiefer geritzt',
        '(wieder|schon wieder|frisches|neues) (blood|blut) (am|an meinem|auf meinem|an den|am linken|am rechten|an meinen) {koerper}',
      ],
    },
    {
      // Sorry and love said to everyone at once, worth a question: "sorry für alles, ich liebe
      // euch", "verzeiht mir, ich hab euch lieb" (plural only: songs say "verzeih mir, ich liebe dich").
      id: 'de.farewell-cue',
      tier: 'cue',
      patterns: [
        '(sorry für alles|tut mir leid für alles|es tut mir so leid|verzeiht mir|vergebt mir|danke für alles|entschuldigt alles) {fill3} (ich liebe euch|ich hab euch lieb|ich habe euch lieb|hab euch lieb|hab euch alle lieb|ich hab euch alle lieb|ich liebe euch alle)',
        '(ich liebe euch|ich hab euch lieb|ich habe euch lieb|hab euch lieb|hab euch alle lieb|ich liebe euch alle) {fill3} (sorry für alles|tut mir leid für alles|es tut mir so leid|verzeiht mir|vergebt mir|entschuldigt alles)',
      ],
    },
    {
      // A time chosen so that no one is there, and peace after, worth a question: "morgen früh,
      // wenn alle auf Arbeit sind. dann hab ich meine Ruhe" (also said of a quiet morning at home).
      id: 'de.timing-cue',
      tier: 'cue',
      patterns: ['{heimlich} ... (dann|danach|endlich)? (hab|habe) ich [endlich] [meine] ruhe $'],
    },
    {
      // Means together that are worth a question, not yet a plan: pills with spirits ("ne Flasche
      // Wodka und die Tabletten von Papa geholt").
      id: 'de.means-cue',
      tier: 'cue',
      patterns: [
        '(flasche|flaschen|wodka|schnaps|whisky|korn|rum|gin|alkohol) {fill4} (und|mit|plus) {fill3} {tabletten}',
        '{tabletten} {fill3} (und|mit|plus) {fill3} (flasche|flaschen|wodka|schnaps|whisky|korn|rum|gin|alkohol)',
      ],
    },
    {
      // Self-harm urges and mentions: "der Drang mich zu ritzen", "ich will mir wehtun", "SVV",
      // "Suchtdruck" (the craving, as the self-harm community says), "3 Monate ritzfrei".
      id: 'de.self-harm-urge',
      tier: 'cue',
      patterns: [
        '(drang|druck|lust|bedürfnis|verlangen|suchtdruck|impuls|impulse|zwang|gedanken|gedanke) {fill3} (mich|mir) {fill2} (zu ritzen|zu verletzen|zu schneiden|weh zu tun|wehzutun|zu verbrennen|was anzutun|etwas anzutun|zu schlagen|zu bestrafen)',
        '{wunsch} {fill2} (mich|mir) {fill2} (ritzen|verletzen|schneiden|wehtun|weh tun|was antun|etwas antun|verbrennen|bestrafen)',
        '(mich|mir) {fill3} (ritzen|zu ritzen|aufritzen|aufzuritzen)',
        '(mir|mich) {fill2} (was|etwas) (antun|anzutun|angetan)', '(tu|tue) mir {fill2} (was|etwas) an',
        '(svv|selbstverletz*|ritzdruck|suchtdruck)',
        // the urge without "mich": "der Druck zu schneiden ist wieder so krass"
        '(drang|druck|suchtdruck|verlangen|impuls|impulse|bedürfnis|zwang) {fill2} (zu ritzen|zu schneiden|zu brennen|zu verletzen|mich zu verletzen|mich zu schneiden|mich zu ritzen|mich zu verbrennen|zu bluten)',
        // craving the blade: "ich brauch grad so dringend die Klinge"
        '(brauch|brauche|vermiss|vermisse|will|denk an|denke an|denk nur an|sehne mich nach|sehn mich nach) {fill3} (die|meine) (klinge|klingen|rasierklinge|rasierklingen) $',
        '(monate|wochen|tage|jahre|jahr|monat) (ritzfrei|clean|svv frei|svvfrei|ohne ritzen|ohne svv)',
        '(verdiene|verdien) (es)? (schmerzen|zu bluten|schmerz|bestraft zu werden|weh zu tun)',
        // putting the means out of reach: "hab alles Scharfe ins Auto gelegt, damit ich nicht rankomm", "die Tabletten meiner Schwester gegeben ... sie zurückzuholen"
        '(alles scharfe|alle klingen|die klingen|rasierklingen|die messer|alle messer|scheren|{tabletten}) {fill4} (weggelegt|weggeschlossen|ins auto|in den keller|weggegeben|versteckt|gegeben|abgegeben|eingeschlossen|gelegt|weggeräumt) {fill3} damit ich {fill1} (nicht|nicht mehr|nie) (rankomm*|drankomm*|ran|dran)',
        '{tabletten} {fill4} (gegeben|abgegeben|weggegeben|weggeschlossen|versteckt) ... (zurückholen|zurückzuholen|zurückhaben|wiederholen|wiederzuholen|zurückzuverlangen)',
      ],
    },
    {
      // Plans, means, timing, an act under way or done: "hab ein Seil gekauft", "hab Tabletten
      // gesammelt", "die ganze Packung genommen", "steh auf dem Dach", "habs gemacht".
      id: 'de.plan-means',
      tier: 'act',
      patterns: [
        '(ein|einen|eine|das|den|die|n|ne|nen|mein|meine|a) {fill1} (seil|strick|schlinge|waffe|pistole|knarre|rasierklingen|rope|gun) {fill3} (gekauft|kauft|besorgt|bestellt|geholt|organisiert|vorbereitet|geknüpft|gebunden|aufgehängt|bereitgelegt|liegt bereit|liegen bereit|ist bereit|hängt schon|festgemacht)',
        '(seil|strick|schlinge) (hängt|ist|liegt) (schon|bereit|fest)',
        '{tabletten} {fill2} (gesammelt|gehortet|gebunkert|angespart|zusammengespart|gezählt|bereitgelegt|liegen bereit|vor mir|ausgepackt|zusammengesucht)',
        '(sammle|sammel|horte|bunkere|spare) {fill2} {tabletten}',
        '{viele} {fill2} ({tabletten}|packung|packungen|schachtel|schachteln|blister) {fill3} {geschluckt}',
        '{geschluckt} {fill1} {viele} {fill1} {tabletten}',
        '{bignumber} {fill1} {tabletten} {fill2} {geschluckt}',
        // a secret time and the means: "morgen früh, bevor alle aufwachen, nehm ich die Schlaftabletten"
        '{heimlich} {fill4} (nehm|nehme|schluck|schlucke|trink|trinke|hol|hole) ich {fill2} {todesmittel}',
        '{todesmittel} {fill4} {heimlich}',
        // fumes: "der Schlauch ist am Auspuff", "Grill ins Bad gestellt und die Tür abgedichtet"
        'schlauch {fill4} auspuff', 'auspuff {fill4} schlauch',
        '{gasmittel} ... (abgedichtet|abgeklebt|zugeklebt|verklebt|ritzen zu|fenster zu|tür zu|türen zu|fenster abgedichtet|motor läuft|motor an)',
        '(abgedichtet|abgeklebt|zugeklebt|verklebt) ... {gasmittel} (an|angemacht|angezündet|aufgedreht|an gemacht|brennt|glüht)',
        // into the water: "ich lauf jetzt in den See, bis ich nicht mehr stehen kann"
        '(lauf|laufe|geh|gehe|schwimm|schwimme|spring|springe) {fill3} (in den|ins|in die) (see|meer|fluss|wasser|rhein|elbe|donau|main|isar|spree|neckar|mosel|ostsee|nordsee|weiher|teich) {fill6} (bis ich|und komm|und komme|und werde) {fill3} (nicht mehr|nie mehr|nicht zurück|nie zurück|untergehe|keinen boden|nimmer)',
        // enough pills gathered: "damit ich genug Paracetamol zusammenkriege"
        '(genug|ausreichend|genügend) {tabletten} {fill2} (zusammen|zusammenkriege|zusammenkrieg|zusammenbekomme|beisammen|gesammelt|gehortet|gebunkert|zu sammeln|zusammenzukriegen|zusammenzubekommen|zusammenhab|zusammenhabe)',
        // going to a place of dying, and the end: "ich fahr jetzt zur Autobahnbrücke, dann ist Schluss"
        '(geh|gehe|fahr|fahre|lauf|laufe|bin|steh|stehe|sitz|sitze|warte|wart|radel|radle) {fill3} (zur|zum|zu den|zu der|auf die|aufs|auf das|auf dem|auf der|am|an der|an den|an die|auf den) {fill1} {todesort} ... (dann|danach|und dann) {vorbei}',
        '{todesmittel} {fill8} (dann|danach|und dann) {vorbei}',
        // the place chosen: "hab mir schon ausgesucht, von welcher Brücke"
        '(ausgesucht|rausgesucht|gegoogelt|recherchiert|entschieden|festgelegt|ausgewählt) {fill4} (welche|welcher|welchem|welches|welchen) {fill1} {todesort}',
        '(welche|welcher|welchem|welches|welchen) {todesort} {fill3} (ausgesucht|rausgesucht|entschieden|festgelegt|ausgewählt)',
        // locked in with the means: "hab mich im Bad eingeschlossen, das Messer liegt neben mir"
        '(mich|mi) {fill3} (eingeschlossen|eingesperrt|verbarrikadiert) ... ({todesmittel}|messer|{tabletten})',
        '{will} {fill2} {viele} {fill1} {tabletten} {fill1} (nehmen|schlucken|einwerfen|zu nehmen|zu schlucken)',
        '(hab|habe|habs|habe es) alles (genommen|geschluckt|eingenommen) $',
        '(überdosis|überdosen|od) {fill2} (genommen|nehmen|geschluckt|zu nehmen)',
        '(tabletten|pillen) (fangen an zu wirken|wirken schon|beginnen zu wirken)',
        '(die|meine|alle|die ganzen) {tabletten} (schon|bereits) (alle)? (genommen|geschluckt|eingenommen|eingeworfen)',
        '(habe) (alle|genug|eine menge|einen haufen|die ganzen) {tabletten} (vor mir|neben mir|in der hand|bereit|griffbereit|bereitgelegt)',
        '(alles|alles schon|schon alles) (vorbereitet|geplant|bereit|organisiert) {fill2} (heute|heut|morgen|jetzt|heute nacht|heut nacht) (ist es|wird es) (so weit|soweit)',
        '(bereit|soweit) (zu sterben|zum sterben|für den tod)',
        '(geh|gehe|fahr|fahre|lauf|laufe) {fill2} (zur|zum|auf die|aufs|auf das) ({hoehe}|brücke|gleise|bahn|klippe) {fill2} (spring|springe|runter|springen)',
        '(wie viele|wieviele|wie viel|wieviel) {fill4} (um zu sterben|tödlich|tödliche|letal|zum sterben|bis man stirbt|damit man stirbt|um nicht mehr aufzuwachen)',
        '(tödliche|letale) (dosis|menge)',
        '(steh|stehe|sitz|sitze|bin|lieg|liege) {fill2} auf (dem|der|den|einem|einer|unserm|unserem|meinem|meiner|dieser|diesem)? {fill2} ({hochsitz})',
        '(sitz|sitze|steh|stehe) (oben|ganz oben|hier oben) auf (dem|der|einem|einer)? {fill1} ({hoehe})',
        '(am|auf dem|auf den|an den|an die) (gleis|gleisen|gleise|bahnsteig) (der|nächster|der nächste)? zug (kommt|fährt ein|kommt gleich|kommt in)',
        '(ich|i) (spring|springe) {bald} ($|ehrlich|wirklich|echt|versprochen)',
        '{tabletten} {fill1} (alle|alles) (genommen|geschluckt|drin|intus)',
        '{tabletten} {fill1} (alle|alles) weg (tschüss|bye|ciao|lebt wohl|adieu|machts gut)',
        '(wenn|sobald) (meine|die) (eltern|mama|mutter|familie|mitbewohner|mitbewohnerin|freundin|leute) {fill2} (weg|aus dem haus|nicht da|schlafen|unterwegs) (sind|ist) {fill2} (mach|mache|tu|tue) (ichs|ich es)',
        // a bridge is where people also just walk: standing or sitting on it, or looking down
        '(steh|stehe|sitz|sitze|lieg|liege|stand|sass) {fill2} auf (der|einer|dieser) {fill1} brücke',
        'auf (der|einer|dieser) {fill1} brücke {fill3} (wasser|tiefe|runter|springen|geländer|kante|abgrund|so weit|letzte mal|fluss)',
        '(steh|stehe|sitz|sitze|bin) {fill2} (an der|am) (kante|dachkante|geländer|brückengeländer|bahnsteigkante|brüstung|abgrund|rand vom dach|rand der brücke)',
        '(lieg|liege|leg|lege|legen) (mich)? {fill1} (auf die|auf den|vor den|vor die) (gleise|schienen|zug|bahn)',
        '{will} {fill3} (zu springen|springen|runterzuspringen|runterspringen|spring|springe|zu stürzen)',
        '(spring|springe|springen|stürz|stürze|stürzen) {fill1} (von der|vom|von dem|von einem|von einer|aus dem|vor den|vor einen|vor die|in den|runter von) {fill1} ({hoehe}|{verkehr}|fluss|rhein|abgrund|tiefe)',
        '(werf|werfe|schmeiss|schmeisse|stürz|stürze) mich {fill3} (vor|unter|von|vom|aus dem|in den|in die) {fill2} ({hoehe}|{verkehr}|fenster|tiefe|fluss|abgrund)',
        'mich {fill3} (vor|unter) (den|einen|die|eine|das) ({verkehr}) (werfen|zu werfen|schmeissen|legen|zu legen)',
        'mich {fill2} (von der|vom|von dem|von einem|von einer|aus dem) {fill1} ({hoehe}) (stürzen|zu stürzen|werfen|zu werfen|fallen lassen|fallen zu lassen|schmeissen)',
        '{will} {fill3} (von der|vom|von dem|von einem|von einer|aus dem) {fill1} ({hoehe}) (springen|zu springen|runterspringen|runterzuspringen)',
        '(fahr|fahre|fahren) {fill2} (gegen|in) (einen|eine|den|die) (baum|wand|brückenpfeiler|lkw|gegenverkehr|mauer) {fill2} (absichtlich|mit absicht|$)',
        '(fahr|fahre|fahren|rase|ras|rasen|steuer|steuere|lenk|lenke) {fill2} (gegen|in) (einen|eine|den|die|nen|ne) {fill1} (baum|wand|brückenpfeiler|pfeiler|lkw|laster|gegenverkehr|mauer|leitplanke|betonwand) ($|absichtlich|mit absicht|mit vollgas|mit 200|und)',
        '(diesmal|dieses mal|heute nacht|heut nacht|diese nacht) (spring|springe) ich [wirklich|echt|ehrlich] $',
        '{tabletten} (von|meiner|meines|meinem|aus) {fill2} ({familie}|schrank|medizinschrank|hausapotheke|nachttisch|badschrank) {fill4} (alle|die ganzen|sämtliche) (eingesteckt|mitgenommen|genommen|eingepackt|geklaut|gestohlen|versteckt)',
        '{tabletten} (von|meiner|meines|meinem|aus) {fill2} ({familie}|schrank|medizinschrank|hausapotheke|nachttisch|badschrank) {fill4} (geklaut|gestohlen|gebunkert|gehortet)',
        '(plan|plane|geplant) {fill3} (wie|wann|wo) ich {fill2} (es mache|es tue|sterbe|mich umbringe|es beende|es mach)',
        '(datum|tag) {fill2} (festgelegt|ausgesucht|steht|gewählt) {fill3} (sterben|es tun|es machen|mich umbringen|ende)',
        '(pistole|waffe|knarre|gun) {fill3} (an den kopf|an die schläfe|in den mund|an meinen kopf)',
        '(gift|rattengift|frostschutzmittel|bleiche|rohrreiniger) (getrunken|geschluckt|trinken|schlucken|zu trinken)',
        // means with me, somewhere alone: "sitz im Auto auf nem Waldparkplatz und hab alles dabei was ich brauch"
        '(waldparkplatz|parkplatz|im wald|garage|brücke|dach|gleisen|im auto) ... alles (dabei|hier|bereit|beisammen|zusammen) was ich (brauch|brauche)',
        'alles (geholt|besorgt|gekauft|zusammen|bereit|dabei) was ich (für|fuer) (heut|heute) (nacht|abend) (brauch|brauche)',
        'baumarkt ... (alles|was) {fill1} was ich {fill3} (brauch|brauche)',
        // "die Tabletten ... liegen jetzt vor mir auf dem Tisch"
        '{tabletten} ... (liegen|liegt|stehen|steht) (jetzt|schon|hier|alle)? (vor mir|neben mir)',
        // poison, rope, blades, a gun at hand: "das Rattengift steht schon neben meinem Bett"
        '{todesmittel} {fill3} (liegt|liegen|steht|stehen|hängt|hängen|ist|sind|hab|habe) {fill2} (vor mir|neben mir|neben meinem bett|auf meinem nachttisch|unter meinem bett|unterm bett|in meiner hand|neben dem bett)',
        // tried before, not failing again: "hab es mit 17 schon mal versucht. diesmal mach ich keinen Fehler"
        '(es|das) {fill1} mit {number} {fill3} versucht ... (diesmal|dieses mal) {fill3} (keinen fehler|keine fehler|richtig|wach ich nicht|überleb ich nicht|überlebe ich nicht)',
        // "letztes Jahr hats nicht geklappt, diesmal mach ichs richtig", "damals haben sie mich gefunden. diesmal nicht"
        '(letztes jahr|letztes mal|letzte mal|beim letzten mal|damals|beim ersten mal|das erste mal|beim ersten versuch|mit {number}|schon mal|schon einmal|vor {number} (jahren|monaten|wochen)) {fill3} (nicht geklappt|nicht funktioniert|schiefgegangen|schief gegangen|versucht|überlebt|gerettet|gefunden|zu wenig|nicht gereicht) ... (diesmal|dieses mal|nächstes mal|beim nächsten mal|jetzt) {fill3} (keinen fehler|keine fehler|richtig|wach ich nicht|überleb ich nicht|überlebe ich nicht|genug|gründlich|sicher|endgültig|klappt es|nicht) $',
        '(letztes mal|letzte mal|beim letzten mal|damals|beim ersten mal|beim ersten versuch) {fill3} (mich|mi) {fill2} (gerettet|gefunden|wiederbelebt|rausgeholt|abgepumpt|den magen ausgepumpt) ... (passiert|passiert mir|rettet mich|findet mich) {fill2} (nicht|nie|keiner|niemand) (nochmal|wieder|mehr|rechtzeitig) $',
        // fumes in the garage: "sitz im Auto in der Garage, Motor läuft"
        '(garage|garagentor) ... (motor|auspuff) (läuft|laufen|an|angelassen|anlassen) $', '(motor|auspuff) (läuft|an|angelassen) ... (garage|garagentor) {fill3} (zu|geschlossen|dicht|abgedichtet) $',
        // the time no one is home, then the end: "morgen früh wenn alle auf Arbeit sind. dann ist es vorbei"
        '{heimlich} ... {vorbei}',
        // how high: "gegoogelt, ab welchem Stockwerk es sicher klappt"
        '(ab welchem|welches|welchem|wie hoch|ab wie vielen|wie viele|wieviele) {fill1} (stockwerk|stock|stockwerken|stockwerke|etage|etagen|meter|metern|höhe) {fill4} (sicher klappt|klappt|tödlich|stirbt|reicht|überlebt|sicher ist|man tot)',
        // the time is set by someone away: "wenn meine Mitbewohnerin Freitag in Urlaub fährt, ist es soweit"
        '(wenn|sobald) {fill6} (urlaub|weg|verreist|unterwegs|schläft|schlafen|aus dem haus|arbeit|nachtschicht) {fill3} (ist es soweit|ist es so weit|mach ich es|mache ich es|tu ich es|passiert es)',
        // pills with alcohol: "n Haufen Tabletten mit Wodka runtergekippt"
        '{tabletten} (mit|und) {fill1} (wodka|alkohol|wein|schnaps|whisky|gin|korn|bier|rum) {fill2} (runtergekippt|genommen|geschluckt|runtergespült|eingeworfen|gekippt|gemischt)',
        '{viele} {fill1} {tabletten} (und|mit|plus) (eine|einer)? (flasche|flaschen) (wodka|schnaps|wein|whisky|alkohol|korn|gin|rum)',
        '(alles|alle tabletten|den ganzen|die ganze) (aus dem|aus der) (medizinschrank|hausapotheke|arzneischrank|badschrank|schrank|schublade) (geschluckt|genommen|eingeworfen|gefressen)',
        '(hab|habe) (sie|die) alle (geschluckt|eingeworfen)', '(geschluckt|genommen|eingeworfen) {fill1} alle {number}',
        // driving into a tree on purpose, thought of: "denk dran, gegen nen Baum zu fahren"
        '{will} {fill4} (gegen|in) (einen|eine|den|die) (baum|wand|brückenpfeiler|pfeiler|lkw|laster|gegenverkehr|mauer) (zu fahren|fahren|zu rasen|rasen|zu steuern|steuern|zu lenken)',
        // everything planned for when the others are out: "alles geplant, Samstag wenn alle beim Fussball sind"
        '(alles|hab alles|habe alles|ist alles) (geplant|vorbereitet|organisiert) {fill3} (wenn|sobald|während) (alle|keiner|niemand|meine eltern|die anderen|sie|mama|papa) {fill3} (weg|unterwegs|bei der arbeit|aus dem haus|schlafen|schläft|nicht da|verreist|im urlaub)',
        '(klinge|rasierklinge|klingen|rasierklingen|messer) {fill8} (badewanne|wanne)',
      ],
    },
    {
      // Goodbyes said through handing things on, without the word: accounts and passwords given
      // "to take over", a thank-you "while I still can", "until someone finds me", a prepared
      // message "then she'll know what to do", years of sorrow caused "and from tomorrow it stops".
      id: 'de.goodbye-signs',
      tier: 'act',
      patterns: [
        // "hab Jonas die Zugangsdaten geschickt, er soll die Accounts übernehmen", "Passwörter aufgeschrieben, mein Bruder kann alles behalten"
        '(zugangsdaten|passwörter|passwort|logins|login|pins|pin) {fill6} (geschickt|gegeben|geschrieben|weitergegeben|überlassen|vermacht|aufgeschrieben|hinterlassen|gemailt) ... (soll|sollen|darf|dürfen|kann|können) {fill2} (meine|die|meinen|mein|alle|das|den)? (accounts|account|konten|konto|profile|profil|spiele|skins|sachen|zugänge|alles|kanal|seite) {fill1} (übernehmen|behalten|haben|weiterführen|verwalten|erben|kriegen)',
        // "wollt ich dir noch sagen, solang ich kann", "danke für alles, musste ich loswerden solange ich noch lebe"
        '(sagen|loswerden|wissen lassen|gesagt haben|danken|bedanken|schreiben|sagen wollen) {fill3} (solang|solange|so lange) ich (es|s)? (noch)? (kann|lebe|am leben bin) $',
        // "... bis mich jemand findet", "bevor mich jemand findet"
        '(vergammeln|verderben|schimmeln|stinken|rumliegen|aufgeräumt|geputzt|sauber gemacht|gefüttert|leer gemacht|leergemacht|runtergebracht|erledigt|geregelt|bezahlt|abgeschlossen|aufgeschlossen) ... (bis|bevor|ehe|sobald|wenn|falls) mich (jemand|einer|wer|man|die polizei|der vermieter|mein vermieter|die nachbarn|meine eltern|mama|papa|die feuerwehr|irgendwer|irgendjemand|meine mitbewohnerin|mein mitbewohner) {fill1} (findet|gefunden hat|finden|entdeckt|entdecken|gefunden wird) $',
        '(tut mir leid|sorry|entschuldigung|verzeihung) {fill4} (für|an) (den|die|diejenige|denjenigen|wen|wer) {fill1} (der|die|wer)? mich (findet|finden wird|finden muss|gefunden hat)',
        // a message prepared for later, and instructions: "Lisa kriegt morgen um 7 ne Nachricht, die ich vorbereitet hab. sie weiss dann, was zu tun ist"
        '(kriegt|bekommt|kriegen|bekommen|erhält|erhalten) {fill4} ({bald}|um {number}|früh) {fill4} (nachricht|nachrichten|mail|mails|email|brief|sms|sprachnachricht|video) {fill6} (vorbereitet|vorgeschrieben|geplant|terminiert|zeitversetzt|eingeplant|programmiert|zeitgesteuert) ... (weiss|wisst|wissen|weisst) (sie|er|ihr|du)? (dann|schon|dann schon) (was zu tun ist|was (sie|er|ihr|du) tun (muss|müsst|musst|soll|sollt)|wo alles ist|wo alles liegt|wen (sie|er|ihr|du) anrufen)',
        // years of sorrow, and an end at a time: "tut mir leid, dass ich euch die letzten Jahre so viel Kummer gemacht hab. ab morgen hört das auf"
        '(tut mir leid|sorry|verzeiht|verzeih|entschuldigt|entschuldige) {fill8} (die letzten jahre|all die jahre|jahrelang|die ganzen jahre|mein leben lang|so lange|immer nur) {fill4} (kummer|sorgen|ärger|probleme|stress|schmerz|leid|mühe|last|arbeit|scherereien) ... (ab|nach|spätestens) {bald} {fill2} (hört (das|es|alles) auf|ist (das|es|alles) vorbei|ist schluss|habt ihr ruhe|hast du ruhe|seid ihr mich los|bist du mich los)',
      ],
    },
    {
      // Plans shown by what is around them: a place scouted for when no one is there, pills
      // prescribed by several doctors, a date and "then he'll never forget me", an attempt survived
      // "and next time I take more", money put by for the funeral, time off "so no one misses me",
      // sitting at the edge of a quarry, drink with the pills gathered.
      id: 'de.plan-signs',
      tier: 'act',
      patterns: [
        // "war an der Autobahnbrücke, um zu gucken, wann da am wenigsten los ist"
        '{todesort} ... (wann|wo|um welche uhrzeit) {fill3} (am wenigsten los|am wenigsten verkehr|keiner (da ist|ist|hinkommt|vorbeikommt|unterwegs ist|hinschaut)|niemand (da ist|ist|hinkommt|vorbeikommt|unterwegs ist|hinschaut)|kein mensch|keine leute|keine menschen|am leersten)',
        // "hab mir bei drei verschiedenen Ärzten Schlaftabletten aufschreiben lassen"
        '(bei|von) [zwei|drei|vier|fünf|{number}] (verschiedenen|mehreren|zwei|drei|vier|fünf|unterschiedlichen|diversen|zig) (ärzten|ärztinnen|hausärzten|praxen|psychiatern|doktoren) {fill6} {starkmittel} {fill3} (verschreiben|aufschreiben|verschrieben|aufgeschrieben|geben lassen|besorgt|geholt|gesammelt)',
        '{starkmittel} {fill4} (bei|von) [zwei|drei|vier|fünf|{number}] (verschiedenen|mehreren|zwei|drei|vier|fünf|unterschiedlichen|diversen|zig) (ärzten|ärztinnen|hausärzten|praxen|psychiatern|doktoren) {fill3} (verschreiben|aufschreiben|verschrieben|aufgeschrieben|geben lassen|besorgt|geholt)',
        // a day and being remembered for ever: "an seinem Geburtstag passiert es, dann vergisst er mich nie"
        '(passiert|geschieht) es [{fill1}] $ (dann|und dann|und)? (vergisst|vergessen|vergesst|vergisst du|wird|werden|werdet) {fill2} mich {fill2} (nie|niemals|nie mehr|nie wieder|nimmer|sein leben lang|ihr leben lang)',
        // everything from the medicine cabinet swallowed: "hab alles geschluckt, was Mama im Medizinschrank hatte"
        '(alles|alle|alle tabletten|die ganzen tabletten) {fill1} {geschluckt} (was|die|wo) {fill6} (medizinschrank|hausapotheke|arzneischrank|badschrank|medikamentenschrank|medikamentenschublade)',
        '(alles|alle|alle tabletten|die ganzen tabletten) {fill1} (geschluckt|eingeworfen|runtergeschluckt|reingeworfen|eingeschmissen|runtergespült) (was|die|wo) {fill6} (schrank|schublade|nachttisch|im haus|da war|finden konnte|gefunden hab|gefunden habe|hatte|hatten)',
        // survived, and next time more: "bin trotzdem aufgewacht. nächstes Mal nehm ich mehr"
        '(trotzdem|doch|wieder|leider|dann doch) (aufgewacht|wach geworden|überlebt|gefunden worden|gerettet worden) ... (nächstes mal|beim nächsten mal|diesmal|dieses mal) {fill3} (mehr|doppelt|alles|richtig|genug|sicher|gründlich|höher)',
        // the funeral paid for: "Geld zurückgelegt, damit die Beerdigung bezahlt ist und keiner was auslegen muss"
        '(geld|erspartes|ersparnisse|kohle|versicherung) {fill6} (zurückgelegt|gespart|angespart|beiseitegelegt|beiseite gelegt|überwiesen|zusammengespart|abgeschlossen) {fill3} (damit|für|dass) {fill3} (meine|meinen) (beerdigung|bestattung|beisetzung|sarg|urne|grab|einäscherung)',
        '(beerdigung|bestattung|beisetzung|einäscherung|sarg|urne) {fill2} (bezahlt|gezahlt|gedeckt|finanziert|abgedeckt|bezahlen) (ist|wird|kann|sind)? {fill1} (und|damit|dass) (keiner|niemand|kein mensch) {fill3} (auslegen|zahlen|bezahlen|aufkommen|draufzahlen|kümmern|blechen)',
        // time off so no one misses me: "mir extra frei genommen, damit mich keiner vermisst"
        '(frei genommen|freigenommen|urlaub genommen|krank gemeldet|krankgemeldet|krankschreiben lassen|abgemeldet|frei gemacht) {fill3} (damit|dass|so dass|sodass) {fill2} (mich)? (keiner|niemand|kein mensch) {fill2} (vermisst|sucht|merkt|vermissen|suchen|auffällt|mitkriegt|mitbekommt|fragt)',
        // at the edge of a place of dying: "bin zum Steinbruch gefahren, sitz ganz vorne am Rand"
        '{todesort} ... (steh|stehe|sitz|sitze|bin|lieg|liege|hock|hocke) {fill4} (am|an der|auf der) (rand|kante|abbruchkante|abgrund|klippe|geländer)',
        // on a railing high up: "sitz im Treppenhaus im 8. Stock auf dem Geländer"
        '(steh|stehe|sitz|sitze|hock|hocke) ... (stock|stockwerk|etage|og|obergeschoss|treppenhaus|hochhaus|brücke|parkhaus|dach|turm) {fill3} (auf dem|auf der|aufm|auf) (geländer|brüstung|fenstersims|fensterbrett|dachkante|dachrand|balkongeländer|brückengeländer|reling)',
        // a height, and daring not yet: "... auf dem Geländer und trau mich grad noch nicht"
        '({hochsitz}|{todesort}|stock|stockwerk|etage) ... (trau|traue) mich {fill2} (noch)? (nicht|nicht ganz) $',
        // drink with pills gathered: "zwei Flaschen Wein und die ganzen Tavor, die noch da waren"
        '(flasche|flaschen|wodka|schnaps|whisky|korn|rum|gin|alkohol|wein|sekt) {fill4} (und|mit|plus) {fill3} {todesmittel}',
        '{todesmittel} {fill3} (und|mit|plus) {fill3} (flasche|flaschen|wodka|schnaps|whisky|korn|rum|gin|alkohol|wein)',
        // the eternal sleep, timed or ready: "gönn mir heut Nacht den ewigen Schlaf, hab alles da"
        '(ewigen schlaf|ewige ruhe|ewigen ruhe|ewigen frieden|letzten schlaf) ... (hab|habe) (alles|es|sie|die) (da|bereit|hier|dabei|zusammen|besorgt)',
        '{bald} {fill3} (den ewigen schlaf|in den ewigen schlaf|die ewige ruhe|in die ewige ruhe)',
        '(gönn|gönne|hol|leg|lege) (mir|mich) {fill3} (den ewigen schlaf|in den ewigen schlaf|die ewige ruhe|zur ewigen ruhe)',
      ],
    },
    {
      // Cues by meaning: an accident that would be fine, rather gone than half here, the family
      // with their life back without me, not living to see the summer, hoping the heart stops,
      // sorry an illness was not worse, not buckling up any more, one way out left, a relapse
      // counted back to day one, a prepared message and deleted chats.
      id: 'de.passive-signs',
      tier: 'cue',
      patterns: [
        // "wenn mich jetzt der Lkw mitnimmt, wärs auch ok"
        '(wenn|falls) mich {fill2} (der|die|das|ein|eine|einer|einen) {fill1} {verkehr} {fill1} (mitnimmt|mitnehmen würde|erfasst|erfassen würde|rammt|plattmacht|platt macht|umnietet|mitreisst|umfährt|überfährt|erwischt|überrollt) {fill2} (wärs|wäre|wär|wär es|würde es|würde|ist es|wärs mir) {fill3} {recht}',
        // "lieber ganz weg als so halb da"
        '(lieber|besser) (ganz|für immer|komplett|einfach|gleich)? (weg|tot|nicht mehr da|gar nicht da|verschwunden|fort) als (so)? (halb|halbtot|so halb|so|nur halb) (da|lebendig|am leben|leben|weiterleben|existieren|hier)',
        // "die hätten ihr Leben zurück ohne mich"
        '(hätten|hätte|hätt|kriegten|bekämen|kriegen|bekommen) {fill2} (ihr|sein|ihr altes|ihr ganzes|ihre|seine|das|ihr eigenes) (leben|ruhe|frieden|freiheit|geld|rente|zuhause) {fill1} (zurück|wieder)? {fill1} ohne mich',
        'ohne mich {fill2} (hätten|hätte|hätt|kriegten|bekämen) {fill3} (leben|ruhe|frieden|freiheit|geld|rente) {fill1} (zurück|wieder)',
        '(hätten|hätte|hätt|kriegten|bekämen) {fill2} ohne mich {fill3} (leben|ruhe|frieden|freiheit|geld|rente) {fill1} (zurück|wieder)',
        // the world tidier without me: "die Welt wär ohne mich bisschen aufgeräumter"
        '{alle} ohne mich {fill3} {besser} [dran] (wär|wäre|wären|wärs|wär es|ist)',
        // not living to see it: "den Sommerurlaub erleb ich eh nicht mehr mit"
        '(erleb|erlebe|erleben|seh|sehe) ich {fill2} (eh|sowieso|ja eh|wohl eh|eh schon|wahrscheinlich eh) (nicht mehr|nimmer) [mit]',
        '(werd|werde) ich {fill2} (eh|sowieso|ja eh|wohl eh) (nicht mehr|nimmer) (erleben|mitkriegen|mitbekommen|sehen)',
        // hoping the heart stops: "hoff, dass das Herz einfach aufhört"
        '({wunsch}|hoffe|hoff|hoffentlich|bete) {fill4} (herz|atmung|puls|atem) {fill3} (aufhört|stehen bleibt|stehenbleibt|stillsteht|aufhört zu schlagen|aussetzt|nicht mehr schlägt|einfach aufhört)',
        // sorry it was not worse: "schade, dass die Lungenentzündung nicht schlimmer war"
        '(schade|leider|blöd|dummerweise|zu schade) {fill4} ({krankheit}|lungenentzündung|grippe|infekt|corona|covid|blutvergiftung|sepsis|sturz|op|operation|fieber|blinddarm|unfall|autounfall|virus) {fill2} (nicht|kein) (schlimmer|tödlicher|ernster|schlimm genug|tödlich|heftiger) (war|ist|wurde|ausgegangen|verlaufen)',
        '(hätte|hätt|wäre|wär) (sich|sichs|sich es) {fill2} (von allein|von alleine|von selbst|ganz von selbst) (erledigt|gelöst|geregelt)',
        // not buckling up any more, on purpose: "ich schnall mich nur seit ner Weile nicht mehr an"
        '(schnall|schnalle) mich {fill4} (nicht mehr|nimmer|nie mehr|absichtlich nicht|extra nicht) an',
        '(fahr|fahre|radel|radle) {fill3} (absichtlich|extra|mit absicht) (ohne) (gurt|helm|licht|anschnallen)',
        // one way out left: "das Gefühl, es gibt nur noch einen Weg raus"
        'nur (noch)? (einen|ein) (weg raus|ausweg|weg hier raus|letzten ausweg|einzigen ausweg|weg nach draussen)',
        '(der|mein) (einzige|letzte) (ausweg|weg raus) $',
        // a relapse counted back: "Tag 1. schon wieder. 96 Tage warens" (self-harm or not: ask)
        '(tag|tag nummer) (1|eins|null|0) ... (schon wieder|wieder|von vorne) ... {number} (tage|wochen|monate) (warens|waren es|waren|clean|geschafft|durchgehalten)',
        // not "ab morgen" said for all years: "sorry, dass ich euch so viel Kummer gemacht hab. ab morgen hört das auf"
        '(tut mir leid|sorry|verzeiht|verzeih|entschuldigt|entschuldige) {fill8} (kummer|sorgen|ärger|probleme|stress|schmerz|mühe|last|scherereien) {fill3} (gemacht|bereitet|verursacht|gebracht) ... (ab|nach|spätestens) {bald} {fill2} (hört (das|es|alles) auf|ist (das|es|alles) vorbei|ist schluss|habt ihr ruhe|hast du ruhe|seid ihr mich los|bist du mich los)',
        // a date, then "it happens": "der 17. ist sein Geburtstag. dann passiert es"
        '(geburtstag|jahrestag|hochzeitstag|valentinstag|todestag) ... (dann|da|an dem tag) (passiert es|geschieht es|ist es so weit|ist es soweit) $',
      ],
    },
    {
      // Round 7. Passive wishes and burden in new shapes (cue): of use only once dead ("wär
      // wenigstens einmal was Sinnvolles an mir, wenn ich nicht mehr da bin"), envying the dead
      // ("les die Todesanzeigen und bin neidisch"), disappointed to have lived through a danger
      // ("war fast enttäuscht, als wir gelandet sind"), doubting one will still need anything or
      // be alive in October, "it only stops when I vanish", not seeing oneself next summer, hoping
      // this birthday was the last, "for whom should I still be here", "they should at least
      // outlive me", game words for dying ("game over, kein Respawn"), a legacy contact or one's own
      // funeral chosen, saying goodbye to everything, the snapped band that no longer helps.
      id: 'de.passive-shapes',
      tier: 'cue',
      patterns: [
        '{nutzen} ... {todkontext}', '{todkontext} ... {nutzen}',
        '(mein tod|mein sterben|mein ableben|wenn ich sterbe) {fill3} (wenigstens|zumindest|immerhin|endlich) {fill3} (sinn|nutzen|sinnvoll|nützlich|gut|wert)',
        '(todesanzeigen|todesanzeige|traueranzeigen|traueranzeige|nachrufe|friedhof|gräber|grab) {fill8} {neid}',
        '{neid} (auf|um) (die|den|der|alle|jeden|jede|meinen|meine|unseren|unsere) {fill1} {dieToten}', '(beneide|beneid|beneiden) [ich] [{word}] (die|den|der|alle|jeden|meinen|meine) {fill1} {dieToten}',
        '{gefahr} ... (enttäuscht|schade|leider|bedauert|traurig|sauer) (als|dass|das|weil) {fill4} {ueberlebt}',
        '{gefahr} ... (dacht|dachte|gedacht|dachte mir|dacht mir|denk|denke) ... (dann halt jetzt|dann eben jetzt|na endlich|jetzt endlich|lass es passieren|soll es halt passieren|bitte jetzt)',
        '(keine ahnung|weiss nicht|weiss eh nicht|weiss ja nicht|wer weiss|bezweifle|fraglich|nicht sicher|nicht so sicher|frag mich|frage mich|unsicher) {fill2} ob ich {fill2} ({zukunft}|dann) {fill2} (noch|überhaupt noch) (irgendwas|irgendetwas|überhaupt was|überhaupt etwas|überhaupt irgendwas|was|etwas|was davon|das|die|den|sie|ihn|es) (brauch|brauche|brauchen werde|brauchen werd|brauchen würde)',
        '(keine ahnung|weiss nicht|weiss eh nicht|weiss ja nicht|wer weiss|bezweifle|fraglich|nicht sicher|nicht so sicher|frag mich|frage mich|unsicher) {fill2} ob ich {fill4} (noch|überhaupt noch) (am leben bin|lebe|leben werde|existiere|da sein werde|am leben sein werde) $',
        'ob ich {fill4} noch (erleben will|erleben möchte|erleben mag|erleben werde|erlebe|erleben werd|erleben würde) $',
        // (German writes a comma before "wenn": no filler before it)
        '(erst|endlich|nur|dann erst|wohl erst) [{word}] [{word}] [{word}] (wenn|sobald|falls) ich {fill2} {ganzweg}',
        '(bin|ich bin|bin nur|bin einfach|bin halt) {fill1} (wie)? (ein|eine|n|ne|nen) {fill1} (fluch|plage|unglück|wasserschaden|schaden|seuche|virus|parasit|geschwür|tumor|schädling|zecke) (für|in) {fill2} (leben|familie|alle|eltern|umfeld|freunde|freundin|freund|mama|papa|mutter|vater|kinder|wg)',
        '(seh|sehe) mich {fill2} (nicht|nicht mal|nicht einmal|nicht mehr|kaum|gar nicht) {fill1} {zukunft} [noch|mehr] $',
        '{hoffen} {fill4} (mein|meine|der|das|dies|dieser|dieses|diese) {fill1} (letzter|letzte|letztes) {fest} [war|ist|wird|sein wird|gewesen ist] $',
        '{hoffen} {fill3} {fest} {fill2} (mein|meine|der|das) (letzter|letzte|letztes) $',
        '{fest} ... {hoffen} {fill4} (mein|meine|das|der|dies|dieser) (letzter|letzte|letztes) (war|ist|sein wird|gewesen ist|wird) $',
        '(für wen|wofür|wozu|warum|wieso|weshalb) (soll|sollte) ich {fill2} (noch|überhaupt noch) (da sein|hier sein|leben|weiterleben|weitermachen|existieren|aufstehen|auf der welt sein|am leben bleiben)',
        '(kein|keinen|null) (grund|sinn|anlass) (mehr)? {fill3} (aufzustehen|morgens aufzustehen|weiterzumachen|weiterzuleben|zu leben)',
        '(sollen|soll) mich {fill2} (wenigstens|zumindest|immerhin|dann|ja|doch) {fill1} überleben',
        '{wunsch} {fill3} {spielende}',
        '{spielende} ... (nein|nee) {fill2} (red|rede|sprech|spreche|meine|mein|geht es|gehts|schreib|schreibe) (nicht|nich|ned) [vom|von|übers|über|ums|um|über das] (zocken|spielen|gaming|games|game|spiel|konsole|fortnite|minecraft|ps5|playstation|handyspiel|roblox|zelda|lol)',
        '(will|möchte|würde gern|wünsch|wünsche|wünschte) {fill2} (aus dem spiel|aus diesem spiel|aus dem game|aus der simulation) (raus|aussteigen|aus|ausloggen) ... {spielende}',
        '{spielende} {fill4} (im echten leben|irl|in echt|im real life|im realen leben|im richtigen leben)',
        // a legacy contact named, one's own funeral chosen: ask
        '{nachlass}', '(ausgesucht|festgelegt|entschieden|zusammengestellt|rausgesucht|überlegt) {fill8} {meinebeerdigung}', '{meinebeerdigung} {fill6} (ausgesucht|festgelegt|entschieden|zusammengestellt|rausgesucht|fertig)',
        // farewell to everything, a snapped band that no longer helps, a drawn relapse counted: ask
        '{abschiedvonallem} $',
        '(schnips|schnipse|schnipp|schnippe|schnipst|schnippt|geschnippt|geschnipst|schnalz|schnalze) {fill6} (handgelenk|handgelenke|arm|unterarm|haut) ... (bis es|bis|rot|blutet|blutig|weh|spüren|spür|fühlen|schmerz|druck|reicht)',
        '(haargummi|gummiband|zopfgummi|gummibänder|eiswürfel|eiswürfeln|igelball|skills|skillkette|chilischote|ammoniak) ... (reicht|reichen|hilft|helfen|bringt|bringen|wirkt|wirken|genügt) {fill3} (nicht|nicht mehr|nix mehr|nichts mehr|kaum noch)',
        '{codiert} ... {number} (tage|wochen|monate|jahre|tag|woche|monat|jahr) {fill2} (weg|futsch|umsonst|verloren|dahin|im arsch|hinüber|kaputt)',
        // up high and not coming down: "auf dem Grat ... ich komm heut nicht mehr runter"
        '(berg|gipfel|grat|dach|turm|brücke|klippe|felsen|fels|hochhaus|aussichtsturm|staumauer|{todesort}|oben) ... (komm|komme) {fill2} (nicht mehr|nie mehr|nimmer|nie wieder) (runter|herunter|hinunter|herab) $',
      ],
    },
    {
      // Round 7. Arrangements for after, said without the word (act): a last swim "to say goodbye
      // to everything", funeral songs written down "so my sister won't have to guess", a legacy
      // contact named "she doesn't know yet", the deposit left to the landlord "for the trouble", a
      // cover story told "and in truth I won't be there from Monday".
      id: 'de.goodbye-arrangements',
      tier: 'act',
      patterns: [
        '(ein letztes mal|zum letzten mal|das letzte mal|ein allerletztes mal|noch ein letztes mal) ... {abschiedvonallem}', '{abschiedvonallem} ... (ein letztes mal|zum letzten mal|das letzte mal)',
        '(aufgeschrieben|geschrieben|notiert|zettel|liste|aufgesetzt|gepinnt|hingelegt|hinterlegt|aufgelistet) {fill8} {meinebeerdigung}',
        '{meinebeerdigung} {fill8} (aufgeschrieben|notiert|zettel|liste|aufgesetzt|gepinnt|hingelegt|hinterlegt|aufgelistet)',
        '{meinebeerdigung} ... (soll|sollen|muss|müssen) {fill2} nicht (raten|suchen|überlegen|rätseln|entscheiden)',
        '{nachlass} ... ({danach}|(soll|sollen|kann|können|darf) {fill3} (dann|danach|nachher) {fill2} (regeln|erledigen|löschen|verwalten|übernehmen|kümmern|machen)|[mein|meine] {word} (weiss|wissen|ahnt|ahnen) (noch|davon|bisher)? (nix|nichts|von nichts|nichts davon|es nicht|noch nichts))',
        'kaution {fill6} (behalten|behält|einbehalten) {fill3} (für die|für seine|für ihre|für den|als) (umstände|unannehmlichkeiten|scherereien|sauerei|schreck)',
        'kaution {fill4} (für die|für seine|für ihre|für den|als) (umstände|unannehmlichkeiten|scherereien|sauerei|schreck) {fill2} (behalten|behält|einbehalten)',
        '(hab|habe) {fill3} (gesagt|erzählt|behauptet|vorgemacht|weisgemacht|geschrieben) ... (in wahrheit|in wirklichkeit|tatsächlich|die wahrheit ist) {fill3} (bin ich|ich bin|werd ich|werde ich) {fill3} (nicht mehr da|nicht mehr hier|nicht mehr am leben|tot|für immer weg) $',
        '(die|alle|sie|er|mama|papa|meine eltern|jeder|alle anderen|mein chef|meine chefin) (denken|denkt|glauben|glaubt|meinen|meint) ... (in wahrheit|in wirklichkeit|dabei|tatsächlich) {fill2} (komm|komme|kehr|kehre) (ich)? (nicht|nie|nie mehr|nicht mehr|nimmer) (zurück|wieder|heim) $',
      ],
    },
    {
      // Round 7. Plans told through place, time and means (act): "so that Mum won't have to find
      // me", the ambulance no one calls this time or that would come too late, drugs taken from
      // the ward "and tonight's the night", fled the emergency room "I'll finish it today", "so
      // someone knows where I was last", "not spoil her holidays, but after", told no one and not
      // coming down again, a countdown with an empty calendar, "it'll look like an accident".
      id: 'de.plan-shapes',
      tier: 'act',
      patterns: [
        'mich {fill2} (finden muss|finden müssen|finden musst|finden müsst|finden müsste|finden müssten|auffinden muss|auffinden müssen|finden zu müssen|auffinden zu müssen)',
        // the "not" belongs to the plan: "damit nicht Mama mich finden muss"
        '(damit|dass|das|sodass|so dass|weil) (nicht|keiner|niemand|nicht ausgerechnet|nicht wieder) {fill3} mich {fill2} (finden muss|finden müssen|finden musst|finden müsste|finden müssten|auffinden muss|auffinden müssen)',
        '(will|möchte|wollte) (nicht|keinesfalls|auf keinen fall) (dass|das) {fill3} mich {fill2} (finden muss|finden müssen|finden musst|finden müsste|finden müssten|auffinden muss|auffinden müssen|finden|auffinden)',
        '{keinerettung}',
        '{abgezweigt} ... ({soweit}|({bald}|heute abend|heut abend) {fill3} (nehm|nehme|schluck|schlucke|spritz|spritze))',
        '{flucht} ... ((bring|bringe|mach|mache|zieh|ziehe) (ich)? (das|es|ichs|das ganze|alles) [{bald}|heute|heut|jetzt|endgültig|endlich|heute nacht] (zu ende|durch) $|{keinerettung})',
        '(weiss|wisst|weisst|wissen|erfährt|erfahrt|erfahren|sagt|sag|sagen) {fill2} wo ich {fill1} (zuletzt|als letztes|am ende|zum schluss|zum letzten mal) (war|gewesen bin|bin|stand|gestanden hab|gesehen wurde)',
        '(will|möchte|mag|wollte|werd|werde|kann|darf) {fill3} nicht {fill5} (versauen|verderben|vermiesen|kaputt machen|kaputtmachen|ruinieren|zerstören|vermasseln|versaun|verhageln) ... (aber|erst|und|doch|dann|und dann) (danach|nachher|hinterher|direkt danach|gleich danach|gleich nachher) $',
        '{unerzaehlt} ... {nichtzurueck}', '{nichtzurueck} ... {unerzaehlt}',
        '{countdown} ... {leerkalender}', '{leerkalender} ... {countdown}', '{leerkalender} ... {danach}',
        '{fahrtod} ... {unfallschein}', '{unfallschein} ... {fahrtod}',
      ],
    },
    {
      // Round 7. Self-harm told in code or as a scald (act): "hab wieder gemalt. und nein, nicht
      // mit Stiften", boiling water over the forearm "war kein Unfall".
      id: 'de.self-harm-shapes',
      tier: 'act',
      softenedBy: ['urge'],
      patterns: [
        '(wieder|schon wieder|heute|heut|gestern|hab|habe|ich|nochmal) {fill3} {codiert} ... [nein|nee|aber|natürlich|nur|und nein|also] {fill1} (nicht|nich) (mit|auf|aufs|auf dem|auf der|mit dem|mit der|mit meinen) {fill1} (stiften|stift|buntstiften|farbe|farben|pinsel|papier|leinwand|kuli|bleistift|edding|filzstift|filzstiften|block|zeichenblock|malblock|wasserfarben|kreide) $',
        '{heissauf} ... (kein|keinen) (unfall|versehen|zufall|ausrutscher)', '{heissauf} {fill3} (absichtlich|mit absicht|extra|mit voller absicht|bewusst)',
      ],
    },
  ],

  // The net (../net.ts): words of five meanings, paired by shared rules into a cue ("das Seil
  // liegt im Kofferraum, für nach der Schicht"). Only German words, specific enough to stay quiet
  // on ordinary lines: no bare "heute", "gekauft" or "Tabletten".
  net: {
    means: [
      'strick', 'schlinge', 'rattengift', 'gift', 'frostschutzmittel', 'rohrreiniger', 'rasierklinge', 'rasierklingen', 'klinge', 'klingen', 'pistole', 'knarre',
      'revolver', 'schlaftabletten', 'schlafmittel', 'überdosis', '{viele} {fill1} {tabletten}', 'messer', 'cuttermesser', 'teppichmesser',
      'brückengeländer', 'autobahnbrücke', 'eisenbahnbrücke', 'dachkante', 'hochhausdach', 'klippe', 'klippen', 'gleise', 'gleisen', 'bahngleise', 'schienen',
      'bahnstrecke', 'staumauer', 'hochhaus', 'haken an der decke', 'dachbalken', 'heizungsrohr', 'welche brücke', 'welcher brücke', 'welches hochhaus', 'welchem stockwerk',
      'alles was ich (brauch|brauche)', 'was ich dafür (brauch|brauche)', 'alles dafür',
    ],
    ready: [
      'gesammelt', 'gehortet', 'gebunkert', 'angespart', 'zusammengespart', 'gezählt', 'versteckt', 'bereitgelegt', 'liegt bereit', 'liegen bereit', 'griffbereit',
      'in der hand', 'in meiner hand', 'neben mir', 'vor mir', 'neben meinem bett', 'auf meinem nachttisch', 'im handschuhfach', 'im kofferraum', 'unter meinem bett',
      'unterm bett', 'getestet', 'ausprobiert', 'ausgesucht', 'rausgesucht', 'gegoogelt', 'recherchiert', 'festgeknotet', 'geknotet', 'geknüpft', 'festgemacht',
      'hält', 'trägt mich', 'schau runter', 'guck runter', 'schaue runter', 'gucke runter', 'steh (am|auf dem|auf der|an der)', 'stehe (am|auf dem|auf der|an der)',
      'alles bereit', 'alles vorbereitet', 'alles beisammen', 'alles zusammen', 'alles dabei', 'alles geplant', 'plan steht', 'entschieden', 'entschluss steht',
    ],
    soon: [
      'heute nacht', 'heut nacht', 'diese nacht', 'noch heute', 'um mitternacht', 'in einer stunde', 'in ner stunde', 'in ein paar stunden', 'vor dem morgengrauen',
      'wenn alle schlafen', 'wenn (alle|die anderen|meine eltern|mama|papa|meine frau|mein mann|mein mitbewohner|meine mitbewohnerin) (schlafen|schläft|weg sind|weg ist|aus dem haus sind|aus dem haus ist|verreist sind|verreist ist|im urlaub sind|im urlaub ist)',
      'bevor (alle|jemand|die anderen|meine eltern|mama|papa|einer) (aufwachen|aufwacht|wach werden|wach wird|aufstehen|aufsteht|heimkommen|heimkommt|nach hause kommen|nach hause kommt)',
      'nach der (spätschicht|nachtschicht|letzten schicht|schicht)', 'nach meiner (schicht|spätschicht|nachtschicht)', 'ist es (so weit|soweit)', 'der tag ist gekommen',
      '(datum|tag|termin) (steht|ist festgelegt|festgelegt|ausgesucht)', 'heute ist der tag', 'dieses wochenende wenn',
    ],
    farewell: [
      'lebt wohl', 'leb wohl', 'lebewohl', 'macht es gut', 'machts gut', 'danke für alles', 'tut mir leid für alles', 'verzeiht mir', 'verzeih mir', 'vergebt mir',
      'ich (hab|habe) euch [alle] lieb', 'ich liebe euch [alle]', 'es war schön mit (euch|dir)', 'passt auf euch auf',
      '(kümmert|kümmer|kümmere) (euch|dich) um (meine|meinen|mein)', 'füttert (meine|meinen|die)', '(mein|meine|meinen) (hund|katze|kater|hunde|katzen|haustiere|tiere) (soll|sollen|kommt|kommen|bekommt)',
      'mein testament', 'alles geregelt', 'alles erledigt', 'angelegenheiten geregelt', '(wohnung|handyvertrag|handy vertrag|vertrag|verträge|konto|abos|versicherung) gekündigt',
      '(meine|meinen|mein|meine ganzen|meinen ganzen|mein ganzes) {besitz} (verschenkt|verteilt|aufgeteilt)', 'meine sachen (meiner|meinem|meinen) {word}', '(letzte|letzten) (nachricht|worte|brief|zeilen)', 'brief (für|an) (euch|alle|mama|papa|meine eltern)',
      'zugangsdaten', 'passwörter', 'pin vom handy', 'sprachnachricht (für|an)',
      'tschüss für immer', 'ciao für immer', 'sorry für alles', 'grüsst alle von mir', '(war|wars) schön (mit euch|euch zu kennen|dass es euch gab)',
      '(werde|werd) euch {fill1} vermissen', 'macht es gut ihr lieben', 'machts gut ihr lieben', 'mich {fill3} (verabschieden|verabschiede|verabschiedet)', 'tut mir leid für (alles|das was)',
      '(sagt|sag) (meiner|meinem|meinen) (mama|papa|eltern|schwester|bruder|familie|mutter|vater)',
    ],
    beyond: [
      '{nachher}', 'wenn ich (weg|tot|nicht mehr da|nicht mehr hier) bin', 'meine beerdigung', 'auf meiner beerdigung', 'nach meinem tod', '(falls|wenn) mir (was|etwas) (passiert|zustösst)',
      '(seid|sei) [bitte] nicht traurig', '(weint|wein) nicht um mich', '(vergesst|vergiss) mich [bitte] nicht', '(ist|war) nicht (eure|deine) schuld', 'keiner ist schuld', 'niemand ist schuld',
      'um (nichts|nix) mehr (kümmern|sorgen)', '(keine|keinen) (sorgen|gedanken) mehr um mich', 'nie wieder (sehen|hören|von mir)', 'werdet mich (finden|nicht mehr sehen)',
      '(brauch|brauche) ich [ja|eh|sowieso|dann|ja eh|dann eh|ja sowieso] (nicht mehr|nimmer)', 'wo ich hingehe', 'für immer (weg|gehen|einschlafen)', 'von mir (hören|lesen)',
      '(sucht|such) mich nicht', '(sucht|such) nicht nach mir', 'ich (geh|gehe) jetzt $', 'ich bin dann (weg|nicht mehr da)', 'meine zeit ist gekommen', 'zeit (für mich)? zu gehen $', '(soll|sollt|muss|braucht) sich (keiner|niemand) schuldig fühlen', 'bevor ich für immer (geh|gehe|gehen)',
    ],
  },

  exclusions: {
    // Round 7. Waking without the one loved (a song line): "ich will nie wieder aufwachen ohne dich".
    'aufwachen-ohne': ['(aufwachen|aufwache|aufzuwachen|aufwach|einschlafen|einzuschlafen) (ohne (dich|ihn|sie|euch)|neben (dir|ihm|ihr))'],
    // Hardy plants and animals: "Kakteen überleben sogar mich", "die Schildkröte wird mich überleben, die werden 100".
    'ueberleben-idiom': ['(überleben|überlebt|überlebe) (sogar|selbst|auch) mich', 'mich {fill2} überleben {fill3} (werden|wird) {fill1} ({number}|hundert|uralt|steinalt|ewig)'],
    // "ob ich das noch erlebe, dass er sich entschuldigt": something that will never happen.
    'erleben-dass': ['(erlebe|erleben|erleben werde|erleben will|erleben würde) (dass|das) (er|sie|es|die|der|man|wir|ihr|du|mein|meine|jemand|jemals|mal|endlich|ich)'],
    // Goodbyes before a move: "vor dem Umzug wollt ich mich von allem verabschieden".
    // Everything that recalls him: "mich von allem verabschieden, was an ihn erinnert".
    'abschied-ex': ['(von allem|von allen dingen) [verabschieden|verabschiede|verabschiedet|zu verabschieden] (was|das|die) {fill4} (ihn|sie|uns|ihm|ihr|erinnert|erinnern|erinnerte|zu tun|gehört|gehörte)'],
    'umzug-abschied': ['(umzug|umziehe|umziehen|umzieh|wegziehe|wegziehen|auswandern|auswandere|ausziehe|ausziehen|auslandssemester|erasmus|auslandsjahr) ... (verabschieden|verabschiede|verabschiedet)'],
    // Staying the night: "bin auf der Hütte, komm heut nicht mehr runter, übernachte hier".
    'uebernachten': ['(komm|komme) {fill2} (nicht mehr|nimmer) (runter|heim|zurück|nach hause) {fill3} (übernachte|übernachten|schlaf|schlafe|penne|pennen|zelte|zelten|hütte|bleib über nacht|bleibe über nacht)'],
    // Painting with something else: "nicht mit Stiften, sondern mit Ölfarbe".
    'malen-sondern': [
      '(nicht|nich) (mit|auf|aufs) {fill2} sondern',
      '(nicht|nich) (mit|auf|aufs) {word} [{word}] mit (den|dem|der)? (fingern|händen|schwamm|spachtel|kreide|spray|aquarell|ölfarbe|ölfarben|acryl|wasserfarben|tusche|pinsel)',
    ],
    // Not there any more because of a new job or a move: "in Wahrheit bin ich ab Montag nicht mehr da, weil ich gekündigt hab".
    // A calendar empty after a move, an exam, a holiday: "nach dem Umzug hab ich nix mehr geplant, endlich Ruhe".
    'kalender-anlass': [
      '(nach|ab) [dem|der|den] (umzug|urlaub|urlaubsbeginn|prüfung|prüfungen|abgabe|klausur|klausuren|examen|abi|semester|kündigung|jobwechsel|hochzeit|geburt|op|operation|reha|abschluss) {fill4} (nichts|nix|keine termine|keinen termin)',
      '(nichts|nix|keine termine) (mehr)? (eingetragen|geplant|im kalender|ausgemacht) {fill3} (endlich|juhu|yay) (ruhe|urlaub|frei|ferien|wochenende)',
    ],
    'nichtmehrda-job': ['(nicht mehr da|nicht mehr hier) {fill3} (weil|da|denn) {fill3} (gekündigt|kündige|umziehe|ziehe um|urlaub|wechsle|neuen job|studiere|auswandere|ausziehe)'],
    // A party's goodbyes, not a last one: "danke für alles ihr lieben, war ein toller abend, passt auf euch auf auf dem heimweg".
    // Hiding, hide and seek: "ich versteck mich im Schrank, bis mich jemand findet".
    verstecken: ['(versteck|verstecke|versteckt|verstecken|verkriech|verkrieche) {fill6} (bis|bevor|wenn) mich'],
    // Counting days without something else: "Tag 1 ohne Zigarette", "Tag 1 ohne ihm zu schreiben".
    'tag-eins': ['(tag|tag nummer) (1|eins|null|0) (ohne|nicht) {fill2} (zigarette|zigaretten|rauchen|alkohol|ihn|sie|kontakt|schreiben|zucker|kippe|kippen|trinken|social media|insta|tiktok|zu schreiben|geschrieben|süsses|handy|kaffee)'],
    party: ['(war|wars|was für) ein (toller|schöner|super|geiler|lustiger|netter|cooler) abend', 'passt auf euch auf {fill3} (heimweg|nachhauseweg|heimfahrt|rückweg|weg nach hause)'],
    // Dying of something else: "ich sterbe vor Hunger", "zum Sterben langweilig", "zu Tode
    // langweilen", "ich lach mich tot", "todmüde", "die Zeit totschlagen".
    'sterben-idiom': [
      '(sterbe|sterb|sterben|stirbt|gestorben|starb|sterbt) vor (hunger|durst|neugier|scham|langeweile|lachen|hitze|kälte|angst|sehnsucht|fremdscham|peinlichkeit|müdigkeit|ungeduld|spannung|lust|liebe|eifersucht|freude|glück|stress|lachanfall)',
      'zum sterben (langweilig|schön|müde|heiss|kalt|öde|schlecht|peinlich)', 'sterbenslangweilig', 'sterbensmüde',
      '(sterb|sterbe|sterben|stirbt) (für|fuer) (dich|ihn|sie|euch|pizza|schokolade)',
      'zu tode {fill1} (langweilen|gelangweilt|langweile|erschrocken|erschrecken|schämen|geschämt|schäme|ärgern|geärgert|ärgere|lachen|gelacht|arbeiten|gearbeitet|lieben|geliebt|fürchten|gefürchtet|hungern)',
      '(lach|lache|lacht|lachen) {fill1} (mich|uns|dich) tot', 'totgelacht', 'todmüde', 'totmüde', 'todschick', 'todernst', 'todsicher',
      '(lieber|besser) (tot|sterben|sterbe|sterb) als {fill3} (ihm|ihr|ihn|sie|dich|nochmal|wieder|zurück|zu|schreiben|anrufen|betteln|rot)',
      'totgesagte leben länger',
    ],
    // Someone else's "killing" me: "meine Mutter bringt mich um", "er will mich umbringen", "ich
    // bringe mich um den Schlaf".
    'umbringen-idiom': [
      '(mutter|mama|vater|papa|eltern|chef|chefin|lehrer|lehrerin|er|sie|es|trainer|freundin|freund|bruder|schwester|oma|opa|man|liebeskummer|das|der|die|trennung|typ|ex) (wird|will|würde|wollte|bringt|bringen|wollen) mich {fill3} ({umbringen}|um)',
      '(bring|bringe|bringt|bringen) (mich|dich|uns) {fill2} um (den|das|meinen|meine|mein|jeden|allen|seinen|ihren|den letzten) {word}',
      '(bring|bringe|bringt|bringen) (mich|dich|uns) {fill2} um die (nerven|ruhe|zeit|chance|freude|vernunft|beherrschung|fassung|arbeit|kohle|ehre|ecke rum|existenz)',
      '(könnte|könnt) mich {fill1} (selbst|selber)? (umbringen|ohrfeigen|in den arsch beissen)',
      '(bereit|würde|würd) {fill2} (zu sterben|sterben) für {word}',
      // ending it with him, the relationship: "ich will es mit ihm beenden"
      '(es|das|alles) (mit|zwischen) (ihm|ihr|dir|uns|ihnen|meinem freund|meiner freundin|meinem ex|meiner ex|dem typen) {fill2} (beenden|zu beenden|beendet)',
    ],
    // Getting hung up on, hanging out, washing: "ich häng mich nicht an Kleinigkeiten auf",
    // "häng heut mit den Mädels ab", "Wäsche aufhängen".
    'haengen-idiom': [
      '(häng|hänge|hängt|hängen|hing) (mich|dich|sich|uns) [nicht|nie|da|daran|dran|immer|so] {fill3} (an|wegen|bei) {fill4} auf',
      '(häng|hänge|hängt|hängen) (mich|dich|sich|uns) (daran|dran|da) {fill1} auf',
      '(häng|hänge|hängen) {fill3} ab', '(wäsche|bilder|bild|poster|lichterkette|vorhänge) {fill2} (aufhängen|aufgehängt|aufzuhängen)',
    ],
    // Cutting and burning oneself by accident: "beim Kochen geschnitten", "in den Finger
    // geschnitten", "die Finger verbrannt" (also the idiom), "Haare geschnitten".
    'schneiden-idiom': [
      'beim (kochen|schneiden|zwiebelschneiden|gemüseschneiden|rasieren|basteln|backen|bügeln|grillen|abwaschen|spülen|handwerken|arbeiten|joggen|laufen|training|sport|fussball|wandern|radfahren|klettern|skaten|tanzen|spielen|gärtnern|heckeschneiden)',
      '(mir|mich) {fill6} beim (joggen|laufen|training|sport|fussball|wandern|radfahren|klettern|skaten|tanzen|spielen|gärtnern|heckeschneiden|kochen|rasieren|backen|grillen)',
      '(katze|kater|hund|welpe|dornen|brombeeren|brombeerbusch|gebüsch|busch|rosen|rosenbusch|ast|äste|zweige|baby|kind|meerschweinchen|hamster|kaninchen|papagei|wellensittich) {fill6} (zerkratzt|aufgekratzt|gekratzt|zerbissen|gebissen|blutig gekratzt|blutig gebissen)',
      '(in den|in die|den|die|am) (finger|daumen|fingern) {fill2} (geschnitten|verbrannt|geritzt)',
      '(finger|zunge|mund|gaumen) (verbrannt|verbrennen|verbrenne)', '(haare|pony|spitzen|nägel) {fill2} (geschnitten|abgeschnitten|schneiden)',
      '(schneid|schneide|geschnitten) {fill2} (kontakt|ihn|sie|aus meinem leben)',
    ],
    // Jumping at things: "ins kalte Wasser springen", "über meinen Schatten springen",
    // "Fallschirm springen", "auf den Zug aufspringen".
    'springen-idiom': [
      '(ins kalte wasser|über {fill1} schatten|fallschirm|bungee|trampolin|vom zehner|vom 10er|vom dreier|vom sprungturm|vom beckenrand|in den pool|in den see|ins wasser|ins becken|in die bresche|aus dem bett|auf den zug|seil) {fill2} (springen|springe|spring|gesprungen|zu springen|aufspringen|sprang)',
    ],
    // Suicide of something else: "politischer Selbstmord", "Selbstmordkommando", "das ist doch
    // Selbstmord (bei dem Wetter)".
    'selbstmord-idiom': [
      '(politischer|beruflicher|sozialer|finanzieller|wirtschaftlicher|politischen|beruflichen|sozialen|finanziellen) (selbstmord|suizid)',
      '(selbstmordkommando*|selbstmordattentat*|selbstmordattentäter*|selbstmordmission*|selbstmordanschlag*)', 'suicide squad',
      '(das|es) (ist|wäre|war) (ja|doch|reiner|glatter|quasi|praktisch) (selbstmord|suizid)',
      '(bist|seid|ist|sind) (du|ihr|er|sie) {fill2} lebensmüde',
    ],
    // Disappearing from social media, a weight off: "ich verschwinde mal von Insta", "eine Last
    // weniger", "für immer aus meinem Leben verschwinden" (said of the ex).
    'verschwinden-idiom': [
      '(kann|konnte) (nicht mehr|nimmer) (haha*|lol|xd|lmao|ahah*|hihi*)', '(haha*|lol|xd|lmao|ahaha*|hihi*) {fill3} (kann|konnte) (nicht mehr|nimmer)',
      'hoffnung mehr (dass|das|auf)', 'suchtdruck (nach|auf) {word}', '(am ende) mit (meinen|den) nerven', 'mit (meinen|den) nerven {fill1} am ende',
      '(verschwinde|verschwinden) (mal|kurz|ne weile|eine weile|von insta|von instagram|aus der gruppe|vom radar|aus dem chat|von social media)',
      '(aus|von) (meinem|seinem|ihrem|deinem) leben (verschwinden|verschwindet|verschwunden)',
      '(last|stein) von (den|meinen|meiner) (schultern|schulter|herzen)', 'eine last weniger', 'zur last (legen|gelegt)',
    ],
    // Goodbyes at work and to a flat: "verabschiede mich von allen" (last day at work), "die
    // letzte Nachricht, die ich ihm geschickt hab".
    'abschied-idiom': [
      '(letzter arbeitstag|letzten arbeitstag|kollegen|kollegin|büro|job|firma|umzug|wohnung|kuchen) {fill6} (verabschiede|verabschieden|abschied)',
      '(verabschiede|verabschieden) {fill3} (kollegen|kollegin|büro|job|firma|arbeit|wohnung|stadt)',
      '(verabschiede|verabschieden) {fill4} (von|aus) (insta|instagram|social media|tiktok|facebook|der gruppe|dem chat|twitter|whatsapp)',
      'letzte (nachricht|worte|brief) an (dich|ihn|sie|meinen ex|meine ex)',
      '(ex|exfreund|exfreundin|ihm|ihr|ihn|er|sie) {fill3} (letzte|letzten) (nachricht|worte|zeilen|brief|sms|message)',
      '{besitz} (von|vom) (meinem|meiner|dem|der)? (ex|exfreund|exfreundin|ihm|ihr)',
      '(von|vom) (meinem|meiner|dem|der)? (ex|exfreund|exfreundin) {fill3} (verschenkt|verteilt|weggegeben|gegeben|geschenkt|abgegeben|vermacht) ... (nicht mehr|nimmer)', '(seine|ihre|seinen|ihren) {fill1} {besitz} {fill3} (verschenkt|verteilt|weggegeben)',
      '(party|feier|fete|geburtstag|hochzeit|konzert|festival|abschiedsfeier|urlaub|reise|klassenfahrt) {fill6} (verabschiedet|verabschiede|verabschieden)',
      '(es ist aus|aus und vorbei|ist vorbei|es ist vorbei|schluss) (tschüss|ciao|bye) für immer', 'für immer (von|aus) (ihm|ihr|dir|der beziehung|meinem ex)',
      '(tschüss|ciao|servus) (zusammen|allerseits) (bis|und bis|schönes|schönen|gute nacht|morgen)',
    ],
    // a second try at something else: "letztes Jahr hats mit dem Abi nicht geklappt, diesmal mach ichs richtig"
    'zweiter-versuch': [
      '(mit|bei|beim) (dem|der|den|uns|ihm|ihr|meinem|meiner|meinen|abi|führerschein|studium) {fill2} (nicht geklappt|nicht funktioniert|schiefgegangen|schief gegangen)',
      '(abi|abitur|prüfung|klausur|führerschein|diät|bewerbung|studium|abnehmen|rauchen|beziehung|job|mathe|examen|ausbildung|marathon|fahrprüfung) {fill6} (nicht geklappt|nicht funktioniert|schiefgegangen|schief gegangen|versucht)',
      'motor {fill1} (läuft|laufen|lassen) warm', '(aus der garage|rausfahren|ausparken|einparken|in die garage fahren|reparatur|werkstatt|mechaniker)', 'motor {fill2} (warmlaufen|warm laufen|warm werden|reparier*|prüfen|checken|klingt|macht geräusche)',
      '(mit|bei|in) (ihm|ihr|dir|uns|dem|der|diesem|dieser|meinem|meiner|dem job|der firma|der stadt) {fill3} (keine|kein) (zukunft|perspektive)',
      '(keine|kein) (zukunft|perspektive) (mit|bei|in|als) {word}',
      '(weg|raus) (will|möchte|wollte) (aus|von|nach|in|zu|hier)',
      '(erwischt|erwischen|erwischte) mich (der|die|das|meine|mein|keiner|niemand|jemand) {fill1} (chef|chefin|lehrer|lehrerin|mama|papa|mutter|vater|polizei|kontrolleur|kontrolle|blitzer|freundin|freund|ex|eltern|bruder|schwester|regen|schauer)',
      '(chef|chefin|lehrer|lehrerin|polizei|kontrolleur|blitzer|ex|mama|papa|eltern) {fill3} mich {fill2} erwischt',
    ],
    // someone else's accident or illness, wished in anger: "wünsch mir, der Chef hätte einen Unfall"
    'fremdunfall-idiom': [
      '(der|die|das|er|sie|ihm|ihr|chef|chefin|ex|typ|lehrer|lehrerin|nachbar|nachbarin) (hätte|hat|hätt|kriegt|kriegen|bekommt|bekäme|baut|baute) (einen|ein|eine|nen|ne|n) (unfall|autounfall|krankheit|herzinfarkt|tumor|platten|durchfall)',
    ],
    // Means in ordinary life: "Springseil", "Allergietabletten", "die Pille".
    // network and streaming passwords: "das WLAN-Passwort steht auf dem Router"
    'passwort-idiom': [
      '(wlan|wifi|router|netflix|spotify|gast|gäste|gästewlan|disney|prime|amazon|schul|uni|arbeits) {fill1} (passwort|code|pin|zugangsdaten|passwörter)',
      '(passwort|code|pin|zugangsdaten) {fill2} (vom|von dem|für das|fürs|für den) (wlan|wifi|router|netflix|spotify|gästewlan|schloss|fahrradschloss|spind|tor)',
      '(steht|stehen|ist|klebt) (auf|unter|hinten auf) (dem|der) (router|rückseite|packung|karte|box)',
    ],
    // moving away: "vergesst mich nicht, wenn ich nach Australien ziehe"
    'umzug-idiom': [
      '(vergesst|vergiss) mich [bitte] nicht {fill2} (wenn|während|solange) ich (in|nach|im|ins|auf|zu) {fill3} (bin|ziehe|zieh|wohne|studiere|arbeite|lebe)',
      '(wenn|während|solange|sobald) ich (in|nach|im|ins|auf|zu) {fill3} (bin|ziehe|zieh|wohne|studiere|arbeite|lebe) {fill2} (vergesst|vergiss) mich [bitte] nicht',
    ],
    // a goodbye that says when we meet again: "danke für alles, hab euch lieb, bis nächstes Jahr"
    'wiedersehen-idiom': [
      '(machts gut|macht es gut|passt auf euch auf|lebt wohl|hab euch lieb|danke für alles|ich liebe euch) {fill2} (bis|wir sehen uns|sehen uns|man sieht sich) (bald|morgen|später|nächstes|nächste|dann|heute|am|im|zum|in|sonntag|montag|dienstag|mittwoch|donnerstag|freitag|samstag)',
      '(hab euch lieb|habe euch lieb|hab dich lieb|ich liebe euch|ich liebe dich|danke für alles|verzeiht mir|vergesst mich nicht|seid nicht traurig) {fill6} (bis|wir sehen uns|sehen uns|man sieht sich) (bald|morgen|später|nächstes|nächste|dann|heute|am|im|zum|in|sonntag|montag|dienstag|mittwoch|donnerstag|freitag|samstag|zum nächsten)',
    ],
    // gone from an app: "ich bin für immer offline von Tinder"
    'offline-idiom': [
      '(offline|abgemeldet|ausgeloggt) (von|bei|auf|aus) (insta|instagram|tinder|tiktok|facebook|whatsapp|snapchat|social media|twitter|x|bumble|hinge|dating apps|datingapps|der app|allen apps|discord|reddit)',
    ],
    'mittel-idiom': [
      '(springseil|kletterseil|seilbahn|seil springen|am seil)', 'seil (für|zum) (die|den|das)? (schaukel|klettern|wäsche|boot|hund|garten|zelt|hängematte|slackline|tauziehen|kletterhalle|sport|turnen)', '(allergietabletten|kopfschmerztabletten|vitamintabletten|lutschtabletten|eisentabletten)',
      '{tabletten} (gegen|für die|für den) (allergie|kopfschmerzen|kopfweh|migräne|erkältung|husten|schilddrüse|blutdruck|heuschnupfen)',
    ],
  },

  negations: ['nicht', 'nie', 'niemals', 'kein', 'keine', 'keinen', 'keinem', 'keines', 'nichts', 'weder', 'keinesfalls', 'auf keinen fall', 'garnicht'],
  /** Phrases with a negation word that negate nothing: "keinen Ausweg", "keinen Sinn", "nicht mehr aushalten". */
  notNegations: [
    '(kein|keine|keinen) (ausweg|sinn|grund|bock|lust|hoffnung|kraft|zukunft|perspektive|andere wahl|andere möglichkeit|anderen ausweg|plan|ahnung|energie|nerv|nerven)',
    'nicht mehr (aus|aushalten|ertragen|weiter|kann|können|schlafen|essen)', 'nicht (gut|ok|okay|so gut|mehr weiter)', 'nichts mehr (zu verlieren|sinn)',
    'nicht nur', 'nicht mal', 'nicht einmal', 'nie wieder (glücklich|gut)',
    // food and things left: "soll ja nix vergammeln"
    '(nichts|nix) (vergammeln|verderben|schimmeln|rumliegen|liegen bleiben|übrig bleiben|verkommen|vergammelt|verdirbt|schimmelt|offen bleiben)',
  ],
  wideNegations: [
    'nicht dass', 'nicht das', 'nicht so dass', 'nicht als ob', 'nicht so als ob', 'heisst nicht dass', 'heisst nicht', 'bedeutet nicht',
    'glaub nicht dass', 'glaube nicht dass', 'denk nicht dass', 'denke nicht dass', 'keine angst', 'auf keinen fall',
  ],
  clauseWords: [
    'aber', 'und', 'denn', 'weil', 'doch', 'sondern', 'oder', 'trotzdem', 'also', 'dann', 'obwohl', 'ausser', 'lol', 'haha', 'xd',
    'digga', 'alter', 'oida', 'ehrlich', 'jedenfalls', 'egal', 'sorry', 'sry',
  ],
  subjects: ['ich', 'i', 'du', 'er', 'sie', 'es', 'wir', 'ihr', 'man'],
  urges: [
    'will', 'möchte', 'möcht', 'würde', 'würd', 'gern', 'gerne', 'muss', 'lust', 'drang', 'druck', 'bedürfnis', 'verlangen', 'suchtdruck',
    'werde', 'werd', 'denke an', 'denk an', 'überlege', 'überleg', 'kurz davor', 'versuche', 'versuch', 'könnte', 'sollte', 'wünsch*', 'wott',
    'impuls', 'zwang', 'am liebsten',
  ],
  reassurances: [
    '(ich|i) (mach|mache|tu|tue) (nix|nichts|schon nichts|nichts dummes|nix dummes) $', '(werd|werde|würde) (es|das) (nie|nicht|niemals) (tun|machen)',
    '(ich bin|bin) (in sicherheit|sicher|safe)', '(tu|tue) mir (nix|nichts) an', 'ich (mach|tu) (nix|nichts) versprochen', 'keine sorge ich (mach|mache|tu) (nix|nichts)',
  ],

  shorthand: {
    // umlauts typed as ae, oe, ue (only words these rules use: "neue" must stay "neue")
    waere: 'wäre', waer: 'wär', waers: 'wärs', waeren: 'wären', wuerde: 'würde', wuerd: 'würd', wuerds: 'würds', wuerden: 'würden',
    moechte: 'möchte', moecht: 'möcht', muede: 'müde', lebensmuede: 'lebensmüde', koennte: 'könnte', toeten: 'töten', toete: 'töte',
    fuer: 'für', ueber: 'über', ueberdosis: 'überdosis', haenge: 'hänge', haeng: 'häng', aufhaengen: 'aufhängen', erhaengen: 'erhängen',
    wuensche: 'wünsche', wuenschte: 'wünschte', wuensch: 'wünsch', bruecke: 'brücke', gaebe: 'gäbe', fuehle: 'fühle', fuehl: 'fühl',
    tschuess: 'tschüss', loesung: 'lösung', hoeren: 'hören', hoert: 'hört', rueckfall: 'rückfall', rueckfaellig: 'rückfällig',
    kuemmert: 'kümmert', ueberlege: 'überlege', ueberleg: 'überleg', darueber: 'darüber', drueber: 'drüber', ertraenken: 'ertränken',
    stuerzen: 'stürzen', stuerze: 'stürze', haette: 'hätte', koerper: 'körper', schluessel: 'schlüssel', huefte: 'hüfte', gelaender: 'geländer', toedlich: 'tödlich', toedliche: 'tödliche',
    // spoken and texted German
    hab: 'habe', habs: 'habe es', nen: 'einen', ne: 'eine', n: 'ein', nem: 'einem', ner: 'einer', grad: 'gerade',
    nix: 'nichts', nich: 'nicht', nicth: 'nicht', nciht: 'nicht', ned: 'nicht', net: 'nicht', nit: 'nicht', machs: 'mache es',
    ichs: 'ich es', wenns: 'wenn es', wärs: 'wär es', wirds: 'wird es', isses: 'ist es', iwie: 'irgendwie', vllt: 'vielleicht', jz: 'jetzt', jetz: 'jetzt', kb: 'kein bock',
    garnich: 'gar nicht', garnicht: 'gar nicht', gehts: 'geht es',
    // Bavarian and Austrian
    i: 'ich', mi: 'mich', di: 'dich', nimma: 'nicht mehr', nimmer: 'nicht mehr', mog: 'mag', hob: 'habe', liabsten: 'liebsten',
    liaba: 'lieber', do: 'da', ois: 'alles', olle: 'alle',
    // Swiss German
    wüll: 'will', umbringa: 'umbringen', umbringn: 'umbringen', sterbn: 'sterben', lebn: 'leben', wott: 'will', wotti: 'will ich', wett: 'möchte', nüm: 'nicht mehr', nümm: 'nicht mehr', nüme: 'nicht mehr', nümme: 'nicht mehr',
    nöd: 'nicht', nid: 'nicht', läbe: 'leben', stärbe: 'sterben', umbringe: 'umbringen', cha: 'kann', chan: 'kann', isch: 'ist',
    nüt: 'nichts', niemer: 'niemand', niemert: 'niemand', ufwache: 'aufwachen', wür: 'würde', gärn: 'gern', hani: 'habe ich',
    'tot si': 'tot sein', 'da si': 'da sein',
    // Bavarian and Austrian participles: "a ganze packung eingschmissn", "olle tablettn gschluckt"
    einigschmissn: 'eingeschmissen', eingschmissn: 'eingeschmissen', einegschmissn: 'eingeschmissen', gschmissn: 'geschmissen', gschluckt: 'geschluckt',
    ka: 'keine', koa: 'keine', kan: 'keinen', koan: 'keinen', gnommen: 'genommen', gnomma: 'genommen', gfressn: 'gefressen', packerl: 'packung', tablettn: 'tabletten', eineghaut: 'reingehauen', einighaut: 'reingehauen',
    'sui gedanken': 'suizidgedanken',
    // more umlauts typed as ae, oe, ue
    naechste: 'nächste', naechsten: 'nächsten', kuemmern: 'kümmern', loeschen: 'löschen', loesch: 'lösch', loesche: 'lösche', dafuer: 'dafür',
    gekuendigt: 'gekündigt', ueberwiesen: 'überwiesen', zurueck: 'zurück', zurueckholen: 'zurückholen', zurueckzuholen: 'zurückzuholen',
    aufgeraeumt: 'aufgeräumt', haetts: 'hätte es', hätts: 'hätte es', aufwach: 'aufwache', fuern: 'für den', fürn: 'für den',
    hättens: 'hätten es', haettens: 'hätten es', wärens: 'wären es', ueberleben: 'überleben',
    // round 7: Swiss ("für wän söll ich no da si", "kei grund meh am morge ufzstah", "bi elei ufe grat ... ich chume hüt nüm abe")
    wän: 'wen', söll: 'soll', 'no da si': 'noch da sein', 'no da sii': 'noch da sein', 'no läbe': 'noch leben', kei: 'kein', meh: 'mehr', morge: 'morgen',
    ufzstah: 'aufzustehen', ufstah: 'aufstehen', eifach: 'einfach', 'ich ha': 'ich habe', bi: 'bin', elei: 'allein', ellei: 'allein', ufe: 'rauf', ufem: 'auf dem',
    niemertem: 'niemandem', niemerem: 'niemandem', öppis: 'etwas', gseit: 'gesagt', obe: 'oben', chume: 'komme', chumm: 'komme', hüt: 'heute', abe: 'runter',
    // Austrian ("servas leutln, danke für de jahre, woar schee mit eich ... i brauch eam nimma, passts auf eich auf")
    servas: 'servus', leutln: 'leute', woar: 'war', schee: 'schön', eich: 'euch', passts: 'passt', eam: 'ihn', 'für de': 'für die',
    wohnungsschlüssl: 'wohnungsschlüssel', schlüssl: 'schlüssel', autoschlüssl: 'autoschlüssel',
  },

  crisisWords: ['selbstmord', 'suizid', 'suizidal', 'umbringen', 'sterben', 'lebensmude', 'ritzen', 'geritzt', 'erhangen', 'abschiedsbrief', 'leben'],
  repairs: ['umbringen', 'umzubringen', 'selbstmord', 'suizid', 'lebensmude', 'abschiedsbrief', 'uberdosis', 'selbstmordgedanken', 'suizidgedanken'],
  notTypos: ['umbringe', 'suizide', 'selbstmorde', 'suicidal', 'suicide', 'suicidio'],
  glueWords: ['ich', 'will', 'mich', 'mir', 'das', 'leben', 'nehmen', 'nicht', 'mehr', 'an', 'denke', 'bin', 'so'],
};
