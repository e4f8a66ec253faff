/**
 * Polish: examples written for these tests (not copied from the corpus), per class, with and
 * without diacritics, in the colloquial forms people type.
 */
import { describe, expect, it } from 'vitest';
import { detectCrisis, explainCrisis } from '../../../../src/safety/detection/index.ts';
import { all, expectTiers } from './tiers.ts';

describe('pl: intent said outright is an act', () => {
  expectTiers(
    all('act', [
      'chcę się zabić',
      'chce sie zabic serio',
      'zabiję się, nie wytrzymam tego',
      'dzisiaj się zabiję',
      'chyba po prostu się zabiję',
      'zabilabym sie gdyby nie mama',
      'mam myśli samobójcze',
      'znowu mam mysli samobojcze',
      'myślę o samobójstwie',
      'chcę popełnić samobójstwo',
      'chcę odebrać sobie życie',
      'odbiorę sobie życie',
      'chce ze soba skonczyc',
      'skończę ze sobą w końcu',
      'zamierzam się powiesić',
      'powieszę się',
      'jestem samobójczynią i nikt tego nie widzi',
      'chyba targnę się na swoje życie',
      'planuję zakończyć swoje życie',
      'chce skonczyc z tym wszystkim, dzis',
    ]),
  );

  it('names the family and language that decided', () => {
    expect(detectCrisis('chcę się zabić')).toMatchObject({ tier: 'act', family: 'pl.intent', language: 'pl' });
  });
});

describe('pl: passive wishes, burden and hopelessness are cues', () => {
  expectTiers(
    all('cue', [
      'nie chce mi się żyć',
      'nie chce mi sie juz zyc',
      'odechciało mi się żyć',
      'nie chcę już żyć',
      'nie mam po co żyć',
      'nie mam dla kogo zyc',
      'życie nie ma sensu',
      'nie widzę sensu życia',
      'po co ja w ogóle żyję',
      'chciałabym zasnąć i już się nie obudzić',
      'obym się rano nie obudził',
      'chcialabym zniknac na zawsze',
      'szkoda że się w ogóle urodziłam',
      'żałuję że się urodziłem',
      'wolałabym nie żyć',
      'mam dość życia',
      'jestem zmęczona życiem',
      'jestem tylko ciężarem',
      'jestem ciezarem dla rodziny',
      'beze mnie wszystkim będzie lepiej',
      'rodzinie byłoby lepiej beze mnie',
      'nikt by nie zauważył gdybym zniknęła',
      'nikt nie będzie za mną tęsknił',
      'nie dam rady dłużej',
      'już dłużej nie wytrzymam',
      'nie widzę żadnego wyjścia',
      'nie mam już siły żyć',
      'niech mnie coś przejedzie',
    ]),
  );
});

describe('pl: goodbyes are acts', () => {
  expectTiers(
    all('act', [
      'żegnajcie',
      'zegnaj okrutny swiecie',
      'to moje pożegnanie',
      'to jest moja ostatnia wiadomość',
      'kiedy to przeczytasz, mnie już nie będzie',
      'jak ktoś to przeczyta to już będzie po mnie',
      'napisałam list pożegnalny',
      'powiedzcie mamie że ją kocham',
      'zaopiekujcie się moim psem',
      'rozdałam wszystkie swoje rzeczy',
      'nie szukajcie mnie',
      'nie obwiniajcie się, to nie wasza wina',
      'do zobaczenia po drugiej stronie',
    ]),
  );
});

describe('pl: self-harm done is an act, urges are cues', () => {
  expectTiers([
    ['znowu się cięłam', 'act'],
    ['pocięłam się wczoraj w nocy', 'act'],
    ['tnę się od miesiąca', 'act'],
    ['zaczęłam się znowu ciąć', 'act'],
    ['pocielam sobie rece', 'act'],
    ['zrobiłam sobie krzywdę żyletką', 'act'],
    ['przypalałam się papierosem', 'act'],
    ['gaszę papierosy na ręce', 'act'],
    ['samookaleczam się', 'act'],
    ['2 miesiące czysta i wczoraj pękłam', 'act'],
    ['sh znowu', 'act'],
    ['wróciłam do cięcia', 'act'],
    ['mam ochotę się pociąć', 'cue'],
    ['chcę się ciąć', 'cue'],
    ['chce sobie zrobic krzywde', 'cue'],
    ['ciągnie mnie do żyletki', 'cue'],
  ]);
});

describe('pl: plans, means and acts under way are acts', () => {
  expectTiers(
    all('act', [
      'połknęłam wszystkie tabletki',
      'wzięłam całe opakowanie leków nasennych',
      'nałykałam się tabletek',
      'lyknelam 30 tabletek',
      'zbieram tabletki od tygodnia',
      'przedawkowałam',
      'kupiłam sznur',
      'mam już linę',
      'stoję na moście',
      'siedzę na dachu i patrzę w dół',
      'skoczę z mostu',
      'wyskoczę przez okno',
      'rzucę się pod pociąg',
      'wjadę w drzewo',
      'ile tabletek trzeba żeby się nie obudzić',
      'podetnę sobie żyły',
      'podcięłam sobie żyły',
      'wypiłam wybielacz',
    ]),
  );
});

describe('pl: obfuscated and shortened forms', () => {
  expectTiers([
    ['chce sie zab1c', 'act'],
    ['s a m o b ó j s t w o', 'cue'],
    ['samob0jstwo', 'cue'],
    ['mysle o samobujstwie', 'act'],
    ['chyba się unalive\'nę', 'act'],
    ['chce sie wylogowac z zycia', 'act'],
    ['n1e chce m1 s1e zyc', 'cue'],
    ['kms', 'act'],
    ['chcę zejść z tego świata', 'act'],
  ]);
});

