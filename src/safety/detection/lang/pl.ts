/**
 * Polish. Word classes first (the building blocks), then the phrase families, then the idioms
 * that must stay quiet, then negation and shorthand. Patterns are in the DSL of `../dsl.ts`:
 * words, `{class}`, `(a|b)` one of, `[x]` optional, `{fill2}` up to two other words, `word*`
 * any ending, `^`/`$` start/end of a sentence.
 *
 * Everything is matched after normalisation: lower case, Polish letters folded ("się" → "sie",
 * "żyć" → "zyc", "łyknęłam" → "lyknelam"), doubled letters folded ("oddałam" → "odalam"). Patterns
 * are folded the same way, so they are written here with diacritics, as people write when they
 * take the time, and match the same words typed without them.
 *
 * Polish says "myself" with the little word "się" (or "sobie"), which may stand before or after
 * the verb and let a word or two in between: "chcę się zabić", "zabiję się", "chyba się dziś
 * zabiję". The families write both orders, and `{soon}` lists the few words allowed in between.
 * Only first-person and infinitive forms are listed: "mama mnie zabije" ("mum will kill me") is
 * not about the person, and a past "zabiłam się" only occurs in "prawie się zabiłam" (an accident).
 *
 * @module
 */
import type { LanguageSpec } from '../language.ts';