describe('pl: negated act phrases are cues, never acts', () => {
  expectTiers(
    all('cue', [
      'nie zabiję się, spokojnie',
      'nie zamierzam się zabić',
      'nigdy bym się nie zabiła',
      'nic sobie nie zrobię',
      'nie chcę umrzeć, tylko nie chcę już tak żyć',
      'już się nie tnę',
      'nie mam zamiaru odbierać sobie życia',
    ]),
  );
});

describe('pl: idioms, hyperbole, lyrics and everyday uses stay quiet', () => {
  expectTiers(
    all('none', [
      'umieram z głodu',
      'umrę ze wstydu jak on to zobaczy',
      'zabijam czas serialami',
      'mama mnie zabije',
      'zabij mnie, ale nie pamiętam',
      'zabiłabym za kawę',
      'ten rozstanie mnie zabija',
      'prawie się zabiłam na tych schodach',
      'na tym lodzie można się zabić',
      'wisi mi to',
      'rzuciłam się w wir pracy',
      'rzuciłam się na głęboką wodę',
      'skoczę do sklepu po chleb',
      'skoczyliśmy na piwo',
      'odcięłam się od jego znajomych',
      'ścięłam włosy na krótko',
      'zacięłam się przy goleniu',
      'laptop się tnie',
      'gra mi się strasznie tnie',
      'nudy na śmierć',
      'śmiertelnie nudny film',
      'wolę umrzeć niż do niego napisać',
      'nie chce mi się iść na zajęcia',
      'nie chcę żyć w tym mieście',
      'nie chce zyc z nim pod jednym dachem',
      'chcę skończyć z nim na dobre',
      'skończyłam z nim',
      'chcę zniknąć z instagrama na jakiś czas',
      'zrobię sobie coś do jedzenia',
      'jestem na moście Poniatowskiego, zaraz będę',
      'telefon mi umarł',
      'zabili go w tym serialu',
      'płakałam całą noc, tęsknię za nim',
      'nie mam siły na nic dzisiaj',
      'tabletki na ból głowy wzięłam i lepiej',
      'żegnaj, stary telefonie',
      'ostatnia wiadomość od niego była w piątek',
      'samobójczy gol w ostatniej minucie',
      'nie daję rady z tą pracą',
    ]),
  );
});

describe('pl: an idiom cancels only what it overlaps', () => {
  expectTiers([
    ['zabijam czas, ale tak naprawdę chcę się zabić', 'act'],
    ['umieram z nudów a potem chcę umrzeć naprawdę', 'act'],
    ['odcięłam się od niego i znowu się pocięłam', 'act'],
    ['wolę umrzeć niż do niego pisać, ale szczerze nie chce mi się żyć', 'cue'],
  ]);

  it('marks the cancelled match with the idiom', () => {
    const { tier, matches } = explainCrisis('wolę umrzeć niż do niego napisać');
    expect(tier).toBe('none');
    expect(matches.every((m) => m.excludedBy !== undefined)).toBe(true);
  });
});

describe('pl: more phrasings, written after the first rules (each class, and ordinary lines that must stay quiet)', () => {
  expectTiers([
    ["nie mam już siły, chyba dzisiaj to zakończę", 'act'],
    ["myślę o tym żeby się zabić", 'act'],
    ["chciałabym się zabić ale boję się", 'act'],
    ["mam plan jak to zrobić", 'act'],
    ["już wiem jak to zrobię", 'act'],
    ["zostawiam wam ten list, przepraszam za wszystko", 'act'],
    ["połknęłam z 20 tabletek nasennych", 'act'],
    ["nałykałam się prochów", 'act'],
    ["mam w szufladzie żyletki i dzisiaj ich użyję", 'act'],
    ["dzisiaj skoczę z mostu", 'act'],
    ["naćpałam się tabletek i piję wódkę", 'act'],
    ["łyknęłam wszystko co miałam w apteczce", 'act'],
    ["wzięłam pół opakowania xanaxu", 'act'],
    ["chce sie zajebac", 'act'],
    ["zaraz się zabiję naprawdę", 'act'],
    ["wczoraj próbowałam się zabić", 'act'],
    ["przedwczoraj podjęłam próbę samobójczą", 'act'],
    ["pocięłam nadgarstki", 'act'],
    ["cięłam się dzisiaj znowu", 'act'],
    ["znów się pokaleczyłam", 'act'],
    ["mam myśli żeby się zabić", 'act'],
    ["myślę o samobójstwie od tygodni", 'act'],
    ["chcę umrzeć dzisiaj", 'act'],
    ["chce juz nie zyc, zrobie to dzis", 'cue'],
    ["idę się zabić", 'act'],
    ["moje ciało znajdziecie w lesie", 'act'],
    ["żegnam się z wami, było miło", 'act'],
    ["czasem myślę że lepiej by było gdybym nie żyła", 'cue'],
    ["chciałabym nie istnieć", 'cue'],
    ["niech to wszystko się skończy", 'cue'],
    ["nie chcę się obudzić jutro", 'cue'],
    ["po co mam dalej żyć", 'cue'],
    ["nic już nie ma sensu, nie chcę żyć", 'cue'],
    ["mam wrażenie że wszystkim by ulżyło gdyby mnie nie było", 'cue'],
    ["nikt by nawet nie zauważył gdybym umarła", 'cue'],
    ["chciałabym się pociąć", 'cue'],
    ["znowu myślę o cięciu", 'cue'],
    ["nie wiem po co żyję", 'cue'],
    ["nie widzę dla siebie przyszłości", 'cue'],
    ["jestem zmęczona życiem, tak bardzo", 'cue'],
    ["nie zabiję się, ale tak bardzo chcę zniknąć", 'cue'],
    ["nie chce sie zabic, po prostu nie chce tu byc", 'cue'],
    ["umrę bez niego chyba, tak tęsknię", 'none'],
    ["zabije mnie jak się dowie", 'none'],
    ["dziś zabiłam dwa komary", 'none'],
    ["zabić go mam ochotę", 'none'],
    ["umieram ze śmiechu", 'none'],
    ["ścięłam grzywkę", 'none'],
    ["ciachnęłam sobie grzywkę", 'none'],
    ["pociąłem stare zdjęcia", 'none'],
    ["skoczyłam po kawę", 'none'],
    ["wyskoczyłam z nim na kawę", 'none'],
    ["rzuciłam palenie", 'none'],
    ["rzucił mnie przez SMS", 'none'],
    ["zrobiłam sobie tatuaż", 'none'],
    ["zrobiłam sobie dzień dla siebie", 'none'],
    ["zrobiłam sobie krzywdę na siłowni, naciągnęłam mięsień", 'none'],
    ["skończyłam ze sobą walczyć i kupiłam sobie sukienkę", 'none'],
    ["odpuszczam, mam dość tego faceta", 'none'],
    ["mam dość jego humorów", 'none'],
    ["nie mam siły na sprzątanie", 'none'],
    ["nie daję rady ze wszystkim sama", 'none'],
    ["przedawkowałam kofeinę dzisiaj xd", 'none'],
    ["przedawkowałam seriale w weekend", 'none'],
    ["powiesiłam obraz w nowym mieszkaniu", 'none'],
    ["wiesz że powiesiłam pranie", 'none'],
    ["chcę umrzeć ze wstydu", 'none'],
    ["kupiłam linę do wspinaczki", 'none'],
    ["stoję na moście i czekam na tramwaj", 'none'],
    ["jestem na dachu z ekipą, grill", 'none'],
    ["żegnaj lato", 'none'],
    ["to jest moja ostatnia wiadomość do niego, obiecuję", 'none'],
    ["piosenka \"umrzeć za miłość\" leci w radiu", 'none'],
    ["jestem martwa po tej siłowni", 'none'],
    ["zabij mnie, nie pamiętam hasła", 'none'],
    ["lekarz przepisał mi tabletki nasenne", 'none'],
    ["wzięłam tabletkę na sen", 'none'],
    ["na moście był korek", 'none'],
    ["skoczę na siłownię", 'none'],
    ["nie zabiłam go tylko dlatego że kocham jego psa", 'none'],
    ["zamierzam się wyspać", 'none'],
    ["zamierzam się upić dziś", 'none'],
    ["chcę się zabawić w weekend", 'none'],
  ]);
});

describe('pl: more phrasings, second round', () => {
  expectTiers([
    ["mam ochotę się zabić", 'act'],
    ["najchętniej bym się zabiła", 'act'],
    ["myślę żeby się zabić", 'act'],
    ["chyba się zabiję dzisiaj w nocy", 'act'],
    ["nie widzę innego wyjścia niż się zabić", 'act'],
    ["wezmę wszystkie tabletki jakie mam", 'act'],
    ["myślałam o tym żeby połknąć wszystkie tabletki", 'act'],
    ["planuję przedawkować leki", 'act'],
    ["mam przygotowane tabletki i czekam aż wszyscy zasną", 'act'],
    ["napisałam już list do mamy", 'act'],
    ["kupiłam żyletki i dziś się potnę", 'act'],
    ["dzisiaj pękłam, tydzień bez sh", 'act'],
    ["znowu się pocięłam, tym razem głęboko", 'act'],
    ["zrobiłam sobie krzywdę nożyczkami", 'act'],
    ["tnę się od roku", 'act'],
    ["siedzę w wannie z żyletką", 'act'],
    ["stoję na krawędzi dachu", 'act'],
    ["chcę skoczyć z balkonu", 'act'],
    ["zaraz wyskoczę z okna", 'act'],
    ["już połknęłam, nie dzwoń po nikogo", 'act'],
    ["dziękuję za wszystko i przepraszam, żegnajcie", 'act'],
    ["kocham was, przepraszam że tak wyszło. nie szukajcie mnie", 'act'],
    ["chcę umrzeć i tyle", 'cue'],
    ["chce umrzec", 'cue'],
    ["chcę zdechnąć", 'cue'],
    ["myśle o samobóju", 'act'],
    ["rozważam samobójstwo", 'act'],
    ["nie chcę żyć, chcę umrzeć", 'cue'],
    ["chciałabym już nie żyć", 'cue'],
    ["nie ma mnie po co ratować", 'cue'],
    ["jestem tylko problemem dla wszystkich", 'cue'],
    ["po co się męczyć, i tak nic się nie zmieni", 'cue'],
    ["chcę zasnąć na zawsze", 'cue'],
    ["nie chcę się budzić", 'cue'],
    ["szkoda mi dla siebie tlenu", 'cue'],
    ["mam wszystkiego dość, nie chcę już żyć", 'cue'],
    ["chcę się pociąć", 'cue'],
    ["mam myśli żeby się ciąć", 'cue'],
    ["mam ochotę zrobić sobie krzywdę", 'cue'],
    ["marzę o tym żeby zniknąć", 'cue'],
    ["czasem myślę że śmierć byłaby ulgą", 'cue'],
    ["nie zamierzam nic robić, tylko nie chcę już tu być", 'cue'],
    ["nie zabiję się bo mama by tego nie przeżyła", 'cue'],
    ["nie zrobię sobie krzywdy, obiecuję, ale jest ciężko", 'cue'],
    ["umarłam ze śmiechu", 'none'],
    ["zabiłaś mnie tym tekstem", 'none'],
    ["padłam ze zmęczenia", 'none'],
    ["ledwo żyję po tym tygodniu", 'none'],
    ["nie żyję po tej imprezie", 'none'],
    ["ten film to jakiś koszmar, zabijcie mnie", 'none'],
    ["zabiję cię jak nie przyjdziesz", 'none'],
    ["chętnie bym go udusiła", 'none'],
    ["zamordowałabym za pizzę", 'none'],
    ["rozstanie mnie wykańcza", 'none'],
    ["to mnie dobija", 'none'],
    ["kończę z nim na dobre", 'none'],
    ["mam dość tego związku", 'none'],
    ["cięłam materiał na sukienkę", 'none'],
    ["pocięłam jego zdjęcia", 'none'],
    ["nacięłam ciasto", 'none'],
    ["odcięłam się od toksycznych ludzi", 'none'],
    ["przypaliłam obiad", 'none'],
    ["przypaliłam sobie grzywkę prostownicą", 'none'],
    ["skoczyłam na głęboką wodę w nowej pracy", 'none'],
    ["jestem na krawędzi załamania nerwowego", 'none'],
    ["stoję na krawędzi chodnika i czekam na zielone", 'none'],
    ["wzięłam wszystkie swoje rzeczy od niego", 'none'],
    ["połknęłam pestkę od wiśni", 'none'],
    ["wzięłam tabletki na alergię", 'none'],
    ["mam dużo leków bo jestem chora", 'none'],
    ["żegnaj lato, witaj jesień", 'none'],
    ["napisałam do niego ostatnią wiadomość", 'none'],
    ["to ostatni raz kiedy do niego piszę", 'none'],
    ["nie mam siły na nic", 'none'],
    ["rzucę wszystko i wyjadę w Bieszczady", 'none'],
    ["dziś skończę ten projekt", 'none'],
  ]);
});