export const pl: LanguageSpec = {
  code: 'pl',
  scripts: ['latin'],

  classes: {
    // --- little words ---
    /** "Myself" as the reflexive "się" (the dative "sobie" is written out where it belongs). */
    sie: ['się'],
    sobie: ['sobie', 'se'],
    /** Short words that may stand between "się" and its verb: "się DZIŚ zabiję", "się CHYBA powieszę". */
    soon: [
      'dziś', 'dzisiaj', 'jutro', 'zaraz', 'chyba', 'po prostu', 'w końcu', 'w nocy', 'dziś w nocy', 'dzisiaj w nocy', 'serio',
      'naprawdę', 'normalnie', 'kurwa', 'już', 'wreszcie', 'też', 'teraz', 'niedługo', 'sama', 'sam', 'pewnie', 'tu', 'tutaj',
      'w weekend', 'jeszcze dziś', 'znowu', 'znów', 'kiedyś', 'w końcu', 'wtedy', 'chyba po prostu', 'dzisiaj', 'zwyczajnie', 'sobie',
    ],
    /** Wanting, intending, deciding (before an infinitive): "chcę", "zamierzam", "postanowiłam". */
    want: [
      'chcę', 'chcem', 'chciałabym', 'chciałbym', 'chciałam', 'chciałem', 'chcę już', 'chcę tylko', 'po prostu chcę', 'tylko chcę',
      'zamierzam', 'planuję', 'postanowiłam', 'postanowiłem', 'zdecydowałam', 'zdecydowałem', 'mam zamiar', 'mam ochotę',
      'muszę', 'jestem gotowa', 'jestem gotowy', 'próbowałam', 'próbowałem', 'spróbuję', 'myślę żeby', 'myślę o tym żeby',
      'myślałam żeby', 'myślałem żeby', 'najchętniej bym', 'marzę żeby', 'pragnę', 'rozważam', 'mam myśli żeby', 'mam ochotę',
      '(marzę|myślę|myślałam|myślałem|marzyłam|marzyłem|myśle) o tym (żeby|by|aby)', 'chcę po prostu', 'po prostu chciałabym',
      'idę',
    ],
    /** Deciding, planning, trying (stronger than wanting): "postanowiłam umrzeć" is intent, "chcę umrzeć" a wish. */
    decide: [
      'zamierzam', 'planuję', 'postanowiłam', 'postanowiłem', 'zdecydowałam', 'zdecydowałem', 'mam zamiar', 'jestem gotowa', 'jestem gotowy',
      'próbowałam', 'próbowałem', 'spróbuję', 'idę', 'zaraz', 'dziś', 'dzisiaj', 'w końcu', 'pora', 'czas',
    ],
    /** Saying it is meant: "naprawdę", "nie przesadzam", "serio". A wish said in earnest is intent. */
    serious: [
      'naprawdę', 'serio', 'na serio', 'nie przesadzam', 'nie żartuję', 'poważnie', 'mówię poważnie', 'całkiem poważnie', 'bez żartów',
      'to nie żart', 'nie dramatyzuję', 'nie wyolbrzymiam', 'na poważnie', 'już', 'mam dość',
    ],
    /** Killing (first person and infinitive only): "zabić", "zabiję", "zabiłabym". */
    zabic: ['zabić', 'zabiję', 'zabijam', 'zabijać', 'zabiłabym', 'zabiłbym', 'zabiła bym', 'zabił bym', 'zajebać', 'zajebię'],
    /** Other ways of killing oneself, with "się": hang, drown, poison, starve, shoot, overdose on drugs. */
    killverb: [
      'powiesić', 'powieszę', 'powiesiłabym', 'powiesiłbym', 'wieszać', 'utopić', 'utopię', 'otruć', 'otruję', 'zagłodzić',
      'zagłodzę', 'zaćpać', 'zaćpam', 'zastrzelić', 'zastrzelę', 'zachlać', 'zapić', 'podpalić', 'podpalę', 'udusić', 'uduszę',
    ],
    /** Dying, as something wanted: "umrzeć", "zdechnąć", "zginąć", "nie żyć". */
    die: [
      'umrzeć', 'zdechnąć', 'zginąć', 'przestać żyć', 'odejść z tego świata',
      '(po cichu|spokojnie|szybko|cicho|w końcu|wreszcie|po prostu|już) (umrzeć|zdechnąć|zginąć)',
      // slang for dying
      'kopnąć w kalendarz', 'wąchać kwiatki od spodu', 'gryźć ziemię', 'wyciągnąć kopyta', 'odwalić kitę', 'zejść z tego świata',
      'przekręcić się', 'wyzionąć ducha', 'zejść na zawał',
    ],
    /** The same slang in the first person future: "kopnę w kalendarz", "wyciągnę kopyta". */
    dieSoon: [
      'kopnę w kalendarz', 'wyciągnę kopyta', 'odwalę kitę', 'zejdę z tego świata', 'przekręcę się', 'wyzionę ducha', 'będę wąchać kwiatki od spodu',
      'zdechnę', 'umrę', 'zginę',
    ],
    /**
     * Cutting as done or being done (first person only, no infinitive): "tnę", "pocięłam". The
     * infinitive says it is wanted, feared or refused ("ciąć się już nie będę"): {cutTo}, an urge.
     */
    cutDone: [
      'tnę', 'potnę', 'natnę', 'pokaleczę', 'okaleczę', 'cięłam', 'ciąłem', 'pocięłam', 'pociąłem', 'porżnęłam', 'porżnąłem', 'nacięłam',
      'naciąłem', 'pokaleczyłam', 'pokaleczyłem', 'okaleczam', 'okaleczyłam', 'okaleczyłem', 'kaleczę', 'kaleczyłam', 'kaleczyłem',
      'samookaleczam', 'samookaleczyłam', 'samookaleczyłem', 'cięłem', 'skrzywdzę', 'skrzywdziłam', 'skrzywdziłem', 'krzywdzę', 'krzywdziłam',
    ],
    cutTo: ['ciąć', 'pociąć', 'kaleczyć', 'okaleczać', 'samookaleczać', 'pokaleczyć', 'okaleczyć', 'naciąć'],
    /** Living, as in "don't want to live". */
    live: ['żyć', 'istnieć', 'dalej żyć', 'tak żyć', 'już żyć', 'dłużej żyć', 'żyć dalej', 'żyć dłużej'],
    /** Cutting oneself (first person, and the infinitive): "tnę", "pocięłam", "ciąć". */
    cut: [
      'tnę', 'potnę', 'natnę', 'pokaleczę', 'okaleczę', 'cięłam', 'ciąłem', 'pocięłam', 'pociąłem', 'porżnęłam', 'porżnąłem', 'nacięłam', 'naciąłem', 'pokaleczyłam',
      'pokaleczyłem', 'okaleczam', 'okaleczyłam', 'okaleczyłem', 'kaleczę', 'kaleczyłam', 'kaleczyłem', 'samookaleczam',
      'samookaleczyłam', 'samookaleczyłem', 'ciąć', 'pociąć', 'kaleczyć', 'okaleczać', 'samookaleczać', 'cięłam', 'cięłem',
      'skrzywdzić', 'skrzywdzę', 'skrzywdziłam', 'skrzywdziłem', 'krzywdzę', 'krzywdzić', 'krzywdziłam', 'okaleczać',
    ],
    body: [
      'ręce', 'rękę', 'ręka', 'ręki', 'rękach', 'rąk', 'nadgarstki', 'nadgarstek', 'nadgarstkach', 'uda', 'udo', 'udach', 'nogi',
      'nogę', 'nogach', 'ramię', 'ramiona', 'ramieniu', 'brzuch', 'brzuchu', 'przedramię', 'przedramiona', 'skórę', 'skórze',
      'żyły', 'żyłę', 'łydki', 'biodra', 'dłoń', 'dłonie', 'rękę', 'nadgarstka',
    ],
    /** Pills and what they come in. */
    pills: [
      'tabletki', 'tabletek', 'tabletkami', 'tabsy', 'tabsów', 'prochy', 'prochów', 'leki', 'leków', 'lekami', 'nasenne',
      'nasennych', 'psychotropy', 'psychotropów', 'antydepresanty', 'antydepresantów', 'paracetamol', 'paracetamolu', 'apap',
      'apapu', 'ibuprom', 'ibupromu', 'xanax', 'xanaxu', 'relanium', 'hydroksyzyna', 'hydroksyzyny', 'pigułki', 'pigułek',
      'piguły', 'pigułami', 'opakowanie', 'opakowania', 'blister', 'blistry', 'listek', 'listki', 'leki nasenne', 'tabletki nasenne',
      'kwetiapina', 'kwetiapiny', 'tramal', 'tramadol', 'tramadolu', 'insulinę', 'insuliny', 'pills'
    ],
    /** A lot of them: "wszystkie", "całe opakowanie", "garść", "30". */
    many: [
      'wszystkie', 'wszystko', 'całe', 'całą', 'cały', 'całe opakowanie', 'całą paczkę', 'całą fiolkę', 'całe pudełko',
      'dwa opakowania', 'trzy opakowania', 'kilka opakowań', 'parę opakowań', 'garść', 'garści', 'garściami', 'mnóstwo', 'kupę',
      '{bignumber}', 'z {bignumber}', 'cały listek', 'cały blister', 'dwa listki', 'kilka listków', 'paczkę', 'fiolkę', 'pudełko',
      'słoik', 'wszystkie moje', 'dużo', 'za dużo', 'masę', 'wszystkie swoje', 'resztę', 'kilkadziesiąt', 'dwadzieścia',
      'trzydzieści', 'czterdzieści', 'pięćdziesiąt', 'sto', 'pół', 'pół opakowania', 'połowę', 'pół paczki', 'pół listka', 'pół butelki',
    ],
    /** Swallowing or taking: "połknęłam", "łyknęłam", "wzięłam", "zażyłam". */
    swallow: [
      'połknęłam', 'połknąłem', 'łyknęłam', 'łyknąłem', 'wzięłam', 'wziąłem', 'zażyłam', 'zażyłem', 'zjadłam', 'zjadłem',
      'wypiłam', 'wypiłem', 'połknę', 'łyknę', 'wezmę', 'zażyję', 'połknąć', 'łyknąć', 'wziąć', 'zażyć', 'wpierdoliłam',
      'wciągnęłam', 'wciągnąłem', 'nałykałam się', 'nałykałem się', 'łykam', 'połykam', 'biorę',
    ],
    /** Where people jump from (said with "z" or "przez"): "z mostu", "przez okno". */
    height: [
      'mostu', 'dachu', 'okna', 'okno', 'balkonu', 'balkon', 'wieżowca', 'bloku', 'klifu', 'wiaduktu', 'piętra', 'skały', 'skarpy',
      'parapetu', 'mostu kolejowego', 'dachu bloku', 'dachu wieżowca', 'kładki', 'urwiska', 'ósmego piętra', 'dziesiątego piętra',
      'dziewiątego piętra', 'balustrady', 'tarasu',
    ],
    /** Where people stand before jumping (said with "na"): "na moście", "na dachu". */
    edge: ['moście', 'dachu', 'wiadukcie', 'klifie', 'dachu bloku', 'dachu wieżowca', 'kładce', 'skarpie', 'moście kolejowym', 'torach', 'balkonie'],
    /** The very edge, alarming by itself: "na krawędzi dachu", "na barierce mostu". */
    brink: [
      'balustradzie', 'barierce', 'gzymsie', 'urwisku', 'torach', 'barierce mostu', 'balustradzie balkonu', 'balustradzie mostu',
      '(krawędzi|skraju|brzegu) [{word}] (dachu|mostu|urwiska|klifu|wieżowca|bloku|przepaści|peronu|balkonu|skały|wiaduktu|okna|parapetu|torów|budynku|kamienicy)',
      '(krawędzi|skraju) $',
    ],
    /** Standing, sitting, being somewhere (first person). */
    standing: ['stoję', 'siedzę', 'stoje', 'siedze', 'jestem', 'leżę', 'wiszę', 'stanęłam', 'stanąłem', 'usiadłam', 'usiadłem', 'weszłam', 'wszedłem', 'weszłam na dach'],
    /** What people throw themselves under: "pod pociąg". */
    traffic: [
      'pociąg', 'pociągu', 'tramwaj', 'samochód', 'auto', 'tira', 'tir', 'ciężarówkę', 'autobus', 'metro', 'koła', 'tory', 'pędzący',
      'samochod', 'furę', 'bus', 'busa', 'pociąg towarowy', 'ciężarówke',
    ],
    /** Now, tonight: timing. */
    when: ['dziś', 'dzisiaj', 'jutro', 'dziś w nocy', 'dzisiaj w nocy', 'w nocy', 'tej nocy', 'dzisiejszej nocy', 'w weekend', 'zaraz', 'teraz', 'niedługo'],
    /** The people a goodbye is addressed to. */
    family: [
      'mamie', 'mamy', 'mama', 'tacie', 'taty', 'rodzicom', 'rodzicach', 'siostrze', 'bratu', 'babci', 'dziadkowi', 'córce', 'synowi',
      'przyjaciółce', 'przyjacielowi', 'wszystkim', 'im', 'mojej mamie', 'mojemu tacie', 'mojej siostrze', 'mojemu bratu',
    ],
    pet: ['kotem', 'kotkiem', 'psem', 'pieskiem', 'kotami', 'psami', 'kotką', 'suczką', 'rybkami', 'chomikiem', 'królikiem', 'kotem i psem'],
    /** "Everyone", for burden phrases: "wszystkim byłoby lepiej". */
    everyone: ['wszystkim', 'im', 'wam', 'rodzinie', 'mamie', 'rodzicom', 'bliskim', 'światu', 'każdemu', 'ludziom', 'mojej rodzinie', 'tobie'],
    /** "Would be / will be better": "byłoby lepiej", "będzie łatwiej". */
    better: [
      '(byłoby|będzie|by było|było|jest) [im|wam|wszystkim] [o wiele|dużo|znacznie|na pewno] (lepiej|łatwiej|prościej|lżej|spokojniej|weselej)',
      '(byliby|będą|będziecie|bylibyście) [o wiele|dużo|na pewno] (szczęśliwsi|szczęśliwi|spokojniejsi)',
    ],
    nobody: ['nikt', 'nikomu', 'nikogo'],
    /** The people at home whose leaving or sleeping a plan waits for: "jak rodzice pojadą". */
    people: [
      'wszyscy', 'rodzice', 'starzy', 'mama', 'matka', 'tata', 'ojciec', 'mąż', 'żona', 'sąsiedzi', 'współlokatorka', 'współlokator', 'siostra',
      'brat', 'babcia', 'dziadek', 'oni', 'domownicy', 'dzieci', 'chłopak', 'dziewczyna',
    ],
    /** Leaving, sleeping: the moment a plan waits for. */
    leave: [
      'pojadą', 'pójdą', 'wyjdą', 'wyjadą', 'zasną', 'usną', 'pójdą spać', 'położą się', 'polecą', 'pojedzie', 'pójdzie', 'wyjdzie',
      'wyjedzie', 'zaśnie', 'uśnie', 'pójdzie spać', 'położy się', 'będą spać', 'będzie spać', 'pojadą na działkę', 'wyjadą na urlop',
    ],
    /** Doing "it" (the act, never named): "zrobię to", "skończę z tym". */
    doIt: [
      'zrobię to', 'to zrobię', 'to to zrobię', 'wtedy to zrobię', 'wszystko skończę', 'skończę z tym', 'skończę ze wszystkim', 'odważę się',
      'zrobię to co zaplanowałam', 'zrobię to co zaplanowałem', 'mnie nie będzie',
    ],
    /** A near time said as a countdown or a night: "za godzinę", "dziś w nocy", "do rana". */
    soonTime: [
      'za (godzinę|pół godziny|parę godzin|dwie godziny|trzy godziny|kilka godzin|parę minut|minutę|dziesięć minut|pięć minut|{number} (minut|minuty|godziny|godzin))',
      'dziś w nocy', 'dzisiaj w nocy', 'tej nocy', 'w nocy', 'jutro w nocy', 'do rana', 'nad ranem', 'o północy', 'o świcie', 'dziś', 'dzisiaj',
      'jutro', 'teraz', 'zaraz', 'w weekend', 'wieczorem', 'dziś wieczorem',
    ],
    /** Enough to die from: "powinno wystarczyć", "wystarczy na pewno". */
    enough: [
      '(powinno|powinna|powinien|musi|na pewno|na sto procent|spokojnie) (wystarczyć|wystarczy)', 'wystarczy (na pewno|z zapasem|spokojnie)',
      'wystarczy $', 'wystarczyć $', 'z zapasem $', 'wystarczy (żeby|by|aby) {fill2} (się nie obudzić|nie obudzić|umrzeć|na pewno|zasnąć na zawsze|zdechnąć)',
      'śmiertelna dawka', 'dawka śmiertelna', 'letalna dawka',
    ],

    // --- round 5: farewells, affairs and plans by meaning ---
    /** Pets one may give away (accusative). */
    petGiven: ['kota', 'kotka', 'kotkę', 'kocura', 'psa', 'pieska', 'suczkę', 'szczeniaka', 'chomika', 'papugę', 'rybki', 'koty', 'psy', 'królika', 'żółwia'],
    /** Giving away, placing with someone. */
    giveAway: ['oddałam', 'oddałem', 'oddaję', 'oddam', 'zawiozłam', 'zawiozłem', 'przekazałam', 'przekazałem', 'rozdałam', 'rozdałem', 'podarowałam', 'podarowałem', 'dałam', 'dałem'],
    /** For good. */
    forGood: ['na stałe', 'na zawsze', 'na dobre', 'definitywnie', 'na amen'],
    /** Thanks for everything: "dzięki za wszystko". */
    thanksAll: ['(dzięki|dziękuję|dzieki|dziekuje|dzięks|dziękuje) [ci|wam|bardzo|ci bardzo|wam bardzo] [serio|naprawdę] za (wszystko|wszystko co było|wszystko co zrobiłeś|wszystko co zrobiłaś)'],
    /** Sorry in advance, you will understand later. */
    sorryAhead: [
      '(przepraszam|wybacz|wybaczcie|sorry) [mi] [proszę] (z góry|zawczasu|jeśli możesz|za to co zrobię|za to co (zaraz|niedługo) zrobię)',
      '(z góry|zawczasu) (przepraszam|wybacz|wybaczcie|sorry)', '(kiedyś|później|potem) (zrozumiesz|zrozumiecie)',
    ],
    /** Affairs left in order: papers, keys, passwords, money. */
    affairs: [
      'dokumenty', 'klucze', 'klucz', 'hasła', 'hasło', 'pieniądze', 'oszczędności', 'karta', 'kartę', 'pin', 'polisa', 'polisę',
      'ubezpieczenie', 'testament', 'pełnomocnictwo',
    ],
    /** "If anything happens". */
    ifAny: ['jakby co', 'jak by co', 'gdyby co', 'gdyby coś', 'jakby coś', 'na wszelki wypadek', 'gdyby coś mi się stało', 'jakby coś mi się stało'],
    /** Sorry for everything, love, don't cry for me. */
    sorryAll: [
      '(wybacz|wybaczcie|przepraszam) [mi] [proszę] (za wszystko|wszystko)', '(wybacz mi|wybaczcie mi) $', 'nie (miej|miejcie) [do mnie] żalu',
      '(nie płacz|nie płaczcie|nie smuć się|nie smućcie się|nie rozpaczaj) (po mnie|za mną|za mna)',
    ],
    /** Where things are kept out of sight. */
    hideout: [
      'bagażniku', 'szafie', 'szufladzie', 'piwnicy', 'garażu', 'szopie', 'komórce', 'plecaku', 'torbie', 'biurku', 'łóżkiem', 'kanapą',
      'kurtkami', 'szafą', 'pawlaczu', 'szafce', 'samochodzie', 'balkonie', 'aucie',
    ],
    /** Wishing, said lightly: "fajnie by było", "chciałabym". */
    wishLight: [
      'fajnie by było', 'dobrze by było', 'byłoby fajnie', 'byłoby dobrze', 'byłoby super', 'super by było', 'chciałabym', 'chciałbym',
      'oby', 'żeby tak', 'marzę', 'marze', 'mam nadzieję', 'chcę', 'chce', 'chce mi się', 'byle',
    ],
    /** Being gone, said as a supposition: "gdyby mnie nie było". */
    goneIf: [
      '(gdyby|jakby|jeśli|jeżeli|jakbym|gdybym) {fill1} (mnie nie było|mnie zabrakło|mnie nie stało|umarła|umarł|zniknęła|zniknął|zdechła|zdechł)',
    ],

    // --- round 6: handing things on, and afterwards ---
    /**
     * Things handed on or put in order for someone: "akwarium jest od dziś twoje", keys and an
     * envelope of money left with a neighbour, bank logins in a file "dla kuby", a policy and PINs
     * written on one sheet, everything "pozałatwiane", a mail set to go out later.
     */
    handover: [
      '(jest|są) (od dziś|od dzisiaj|od teraz|od jutra|już|teraz) (twoje|twój|twoja|wasze|wasz|wasza|jej|jego)',
      '(zostawiłam|zostawiłem|dałam|dałem|przekazałam|przekazałem|oddałam|oddałem|schowałam|schowałem|włożyłam|włożyłem) {fill6} (klucze|klucz|kopertę|koperta|pieniądze|kasę|oszczędności|kartę|dokumenty|polisę|testament|hasła|piny)',
      '(loginy|hasła|hasło|dostępy|dane logowania|dane do logowania|piny|pin|numery kont|numer konta) {fill4} (bank|banku|bankowe|do banku|konta bankowego|zus|urzędu|podatki|allegro|polisę|polisa|kart|karty|do karty)',
      '(spisałam|spisałem|zapisałam|zapisałem|wypisałam|wypisałem|rozpisałam|rozpisałem) {fill6} (polisę|polisa|numery kont|konta|hasła|piny|pin|co ile|instrukcję|instrukcje|wszystko)',
      '(wszystko|sprawy|wszystkie sprawy) (pozałatwiane|pozałatwiałam|pozałatwiałem|załatwione|pozamykane|uporządkowane|ogarnięte|poukładane|pozamykałam|pozamykałem)',
      '(na cały miesiąc|na miesiąc|na dwa miesiące|na pół roku) do przodu',
      '(opóźnioną|opóźniona|zaplanowaną|zaplanowana|odroczoną|odroczona|późniejszą) (wysyłką|wysyłka|wysyłkę|publikacją|publikacja|publikację|datą)',
      '(ustawiłam|ustawiłem|zaplanowałam|zaplanowałem|zaprogramowałam|zaprogramowałem) {fill3} (maila|mail|wiadomość|wiadomości|post|wpis|sms|esemesa|list) {fill4} (na|do) ({word}|jutro|piątek|rano|wieczór|za tydzień)',
      '(plik|folder|teczkę|teczka|kopertę|koperta|segregator|segregatora) {fill4} (dla|na) {word}',
    ],
    /** Afterwards, when I will not be there: "dłużej niż ja", "na wydatki które potem przyjdą", "żeby nie musiała szukać", "potem już ktoś inny". */
    after: [
      '(zajmiesz|zajmie|zaopiekujesz|zaopiekuje|będziesz|będzie|nacieszysz|nacieszy|pożyjesz|pożyje|zostaniesz|zostanie) {fill3} dłużej niż ja',
      '(wydatki|koszty|rachunki|opłaty|faktury) {fill2} (które|co) (potem|później|po mnie|wtedy) (przyjdą|będą|przyjdzie|się pojawią|wyjdą)',
      '(żeby|aby|by) {fill2} nie (musiał|musiała|musieli|musiały|trzeba było) {fill3} (szukać|męczyć|martwić|zajmować|płacić|ogarniać|użerać|dokładać|wykładać)',
      '(potem|później|po mnie) {fill2} (ktoś inny|kto inny|inni|wy|ty) (będzie musiał|będzie musiała|będą musieli|musi|musicie|się zajmie|się zajmą|przejmie) $',
      '(możecie|możesz) (sobie)? (zostawić|zatrzymać|przejąć|wziąć|mieć|podzielić)',
      '(nie otwieraj|nie otwierajcie|nie czytaj|nie czytajcie) {fill1} (wcześniej|przed czasem|przed piątkiem|przedtem|za wcześnie)',
      '(jakby|gdyby|jak) (trzeba było|trzeba będzie|będzie trzeba|było trzeba|będzie potrzeba) {fill2} (wybrać|wybierać|dać|użyć|coś wybrać)',
    ],

    // --- round 7: arrangements for after, passive wishes in new shapes, plans told by place, time and means ---
    /** Of use at last (said of dying): "przynajmniej tak bym się jej do czegoś przydała", "moje organy się komuś przydadzą". */
    przydatna: [
      '(przynajmniej|chociaż|wreszcie|w końcu|nareszcie|choć raz|chociaż raz|raz w życiu) {fill3} (bym|byłabym|byłbym|będę|ja|ze mnie|moje|moja|mój|mnie) {fill4} (przydała|przydał|przydam|przydać|przydadzą|przyda|przydatna|przydatny|pożyteczna|pożyteczny|użyteczna|użyteczny|na coś zdała|na coś zdał)',
      '(na coś|do czegoś|komuś) (bym|byłabym|byłbym) [się] (przydała|przydał|zdała|zdał)', '(bym|byłabym|byłbym) [się] (na coś|do czegoś|komuś) (przydała|przydał|zdała|zdał)',
    ],
    /** Death named by what it leaves: a life policy and its beneficiary, organs, "after my death". */
    smierckontekst: [
      'polis*', 'ubezpieczeni* na życie', 'uposażon*', 'odszkodowani*', 'organy', 'narządy', 'dawcą', 'dawczynią', 'dawca narządów', 'oświadczenie woli',
      'po mojej śmierci', 'po śmierci', '(jak|gdy|kiedy|jeśli) umrę', '(jak|kiedy) mnie nie będzie', 'gdyby mnie nie było', 'w spadku', 'mój spadek',
    ],
    /** Times ahead one does not see oneself in: "w przyszłym tygodniu", "w grudniu", "na święta". */
    czasPL: [
      '(w|za) (przyszłym|następnym) (tygodniu|miesiącu|roku)', 'za (tydzień|miesiąc|rok|pół roku|dwa lata|parę lat|kilka lat|{number} lat|dwa tygodnie|parę miesięcy)',
      'w (styczniu|lutym|marcu|kwietniu|maju|czerwcu|lipcu|sierpniu|wrześniu|październiku|listopadzie|grudniu)',
      'na (święta|wigilii|wigilię|sylwestra|wiosnę|lato|wakacje|swoich urodzinach|urodzinach|emeryturze|starość|nowy rok)',
      '(latem|zimą|wiosną|jesienią)', 'w (święta|wigilię|lecie|zimie|nowym roku|przyszłości)', 'na starość', 'za stołem wigilijnym',
    ],
    /** The family one spends a last time with: "z ojcem", "mama", "z siostrą". */
    famPL: [
      'ojciec', 'ojcem', 'ojcu', 'tata', 'tatą', 'tatem', 'tacie', 'mama', 'mamą', 'mamie', 'matka', 'matką', 'siostra', 'siostrą', 'siostrze', 'brat', 'bratem', 'bratu',
      'babcia', 'babcią', 'babci', 'dziadek', 'dziadkiem', 'dziadkowi', 'rodzice', 'rodzicami', 'rodzicom', 'syn', 'synem', 'córka', 'córką', 'dzieci', 'dziećmi',
      'przyjaciółka', 'przyjaciółką', 'przyjaciel', 'przyjacielem', 'kumpel', 'kumplem', 'ziomek', 'ziomkiem', 'młodszy brat', 'młodsza siostra',
    ],
    /** Written or bought ahead for someone: a card already signed, a present wrapped, wishes written. */
    naprzod: [
      '(kupiłam|kupiłem|podpisałam|podpisałem|napisałam|napisałem|zapakowałam|zapakowałem|przygotowałam|przygotowałem|zostawiłam|zostawiłem|schowałam|schowałem) {fill3} (kartkę|kartki|prezent|prezenty|list|liścik|życzenia|laurkę|paczkę)',
      '(kartkę|kartka|kartki|prezent|prezenty|liścik|życzenia|laurkę|laurka|paczkę|paczka) {fill6} (podpisałam|podpisałem|podpisana|podpisany|napisałam|napisałem|zapakowałam|zapakowałem|zapakowany|przygotowałam|przygotowałem|zostawiłam|zostawiłem|leży|leżą|czeka|czekają)',
      // left with someone to hand on: "zostawiłam u babci"
      '(zostawiłam|zostawiłem|oddałam|oddałem|przekazałam|przekazałem) {fill2} (u|dla) {word}',
    ],
    /** Destroyed so no one reads it after: diaries burnt, notes deleted. */
    zniszczone: [
      '(spaliłam|spaliłem|zniszczyłam|zniszczyłem|podarłam|podarłem|skasowałam|skasowałem|usunęłam|usunąłem|wyrzuciłam|wyrzuciłem|zmieliłam|zmieliłem|spalić|zniszczyć|pociąć) {fill4} (pamiętniki|pamiętnik|dzienniki|dziennik|zapiski|notesy|zeszyty|wiersze|notatki|rysunki|listy|wiadomości|czaty|historię)',
    ],
    /** No one after me: "nikt nie musi potem tego czytać", "płakać nade mną". */
    poMnie: [
      '(nikt|nikomu) [nie] [musi|będzie musiał|będzie musiała|będą musieli|będzie] {fill1} (potem|później|po mnie|po wszystkim|wtedy|po mojej śmierci) {fill2} [nie] (czytać|czytał|czytała|przeglądać|przeglądał|oglądać|oglądał|znalazł|znalazła|znaleźć|płakać|płakał|sprzątać|grzebać)',
      '(płakać|płakał|płakała|płakali|ryczeć|ryczał|ryczała) nade mną',
    ],
    /** A cover story told: "powiedziałem, że chodzi o antenę", "mówiłem, że na domówkę". */
    coverSaid: [
      '(powiedziałam|powiedziałem|mówiłam|mówiłem|skłamałam|skłamałem|wmówiłam|wmówiłem|tłumaczyłam|tłumaczyłem|wytłumaczyłam|wytłumaczyłem|ściemniłam|ściemniłem|nakłamałam|nakłamałem) {fill3} (że|ze) {fill1} (chodzi o|to na|to dla|to do|niby|idę|jadę|muszę|to tylko|na|do|dla|potrzebuję)',
    ],
    /** Others believe something else: "szef myśli, że idę na urlop", "mama jest przekonana, że...". */
    coverThink: [
      '(szef|szefowa|mama|tata|rodzice|wszyscy|oni|ona|on|każdy|żona|mąż|dziewczyny|koledzy|kumple|znajomi|siostra|brat|współlokatorka|współlokator|reszta) (myśli|myślą|sądzi|sądzą|uważa|uważają|są przekonani|jest przekonany|jest przekonana|wierzy|wierzą) (że|ze)',
    ],
    /** Way up to a roof: a key, a code, access. */
    dachDostep: [
      '(klucz|klucze|kluczyk|dostęp|wejście|kod|pozwolenie) {fill3} (do wyjścia na dach|na dach|do dachu|do włazu|na strych|na taras na dachu|do wieży|na wieżę|na komin)',
    ],
    /** A high floor, a roof: "biuro na 9 piętrze", "na dachu". */
    highFloor: [
      '(na|z) {fill1} ({number}|ósmym|dziewiątym|dziesiątym|jedenastym|dwunastym|piętnastym|dwudziestym|ostatnim|najwyższym) (piętrze|piętra)', 'na dachu', 'na dach', 'z dachu',
    ],
  },

  families: [
    {
      // Intent said outright: "chcę się zabić", "zabiję się", "odbiorę sobie życie", "skończę ze sobą",
      // "mam myśli samobójcze", "postanowiłam umrzeć", "chcę umrzeć, naprawdę", "powieszę się".
      id: 'pl.intent',
      tier: 'act',
      softenedBy: ['reassurance'],
      patterns: [
        '{sie} [{soon}] [{soon}] ({zabic}|{killverb})',
        '(bym|najchętniej bym|chętnie bym|zaraz bym|chyba bym|to bym) {sie} [{soon}] (zabiła|zabił|powiesiła|powiesił|otruła|otruł|zabiła bym)',
        '(rozważam|poważnie rozważam|biorę pod uwagę|zastanawiam się nad|myślę poważnie o) {fill1} samobój*',
        '({zabic}|{killverb}) [{soon}] {sie}',
        '(odebrać|odbiorę|odebrałabym|odebrałbym|odbierać|odebrania|odbierania|odebrała bym) {fill1} {sobie} {fill1} (życie|życia)',
        '{sobie} (odebrać|odbiorę|odbierać|odebrałabym|odebrałbym) [moje|swoje|to] (życie|życia)',
        '(życie|życia) {sobie} (odebrać|odbiorę|odbierać)',
        '(skończyć|skończę|skończyłabym|skończyłbym|skończyła bym|kończyć|zakończyć|zakończę) [już] ze sobą',
        'ze sobą (skończyć|skończę|skończyłabym|skończyłbym|skończyła bym|kończyć|zakończyć|zakończę)',
        '(skończyć|skończę|zakończyć|zakończę|zakończyła bym|zakończyłabym|zakończyłbym) [już] (z życiem|z tym życiem|moje życie|swoje życie|to życie|życie|ten żywot|mój żywot)',
        '{want} {fill2} (skończyć|zakończyć) (z tym wszystkim|to wszystko|ze wszystkim)',
        '(skończę|zakończę) (z tym wszystkim|to wszystko|ze wszystkim) [{when}]',
        '(targnąć|targnę|targnęłam|targnąłem) {sie} na {fill1} (życie|siebie)',
        // Wanting to die is a wish (a cue, `pl.passive-wish`); decided, timed or said in earnest it is intent.
        '{decide} {fill2} {die}',
        '{want} {fill2} {die} {fill2} ({serious}|{when})',
        '({serious}|{when}) {fill2} {want} {fill2} {die}',
        '{want} [{fill1}] ({serious}|{when}) [{fill1}] {die}',
        '(popełnić|popełnię|popełniłabym|popełniłbym|popełnienia) samobój*',
        // the meme words for it, said timed or in earnest: "chyba dziś popełnię sudoku. nie żartuję"
        '({when}|{serious}) {fill2} (popełnię|popełnić|popełniam) (sudoku|seppuku|harakiri)', '(popełnię|popełnić|popełniam) (sudoku|seppuku|harakiri) ... ({serious}|tym razem (nie żartuję|serio|na serio|naprawdę))',
        '(myśli|myśl|myślę|myśle|myślami|myślałam|myślałem|myślenie|myślenia|myślę sobie) {fill2} (samobójcz*|o samobójstwie|o samobóju|o samobójstwach|o zabiciu się|o tym żeby się zabić)',
        'samobójcz* (myśli|myśl|zapędy|skłonności|tendencje|plany|plan|myślenie)',
        '(jestem|czuję się|byłam|jestem znowu|robię się) {fill1} (samobójczynią|samobójcą|samobójczo)',
        '(próbowałam|próbowałem|próba|próby|próbę|podjęłam|podjąłem|usiłowałam) {fill2} samobój*',
        'samobój* {fill3} (jedyne wyjście|wyjście|rozwiązanie|wybawienie|ulga|ulgą|opcja|opcją|plan|odpowiedź)',
        '(wylogować|wyloguję|wylogowuję) {sie} z (życia|tego życia|tego świata|świata)',
        '{sie} [{soon}] (wylogować|wyloguję|wylogowuję) z (życia|tego życia|tego świata|świata)',
        '(zejść|zejdę|odejść|odejdę|odchodzę|pożegnać się|pożegnam się) (z tego świata|ze świata|z tego życia|z życia|na tamten świat)',
        '(przenieść|przeniosę) {sie} na tamten świat',
        // Something stupid, as a euphemism: "zrobię coś głupiego" (negated: "nic głupiego nie zrobię", a cue).
        '(zrobię|zrobić|zrobiłabym|zrobiłbym|zrobie) (coś głupiego|jakąś głupotę|głupstwo|coś nieodwracalnego|coś strasznego)',
        'jak {fill2} (się zabić|popełnić samobójstwo|umrzeć bez bólu|skutecznie się zabić|odebrać sobie życie)',
        // Suicide on the mind: "samobójstwo coraz częściej chodzi mi po głowie", "myśli o samobójstwie krążą mi po głowie".
        '(samobój*|odebranie sobie życia|zabicie się|myśl o samobójstwie|myśli o samobójstwie) {fill3} (chodzi|chodzą|krąży|krążą|siedzi|siedzą|kołacze|kołaczą) [mi|mnie] [się] po głowie',
        // No longer afraid of dying: "samobójstwo już mnie nie przeraża", "przestałam bać się śmierci".
        '(samobój*|śmierć|umieranie|umrzeć|myśl o śmierci|myśl o samobójstwie) {fill2} (nie przeraża|nie straszy|nie przeraża mnie|przestało przerażać|przestała przerażać|mnie nie przeraża|mnie już nie przeraża|już nie przeraża)',
        '(nie boję się|przestałam się bać|przestałem się bać|przestałam bać się|przestałem bać się|już się nie boję) (śmierci|umierania|samobójstwa|umrzeć|tego żeby umrzeć)',
      ],
    },
    {
      // Suicide named without stated intent: "samobójstwo", "samobój", "myśli o tym" (cue).
      id: 'pl.suicide-mention',
      tier: 'cue',
      patterns: ['samobój*', 'samobojst*', 'samobujst*'],
    },
    {
      // Intent said with its negation inside it: "nigdy bym się nie zabiła", "nic sobie nie zrobię".
      // Polish puts "nie" between "się" and the verb, so these are cues by themselves.
      id: 'pl.negated-intent',
      tier: 'cue',
      patterns: [
        '{sie} [{soon}] nie ({zabic}|{killverb}|{cut}|zabiła|zabił|zabiłam|zabiłem|powiesiła|powiesił)',
        '({zabic}|{killverb}) {sie} nie',
        '{sobie} [{soon}] nie (zrobię|zrobiłabym|zrobiłbym|zrobiła bym|zrobił bym|zrobić|zrobiłam|zrobiłem|robię)',
        'nie (zrobię|zrobiłabym|zrobiłbym|zrobić) {sobie} (nic|krzywdy|niczego)',
        '(nic|niczego) (głupiego|nieodwracalnego) nie (zrobię|zrobiłabym|zrobiłbym|zrobie)',
        '(nie mam zamiaru|nie zamierzam|nie planuję|nie chcę) {fill2} (odbierać|odebrać) {sobie} życia',
        // "przez okno nie wyskoczę", "z mostu nie skoczę": the way out refused, object first
        '(przez okno|z okna|z dachu|z mostu|z balkonu|pod pociąg|pod samochód|pod tramwaj|na tory) {fill1} nie (wyskoczę|skoczę|rzucę {sie}|rzucę|wejdę|położę {sie}|położę|wyjdę)',
        // "tabletek nie wezmę, obiecuję", "z dachu nie skoczę, słowo": means refused with a promise
        '({pills}|żyletki|żyletkę|sznura|liny|z dachu|z mostu|z okna|przez okno) {fill2} nie (wezmę|połknę|łyknę|skoczę|zrobię|będę|tknę|ruszę) [{word}] (obiecuję|słowo|przysięgam|serio|naprawdę|słyszysz)',
      ],
    },
    {
      // Wishing to be dead or gone, not waking up: "nie chce mi się żyć", "obym się nie obudziła",
      // "chciałabym zniknąć", "szkoda że się urodziłam", "życie nie ma sensu".
      id: 'pl.passive-wish',
      tier: 'cue',
      patterns: [
        'nie chce mi się [już] [dłużej] [tak] (żyć|istnieć|żyć dalej|dalej żyć)',
        '(odechciało|odechciewa|odechce) mi się [już] (żyć|życia|wszystkiego)',
        '(nie chcę|nie chce|nie chciałabym|nie chciałbym|nie mam ochoty|nie mam siły|nie umiem|nie potrafię|nie mogę) [już] [dłużej|więcej|tak|w ogóle] {live}',
        'nie (mam|widzę) [już] (po co|dla kogo|dla czego|powodu żeby|powodów żeby|sensu żeby|sensu) [dalej|tak] {live}',
        'nie (mam|widzę) [już] (po co|dla kogo) żyć',
        '(nie widzę|nie ma|straciłam|straciłem|nie czuję) [już] [żadnego] (sensu|celu) (życia|w życiu|żyć|istnienia|w niczym|dalej żyć|mojego życia)',
        '(życie|moje życie|to życie|moje istnienie|żyć) {fill1} (nie ma|straciło|traci) [już] [żadnego] (sensu|celu|znaczenia)',
        'nie (widzę|widze|ma|czuję) [już] (w niczym|w życiu|w tym wszystkim|w dalszym życiu|już w niczym|w tym życiu|w czymkolwiek) [żadnego] (sensu|celu)',
        'po co (to wszystko|to|dalej|tak|to dalej|to życie) (ciągnąć|ciągnę|dalej ciągnąć|ciągnąć dalej|się męczyć|męczyć|przeciągać)',
        '(po co|po co ja|po co mam|dlaczego ja) [w ogóle|jeszcze|dalej|nadal] (żyję|żyć|istnieję)',
        '{want} {fill2} {die}', '{die} (chcę|chce się|mi się chce)',
        '{want} {fill2} (zniknąć|zniknąć na zawsze|zasnąć na zawsze|usnąć na zawsze|zasnąć i|nie obudzić|się nie obudzić|się nie budzić|nie budzić się|nie istnieć|przestać istnieć|nie żyć|zapaść się pod ziemię na zawsze)',
        '(zasnąć|usnąć|zasnę|usnę|zasypiam|zasypiać|położyć się spać) {fill2} (się nie obudzić|nie obudzić się|się już nie obudzić|nigdy się nie obudzić|już nie wstać|się nie budzić|nie budzić się)',
        'obym [się] [jutro|rano|już|więcej|nigdy] [się] (nie obudziła|nie obudził|nie obudzę|nie budziła|nie budził|nie wstała|nie wstał|zginęła|zginął|umarła|umarł|nie żyła|nie żył)',
        '(mam nadzieję|modlę się) {fill2} (że|żebym) {fill2} (się nie obudzę|nie obudzę się|zginę|umrę|nie przeżyję|nie dożyję|mnie przejedzie)',
        '(szkoda|żałuję|żal) {fill1} (że|iż) [się] [w ogóle] [się] (urodziłam|urodziłem|żyję|przyszłam na świat|przyszedłem na świat)',
        'wolał* [bym|abym] {fill1} (nie żyć|umrzeć|nie istnieć|nie urodzić się|się nie urodzić|zniknąć)',
        'lepiej (by było|byłoby|żeby) {fill2} (gdybym|jakbym|żebym|abym) {fill1} (nie żyła|nie żył|umarła|umarł|zniknęła|zniknął|się nie urodziła|się nie urodził|nie istniała|nie istniał|zginęła|zginął)',
        'lepiej [dla wszystkich] [by było] (gdyby|jakby|żeby) mnie [już] nie było',
        '(chciałabym|chciałbym|chcę|wolałabym|wolałbym|marzę) [żeby|aby|by] mnie [już] [po prostu] nie było',
        '(mam dość|mam dosyć|zmęczona|zmęczony|zmęczyło mnie|zmęczył mnie|mam serdecznie dość) {fill1} (życia|życiem|żyć|tego życia|istnienia|tym życiem|egzystencji)',
        'mam [już] (wszystkiego|wszystkich|siebie) (dość|dosyć) [{word}] (życia|i życia|życia też|nawet życia|łącznie z życiem)',
        '(czekam|czekać) (aż|na to aż) (umrę|mnie nie będzie|to się skończy na zawsze|wszystko się skończy)',
        'czekam na śmierć',
        '(śmierć|umrzeć|umieranie) {fill2} (to|byłaby|będzie|jest) {fill2} (ulga|ulgą|wybawienie|wybawieniem|jedyne wyjście|rozwiązanie|lepsza)',
        '(niech|oby|żeby|chciałabym żeby|marzę żeby|szkoda że) {fill2} mnie {fill2} (coś|samochód|auto|tir|pociąg|autobus|piorun|ciężarówka|tramwaj) {fill1} (przejedzie|przejechało|przejechał|potrąci|potrąciło|potrącił|zabije|zabiło|trzaśnie|trzasnął|rozjechał|rozjedzie|rozjechało)',
        '(oby|niech) mnie [już] nie było',
        'niech (to|to wszystko|wszystko|to życie|moje życie|ten koszmar) [już] {sie} [w końcu|już|wreszcie] (skończy|kończy)',
        '(nie chcę|nie chce|nie chciałabym) [się] [już] [więcej|jutro|rano] (obudzić|budzić|wstawać) [się] (rano|jutro|więcej|już|nigdy)',
        '(nie chcę|nie chce|nie chciałabym|nie chciałbym) [się] [już] [więcej] (obudzić|budzić) [się] $',
        'nie (chcę|chce) [już] [więcej] (istnieć|być na tym świecie|tu być)',
      ],
    },
    {
      // Being a burden: "jestem ciężarem", "wszystkim byłoby lepiej beze mnie", "nikt by nie zauważył".
      id: 'pl.burden',
      tier: 'cue',
      patterns: [
        '(jestem|czuję się|byłam|byłem|będę) {fill2} (ciężarem|ciężar|kulą u nogi|problemem dla wszystkich|zawadą|balastem)',
        '{everyone} {fill2} {better} {fill2} (beze mnie|gdyby mnie nie było|jak mnie nie będzie|gdybym zniknęła|gdybym zniknął|gdybym umarła|gdybym umarł)',
        '(beze mnie|gdyby mnie nie było|jak mnie nie będzie) {fill2} {better}',
        '{everyone} {fill2} (ulżyło|ulży|odetchnęliby|odetchną|odetchnęli|lżej) {fill3} (gdyby mnie nie było|beze mnie|jak mnie nie będzie|gdybym zniknęła|gdybym zniknął|gdybym umarła|gdybym umarł|jak zniknę|jak umrę)',
        '{better} {fill2} beze mnie',
        '{nobody} (by|nie) [by|nawet] [nie] (zauważył|zauważy|zauważyłby|płakał|tęsknił|tęskniłby|będzie tęsknił|zatęskni|przejął|przejąłby|obchodziło) {fill4} (gdybym|jakbym|jak|kiedy|gdy|gdyby) {fill2} (zniknęła|zniknął|umarła|umarł|zginęła|zginął|mnie nie było|nie było|zabiła|zabił|odeszła|odszedł)',
        '{nobody} (nie będzie|by nie) [za mną] (tęsknił|tęsknić|płakał|płakać|żałował) [za mną]',
        'nie będę [już] {fill1} (nikomu|nikogo|wam|wszystkim|nikomu więcej) (przeszkadzać|zawadzać|zawracać głowy|ciężarem|problemem|sprawiać problemu|sprawiać kłopotu)',
        '(nikomu|nikogo) (nie będę|już nie będę) (przeszkadzać|zawadzać|ciężarem|problemem)',
        'szkoda (na mnie|dla mnie|mi dla siebie|mi na siebie|na siebie) (tlenu|powietrza)', 'szkoda (tlenu|powietrza) (na mnie|dla mnie)', '(marnuję|marnuje|zużywam) [tylko] (tlen|powietrze)',
        '(nie zasługuję|nie zasługuje) (na życie|żeby żyć|by żyć|na to żeby żyć|na istnienie)',
        'zasługuję (na śmierć|żeby umrzeć|by umrzeć)',
        '(jestem|czuję się) {fill1} (zbędna|zbędny|niepotrzebna|niepotrzebny) (na tym świecie|nikomu|dla wszystkich|wszystkim)',
      ],
    },
    {
      // Hopelessness and being unable to go on: "nie dam rady dłużej", "nie widzę wyjścia".
      id: 'pl.hopeless',
      tier: 'cue',
      patterns: [
        '(nie ma|nie warto|szkoda) mnie [po co] (ratować|ratowac|ratować już)',
        'po co {sie} [dalej|jeszcze|tak] (męczyć|starać|szarpać) $',
        'nie (dam|daję|dałam|dałem) [już] rady (dłużej|już|więcej|z tym życiem|żyć|tak żyć) [$|z tym|tak]',
        'nie (wytrzymam|wytrzymuję|wytrzymuje|zniosę|znoszę) [już] (dłużej|więcej|tego życia|tak dalej)',
        '(dłużej|więcej) [już] nie (wytrzymam|zniosę|dam rady|pociągnę|uciągnę)',
        '(nie widzę|nie widzę żadnego|nie widzę już) (dla siebie|dla mnie) (wyjścia|nadziei|przyszłości|ratunku|miejsca)',
        '(nie widzę|nie widzę żadnego|nie widzę już) (wyjścia|wyjście|nadziei|przyszłości|innego wyjścia|innej drogi) [dla siebie|dla mnie] ($|z tego|z tej sytuacji|poza|oprócz|niż)',
        'nie ma [już] dla mnie (nadziei|ratunku|przyszłości|wyjścia|miejsca na tym świecie)',
        '(nie mam|straciłam|straciłem|zero) [już] [żadnej] (nadziei|siły żeby żyć|sił żeby żyć|sił do życia|siły do życia|chęci do życia|woli życia)',
        'nie mam [już] (siły|sił) [dalej] (żyć|walczyć|na życie|dalej)',
        '(poddaję|poddałam|poddałem) {sie} (z życiem|w życiu|na dobre|już|całkiem)',
        'nie chcę [już] [dłużej] (walczyć|się starać żyć)',
        'to [się] nigdy nie (skończy|poprawi|będzie lepiej)',
        'nigdy nie będzie [już] lepiej',
      ],
    },
    {
      // Goodbye and final messages: "żegnajcie", "to moja ostatnia wiadomość", "kiedy to przeczytasz,
      // mnie już nie będzie", "powiedzcie mamie że ją kocham", "rozdałam swoje rzeczy".
      id: 'pl.goodbye',
      tier: 'act',
      patterns: [
        'żegnajcie [wszyscy|wszystkim|kochani|na zawsze|$]',
        '(żegnaj|żegnam|żegnajcie) (świecie|okrutny świecie|życie|wszystkich|was|na zawsze|wszyscy|kochani)',
        '(żegnam się|żegnam) (z wami|ze światem|z życiem|na zawsze|ze wszystkimi)',
        'to [jest] (moje|ostatnie) (pożegnanie|ostatnie pożegnanie)',
        '(to|oto|tu) [jest] (moja|ma) ostatnia (wiadomość|wiadomośc|wiadomosc|wiadomostka|wiadomość ode mnie|wiadomość do was)',
        '(ostatnia|ostatni) (wiadomość|list|słowa|wpis|post) (ode mnie|do was|do ciebie|przed|na zawsze)',
        '(list|liścik|wiadomość|wiadomości|listy) (pożegnalny|pożegnalna|pożegnalne|pożegnalnego)',
        '(napisałam|napisałem|zostawiam|zostawiłam|zostawiłem|piszę|pisze|zostawię|napiszę) {fill2} (list|listy|liścik|liściki) {fill3} (na|dla|do|przy|pod|obok) (biurku|stole|łóżku|poduszce|mamy|taty|was|rodziców|ciebie|siostry|brata|mamie|kuchni)',
        '(kiedy|jak|gdy|zanim) (to|ktoś to|ktokolwiek to|to ktoś) (przeczytasz|przeczytacie|przeczyta|przeczytają|zobaczysz|zobaczycie|zobaczy) {fill4} (nie będzie|nie żyję|nie będę żyła|nie będę żył|będę martwa|będę martwy|po mnie|mnie nie ma|odejdę|odeszłam|odszedłem|już mnie nie|będzie za późno|będzie po wszystkim)',
        '(powiedzcie|powiedz|przekażcie|przekaż) {fill1} {family} {fill2} (że|ze) {fill2} (kocham|kochałam|kochałem|przepraszam|przykro mi|to nie ich wina|to nie jej wina|to nie jego wina|nie chciałam|nie chciałem)',
        '(zaopiekujcie|zaopiekuj|zajmijcie|zajmij) {sie} {fill1} (moim|moją|moimi|moi) {pet}',
        '(rozdałam|rozdałem|porozdawałam|porozdawałem|rozdaję|rozdam|porozdaję|rozdawałam|rozdawałem) {fill2} (rzeczy|ubrania|książki|wszystko|swoje|moje|pamiątki|oszczędności)',
        '(oddałam|oddałem|oddaję|oddam) {fill1} (moje|swoje|wszystkie moje|wszystkie swoje) (rzeczy|ubrania|książki|pamiątki|oszczędności)',
        '(już|więcej) mi {sie} nie (przydadzą|przyda|będą potrzebne|będzie potrzebne)',
        '(nie będą|nie będzie) mi [już] (potrzebne|potrzebna|potrzebny) (tam gdzie idę|tam gdzie się wybieram|już)',
        'nie szukajcie mnie',
        '(zostawiam|zostawiłam|zostawiłem|piszę|napisałam|napisałem) (wam|ci|tobie|dla was|dla ciebie|mamie|rodzicom) {fill1} (list|liścik|listy|ostatni list|wiadomość)',
        'nie (obwiniajcie|winicie|winiście|obwiniaj|wińcie) (się|siebie|nikogo)',
        'to nie (wasza|twoja) wina {fill2} (kocham|przepraszam|żegnaj|żegnajcie|nie szukajcie|odchodzę)',
        'do zobaczenia (po drugiej stronie|na tamtym świecie|w lepszym świecie|w niebie|w następnym życiu)',
        '(jutro|rano) mnie [już] nie będzie [$|wśród was|na tym świecie|tutaj]',
        '(mnie|i mnie) już (tu|tutaj) nie będzie', 'już mnie (tu|tutaj) nie będzie', 'mnie już nie będzie $',
        '(kota|psa|kotka|pieska|koty|psy|kotkę|chomika|rybki) (niech|niechaj) [ktoś|siostra|mama|brat] (weźmie|wezmą|przygarnie|przygarną|zaopiekuje|zabierze|zabiorą)',
        // a pet handed on with a plural imperative: "kotka zawieźcie do babci", "weźcie psa do siebie"
        '(kota|psa|kotka|pieska|koty|psy|kotkę|chomika|rybki|papugę|królika) (zawieźcie|oddajcie|weźcie|zabierzcie|przygarnijcie|odwieźcie|dajcie) [{word}] [{word}] (do|dla|babci|mamie|siostrze|bratu|cioci|sobie|siebie)',
        '(zawieźcie|oddajcie|weźcie|zabierzcie|przygarnijcie|odwieźcie) (mojego|moją|moje|mojego kota|mojego psa|kota|psa|kotka|pieska|koty|psy|kotkę)',
        // things given away, said object first ("rzeczy rozdałam"), with accounts deleted
        '(wszystkie|swoje|moje|wszystkie swoje|wszystkie moje) (rzeczy|ubrania|książki|pamiątki) (rozdałam|rozdałem|porozdawałam|porozdawałem|oddałam|oddałem)',
        '(usunęłam|usunąłem|skasowałam|skasowałem) {fill3} (media|social media|konta|konto|profile|profil|insta|fb|facebooka) {fill3} (rozdałam|rozdałem|porozdawałam|porozdawałem)',
        '(rozdałam|rozdałem|porozdawałam|porozdawałem) {fill3} (usunęłam|usunąłem|skasowałam|skasowałem) {fill3} (media|social media|konta|konto|profile|profil|insta|fb|facebooka)',
        '(usunęłam|usunąłem|skasowałam|skasowałem) {fill2} (media|social media|konta|konto|profile|profil|insta|fb|facebooka) [społecznościowe|społecznościówki] (rzeczy|ubrania|wszystko) (rozdałam|rozdałem|porozdawałam|porozdawałem|oddałam|oddałem)',
        // the old farewell "nie wspominajcie mnie źle" (to many)
        '(nie wspominajcie|nie pamiętajcie) mnie (źle|złe|źle ok)', '(wspominajcie|pamiętajcie) mnie (dobrze|ciepło|dobrze proszę)',
        '(do zobaczenia|zobaczymy {sie}|spotkamy {sie}) (w innym życiu|w następnym życiu|w lepszym życiu|w lepszym świecie|po drugiej stronie|w niebie|na tamtym świecie)',
        // love to everyone in the past tense, with a plea: "kochałam was wszystkich, nie miejcie mi tego za złe"
        '(kochałam|kochałem) (was|was wszystkich|wszystkich) {fill2} ... (nie miejcie|wybaczcie|przepraszam|żegnajcie|nie płaczcie|nie obwiniajcie|dbajcie o siebie|nie gniewajcie)',
        '(wybaczcie|przepraszam|żegnajcie|nie miejcie) ... (kochałam|kochałem) (was|was wszystkich|wszystkich)',
        // the last time I write here, with thanks or sorry ("ostatni raz tu piszę, dzięki że byliście")
        '(ostatni raz|po raz ostatni) [tu|tutaj|do was] (piszę|pisze|tu piszę|tutaj piszę) ... (dzięki|dziękuję|przepraszam|kocham was|żegnajcie|wybaczcie)',
        '(dzięki|dziękuję|przepraszam|kocham was) ... (ostatni raz|po raz ostatni) [tu|tutaj|do was] (piszę|pisze)',
        // a will written by a person who has not said why: "testament napisany", "spisałam testament"
        '^ (napisałam|napisałem|spisałam|spisałem|sporządziłam|sporządziłem) [już|swój|mój] testament',
        '(ja|już|w końcu|dziś|wczoraj) (napisałam|napisałem|spisałam|spisałem|sporządziłam|sporządziłem) [swój|mój] testament',
        '^ [mój] testament [już|jest] (napisany|gotowy|spisany|sporządzony|napisałam|spisałam)',
        '(hasło|hasła|pin|kod|piny) do (telefonu|komputera|laptopa|konta|kont|banku|maila|wszystkiego|karty) (jest|są|leży|leżą|zostawiłam|zostawiłem|macie|masz|znajdziecie|zapisałam|zapisałem) {fill2} (szufladzie|szafce|biurku|notesie|zeszycie|kopercie|portfelu|kartce|pod|w)',
        'mnie [już] nie będzie (wśród was|na tym świecie|jutro|$)',
        '(przepraszam|wybaczcie|przepraszam was|kocham was) {fill3} (żegnajcie|żegnam|żegnaj|na zawsze|wybaczcie mi)',
        '(dzięki|dziękuję) (za wszystko|wam za wszystko|że byłeś|że byłaś|że byliście) {fill3} (żegnaj|żegnajcie|przepraszam|kocham was|nie szukajcie)',
        'to (koniec|już koniec) (dla mnie|mojego życia|ze mną)',
        '(moja|to moja) ostatnia noc',
      ],
    },
    {
      // Self-harm done or under way: "znowu się pocięłam", "tnę się", "zrobiłam sobie krzywdę",
      // "przypalałam rękę zapalniczką", "3 miesiące czysta i pękłam", "sh znowu".
      id: 'pl.self-harm-act',
      tier: 'act',
      softenedBy: ['urge'],
      patterns: [
        '{cutDone} [{soon}] {sie}',
        '{sie} [{soon}] [{soon}] {cutDone}',
        // the infinitive after starting or going back to it: "zaczęłam się ciąć", "znowu wróciłam do cięcia się"
        '(zaczęłam|zacząłem|zaczynam|wróciłam do|wróciłem do|nadal|dalej|ciągle|codziennie|znowu zaczęłam|znowu zacząłem|przestałam|przestałem) [{sie}] [{soon}] {cutTo} [{sie}]',
        // relapse with the blade taken up again: "pół roku wytrzymałam i znowu wzięłam żyletkę"
        '(znowu|znów|ponownie|jednak) (wzięłam|wziąłem|sięgnęłam po|sięgnąłem po|chwyciłam|chwyciłem|wyjęłam|wyjąłem) [do ręki] (żyletkę|żyletki|ostrze|nożyk|cyrkiel|temperówkę)',
        '(wytrzymałam|wytrzymałem|byłam czysta|byłem czysty|bez cięcia|nie cięłam się|nie ciąłem się) {fill3} (i|ale|a) (znowu|znów|jednak|dziś|wczoraj) (pękłam|pękłem|się pocięłam|się pociąłem|wróciłam do tego|wróciłem do tego)',
        '{cutDone} {fill2} {body}',
        // hitting oneself: "znowu biłam się po głowie", "walę głową w ścianę aż krwawię" ("biłam się z myślami" is a saying)
        '(biłam|biłem|biję|bije|uderzałam|uderzałem|uderzam|waliłam|waliłem|walę|tłukłam|tłukłem) {sie} (po głowie|po twarzy|pięściami|pięścią|w głowę|w twarz|po nogach|po rękach|po udach|po brzuchu)',
        '(waliłam|waliłem|walę|uderzałam|uderzałem|uderzam|tłukłam|tłukłem) (głową|pięścią|pięściami) (w ścianę|o ścianę|w podłogę|o podłogę|w lustro) {fill2} (aż|do krwi|specjalnie|żeby)',
        '(robię|zrobiłam|zrobiłem|zrobię|robiłam|robiłem|zrobić|robić) {sobie} (krzywdę|coś złego|coś|rany|blizny)',
        '{sobie} (krzywdę|coś złego|coś) (robię|zrobiłam|zrobiłem|zrobię|zrobić|robić)',
        '{sobie} (robię|zrobiłam|zrobiłem|zrobię|zrobić|robić|zrobiłabym|zrobiłbym) (krzywdę|coś złego|coś|rany|blizny)',
        '(przypalam|przypalałam|przypalałem|przypaliłam|przypaliłem|przypalić|przypalać|parzę|poparzyłam|poparzyłem|oparzyłam) {fill2} (papierosem|papierosami|zapalniczką|zapałkami|zapałką|się|{body})',
        '(gaszę|gasiłam|gasiłem|zgasiłam|zgasiłem|zgaszę) {fill1} (papierosy|papierosa|peta|pety|fajki|fajkę) (na|o) {fill1} (ręce|rękach|ręce|sobie|skórze|ramieniu|udzie|nodze|dłoni|nadgarstku)',
        '(drapię|drapałam|drapałem|rozdrapuję|rozdrapałam|rozdrapałem|drapać) {fill2} do krwi',
        '(biję|uderzam|waliłam|waliłem|walę|uderzyłam|uderzyłem) {fill2} (głową|pięścią) (w|o) (ścianę|mur|lustro) {fill2} (do krwi|aż|żeby|specjalnie|celowo)',
        '(znowu|znów|dziś|wczoraj|dzisiaj|ostatnio|właśnie) (sh|selfharm|self harm)',
        '(sh|selfharm|self harm) (znowu|znów|dziś|wczoraj|dzisiaj|w nocy)',
        '{number} (dni|dzień|dnia|tygodni|tygodnie|tydzień|tygodnia|miesięcy|miesiące|miesiąc|miesiąca|lat|lata|rok|roku|msc|mies) {fill3} (pękłam|pękłem|zepsułam|zepsułem|wróciłam|wróciłem|zawaliłam|zawaliłem|przegrałam|przegrałem|poległam|poległem|nie wytrzymałam|nie wytrzymałem|koniec|poszło|znowu)',
        '(bez|czysta|czysty|clean) {fill3} (cięcia|sh|samookaleczeń|samookaleczania|krzywdzenia się|żyletki) {fill4} (pękłam|pękłem|zepsułam|zepsułem|koniec|i znowu|ale dziś|ale wczoraj|poszło|nie wytrzymałam|nie wytrzymałem)',
        '(pękłam|pękłem) {fill3} (pocięłam|cięłam|tnę|sh|żyletk*|się pocięłam|się cięłam)',
        '(pękłam|pękłem|poległam|przegrałam|zawaliłam|nie wytrzymałam) [dziś|dzisiaj|wczoraj|znowu] [po] [{number}] (dzień|dni|dniach|tydzień|tygodniu|tygodnie|tygodni|tygodniach|miesiąc|miesiącu|miesiące|miesięcy|miesiącach|rok|roku|lata|lat|latach) (bez|czysta|czysty|czystości|clean) [{fill1}] (sh|cięcia|samookaleczeń|żyletki|krzywdzenia się|cięcia się)',
        '(siedzę|leżę|jestem|usiadłam|usiadłem|zamknęłam się|zamknąłem się) (w wannie|w łazience|w pokoju) (z|ze) (żyletką|żyletkami|nożem|ostrzem|tabletkami|lekami)',
        '(z|ze) (żyletką|nożem|ostrzem|żyletkami) w (ręce|dłoni|ręku) {fill3} (siedzę|stoję|patrzę|myślę)',
        '(wróciłam|wróciłem|wracam|wróciło mi się) do (cięcia|cięcia się|sh|samookaleczania|samookaleczeń|żyletki|żyletek|krzywdzenia się)',
        '(nawrót|nawrotu|nawroty) {fill2} (sh|cięcia|samookaleczeń|samookaleczania|żyletk*)',
        '(świeże|nowe|głębokie|krwawiące) (rany|cięcia|blizny|kreski) (na|po) {body}',
        '(podcięłam|podciąłem|pocięłam|pociąłem|przecięłam|przeciąłem) {fill1} {sobie} {body}',
        'za głęboko [się] (pocięłam|pociąłem|cięłam|ciąłem)',
        // nails, pins, a compass point driven in till it bleeds: "wbijałam sobie paznokcie w ramię aż poleciała krew"
        '(wbijałam|wbijałem|wbijam|wbiłam|wbiłem|wbijać|wbiję) {sobie} {fill1} (paznokcie|paznokieć|paznokciami|igłę|igły|szpilkę|szpilki|cyrkiel|ostrze|nożyczki|długopis) {fill2} (w|we|do) {body}',
        '(wbijałam|wbijałem|wbijam|wbiłam|wbiłem|drapałam|drapałem|szczypałam|szczypałem) {fill6} (aż|do) (krwi|poleciała krew|krew poleciała|leciała krew|pociekła krew|zaczęła lecieć krew|krwawiło|zaczęło krwawić|była krew)',
      ],
    },
    {
      // Self-harm urges: "mam ochotę się pociąć", "ciągnie mnie do żyletki", "samookaleczenie".
      id: 'pl.self-harm-urge',
      tier: 'cue',
      patterns: [
        '(ochotę|ochota|ciągnie mnie|ciągnie|korci mnie|korci|kusi mnie|chęć|potrzebę|potrzeba|myśli o|myślę o|myślę znowu o) {fill2} (się ciąć|się pociąć|pociąć się|ciąć się|cięcia|cięciu|samookalecz*|żyletk*|zrobić sobie krzywdę|skrzywdzić się|się skrzywdzić|zrobienia sobie krzywdy|sh)',
        'samookalecz*',
        // the infinitive alone: wanted, feared or refused ("ciąć się już nie będę, serio")
        '{cutTo} {sie}', '{sie} [{soon}] {cutTo}', '{cutTo} {fill2} {body}', '({body}|żył|nadgarstków|ud) {fill1} {cutTo}',
        '(tęsknię|tęsknie) za (żyletką|żyletkami|cięciem|bólem)',
        '(trzymam|mam|wzięłam|wziąłem|kupiłam|kupiłem|schowałam|schowałem|patrzę na|wyjęłam|wyjąłem|wykręciłam|wykręciłem|wydłubałam|wydłubałem|rozkręciłam|rozkręciłem|wyciągnęłam|wyciągnąłem) {fill1} (żyletkę|żyletki|żyletką|ostrze|ostrza|temperówkę|temperówki|nożyk)',
        // the blade out of a pencil sharpener: "wyjęłam ostrze z temperówki"
        '(ostrze|ostrza|żyletkę) (z|ze) (temperówki|temperówek|maszynki|golarki|nożyka)',
        '(zasługuję|zasługuje) (na ból|żeby cierpieć|żeby mnie bolało|na cierpienie|żeby krwawić)',
      ],
    },
    {
      // Plans, means, timing, an act under way or done: "połknęłam wszystkie tabletki", "kupiłam linę",
      // "stoję na moście", "skoczę z dachu", "rzucę się pod pociąg", "przedawkowałam".
      id: 'pl.plan-means',
      tier: 'act',
      patterns: [
        '{swallow} {fill1} {many} {fill2} {pills}',
        '{swallow} {fill1} (wszystko|wszystkie|całą zawartość) {fill4} (aptecz*|szaf*|szuflad*|opakowa*)',
        '{swallow} {fill1} (całe opakowanie|całą paczkę|całe pudełko|całą fiolkę|kilka opakowań|dwa opakowania|trzy opakowania|garść|cały listek|cały blister|całą butelkę|całą buteleczkę)',
        '{swallow} [{sie}] {pills} {fill2} (wszystkie|naraz|na raz|całe|całą|ile miałam|ile miałem|jakie miałam|jakie miałem|co miałam|co miałem|z szafki|z apteczki)',
        '(nałykałam|nałykałem|nałykać|naćpałam|naćpałem|zaćpałam) {sie} [{fill1}] [{pills}]',
        // ("nażarłam się" alone is a big dinner)
        '(nażarłam|nażarłem) {sie} [{fill1}] {pills}',
        'przedawkow*',
        '(zbieram|zbierałam|zbierałem|odkładam|odkładałam|odkładałem|chomikuję|uzbierałam|uzbierałem|odłożyłam|odłożyłem|gromadzę|ukrywam|chowam|mam odłożone|mam uzbierane|mam schowane) {fill2} {pills}',
        '(śmiertelna|śmiertelną|zabójcza|zabójczą|letalna|letalną|śmiertelnej|zabójczej) (dawka|dawkę|dawki|ilość|ilości)',
        '(ile|jaka ilość|jaką ilość|ilu) {fill3} {pills} {fill4} (żeby umrzeć|żeby się nie obudzić|żeby się zabić|żeby zabić|śmiertelna|zabija|zabić|do śmierci|żeby nie przeżyć|żeby już nie wstać)',
        '(kupiłam|kupiłem|kupię|mam|mam już|przygotowałam|przygotowałem|zawiązałam|zawiązałem|zrobiłam|zrobiłem|zamówiłam|zamówiłem|załatwiłam|załatwiłem|przywiązałam|przywiązałem) {fill1} (linę|sznur|stryczek|pętlę|pistolet|broń|spluwę|węgiel drzewny)',
        '(lina|sznur|stryczek|pętla) {fill2} (gotowa|gotowy|wisi|zawiązana|zawiązany|przygotowana|przygotowany|czeka)',
        '{standing} {fill2} (na|po drugiej stronie) {fill1} {brink}',
        '{standing} {fill2} na {fill1} {edge} [teraz|właśnie|już|sama|sam|znowu|w nocy] (i patrzę w dół|patrzę w dół|i patrzę na dół|i nie|nie dam|i myślę|i żegnam|i chcę|chciałam|chciałem|i czekam aż|$)',
        '{standing} {fill2} na {fill1} parapecie {fill4} (otwart*|nogi|piętr*|w dół|na dół|skoczyć|skoczę)',
        // On a height and wanting someone to know: "jestem na moście, chciałam tylko żeby ktoś wiedział".
        'na {fill1} {edge} {fill4} (chciałam|chciałem|chcę) {fill2} (żeby ktoś|by ktoś|aby ktoś) (wiedział|wiedziała|wiedzieli)',
        '(siedzę|stoję|usiadłam|usiadłem) (na|w) (oknie|parapecie|krawędzi) {fill4} (nogi|nogami) (za oknem|na zewnątrz|w powietrzu|zwisają|nad przepaścią)',
        '(skoczę|skoczyć|skakać|wyskoczę|wyskoczyć|zeskoczę|zeskoczyć|rzucę|rzucić|rzucam|skoczyłabym|skoczyłbym|wyskoczyłabym|skaczę) {fill2} (z|ze|przez) {fill1} {height}',
        '(rzucę|rzucić|rzucam|rzuciłabym|rzuciłbym|wskoczę|wskoczyć|wejdę|wejść|położę|położyć|położyłam|położyłem|skoczę|skoczyć) {fill2} (pod|na) {fill1} {traffic}',
        '(wjadę|wjechać|wjadę samochodem|wjedę|wjeżdżać|zjadę|zjechać) {fill2} (w|pod|na) {fill1} (drzewo|tira|ciężarówkę|pociąg|słup|mur|barierkę|przepaść|filar|ścianę|przeciwny pas|czołowo)',
        '(myślę|zastanawiam się|mam ochotę|chcę|chce|zaraz|idę) {fill2} [czy|żeby] (skoczyć|skakać|skoczę) ($|w dół|na dół|na tory)',
        '(podciąć|podetnę|podcinać|przeciąć|przetnę|pociąć|podcięłam|podciąłem|przecięłam|przeciąłem) {fill1} [{sobie}] {fill1} (żyły|żyłę|nadgarstki|nadgarstek|gardło|tętnicę)',
        '(wypiłam|wypiłem|wypiję|wypić|łyknęłam|łyknąłem|połknęłam|połknąłem|piję|wypijam) {fill1} (wybielacz*|domestos*|kreta|kret|trutkę|truciznę|trucizny|rozpuszczalnik|płyn do|benzynę|płyn hamulcowy|kwas|ace|środek na szczury)',
        '(strzelić|strzelę|palnąć|palnę|strzeliłabym|strzeliłbym|wpakować|wpakuję) {fill1} {sobie} (w łeb|w głowę|w skroń|kulę|kulkę)',
        '(kulka|kulkę|kula|kulę) w (łeb|głowę|skroń)',
        '{when} {fill2} (to zakończę|zakończę to|to wszystko zakończę|zakończę to wszystko|ze sobą skończę|ze wszystkim skończę)',
        '(zrobię|zrobie) to (dziś w nocy|dzisiaj w nocy|tej nocy|w nocy|jak wszyscy zasną|kiedy wszyscy zasną)',
        '(dziś w nocy|dzisiaj w nocy|tej nocy|dzisiejszej nocy) [już] (to zrobię|zrobię to|to zrobie)',
        '(żyletk*|ostrz*|tabletk*|prochy|prochów|linę|sznur|leki) {fill6} {when} {fill2} (użyję|użyć|wezmę|połknę|zrobię to|ich użyję|jej użyję|go użyję)',
        '(moje ciało|moje zwłoki|mnie) {fill2} (znajdziecie|znajdzie|znajdą|znajdzie ktoś|znajdzie mama) {fill3} (w lesie|w wannie|w rzece|w łazience|rano|jutro|martw*|po wszystkim)',
        '(moje ciało|moje zwłoki) {fill3} (znajdziecie|znajdzie|znajdą)',
        '(wiem|wiem już|już wiem) (jak|kiedy|gdzie) (to zrobię|to zrobić|się zabiję|umrę|to zakończę|to skończę|skończę ze sobą)',
        '(mam|ułożyłam|ułożyłem|przemyślałam|przemyślałem|obmyśliłam|obmyśliłem) [już] [cały] plan {fill3} (jak|żeby|kiedy|gdzie) {fill2} (to zrobić|to zrobię|się zabić|umrzeć|zniknąć|skończyć|zakończyć|odejść)',
        '{when} {fill4} (jak|gdy|kiedy) (wszyscy|rodzice|mama|domownicy|współlokatorzy|wszyscy w domu) (zasną|pójdą spać|wyjdą|będą spali|będą w pracy)',
        '(postanowiłam|postanowiłem|zdecydowałam|zdecydowałem|decyzja zapadła|podjęłam decyzję|podjąłem decyzję) {fill2} {when} $',
        '(tabletki|leki|prochy|tabsy|to) (zaczynają|zaczęły|już) (działać|działają)',
        '(mam|trzymam) (przygotowane|gotowe|odłożone|schowane|uzbierane|odliczone) {pills}',
        '({pills}|żyletk*|linę|sznur|wszystko) {fill4} (czekam|poczekam|czekać) (aż|żeby|az) (wszyscy|rodzice|mama|domownicy|wszyscy w domu|współlokatorka|współlokator) (zasną|pójdą spać|wyjdą|zasnęli|będą spać)',
        '(już|właśnie) (połknęłam|połknąłem|łyknęłam|łyknąłem) $',
        'nie (dzwoń|dzwońcie|wzywaj|wzywajcie) (po nikogo|po karetkę|karetki|na pogotowie|po pomoc|nikogo)',
        'już (połknęłam|połknąłem|wzięłam|wziąłem|łyknęłam|łyknąłem) (wszystkie|je|wszystko|całe)',
      ],
    },
    {
      // Affairs put in order and last things, said without naming death: passwords left to
      // someone "so they won't have to deal with it later", "after tonight I won't write again",
      // "sorry to whoever finds me", a scheduled post, "the last week should be a nice one".
      id: 'pl.arrangements',
      tier: 'act',
      patterns: [
        '(zostawilam|zostawilem|dalam|dalem|przekazalam|przekazalem|napisalam|napisalem|wyslalam|wyslalem|spisalam|spisalem|podalam|podalem) {fill2} (wszystkie hasla|hasla do|haslo do banku|haslo do konta|piny|pin do|dostepy do|wszystkie dostepy)',
        '(hasla|haslo|dostepy|dlugi|karte|karty|kredyt|kredyty|rachunki|czynsz) ... (zeby|aby|by) {fill2} (potem|po mnie|pozniej) nie (musial|musiala|musieli|musialy|trzeba bylo) {fill3} (meczyc|martwic|zajmowac|szukac|placic|ogarniac|uzerac)',
        // (thanks first: "po tej nocy już do ciebie nie napiszę" alone is said to an ex)
        '(dzieki|dziekuje|dzięki|jedyn*) ... po (dzisiejszej|tej) nocy {fill3} (nie napisze|nie bede pisac|nie bede pisal|nie bede pisala|nie uslyszysz|nie zobaczysz|nie uslyszycie|nie zobaczycie)',
        'po (dzisiejszej|tej) nocy {fill2} mnie (nie bedzie|juz nie bedzie)',
        '(przepraszam|przepraszamy|wybacz*|przykro mi|sorry|nie bojcie sie) {fill3} (ten|tego|temu|tym|ci|tych|tej|osobe|kogos) (kto|ktory|ktora|co) (mnie|moje cialo|cialo) (znajdzie|znajda|odnajdzie)',
        '(ten|tego|temu|tym|ci|tych|tej|osobe) (kto|ktory|ktora|co) (mnie|moje cialo|cialo) (znajdzie|znajda|odnajdzie) ... (przepraszam|wybacz*|przykro)',
        '(znajda|znajdzie|odnajda) (moje cialo|mnie martw*|mnie rano)', 'moje cialo (znajda|znajdzie|odnajda)',
        '(zaplanowan*|odlozon*|zaplanowal*) (post*|wiadomos*|wpis*|publikacj*|mail*|maila) {fill4} (niczyja wina|nikt nie jest winny|nikt nie jest winien|nikogo nie winic|nie obwiniajcie|przepraszam|zegnaj*|kocham was)',
        'ostatni* (tydzien|dni|dzien|wieczor|miesiac|weekend) (byl|byla|byly|bylo|minal|minely|minelo) [{word}] (ladn*|dobr*|fajn*|szczesliw*|spokojn*|piekn*|mil*)',
        'ostatni* (papieros*|wschod*|zachod*|kaw*|kawa|poranek|wieczor|spacer|piosenk*|fajk*) ... ostatni* (wschod*|zachod*|poranek|noc|wieczor|dzien|papieros*|raz|kaw*)',
        '(napisalam|napisalem|wybralam|wybralem|ulozylam|ulozylem|zapisalam|zapisalem|jaka|ktora|jakie) {fill2} (piosenk*|muzyk*|playlist*|utw*) {fill3} (na|do|dla) [moj|mojego|moim] pogrzeb*',
        '(piosenk*|muzyk*|playlist*|utw*) (na|do) (moj|mojego) pogrzeb*',
      ],
    },
    {
      // A plan shown by what is around it: access to a gun, "the next train is mine", a date
      // chosen, a past attempt and "this time I won't get it wrong", searching for the highest
      // bridge, standing at the very edge for an hour, the means in hand shown as emoji.
      id: 'pl.plan-signs',
      tier: 'act',
      patterns: [
        '(strzelb*|pistolet*|bron|broni|wiatrowk*|karabin*|sztucer*|mysliwsk*|spluw*) ... wiem gdzie [jest|sa|lezy|leza|trzyma] (klucz|kluczyk|klucze|kod|lezy|leza|trzyma|schowan*)',
        '(pociag*|kolej*|tramwaj*|metro|peron*|sklad*|wagon*) ... (nastepny|nastepna) [jest|bedzie] (moj|moja|moim) $',
        '(nastepny|nastepna) (pociag|tramwaj|sklad|metro) [jest|bedzie] (moj|moja|moim) $',
        '(zrobie|zrobie to|to zrobie) ... (date|dzien|termin) [juz] (mam|wybralam|wybralem|ustalilam|ustalilem|wyznaczylam|wyznaczylem|znam) $',
        '(zrobie|zrobie to|to zrobie) {fill4} (zeby|aby|by) {fill2} nie (mysleli|pomysleli|obwiniali|uznali|myslala|myslal)',
        '(odratowali|odratowano|odcucili|plukanie zoladka|plukali zoladek|plukali mi zoladek|reanimowali|odratowal*) ... (tym razem|teraz|tym razem juz) {fill2} (nie pomyle|doprowadze to do konca|nie odratuja|nie uratuja|nie spieprze|nie zawiode|nie zdaza)',
        '(szukam|szukalam|szukalem|googluje|googlowalam|googlalam|czytam|czytalam|czytalem|sprawdzam|sprawdzalam) {fill4} (wiezowiec*|wiezowc*|most*|dach*|budyn*|blok*|pietr*|wiadukt*) {fill4} (najwyzsz*|otwart* dach*|bez ochrony|wejscie na dach) $',
        '(szukam|szukalam|szukalem|googluje|googlowalam|czytam|czytalam|czytalem) {fill4} jak (odejsc|umrzec|zasnac na zawsze|sie nie obudzic|skonczyc) {fill2} (bez bolu|bezbolesnie|szybko|na pewno)',
        '(stoje|siedze|stojac|siedzac|stalam|stalem|siedzialam|siedzialem) (na|przy|nad) [samej|samym|samiutkiej] (krawedzi|skraju|brzegu|barierce|balustradzie|poreczy) (od|juz|godzine|dlugo|mostu|dachu|urwiska|skaly|kamieniolomu)',
        '(stoje|siedze|stojac|siedzac|stalam|stalem|siedzialam|siedzialem) (na|przy|nad) [samej|samym|samiutkiej] (krawedzi|skraju|brzegu|barierce|balustradzie|poreczy) $',
        '(chce|chcialabym|chcialbym|mysle|mysle zeby|zaraz|pora|ide|pojde|trzeba) {fill2} (wyjsc|wyjde|wyskoczyc|wyskocze|wyleciec|wyfrunac) (przez okno|oknem|z okna|przez balkon|z balkonu)',
        // means in hand, written with emoji: "💊💊💊 w ręce", "⚰️ dziś"
        '(tabletki|tabletek|leki|lekow|prochy) [tabletki] [tabletki] (w rece|w rekach|w dloni|przede mna|odliczone)',
        '(trumna|grob) (dzis|dzisiaj|dzis w nocy|jutro|tej nocy|wieczorem|dzisiejszej nocy)',
        '(noz|nozem|zyletk*|ostrze|ostrzem) (po|na) (udach|rekach|nadgarstkach|brzuchu|ramionach|nogach|udzie|rece|przedramionach|przedramieniu)',
      ],
    },
    {
      // Passive wishes without the word death: hoping the tests show something bad, "if
      // something runs me over, too bad", "they'd breathe out without me", "why get up, why
      // eat", tired of existing, "if my heart just stopped at night I wouldn't mind", blades.
      id: 'pl.passive-signs',
      tier: 'cue',
      patterns: [
        '(mam nadzieje|oby|zeby tylko|marze|modle sie|chcialabym|chcialbym) {fill3} (wyniki|badania|badan|lekarz|lekarze|rezonans|usg|biopsja|testy|tomografia) [{word}] (pokaza|pokaze|wykaza|wykaze|znajda|znajdzie|wykryja|wykryje|znalazl|znalazla|znalezli|wykryl|wykryli|wykazaly|pokazaly) [u mnie|mi] (cos zlego|cos strasznego|cos powaznego|strasz*|rak*|guz*|nieuleczal*|smiertel*|powazn*)',
        '(oby|mam nadzieje ze|marze o|chcialabym|chcialbym) {fill1} (mnie|ja|u mnie|mi) {fill2} (rak|raka|guz|guza|nieuleczal*|smiertel* chorob*)',
        '(oby|chcialabym|chcialbym|marze zeby|marze by) {fill1} (zachorowac|zachorowala|zachorowal) (na raka|na cos nieuleczalnego|na cos smiertelnego|smiertelnie|nieuleczalnie)',
        '(przejedzie|potraci|rozjedzie|zabije|trafi|umre|zdechne|nie obudze sie|nie obudze|zgine) {fill2} (to trudno|trudno|no to trudno|to przynajmniej|niech tak bedzie)',
        '(przejedzie|potraci|trafi|umre|zgine|zabije) to (przejedzie|potraci|trafi|umre|zgine|zabije)',
        '(przechodze|przechodzac|przebiegam) [przez] (ulice|jezdnie|droge|pasy|tory) {fill3} nie (patrze|rozgladam|ogladam)',
        'bez mnie {fill2} by (odetchneli|odzyli|odetchnely|odzyly)', 'bez mnie {fill2} (odetchneliby|odetchna|odzyja|odzyliby|byloby im lzej)',
        '(jestem|ja) {fill3} (dziura w budzecie|dziura budzetowa|zbednym kosztem|balastem|kula u nogi|kamieniem u szyi)',
        'po co (wstawac|sie budzic|jesc|zyc|oddychac|cokolwiek robic|sie starac|istniec) {fill2} po co',
        '(zero|brak|nie ma) sensu {fill3} (we mnie|w moim zyciu)',
        '(zmeczona|zmeczony|zmeczeni|zmeczone|mam dosc|mam dosyc) [samym] (istnieniem|istnienia) $', '(po prostu|samym) istnieniem $',
        'serce {fill2} (samo|sama|we snie|w nocy|po prostu) {fill2} (stanelo|stanie|przestalo bic|przestanie bic|zatrzymalo|zatrzyma)',
        '(jakby|gdyby|jesli|jezeli) {fill2} (sie nie obudzila|sie nie obudzil|nie obudze sie|umarla we snie|umarl we snie) {fill3} (nie obrazila|nie obrazil|nie mialabym nic przeciwko|nie mialbym nic przeciwko|nie zmartwilabym)',
        // self-harm urges: "swędzą mnie ręce żeby wziąć żyletkę"
        '(swedza mnie rece|swedza rece|rece mnie swedza|ciagnie mnie|mam ochote|chce) {fill3} (wziac|chwycic|siegnac po|wyjac) {fill1} (zyletk*|brzytw*|noz|nozyk|ostrze)',
        '(schowalam|schowalem|wyrzucilam|wyrzucilem|oddalam|oddalem) {fill3} (zyletki|zyletke|ostre rzeczy|wszystko ostre|noze|nozyki) {fill4} (mysle|ciagnie|chce mi sie|zeby nie)',
      ],
    },
    {
      // A plan named by its meanings rather than its sentence: means and "enough" ("mam
      // czterdzieści tabletek, powinno wystarczyć"), the moment the house is empty ("jak rodzice
      // pojadą na działkę, to to zrobię"), a place at a near time said as the whole sentence ("dziś
      // w nocy idę na most"), a countdown ("za godzinę wszystko się skończy"), means at hand ("tabletki
      // już mam w ręce", "sznur już przywiązany"), standing on the edge looking down.
      id: 'pl.plan-broad',
      tier: 'act',
      patterns: [
        '({pills}|sznur|linę|lina|pętlę|pętla|żyletki|wysokość|wysokości|piętro|piętra|pięter|dawka|dawkę) {fill4} {enough}',
        '(znalazłam|znalazłem|zebrałam|zebrałem|uzbierałam|uzbierałem|nazbierałam|nazbierałem|odkładałam|odkładałem|chowałam|chowałem) {fill4} {pills} [{word}] [{word}] [{word}] (dużo|mnóstwo|pełno|sporo|wystarczająco|kupa|kupę)',
        '(jak|kiedy|gdy) {fill1} {people} {fill2} {leave} {fill3} {doIt}',
        '{doIt} {fill2} (jak|kiedy|gdy) {fill1} {people} {fill2} {leave}',
        '{soonTime} {fill2} (idę|pójdę|jadę|pojadę|wyjdę|wejdę|wchodzę|pojadę sama|pójdę sama) (na|pod) (most|dach|tory|wiadukt|klif|wieżowiec|blok|urwisko|zaporę|tamę|skarpę) $',
        '{soonTime} wszystko {sie} (skończy|zakończy|urwie) $', '{soonTime} (będzie|już będzie) (po wszystkim|koniec) $',
        '({pills}|żyletkę|żyletki|żyletka|nóż|sznur|linę|pętlę|pistolet|broń) {fill2} (w ręce|w ręku|w dłoni|w rękach|przed sobą|przede mną|obok mnie|na kolanach)',
        '(sznur|lina|linę|pętla|pętlę) {fill2} (przywiązany|przywiązana|przywiązałam|przywiązałem|zawiązany|zawiązana|zawiązałam|zawiązałem|przymocowany|przymocowana|wisi|gotowy|gotowa)',
        '{standing} na {edge} {fill3} (patrzę|patrze|gapię się|spoglądam|patrzę się) (w dół|na dół|w wodę|na wodę|na tory|w przepaść|w dol)',
      ],
    },
    {
      // Passive wishes by meaning: an accident, an illness, the other world, a crash with me in it
      // ("dobrze by było wpaść pod samochód", "żeby tylko zachorować i po cichu umrzeć", "chcę na
      // tamten świat"), being a problem to everyone ("jestem dla wszystkich tylko problemem"),
      // vanishing for good ("chcę zniknąć na zawsze", "wylogować się z życia").
      id: 'pl.passive-wide',
      tier: 'cue',
      patterns: [
        '(dobrze by było|fajnie by było|dobrze byłoby|fajnie byłoby|byłoby dobrze|byłoby fajnie|najlepiej by było|najlepiej byłoby|łatwiej by było) {fill2} (wpaść pod {traffic}|mieć wypadek|się nie obudzić|nie obudzić się|{die}|zniknąć na zawsze|rozbić się|zachorować i {die})',
        '(chcę|chciałabym|chciałbym|marzę|mam nadzieję|oby|żeby|żeby tylko|gdyby tylko|byle) {fill2} (wpaść|wpadnę|wpadła|wpadł) pod {traffic}',
        '(chcę|chciałabym|chciałbym|marzę|oby|żeby|żeby tylko|gdyby tylko|byle|mam ochotę) {fill3} (i|a potem) {die}',
        '(chcę|chciałabym|chciałbym|marzę|pora|czas|mam ochotę|iść|pójść|odejść|przenieść się|wybrać się) [{sie}] [już] (na tamten świat|na drugą stronę|do piachu|do grobu)',
        '(oby|żeby|niech|gdyby) {fill3} (spadł|rozbił się|się rozbił|rozbiła się|się rozbiła|wykoleił się|się wykoleił|uderzył) {fill2} (ze mną|jak będę|kiedy będę|jak polecę|jak lecę|jak jadę|którym lecę|którym jadę)',
        '(jestem|byłam|byłem) {fill1} (dla wszystkich|dla każdego|dla rodziny|dla rodziców|dla mamy|dla bliskich|dla was|dla nich) {fill1} (problemem|ciężarem|kłopotem|zawadą|balastem|zbędna|zbędny|niepotrzebna|niepotrzebny)',
        '(jestem|byłam|byłem) {fill1} (tylko|jedynie|wyłącznie|zwykłym|jednym wielkim|chodzącym) (problemem|ciężarem|kłopotem|zawadą|balastem) (dla wszystkich|dla każdego|dla rodziny|dla rodziców|dla mamy|dla bliskich|dla was|dla nich)',
        'nie chce mi {sie} (już|więcej) (budzić|wstawać rano|obudzić|oddychać|istnieć)',
        // nothing holds me here any more: "nic mnie tu już nie trzyma" ("nic mnie nie trzyma w tym mieście" goes on)
        '(nic|nikt) mnie {fill2} (już|więcej) nie (trzyma|trzymają) $', '(nic|nikt) mnie (tu|tutaj|na tym świecie|przy życiu) {fill1} nie (trzyma|trzymają)',
        // dying in slang, as soon as can be: "niedługo kopnę w kalendarz i wszystkim będzie lżej"
        '(niedługo|wkrótce|pewnie|chyba|kiedyś|w końcu|zaraz) {fill1} {dieSoon} (i wszystkim|i nikt|i nikomu|i wszyscy|i będzie|i w końcu|i mi|$)',
        // wanting it all to end for good: "chcę żeby to wszystko już się skończyło na zawsze"
        '(chcę|chciałabym|chciałbym|marzę|oby|żeby tylko) (żeby|by|aby) {fill4} (skończyło|skończył|skończyła|zakończyło|zakończyła|skończyły) [{sie}] (na zawsze|na dobre|raz na zawsze|raz na zawsze)',
        // tired of being, of existing: "jestem zmęczona byciem"
        '(jestem|czuję {sie}) (zmęczona|zmęczony|wykończona|wykończony|znużona|znużony) (byciem|istnieniem|życiem|oddychaniem) $',
        '(mam dość|mam dosyć|dość mam) (bycia|istnienia|życia|oddychania) $',
        // "po co ja się w ogóle urodziłam", "łatwiej byłoby się nie urodzić"
        '(po co|na co|dlaczego|czemu) [ja] {sie} [w ogóle|wogóle|wogole] (urodziłam|urodziłem|rodziłam|rodziłem)',
        '(łatwiej|lepiej|prościej) (byłoby|by było|było by) [{sie}] (nie urodzić|nie rodzić|nie żyć|umrzeć|nie istnieć|nie obudzić|nie budzić|zdechnąć) [{sie}]',
        '({want}|mam ochotę|marzę żeby) [{sie}] (zniknąć|odejść|zasnąć|usnąć|odkleić|odklejić|wylogować|rozpłynąć) [{sie}] (na zawsze|na dobre|z tego świata|z życia)',
      ],
    },
    {
      // Round 5. Farewells said through arrangements, without the word: a pet given away for good
      // ("oddałam kota siostrze na stałe… u niej będzie mu lepiej"), thanks for everything with a
      // sorry in advance ("dzięki za wszystko… przepraszam z góry"), papers and keys told "jakby co"
      // with "wybacz mi", a letter left that mum will find "when the time comes".
      id: 'pl.farewell-signs',
      tier: 'act',
      patterns: [
        '{giveAway} {fill3} {petGiven} {fill4} {forGood}',
        '{giveAway} {fill3} {petGiven} ... ((jej|mu|im|tobie|ci) {fill2} (lepiej|spokojniej) {fill2} (niż ze mną|niż u mnie|beze mnie)|(u niej|u niego|z nią|z nim|u nich|z nimi|u ciebie|z tobą) {fill2} (będzie lepiej|lepiej będzie|będzie mu lepiej|będzie jej lepiej|mu będzie lepiej|jej będzie lepiej|będzie dobrze))',
        '{thanksAll} ... {sorryAhead}', '{sorryAhead} ... {thanksAll}',
        '{ifAny} {fill4} ({affairs}|{petGiven}) ... ({sorryAll}|(kocham|kochałam|kochałem) (cię|was))',
        '(rozdałam|rozdałem|oddałam|oddałem) [prawie] (wszystko|wszystko co miałam|wszystko co miałem|wszystkie swoje rzeczy|swoje rzeczy) ... (list*|liścik*)',
        '(każdemu|wszystkim) {fill2} (po liście|list|listy|liścik)',
        '(list|listy|liścik|liściki) ... (przeczytają|przeczytasz|przeczytacie|otworzą|znajdą) (kiedy|jak|gdy|po tym jak) {fill2} (wszystko|to wszystko) {fill1} (się skończy|będzie po wszystkim|minie|się stanie)',
        '(zostawiłam|zostawiłem|napisałam|napisałem|położyłam|położyłem|schowałam|schowałem) {fill2} (list|listy|liścik|liściki|kartkę) ... (mama|tata|rodzice|siostra|brat|mąż|żona|ktoś|oni|wszyscy) (znajdzie|znajdą|zobaczy|zobaczą) ($|(jak|kiedy|gdy) (przyjdzie|nadejdzie) (czas|pora))',
        '(nie płacz|nie smuć się|nie rozpaczaj) {fill1} (po mnie|za mną) {fill1} (długo|za bardzo|zbyt długo)',
        '(nie płacz|nie płaczcie|nie smuć się|nie smućcie się) (po mnie|za mną) $',
      ],
    },
    {
      // Round 5. Plans shown by what is around them: pills bought in several pharmacies "so no one
      // asks", waiting for the house to sleep with the means at hand, the rope kept for a week in
      // the cellar, a past rescue and "this time I thought it all through", a day chosen.
      id: 'pl.plan-signs-wide',
      tier: 'act',
      patterns: [
        '{pills} ... (żeby|żebym|aby) {fill1} nie (pytali|pytała|pytał|zapytali|podejrzewali|zauważyli|domyślili się|zadawali pytań)',
        '({pills}|sznur|sznura|linę|lina|pętlę|pętla|żyletki|żyletkę) ... (czekam|poczekam|doczekam) (aż|az|kiedy|jak|do|aż w końcu) {fill1} {people} {fill1} {leave}',
        '(sznur|sznura|linę|lina|pętlę|pętla|stryczek|pistolet|broń|żyletki|żyletkę) {fill4} (kupiłam|kupiłem|zdobyłam|zdobyłem|zamówiłam|zamówiłem|przygotowałam|przygotowałem|znalazłam|znalazłem)',
        '(sznur|sznura|linę|lina|pętlę|pętla|stryczek) {fill3} (mam|już mam|leży|schowany|schowana|schowałam|schowałem|ukryty|ukryta|trzymam|czeka) {fill3} (w|pod|za|na) {hideout}',
        '(sznur|sznura|linę|pętlę|stryczek) (mam|już mam|jest) (od|już od) (tygodnia|miesiąca|dawna|kilku dni|paru dni|wczoraj)',
        '(odratowali|odratowała|odratował|uratowali|odcucili|reanimowali|płukali żołądek|wypompowali|wyciągnęli) ... (tym razem|teraz|tym razem już) {fill2} (wszystko|wszystko już) (przemyślałam|przemyślałem|zaplanowałam|zaplanowałem|przygotowałam|przygotowałem|obmyśliłam|obmyśliłem|przewidziałam|przewidziałem|policzyłam|policzyłem)',
        '(wybrałam|wybrałem|wyznaczyłam|wyznaczyłem|ustaliłam|ustaliłem|zaplanowałam|zaplanowałem) (dzień|datę|termin|sposób) $',
        '(wybrałam|wybrałem|wyznaczyłam|wyznaczyłem) (dzień|datę|termin) ... (jak|kiedy|gdy|aż) {fill1} {people} {fill1} {leave}',
        '(parapecie|gzymsie|dachu|krawędzi|barierce|balustradzie|oknie|okno) ... ((nogi|nogami) (już|w dół|na zewnątrz) (zwiesiłam|zwiesiłem|spuściłam|spuściłem|zwisają|wiszą)|(już|w dół) (zwiesiłam|zwiesiłem|spuściłam|spuściłem) nogi)',
      ],
    },
    {
      // Round 5. Cues by meaning: "if I were gone no one would notice", a denial that still speaks
      // of it ("nie zamierzam nic sobie robić", "nie skoczę, nie martw się"), standing at a height
      // thinking about it, no future at all, "can't go on like this", wishing to fall ill and that
      // it ends by itself, suicide that keeps coming to mind.
      id: 'pl.cue-signs',
      tier: 'cue',
      patterns: [
        // papers or keys told where they are, with a sorry for everything (keys handed back to an ex are told the same way: ask)
        '{affairs} {fill4} ... {sorryAll}',
        // several pharmacies for one stock of pills: ask (one may simply have run out)
        '(kupiłam|kupiłem|kupowałam|kupowałem|brałam|brałem|nazbierałam|nazbierałem|wykupiłam|wykupiłem|zebrałam|zebrałem|wzięłam|wziąłem) {fill1} {pills} {fill1} (w|po) (dwóch|trzech|czterech|pięciu|kilku|paru|różnych|wszystkich|sąsiednich|kilka|paru) (aptekach|aptek)',
        '{goneIf} {fill3} ({nobody} {fill2} (nie zauważył|nie zauważyła|nie zauważyłby|nie zauważy|nie zauważą|nie zauważyliby|nie zapłakał|nie zatęsknił|nie płakał|nie zauważyłoby|by nie zauważył|by nie zauważyła)|{everyone} {fill2} (byłoby|będzie|by było|byłoby im) (lepiej|łatwiej|prościej|ok|okej|spokojniej|wszystko jedno))',
        '(nie zamierzam|nie chcę|nie planuję|nie mam zamiaru|nie będę) {fill1} (nic|niczego) {sobie} (robić|zrobić)',
        'nie (skoczę|wyskoczę|rzucę {sie}|skocze|wyskocze) [{word}] ... (nie martw|nie bój|spokojnie|obiecuję|słowo|nie panikuj)',
        'nie (skoczę|wyskoczę|skocze|wyskocze|wejdę|wyjdę|rzucę {sie}) (z|na|przez|pod) {fill1} ({height}|{edge}|{traffic})',
        '{pills} (łykać|połykać|żreć|brać garściami) nie (będę|zamierzam|mam zamiaru)',
        '({standing}|stać|wychodzę|wyjdę|stałam|stałem|siedziałam|siedziałem) na ({edge}|parapecie|krawędzi) {fill4} (myślę|myśle|wyobrażam sobie|zastanawiam się|patrzę w dół|patrze w dół) [{word}] (o tym|jak|czy|w dół|jakby to było)',
        '(jak|kiedy|gdy) ({standing}|stoje|stoję|siedzę|siedze) na ({edge}|parapecie|krawędzi) {fill2} (to|wtedy) {fill1} (o tym|o skoku|o śmierci) (myślę|myśle|myślę sobie)',
        '(dach*|most*|balkon*|okn*|parapet*|tor*|tablet*|sznur*) ... (wyobrażam sobie|myślę|zastanawiam się) (jak|jakby) (to|by to) (byłoby|by było|będzie|było)',
        '(nie widzę|nie widze) [już] (żadnej|zadnej|jakiejkolwiek|swojej|mojej) przyszłości', '(nie mam|nie ma dla mnie|nie mam już) (żadnej|zadnej) przyszłości',
        '(żadnej|zadnej|mojej) przyszłości {fill1} (nie ma|nie będzie|nie widzę) $', 'nic już nie będzie $',
        'nie (mogę|moge) [już] tak (dłużej|dalej|więcej) $', 'nie dam już rady $', 'już nie dam rady $',
        '{wishLight} {fill3} (zachorować|zachoruję|zachorowała|zachorował) {fill2} ((poważnie|śmiertelnie|nieuleczalnie|na raka|na coś poważnego|na coś śmiertelnego)|(i umrzeć|i zgasnąć|i po cichu))',
        '{wishLight} {fill2} (na coś|na raka|na coś poważnego) {fill1} (poważnie|śmiertelnie|nieuleczalnie) (zachorować|zachorowała|zachorował)',
        '(żeby|żeby to|żeby wszystko|by) {fill1} {sie} (samo|sama|samo z siebie) (skończyło|skończyła|urwało|zakończyło)',
        '(po cichu|spokojnie|powoli) (zgasnąć|zgasnac|wygasnąć|zniknąć na zawsze) $',
        '(nic|niczego) {fill2} nie (zrobię|zrobie) ... ((myślę|myśle|myśli) o tym|o tym {fill1} (myślę|myśle|myśli))',
      ],
    },
    {
      // Round 6. Goodbyes said by handing things on and by what comes after (act): the aquarium
      // "is yours from today ... you'll look after them longer than me", an envelope of money "for
      // the costs that will come later", PINs on one sheet "so she won't have to search", a mail set
      // to go out on Friday "don't open it early", "when I'm gone tell her it's not her fault",
      // thanks for the years and sorry "for what comes now", choosing the photo "if one is needed".
      id: 'pl.handover-signs',
      tier: 'act',
      patterns: [
        '{handover} ... {after}', '{after} ... {handover}',
        '(jak|kiedy|gdy|jeśli|jeżeli) mnie {fill1} zabraknie [kiedyś|już] ($|to|wtedy) ... (powiedz|powiedzcie|przekaż|przekażcie|niech|zajmij|zajmijcie|zaopiekuj|zaopiekujcie|opiekuj|opiekujcie|weź|weźcie|oddaj|oddajcie|pamiętaj|pamiętajcie|dbaj|dbajcie|nie)',
        '(powiedz|powiedzcie|przekaż|przekażcie) ... (jak|kiedy|gdy) mnie {fill1} zabraknie $',
        '(dzięki|dziękuję|dzieki|dziekuje) {fill3} za (te|wszystkie|te wszystkie|tyle) {fill1} (lata|lat|wspólne lata) ... (przepraszam|sorry|wybacz|wybaczcie) {fill6} za to co (będzie|się stanie|teraz będzie|zaraz będzie|zrobię|się zaraz stanie|zaraz zrobię|się wydarzy) [teraz|zaraz|potem|niedługo|dziś|dzisiaj] $',
        '(zostawiłam|zostawiłem|wybrałam|wybrałem|odłożyłam|odłożyłem|zapisałam|zapisałem|wrzuciłam|wrzuciłem) {fill6} (zdjęcie|zdjęcia|fotkę|fotografię|zdjęciem) ... (jakby|gdyby) (trzeba było|trzeba będzie|było trzeba|będzie trzeba) {fill2} (wybrać|wybierać|dać|użyć)',
      ],
    },
    {
      // Round 6. Plans shown by what is around them (act): time off "no one will start looking
      // for me before Wednesday", the deepest spot where no one walks after dark, alone in the woods
      // "with everything needed", a day chosen "so he has something to remember all his life", a
      // past attempt and now telling no one, locked in "with what I prepared", "I did it half an hour
      // ago, I'm getting cold", goodbyes written and leaving at midnight, an unnamed order (cue).
      id: 'pl.plan-context',
      tier: 'act',
      patterns: [
        'nikt [mnie] nie {fill2} (szukać|szukał|szukała|zauważy|zauważyć|zorientuje|zorientować|zauważą|zorientują|hałasu|alarmu|zgłaszać|zgłosi|wszczynać|podniesie) [mnie] (przed|do|aż do|wcześniej niż) {word}',
        '(zalew*|jezior*|rzek*|rzeki|wisł*|odr*|staw*|morze|morza|zapor*|most*|wiadukt*|torach|tory|torów|dach*|klif*|urwisk*|kamieniołom*|wieżowc*) ... (najgłębiej|najwyżej|najgłębsze|najwyższy|najwyższe|najgłębszy) ... (po zmroku|w nocy|nocą|po ciemku|wieczorami|wieczorem|po północy) {fill2} (nikt|nikogo) [{word}] nie (chodzi|ma|widzi|zobaczy|przychodzi|bywa|zagląda)',
        '(po zmroku|w nocy|nocą|po ciemku|wieczorami|wieczorem|po północy) {fill2} (nikt|nikogo) [{word}] nie (chodzi|ma|widzi|zobaczy|przychodzi|bywa|zagląda) ... (najgłębiej|najwyżej|najgłębsze|najwyższy|najgłębszy)',
        '(w lesie|nad rzeką|nad jeziorem|nad wodą|nad zalewem|na moście|na dachu|w garażu|w aucie|w samochodzie|na torach|w piwnicy|na strychu) {fill3} [$] (sama|sam|samotnie|całkiem sama|całkiem sam|zupełnie sama|zupełnie sam) ... (wzięłam|wziąłem|mam|zabrałam|zabrałem|spakowałam|spakowałem|przygotowałam|przygotowałem) (wszystko|już wszystko|ze sobą wszystko) (co trzeba|co potrzebne|czego potrzebuję|co potrzeba|co mi potrzebne)',
        '(wzięłam|wziąłem|mam|zabrałam|zabrałem|spakowałam|spakowałem) (wszystko|już wszystko) (co trzeba|co potrzebne|czego potrzebuję|co potrzeba) ... (w lesie|nad rzeką|nad jeziorem|nad wodą|na moście|na dachu|w garażu) {fill3} (sama|sam|samotnie|zupełnie sama|zupełnie sam)',
        '(byłaby|byłby|byłoby|miała być|miał być|miałaby być|miałby być) {fill2} (nasza|naszą|nasz|jego|jej|nasze) {fill1} (rocznica|rocznicą|rocznicę|urodziny|ślub|walentynki|miesięcznica) ... (wybrałam|wybrałem|wyznaczyłam|wyznaczyłem|ustaliłam|ustaliłem) {fill1} (dzień|datę|termin|noc)',
        '(się nie udało|nie wyszło|przeżyłam|przeżyłem|odratowali|uratowali|odratowano) ... (psychiatryk*|psychiatri*|szpital*|sor|sorze|toksykologi*|oddział*|odział*|płukanie) ... (teraz|tym razem) {fill3} (nikomu|nic nie mówię|nikt nie wie|nie powiem|się uda|nie pomylę|porządnie|dokładnie|nikt się nie dowie)',
        '({standing}|zamknęłam się|zamknąłem się|zamknięt*|siedzę|leżę) {fill6} (z tym co|z tym czego|z czymś co|ze wszystkim co) (przygotowałam|przygotowałem|naszykowałam|naszykowałem|uzbierałam|uzbierałem|załatwiłam|załatwiłem|kupiłam|kupiłem|zebrałam|zebrałem) $',
        '(zrobiłam|zrobiłem) to {fill3} (temu|przed chwilą) ... (robi mi się|jest mi|czuję się|zaczyna mi być|zaczyna się robić|robi się|zaczyna mi się) {fill1} (zimno|sennie|ciemno przed oczami|kręcić w głowie|kręci w głowie|zasypiać|odpływać|drętwieć)',
        '(wszystkim|każdemu|rodzicom|mamie) {fill2} (napisałam|napisałem|powiedziałam|powiedziałem|wysłałam|wysłałem) {fill2} (co chciałam|co chciałem|co miałam|co miałem|co trzeba|co należało) ... ({soonTime}|o północy|o świcie|w nocy) {fill3} (wychodzę|wyjdę|idę|pójdę|jadę|pojadę|wyjeżdżam) [z domu|z mieszkania] $',
      ],
    },
    {
      // Round 6. Cues by meaning: to stop being ("przestać być", "żeby mnie nie było"), envying a
      // fatal diagnosis, not knowing if I'll last till July and not caring, hoping each night is
      // the last, worse for them the longer I'm here, a battery with no charger, not managing day
      // after day, dissolving so no one has to clean up after me, "why not me" after an accident,
      // a tomorrow that never starts would be ok, imagining my funeral, an unnamed order to hold on for.
      id: 'pl.passive-context',
      tier: 'cue',
      patterns: [
        '(przestać|przestała|przestał|przestanę) (być|istnieć) $', '(żeby|aby|by) mnie [już] [w ogóle|wcale] (nie było|nigdy nie było) $', '(jakby|jak by) mnie (nigdy|w ogóle) nie było $',
        '(zazdroszczę|zazdrościłam|zazdrościłem|zazdroszcze) {fill3} (diagnozy|raka|choroby|śmierci|wypadku|nowotworu|guza|że umarł|że umarła|że nie żyje|że odszedł|że odeszła|że zginął|że zginęła)',
        '(nie wiem czy|wątpię czy|wątpię że|nie sądzę że|nie sądzę żebym|chyba nie) {fill1} (dociągnę|dożyję|doczekam|przeżyję|przetrwam|pociągnę) (do|tego|następnego|kolejnego) {word} ... (nie obchodzi|wszystko jedno|obojętne|nie zależy|nie martwi|mi to obojętne|nie przejmuję)',
        '(nie wiem czy|wątpię czy|wątpię że|nie sądzę że|nie sądzę żebym) {fill1} (dożyję|doczekam) (do)? {word}',
        '(zasypiam|zasypiać|kładę się|idę spać) {fill2} (z nadzieją|mając nadzieję|licząc|modląc się) {fill3} (ostatnia|ostatni raz|ostatni|się nie obudzę|nie wstanę|nie obudzę)',
        '(wkurzona|wkurzony|zła|zły|rozczarowana|rozczarowany|zawiedziona|zawiedziony|smutna|smutny|wściekła|wściekły) {fill1} (że|bo) (znowu|znów|jednak|jeszcze|dalej) (rano|się obudziłam|się obudziłem|żyję|obudziłam|obudziłem|wstałam|wstałem|dzień|jestem)',
        '(im dłużej|dopóki|póki) {fill2} (tu|tutaj|na świecie|żyję|jestem|istnieję) {fill3} (tym gorzej|gorzej|tym ciężej|tym więcej problemów) (dla nich|dla was|dla wszystkich|dla niej|dla niego|dla rodziny|dla rodziców|dla mamy|im|wam)',
        '(mama|tata|rodzice|matka|ojciec|siostra|brat|babcia|dziadek) przeze mnie (bierze leki|płacze|choruje|nie śpi|cierpi|się martwi|osiwiała|osiwiał|ma nerwicę|ma depresję|chodzi do lekarza)',
        '(jestem|czuję się) (jak|niczym) {fill4} (bateria|akumulator|świeca|świeczka|telefon|zapałka) {fill6} (nie ma i nie będzie|nie będzie|nikt nie naładuje|się nie naładuje|zaraz zgaśnie|zgasnę|wyczerpię|padnę na zawsze|nie da się naładować)',
        'nie (umiem|potrafię|mogę|dam rady|daję rady|mam siły) [już] [dłużej|dalej] (ciągnąć|pociągnąć|dźwigać|ciągnąć dalej|tak ciągnąć) [tego|tak|dalej|tak dalej|tego dalej|wszystkiego|tego wszystkiego] (dzień po dniu|z dnia na dzień|każdego dnia)',
        '(samo|sama|sam) (myślenie|myśl) o (jutrze|kolejnym dniu|następnym dniu|przyszłości|dalszym życiu) {fill2} (to za dużo|za dużo|mnie przeraża|mnie dobija|jest nie do zniesienia|mnie przerasta|mnie przygniata)',
        '(nikt|nikt nawet|nawet nikt) {fill1} nie (musiał|musiała|musieli|musiałby|będzie musiał) {fill1} po mnie (sprzątać|sprzątnąć|posprzątać|zbierać|płakać)',
        '({want}|chciałabym|chciałbym|marzę|wolałabym) {fill1} (rozpuścić|rozpłynąć|wyparować|ulotnić|rozwiać) {fill1} (w powietrzu|w powietrze|w nicość|w niebyt|na zawsze|jak dym) [tak] (żeby|aby|by)',
        '(wypadk*|zginął|zginęła|zginęli|umarł|umarła|śmierci|nie żyje|zmarł|zmarła|katastrof*|karambol*) ... (czemu|dlaczego) [to] (nie ja|nie mnie|nie ja zamiast)',
        '(jakby|gdyby|jeśli|jeżeli|jak) {fill2} (jutro|dzień|ranek|poranek|następny dzień) {fill1} (się nie zaczęło|się nie zaczął|nie nadeszło|nie nadszedł|nie przyszło|nie przyszedł|nie nastało|nie nastał|nie nastąpił|nie nastąpiło) {fill4} (ok|okej|dobrze|w porządku|nie szkodzi|wszystko jedno|spoko|super|nie miałabym nic przeciwko|nie miałbym nic przeciwko)',
        '(myślę|myśle|wyobrażam sobie|zastanawiam się|myślałam|myślałem|wyobrażałam|wyobrażałem) {fill4} (mój pogrzeb|moim pogrzebie|moim pogrzebem|na mój pogrzeb|mój nagrobek|mój nekrolog|moją trumnę)',
        '(mój pogrzeb|moim pogrzebie|na mój pogrzeb) ... kto by {fill2} (przyszedł|przyszła|przyszli|płakał|płakała)',
        '(zamówiłam|zamówiłem) (przez neta|przez internet|online|w necie|w sieci) $ ... (jakoś|jeszcze|chyba) (wytrzymam|przetrwam|dociągnę|pociągnę|przeżyję)',
        '(popełnię|popełnić|popełniłabym|popełniłbym|popełnienia|popełniam) (sudoku|seppuku|harakiri|samobója)',
      ],
    },
    {
      // Round 7. Passive wishes and burden in new shapes (cue): of use at last through a life policy
      // or one's organs, envying the dead grandfather in his grave, wanting everything to end "and
      // me too", "without me she'd finally have her own life", not seeing oneself next week or at
      // Christmas, taking up someone's place and oxygen, a serious illness welcome, a coma "or for
      // ever", praying God takes me in my sleep, "while I'm still here", "I won't come back anywhere",
      // new scars wanted, a denial "if I had the strength, who knows".
      id: 'pl.passive-shapes',
      tier: 'cue',
      patterns: [
        '{przydatna} ... {smierckontekst}', '{smierckontekst} ... {przydatna}',
        '(moja śmierć|mój zgon|moje odejście) {fill3} (przynajmniej|chociaż|wreszcie|w końcu) {fill3} (przydała|przydało|przyda|sens|sensu|do czegoś|na coś)',
        '(więcej|większy) (pożytku|pożytek) {fill4} (ze mnie martwej|ze mnie martwego|z mojej śmierci|z polisy|z ubezpieczenia|z mojego trupa)',
        '(grób|grobie|grobu|cmentarz*|nekrolog*|klepsydr*|zmarłym|zmarłych|umarłym|umarłych|nieboszczyk*) {fill8} (zazdroszczę|zazdroszcze|zazdrościłam|zazdrościłem|zazdrość|zazdrosna|zazdrosny)',
        '(zazdroszczę|zazdroszcze|zazdrościłam|zazdrościłem) (zmarłym|umarłym|nieboszczykom|trupom|tym co już nie żyją|tym którzy już nie żyją|tym którzy odeszli|tym w grobach)',
        '(chcę|chce|chciałabym|chciałbym|marzę|oby|niech|żeby) {fill4} (skończyło|skończyła|skończył|zakończyło|skończyły|kończyło|urwało|skończy|zakończy) {fill3} ... (ja też|mnie też|łącznie ze mną|razem ze mną|ze mną włącznie|ja razem z nim|a ja z nim|ja razem z tym|i ja też|ja również) $',
        '(bez mnie|beze mnie|gdyby mnie nie było|jakby mnie nie było|gdyby nie ja|jakby nie ja) {fill3} (miałaby|miałby|mieliby|miałyby|odzyskałaby|odzyskałby|odzyskaliby|odzyskałyby|mogłaby|mógłby|mogliby|żyłaby|żyłby|żyliby) {fill3} (swoje życie|własne życie|normalne życie|życie|spokój|święty spokój|czas dla siebie|wolność|luz)',
        '(miałaby|miałby|mieliby|odzyskałaby|odzyskałby|odzyskaliby) {fill3} (swoje życie|własne życie|normalne życie|spokój|święty spokój|czas dla siebie|wolność) {fill2} (bez mnie|beze mnie|gdyby mnie nie było|gdyby nie ja)',
        '(jestem|czuję się) (dla niej|dla niego|dla nich|dla was|dla mamy|dla rodziców|dla rodziny|dla wszystkich) (jak|jakby|niczym) {fill2} (dodatkowe dziecko|kolejne dziecko|drugie dziecko|ciężar|balast|kula u nogi|pasożyt|obowiązek|kamień u szyi)',
        '(nie widzę|nie widze|nie wyobrażam sobie|nie wyobrazam sobie) (siebie|się|mnie) {fill3} {czasPL} $', 'siebie {fill3} {czasPL} {fill1} nie (widzę|widze|wyobrażam)', 'siebie nie (widzę|widze) {fill2} {czasPL} $',
        '(zajmuję|zabieram|zajmuje|zajmować) {fill2} (miejsce|tlen|powietrze|przestrzeń) {fill1} (na tym świecie|na świecie|na ziemi|w tym świecie)',
        '(zabieram|kradnę|zużywam|marnuję|zajmuję) {fill2} (tlen|powietrze) (innym|komuś|ludziom)',
        '(ktoś inny|ktoś|inni|ktokolwiek inny) {fill3} (wykorzystał|wykorzystałby|wykorzystaliby|wykorzystała|zasługuje|zasłużył|zasługiwał) {fill2} (tlen|powietrze|to życie|moje życie|moje miejsce na świecie|moje miejsce na ziemi)',
        '(jak|jeśli|jeżeli|gdyby|nawet jak|a jak|jakby) {fill2} (coś poważnego|rak|raka|nowotwór|guz|coś złego|coś śmiertelnego|śmiertelne|nieuleczalne|coś groźnego) {fill4} (niech sobie będzie|niech będzie|niech się dzieje|niech rośnie|na rękę|tym lepiej|mi wszystko jedno|wszystko jedno|obojętne|niech mnie zabierze)',
        '(nie idę|nie pójdę|nie chodzę|nie pójde|nie ide) do lekarza ... (na rękę|tym lepiej|niech sobie będzie|niech się dzieje|wszystko jedno)',
        '({want}|{wishLight}|mogłabym|mógłbym|marzy mi się) {fill2} (zapaść|zapadnąć|być|leżeć|wpaść) (w|w jakąś|w długą|w wieczną) (śpiączkę|śpiączce|letarg)',
        '(marzę|marze|marzy mi się|chciałabym|chciałbym) (o)? (śpiączce|śpiączkę|wiecznym śnie|wieczny sen)',
        '(śpiączk*|letarg*|zasnąć|usnąć|przespać|zahibernować|sen zimowy) ... (albo|lub|a najlepiej|najlepiej|a może) (na zawsze|już na zawsze|na wieki|do końca)',
        '(modlę się|modle sie|modliłam się|modliłem się|proszę boga|prosze boga|błagam boga|proszę pana boga|proszę bozię|modlę) {fill2} (żeby|by|aby|o to żeby|o to by) {fill1} (bóg|pan bóg|bozia|pan jezus|jezus|ktoś tam na górze|śmierć|aniołowie) {fill1} (zabrał|zabrała|zabrali|wziął|zabierze|wzięła) mnie',
        '(zabrał|zabrała|wziął|zabierze|weźmie|wzięła|zabrali) mnie {fill1} (we śnie|z tego świata|ze świata|do nieba|na tamten świat)',
        '(boga|bóg|bozię|bozia|pana boga|pan bóg|jezusa|śmierć|niebo) ... mnie {fill1} (zabrał|zabrała|wziął|zabierze|weźmie|wzięła|zabrali) {fill1} (we śnie|do siebie|z tego świata|ze świata|do nieba|na tamten świat|już)',
        '(niech|oby) {fill1} mnie {fill1} (bóg|pan bóg|bozia|śmierć) (zabierze|weźmie|zabrał|wziął)',
        '(póki|dopóki) jeszcze (jestem|tu jestem|istnieję) $',
        '(już|ja już|ja) nigdzie (już)? nie (wracam|wrócę|wróce) $',
        '(blizn*|rany|ran|kreski|kresek|cięcia|cięć) ... (dorobić|dorobię|dołożyć|dołożę|dodać|dodam|zrobić|zrobię|mieć) (nowe|kolejne|świeże|następne) $',
        '(dorobić|dorobię|dołożyć|dołożę|dodać|dodam|zrobić|zrobię|mieć) {fill1} (nowe|kolejne|świeże|następne|nowych|kolejnych|świeżych) (blizny|rany|kreski|cięcia|blizn|ran|kresek|cięć)',
        '(nic nie planuję|nic nie planuje|nie planuję nic|niczego nie planuję|nic nie zrobię|nic sobie nie zrobię) $ ... (gdybym|jakbym|jak bym|jakby|gdyby|jak będę|jak będzie|kiedy będę) {word} [{word}] [to] (kto wie|kto to wie|nie ręczę|różnie by było|nie wiem co by było|nie wiem co bym zrobiła|nie wiem co bym zrobił)',
        '(kończę|skończę) (z tym wszystkim|ze wszystkim) $',
        '(dobrze|lepiej|spokojniej|radośniej|promiennie) (wyglądam|się czuję) ... nie (wiedzą|wie) (czemu|dlaczego|o co chodzi) $',
      ],
    },
    {
      // Round 7. Goodbyes said by arrangements and last times (act): "it is not just in case",
      // "the boss thinks I'm going on holiday, I'm not coming back anywhere", an old wrong put right
      // "while I'm still here", diaries burnt "so no one has to read them later", a card signed ahead
      // "let her give it when the time comes", "please don't think later it was your fault", a last
      // match with Dad "he didn't know, I did", an account deleted "along with me", a date chosen.
      id: 'pl.goodbye-shapes',
      tier: 'act',
      patterns: [
        '(na wszelki wypadek) ... (to nie jest|to wcale nie jest|ale to nie jest|tylko że to nie jest|to nie|nie jest) (na wszelki wypadek|żaden wszelki wypadek)',
        '{coverThink} ... (już|ja już|więcej) {fill1} nigdzie nie (wracam|wrócę|wróce) [już] $',
        '(przeprosiłam|przeprosiłem|przeprosić|napisałam|napisałem|pogodziłam|pogodziłem|pogodzić|podziękowałam|podziękowałem|podziękować|zamknąć|wyjaśnić|powiedzieć|pożegnać|pożegnałam|pożegnałem|odwiedzić|odwiedziłam|odwiedziłem|oddać|oddałam|oddałem|spłacić|spłaciłam|spłaciłem|załatwić|wyznać) ... (póki|dopóki) (jeszcze)? (jestem|tu jestem|żyję|istnieję) $',
        '(przeprosiłam|przeprosiłem|przeprosić|pogodziłam|pogodziłem|podziękowałam|podziękowałem|zamknąć|wyjaśnić|powiedzieć|pożegnać|pożegnałam|pożegnałem) ... (zanim|nim) mnie (nie będzie|zabraknie|nie stanie) $',
        '{zniszczone} ... {poMnie}', '{poMnie} ... {zniszczone}',
        '{naprzod} ... (niech|niechaj|żeby|ma|mają) {fill3} (da|dała|dał|dadzą|przekaże|przekażą|wręczy|wręczą|odda|oddadzą|otworzy|otworzą) ... ((jak|kiedy|gdy) (przyjdzie|nadejdzie) (czas|pora|ten dzień)|(ja|bo ja) [jej|mu|im|ich|ją|go] (już|wtedy|już wtedy) nie (dam|wręczę|przekażę|złożę|będę))',
        '{naprzod} ... (ja|bo ja) [jej|mu|im|ich|ją|go] (już|wtedy|już wtedy) nie (dam|wręczę|przekażę) $',
        '(potem|później|po wszystkim|wtedy|po mnie|jak się dowiesz|kiedy się dowiesz|jak się dowiecie) {fill3} [nie] (myśleć|myśl|myślcie|myśli|obwiniać|obwiniaj|obwiniajcie|winić|wińcie) {fill2} (że|ze) [to] (pani|pana|państwa|twoja|wasza|jej|jego|ich) (wina|winy)',
        '(potem|później|po wszystkim|po mnie) {fill2} [nie] (obwiniać|obwiniaj|obwiniajcie|obwiniała|obwiniał|winić|wińcie) (się|siebie)', '(się|siebie) (potem|później|po wszystkim) nie (obwiniać|obwiniaj|obwiniajcie|winić)', 'nie (obwiniaj|obwiniajcie|obwiniać) (się|siebie) (potem|później|po wszystkim)',
        '{famPL} ... (nie wiedział|nie wiedziała|nie wiedzieli|nie wie|nie wiedzą|nie ma pojęcia|nie mają pojęcia|nie miał pojęcia|nie miała pojęcia|nie mieli pojęcia) {fill2} (że|ze) [to] {fill2} (ostatni|ostatnia|ostatnie|po raz ostatni|ostatnim)',
        '(ostatni raz|po raz ostatni) {fill4} {famPL} ... (nie wie|nie wiedział|nie wiedziała|nie wiedzą|nie wiedzieli|nie ma pojęcia|nie mają pojęcia|tylko ja wiem|tylko ja wiedziałam|tylko ja wiedziałem|ja wiedziałam|ja wiedziałem) $',
        '(konto|konta|profil|profile|telefon|komputer|dysk|wszystko|rzeczy|pamiętniki|dane) {fill4} (do kosza|do śmieci|do usunięcia|do kasacji|w niebyt|w piach|do piachu|znika|zniknie|znikają|usunięte|skasowane|idzie|idą) {fill2} (razem ze mną|wraz ze mną|tak jak ja|jak i ja|i ja też)',
        '(odkąd|od kiedy|od czasu jak|jak tylko) {fill1} (wybrałam|wybrałem|ustaliłam|ustaliłem|wyznaczyłam|wyznaczyłem|znam|mam|wiem) {fill1} (datę|dzień|termin|kiedy) (jestem|czuję|i jestem|i czuję|zrobiło|mi|zrobiło mi się|jest mi|czuję się|mam w sobie|spłynął)',
        '(mam|wybrałam|wybrałem|ustaliłam|ustaliłem|wyznaczyłam|wyznaczyłem) (datę|dzień|termin) $ ... (spokojna|spokojny|spokój|ulga|ulgę|lżej)',
      ],
    },
    {
      // Round 7. Plans told through place, time and means (act): a one-way ticket "the return won't
      // be needed", a high empty office "and I'm staying, supposedly to finish a report", a roof key
      // got with a cover story, on a dam having written to everyone and switching the phone off,
      // having drunk what was under the sink, "not two funerals in one week, but right after", by the
      // river at night "I'm not going home any more", drugs "all at once tonight", a rope bought "don't
      // tell anyone", leaving this world.
      id: 'pl.plan-shapes',
      tier: 'act',
      patterns: [
        '(powrotny|powrotnego|bilet powrotny|biletu powrotnego|powrotu|w drugą stronę) ... (nie będzie|już nie będzie|mi nie będzie|nie będzie mi|nie jest|nie będzie już) {fill1} (potrzebny|potrzebna|potrzebne)',
        '(w jedną stronę|tylko w jedną stronę|bez powrotu) ... (nie wracam|nie wrócę|nie będzie potrzebny|powrotu nie będzie|wracać nie zamierzam|nie zamierzam wracać|nie mam zamiaru wracać)',
        '{highFloor} ... (zostaję|zostanę|zostaje|zostać|zostanę sama|zostanę sam|zostaję sama|zostaję sam) {fill2} (niby|rzekomo|oficjalnie|podobno|pod pretekstem|udając|że niby|tak niby)',
        '(zostaję|zostanę|zostaje|zostać) {fill3} (niby|rzekomo|oficjalnie|podobno|pod pretekstem|udając|że niby) ... {highFloor}',
        '{dachDostep} ... {coverSaid}', '{coverSaid} ... {dachDostep}',
        '({standing}|stoję|siedzę|jestem) {fill2} na {fill1} ({edge}|tamie|zaporze|grani|szczycie|skale|wieży|krawędzi) ... ((do wszystkich|wszystkim|każdemu|mamie|rodzicom|bliskim) {fill2} (napisałam|napisałem|wysłałam|wysłałem|się pożegnałam|się pożegnałem) $|(wyłączam|wyłączę|wyłączyłam|wyłączyłem) (telefon|komórkę|tel|fona) $)',
        '(wypiłam|wypiłem|wypiję|wypić|łyknęłam|łyknąłem|połknęłam|połknąłem|napiłam się|napiłem się|piję|wypijam) {fill4} (pod zlewem|spod zlewu|z szafki pod zlewem|chemię|chemii|środek do (czyszczenia|udrażniania|rur|wc|toalet|mycia)|płyn do (mycia|czyszczenia|prania|naczyń|chłodnic|szyb|wc|toalet|udrażniania|rur)|płynu do (mycia|czyszczenia|prania|naczyń|chłodnic|szyb|wc|toalet|udrażniania|rur)|odrdzewiacz*|odkamieniacz*|amoniak*|denaturat*|antyfryz*|płyn hamulcowy)',
        '(wypiłam|wypiłem|połknęłam|połknąłem|łyknęłam|łyknąłem) ... (pali|piecze|parzy|wypala|żre) {fill2} (w gardle|gardło|w przełyku|przełyk|w żołądku|żołądek|w środku|od środka) ... (przepraszam|wybaczcie|żegnajcie|przykro mi)',
        '[nie] (zrobię|zafunduję|zrobić|zafundować|urządzę|urządzić|zgotuję) {fill2} (dwóch pogrzebów|dwa pogrzeby|drugiego pogrzebu|kolejnego pogrzebu|drugi pogrzeb|kolejny pogrzeb|jeszcze jednego pogrzebu)',
        '(nie zepsuję|nie popsuję|nie zniszczę|nie zafunduję|nie chcę zepsuć|nie chcę popsuć|nie chcę zniszczyć) {fill5} ... [ale|a|dopiero|to] ((zaraz|tuż|od razu) po|po tym|po wszystkim|potem tak|później tak) $',
        '(nie zepsuję|nie popsuję|nie zniszczę|nie zafunduję|nie chcę zepsuć|nie chcę popsuć|nie chcę zniszczyć) {fill5} ... (ale|a|dopiero) (potem|później) $',
        '(nad wisłą|nad rzeką|nad wodą|nad odrą|nad jeziorem|nad morzem|nad zalewem|bulwar*|na moście|na most|na tory|na torach|na dachu|na dach|w lesie|do lasu|na molo|na molu|na klif) ... [do domu] (już|więcej|ja już) [do domu] nie (wracam|wrócę|wróce) [już] [do domu] $',
        '(towar|towaru|prochy|prochów|dragi|dragów|narkotyki|heroin*|fentanyl*|kokain*|mefedron*|mefę|klonazepam*|xanax*|{pills}|działkę|działki|kwas|pigułki) ... (biorę|wezmę|łyknę|wciągnę|walnę|zarzucę|przyjmę|wstrzyknę|połknę) (wszystko|całość|wszystkie|całe|cały|całą|wszystko co mam) (naraz|na raz|za jednym razem|jednocześnie|od razu)',
        '(biorę|wezmę|łyknę|wciągnę|walnę|zarzucę|przyjmę|wstrzyknę|połknę) (wszystko|całość|wszystkie|całe|cały|całą|wszystko co mam) (naraz|na raz|za jednym razem|jednocześnie|od razu) ... (towar|towaru|prochy|prochów|dragi|dragów|narkotyki|heroin*|fentanyl*|kokain*|mefedron*|mefę|klonazepam*|xanax*|{pills}|działkę|działki|kwas|pigułki)',
        '(sznur|sznura|pętlę|pętla|stryczek) {fill2} (kupione|kupiony|kupiona|załatwione|załatwiony|załatwiona|zamówione|zamówiony|odebrane|odebrany|gotowe|gotowy|gotowa|przygotowany|przygotowana|jest|mam|już mam) ... ({soonTime}|po robocie|po pracy|po szkole|po zajęciach|po zmianie|po zmroku)',
        '(sznur|sznura|linę|lina|pętlę|pętla|stryczek|pistolet|broń|żyletki|żyletkę|{pills}) {fill2} (kupione|kupiony|kupiona|załatwione|załatwiony|załatwiona|zamówione|zamówiony|odebrane|odebrany|gotowe|gotowy|gotowa|mam|już mam) ... (nie mów|nie mówcie|nikomu nie mów|nikomu nie mówcie|nikomu ani słowa)',
        '(schodzę|zejdę|zchodzę|odchodzę|znikam|zniknę|wymeldowuję|wymelduję|wypisuję|wypiszę|spadam|zmywam|ulatniam|zwijam|zawijam|usuwam) [{sie}] [dziś|dzisiaj|dzis|jutro|teraz|już] (z tego świata|ze świata|z tego padołu|z tej planety|z tego łez padołu)',
        '(kończę|konczę) [już] (z tym wszystkim|to wszystko|ze wszystkim|z tym życiem|z życiem) (na dobre|na zawsze|definitywnie|raz na zawsze)',
        '({when}|mam dość|mam dosyć) {fill2} (kończę|konczę) [już] (z tym wszystkim|to wszystko|ze wszystkim|z tym życiem|z życiem)',
      ],
    },
  ],

  net: {
    means: [
      'tabletki', 'tabletek', 'tabsy', 'prochy', 'prochów', 'nasenne', 'nasennych', 'leki nasenne', 'antydepresanty', 'antydepresantów', 'pigułki',
      'sznur', 'linę', 'pętlę', 'pętla', 'żyletkę', 'żyletki', 'ostrze', 'pistolet', 'broń', 'truciznę', 'trutkę',
      'z mostu', 'z dachu', 'na dachu', 'na moście', 'na torach', 'na tory', 'pod pociąg', 'wysokości', 'z balkonu', 'z wieżowca',
      'wszystko czego potrzebuję', 'wszystko co potrzebne', 'śmiertelną dawkę', 'na krawędzi',
    ],
    ready: [
      'uzbierałam', 'uzbierałem', 'nazbierałam', 'nazbierałem', 'zbieram', 'zbierałam', 'odkładam', 'odkładałam', 'schowałam', 'schowałem', 'ukryłam',
      'ukryłem', 'przeliczyłam', 'przeliczyłem', 'policzyłam', 'policzyłem', 'w ręce', 'w ręku', 'w dłoni', 'przede mną', 'obok mnie', 'w pogotowiu',
      '{enough}', 'całe opakowanie', 'całą paczkę', 'wszystkie opakowania', 'przywiązałam', 'przywiązałem', 'naostrzyłam', 'naostrzyłem',
      'przygotowałam', 'przygotowałem', 'kupiłam wcześniej', 'kupiłem wcześniej', 'patrzę w dół', 'wiem gdzie', 'wiem jak',
      'wygooglowałam', 'wygooglowałem', 'połknęłam', 'połknąłem', 'już wzięłam', 'już wziąłem', 'wisi', 'przymocowałam', 'przymocowałem',
    ],
    soon: [
      'dziś w nocy', 'dzisiaj w nocy', 'tej nocy', 'jutro w nocy', 'właśnie teraz', 'za godzinę', 'za pół godziny', 'za parę godzin', 'do rana',
      'o północy', 'o świcie', '(jak|kiedy|gdy) {people} {fill1} {leave}', 'po zmianie', 'po zajęciach', 'dziś wieczorem', 'dzisiaj wieczorem',
    ],
    farewell: [
      // (not the singular "żegnaj": said to the ex and sung; the goodbye family reads it in context)
      'żegnajcie', 'dziękuję za wszystko', 'dziękuję wam za wszystko', 'dziękuję ci za wszystko', 'dzięki za wszystko', 'przepraszam za wszystko',
      'wybaczcie mi', 'nie miejcie mi (tego|za złe)', 'nie gniewajcie się', 'zaopiekujcie się', 'zajmijcie się', '(weźcie|oddajcie|zawieźcie|zabierzcie) (kota|kotka|psa|pieska)',
      'testament', 'moje hasła', 'hasła do', '(rozdałam|rozdałem) {fill1} rzeczy', 'rzeczy (rozdałam|rozdałem)', 'kocham was wszystkich',
      'pamiętajcie o mnie', 'ostatnia wiadomość', '(ostatni|po raz ostatni) raz (piszę|tu piszę|tutaj piszę|do was piszę)', 'moja ostatnia noc',
      '(niczego|nic) (już|więcej) nie potrzebuję', 'usunęłam wszystkie', 'usunąłem wszystkie', 'pa wszystkim', 'nara wszystkim', '(mamo|mamuś|mamusiu|tato|tatusiu|mamo i tato) {fill1} (wybacz|wybaczcie|przepraszam) [mi]',
      '(dbajcie o|zaopiekujcie się|opiekujcie się) (mamę|tatę|kota|psa|siostrę|brata|babcię|mamą|tatą|kotem|psem|siostrą|bratem|babcią|sobą nawzajem)',
    ],
    beyond: [
      'kiedy mnie nie będzie', 'jak mnie nie będzie', 'mnie nie będzie', 'mnie już nie będzie', '(więcej|już) {fill2} nie (usłyszysz|usłyszycie|zobaczysz|zobaczycie|napiszę)',
      '(odchodzę|odejdę) na zawsze', 'mój pogrzeb', 'na moim pogrzebie', 'nie obwiniajcie', 'to nie (wasza|twoja) wina', 'to mój wybór', 'nie płaczcie',
      'nie smućcie się', 'po tej nocy', 'po dzisiejszej nocy', '(was|wszystkich) {fill2} (kochałam|kochałem)', '(kochałam|kochałem) (was|wszystkich) {fill1} $',
      'jak mnie znajdziecie', 'kiedy mnie znajdą', 'teraz już można', 'już nie wrócę', 'nie szukajcie', 'dbajcie o siebie',
    ],
  },

  exclusions: {
    // Round 7. Digging one's own grave after an embarrassment: "idę kopać sobie grób, żegnajcie", "zapadam się pod ziemię, żegnam".
    'grave-joke': [
      '(kopać|kopię|kopie|wykopać|wykopię|zakopać|zakopię|zakopuję) {sobie} (grób|grob|dół) {fill3} (żegnajcie|żegnam|żegnaj)',
      '(ze wstydu|zapaść się pod ziemię|zapadnę się pod ziemię|zapadam się pod ziemię|zakopię się|zakopać się|spalę się ze wstydu) {fill3} (żegnajcie|żegnam)',
    ],
    // Not seeing oneself with him, in a job, in a town: "nie widzę siebie z nim w przyszłości", "w tej firmie za rok".
    'see-self-with': ['(siebie|się) {fill3} (z nim|z nią|z tobą|z nimi|razem|w tej pracy|w tej firmie|w tym mieście|w tym związku|w roli|jako)'],
    // A lift home instead of the return ticket: "bilet powrotny nie będzie potrzebny, bo wracam autem z tatą".
    'return-by-car': ['potrzebn* {fill1} (bo|ponieważ|gdyż) {fill2} (wracam|wracamy|wrócę|wrócimy|auto|autem|samochodem|stopem|odbier*|przyjedzie|zabier*|podwiezie|zostaję|zostajemy|mam|lecę|jadę|wracać|tata|mama)'],
    // A wedding, a birthday spared before a breakup: "nie zepsuję jej urodzin, zerwę z nim zaraz po".
    'spare-then-leave': ['(zerwę|zerwać|rozstanę|rozstać|powiem mu|powiem jej|rzucę go|rzucę ją|wyprowadzę|wyprowadzić|rozwód|rozwodzę) ... (zaraz|tuż|dopiero) po $'],
    // Joy at the sea: "jestem nad morzem, do domu już nie wracam haha, zostaję tu".
    'stay-here': ['nie (wracam|wrócę) {fill4} (haha*|hehe*|xd*|lol|zostaję tu|zostaje tu|zostajemy|przeprowadzam|wynajmuję|wynajmuje)'],
    // Quitting a habit or him: "kończę z tym wszystkim na dobre, rzucam palenie".
    'habit-quit': ['(z tym wszystkim|ze wszystkim) [{word}] [{word}] [{word}] (rzucam|rzucę|palenie|papierosy|alkohol|picie|nim|nią|tym facetem|tą pracą|dietą|słodyczami|hazardem|instagramem|tiktokiem)'],
    // Leaving a world that is not this one: "schodzę z tego świata wirtualnego".
    'world-online': ['(świata|życia) (wirtualnego|internetowego|social mediów|gier|online|mody|showbiznesu)'],
    // His family, the last time seen after a breakup: "jego mama nie wiedziała, że to ostatni raz".
    // A last day before moving abroad: "tata nie wie, że to mój ostatni dzień w Polsce przed przeprowadzką".
    'last-before-move': ['(ostatni|ostatnia|ostatnie|ostatnim) {fill3} (w polsce|w kraju|przed (wyjazdem|wyprowadzką|przeprowadzką|emigracją|wylotem|studiami|wojskiem|porodem|ślubem))'],
    'ex-family': ['(jego|jej) (mama|mamą|matka|matką|rodzice|rodzicami|ojciec|ojcem|tata|tatą|siostra|siostrą|brat|bratem|babcia|babcią|dziadek|dziadkiem)'],
    // "napisałam mu list pożegnalny, którego nigdy nie wyślę": the unsent letter to the ex, a therapy exercise.
    'unsent-letter': [
      '(list|liscik) (pozegnalny|na pozegnanie) (mu|jej|bylemu|bylej|tobie|do niego|do bylego)',
      '(napisalam|napisalem|pisze) (mu|jej|bylemu|bylej) (list|liscik) (pozegnalny|na pozegnanie)',
      '(list|liscik) (pozegnalny|na pozegnanie) [mu|jej] (ktorego|ktory) [nigdy] nie (wysle|wyslalam|wyslalem|oddam|wyslac)',
    ],
    // "czuję się jak ciężar dla przyjaciółek, bo ciągle gadam o nim": talking too much about the ex.
    'ex-talk-burden': ['ciezar* {fill5} (gadam o nim|mowie o nim|o nim gadam|o nim mowie|gadaniem o nim|o bylym)'],
    // "wyskoczę przez okno xD": a joke marked as one by the laugh right after it, or by its trivial condition.
    'laughing-jump': [
      '(wyskocze|skocze|wyjde|wyfrune|wylece) (przez okno|z okna|z balkonu|oknem) (xd*|haha*|hah*|lol|heh*)',
      '(jak|jesli|jezeli|gdy) [{word}] [{word}] (jeszcze raz|znowu|jeszcze jeden) {fill6} to (wyskocze|skocze|wyjde|wyfrune) (przez okno|z okna|z balkonu|oknem)',
    ],
    // "z tym kredytem mam pętlę na szyi": debts as a noose.
    'debt-noose': [
      '(kredyt*|dlug*|rat*|hipotek*|pozyczk*|chwilowk*) {fill4} petl* na szyi',
      'petl* na szyi {fill3} (kredyt*|dlug*|rat*|hipotek*|pozyczk*|chwilowk*)',
    ],
    // "umieram z głodu", "umrę ze wstydu", "nudy na śmierć": dying of something ordinary.
    'die-idiom': [
      '(umieram|umrę|umrzeć|umarłam|umarłem|umierać|umierałam|zdechnę|zdechnąć|padnę|konam|zginę) (z|ze|od) (głodu|nudów|nudy|ciekawości|śmiechu|zmęczenia|strachu|wstydu|żenady|pragnienia|gorąca|zimna|zazdrości|tęsknoty|szczęścia|radości|stresu|upału|bólu|zachwytu|nerwów|śmiechu|niecierpliwości|przejedzenia)',
      '(umrzeć|umrę|zdechnąć|zdechnę) (w samotności|samotnie|sama|sam|na starość|ze starości|młodo|szczęśliwa|szczęśliwy|bogata|bogaty|w spokoju ze starości)',
      '(wolę|wolałabym|wolałbym|prędzej|raczej|wolę już) {fill1} (umrzeć|umrę|zdechnąć|zdechnę|się zabiję|się zabić|się powieszę|zginąć) niż',
      'na śmierć (zapomniałam|zapomniałem|zanudzić|zanudzony|zanudzona)', '(nudy|zanudzę|zanudzić|zanudzi|zanudzony|zanudzona) {fill1} na śmierć',
    ],
    // "zabijam czas", "można się zabić na tych schodach", "zabiłabym za kawę".
    'kill-idiom': [
      '(zabić|zabijać|zabijam|zabijamy|zabiję) (czas|czasu|nudę|nudy|ćwieka|klina|komara|muchę|głód|smak)',
      '(można|możesz|mogłam|mogłem|mogłaś|można było|da się|mógłbyś|łatwo|prawie|o mało|o mało co) {sie} {fill1} (zabić|zabiłam|zabiłem|zabiła|zabił|zabijesz|zabije)',
      '{sie} (zabijemy|zabijają|zabijali|zabijały) o',
      '(zabiłabym|zabiłbym|zabiję) (za|dla) (kawę|kawę|pizzę|czekoladę|sen|drzemkę|urlop|wakacje|piwo|kebaba|kebab|frytki|loda)',
      '(zabijcie|zabij) mnie',
    ],
    // "odcięłam się", "zacięłam się przy goleniu", "laptop się tnie": cutting that is not self-harm.
    'cut-idiom': [
      '(pocięłam|pociąłem|pokaleczyłam|pokaleczyłem|skaleczyłam|skaleczyłem|zacięłam|zaciąłem|cięłam|ciąłem|nacięłam|naciąłem) {sie} {fill2} (przy|podczas|o) (goleniu|krojeniu|gotowaniu|szkło|szkle|papier|papierze|kartkę|kartce|puszkę|puszce|nóż|nożem|obieraniu|pracy w ogrodzie)',
      '(komputer|laptop|gra|gierka|telefon|film|obraz|stream|internet|net|netflix|youtube|fps|mecz|transmisja|apka|aplikacja|serial|dźwięk|wideo|filmik|kompik|pc) {fill3} {sie} (ciąć|tnie|tnąć|ciął|cięła|cięło|zacina)',
      '(pociąć|pocięłam|pociąłem|ciąć|tnę) (papier|materiał|kartki|karton|warzywa|cebulę|mięso|zdjęcia|koszty|włosy|gałęzie|deski)',
    ],
    // "zrobiłam sobie krzywdę na siłowni", "przedawkowałam kofeinę", "lina do wspinaczki": accidents and jokes.
    // "przypaliłam rękę żelazkiem, jak prasowałam": a burn while ironing or cooking.
    'burn-accident': [
      '(przypaliłam|przypaliłem|poparzyłam|poparzyłem|oparzyłam|oparzyłem|sparzyłam|sparzyłem) [{word}] [{word}] [{word}] (jak|kiedy|gdy|podczas|przy) [{word}] (prasowałam|prasowałem|gotowałam|gotowałem|smażyłam|smażyłem|piekłam|piekłem|prasowania|gotowania|gotowaniu|smażeniu|pieczeniu|prasowaniu)',
    ],
    'hurt-accident': [
      '(zrobić|zrobiłam|zrobiłem|zrobię) {sobie} (krzywdę|coś) (na|przy|podczas|w|o) (siłowni|treningu|rowerze|nartach|schodach|biegu|bieganiu|ćwiczeniach|pracy|meczu|lodzie|kostkę|kolano|plecy)',
      '(przedawkowałam|przedawkowałem|przedawkować|przedawkowuję) (kofeinę|kawę|kawy|kawą|seriale|serial|serialu|netflixa|słodycze|słodyczy|cukier|czekoladę|tiktoka|social media|energetyki|witaminy|melatoninę|smutne piosenki|taylor|romansidła|memy)',
      '(linę|sznur|sznurek|liny) (do|na) (wspinaczki|wspinania|prania|holowania|skakania|bielizny|żagli|ogrodu|huśtawki|pakowania|butów|namiotu)',
    ],
    // "pozwalam się krzywdzić": letting someone else hurt me.
    'hurt-by-others': ['(pozwolę|pozwalam|pozwoliłam|pozwoliłem|pozwalałam|pozwalałem|dam|dałam|dałem|dawałam|dawałem) {sie} [tak|znowu] (krzywdzić|skrzywdzić|ranić|zranić)'],
    // "zrobię sobie coś do jedzenia": making oneself something.
    'make-something': [
      '(zrobić|zrobię|zrobiłam|zrobiłem|robię) {sobie} coś (do|na|dobrego|ciepłego|fajnego|słodkiego|miłego|ładnego|nowego|z|dla)',
      '{sobie} coś (zrobię|zrobić) (do|na) (jedzenia|picia|obiad|kolację|śniadanie|ząb)',
    ],
    // "nie chcę żyć w tym mieście", "nie chce żyć z nim": living somewhere or with someone.
    'live-somewhere': [
      '{live} (w|we|z|ze|na|tu|tutaj|tam|razem|u|pod|obok|bez pracy|w kłamstwie|w takim kłamstwie|za granicą|w mieście|na wsi|sama|sam|jak)',
    ],
    // "chcę skończyć z nim", "skończyłam z nim": ending a relationship, not a life.
    'end-relationship': [
      '(skończyć|skończę|skończyłam|skończyłem|kończę|zakończyć|zakończę|zakończyłam|zakończyłem) {fill2} (z nim|z nią|z tym związkiem|z nimi|związek|relację|to z nim|to z nią|z tobą|tę znajomość|tę relację|z tym facetem|z tą dziewczyną)',
      '(z tym wszystkim|ze wszystkim|to wszystko) (i|żeby|by) (zacząć|wyjechać|zmienić|odpocząć|iść dalej|ruszyć)',
      '(skończyć|zakończyć) (z tym wszystkim|to wszystko) (z nim|z nią)',
    ],
    // "samobójczy gol", "strzelił samobója", "polityczne samobójstwo": not about a person.
    'suicide-idiom': [
      'samobójcz* (gol|gola|bramk*|atak*|zamach*|misj*|akcj*|strzał|trafienie|zagranie|podanie|ruch|decyzj*)',
      '(gol|gola|bramka|bramkę|misja|misję|zamach|zamachowiec|zamachowca|atak|akcja) samobójcz*',
      '(strzelił|strzeliła|strzelili|strzeliłam|strzeliłem|strzelić|wbił|wbiła|wbić|wbili|gol) {fill1} samobój*',
      '(polityczne|zawodowe|towarzyskie|finansowe|medialne|wizerunkowe|marketingowe|kulinarne) samobójstwo',
      'samobójstwo (polityczne|zawodowe|towarzyskie|wizerunkowe|finansowe|marketingowe)',
      'to (byłoby|był by|byłby|jest) samobój* (dla|w)',
    ],
    // "zniknąć z instagrama na jakiś czas": disappearing from an app or for a while.
    'disappear-idiom': [
      '(zniknąć|zniknę|znikam) (z|ze) (insta*|fejsa|facebooka|fb|social*|sociali|neta|internetu|miasta|jego życia|jej życia|radaru|grupy|czatu|tiktoka|snapa|messengera|apki)',
      '(zniknąć|zniknę|znikam) na (chwilę|weekend|tydzień|jakiś czas|parę dni|kilka dni|miesiąc|urlop|wakacje|wieczór|noc)',
    ],
    // "żegnaj stary telefonie", "ostatnia wiadomość od niego": farewells to things, his last message.
    'goodbye-idiom': [
      '(żegnaj|żegnajcie|żegnam) (stary|stara|stare|kochany|kochana|lato|lecie|wakacje|weekendzie|weekend|dieto|diecie|telefonie|pieniążki|kasa|kaso|pracy|szkoło|szkoło)',
      '(ostatnia|ostatnią|ostatni) (wiadomość|wiadomośc|wiadomosc|list|słowa) (od niego|od niej|do niego|do niej|którą|który|jaką|jaki|była|przed)',
      'nie szukajcie mnie (dziś|dzisiaj|jutro|w pracy|na imprezie|w weekend|przez|do)',
      'mnie [już] nie będzie (w|na|u|do|przez|jutro w|w pracy|na zajęciach|na imprezie)',
    ],
    // "na krawędzi załamania": on the verge of something, not on an edge.
    verge: ['(krawędzi|skraju) (załamania|wytrzymałości|rozpaczy|płaczu|łez|bankructwa|szaleństwa|nerwów|chodnika|krawężnika|łóżka|stołu|kanapy|wanny|basenu|sceny|ulicy|jezdni|depresji)'],
    // "jestem na moście, korek straszny": being on a bridge on the way somewhere.
    commute: [
      '(jestem|stoję) {fill2} na {fill1} (moście|wiadukcie|moście poniatowskiego|kładce) {fill4} (korek|korku|korki|zaraz będę|będę za|spóźnię|jadę|autobusem|tramwajem|samochodem|rowerem|w drodze|za chwilę)',
      '(siedzę|jestem) na (balkonie|dachu|tarasie) {fill3} (z winem|z kawą|z książką|z herbatą|z piwem|ze znajomymi|z przyjaciółmi|opalam)',
    ],
    // Song lyrics and titles quoted with death words.
    lyrics: [
      '(zabij|zabijcie) mnie (miłością|czułością|spojrzeniem)', 'umieram (dla ciebie|z miłości)',
      // "chcę zasnąć i nie budzić się bez ciebie": waking without the one loved
      '(nie budzić {sie}|{sie} nie budzić|nie obudzić {sie}|{sie} nie obudzić|nie budzić|nie obudzić) (bez ciebie|bez niego|bez niej|bez was|obok kogoś)',
    ],
    // "nie wiem czy dociągnę do wypłaty": money lasting till payday.
    payday: ['(dociągnę|dociągnąć|dociągniemy|dociągam|dociągnęłam|dociągnąłem|przetrwam|przeżyję) do (wypłaty|pierwszego|końca miesiąca|emerytury|pensji|dziesiątego|przelewu|stypendium|wypłaty)'],
    // "mail z opóźnioną wysyłką na twoje urodziny, nie otwieraj wcześniej": a present.
    present: [
      '(opóźnioną|opóźniona|zaplanowaną|zaplanowana|odroczoną|maila|mail|wiadomość|list|paczkę|paczka|kartkę) {fill4} (na|w) [twoje|jej|jego|wasze|moje|nasze] (urodziny|imieniny|święta|rocznicę|walentynki|gwiazdkę|wigilię|dzień matki|dzień ojca|osiemnastkę)',
      '(nie otwieraj|nie otwierajcie) {fill3} (prezent|niespodzianka|niespodziankę|na urodziny|na święta|przed świętami|przed urodzinami|przed gwiazdką|przed wigilią)',
    ],
    // "tabletek mam pełno, wystarczy dla wszystkich": enough for others or for a while.
    'enough-for': ['wystarczy (na|dla) (wszystkich|całą rodzinę|miesiąc|tydzień|rok|dwóch|dwoje|całą zimę|nas wszystkich|długo)'],
    // "za godzinę wszystko się skończy i idziemy na spacer": a lesson, a shift, a queue that ends.
    'ends-then': ['(skończy|zakończy) (i|a potem|i potem|potem) [my|ja] (idziemy|pójdziemy|idę|pójdę|jedziemy|pojedziemy|można|wolna|wolny|do domu|odpoczywać|spać|na spacer|wypijemy|świętujemy)'],
    // "nie widzę żadnej przyszłości z nim": a relationship or a place has no future.
    'future-of': ['przyszłości (z nim|z nią|z tobą|razem|dla nas|w tej|w tym|na tej|na tym|tutaj|tu|w tym kraju|w zawodzie|w firmie|w tej pracy|tego związku|dla tego związku)'],
    // "nie płacz po mnie, Argentyno": a song.
    argentina: ['nie płacz (po mnie|za mną) argentyno'],
  },

  negations: ['nie', 'nigdy', 'ani', 'wcale', 'nigdy w życiu', 'żadnego', 'żadnych', 'nic', 'bez', 'nie zamierzam', 'nie mam zamiaru'],
  wideNegations: ['to nie tak że', 'nie że', 'nie żebym', 'nie mówię że', 'nie chodzi o to że', 'wcale nie', 'nie myśl że', 'nie myślcie że', 'nie znaczy że'],
  notNegations: [
    'nie (wiem|mogę|moge|daję rady|dam rady|mam siły|mam sił|ma sensu|ma|umiem|potrafię|wytrzymam|radzę|widzę|kocha|odpisuje|odpisał|odpisała|chce mi się|rozumiem|ogarniam|śpię|jem|czuję|obchodzi|żyję normalnie|jestem w stanie)',
    '(nic|nikt|nikogo|nikomu) (nie ma sensu|mnie nie|nie rozumie|nie obchodzi|nie czuję)',
  ],
  clauseWords: [
    'ale', 'i', 'a', 'bo', 'więc', 'że', 'ponieważ', 'tylko', 'lecz', 'chociaż', 'choć', 'jednak', 'potem', 'gdy', 'kiedy', 'jak',
    'jeśli', 'jeżeli', 'to', 'albo', 'lub', 'czy', 'lol', 'xd', 'xdd', 'serio', 'szczerze', 'aczkolwiek', 'natomiast', 'dlatego', 'gdyby',
    'jakby', 'bo', 'zanim', 'skoro',
  ],
  subjects: ['ja', 'on', 'ona', 'oni', 'one', 'ty', 'wy', 'my', 'to'],
  urges: [
    '(chcę|chce|chciałabym|chciałbym|chciałam|chciałem|chcem|muszę|potrzebuję|pragnę|marzę)',
    '(ochotę|ochota|ciągnie mnie|ciągnie|korci|kusi|chęć|potrzeba|potrzebę|myślę o|myślę żeby|myśli o|myślałam o|myślałem o|myślę czy|zastanawiam się czy|myśli|mam myśli|myśle|myślę|marzę)',
    '(mogłabym|mogłbym|zaraz|boję się że)',
  ],
  reassurances: [
    'nic {sobie} nie (zrobię|zrobiłabym|zrobiłbym)',
    '(nic|niczego) [z tym] nie (zrobię|zrobie|będę robić|będę robił|będę robiła)', '(robić|zrobić) (nic|niczego) nie (będę|zamierzam)',
    'nie (zrobię|zrobiłabym|zrobiłbym) (tego|nic|sobie nic|sobie krzywdy)',
    '(jestem|będę) (bezpieczna|bezpieczny|cała|cały)',
    '(nie martw|nie martwcie|nie bój|nie bójcie) {sie}',
    'spokojnie {fill2} nic nie (zrobię|zrobie)',
    'nie (zamierzam|planuję|mam zamiaru) (tego robić|nic robić|nic z tym robić|nic sobie robić)',
    'obiecuję że nic',
  ],

  shorthand: {
    // emoji for means, spelt as English words by normalisation (💊 → pills, 🔪 → knife, ⚰️ → coffin)
    pills: 'tabletki', knife: 'nóż', rope: 'sznur', gun: 'pistolet', blood: 'krew', coffin: 'trumna', grave: 'grób',
    nwm: 'nie wiem', wgl: 'w ogóle', wogole: 'w ogóle', cche: 'chcę', hce: 'chcę', chcem: 'chcę', sei: 'się', jus: 'już',
    tesz: 'też', wszysko: 'wszystko', tera: 'teraz', trza: 'trzeba', bd: 'będę', spk: 'spokojnie', sh: 'sh',
    samobujstwo: 'samobójstwo', samobujstwie: 'samobójstwie', samobujczo: 'samobójczo', samobój: 'samobójstwo',
    'self harm': 'sh', selfharm: 'sh',
  },

  crisisWords: [
    'samobójstwo', 'samobójstwa', 'samobójstwie', 'samobójcze', 'samobójczy', 'samobójczyni', 'samobójczynią', 'samobójca', 'samobój',
    'zabić', 'zabiję', 'się', 'sobie', 'życie', 'żyć', 'umrzeć', 'pociąć', 'pocięłam', 'ciąć', 'tnę', 'powiesić', 'powieszę',
    'żyletka', 'żyletki', 'tabletki', 'samookaleczenie', 'przedawkować', 'przedawkowałam', 'zabijam', 'zdechnąć',
  ],
  repairs: [
    'samobójstwo', 'samobójstwa', 'samobójstwie', 'samobójczyni', 'samobójczynią', 'samobójcze', 'samookaleczenie', 'samookaleczam',
    'przedawkować', 'przedawkowałam', 'przedawkowałem', 'pożegnalny', 'pożegnalna', 'pożegnanie', 'żegnajcie', 'ciężarem',
  ],
  notTypos: ['samobójczy', 'samobójcza', 'samobójca', 'samobójcą', 'pożegnalne', 'pożegnania', 'żegnajmy'],
  glueWords: [
    'o', 'w', 'z', 'i', 'a', 'nie', 'mi', 'sie', 'się', 'chce', 'chcę', 'mam', 'jestem', 'juz', 'już', 'ja', 'mnie', 'ze', 'sobą', 'soba',
    'myśli', 'mysli', 'myślę', 'mysle', 'dziś', 'dzis', 'zabije', 'zabiję', 'zabic', 'zabić', 'zyc', 'żyć', 'umrzec', 'umrzeć',
    'skonczyc', 'skończyć',
  ],
};