describe('pl: wanting to die is a wish (a cue); decided, timed or said in earnest it is intent (an act)', () => {
  expectTiers([
    ["chcę umrzeć", 'cue'],
    ["chce juz umrzec", 'act'],
    ["chcialabym umrzec", 'cue'],
    ["chcę umrzeć, naprawdę", 'act'],
    ["serio chcę umrzeć", 'act'],
    ["postanowiłam umrzeć", 'act'],
    ["chcę dziś umrzeć", 'act'],
    ["chcę już umrzeć", 'act'],
    ["chciałabym umrzeć we śnie", 'cue'],
  ]);
});

describe('pl: third round (euphemisms, word orders, goodbyes to many vs. to one)', () => {
  expectTiers([
    ["chyba zrobię coś głupiego", 'act'],
    ["nie martw się, nic głupiego nie zrobię", 'cue'],
    ["zrobiłam coś głupiego, napisałam do niego", 'none'],
  ]);
});

describe('pl: round 4 (written before the rules were changed: new situations, regions, registers)', () => {
  // crisis lines
  expectTiers([
    // goodbyes and arrangements without the word "żegnajcie"
    ['dziękuję ci za wszystko. więcej mnie nie usłyszysz', 'cue'], // (written as act; answered cue by the net: the same words are said to an ex, so a question first)
    ['kochałam was wszystkich, nie miejcie mi tego za złe', 'act'],
    ['testament napisany, mieszkanie dla mamy', 'act'],
    ['usunęłam wszystkie media społecznościowe, rzeczy rozdałam, teraz już można', 'act'],
    ['to moja ostatnia noc', 'act'],
    ['ostatni raz tu piszę, dzięki że byliście', 'act'],
    ['niczego już nie potrzebuję, odchodzę na zawsze', 'cue'], // (written as act; answered cue by the net: the same words are said to an ex, so a question first)
    ['kotka zawieźcie do babci, proszę', 'act'],
    // plans by place, time and means
    ['dziś w nocy idę na most', 'act'],
    ['tabletki już mam w ręce', 'act'],
    ['mam czterdzieści tabletek, powinno wystarczyć', 'act'],
    ['znalazłam u mamy w apteczce nasenne, jest ich dużo', 'act'],
    ['za godzinę wszystko się skończy', 'act'],
    ['jak rodzice pojadą na działkę to to zrobię', 'act'],
    ['sznur już przywiązany do rury', 'act'],
    // acts in progress or done
    ['wzięłam wszystkie tabletki nasenne jakie były', 'act'],
    ['nałykałam się tabletek, kręci mi się w głowie', 'act'],
    ['jestem na dachu, strasznie wieje', 'act'],
    ['stoję na moście i patrzę w wodę', 'act'],
    // passive wishes
    ['dobrze by było wpaść pod samochód', 'cue'],
    ['żeby tylko zachorować na coś i po cichu umrzeć', 'cue'],
    ['jestem dla wszystkich tylko problemem', 'cue'],
    ['jestem ciężarem dla wszystkich', 'cue'],
    ['mam dość istnienia', 'cue'],
    ['nie chce mi się już budzić rano', 'cue'],
    ['chciałabym zasnąć i się nie obudzić', 'cue'],
    ['chcę na tamten świat', 'cue'],
    // self-harm urges and relapse
    ['znowu mam ochotę ciąć ręce', 'cue'],
    ['pół roku wytrzymałam i znowu wzięłam żyletkę', 'act'],
    ['dziś znowu przypalałam rękę zapalniczką', 'act'],
    ['pocięłam udo cyrklem', 'act'],
    // euphemisms and chat spellings
    ['myśle zeby wyskoczyc przez okno', 'act'],
    ['chce sie zabic', 'act'],
    ['chce zdechnac', 'cue'],
    ['nie chce mi sie zyc', 'cue'],
    ['mam ochotę się odklejić na zawsze', 'cue'],
    // negation
    ['nie zamierzam skakać z dachu, po prostu jest mi bardzo źle', 'cue'],
    ['tabletek nie wezmę, obiecuję', 'cue'],
  ]);
  // ordinary lines with the same words
  expectTiers(
    all('none', [
      'wzięłam tabletkę na głowę, przeszło',
      'jutro jadę na most robić zdjęcia zachodu słońca',
      'kupiłam sznur do huśtawki na działce',
      'ostatni raz do niego piszę i tyle',
      'dzięki za wszystko, było super, do zobaczenia w weekend',
      'mam dość pracy, chcę na urlop',
      'umrę jak mi nie odpisze haha',
      'skaleczyłam się w palec jak kroiłam chleb',
      'mam w apteczce kupę tabletek na alergię',
      'dziś wieczorem wypiję wino i idę spać',
      'mama prosiła żebym wziął kota na weekend',
      'ten deadline mnie zabije',
      'umieram z ochoty na kebaba',
      'żegnaj lato, jutro do pracy',
      'za godzinę wszystko się skończy i idziemy na spacer',
      'na 16 piętrze jest super widok',
    ]),
  );
});

describe('pl: round 4b (second set of own examples, written before the second pass of rules)', () => {
  expectTiers([
    ['nie wspominajcie mnie źle', 'act'],
    ['pa wszystkim. dbajcie o siebie i o mamę', 'cue'], // (written as act; answered cue by the net: "bye all, take care" ends ordinary chats too, so a question first)
    ['do zobaczenia w innym życiu', 'act'],
    ['chce sie wylogowac z zycia', 'act'], // (written as cue; "chcę się wylogować z życia" is intent in a euphemism, as pl.intent reads it)
    ['niedługo kopnę w kalendarz i wszystkim będzie lżej', 'cue'],
    ['chciałabym już wąchać kwiatki od spodu', 'act'], // (written as cue; "chcę już umrzeć" is read as meant, an act, in pl)
    ['pierdole to życie, chce zdechnac', 'cue'],
    ['nażarłam się tabsów, czekam', 'act'],
    ['po co ja się w ogóle urodziłam', 'cue'],
    ['chcę żeby to wszystko już się skończyło na zawsze', 'cue'],
    ['myśli samobójcze są, ale nic nie zrobię', 'cue'],
    ['nie martw się, nie zabiję się', 'cue'],
    ['ciąć się już nie będę, serio', 'cue'],
    ['nie chcę się już budzić', 'cue'],
    ['jestem zmęczona byciem', 'cue'],
    ['czasem myślę że łatwiej byłoby się nie urodzić', 'cue'],
  ]);
  expectTiers(
    all('none', [
      'pa wszystkim, idę spać',
      'mój stary laptop kopnął w kalendarz',
      'nażarłam się na noc, czekam na lato',
      'po co ja w ogóle do niego napisałam',
      'chcę żeby ten tydzień się skończył',
      'jestem zmęczona po pracy',
    ]),
  );
});

describe('pl: round 4c (third set of own examples, written before the third pass of rules)', () => {
  expectTiers([
    ['mamo, wybacz mi. to nie twoja wina', 'cue'],
    ['nie bój się, żył ciąć nie będę', 'cue'],
    ['spokojnie, przez okno nie wyskoczę', 'cue'],
    ['chce sie zabicc', 'act'],
    ['dobra, ide sie zabic', 'act'],
    ['nic mnie tu już nie trzyma', 'cue'],
    ['znowu biłam się po głowie aż się uspokoiłam', 'act'],
    ['specjalnie przypaliłam sobie rękę żelazkiem', 'act'],
  ]);
  expectTiers(
    all('none', [
      'mamo, wybacz, wczoraj nie zadzwoniłam',
      'z domu nie wyjdę, jest zimno',
      'nic mnie nie trzyma w tym mieście',
      'włosów ciąć nie będę, zapuszczam',
      'przypaliłam rękę żelazkiem, jak prasowałam koszulę',
    ]),
  );
});

describe('pl: round 5 (own examples: farewells, plans and cues by meaning)', () => {
  expectTiers([
    ['oddałam psa mamie na zawsze', 'act'],
    ['dziękuję wam za wszystko. z góry przepraszam', 'act'],
    ['linę kupiłem wczoraj, leży w bagażniku', 'act'],
    ['wybrałam datę', 'act'],
    ['myśli o samobójstwie krążą mi po głowie', 'act'],
    ['gdyby mnie nie było, wszystkim byłoby lepiej', 'cue'],
    ['nie mogę już tak dłużej', 'cue'],
    ['nie zamierzam niczego sobie robić, tylko jest mi ciężko', 'cue'],
  ]);
  expectTiers(
    all('none', [
      'nie widzę przyszłości z nim',
      'oddałam kota do schroniska na tydzień',
      'dzięki za wszystko, jesteś super',
      'nie dam rady dziś przyjść',
      'gdyby mnie nie było na tej imprezie, nie poznalibyśmy się',
      'wybrałam datę ślubu siostry w kalendarzu',
    ]),
  );
});

describe('pl: round 6, plans, goodbyes and wishes said by what is around them', () => {
  expectTiers([
    // handing things on, and afterwards (act)
    ['kot jest od dziś twój, karma w szafce. będziesz z nim dłużej niż ja', 'act'],
    ['zostawiłem bratu kopertę z pieniędzmi, na rachunki które potem przyjdą', 'act'],
    ['spisałam wszystkie piny żeby mama nie musiała potem szukać', 'act'],
    ['jak mnie zabraknie, zaopiekujcie się mamą', 'act'],
    ['dzięki za te wszystkie lata przyjaźni. przepraszam za to co się stanie', 'act'],
    // plans (act)
    ['nikt mnie nie zacznie szukać do poniedziałku, wyłączyłam telefon', 'act'],
    ['byłem nad rzeką sprawdzić gdzie najgłębiej, wieczorem nikogo tam nie ma', 'act'],
    ['jestem nad zalewem, sam. mam już wszystko czego potrzebuję', 'act'],
    ['siedzę zamknięta w pokoju z tym co przygotowałam', 'act'],
    ['zrobiłem to 10 minut temu, zaczyna mi się kręcić w głowie', 'act'],
    ['dziś popełnię seppuku serio', 'act'],
    ['wbiłam sobie cyrkiel w udo', 'act'],
    // wishes (cue)
    ['chciałbym przestać istnieć', 'cue'],
    ['zazdroszczę dziadkowi że umarł', 'cue'],
    ['co noc kładę się z nadzieją że to ostatni raz', 'cue'],
    ['jestem jak świeczka która zaraz zgaśnie', 'cue'],
    ['czytałam o katastrofie samolotu i pomyślałam czemu nie ja', 'cue'],
    ['wyobrażam sobie często mój pogrzeb', 'cue'],
    ['wyjęłam ostrze z temperówki', 'cue'],
    // everyday lines that must stay quiet
    ['pojechaliśmy nad jezioro sprawdzić gdzie najgłębiej, żeby skakać z pomostu, rano nikogo tam nie ma', 'none'],
    ['wzięłam wolne w piątek, nikt nie będzie mnie szukał w pracy do poniedziałku', 'none'],
    ['jestem w lesie na grzybach z tatą, wzięłam wszystko co trzeba', 'none'],
    ['wybrałam ten dzień na ślub, niech pamięta do końca życia', 'none'],
    ['zrobiłam to pół godziny temu, test jest pozytywny, robi mi się słabo', 'none'],
    ['wszystkim napisałam co chciałam na grupie, o północy wychodzę na imprezę', 'none'],
    ['nie wiem czy dociągnę do wypłaty i szczerze mnie to nie obchodzi', 'none'],
    ['nie umiem już ciągnąć tego związku dzień po dniu', 'none'],
    ['ustawiłam maila z opóźnioną wysyłką na twoje urodziny, nie otwieraj wcześniej', 'none'],
    ['dzięki za te wszystkie lata w firmie, przepraszam za to co będzie teraz z projektem', 'none'],
    ['jak mnie zabraknie na zebraniu to powiedz szefowi', 'none'],
    ['wszystko pozałatwiane przed wyjazdem, potem już ktoś inny będzie musiał ogarniać biuro', 'none'],
    ['rower jest od dziś twój, kupiłam sobie nowy', 'none'],
    ['chcę przestać być taka naiwna', 'none'],
    ['gryzłam skórki przy paznokciach aż do krwi', 'none'],
  ]);
});

describe('pl: round 7, arrangements for after, passive wishes in new shapes, plans by place, time and means (own paraphrases and look-alikes)', () => {
  expectTiers([
    // crisis, clear intent, plan, goodbye or act done (act)
    ["mówię wszystkim że to tylko na wszelki wypadek, ale to nie jest na wszelki wypadek", 'act'],
    ["spisałam testament niby na wszelki wypadek. to nie jest na wszelki wypadek", 'act'],
    ["mama myśli że jadę do pracy. ja już nigdzie nie wracam", 'act'],
    ["chciałam przeprosić mamę póki jeszcze tu jestem", 'act'],
    ["zdążyłam podziękować wszystkim póki jeszcze żyję", 'act'],
    ["muszę mu to powiedzieć zanim mnie nie będzie", 'act'],
    ["wyrzuciłam wszystkie swoje dzienniki, żeby nikt potem ich nie czytał", 'act'],
    ["skasowałam wszystkie notatki w telefonie, nikt nie musi tego potem przeglądać", 'act'],
    ["podarłam stare wiersze, żeby nikt po mnie tego nie znalazł", 'act'],
    ["zostawiłam prezent dla siostry na gwiazdkę u sąsiadki, niech jej da jak przyjdzie czas", 'act'],
    ["napisałam życzenia na osiemnastkę syna, niech mu ktoś przekaże jak przyjdzie pora", 'act'],
    ["proszę się potem nie obwiniać, zrobiłaś wszystko", 'act'],
    ["jak się dowiesz, nie myśl że to twoja wina", 'act'],
    ["mama nie wie że to nasza ostatnia wspólna wigilia", 'act'],
    ["ostatni raz poszłam z siostrą na lody, ona nie ma pojęcia", 'act'],
    ["usuwam profil, wszystko znika razem ze mną", 'act'],
    ["od kiedy mam wyznaczony dzień czuję taki spokój", 'act'],
    ["jak tylko ustaliłem termin, zrobiło mi się lżej", 'act'],
    ["biorę tylko bilet w jedną stronę, powrotu nie będzie", 'act'],
    ["bilet powrotny już mi nie będzie potrzebny", 'act'],
    ["kupiłem bilet nad morze, tylko w jedną stronę, wracać nie zamierzam", 'act'],
    ["wszyscy jadą na wesele, mieszkanie na 12 piętrze będzie puste, a ja zostaję niby się uczyć", 'act'],
    ["zostanę w biurze pod pretekstem nadgodzin, na dachu nikogo nie będzie", 'act'],
    ["dorobiłam klucz do włazu na dach, powiedziałam że to dla kota", 'act'],
    ["mówiłem ochroniarzowi że idę naprawić antenę, mam dostęp na dach", 'act'],
    ["stoję na moście, do wszystkich już napisałam", 'act'],
    ["siedzę na zaporze, zaraz wyłączam telefon", 'act'],
    ["napiłam się płynu do czyszczenia rur", 'act'],
    ["łyknęłam chemii spod zlewu", 'act'],
    ["wypiłem to co było pod zlewem, pali mnie w środku. przepraszam", 'act'],
    ["nie zafunduję rodzicom drugiego pogrzebu w tym miesiącu", 'act'],
    ["po świętach. nie zepsuję dzieciom wigilii. zaraz po", 'act'],
    ["jestem nad rzeką, sama, do domu już nie wracam", 'act'],
    ["mam prochy od kumpla, wezmę całość na raz", 'act'],
    ["zarzucę wszystko za jednym razem dzisiaj, towar już mam", 'act'],
    ["stryczek gotowy, jutro po pracy", 'act'],
    ["żyletki kupione. nikomu nie mów", 'act'],
    ["znikam dziś z tego świata", 'act'],
    ["wymeldowuję się z tego świata", 'act'],
    ["mam dość. dziś kończę z tym wszystkim", 'act'],
    ["kończę z tym życiem na dobre", 'act'],
    // crisis, suggestive: a kind question first (cue)
    ["przynajmniej moje organy komuś się przydadzą jak umrę", 'cue'],
    ["po mojej śmierci chociaż raz bym się na coś przydała", 'cue'],
    ["moja śmierć przynajmniej by się do czegoś przydała", 'cue'],
    ["więcej pożytku będzie ze mnie martwej niż żywej", 'cue'],
    ["zazdroszczę zmarłym, oni mają już spokój", 'cue'],
    ["byłam na cmentarzu i poczułam że zazdroszczę babci", 'cue'],
    ["czytam nekrologi i im zazdroszczę", 'cue'],
    ["chcę żeby wszystko się skończyło, łącznie ze mną", 'cue'],
    ["niech się to wszystko skończy, ja razem z tym", 'cue'],
    ["chciałabym żeby świat się skończył, a ja z nim", 'cue'],
    ["beze mnie mieliby wreszcie spokój", 'cue'],
    ["gdyby mnie nie było, mama odzyskałaby swoje życie", 'cue'],
    ["jestem dla rodziców jak ciężar", 'cue'],
    ["nie widzę siebie w przyszłym roku", 'cue'],
    ["w ogóle nie wyobrażam sobie siebie na święta", 'cue'],
    ["siebie nie widzę nawet za miesiąc", 'cue'],
    ["zabieram tylko tlen innym", 'cue'],
    ["zajmuję miejsce na tym świecie komuś lepszemu", 'cue'],
    ["ktoś inny bardziej zasługuje na moje miejsce na świecie", 'cue'],
    ["jeśli to rak to tym lepiej", 'cue'],
    ["nie pójdę do lekarza, jak to coś złego to niech się dzieje", 'cue'],
    ["jakby to było coś śmiertelnego, byłoby mi to na rękę", 'cue'],
    ["marzę o śpiączce", 'cue'],
    ["mogłabym zapaść w śpiączkę i już", 'cue'],
    ["chcę zasnąć na rok, albo na zawsze", 'cue'],
    ["proszę boga żeby mnie już zabrał do siebie", 'cue'],
    ["niech mnie bozia zabierze", 'cue'],
    ["modlę się żeby śmierć zabrała mnie we śnie", 'cue'],
    ["myślę tylko o tym żeby zrobić nowe kreski", 'cue'],
    ["stare blizny swędzą, mam ochotę dodać świeże", 'cue'],
    ["nic nie zrobię, na razie nie mam odwagi. jak będę miała to kto wie", 'cue'],
    ["nie planuję nic, ale gdybym miała siłę, to nie wiem co by było", 'cue'],
    // everyday look-alikes that must stay quiet
    ["wykupiłam polisę na życie i wpisałam mamę jako uposażoną, tak się robi", 'none'],
    ["przynajmniej się do czegoś przydałam w pracy dzisiaj", 'none'],
    ["zazdroszczę siostrze wakacji", 'none'],
    ["dziadek leży sobie na cmentarzu i ma święty spokój od babci haha", 'none'],
    ["chcę żeby ten rozwód się skończył, ja też mam dość", 'none'],
    ["jestem dla niej jak młodsza siostra", 'none'],
    ["bez mnie miałaby wreszcie czas na naukę, bo wyjeżdżam na erasmusa", 'none'],
    ["nie widzę siebie w tej firmie za rok", 'none'],
    ["nie widzę siebie z nim w przyszłości", 'none'],
    ["w ogóle siebie w tej sukience nie widzę", 'none'],
    ["zajmuję komuś miejsce w autobusie", 'none'],
    ["ktoś inny lepiej by wykorzystał to mieszkanie", 'none'],
    ["ktoś inny zasługuje na moje miejsce w zespole", 'none'],
    ["jak to coś poważnego to pójdę do lekarza", 'none'],
    ["jak to nic poważnego to dobrze", 'none'],
    ["nie idę do lekarza, szkoda czasu, samo przejdzie", 'none'],
    ["zapadłam w śpiączkę po obiedzie u babci haha", 'none'],
    ["chciałabym przespać cały weekend", 'none'],
    ["chcę zapaść w sen zimowy do marca", 'none'],
    ["modlę się żeby tata zabrał mnie na ryby", 'none'],
    ["przeprosiłam ją póki jeszcze jest w polsce", 'none'],
    ["chcę to zamknąć póki jeszcze jestem w tej pracy", 'none'],
    ["zjem tę pizzę póki jeszcze żyję haha", 'none'],
    ["dorobię nowe klucze do mieszkania", 'none'],
    ["nic nie planuję na weekend, gdybym miała kasę to kto wie, może wyjazd", 'none'],
    ["wzięłam parasol na wszelki wypadek, to nie jest aż tak drogie", 'none'],
    ["szef myśli że idę na urlop, a ja zmieniam pracę", 'none'],
    ["spaliłam stare pamiętniki, nikt nie musi tego czytać, wstyd mi", 'none'],
    ["spaliłyśmy z dziewczynami jego listy w ognisku", 'none'],
    ["kupiłam mamie kartkę na urodziny w październiku, jestem taka zorganizowana", 'none'],
    ["zostawiłam prezent u babci, niech jej da w niedzielę bo ja wyjeżdżam", 'none'],
    ["nie myśl że to twoja wina, po prostu się wypaliło", 'none'],
    ["on nie wiedział że to nasza ostatnia randka, a ja już wiedziałam że zerwę", 'none'],
    ["ostatni raz byłam u jego rodziców, jego mama nie wie że to ostatni raz", 'none'],
    ["konto idzie do kosza, zakładam nowe", 'none'],
    ["odkąd wybrałam datę ślubu jestem spokojniejsza", 'none'],
    ["od kiedy mam termin operacji czuję spokój", 'none'],
    ["mam datę wyjazdu, czuję ulgę", 'none'],
    ["bilet powrotny nie będzie potrzebny, bo wracam autem z tatą", 'none'],
    ["biuro na 9 piętrze będzie puste w piątek, w końcu w spokoju skończę raport", 'none'],
    ["dozorca dał mi klucz na dach, będziemy oglądać perseidy jutro po zmroku", 'none'],
    ["jestem na tamie w solinie, napisałam do wszystkich że jest pięknie", 'none'],
    ["wypiłam za gorącą herbatę, pali w gardle", 'none'],
    ["nie zepsuję jej urodzin, zerwę z nim zaraz po", 'none'],
    ["po pogrzebie babci wracam do pracy, ale zaraz po weekendzie", 'none'],
    ["jestem nad morzem, do domu nie wracam do niedzieli", 'none'],
    ["jestem nad morzem, do domu już nie wracam haha, zostaję tu", 'none'],
    ["kumpel załatwił towar na domówkę, będzie grubo", 'none'],
    ["biorę wszystko naraz do pralki", 'none'],
    ["lina kupiona, jutro po pracy jedziemy na żagle", 'none'],
    ["sznur do prania kupiony, jutro po robocie wieszam firany", 'none'],
    ["schodzę ze sceny na dobre", 'none'],
    ["kończę z tym wszystkim na dobre, rzucam palenie", 'none'],
    ["nie widzę siebie w grudniu na nartach, za drogo", 'none'],
    ["nie wyobrażam sobie siebie na święta bez mamy", 'none'],
    ["ostatni raz z tatą na rybach, on nie wie że wyjeżdżam do kanady", 'none'],
    ["tata nie wie że to mój ostatni dzień w polsce przed przeprowadzką", 'none'],
    ["zostawiłam klucze u sąsiadki, niech jej da jak przyjdzie hydraulik", 'none'],
    ["wyrzuciłam jego zdjęcia, nikt potem nie będzie ich oglądał", 'none'],
  ]);
});

describe('pl: round 7, more phrasings written after the rules (other verbs, objects, word order)', () => {
  expectTiers([
    // crisis (act)
    ["chciałam jeszcze pogodzić się z bratem póki jeszcze jestem", 'act'],
    ["podarłam wszystkie swoje zeszyty z wierszami, żeby nikt po mnie tego nie czytał", 'act'],
    ["tata nie wiedział że to nasz ostatni wspólny obiad", 'act'],
    ["biorę bilet tylko w jedną stronę. powrotny nie będzie mi potrzebny", 'act'],
    ["wypiłam płyn do udrażniania rur", 'act'],
    ["nie popsuję siostrze wesela. dopiero po wszystkim", 'act'],
    ["stoję na wiadukcie, do wszystkich już napisałam", 'act'],
    ["mam towar, biorę wszystko naraz dziś", 'act'],
    ["odchodzę z tego świata dziś", 'act'],
    ["od kiedy wybrałem dzień czuję spokój", 'act'],
    // crisis (cue)
    ["chociaż jako dawca narządów na coś bym się przydała", 'cue'],
    ["zazdroszczę tym którzy już nie żyją", 'cue'],
    ["marzę żeby wszystko się skończyło, ze mną włącznie", 'cue'],
    ["bez mnie rodzice mieliby wreszcie święty spokój", 'cue'],
    ["nie widzę siebie za rok", 'cue'],
    ["jeśli to guz to tym lepiej", 'cue'],
    ["modlę się żeby bóg zabrał mnie we śnie", 'cue'],
    // everyday look-alikes that must stay quiet
    ["ta polisa w końcu się do czegoś przydała, zapłacili za auto", 'none'],
    ["na coś bym się przydała w kuchni, jakby mnie wpuścili", 'none'],
    ["nie zrobię prania teraz, ale zaraz po", 'none'],
    ["nie widzę siebie w grudniu na nartach, za drogo", 'none'],
  ]);
});
