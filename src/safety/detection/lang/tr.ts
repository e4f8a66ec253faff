/**
 * Turkish. Word classes first (the building blocks), then the phrase families, then the idioms
 * that must stay quiet, then negation and shorthand. Patterns are in the DSL of `../dsl.ts`:
 * words, `{class}`, `(a|b)` one of, `[x]` optional, `{fill2}` up to two other words, `word*`
 * any ending, `^`/`$` start/end of a sentence.
 *
 * Everything is matched after normalisation: lower case, Turkish letters folded ("ı" → "i",
 * "ş" → "s", "ğ" → "g", "ç" → "c", "ö" → "o", "ü" → "u"), doubled letters folded. Patterns are
 * folded the same way, so they are written here with Turkish letters and match words typed
 * without them.
 *
 * Three things about Turkish shape these rules:
 * - Folding makes "ölmek" (to die) look like "olmak" (to be): "öldüm" = "oldum" ("I became"),
 *   "ölüm" = "olum" ("dude", from "oğlum"). So no family uses a bare "öl*": only whole forms
 *   that stay distinct ("ölmek", "öleceğim", "ölsem").
 * - Negation is a suffix on the verb ("öldürmeyeceğim", "istemiyorum"), after the phrase, where
 *   the negation words (which look before a phrase) cannot see it. So the act families list
 *   only positive forms ("kendimi öldüreceğim", "öldürmek istiyorum"), and every form of the
 *   same phrase is also a cue in `tr.suicide-mention`: a negated phrase falls back to a cue.
 * - Words take many endings ("köprüden", "köprüdeyim"), so place words use `word*` prefixes,
 *   and the colloquial future ("-cem", "-cam", "-icem") is listed beside the written one.
 *
 * @module
 */
import type { LanguageSpec } from '../language.ts';

export const tr: LanguageSpec = {
  code: 'tr',
  scripts: ['latin'],

  classes: {
    /** Myself, as the object: "kendimi". */
    kendimi: ['kendimi', 'kendimi de', 'kendimi bile', 'kendi kendimi'],
    /** Positive verbs after an infinitive: "öldürmek İSTİYORUM", "intihar etmeyi DÜŞÜNÜYORUM". */
    wantpos: [
      'istiyorum', 'istiyom', 'istiyorm', 'isterdim', 'istiyordum', 'istedim', 'isterim', 'düşünüyorum', 'düşünüyom', 'düşündüm',
      'düşünmeye başladım', 'planlıyorum', 'planlıyom', 'planladım', 'karar verdim', 'kafaya koydum', 'niyetindeyim', 'niyetliyim',
      'hazırım', 'üzereyim', 'içimden geliyor', 'geliyor içimden', 'çalıştım', 'kalktım', 'kalkıştım', 'denedim', 'deneyeceğim',
      'deneyecem', 'geçiyor aklımdan', 'aklımdan geçiyor', 'aklımdan geçiriyorum', 'arzuluyorum', 'hayal ediyorum', 'gerek', 'lazım',
      'cidden istiyorum', 'çok istiyorum', 'artık istiyorum', 'gerçekten istiyorum', 'sadece istiyorum',
    ],
    /** Saying it is meant: "gerçekten", "cidden", "abartmıyorum". A wish said in earnest is intent. */
    serious: [
      'gerçekten', 'cidden', 'ciddiyim', 'ciddi ciddi', 'abartmıyorum', 'şaka yapmıyorum', 'şaka değil', 'vallahi', 'valla', 'yemin ederim',
      'inan bana', 'inanın', 'dramatik olmuyorum', 'harbiden', 'artık', 'artık yeter', 'yeter artık',
    ],
    /** Deciding, planning (stronger than wanting): "ölmeye karar verdim". */
    decidepos: ['karar verdim', 'kafaya koydum', 'planlıyorum', 'planladım', 'niyetindeyim', 'niyetliyim', 'hazırım', 'kararlıyım', 'çalıştım', 'kalkıştım', 'denedim'],
    /** Wanting put before the infinitive: "TEK İSTEDİĞİM ölmek". */
    wantbefore: ['tek istediğim', 'tek isteğim', 'tek derdim', 'tek düşündüğüm', 'tek çarem', 'tek çıkış yolu', 'tek çözüm'],
    /** Killing oneself, as an infinitive (with its case endings): "kendimi öldürmek(i/e)". */
    killinf: [
      '{kendimi} (öldürmek|öldürmeyi|öldürmeye|öldürme)', 'intihar (etmek|etmeyi|etmeye|etme)', '(canıma|kendime) (kıymak|kıymayı|kıymaya)',
      'hayatıma son (vermek|vermeyi|vermeye)', '{kendimi} (asmak|asmayı|asmaya)', 'kendi canımı (almak|almayı|almaya)',
      '(her şeye|bu hayata|bu yaşama|yaşamıma) son (vermek|vermeyi|vermeye)', '{kendimi} (yok etmek|yok etmeyi|zehirlemek|zehirlemeyi)',
      '{kendimi} (sonlandırmak|sonlandırmayı|bitirmek|bitirmeyi)', '(bileklerimi|bileğimi|damarlarımı|damarımı) (kesmek|kesmeyi|kesmeye)', 'bu dünyadan (gitmek|gitmeyi|göçmek|göçmeyi)',
    ],
    /** Killing oneself, as a first-person future or wish, positive forms only: "kendimi öldüreceğim". */
    killfut: [
      '{kendimi} (öldüreceğim|öldürcem|öldürecem|öldürücem|öldürceğim|öldürüceğim|öldüreyim|öldürmeliyim|öldürsem mi|öldürürüm|öldürüyorum artık|öldürecektim)',
      'intihar (edeceğim|edicem|edecem|edcem|etcem|ederim|edeyim|etmeliyim|etsem mi|ediyorum|edicektim|edecektim|edicem artık)',
      '(canıma|kendime) (kıyacağım|kıycam|kıyacam|kıyıcam|kıyarım|kıyayım|kıymalıyım|kıyasım var)',
      'hayatıma son (vereceğim|vericem|verecem|vercem|veririm|vereyim|vermeliyim)',
      '(her şeye|bu hayata|yaşamıma) son (vereceğim|vericem|verecem|vercem|vereyim)',
      '{kendimi} (asacağım|ascam|asıcam|asacam|asarım|asayım)',
      'kendi canımı (alacağım|alcam|alıcam|alacam|alayım)',
      '{kendimi} (sonlandıracağım|sonlandırcam|sonlandırıcam|bitireceğim|bitircem|bitiricem)',
    ],
    /** Where people jump from, with any ending: "köprüden", "çatıdan", "balkondan". */
    height: [
      'köprü*', 'çatı*', 'balkon*', 'pencere*', 'camdan', 'binadan', 'binanın', 'uçurum*', 'gökdelen*', 'kattan', 'katından',
      'yüksekten', 'boğaz köprüsü*', 'terastan', 'dağdan', 'kayalıklar*', 'viyadük*', 'raylara', 'boşluğa',
    ],
    /** What people throw themselves in front of. */
    traffic: ['trenin', 'metronun', 'arabanın', 'kamyonun', 'tırın', 'otobüsün', 'aracın', 'bir arabanın', 'bir tırın', 'bir kamyonun'],
    /** Jumping, positive first-person forms and infinitives: "atlayacağım", "atlıcam", "atlamak". */
    jump: [
      'atlayacağım', 'atlıcam', 'atlayacam', 'atlarım', 'atlıycam', 'atlicam', 'atlayayım', 'atlamalıyım', 'atlasam', 'atlamak',
      'atlamayı', 'atlamaya', 'atlıyorum', 'atladım', 'atlamak istiyorum', 'kendimi atacağım', 'kendimi atcam', 'kendimi atıcam',
      'kendimi atacam', 'kendimi atarım', 'kendimi atmak', 'kendimi atmayı', 'kendimi atayım', 'kendimi attım', 'kendimi bırakacağım',
      'kendimi bırakıcam', 'kendimi bırakmak', 'kendimi bıraksam', 'kendimi atsam',
    ],
    /** Standing or sitting up high: "köprüdeyim", "çatıdayım", "pencerenin kenarında oturuyorum". */
    onheight: [
      'köprüdeyim', 'köprünün üstündeyim', 'köprünün kenarındayım', 'çatıdayım', 'çatının kenarındayım', 'çatının ucundayım', 'balkonun kenarındayım',
      'uçurumun kenarındayım', 'raylardayım', 'pencerenin kenarındayım', 'korkuluğun üstündeyim', 'korkulukların dışındayım', 'korkuluğun dışındayım',
      '(pencerenin|balkonun|köprünün|çatının|uçurumun|korkuluğun|binanın) (kenarında|ucunda|dışında|üstünde|korkuluğunda) (oturuyorum|duruyorum|bekliyorum|dikiliyorum)',
    ],
    /** Pills and medicines, with endings. */
    pills: ['pills', 'hap*', 'ilaç*', 'antidepresan*', 'uyku ilacı*', 'uyku hapı*', 'parol*', 'xanax*', 'lustral*', 'tablet*', 'kutu ilaç', 'ağrı kesici*', 'ağrıkesici*'],
    /** A lot of them: "bütün", "hepsini", "bir kutu", "30". */
    many: [
      'bütün', 'tüm', 'hepsini', 'hepsi', 'bir kutu', 'iki kutu', 'üç kutu', 'kutu kutu', 'avuç avuç', 'bir avuç', 'tamamını',
      '{bignumber}', '{number} (kutu|şerit|tane|paket|kutu dolusu)', 'bir şişe', 'bir şerit', 'iki şerit', 'kutusunu', 'kutusu', 'ne kadar varsa', 'evdeki bütün', 'elimdeki bütün',
      'bir sürü', 'onlarca', 'yirmi', 'otuz', 'kırk', 'elli', 'çok fazla', 'fazla',
    ],
    /** Swallowing or taking, done or about to be: "içtim", "yuttum", "içeceğim". */
    swallow: [
      'içtim', 'yuttum', 'aldım', 'içiyorum', 'yutuyorum', 'içeceğim', 'içicem', 'içecem', 'içcem', 'yutacağım', 'yutcam', 'yutucam',
      'içtim bile', 'içmek', 'yutmak', 'içmeyi', 'yutmayı', 'içsem', 'yutsam', 'içiyom', 'attım ağzıma', 'ağzıma attım',
    ],
    /** Poisons and chemicals people drink. */
    poison: ['zehir*', 'fare zehiri*', 'çamaşır suyu*', 'tuz ruhu*', 'çamaşır suyunu', 'antifriz*', 'böcek ilacı*', 'tarım ilacı*', 'kezzap*', 'asit'],
    /** Cutting or wounding oneself, done or under way (past and present, positive). */
    cutdone: [
      'kestim', 'kesiyorum', 'kesiyom', 'jilet çektim', 'jilet çekiyorum', 'jilet vurdum', 'jilet vuruyorum', 'kesmeye başladım', 'kesmeye devam ediyorum', 'jiletledim', 'jiletliyorum', 'çizdim',
      'çiziyorum', 'yaraladım', 'yaralıyorum', 'yaktım', 'yakıyorum', 'kanattım', 'kanatıyorum', 'parçaladım', 'deştim', 'doğradım',
      'tırmaladım', 'tırnakladım', 'jilet attım', 'jilet atıyorum', 'kesip duruyorum', 'yine kestim', 'keseceğim', 'kesicem', 'kescem',
      'kesecem', 'jiletleyeceğim', 'jiletlicem', 'yakacağım', 'yakıcam',
    ],
    body: [
      'kolumu', 'kollarımı', 'bileğimi', 'bileklerimi', 'bacağımı', 'bacaklarımı', 'uyluğumu', 'uyluklarımı', 'karnımı',
      'koluma', 'kollarıma', 'bileğime', 'bileklerime', 'bacağıma', 'bacaklarıma', 'uyluğuma', 'karnıma', 'tenimi', 'derimi',
      'damarımı', 'damarlarımı', 'kolum', 'kollarım', 'bileğim', 'bacaklarım',
    ],
    /** Nobody would notice or mind, in the present, past-conditional and future: "fark etmez", "fark etmezdi", "umursamayacak". */
    unnoticed: [
      'fark etmez', 'fark etmezdi', 'fark etmeyecek', 'fark etmeyecekler', 'farkına varmaz', 'farkına varmazdı', 'etmez', 'etmezdi',
      'umursamaz', 'umursamazdı', 'umursamayacak', 'üzülmez', 'üzülmezdi', 'üzülmeyecek', 'ağlamaz', 'ağlamazdı', 'aramaz', 'aramazdı',
      'özlemez', 'özlemezdi', 'özlemeyecek', 'anlamaz', 'anlamazdı', 'yokluğumu hissetmez', 'yokluğumu hissetmezdi',
    ],
    /** A thought that stays: "aklımdan çıkmıyor", "kafamda dönüp duruyor". */
    onmind: [
      'aklımdan çıkmıyor', 'aklımdan gitmiyor', 'kafamdan çıkmıyor', 'kafamdan gitmiyor', 'aklımda', 'kafamda', 'peşimi bırakmıyor',
      'aklımdan geçiyor', 'geçiyor aklımdan', 'aklıma geliyor', 'aklıma düşüyor', 'kafamda dönüp duruyor', 'aklımı kurcalıyor',
    ],
    /** A past attempt, stopped by others: "geçen sefer kurtardılar", "midemi yıkadılar". */
    rescued: ['kurtardılar $', 'beni kurtardılar', 'kurtarıldım', 'kurtardılar beni', 'yetiştiler', 'yetiştirdiler', 'midemi yıka*', 'mide yıka*', 'yoğun bakım*', 'hastanede uyandım', 'son anda buldular', 'buldular beni', 'geçen denemem*', 'ilk denemem*'],
    /** This time it is thought through: "bu sefer her şeyi düşündüm", "bu kez garantili". */
    surethistime: [
      'her şeyi düşündüm', 'her şeyi planladım', 'her şeyi hesapladım', 'her şeyi ayarladım', 'her şeyi hazırladım', 'hepsini düşündüm', 'garantili', 'garanti',
      'emin olacağım', 'emin olucam', '(öyle|aynı|böyle|yarım) olmayacak', 'farklı olacak', 'başaracağım', 'başarıcam', 'işi bitireceğim', 'işi bitiricem', 'hata yapmayacağım', 'hata yapmıcam', 'yarım bırakmayacağım', 'yarım bırakmıcam', 'kurtaramayacaklar', 'kimse kurtaramaz', 'kimse yetişemez', 'yetişemeyecekler', 'bulamayacaklar',
    ],
    /** Nobody answering: alone at the edge. */
    noanswer: [
      'kimse (açmıyor|açmadı|cevap vermiyor|cevap vermedi|yanıt vermiyor|yanıt vermedi|aramıyor|yazmıyor|ulaşamıyorum)', 'kimseye (ulaşamıyorum|ulaşamadım)',
      '(telefonu|telefonlarımı) kimse (açmıyor|açmadı)', 'kimse yok', 'yalnızım', 'son kez aradım',
    ],
    /** A pet or a person given away to someone: "kediyi ablama verdim", "köpeğimi komşuya bıraktım". */
    givepet: [
      '(kediyi|kedimi|kedileri|kedilerimi|köpeği|köpeğimi|köpekleri|kuşu|kuşumu|kuşları|balıkları|hayvanlarımı|tavşanı|tavşanımı|hamsterı|hamsterımı) {fill2} (verdim|emanet ettim|teslim ettim|gönderdim|sahiplendirdim|yolladım|verdim bile)',
    ],
    /** Better off there, with them: "onunla daha mutlu olur", "bende olacağından iyi". */
    betteroff: [
      '(onunla|onlarla|orada|orda|onun yanında|onların yanında|yanında|yeni evinde) {fill1} (daha|çok daha) (mutlu|iyi|rahat|huzurlu) (olur|olacak|yaşar|yaşayacak)',
      '(benden|bende|benim yanımda) {fill1} (daha|çok daha) (iyi|mutlu|rahat) (bakar|bakacak|olur|olacak|yaşar)',
      '(maması|mamasını|kumu|kumunu|eşyaları|eşyalarını|aşıları|oyuncakları) {fill3} (hepsiyle|hepsini|her şeyiyle|hepsi|da verdim|de verdim|ile birlikte)',
    ],
    /** Papers and keys put where they will be found, "if something happens": "belgeler mavi dosyada, anahtarlar komşuda". */
    papers: [
      '(belgeler*|evraklar*|evrak*|anahtarlar*|anahtar*|şifreler*|tapu*|poliçe*|sigorta*|vasiyet*|banka kart*|hesap bilgi*) {fill2} (dosyada|dosyasında|çekmecede|çekmecesinde|komşuda|komşuya|dolapta|kasada|masada|masamda|zarfta|zarfın içinde|defterde|yazılı|annemde|ablamda|abimde|kardeşimde|sende|bıraktım|koydum)',
    ],
    /** If anything happens (to me): "bana bir şey olursa", "bi şey olursa". */
    ifanything: ['(bana|başıma) bir (şey|şeyler) (olursa|gelirse)', 'bir (şey|şeyler) olursa', 'bir gün bir şey olursa', 'ben olmazsam', 'ben yokken'],
    /** A letter left to be found: "çekmeceye bir mektup bıraktım", "mektubu bitirmem kaldı". */
    letterleft: [
      '(mektup|mektubu|mektubumu|bir mektup|not|notu|bir not|notumu|zarf|zarfı|bir zarf|mektuplar|mektupları) {fill2} (bıraktım|koydum|sakladım|yerleştirdim|yazdım|yazdım bile|bitirdim|hazırladım)',
      '(mektubu|mektubumu|notu|notumu|mektupları|son mektubu) (bitirmem|yazmam|bitirmek|yazmak|bırakmam) (kaldı|lazım)',
    ],
    /** Found by family when the time comes: "annem bulur zamanı gelince". */
    foundlater: [
      '(zamanı|vakti|sırası) (gelince|geldiğinde)', '(ben|ben gidince|benden sonra|ben yokken) {fill2} (bulur|bulacak|bulacaklar|okur|okuyacak)', '(bulursunuz|bulacaksınız|bulduğunuzda|okuduğunuzda|okursunuz|anlarsınız|anlayacaksınız)',
    ],
    /** Apologies and thanks in advance, as last words: "şimdiden özür dilerim". */
    inadvance: [
      '(şimdiden|simdiden|peşinen|önceden|şimdiden herkesten) (özür dilerim|affedin|affet|kusura bakmayın|kusura bakma|hakkınızı helal edin|hakkını helal et|teşekkürler|teşekkür ederim)',
    ],
    /** Jumping denied, with the suffix negation: "atlamam", "kendimi atmıcam". */
    jumpneg: [
      'atlamam', 'atlamıcam', 'atlamicam', 'atlamayacağım', 'atlamıycam', 'atlamıyacağım', 'atlamayacam', 'atlamazım',
      'kendimi atmam', 'kendimi atmıcam', 'kendimi atmayacağım', 'kendimi atmıycam', 'kendimi bırakmam', 'kendimi bırakmayacağım',
    ],
    /** Other acts denied with the suffix: "hap içmicem", "kendimi kesmem". */
    actneg: [
      '{jumpneg}', '{kendimi} (öldürmem|öldürmicem|öldürmeyeceğim|öldürmıycam|asmam|asmıcam|asmayacağım|kesmem|kesmicem|kesmeyeceğim)',
      '(hap|hapları|ilaç|ilaçları|zehir) {fill1} (içmem|içmicem|içmeyeceğim|içmıycam|yutmam|yutmıcam|yutmayacağım)',
      '(kendime|canıma) (bir|bi) (şey|şeyler) (yapmam|yapmıcam|yapmicam|yapmıycam|yapmayacağım|yapmıyacağım)', '(canıma|kendime) (kıymam|kıymıcam|kıymayacağım)',
    ],
    /** Now, tonight: timing. */
    when: ['bu gece', 'bugün', 'yarın', 'şimdi', 'birazdan', 'bu akşam', 'hafta sonu', 'bu hafta', 'az sonra', 'sabaha karşı', 'gece'],
    /** "Everyone" for burden phrases: "herkes", "ailem". */
    everyone: ['herkes', 'herkesin', 'herkese', 'ailem', 'ailemin', 'annem', 'annemler', 'onlar', 'dünya', 'insanlar', 'arkadaşlarım', 'millet', 'sevdiklerim'],
    /** Family and pets in goodbye phrases: "anneme söyleyin", "kedime bakın". */
    family: ['anneme', 'babama', 'annemlere', 'aileme', 'kardeşime', 'ablama', 'abime', 'kız kardeşime', 'erkek kardeşime', 'anneanneme', 'babaanneme', 'arkadaşlarıma', 'herkese'],
    pet: ['kedime', 'köpeğime', 'kedilerime', 'köpeklerime', 'kuşuma', 'kedimi', 'köpeğimi', 'hayvanlarıma', 'balığıma'],
    /** After I am gone: "benden sonra", "ben öldükten sonra", "ben yokken". */
    afterme: [
      'benden sonra', 'ben öldükten sonra', 'öldükten sonra', 'ben ölünce', 'öldüğümde', 'ölümümden sonra', 'ben artık yokken', 'arkamdan',
      'bana bir şey olursa', 'başıma bir şey gelirse',
    ],
    /** Last words to many, or to a parent: "beni affedin", "her şey için teşekkürler", "kendinize iyi bakın". */
    lastwords: [
      'beni affedin', 'affedin beni', 'hakkınızı helal edin', 'herkes hakkını helal etsin', 'kendinize iyi bakın',
      'her şey için (teşekkür*|teşekkürler|sağ ol*|özür dilerim|affedin|affet|minnettarım|minnettarız|kusura bakma|kusura bakmayın|hakkını helal et|hakkınızı helal edin)', 'beni unutmayın',
      '(bana|beni) (katlandığın|katlandığınız|çektiğin|çektiğiniz|tahammül ettiğin|tahammül ettiğiniz|idare ettiğin|idare ettiğiniz) için', 'kimseyi suçlamayın', 'kendinizi suçlamayın', 'üzülmeyin', 'arkamdan ağlamayın', 'birbirinize iyi bakın',
      '(anne|baba|anneciğim|babacığım|abla|abi|kardeşim) (beni affet|hakkını helal et|seni çok seviyorum)',
      '(beni affet|hakkını helal et) (anne|baba|anneciğim|babacığım|abla|abi|kardeşim)',
      '(seni|sizi) [çok] seviyorum {fill1} (hakkını helal et|hakkınızı helal edin|beni affet|affet beni|beni affedin)',
    ],
    /** Plain farewells and love to many, paired with a last word (never two of these alone: "elveda elveda" is a song). */
    byewords: ['elveda', 'hoşça kalın', 'hoşçakalın', 'hepinizi (çok)? seviyorum', 'sizi (çok)? seviyorum', 'hepinizi öpüyorum', 'kendinize dikkat edin'],
    /** Leaving this world: "bu dünyadan göçüp gidiyorum", "bu hayattan gideceğim". */
    leaveworld: [
      '(bu dünyadan|dünyadan|bu hayattan|hayattan|bu alemden) (gidiyorum|göçüyorum|göçüp gidiyorum|ayrılıyorum|gideceğim|gidicem|gidecem|göçeceğim|ayrılacağım|çekip gidiyorum|çekip gideceğim|elimi eteğimi çekiyorum)',
    ],
    /** Leaving this world, wished: "bu dünyadan gidesim var". */
    leaveworldwish: [
      '(bu dünyadan|dünyadan|bu hayattan|hayattan) (gidesim|göçesim|ayrılasım|gitmek|göçmek|çekip gitmek|gidip kurtulmak) [var|geliyor|geldi|istiyorum|istiyom|isterdim]',
    ],
    /** What someone leaves behind: "eşyalarım", "şifrem", "fotoğraflarım". */
    possessions: [
      'eşyalarım*', 'kıyafetlerim*', 'kitaplarım*', 'birikimim*', 'paramı', 'param', 'fotoğrafları', 'fotoğraflarım*', 'hesabım*', 'şifre*',
      'telefonum*', 'bilgisayarım*', 'laptopum*', 'oyunlarım*', 'arabam*', 'altınlarım*', 'takılarım*', 'plaklarım*', 'bisikletim*', 'odam*', 'gitarım*',
    ],
    /** Let someone have it: "annem alsın", "ablama verin", "ona kalsın". */
    inherit: ['alsın', 'alsınlar', 'kalsın', 'kalsınlar', 'verin', 'verirsiniz', 'dağıtın', 'dağıtırsınız', 'bağışlayın', 'paylaşın', 'paylaştırın', 'sizin olsun', 'senin olsun', 'onun olsun'],
    /** Affairs put in order: "borçlarımı ödedim", "her şeyi yoluna koydum". */
    settled: [
      '(borçlarımı|borcumu|borçlarımın hepsini|kiramı|faturalarımı|kredi kartımı|hesaplarımı|işlerimi|her şeyi) [da] (ödedim|kapattım|hallettim|yoluna koydum|düzene koydum|ayarladım|toparladım|tamamladım)',
      'kimseye borcum (kalmadı|yok)', 'kimseye (yük|borç) (bırakmadım|bırakmayacağım)',
    ],
    /** Going for good: "rahat gidebilirim", "gönül rahatlığıyla gidiyorum", "hazırım artık". */
    goingforgood: [
      '(rahat|rahatça|huzurla|gönül rahatlığıyla|içim rahat) (gidebilirim|gidiyorum|giderim|gideceğim|ölebilirim|ölürüm)', 'artık hazırım', 'gitmeye hazırım',
      'geri (dönmeyeceğim|dönmicem|dönmem|dönüşü yok)', 'benden sonra {fill3} (uğraşmasın|uğraşmasınlar|zahmet çekmesin|üzülmesin)',
    ],
    /** Not seen again, said to many: "beni bir daha göremeyeceksiniz". */
    notseen: [
      '(beni|bana|sesimi|yüzümü|benden) [bir daha|artık|hiç|asla|bundan sonra] (göremeyeceksiniz|duyamayacaksınız|görmeyeceksiniz|duymayacaksınız|bulamayacaksınız|göremezsiniz|ulaşamayacaksınız|ulaşamazsınız|haber alamayacaksınız|ses alamayacaksınız)',
    ],
    /** Do not grieve for me: "arkamdan ağlamayın", "kimse üzülmesin". */
    dontgrieve: [
      // (not "benim için üzülmeyin": said when moving abroad)
      '(arkamdan|benim arkamdan) (ağlamayın|üzülmeyin|yas tutmayın|gözyaşı dökmeyin)', 'kimse (üzülmesin|ağlamasın|kendini suçlamasın|yas tutmasın)',
      '(ağlamayın|yas tutmayın) (benim için|arkamdan)', '(üzülmeyin|ağlamayın) arkamdan',
    ],
    /** It is my choice: "bu benim kararım". */
    mychoice: ['(bu|bu benim|benim|bu tamamen benim|kendi) (kararım|seçimim|tercihim)', 'kimsenin suçu yok', 'kimse suçlu değil'],
    /** A wished misfortune: an accident, an illness. */
    misfortune: ['kaza*', 'hastalığ*', 'hastalık*', 'kanser*', 'kalp kriz*', 'tümör*', 'ölümcül*', 'deprem*', 'başıma bir şey', 'başıma bir iş'],
    /** Wished, not feared: "geçirsem", "yakalansam", "gelse". */
    befallme: [
      'geçirsem', 'geçireyim', 'geçirip', 'yakalansam', 'yakalanayım', 'yakalanıp', 'olsam', 'olayım', 'olup', 'gelse', 'gelsin', 'gelse de', 'çıksa', 'çıksın',
      'tutulsam', 'vursa', 'ölsem', 'gitsem', 'bitse', 'kurtulsam',
    ],
    /** Water people walk into. */
    water: ['deniz*', 'göl*', 'nehr*', 'nehir*', 'ırmağ*', 'ırmak*', 'baraj*', 'suya', 'suyun', 'dalgalar*', 'boğaza', 'boğazın'],
    /** What a car is driven into. */
    crashinto: ['duvar*', 'ağaca', 'ağaçlara', 'bariyer*', 'uçurum*', 'tıra', 'tırın', 'kamyona', 'kamyonun', 'direğe', 'direklere', 'karşı şeride', 'karşıdan gelen*', 'denize', 'köprü ayağına', 'beton*'],
    crashverb: [
      'süreceğim', 'sürcem', 'sürücem', 'süreyim', 'çarpacağım', 'çarpıcam', 'çarpcam', 'çarpayım', 'dalacağım', 'dalıcam', 'dalcam', 'dalayım', 'gireceğim', 'giricem',
      'gircem', 'gireyim', 'sokacağım', 'sokucam', 'vuracağım', 'vurucam', 'çakacağım', 'çakıcam', 'uçacağım', 'uçurcam', 'uçuracağım', 'sürmek', 'çarpmak', 'dalmak',
    ],
    /** Signs that a height is a plan, not a view: "aşağısı", "çok yüksek", "kenarındayım". */
    heightsign: [
      'aşağıya bakıyorum', 'aşağı bakıyorum', 'yeterince yüksek', 'çok yüksek', 'kenarındayım', 'kenarında duruyorum', 'korkuluğ*', 'korkuluk*',
      'aşağısı {fill1} (karanlık|derin|sert|yüksek|taş|beton)', 'son kez', 'cesaretim*', 'cesaret edemiyorum', 'atla*', 'boşluğ*', 'dipsiz', 'kimse görmüyor', 'bitsin artık',
    ],
    /** An overdose taking effect, or the farewell said after it. */
    odsign: [
      'gözlerim kararıyor', 'gözlerim kapanıyor', 'kalbim çok hızlı', 'kalbim hızlandı', 'uyuşuyorum', 'her yerim uyuştu', 'sizi seviyorum', 'hepinizi seviyorum', 'elveda', 'hoşça kalın', 'beni affedin', 'kimseyi suçlamayın', 'geç olacak', 'çok geç',
    ],
    // --- round e: last arrangements and plans said without naming death ---
    /** Any pet, with any ending: "muhabbet kuşlarını", "kedimi", "balıklarımı". */
    anypet: [
      'kedi*', 'köpe*', 'kuşum*', 'kuşlar*', 'kuşu', 'kuşunu', 'muhabbet kuş*', 'kanarya*', 'papağan*', 'balıklar*', 'balığım*', 'tavşan*',
      'hamster*', 'kaplumbağa*', 'hayvanlarım*', 'hayvanımı', 'yavrular*',
    ],
    /** I won't be able to look after, remind, be there: "ben bakamayacağım", "hatırlatamayacağım artık". */
    wontbeable: [
      '[ben] [artık|bundan sonra] (bakamayacağım|bakamıcam|bakamayacam|ilgilenemeyeceğim|ilgilenemicem|sahip çıkamayacağım|hatırlatamayacağım|hatırlatamıcam|hatırlatamayacam|kutlayamayacağım|yetişemeyeceğim|arayamayacağım|arayamıcam) [artık]',
      '(bundan sonra|bundan böyle|artık) (o|sen|onlar|siz) (baksın|baksınlar|bakar|bakarsın|bakacak|bakarsınız|sahip çıksın|sahip çıkar|ilgilensin)',
    ],
    /** Whoever finds it: "bulan kim olursa", "kim bulursa". */
    finder: ['bulan kim*', 'kim bulursa', 'bulana', 'bulan kişi*', 'bulacak olan', 'bulan olursa', 'bulduğunuzda', 'bulacaksınız'],
    /** Papers of a household: "sigorta poliçesi", "tapu", "hesap numaraları". */
    docs: ['sigorta*', 'poliçe*', 'tapu*', 'hesap numara*', 'hesap bilgi*', 'şifre*', 'borç*', 'kira*', 'vasiyet*', 'evrak*', 'belge*', 'banka*', 'fatura*', 'kredi*'],
    /** So that others have it easy afterwards: "işleri kolay olsun", "uğraşmasınlar". */
    spareothers: [
      'işleri kolay olsun', 'işleri kolaylaşsın', 'işleri kolaylaşır', 'işiniz kolay olsun', 'uğraşmasın*', 'zahmet çekmesin*', 'zorlanmasın*', 'sıkıntı çekmesin*',
      'başları ağrımasın', 'kimse uğraşmasın', 'ortada kalmasın*', 'perişan olmasın*', 'sürünmesin*', 'kimseye yük olmasın', 'kimseye yük olmayayım',
    ],
    /** Things given away: "kıyafetleri yardım kutusuna attım", "kitaplarımı dağıttım". */
    giveaway: [
      '({possessions}|kıyafetleri|eşyaları|kitapları|oyuncakları|ayakkabılar*) {fill3} (dağıttım|bağışladım|verdim|elden çıkardım|ihtiyaç sahiplerine verdim|(yardım|bağış) (kutusuna|kumbarasına) (attım|koydum|bıraktım|verdim))',
    ],
    /** Everyone busy or away: "herkes kahvaltıdayken", "annemler yokken", "herkes dışarda eğlenirken". */
    othersaway: [
      '(herkes|evdekiler|annemler|ailem|ev arkadaşım|ev arkadaşlarım|millet|kimse) [{fill1}] (kahvaltıdayken|uyurken|yokken|dışardayken|dışarıdayken|eğlenirken|işteyken|okuldayken|uyuyunca|uyuduğunda|gidince|çıkınca|yatınca|evde değilken|tatildeyken|kutlarken|düğündeyken|maç izlerken|salondayken|düğün salonundayken|nikahtayken|nişandayken|nikahdayken|kınadayken|camideyken|cenazedeyken|maçtayken|konserdeyken|pikniktayken|alışverişteyken|yemekteyken|misafirlikteyken|köydeyken|bayramlaşırken|namazdayken)',
    ],
    /** What is needed, bought or found, said without naming it: "lazım olanı alacağım." */
    needed: ['(lazım olanı|lazım olanları|gerekeni|gerekenleri|ihtiyacım olanı|ihtiyacım olanları|ne lazımsa|ne gerekiyorsa) (alacağım|alıcam|alcam|aldım|buldum|hazırladım|ayarladım|tedarik ettim|hallettim) $'],
    /** No way back: "dönüş bileti almadım". */
    noreturn: ['(dönüş|geri dönüş) (bileti|biletimi|biletim) (almadım|almayacağım|almıyorum|yok|almadım bile|almaya gerek yok)', 'dönüşü olmayan'],
    /** Nobody knows where I am: "kimse bilmiyor burda olduğumu", "konumu kapattım". */
    hidden: [
      '(kimse|hiç kimse) (bilmiyor|bilmeyecek|bilmez) {fill1} (burda|burada|nerede|nerde|nereye) [olduğumu|gittiğimi]',
      '(kimse|hiç kimse) (burda|burada|nerede|nerde) olduğumu (bilmiyor|bilmeyecek|bilmez)',
      '(konum*|telefon*|gps) [da|de] (kapattım|kapadım|kapalı|kapattım bile|kapadım bile)',
    ],
    /** A remote spot reached: "arabayı orman yolunun kenarına çektim". */
    remote: [
      '(orman*|ıssız*|tenha*|kimsenin olmadığı|dağ başı*|uçurum*|baraj*|göl kenarı*|sahil*) {fill3} (çektim|park ettim|durdum|geldim|vardım|gittim|buradayım|burdayım|oturuyorum)',
    ],
    /** Locked in, alone: "banyodayım kapıyı kilitledim". */
    lockedin: [
      '(banyo*|tuvalet*|oda*|depo*|garaj*) {fill2} (kapıyı|kapıları) (kilitledim|kitledim|kilitli|kilitledim bile)', '(banyoya|tuvalete|odaya|odama|depoya) (kapandım|kilitlendim)',
    ],
    /** Everything ready, only courage missing. */
    allready: ['(her şey|hepsi|her şeyi|herşey) (hazır|hazırladım|ayarladım|tamam|yerli yerinde)'],
    courage: ['(biraz|sadece|azıcık|bir tek) cesaret (lazım|gerek|gerekiyor|kaldı|eksik|topluyorum)', 'cesaretimi topluyorum', 'cesaret toplamaya çalışıyorum'],
    /** Done a moment ago: "az önce yaptım." */
    didit: ['^ (az önce|demin|biraz önce|yarım saat önce|bir saat önce|{number} dakika önce|az evvel|az önce ben) (yaptım|hallettim|içtim|yuttum|aldım) $'],
    waitingend: ['(yatıp|uzanıp|oturup|uzandım|yattım|yatıyorum) (bekliyorum|bekleyeceğim) $', 'etkisini bekliyorum', 'bekliyorum artık $', 'gözlerimi kapatıp bekliyorum'],
    /** I only wanted someone to know: "sadece birine söylemek istedim". */
    toldsomeone: [
      '(sadece|yalnızca|bir tek) (birine|birisine|birilerine|sana|bir kişiye|size) (söylemek|yazmak|haber vermek|anlatmak|bildirmek) (istedim|istemiştim|istiyorum)', '(biri|birisi|birinin) bilsin (istedim|diye)',
    ],
    /** They will notice when I don't turn up: "pazartesi işe gitmeyince fark ederler". */
    foundwhen: [
      '(işe|okula|derse|kursa|nöbete) (gitmeyince|gelmeyince|gitmediğimde|gelmediğimde|gitmezsem|gelmezsem) (fark ederler|fark edecekler|anlarlar|anlayacaklar|ararlar|arayacaklar|bulurlar|bulacaklar|gelirler)',
    ],
    /** Wished for myself: "ben altında kalsam", "ölsem". */
    wishedfate: ['kalsam', 'altında kalsam', 'ölsem', 'gitsem', 'ezilsem', 'gebersem', 'ölüversem', 'kurtulsam', 'götürse', 'alsa beni', 'bitsem'],
    /** A streak of days clean, broken. */
    streakbroke: ['(sayaç*|sayacım*|serim*|seri*|streak*|temiz günlerim*) {fill2} (sıfırlandı|sıfırladım|bozuldu|bozdum|gitti|yandı|sıfırlanmış|bitti)'],
    /** Scars on the body, looked at: "kollarımdaki izler". */
    scars: ['(kollarımdaki|kolumdaki|bileğimdeki|bileklerimdeki|bacaklarımdaki|bacağımdaki|uyluğumdaki|kollarımda|kolumda|bileğimde|bacaklarımda) {fill1} (izler*|izleri*|izlere|iz|yaralar*|kesikler*|kesik*)'],
    /** Hurting oneself: "duvarı yumrukladım", "kafamı vurdum". */
    hitself: ['(duvar*|ayna*|kapı*|kafamı|kafamı duvara|kendimi|kendime|yumruklarımı) {fill2} (yumrukla*|vur*|çarp*|tokatla*|ısır*|tırmala*)'],
    bruised: ['(mosmor|morardı|mor oldu|morluk*|kanadı|kanıyor|şişti|yara oldu|kan içinde|patladı)'],
    /** The pain felt good: "acı iyi geldi". */
    painrelief: ['(acı|acısı|acıyı|canımın yanması|ağrısı|ağrı|acıyı hissetmek) [çok|biraz|cidden|baya] (iyi geldi|iyi geliyor|rahatlattı|rahatlatıyor|hoşuma gitti|hoşuma gidiyor|iyi hissettirdi|iyi hissettiriyor|sakinleştirdi)'],
    // --- round f: arrangements for after, passive wishes in new shapes, plans told by place and time ---
    /** Plants kept and cared for: "saksıları", "çiçeklerimi", "bitkilerimi". */
    plants: ['saksı*', 'çiçekler*', 'çiçeklerim*', 'çiçeğimi', 'bitkiler*', 'bitkilerim*', 'bitkimi', 'kaktüs*', 'fesleğen*', 'orkide*', 'sukulent*', 'bonsai*', 'akvaryum*', 'menekşe*', 'sardunya*', 'begonya*', 'aloe*', 'papatya*', 'zambak*', 'ficus*', 'paşa kılıcı*', 'deve tabanı*', 'fidelerim*'],
    /** Valuables handed on: "bileziklerimi", "saatimi", "cüzdanımı", "yüzüğümü". */
    valuables: [
      '{possessions}', 'bilezik*', 'saatimi', 'saatim', 'cüzdanımı', 'cüzdanım', 'yüzüğümü', 'yüzüklerimi', 'kolyemi', 'küpelerimi', 'koleksiyonumu',
      'kazağımı', 'ceketimi', 'montumu', 'kol saatimi', 'tespihimi', 'kuranımı', 'seccademi', 'defterlerimi', 'günlüğümü', 'ajandamı',
    ],
    /** Handing over, done: "verdim", "bıraktım", "devrettim". */
    handed: [
      'verdim', 'bıraktım', 'emanet ettim', 'teslim ettim', 'devrettim', 'hediye ettim', 'bağışladım', 'gönderdim', 'yolladım', 'götürdüm', 'aktardım',
      'sahiplendirdim', 'dağıttım', 'verdim bile', 'bıraktım bile', 'verip geldim', 'bırakıp geldim',
    ],
    /** Not coming back: "bir daha dönmeyeceğim", "ben bi daha dönmicem". */
    notback: [
      '(bir daha|geri|artık) (dönmeyeceğim|dönmicem|dönmeyecem|dönmem|dönmiycem|dönmüycem|gelmeyeceğim|gelmicem|gelmeyecem|dönemeyeceğim|dönemicem)',
      'dönüşüm (olmayacak|yok)',
    ],
    /** At least they will live on: "en azından onlar yaşasın". */
    livingon: ['(en azından|bari|hiç değilse) (onlar|o|bunlar|çiçekler|onlar da) (yaşasın|yaşasınlar|yaşar|yaşayacak|yaşamaya devam etsin|hayatta kalsın)'],
    /** You will understand later: "ileride anlarsın", "zamanı gelince anlarsınız". */
    laterknow: [
      '(ileride|ilerde|bir gün|bi gün|zamanı gelince|vakti gelince|günü gelince|yakında|sonra|sonradan|yarın|bakarsın|yakında) (anlarsın|anlarsınız|anlayacaksın|anlayacaksınız|öğrenirsin|öğrenirsiniz|öğreneceksin|öğreneceksiniz|anlarlar|anlayacaklar|anlar|anlıcaksın|anlıcan|öğrenicen) [dedim|diyorum|dedim ona|dedim sadece|dedim geçtim] $',
    ],
    /** Telling someone for me that I loved them: "onu çok sevdiğimi ona siz söyleyin", "kızlara babaları onları çok seviyordu dersin". */
    tellloved: [
      '(onu|onları|ona|onlara|kızımı|oğlumu|kızlarımı|çocukları|çocuklarımı|annemi|babamı|kardeşimi|ablamı|abimi|ailemi|eşimi|{family}) {fill3} (çok sevdiğimi|sevdiğimi|ne kadar sevdiğimi|hep sevdiğimi|çok sevdiğimizi) {fill2} (söyleyin|söyle|söylersin|söylersiniz|dersin|dersiniz|iletin|ilet|iletirsin|anlatın|anlatırsın|anlatırsınız)',
      '(babaları|anneleri|babası|annesi|babanız|anneniz|baban|annen|ablaları|abileri|ablası|abisi) {fill3} (seviyordu|çok seviyordu|severdi|çok severdi|sevmişti|hep sevdi|çok sevdi) {fill1} (dersin|dersiniz|söylersin|söylersiniz|söyle|söyleyin|anlatırsın|anlatırsınız|anlat|anlatın)',
    ],
    /** Buried next to someone: "beni babamın yanına gömsünler", "mezar yeri boş, beni oraya koysunlar". */
    burialwish: [
      'beni {fill3} (gömsünler|gömün|gömersiniz|defnetsinler|defnedin|defnedersiniz|koysunlar|koyun|koyarsınız|yatırsınlar|yatırın|yatırırsınız)',
      '(mezarım*|kabrim*|cenazem*) {fill3} (yanına|yanında|yanındaki|köyde|köyümde|memleket*) {fill2} (olsun|olmalı|istiyorum|gömsünler|gömün|koysunlar|koyun)',
    ],
    /** A relative's grave, next to which: "babamın yanındaki mezar yeri". */
    gravenext: [
      '(babamın|annemin|dedemin|ninemin|nenemin|anneannemin|babaannemin|kardeşimin|abimin|ablamın|ailemin|eşimin|oğlumun|kızımın) (yanı*|yanındaki|yanına|mezarının yanı*) {fill2} (mezar*|kabir*|boş yer|yer)',
      'mezar yeri*', 'mezarlıkta (yer|yerim)', 'aile mezarlığ*',
    ],
    /** A letter sent to arrive after: "mektubu postaya verdim", "maili ileri tarihe kurdum". */
    letterposted: [
      '(mektub*|mektup*|kart*|kartpostal*|zarf*|not*|mail*|maili|e-posta*|eposta*|mesaj*) {fill4} (postaya verdim|postaladım|kargoya verdim|postaya attım|gönderdim|yolladım|zamanladım|ileri tarihe (kurdum|ayarladım))',
    ],
    /** By the time it arrives it will be over: "o zamana kadar her şey olmuş bitmiş olur". */
    bythen: [
      '(o zamana kadar|o güne kadar|eline geçtiğinde|eline geçene kadar|eline geçince|ulaştığında|ulaşana kadar|okuduğunda|okuyana kadar|vardığında|gelene kadar|açtığında) {fill4} (olmuş bitmiş|olup bitmiş|olmuş olacak|bitmiş olur|bitmiş olacak|işten geçmiş|gitmiş olurum|gitmiş olacağım|ölmüş olurum|ölmüş olacağım|yokum|olmayacağım|çoktan gitmiş)',
    ],
    /** Family, any form: "annemin", "babamla", "ailemle". */
    kin: ['annem*', 'babam*', 'ailem*', 'kardeşim*', 'ablam*', 'abim*', 'anneannem*', 'babaannem*', 'dedem*', 'ninem*', 'nenem*', 'çocuklarım*', 'kızım*', 'eşim*'],
    /** They do not know (it is the last time): "onlar bilmiyo ama ben biliyorum". */
    theydontknow: [
      '(onlar|o|kimse|hiçbiri|hiç kimse|annem|babam|ailem|kimsenin) (bilmiyor|bilmiyo|bilmiyorlar|bilmiyolar|farkında değil|farkında değiller|anlamadı|anlamadılar|fark etmedi|fark etmediler|haberi yok|haberleri yok|bilmeden)',
      'ama ben biliyorum',
    ],
    /** Handing over an online place: "sunucunun sahipliğini devrettim", "grubun adminliğini bıraktım". */
    handover: [
      '(sahipliğini|sahipliği|yöneticiliğini|adminliğini|admin*|yetkilerini|yetkileri|kuruculuğunu|moderatörlüğünü|hesabımı|hesaplarımı|kanalımı|sayfamı|sunucu*|grubu|grubun*|klanı|klanın*|loncayı|takımı) {fill3} (devrettim|verdim|bıraktım|aktardım|teslim ettim|emanet ettim|devrettim bile)',
    ],
    /** A last sign-off to a group: "beni çok özlemeyin", "bu benim son girişim". */
    lastsignoff: ['{lastpost}', '{missme}'],
    lastpost: ['(bu|bu benim|benim) son (girişim|oturumum|postum|paylaşımım|tweetim|mesajım|yazım|mesajım bu)', 'iyi eğlenin {fill2} (benden bu kadar|bensiz|ben yokum)', '(benden|bende) bu kadar'],
    missme: ['beni [çok|fazla] (özlemeyin|özleme|özlemeyin beyler|unutmayın|unutmayin)'],
    /** The body of use to someone else soon: "yakında lazım olacak zaten". */
    organsoon: [
      '(yakında|çok yakında|yakında zaten|zaten yakında|pek yakında) {fill2} (lazım olacak|lazım olcak|lazım olur|işe yarar|işe yarayacak|gerekecek|kullanılır|kullanılacak|kullanırlar|kullanacaklar)',
    ],
    /** Neither here nor anywhere else: "ne bu evde olacağım ne başka bir yerde". */
    nowhere: [
      'ne (bu evde|burada|burda|bu dünyada|evde|bu şehirde|aranızda|orada|orda) (olacağım|olucam|olcam|olacam|olurum|olicam) ne (başka|başka bir|bir başka|başka hiçbir) (yerde|yerde olacağım)',
      'hiçbir yerde (olmayacağım|olmıycam|olmayacam|olmucam|olmiycam)',
    ],
    /** The plain euphemism for doing it: "halledeceğim", "yapacağım", "bitireceğim". */
    euphdo: [
      'halledeceğim', 'hallediceğim', 'halledicem', 'halledcem', 'halledecem', 'hallederim', 'yapacağım', 'yapıcam', 'yapcam', 'yapacam', 'yaparım',
      'bitireceğim', 'bitiricem', 'bitircem', 'bitirecem', 'atlayacağım', 'atlıcam', 'atlicam', 'atlayacam', 'kendimi bırakacağım', 'kendimi bırakıcam', 'gideceğim', 'gidicem',
    ],
    /** Before arriving, before morning: "karşıya varmadan", "sabah olmadan". */
    beforeend: [
      'varmadan', 'yanaşmadan', 'inmeden', 'sabah olmadan', 'gün doğmadan', 'güneş doğmadan', 'gün ağarmadan', 'şafak sökmeden', 'yarı yolda', 'ortasında', 'ortaya gelince',
      'açılınca', 'açığa çıkınca', 'karşıya geçmeden', 'herkes uyanmadan', 'annemler uyanmadan', 'kimse görmeden',
    ],
    /** Water and heights a ferry or a road reach: "vapur", "güverte", "feribot". */
    boat: ['vapur*', 'feribot*', 'gemi*', 'tekne*', 'güverte*', 'iskele*', 'motor*', 'deniz otobüs*', 'köprü*', 'çatı*', 'sahil*', 'uçurum*', 'raylar*', 'peron*', 'kayalık*'],
    /** A road or edge with nothing to stop a car: "bariyersiz bir viraj". */
    noguard: [
      '(bariyersiz|korkuluksuz|bariyeri olmayan|korkuluğu olmayan|bariyer olmayan|bariyeri yok|korkuluğu yok|bariyerleri olmayan) {fill2} (viraj*|yol*|köprü*|yamaç*|kayalık*|uçurum*|rampa*|dönemeç*|keskin*)',
      '(viraj*|yol*|köprü*|dönemeç*) {fill2} (bariyer|bariyeri|korkuluk|korkuluğu) (yok|olmayan|kırık)',
    ],
    /** Only the last move left: "gaza basmak kaldı", "direksiyonu kırmak kaldı". */
    finalmove: [
      '(gaza basmak|gaza yüklenmek|direksiyonu kırmak|direksiyonu bırakmak|direksiyonu çevirmek|frene basmamak|düz gitmek|düz devam etmek|bariyere sürmek|boşluğa sürmek|son adım*|bir adım atmak|adım atmak) [{fill1}] (kaldı|kalıyor|kaldı sadece|yeter|lazım sadece)',
      '(sadece|bir tek|tek) (gaza basmak|direksiyonu kırmak|direksiyonu bırakmak|frene basmamak|düz gitmek|bir adım|adım atmak) (kaldı|kalıyor|lazım)',
    ],
    /** Can't with them there: "onun yanında yapamam", "o varken yapamam". */
    notinfront: [
      '(onun|onların|annemin|babamın|kardeşimin|ablamın|abimin|çocukların|kızımın|oğlumun|ailemin|ev arkadaşımın|eşimin|annemlerin) (yanında|önünde|gözü önünde|gözünün önünde|evdeyken|buradayken|burdayken) (yapamam|yapamıyorum|yapamazdım|yapamayacağım|yapamıcam|yapamicam|olmaz|yapmam|yapmak istemem)',
      '(o|onlar|annem|babam|kardeşim|annemler|ablam|abim) (varken|evdeyken|buradayken|burdayken) (yapamam|yapamıyorum|yapamayacağım|yapamıcam|olmaz)',
    ],
    /** Someone leaving: "o gidince", "kardeşim gidiyor", "annemler tatile çıkınca". */
    leaving: [
      'gidince', 'gittikten sonra', 'gidene kadar', 'gitsin', 'gitmesini bekliyorum', 'gitmelerini bekliyorum', 'çıkınca', 'taşınınca', 'ayrılınca', 'dönmeden',
      'gidiyor', 'gidiyorlar', 'gidecek', 'gidecekler', 'taşınıyor', 'tatile çıkıyor*', 'yokken',
    ],
    /** The door left open so they needn't break it: "kapıyı kilitlemedim, kırmak zorunda kalmasınlar". */
    doorbreak: [
      '(kırmak zorunda kalmasınlar|kırmak zorunda kalmasın|kırmasınlar|kırmalarına gerek kalmasın|kırmalarına gerek yok|kırmak zorunda kalmazlar|kırmak zorunda kalmayacaklar|kırmak zorunda kalmasınlar diye|kırmasınlar diye)',
    ],
    /** So that they find (me): "bulsunlar diye", "kolay bulsunlar". */
    findme: ['[kolay|kolayca|hemen|çabuk|beni] (bulsunlar|bulabilsinler|bulsun|bulabilsin) diye', 'beni (bulsunlar|bulabilsinler|kolayca bulsunlar)'],
    /** Staying there the night: "orda kalacağım", "depoda kalıcam". */
    staythere: [
      '(orda|orada|burada|burda|içeride|içerde|depoda|odada|arabada|çatıda|bodrumda|ormanda) (kalacağım|kalıcam|kalcam|kalacam|olacağım|olucam|yatacağım|yatıcam|bekleyeceğim|beklicem|sabahlayacağım|kalırım)',
    ],
    /** Whoever opens up finds me: "sabah açan bulur", "ilk gelen beni bulur". */
    openerfinds: [
      '(açan|ilk açan|gelen|ilk gelen|giren|ilk giren|temizlikçi|bekçi|güvenlik|kapıcı|mesaiye gelen|işe gelen) [beni|kişi] (bulur|bulacak|bulsun|görür|görecek|bulacaklar|bulurlar)',
    ],
    /** A place nobody goes: "kimsenin girmediği bir oda". */
    nobodygoes: [
      'kimsenin (girmediği|gelmediği|bilmediği|uğramadığı|bakmadığı|kullanmadığı|gitmediği) {fill2} (oda*|yer*|depo*|köşe*|bodrum*|çatı*|kat*|bina*|ev*|kulübe*)',
    ],
    /** Up on something high: "surların üstündeyim", "kulenin tepesindeyim". */
    onhigh: [
      '{onheight}',
      '(surların|surlarının|surun|surunun|duvarın|duvarların|kulenin|tepenin|kayalığın|kayalıkların|kayanın|kayaların|yarın|uçurumun|setin|barajın|minarenin|vincin|direğin|çatının|köprünün|binanın|otoparkın|terasın|kalenin|kale surlarının|rıhtımın|iskelenin|dalgakıranın) [en] (üstündeyim|tepesindeyim|kenarındayım|ucundayım|üzerindeyim|korkuluğundayım|kenarında oturuyorum|ucunda oturuyorum|üstünde oturuyorum|tepesinde oturuyorum)',
      '(kaleiçi*|sur*|kule*|kayalık*|baraj*|uçurum*) (üstündeyim|tepesindeyim|kenarındayım|ucundayım|üzerindeyim)',
    ],
    /** What lies below, said looking down: "aşağısı kayalık", "altı boşluk". */
    below: [
      '(aşağısı|aşağı|altı|altım|dibi) {fill1} (kayalık|kaya|kayalar|uçurum|boşluk|beton|taş|taşlık|raylar|otoyol|asfalt|karanlık|derin|dipsiz|sert)',
    ],
    /** Nobody around at this hour: "bu saatte kimse yok". */
    nobodyhere: ['(bu saatte|şu an|etrafta|burada|burda|ortalıkta) (kimse|hiç kimse|in cin) (yok|top oynuyor)'],
    /** A day, a time of day. */
    dayname: [
      'pazartesi*', 'salı*', 'çarşamba*', 'perşembe*', 'cuma', 'cuması', 'cumaya', 'cuma günü', 'cuma akşamı', 'cuma gecesi', 'cumartesi*', 'pazar', 'pazarı', 'pazar günü', 'pazar akşamı',
      'pazar gecesi', 'yarın', 'yarın akşam', 'yarın gece', 'bu gece', 'bu akşam', 'hafta sonu', 'ay sonu*', 'ay başı*', 'yılbaşı*', 'bayram*', 'doğum günüm*', 'o gün', 'o gece', 'o akşam', 'aynı gün', 'aynı gece',
    ],
    /** A last chance first: "bir şey değişmezse", "son bir kez gideceğim". */
    lastchance: [
      '(bir şey|hiçbir şey|durum|işler|bu his|bu acı|hiçbiri|bir şeyler) (değişmezse|düzelmezse|iyileşmezse|yoluna girmezse|geçmezse|değişmeyecekse|olmazsa)',
      'son (bir|bi) (kez|defa|şans|kere) (gideceğim|gidicem|gidecem|deneyeceğim|deniycem|deneyecem|konuşacağım|konuşucam|veriyorum|tanıyorum|şans)',
      '(olmazsa|işe yaramazsa|bir şey değişmezse) (o zaman|artık)',
    ],
    /** The date is set: "tarih belli artık". */
    dateset: ['(karar|kararım|tarih|tarihi|gün|günü|saat|saati|vakit|zaman) (belli|kesin|belli oldu|kesinleşti|belirlendi|belirledim|ayarlandı|netleşti) [artık]'],
    /** A roof door that is not locked, found: "çatı kapısı kilitli olmayan bir bina". */
    roofopen: [
      '(çatı*|teras*|en üst kat*) (kapısı|çıkışı|kapısının|kapıları) {fill1} (kilitli olmayan|kilitsiz|açık olan|açık kalan|kilitlenmeyen|kilitli değil|açık duran|kilitlemedikleri|hep açık)',
    ],
    /** Looking over tall buildings: "yüksek binalara tek tek baktım". */
    scouthigh: [
      '(yüksek|yüksekçe|en yüksek|yüksek katlı) (bina*|köprü*|gökdelen*|yapı*|otopark*|çatı*|apartman*|rezidans*) {fill4} (baktım|aradım|araştırdım|inceledim|gezdim|taradım|listeledim|googleladım)',
    ],
    /** There then: "yarın akşam ordayım". */
    therethen: ['({when}|{dayname}) {fill1} (ordayım|oradayım|orada olacağım|orda olucam|oraya gideceğim|oraya gidicem|çıkacağım|çıkıcam|çıkıyorum)'],
    /** Drawing on the body, but not with a pen: "kollarıma çizim yaptım ama kalemle değil". */
    drawnbody: [
      '{body} {fill2} (çizim*|çizik*|çizgi*|desen*|resim*|şekil*|yazı*|harf*|kelime*) {fill2} (yaptım|attım|çektim|çizdim|kazıdım|oydum|yazdım)',
      '{body} {fill1} (yine|tekrar|gene) (çizdim|çiziyorum|karaladım|boyadım)',
    ],
    /** The pen ruled out: "kalemle değil", "mürekkeple değil". */
    notpen: ['(kalemle|kalem|tükenmezle|keçeli kalemle|mürekkeple|boyayla|kalem ile|eyelinerla) değil', '(jilet*|bıçak*|ustura*|maket*|cam parça*|kan*|kanadı|kanıyor|uzun kol*)'],
    /** Things that used to help, not helping any more: "buz tutmak işe yaramıyo artık". */
    copingfails: [
      '(buz*|lastik*|lastiğ*|tokay*|toka|kırmızı kalem*|kalemle çiz*|soğuk duş*|kağıt yırt*|yastığa vur*|nefes egzersiz*|egzersiz*) {fill6} (işe yaramıyor|işe yaramıyo|işe yaramıyor artık|yetmiyor|yetmiyo|kesmiyor|kesmiyo|fayda etmiyor|etmiyor|işe yaramadı|yetmedi|kesmedi|bir işe yaramıyor)',
    ],
    /** The rubber band on the wrist, the ice in the hand: substitutes for self-harm. */
    substitute: [
      '(bilek*|bileğ*|kolum*|koluma) {fill2} (lastik|lastiği|lastiğe|toka|tokayı|lastikle|tokayla) (çekmek|şaklatmak|çekiyorum|şaklatıyorum|çektim|şaklattım|vurmak|vuruyorum)',
      '(elimde|avucumda|bileğimde|koluma) buz (tutmak|tutuyorum|tuttum|sürüyorum)',
      '(lastik*|lastiğ*|toka*|tokay*) {fill2} (bileğime|bileğimde|bilekte|bileğe|koluma|kolumda) (çekiyorum|şaklatıyorum|çektim|şaklattım|vuruyorum|çekmek|şaklatmak)',
    ],
    /** Longing for the feeling again: "o hissi arıyorum yine". */
    wantfeeling: ['(o|bu) (hissi|acıyı|yanmayı|sızıyı|acının hissini|anı) {fill1} (arıyorum|özledim|istiyorum|özlüyorum|arıyom)', '(yine|tekrar|gene) (arıyorum|istiyorum|özledim)'],
    /** The reason to live is only one: "yaşamamın tek sebebi annem". */
    onlyreason: [
      '(yaşamamın|yaşamaya devam etmemin|hayatta kalmamın|nefes almamın|hala yaşamamın|hala burada olmamın|hala hayatta olmamın|intihar etmememin|kendimi öldürmememin|ölmememin|devam etmemin) tek (sebebi|nedeni|sebebim|nedenim)',
      '(hala|halen|daha) (yaşıyorsam|buradaysam|burdaysam|hayattaysam|nefes alıyorsam|ayaktaysam) {fill3} (sebebi|nedeni) [tek|sadece] ({kin}|{anypet}|o|onlar|sen|siz|kızım|oğlum|çocuklar)',
      '({kin}|{anypet}|kızım|oğlum|onun|onların|senin) (yüzünden|sayesinde|için|hatırına) (hala|halen) (yaşıyorum|buradayım|burdayım|hayattayım|nefes alıyorum)',
    ],
    /** Long since gone, but for them: "o olmasa çoktan bırakırdım her şeyi". */
    butfor: [
      '(çoktan|coktan|çoktandır|şimdiye kadar|şimdiye çoktan) (bırakırdım|bırakmıştım|vazgeçerdim|vazgeçmiştim|pes ederdim|pes etmiştim) [her şeyi|her şeyden|hayattan|yaşamaktan|hayatı|yaşamayı] $',
      '(çoktan|coktan|şimdiye kadar|şimdiye çoktan) (her şeyi|hayatı|yaşamayı|bu hayatı) (bırakırdım|bırakmıştım|bitirirdim|bitirmiştim|sonlandırırdım) $',
      '(çoktan|coktan|şimdiye kadar|şimdiye çoktan) (ölmüştüm|yoktum|kıymıştım|kıyardım|canıma kıyardım|canıma kıymıştım|intihar ederdim|intihar etmiştim|gitmiştim bu dünyadan|giderdim bu dünyadan|toprağın altındaydım)',
    ],
    /** What one waits for with impatience, not despair: pay day, a holiday, an exam. */
    treat: ['maaş*', 'tatil*', 'izn*', 'izin*', 'hafta sonu*', 'yaz tatil*', 'sınav*', 'final*', 'vize*', 'maç*', 'konser*', 'akşam yemeğ*', 'yemeğ*', 'öğle*', 'kargo*', 'cuma*', 'mesai bitimi*', 'paydos*', 'baklava*', 'tatlı*', 'şeker*', 'hediye*', 'pasta*'],
    /** Living until a day, doubted: "bayrama kadar dayanabilir miyim bilmiyorum". */
    lastuntil: [
      '(o kadar|o zamana kadar|o güne kadar|oraya kadar|{word} kadar|{number} (gün|hafta|ay) daha) (dayanabilir miyim|dayanır mıyım|dayanabileceğimi|dayanabileceğimden|yaşar mıyım|yaşayabilir miyim|yaşayabileceğimi|hayatta olur muyum|burada olur muyum|çıkarabilir miyim|çekebilir miyim|katlanabilir miyim) {fill2} (bilmiyorum|bilmiyom|emin değilim|sanmıyorum|bilemiyorum|şüpheliyim)',
      '(o kadar|o zamana kadar|o güne kadar|{word} kadar) (yaşar mıyım|hayatta olur muyum|burada olur muyum|yaşayacağımı sanmıyorum|yaşayabileceğimi sanmıyorum)',
    ],
    /** A future day not wished to be seen: "o günü görmek bile istemiyorum". */
    futureday: [
      '(yarını|yarınları|sabahı|yeni yılı|yılbaşını|doğum günümü|yaş günümü|gelecek yılı|önümüzdeki yılı|seneyi|seneye|gelecek seneyi|{number} yaşımı|{number} yaşına|yazın gelişini|baharı|haftayı|ay sonunu|bayramı|mezuniyetimi) [bile] (görmek|görmeyi|yaşamak) [bile] (istemiyorum|istemiyom|istemem|istemiyorm)',
      '(yarını|yılbaşını|doğum günümü|bayramı|yazı|o günü|{number} yaşımı|haftayı|ay sonunu|seneyi|yeni yılı) {fill1} (göreceğimi|görebileceğimi|yetişeceğimi|göreceğimden) (sanmıyorum|düşünmüyorum|zannetmiyorum|emin değilim)',
    ],
    /** Dropping what keeps one safe: "kask takmayı bıraktım", "emniyet kemeri takmıyorum". */
    unsafe: [
      '(kask*|kemer*|emniyet kemer*|can yeleğ*|ilaçlarımı|ilacımı|tansiyon ilac*|insülin*|tedavi*|kemoterapi*) {fill3} (takmayı bıraktım|takmıyorum|takmıyom|takmadan|bağlamıyorum|bağlamayı bıraktım|takmayı kestim|almayı bıraktım|almıyorum artık|içmeyi bıraktım|kullanmayı bıraktım|olmayı bıraktım|bıraktım|takmıyorum artık|kullanmıyorum artık)',
      'kırmızıda (geçiyorum|geçtim|karşıya geçiyorum)', '(bakmadan|bakmıyorum) karşıya (geçiyorum|geçtim)',
    ],
    /** Whatever happens, let it: "bi şey olursa olsun, umrumda değil". */
    letithappen: [
      '(bir şey|bir şeyler) (olursa|gelirse) (olsun|gelsin) $',
      '(bir şey|bir şeyler|ne) (olursa|gelirse) (olsun|gelsin) {fill2} (umrumda değil|umurumda değil|umursamıyorum|umursamam|artık|fark etmez|dert değil)',
      '(başıma|bana) (bir şey|ne|bir şeyler|ne gelirse) (gelirse|olursa|gelsin) (gelsin|olsun)',
      '(ölürsem|ölsem|ölürsem de|ölmüşüm) {fill2} (ölürüm|umrumda değil|umurumda değil|umursamıyorum|fark etmez|önemli değil)',
      '(umrumda değil|umurumda değil) {fill2} (ölsem|ölürsem|bir şey olsa|başıma bir şey gelse|kaza yapsam)',
    ],
    /** Envying the dead: "cenazede onu kıskandım", "ölenleri kıskanıyorum". */
    envydead: [
      '(onu|onları|ölüyü|ölenleri|ölenlere|ölüleri|ölülere|rahmetliyi|rahmetliye|ölmüşleri|ölmüşlere|dayımı|dedemi|ninemi|amcamı|teyzemi|onu bile|onları bile) (kıskandım|kıskanıyorum|imrendim|imreniyorum|özendim|özeniyorum|gıpta ettim|gıpta ediyorum|kıskandim)',
      '(adam|kadın|o|rahmetli|şanslı|dayım|dedem|ninem|amcam|teyzem|halam) (kurtuldu|rahatladı|kurtulmuş|yırttı|huzura erdi) [resmen|valla|bari|en azından|şanslı]',
    ],
    /** God taking me, accepted and hurried: "Rabbim ne zaman alırsa razıyım, ne kadar erken o kadar iyi". */
    godtake: [
      '(allah*|rabbim*|rabbim|tanrı*|yaradan*|mevla*|rabb*|yüce allah) {fill3} (alırsa|alsa|alsın|alacaksa|çağırırsa|çağırsa|canımı alırsa|yanına alırsa|canımı alsa|beni alsa|beni alırsa)',
    ],
    godready: ['(razıyım|hazırım|itiraz etmem|itirazım yok|sevinirim|şükrederim|memnun olurum|ne kadar erken o kadar iyi|bir an önce|hemen|bu gece|yarın|artık|bekliyorum|karşı çıkmam|şikayet etmem)'],
    /** Not woken again from anaesthesia or a faint: "keşke hiç ayıltmasalardı beni". */
    notwoken: [
      'ayıltmasalardı', 'ayıltmasaydılar', 'uyandırmasalardı', 'uyandırmasaydılar', 'ayılmasaydım', 'ayılmasam', 'uyandırmasınlar', 'ayıltmasınlar', 'hiç uyanmasaydım',
      'hiç ayılmasaydım', 'bir daha uyanmasaydım', 'uyanmasaydım', 'uyanmasam', 'hiç ayılmamak', 'hiç uyanmamak',
    ],
    /** An off switch of one's own: "keşke bir kapatma tuşum olsa". */
    offswitch: [
      '(kapatma|kapama|kapanma|off|reset|sıfırlama|silme|kapat|kapatmak için|durdurma|stop) (tuşum|düğmem|butonum|şalterim|tuşum olsa|düğmem olsa)',
      '(kendimi|beni|hayatımı|kendi hayatımı) {fill1} (kapatabilsem|kapatsam|kapatıversem|kapatsalar|kapatabilseydim|silebilsem|silseler|silsem|silebilseydim|kapatıp gitsem)',
      'bir daha [da] (açılmasın|açılmasam|açılmayayım|açmasınlar|açmasam|açılmamak)',
    ],
    /** Pulling my own plug: "kendi fişimi çekicem". */
    plugpull: [
      '[kendi] fişimi (çekicem|çekeceğim|çekcem|çekecem|çekiyorum|çekerim|çekmeye karar verdim|çekmek istiyorum|çekiyom)',
    ],
    plugwish: ['fişimi (çeksinler|çekseler|çekse|çekebilsem|çeksem|çekmek|çekmeyi|çekseydim|çekebilseydim|çekmeyeceğim|çekmicem|çekmem|çekmiycem)'],
    /** The wish to have never existed, words between: "keşke ben hiç var olmasaydım". */
    neverexisted: ['beni {fill1} (doğurmasaydı|doğurmasaydın|dünyaya getirmeseydi|dünyaya getirmeselerdi|doğurmasaydınız)', '(doğmasaydım|doğmamış olsaydım|var olmasaydım|hiç olmasaydım|dünyaya gelmeseydim|doğmamış olsam|var olmasam|hiç var olmasaydım|hiç doğmasaydım|dünyaya gelmemiş olsaydım)'],
  },

  families: [
    {
      // Intent said outright: "kendimi öldüreceğim", "intihar etmek istiyorum", "canıma kıyacağım",
      // "hayatıma son vereceğim", "intihar düşüncelerim var", "ölmeye karar verdim", "gerçekten ölmek istiyorum".
      id: 'tr.intent',
      tier: 'act',
      softenedBy: ['reassurance'],
      patterns: [
        '{killfut}',
        '(öldüreceğim|öldürcem|öldürecem|öldürücem|öldürceğim|öldürüceğim|öldüreyim|asacağım|ascam|asıcam|sonlandıracağım|bitireceğim) [ben] {kendimi}',
        '{killinf} [{fill2}] {wantpos}',
        // Wanting to die is a wish (a cue, `tr.passive-wish`); decided or said in earnest it is intent.
        '(ölmek|ölmeyi|ölmeye) [{fill1}] {decidepos}',
        '(ölmek|ölmeyi) [{fill1}] (istiyorum|istiyom|isterdim) {fill2} {serious}',
        '{serious} {fill2} (ölmek|ölmeyi) [{fill1}] (istiyorum|istiyom|isterdim)',
        '(ölmek|ölmeyi) {serious} (istiyorum|istiyom|isterdim)',
        '{kendimi} (öldüresim|öldürmek geliyor içimden) (var|geliyor|geldi)',
        '(intiharı|intihar etmeyi|ölmeyi|kendimi öldürmeyi) (düşünmüyorum|istemiyorum|düşünmediğimi) (desem|söylesem) yalan',
        '{wantbefore} {fill2} {killinf}',
        'intihar (düşüncesi*|düşünceleri*|düşüncelerim*|fikirleri*|fikri*|planı*|planım*|girişimi*|girişiminde bulundum|teşebbüsü*)',
        'intihar (düşünüyorum|düşünüyom|düşündüm|planlıyorum|planlıyom|etmeyi kuruyorum|aklımda|geçiyor aklımdan)', '(intihar|intiharı|intihar etmek|intihar etmeyi) [{fill1}] {onmind}',
        // No longer afraid of dying: "ölümden korkmuyorum artık".
        '(ölümden|ölmekten|intihardan) (korkmuyorum|korkmuyom|artık korkmuyorum|hiç korkmuyorum)',
        '(intihara|intihar etmeye) (meyilliyim|meyilli hissediyorum|kalkıştım|teşebbüs ettim|yeltendim|kalktım|karar verdim|hazırım)',
        '(intiharı|intihar etmeyi|ölümü) (düşünüyorum|düşünüyom|planlıyorum|aklımdan geçiriyorum|düşündüm|istiyorum)',
        'nasıl (intihar edilir|intihar edebilirim|intihar ederim|ölebilirim|kendimi öldürebilirim|acısız ölürüm|acısız ölünür)',
        '(acısız|en kolay|en hızlı) (ölüm|ölme|ölmenin|intihar) (yolu|yöntemi|yolları|yöntemleri|şekli)',
        '{when} {fill2} (öleceğim|ölcem|ölecem|ölücem)',
        '(öleceğim|ölcem|ölecem|ölücem) {fill1} {when}',
        '{kendimi} (unalive|unalive edicem|unalive edeceğim|unalive etmek)',
        '(kendime|canıma) bir (şey|şeyler) (yapacağım|yapıcam|yapcam|yapacam|yaparım|yapmak istiyorum)',
      ],
    },
    {
      // Suicide named, or a killing-oneself phrase in any form, negated ones too: a cue at least.
      // "intihar", "kendimi öldürmeyeceğim", "canıma kıymam".
      id: 'tr.suicide-mention',
      tier: 'cue',
      patterns: [
        'intihar*', 'intiahr*', 'inthar*',
        '{kendimi} (öldür*|asma*)', '(canıma|kendime) (kıy*)', 'hayatıma son (ver*)', 'kendi canımı (al*)',
        '{kendimi} (sonlandır*)', '(ölmek|ölmeyi) (istemiyorum|istemem|düşünmüyorum)',
      ],
    },
    {
      // Wishing to be dead or gone, not waking up: "yaşamak istemiyorum", "keşke hiç doğmasaydım",
      // "ölsem de kurtulsam", "uyuyup bir daha uyanmasam", "yok olmak istiyorum".
      id: 'tr.passive-wish',
      tier: 'cue',
      patterns: [
        '(ölmek|ölmeyi|gebermek|geberip gitmek|ölüp gitmek|ölüp kurtulmak|ölüp gitmeyi) [{fill1}] (istiyorum|istiyom|istiyorm|isterdim|istiyordum|istedim)',
        '(geberip gitsem|gebersem|geberse de kurtulsam)', '{wantbefore} {fill2} (ölmek|ölmektir)',
        '(ölesim|ölesim var|ölesim geliyor) [var|geliyor|geldi]',
        '(yaşamak|yaşamaya devam etmek|nefes almak|var olmak|hayatta kalmak) [da|bile] [artık] (istemiyorum|istemiyom|istemiyorm|istemem|istemiyordum)',
        '(yaşamanın|hayatın|hayatımın|yaşamımın|var olmanın) [hiçbir|bir|hiç] (anlamı|anlam|amacı|değeri|manası) (yok|kalmadı)',
        '(yaşamaktan|hayattan|nefes almaktan|var olmaktan) (bile|da|de) [bıktım|yoruldum|bezdim|usandım]',
        '(canımdan|hayatımdan|yaşamımdan|kendimden|ömrümden) (bezdim|bıktım|usandım|soğudum|tiksindim)',
        '(bir|bi) (araba|kamyon|tır|otobüs|tren|metro|şey) {fill1} (çarpsa|ezse|çarpsın|ezsin|çarpsa da|ezse de|çarpıp|ezip)',
        '(yaşamaktan|hayattan|yaşamdan|nefes almaktan|var olmaktan) (bıktım|yoruldum|bezdim|usandım|soğudum|tiksindim|sıkıldım)',
        '(yaşamak|yaşamaya devam etmek) için [hiçbir|bir] (sebebim|nedenim|sebep|neden|amacım) (yok|kalmadı)',
        '[hiç] (doğmamış|doğmamak|var olmamış|var olmamak) [olmayı|olmak] (isterdim|istiyorum|isterim|keşke)',
        'keşke [hiç] (doğmasaydım|doğmamış olsaydım|olmasaydım|var olmasaydım|yaşamasaydım|doğmasam)',
        'keşke {fill2} (ölsem|ölseydim|ölüp gitsem|yok olsam|kaybolsam|uyanmasam|uyanmasaydım|bir daha uyanmasam|ölmüş olsam|olmasam)',
        '(ölsem|ölüp gitsem|ölüversem) {fill2} (kurtulsam|kurtulurum|keşke|daha iyi|rahatlarım|bitse)',
        '(uyusam|uyuyup|yatsam|yatıp|uyuyayım|uyumak|uyuyup da|dalıp|dalsam|uykuya dalıp|uyuyakalsam) [bir daha|hiç|hiçbir zaman|sonsuza dek] (uyanmasam|uyanmayayım|kalkmasam|uyanmamak|uyanmamayı|kalkmamak|uyanmadan)',
        '(uyusam|uyuyup|yatsam|yatıp|uyuyayım) {fill2} (uyanmasam|uyanmayayım|kalkmasam|bir daha uyanmasam|hiç uyanmasam)',
        '(hiç|bir daha|hiçbir zaman) (uyanmamak|uyanmamayı|uyanmasam|uyanmayayım) [istiyorum|istiyom|isterdim]',
        '(bir daha|hiç|sabah) (uyanmak|uyanmayı) (istemiyorum|istemiyom|istemem)',
        '(yok olmak|yok olup gitmek|ortadan kaybolmak|kaybolup gitmek|buharlaşmak|buharlaşıp gitmek|silinip gitmek|silinmek|silinmeyi|yok olmayı|ortadan kalkmak) (istiyorum|istiyom|istiyorm|isterdim|istiyordum)',
        '(kaybolmak|gitmek|uzaklaşmak) (istiyorum|istiyom) (sonsuza dek|sonsuza kadar|bu dünyadan|her şeyden ve herkesten)',
        '(allah|allahım|tanrı|tanrım|yaradan|rabbim|ya rabbi|ya rab|allah\'ım) {fill1} (canımı|beni|ruhumu) (alsın|alsa|al|alıversin|yanına alsın|yanına al|öldür|öldürsün|alsan|alıver)',
        '(allah|allahım|tanrı|tanrım|yaradan|rabbim|ya rabbi|ya rab|allah\'ım) {fill1} (al|alsın|alıver|alsan) (canımı|beni|ruhumu)',
        '(al|alsın|alıver|alsan) (canımı|ruhumu) {fill1} (allahım|tanrım|rabbim|ya rabbi|artık|yeter|ne olur)', '(canımı|ruhumu) (al|alsın|alıver|alsan) {fill1} (allahım|tanrım|rabbim|ya rabbi|artık|yeter|ne olur)',
        '(ölüm|ölmek|ölmem) {fill2} (kurtuluş|kurtuluşum|en iyisi|çözüm|rahatlama|huzur|daha iyi|tek çare)',
        '(ölümü|ölmeyi) (bekliyorum|istiyorum|diliyorum|özlüyorum)',
        // Stopping living, crossing over: "yaşamayı bırakmak istiyorum", "öbür tarafa geçmek istiyorum".
        '(yaşamayı|nefes almayı|var olmayı) (bırakmak istiyorum|bırakmak istiyom|bırakmak isterdim|bırakmayı istiyorum|bırakasım var|bırakasım geliyor|bıraksam|bırakabilsem)',
        '(öbür|öteki) (dünyaya|aleme) (geçmek|gitmek|göçmek|geçesim|gidesim|kavuşmak|geçsem|gitsem|geçmeyi|gitmeyi)', '(öbür|öteki) tarafa (göçmek|göçesim|göçsem|kavuşmak)',
        '(rahmetli|ölen|kaybettiğim) {fill1} (annemin|babamın|dedemin|nenemin|babaannemin|anneannemin|kardeşimin|abimin|ablamın|arkadaşımın) yanına (gitmek istiyorum|gitmek istiyom|gitmek isterdim|gidesim var|gitsem|gitmeyi istiyorum|gitmek istiyorum artık)',
        // Should I die: "ölsem mi acaba".
        '(ölsem|gebersem|intihar etsem|kendimi öldürsem|kendimi assam|atlasam) (mi|mı|mi acaba|mı acaba)',
        '(gözlerimi|gözümü) {fill2} (kapayıp|kapatıp|yumup|kapasam|kapatsam) {fill2} (açmamak|açmasam|açmayayım|açmamayı|bir daha açmasam|bir daha açmamak)',
        '(ölüm|ölmek|ölme) (düşüncesi*|düşünceleri*|fikri*) {fill2} (aklımdan çıkmıyor|peşimi bırakmıyor|var|geçiyor|sürekli|kafamda|geliyor|aklımda)',
        '(her şey|hepsi|bu hayat|hayatım|bu acı|her şeyin) [artık] (bitsin|sona ersin|son bulsun) (istiyorum|istiyom|artık|keşke)',
        // Ending by itself, wished: "her şey kendiliğinden bitse keşke", "keşke hayatım sessizce sona erse".
        '(her şey|hepsi|bu hayat|hayatım|her şeyin) [artık] (kendiliğinden|kendi kendine|sessizce|bir anda|birden|uykumda) (bitse|bitsin|sona erse|sona ersin|son bulsa|bitiverse)',
        'keşke {fill2} (her şey|hepsi|hayatım|bu hayat) {fill2} (bitse|sona erse|son bulsa|bitiverse) [artık|gitsin] $',
        '(hayatım|hayat|yaşamak) {fill1} (anlamsız|boş|gereksiz|çekilmez|yük) (geliyor|oldu|artık)',
      ],
    },
    {
      // Being a burden: "herkes bensiz daha mutlu olur", "herkese yük oluyorum", "ölsem kimse fark etmez".
      id: 'tr.burden',
      tier: 'cue',
      patterns: [
        '{everyone} {fill2} (bensiz|ben olmadan|ben olmasam|ben ölürsem|ben gidersem|ben yok olursam) {fill2} (daha|çok) (iyi|mutlu|rahat|huzurlu)',
        '(bensiz|ben olmadan|ben olmasam|ben olmazsam|ben yokken) {fill2} (daha|çok|çok daha) (iyi*|mutlu*|rahat*|huzurlu*)',
        '(başınıza|başlarına|herkesin başına|ailemin başına|herkese) (bela|yük|bir yük|sadece bela|sadece yük) (oldum|oluyorum|olmaktan)',
        '(herkesin|ailemin|annemin|babamın|sizin) (başının belası*|yükü*|derdi*) (oluyorum|oldum|yım|yim|yum|yüm|gibiyim)',
        '(ben olmasam|ben ölsem|ben gitsem|ben ölürsem) {fill2} (herkes|kimse|ailem|annem) {fill2} (rahat|mutlu|kurtulur|rahatlar|üzülmez|fark etmez|umursamaz)',
        '(herkese|aileme|anneme|size|sana|onlara|herkesin) [sadece] [bir] (yük|yüküm|yükten başka bir şey değilim|külfet|dert)',
        '(yük|yüküm|yükten ibaretim|külfetim) [oluyorum|oldum]',
        '(ben|sadece) [bir] (yüküm|yük oluyorum|külfetim)',
        '(bu dünyada|bu hayatta|herkese|bu evde|aranızda|dünyada) {fill1} (fazlalık|fazlalığım|fazlayım|gereksizim|gereksiz biriyim|fazlalık gibiyim)',
        'fazlalık (gibi hissediyorum|gibiyim|olarak görüyorum|hissediyorum)',
        '(ölsem|ölürsem|yok olsam|gitsem|kaybolsam|olmasam|olmasaydım|olmazsam|ortadan kaybolsam|ölsem bile|gitsem bile) {fill1} (kimse|hiç kimse|kimsenin) {fill2} {unnoticed}',
        '(kimse|hiç kimse) {fill2} (fark etmez|umursamaz|üzülmez|ağlamaz|özlemez) {fill2} (ölsem|ölürsem|yok olsam|gitsem|olmasam|ölünce)',
        '(ölsem|ölürsem|yok olsam|gitsem|olmasam|ölünce) {fill1} (kimsenin|hiç kimsenin) (umurunda|umrunda|umurunda bile) (olmaz|olmayacak|değil|olmazdı)',
        '(kimse|hiç kimse) (beni özlemez|özlemez beni|yokluğumu fark etmez|yokluğumu anlamaz|arkamdan ağlamaz|arkamdan üzülmez)',
        '(yaşamayı|yaşamaya) (hak etmiyorum|layık değilim)', '(ölmeyi|ölmek) hak (ediyorum|ettim)',
      ],
    },
    {
      // Hopelessness and being unable to go on: "artık dayanamıyorum", "devam edemiyorum", "hiç umudum kalmadı".
      id: 'tr.hopeless',
      tier: 'cue',
      patterns: [
        'artık (dayanamıyorum|dayanamıyom|katlanamıyorum|kaldıramıyorum|devam edemiyorum|yaşayamıyorum|taşıyamıyorum)',
        '(dayanamıyorum|katlanamıyorum|kaldıramıyorum|devam edemiyorum|yaşayamıyorum) (artık|daha fazla)',
        'daha fazla (dayanamam|dayanamıyorum|katlanamam|devam edemem|yaşayamam|kaldıramam)',
        '(dayanacak|devam edecek|yaşayacak) (gücüm|halim|takatim) (yok|kalmadı)',
        '^ devam edemiyorum $',
        '(hiçbir|hiç|bir) (umudum|umut|umudumun) (yok|kalmadı)', 'umudum (kalmadı|yok|bitti|tükendi)',
        '(çıkış yolu|çıkış|kurtuluş) (yok|göremiyorum|kalmadı)', 'hiçbir (çıkış|çözüm) [yolu] göremiyorum',
        '(gelecek|geleceğim|gelecek göremiyorum|bir gelecek) (göremiyorum|yok|kalmadı)',
        '(hiçbir şey|hiçbir şeyin) (düzelmeyecek|iyi olmayacak|anlamı yok|anlamı kalmadı)',
        '(pes ettim|vazgeçtim) (hayattan|yaşamaktan|her şeyden|kendimden)',
      ],
    },
    {
      // Goodbye and final messages: "herkese elveda", "hakkınızı helal edin", "bu benim son mesajım",
      // "bunu okuduğunda ben çoktan gitmiş olacağım", "kedime iyi bakın", "eşyalarımı dağıttım".
      id: 'tr.goodbye',
      tier: 'act',
      patterns: [
        '(herkese|hepinize|size|dünyaya|hayata) veda (ediyorum|ettim|etmek istiyorum|ederim)', '(size|hepinize|herkese) son kez (yazıyorum|sesleniyorum)',
        'elveda (dünya|herkese|hayat|millet|herkes|arkadaşlar|sevdiklerim|hepinize|acımasız dünya|zalim dünya)',
        '(herkese|hepinize|dünyaya|hayata|size) elveda',
        'hakkınızı helal (edin|ediniz|edersiniz)', '(herkes|hepiniz) hakkını helal etsin',
        '(bu|bunlar) [benim] son (mesajım|sözlerim|yazım|notum|mektubum)',
        'son (mesajım|sözlerim|notum|mektubum) (bu|budur|olsun)',
        '(bunu|bu mesajı|bu yazıyı|bu notu|bunları|mektubu) (okuduğunda|okuduğunuzda|okurken|okuyorsan|okuyorsanız|gördüğünde|gördüğünüzde|bulduğunuzda|bulduğunda) {fill4} (ölmüş|gitmiş|hayatta|yaşamıyor|olmayacağım|yokum|öldüm|gittim|olmuş olacağım|burada olmayacağım|aranızda)',
        '{family} {fill3} (sevdiğimi|özür dilediğimi|üzgün olduğumu|hakkını helal) {fill1} (söyleyin|söyle|iletin|ilet)',
        '{pet} {fill1} (iyi bakın|sahip çıkın|göz kulak olun|benim yerime bakın|baksın|baksınlar|sahip çıksın|alsın|bakarsınız)',
        '(ben|ve ben) artık (olmayacağım|olmıycam|olmayacam|yokum|olmayacağım burada)',
        '{family} (söyleyin|söyle|iletin|deyin|söylersiniz) {fill3} (özür dilerim|seviyorum|çok seviyorum|affetsin|hakkını helal etsin|üzgünüm|affedin)',
        '(telefonumun|bilgisayarımın|hesabımın|bankamın|kartımın|mailimin|instagramımın) (şifresi|şifreleri|pini|pin kodu|şifresini) {fill3} (arkasında|içinde|altında|çekmecede|masada|defterde|kağıtta|yazılı|yazdım|bıraktım)',
        '(mektubumu|notumu|mektuplarımı|notlarımı|veda mektubumu|son mektubumu) (yazdım|bıraktım|hazırladım) (masanın üstünde|masaya|masada|masamda|yastığın altında|odamda|çekmecede|yatağın üstünde|masanın üstüne|yatağımda)',
        '(eşyalarımı|eşyalarımın hepsini|kıyafetlerimi|her şeyimi|eşyalarımı da) {fill2} (dağıttım|dağıtıyorum|verdim|bağışladım|dağıtın|paylaştırdım|birine verin)',
        '(veda|intihar|son) (mektubu*|notu*|mesajı*) {fill1} (yazdım|bıraktım|yazıyorum|hazırladım|masada|masamda|bırakıyorum)',
        'intihar (mektubu*|notu*)',
        '(mektup|not) (bıraktım|yazdım) {fill3} (bulursunuz|masada|masamda|odamda|yastığın altında|çekmecede)',
        'beni (aramayın|unutun) $', 'beni aramayın {fill2} (bulamazsınız|artık|sonsuza)',
        '(kendinizi|kendini) (suçlamayın|suçlama|sorumlu tutmayın)',
        '(öbür|öteki|diğer) (tarafta|dünyada) (görüşürüz|görüşmek üzere|buluşuruz)',
        '(bir daha|artık) (benden|sesimi) (haber|ses) (alamayacaksınız|alamayacaksın|duyamayacaksınız)',
        '(yarın|sabah|yarından sonra) [artık] (hayatta|aranızda|bu dünyada) (olmayacağım|olmıycam|olmayacam|değilim)',
        '(yarın|yarın sabah|sabaha) [artık|ben] (olmayacağım|olmıycam|olmayacam|yokum) $',
        '(bu gece|bu) [benim] son gecem $',
        '(aileme|annemlere|anneme|babama|size|herkese|ailem için|annem için|sizin için|sevdiklerime) {fill1} (mektup|not|veda mektubu|mektuplar|notlar|son mektubumu) (bıraktım|yazdım|yazıyorum|bırakıyorum|hazırladım)',
        '(bu|bugün|yarın) [benim] son (gecem|günüm) (hayatta|dünyada|bu dünyada)', '(hayattaki|dünyadaki) son (gecem|günüm)',
        '(hepinizi|herkesi|sizi) [çok] seviyorum {fill2} (elveda|hoşça kalın|hoşçakalın|affedin beni|beni affedin)',
        '(beni affedin|affedin beni|hakkınızı helal edin) {fill2} (elveda|hoşça kalın|hoşçakalın|seviyorum)',
        'hoşça kalın {fill1} (sonsuza dek|sonsuza kadar|dünya|zalim dünya)',
        '(sonsuza dek|sonsuza kadar) (hoşça kalın|elveda|gidiyorum)',
      ],
    },
    {
      // Self-harm done or under way: "kendimi yine kestim", "kolumu jiletle kestim", "kendime zarar verdim",
      // "jilet attım", "3 aydır temizdim, bozdum", "yine sh yaptım".
      id: 'tr.self-harm-act',
      tier: 'act',
      patterns: [
        '{kendimi} {fill2} {cutdone}',
        '{cutdone} [yine|gene|tekrar] {kendimi}',
        '{body} {fill2} {cutdone}',
        '(jilet|jiletle|jiletler|bıçakla|makasla|cam parçasıyla|kalemtıraş*|bıçağı|jileti) {fill2} ({cutdone}|kestim|çizdim|kesiyorum)',
        'jilet (attım|atıyorum|atmaya başladım|atmaya devam|çektim|çekiyorum|çekmeye başladım|vurdum|vuruyorum)', 'jiletledim', 'jiletliyorum',
        'kendime zarar (verdim|veriyorum|vermeye başladım|veriyom|vermeye devam ediyorum|verip duruyorum)',
        '(sigarayla|sigarayı|çakmakla|çakmağı) {fill2} (yaktım|söndürdüm|bastırdım|yakıyorum|söndürüyorum)',
        '(sigara|sigarayı|sigaramı|izmariti) {fill2} (koluma|elime|bacağıma|kolumda|elimde|bacağımda|bileğime|tenime|kendime) (söndürdüm|bastırdım|söndürüyorum|bastırıyorum)',
        '(yine|tekrar|gene|dün gece|bugün|az önce) (sh|self harm) [yaptım|yapıyorum]',
        '(sh|self harm) (yaptım|yapıyorum|yine|tekrar)',
        '{number} (gündür|haftadır|aydır|yıldır|gün|hafta|ay|yıl) {fill3} (temizdim|temiz kalmıştım|kesmiyordum|zarar vermiyordum|sh yapmıyordum) {fill4} (bozdum|bozuldu|kestim|dayanamadım|yine|tekrar|mahvettim|sıfırladım)',
        '(temiz|clean) {fill2} (serimi|seriyi|sayacı|süremi) (bozdum|sıfırladım|mahvettim)',
        // Stopped, then again: "kendimi kesmeyi bıraktım ama dün yine kestim".
        '(kesmeyi|jilet atmayı|jilet çekmeyi|kendime zarar vermeyi|kendimi kesmeyi|sh yapmayı|kendimi yakmayı) (bıraktım|bırakmıştım|bırakmıştım ama|bıraktım sanıyordum) ... (yine|tekrar|gene) {fill2} (kestim|jilet attım|jilet çektim|zarar verdim|yaptım|yaktım|başladım)',
        '(nüksettim|nüksetti|relaps yaptım|geri döndüm kesmeye|yeniden kesmeye başladım|tekrar kesmeye başladım)',
        '(kan|kanayana|kanatana|kan çıkana) (kadar) {fill2} (kestim|kazıdım|tırmaladım|tırnakladım|kaşıdım|vurdum)',
        '(duvara|duvarı|aynaya|kafamı) {fill2} (yumrukladım|vurdum|vuruyorum|yumrukluyorum|çarptım) {fill3} (kanayana kadar|kasten|bilerek|acısın diye|acı hissetmek için)',
        '(kollarım|bacaklarım|bileklerim|kolum|bileğim) (yara|kesik|jilet izi*|kesik izi*) (dolu|içinde|oldu)',
      ],
    },
    {
      // Self-harm urges: "kendimi kesmek istiyorum", "kendime zarar vermek istiyorum", "jilet atma isteği".
      id: 'tr.self-harm-urge',
      tier: 'cue',
      patterns: [
        '{kendimi} (kesmek|kesmeyi|yaralamak|yaralamayı|jiletlemek|yakmak) {fill1} ({wantpos}|istiyom|isteği|dürtüsü)',
        'kendime zarar*',
        '(jilet|kesme|kesmek|zarar verme|sh) (isteği*|dürtüsü*|krizi*|düşünceleri*|ihtiyacı*)',
        '(jilet atmak|jilet atmayı|kesmek|kesmeyi) (istiyorum|istiyom|özledim)',
        'jilet (atmak|atmayı|atmaya|atma|çekmek|çekmeyi|çekmeye|çekme|vurmak)', '(jilet atasım|jilet çekesim|jilet vurasım|kesesim|kendimi kesesim|kanatasım|kendimi yakasım|kendime zarar veresim|kendimi yaralayasım) (var|geldi|geliyor)',
        // Stopped, said with the suffix negation ("artık kesmiyorum"): still a cue.
        '[{kendimi}] (kesmiyorum|kesmiyom|jilet atmıyorum|kendime zarar vermiyorum|zarar vermiyorum) (artık|bir süredir|uzun zamandır|epeydir)',
        '(artık|bir süredir|uzun zamandır|epeydir|{number} (gündür|aydır|haftadır|yıldır)) [{kendimi}] (kesmiyorum|kesmiyom|jilet atmıyorum|kendime zarar vermiyorum|zarar vermiyorum|kesmedim|jilet atmadım)',
        '(acıyı|acı) (hak ediyorum|hak ettim|hissetmek istiyorum)',
        // The blade taken, alone: "jileti aldım banyodayım".
        '(jilet*|bıçağ*|ustura*|maket bıçağı*) {fill2} (aldım|elime aldım|elimde|çıkardım|buldum|sakladım) ... (banyo*|tuvalet*|kilitledim|kimse yok|yalnızım|kimse görmesin|kollarım*|bileğim*)',
        '(kendime|canıma) bir (şey|şeyler) (yapmaktan|yapmayı|yapmayacağım|yapmıyacağım|yapmıcam|yapmıycam|yapmicam|yapmam|yapma|yapabilirim|yapacağımdan)',
        // A blade wanted (the desiderative "-asım var"), or holding oneself back: "jileti alasım var, zor tutuyorum kendimi".
        '(jilet*|bıçağ*|bıçak*|ustura*|maket*) {fill1} (alasım|tutasım|çekesim|vurasım|atasım|elime alasım) (var|geldi|geliyor)',
        '(jilet*|bıçağ*|bıçak*|ustura*|kesmemek|kesmemek için|zarar vermemek için) ... (zor|zar zor|güçlükle|zorla) (tutuyorum|tutuyom|durduruyorum|tuttum) {kendimi}',

      ],
    },
    {
      // Plans, means, timing, an act under way or done: "bütün ilaçları içtim", "ip aldım",
      // "köprüden atlayacağım", "trenin önüne atlayacağım", "aşırı doz aldım".
      id: 'tr.plan-means',
      tier: 'act',
      patterns: [
        '{many} {fill2} {pills} {fill2} {swallow}',
        '{pills} {fill2} {many} {fill1} {swallow}',
        '{pills} (hepsini|tamamını|hepsi) {fill1} {swallow}',
        '{pills} {fill1} {swallow} (hepsini|tamamını|hepsi|tümünü|kutusuyla|bir seferde)',
        '(aşırı doz|overdoz|over doz|aşırı dozda) {fill2} (aldım|aldım bile|alacağım|alıcam|almak|almayı|yaptım|yapacağım|yapıcam|ilaç)',
        '(aşırı doz|overdoz)',
        '{pills} {fill2} (biriktiriyorum|biriktiriyom|biriktirdim|topluyorum|topladım|saklıyorum|sakladım|stokluyorum|yeterince oldu)',
        '{pills} (hepsi|hepsini|tamamı|tamamını) (gitti|bitti|içildi|yuttum|içtim|midemde)',
        '(hapları|ilaçları|hapları da|ilaçlarımı|haplarımı|antidepresanları|uyku haplarını) {fill2} (biriktiriyorum|biriktirdim|topluyorum|topladım|saklıyorum|sakladım|stokluyorum)',
        '{poison} {fill1} {swallow}',
        '(ip|urgan|ilmik) {fill3} hazır',
        '(ip|urgan) {fill1} (aldım|hazırladım|bağladım|astım|hazır|taktım|geçirdim|buldum)',
        '(ipi|urganı|ilmiği|ilmik) {fill1} (hazırladım|bağladım|astım|hazır|taktım|attım|geçirdim|boynuma)',
        '(boynuma|boynuma ip) {fill1} (geçirdim|taktım|geçireceğim|geçiricem)',
        '{height} {fill2} {jump}',
        '{height} (aşağı|aşağıya) (bakıyorum|bakıp duruyorum|bakıyom|bakıyorum saatlerdir)',
        '(atlasam|atlayayım|atlamalı mıyım|atlamalıyım) [mı|mi] [acaba] [{number}] [{word}] {height}',
        '(jilet*|ip|ipi|hap*|ilaç*|silah*|tabanca*) {fill4} {when} {fill2} (kullanacağım|kullanıcam|kullancam|kullanacam|içeceğim|içicem|yutacağım|yapacağım|yapıcam)',
        '{kendimi} {fill1} {height} {fill1} (atacağım|atcam|atıcam|atacam|atarım|atmak|atmayı|atayım|attım|atsam|bırakacağım|bırakıcam|bırakmak|bıraksam|atmak istiyorum)',
        '{traffic} (önüne|altına) [{kendimi}] {jump}',
        'raylara {fill1} ({jump}|yatacağım|yatıcam|yatmak|yatmayı|uzanacağım)',
        '{onheight} [şu an|şuan|şimdi|tam şu an|yine|gene] [{fill3}] (atla*|aşağı|aşağıya|son kez|cesaret|veda|bitsin|bitecek|bitiyor|biri bilsin|biri bilsin istedim|sadece biri|kimse bilmiyor|elveda)',
        '^ (atlayacağım|atlıcam|atlayacam|atlıyorum|atlarım|atlamak üzereyim) $',
        // Feet over the edge, up high: "10. kattaki pencerenin kenarında oturuyorum, ayaklarım dışarda".
        '({height}|kattaki|kattayım|kenarında|kenarındayım|korkuluk*) ... (ayaklarım|bacaklarım) [{fill1}] (dışarıda|dışarda|dışarıya|dışarı|boşlukta|boşluğa|sarkıyor|sarkıtıyorum|sarkıttım|aşağı sarkıyor|havada)',
        '(ayaklarım|bacaklarım) [{fill1}] (dışarıda|dışarda|boşlukta|boşluğa|sarkıyor|aşağı sarkıyor|havada) ... ({height}|kattayım|kenarındayım|korkuluk*)',
        '(aşağı|aşağıya) (bakıyorum|atlamak|atlasam|atlayacağım|atlıcam) {fill3} (köprü*|çatı*|balkon*|kat*|pencere*)',
        '(kaç|ne kadar|kaç tane) {fill4} (içersem|içsem|alsam|alırsam|yutsam|yutarsam) {fill2} (ölürüm|öldürür|ölür müyüm|ölünür|kurtulurum|uyanmam)',
        '(öldürücü|ölümcül|öldüren) (doz*|miktar*)',
        '(ilaç*|hap*|zehir*) {fill2} (içip|yutup|alıp) (öleceğim|ölcem|ölecem|öleyim|ölmek|ölmeyi|gideceğim)',
        'bileklerimi (keseceğim|kesicem|kesecem|kescem|kestim|kesiyorum|kesmek)', '(damarımı|damarlarımı|şah damarımı) (keseceğim|kesicem|kestim|kesmek|kesmeyi)',
        '(silah*|tabanca*) {fill3} (kafama|şakağıma|ağzıma|başıma) (dayadım|dayıyorum|dayayacağım|sıkacağım|sıkıcam|sıkmak)',
        '(kafama|şakağıma|beynime) (sıkacağım|sıkıcam|sıkcam|sıkmak|kurşun sıkacağım|sıkmayı)',
        '(bu gece|bu akşam) {fill1} (yapacağım|yapıcam|yapcam|yapacam) ($|bunu|bu işi|kararımı verdim|karar verdim)',
        // When everyone is asleep or out: "bu gece herkes uyuyunca yapacağım".
        '{when} {fill2} (herkes|evdekiler|annemler|ailem|ev arkadaşım|herkesler) (uyuyunca|uyuduğunda|uyuduktan sonra|çıkınca|gidince|yatınca|evden çıkınca|uyurken)',
        '(bu gece|bu akşam) {fill2} (her şey bitecek|her şeyi bitireceğim|her şeyi bitiricem|her şeye son vereceğim)',
        '(yapacağım|yapıcam|yapcam) {fill2} (kararımı verdim|karar verdim|karar verildi|karar kesin)',
        '(tarihi|günü|saati) (belirledim|seçtim|ayarladım) {fill2} (yapacağım|öleceğim|gideceğim|bitireceğim|$)',
        'nasıl (yapacağımı|öleceğimi|öldüreceğimi|yapacağımı da) (biliyorum|planladım|ayarladım)',
        '(kaç|ne kadar) {fill3} (öldürür|öldürücü)',
        '(haplar|ilaçlar|hapların|ilaçların) {fill2} (etki ediyor|etkisini gösteriyor|etkisini göstermeye başladı|işe yarıyor|başladı)',
        '(arabayı|arabamı) {fill3} (duvara|ağaca|uçuruma|denize|tıra|kamyona) (süreceğim|sürcem|sürücem|çarpacağım|çarpıcam|sürmek)',
      ],
    },
    {
      // Affairs put in order and last things, said without naming death: bank passwords left to
      // someone "so they won't have to deal with it later", "after tonight I won't write again",
      // "sorry to whoever finds me", the song for my funeral, "my last week should be good".
      id: 'tr.arrangements',
      tier: 'act',
      patterns: [
        // handed on, not merely written down ("tüm şifrelerimi deftere yazdım" is housekeeping)
        '(banka|tum|butun|hesap*|kart*) (sifre*) {fill2} (biraktim|verdim|gonderdim|attim|ilettim|teslim ettim)',
        '(sifre*|borc*|kira*|kart*|hesap*) ... sonra {fill2} (ugrasmasin|ugrasmasinlar|zahmet cekmesin|zorlanmasin|sikinti cekmesin|ugrasmak zorunda kalmasin|ugrasmak zorunda kalmasinlar)',
        // (thanks first: "bu geceden sonra sana bir daha yazmayacağım" alone is said to an ex)
        '(tesekkur*|sagol*|tek sen|tek kisi) ... (bu|bugunku) (geceden|aksamdan) sonra {fill3} (yazmayacagim|yazamayacagim|duymayacaksin|gormeyeceksin|yazmam|yazmicam|duymayacaksiniz|gormeyeceksiniz)',
        '(bu|bugunku) (geceden|aksamdan) sonra {fill2} (olmayacagim|yasamayacagim|burada olmayacagim)',
        '(beni|cesedimi|bedenimi) (bulacak|bulan|bulacaklar|bulacak olan) {fill2} (ozur|affet*|kusura|uzgunum)',
        '(beni|cesedimi|bedenimi) (bulacak|bulan|bulacaklar|bulacak olan) [kisi*|kisiden|kisiye|kim*|olan] (ozur|affet*|kusura|uzgunum)',
        'cesedimi (bulacak|bulan|bulur|bulacaklar|bulsun)',
        'son (sigara*|gun dogumu|gundogumu|gun batimi|kahve*|sabah*|aksam*|yuruyus*|sarki*) ... son (gun dogumu|gundogumu|gun batimi|sabah*|gece*|aksam*|kez|kahve*)',
        'cenazem* {fill3} (sarki*|muzik*|playlist*) {fill3} (yazdim|sectim|belirledim|not ettim|biraktim|listeledim|yazdim bile)',
        '(yazdim|sectim|belirledim|not ettim|listeledim) {fill3} (sarki*|muzik*|playlist*) {fill2} cenazem*',
        'son (haftam|haftami|gunlerim|gunlerimi|gunum|aksamim|ayim) {fill1} (guzel|iyi|mutlu|huzurlu|sakin|guzel gecsin|guzel olsun) (gecsin|gecti|olsun|istedim|istiyorum)',
        'son (haftam|haftami|gunlerim|gunlerimi|gunum|aksamim|ayim) (guzel|iyi|mutlu|huzurlu|sakin) (gecsin|gecti|olsun)',
        '(planli|zamanlanmis|ileri tarihli) (paylasim*|gonderi*|mesaj*|post*) {fill4} (kimsenin sucu|kimse suclu|ozur|hosca kal*|elveda|sizi seviyorum)',
      ],
    },
    {
      // A plan shown by what is around it: access to a gun, "the next train is mine", a past
      // attempt and "this time I won't leave it half done", reading how to go without pain,
      // standing at the very edge for an hour, the blade and the blood as emoji.
      id: 'tr.plan-signs',
      tier: 'act',
      patterns: [
        '(tufe*|silah*|tabanca*|ruhsatli*|av tufe*) ... (anahtar*|sifre*|yerini|mermi*|fisek*|kursun*|sarjor*) {fill3} (biliyorum|buldum|biliyom|aldim|doldurdum|taktim|hazir|hazirladim|cebimde|yanimda)',
        '(tufe*|silah*|tabanca*) {fill2} (buldum|aldim|cikardim|indirdim|doldurdum|aldim bile) ... (mermi*|fisek*|kursun*|sarjor*)',
        // A way of dying reached, with a sign it is meant: "köprüye geldim, aşağısı çok karanlık".
        '{height} {fill2} (geldim|çıktım|vardım|tırmandım|çıkıyorum|çıkacağım|çıkıcam|gidiyorum|gideceğim|gidicem|geldim bile) ... {heightsign}',
        '(ray*|tren yolu*|demiryolu*|hemzemin*) {fill3} (oturuyorum|yatıyorum|uzandım|uzanıyorum|yattım|duruyorum|bekliyorum|oturdum|yatacağım|yatıcam|uzanacağım)',
        '(ray*|tren yolu*|demiryolu*) ... (treni|trenin|tren|metroyu) {fill2} (bekliyorum|geçmesini bekliyorum|gelmesini bekliyorum|gelsin|gelince)',
        // Over the railing: "balkon demirine çıktım", "çatının kenarına oturdum".
        '(balkon*|köprü*|çatı*|pencere*|teras*) {fill1} (demir*|korkuluğ*|korkuluk*|parmaklığ*|parmaklık*|pervaz*|dışına) {fill1} (çıktım|çıkıyorum|çıkacağım|çıkıcam|oturdum|oturuyorum|dikildim|tırmandım|geçtim|üstündeyim|dışındayım|bindim|asıldım)',
        '(çatı*|köprü*|uçurum*|gökdelen*) {fill1} (kenarına|ucuna|en ucuna|en kenarına) (çıktım|oturdum|geldim|yürüdüm|dikildim|gittim)',
        // The pills lined up or counted: "bütün haplarımı önüme dizdim", "ilaç kutularını boşalttım, sayıyorum".
        '{many} {fill2} {pills} {fill2} (dizdim|sıraladım|saydım|sayıyorum|boşalttım|döktüm|önüme koydum|avucuma döktüm|avucuma aldım|önüme dizdim|ayırdım)',
        '{pills} {fill2} (boşalttım|döktüm|dizdim|sıraladım|çıkardım) ... (sayıyorum|saydım|{number} tane|hepsi burada|yeter mi|yeterli mi)',
        // Into water, not to come back: "denize yürüyüp geri dönmeyeceğim".
        '{water} {fill2} (yürüyüp|yürüyeceğim|yürüyücem|girip|gireceğim|giricem|yüzüp|açılıp|açılacağım|bırakıp|bırakacağım|atıp) {fill3} (geri dönmeyeceğim|dönmeyeceğim|dönmem|dönmicem|çıkmayacağım|çıkmam|çıkmıcam|batacağım|boğulacağım|boğulmak|kaybolacağım|gideceğim)',
        '{kendimi} {fill1} {water} (bırakacağım|bırakıcam|bırakmak|atacağım|atıcam|atcam|atmak|bıraktım|attım)',
        // A car driven into something: "arabayla son sürat bariyerlere dalacağım".
        '(araba*|direksiyon*|gaz*|son sürat|tam gaz|hızla|180le|200le|motor*) {fill3} {crashinto} {fill1} {crashverb}',
        // Everyone asleep or out, then all of them: "herkes uyuyunca hepsini içeceğim".
        '(herkes|evdekiler|annemler|ailem|ev arkadaşım|herkesler|kimse) (uyuyunca|uyuduğunda|uyuduktan sonra|çıkınca|gidince|yatınca|uyurken|yokken|evden çıkınca) {fill3} ({many}|{pills}|{poison}) {fill2} {swallow}',
        '(herkes|evdekiler|annemler|ailem|ev arkadaşım|herkesler) (uyuyunca|uyuduğunda|uyuduktan sonra|çıkınca|gidince|yatınca|uyurken) {fill2} (yapacağım|yapıcam|yapcam|yapacam|atlayacağım|atlıcam|gideceğim|gidicem|bitireceğim|bitiricem) $',
        // Taken, and then its effect or a farewell: "ilaçları içtim, midem bulanıyor, sizi seviyorum".
        '({pills}|{poison}) {fill2} (içtim|yuttum|aldım|içtim bile|yuttum bile|bitirdim) ... {odsign}',
        '(tren*|metro*|peron*|vagon*|ray*) ... (siradaki|bir sonraki|sonraki) [tren|metro] (benim|benimki) $',
        '(kurtardilar|kurtarildim|midemi yika*|mide yika*|midem yika*|yogun bakim*|hastanede uyandim) ... (bu sefer|bu kez|bu defa|bu sefer de) {fill2} (yarim birakmayacagim|yarim birakmam|yarim birakmicam|kurtaramayacaklar|kurtaramazlar|hata yapmayacagim|isi bitirecegim|yetisemeyecekler)',
        // Saved before and thought through this time: "geçen sefer kurtardılar. bu sefer her şeyi düşündüm".
        '{rescued} ... (bu sefer|bu kez|bu defa|bu sefer de|bu sefer artık|şimdi) {fill2} {surethistime}',
        // Up high and nobody answering: "köprüdeyim şu an, kimse açmıyor telefonu".
        '({onheight}|(köprü*|çatı*|uçurum*) {fill1} (kenarındayım|üstündeyim|tepesindeyim)) ... {noanswer}',
        // Pills gathered where nobody asks, for a time: "birkaç eczaneden ayrı ayrı ilaç aldım soru sormasınlar diye".
        '{pills} {fill3} (aldım|topladım|biriktirdim|alıyorum|topluyorum) {fill1} (soru sormasınlar|sormasınlar|şüphelenmesinler|anlamasınlar|fark etmesinler|kimse anlamasın|kimse sormasın|kimse şüphelenmesin|kimse fark etmesin|dikkat çekmesin|dikkat çekmemek için|reçetesiz)',
        '(birkaç|farklı|ayrı ayrı|başka başka|çeşitli|her gün başka) eczane* {fill3} {pills} ... ((herkes|evdekiler|annemler|ailem) (uyuyunca|uyuduğunda|yatınca|gidince|çıkınca)|bu gece|bu akşam|hazır|yeter*)',
        // A rope bought and kept ready: "ipi geçen hafta aldım, bagajda duruyor".
        '(ip|ipi|urgan*|ilmik*|halat*) {fill3} (aldım|hazırladım|buldum|aldım bile) ... (bagaj*|dolab*|dolapta|çanta*|çekmece*|yatağın altı*|saklı|sakladım|duruyor|hazır|bekliyor)',
        '(acisiz|acı cekmeden|agrisiz|kolayca|garantili) {fill1} (nasil|sekilde|yolu|yol) {fill1} (gidilir|olunur|olmek|oldurulur|gidebilirim|olebilirim|giderim|olurum|biter|bitirilir)',
        'nasil (gidilir|olunur|olurum|giderim) diye (okudum|okuyorum|arastirdim|arastiriyorum|baktim|bakiyorum|aradim|ariyorum)',
        '(en yuksek|en yukseklerin) (bina*|kopru*|gokdelen*|cati*) {fill3} (aradim|ariyorum|arastirdim|arastiriyorum|baktim|bakiyorum|googleladim)',
        '(ucurum*|kopru*|cati*|tepe*|kayalik*|saattir|saatlerdir|tam|yarim saattir) {fill2} (kenarinda|kenarda|ucunda|korkuluklar*|korkulukta) (duruyorum|oturuyorum|bekliyorum|dikiliyorum)',
        '(yine|gene|tekrar|bugun|dun|bu gece) (bicak|jilet*|bicakla|jiletle|bicagi|jileti) (kollarim*|bacaklarim*|bileklerim*|kolum*|bilegim*|bacagim*)',
        '(jilet*|bicak*|kestim|kesiyorum|kestigim|kesik*|kollarim*|bilegim*) ... (kan|kanama) {fill1} (durmuyor|durmadi|durmuyo|durduramiyorum|durmak bilmiyor)',
      ],
    },
    {
      // Passive wishes without the word death: hoping the tests show something bad, "if it hits
      // me, let it", "they'd breathe freely without me", "why get up, why eat", "if my heart
      // stopped at night I wouldn't mind", hands itching for a blade.
      id: 'tr.passive-signs',
      tier: 'cue',
      patterns: [
        '(insallah|umarim|keske|dua ediyorum|dilerim) {fill2} (tahlil*|test*|sonuc*|doktor*|mr|biyopsi*|kontrol*) {fill3} (kotu|ciddi|kanser*|tumor*|olumcul|tedavisi olmayan) {fill2} (cikar|ciksin|cikmis|cikmasini|bulur|bulsun|bulsa|cikacak|cikarsa|cikmasi)',
        '(insallah|umarim|keske) {fill2} (kanser|tumor|olumcul|tedavisi olmayan) {fill2} (olurum|olayim|olsam|olsaydim)',
        '(insallah|umarim|keske) (bende|bana) {fill2} (kanser|tumor|olumcul|tedavisi olmayan) {fill2} (cikar|ciksin|cikmis|bulunur|bulunsa)',
        '(carparsa|ezerse|olursem|olursam|vurursa|duserse|carpsin|ezsin) (carpsin|ezsin|oleyim|olurum|vursun|dussun|olsun)',
        '(gecerken|gecerim|karsiya geciyorum|yoldan geciyorum) {fill3} (bakmiyorum|bakmadan|bakmiyom)',
        '(ben olmasam|ben olmazsam|ben olmasaydim|ben olmadan) {fill3} (rahat bir nefes|rahatlarlar|nefes alirlar|kurtulurlar|rahat ederler)',
        '(masraf|dert|kambur|yuk) {fill2} (oluyorum|oldum|olmaktan yoruldum)',
        'neden (kalkayim|yiyeyim|yasayayim|uyanayim|nefes alayim|ugrasayim|devam edeyim|yasiyorum|uyaniyorum|kalkiyorum) {fill2} neden',
        '(hicbir|hic) anlami yok {fill3} (benim|en cok da benim|bende|benim hayatimin)',
        '(kalbim|kalbimin) {fill2} (kendiliginden|uykumda|gece|birden|oylece) {fill1} (dursa|durursa|dursun|dururdu|durmasini|dursaydi)',
        '(kalbim|nefesim) {fill2} (dursa|kesilse|dursun|dursaydı|dursa bari) {fill2} (kurtulsam|keşke|rahatlasam|bitse|iyi olur|sevinirim|umursamam|üzülmem|rahat ederim|kurtulurum)',
        'keşke {fill2} (kalbim|nefesim) {fill2} (dursa|kesilse|dursaydı|dursun)',
        // A wished accident or illness: "keşke bir kaza geçirsem", "bir hastalığa yakalanıp ölsem diye dua ediyorum".
        '(keşke|dua ediyorum|dua ederim|diliyorum|umarım|inşallah) {fill4} {misfortune} {fill2} {befallme}',
        '{misfortune} {fill2} (geçirsem|geçirip|yakalansam|yakalanıp|gelse|gelse de|olsa da|tutulsam|olsam|olup) {fill4} (ölsem|ölüp|bitse|kurtulsam|gitsem|dua ediyorum|keşke|ölürüm|ölsem diye|bitsin|sona erse|son bulsa)',
        '(ölsem|ölüversem|gebersem|ölüp gitsem|yok olsam|ölsem de kurtulsam) [diye] (dua ediyorum|dua ederim|keşke|diliyorum|bekliyorum|yalvarıyorum)',
        '(dursa|dursaydı|ölsem|gebersem|ezse|çarpsa|vursa|yok olsam|kaybolsam) (da|de) (kurtulsam|rahatlasam|kurtulurum|rahatlarım)',
        // Not opening my eyes again: "sabah gözlerimi hiç açmamak istiyorum".
        'gözlerimi (bir daha|hiç|hiçbir zaman|sonsuza dek|sonsuza kadar) (açmamak|açmasam|açmayayım|açmamayı) [istiyorum|istiyom|isterdim|keşke]',
        '(dursa|olsem|uyanmasam|olursem|olseydim) {fill2} (hic uzulmem|uzulmem|umursamam|sorun degil|fark etmez|dert etmem|sevinirim)',
        // self-harm urges: "ellerim jilet almak için kaşınıyor"
        '(ellerim|elim) {fill3} (jilet*|bicak*|ustura*) {fill3} (kasiniyor|gidiyor|uzaniyor|kasiniyo)',
        '(jilet*|bicak*|ustura*) (almak|tutmak|elime almak) icin (ellerim|elim) (kasiniyor|kasiniyo)',
      ],
    },
    {
      // Goodbyes and last arrangements as meanings: two last words to many ("her şey için teşekkür
      // ederim, kendinize iyi bakın"), leaving this world, a pet or a person left "for after me",
      // things left to someone ("fotoğrafları annem alsın"), affairs settled and going for good,
      // "you won't see me again" said to many, a letter left where it will be found.
      id: 'tr.farewell-signs',
      tier: 'act',
      patterns: [
        '{lastwords} ... ({lastwords}|{byewords})', '{byewords} ... {lastwords}',
        '(anne|baba|anneciğim|babacığım) {fill1} (hakkını helal et|hakkını helal etsin)', 'hakkını helal et (anne|baba|anneciğim|babacığım)',
        '{leaveworld}',
        '{afterme} {fill4} ({pet}|{family}|kedim*|köpeğim*|annem*|babam*) {fill2} (bakar|baksın|bakın|bakarsınız|sahip çık*|göz kulak ol*|ilgilen*)',
        '({pet}|{family}|kedim*|köpeğim*|annem*|babam*) {fill2} {afterme} {fill2} (bakar|baksın|bakın|bakarsınız|sahip çık*|göz kulak ol*|ilgilen*)',
        '({pet}|{family}|kedimi|köpeğimi|annemi|babamı) {fill3} (emanet ettim|emanet ediyorum|emanet ederim|emanet) {fill3} {afterme}',
        '{possessions} {fill3} ({family}|annem|babam|ablam|abim|kardeşim|kız kardeşim|erkek kardeşim|en yakın arkadaşım|yeğenim|yeğenime) {inherit}',
        '{afterme} {fill4} {possessions} {fill3} {inherit}',
        '{settled} ... ({goingforgood}|{afterme}|{lastwords})',
        '{goingforgood} ... ({lastwords}|{byewords})', '({lastwords}|{byewords}) ... {goingforgood}',
        '{notseen}',
        // Do not grieve, it is my choice: "kimse üzülmesin, bu benim kararım", "gidiyorum, arkamdan ağlamayın".
        '{dontgrieve} ... ({mychoice}|{goingforgood}|{lastwords}|{byewords}|{afterme})', '({mychoice}|{goingforgood}|{lastwords}|{byewords}) ... {dontgrieve}',
        'arkamdan (ağlamayın|yas tutmayın|gözyaşı dökmeyin)',
        // Look after them in my place: "annemlere iyi bakın benim yerime".
        '({family}|{pet}|annem*|babam*|kardeşim*|kedim*|köpeğim*) {fill2} (iyi bakın|bakın|sahip çıkın|göz kulak olun|ilgilenin) {fill1} (benim yerime|benden sonra)',
        '(benim yerime|benden sonra) {fill2} ({family}|{pet}|annem*|babam*|kardeşim*|kedim*|köpeğim*) {fill2} (iyi bakın|bakın|sahip çıkın|göz kulak olun|ilgilenin)',
        '(mektubum*|mektuplarım*|veda mektub*|son mektub*|veda notu*|son notum*) {fill4} (yastığ*|masa*|çekmece*|yatağ*|odam*|dolab*|kapının altına|kitabın arasına) {fill2} (koydum|bıraktım|sakladım|yerleştirdim|bulursunuz|bulacaksınız|duruyor)',
        '(mektub*|veda notu*|son notum*) ... (bulursunuz|bulacaksınız|bulduğunuzda|okuyunca anlarsınız)',
      ],
    },
    {
      // Last arrangements as meanings, without the word: a pet given away "with all its things" or
      // because it will be happier there, a letter left to be found "when the time comes", things
      // given away and a letter still to finish, papers and keys shown "if anything happens" with a
      // last word, apologies in advance beside thanks for everything.
      id: 'tr.farewell-arrangements',
      tier: 'act',
      patterns: [
        '{givepet} ... {betteroff}', '{betteroff} ... {givepet}',
        '{letterleft} ... {foundlater}',
        '(eşyalarımın|eşyalarımı|kıyafetlerimin|kitaplarımın|her şeyimin|her şeyimi|eşyalarımı da) [{fill1}] [çoğunu|hepsini|tamamını|yarısını|bir kısmını|hepsi] (dağıttım|bağışladım|verdim|dağıtıyorum|paylaştırdım|elden çıkardım) ... ({letterleft}|{lastwords}|{afterme}|{inadvance})',
        '{ifanything} {fill3} {papers} ... ({lastwords}|{inadvance}|hakkını helal et|hakkınızı helal edin|beni affet|affet beni|beni affedin)',
        '{inadvance} ... ({lastwords}|{byewords})', '({lastwords}|{byewords}) ... {inadvance}',
      ],
    },
    {
      // A denial that still speaks of it (the suffix negation, "atlamam", "hap içmicem"), with the
      // place or the thought coming back: "atlamam merak etme, ama balkona çıkınca aklıma geliyor".
      id: 'tr.denial-signs',
      tier: 'cue',
      patterns: [
        '{jumpneg} ... ({height}|{onmind}|aşağı bak*|aşağıya bak*)', '({height}|aşağı bak*) ... {jumpneg}',
        '{actneg} ... ({onmind}|(bunu|onu) (düşünüyorum|düşünmeden)|aklımdan geçmiyor desem)',
      ],
    },
    {
      // Wishing to leave this world: "bu dünyadan gidesim var".
      id: 'tr.farewell-one',
      tier: 'cue',
      patterns: ['{leaveworldwish}'],
    },

    {
      // Last arrangements said as care for those left (round e): a pet handed over "from now on she
      // looks after it, I won't be able to", birthdays written down "I won't be able to remind you",
      // passwords put where "whoever finds them" can use them, the car left "it's yours now", papers
      // gathered "so their job is easy", things given away and no debts left, a scheduled message
      // "don't write before then", someone to look after "when I'm not here, she'll be so sad".
      id: 'tr.farewell-care',
      tier: 'act',
      patterns: [
        '{anypet} {fill8} (verdim|emanet ettim|teslim ettim|bıraktım|gönderdim|sahiplendirdim|yolladım|götürdüm) ... {wontbeable}',
        '(yazdım|yazıp|not ettim|not aldım|listeledim|bıraktım|deftere|kağıda) ... (unutmasın|unutmasınlar|bilsin|bilsinler|aksatmasın|karışmasın) diye ... {wontbeable}',
        '(şifre*|pin*|parola*|hesap bilgi*) {fill4} (yazdım|yazıp|koydum|bıraktım|not ettim) ... {finder}',
        '(anahtar*|araba*|ruhsat*|tapu*|{possessions}) {fill4} (bıraktım|verdim|teslim ettim|devrettim|hediye ettim) ... (artık|bundan sonra) (senin|sizin) [olsun|dedim]',
        '{docs} ... ((dosya*|klasör*|zarf*|çekmece*) {fill2} (koydum|topladım|yerleştirdim|hazırladım|bıraktım)|adını yazdım|adına (geçirdim|yaptım|çevirdim)) ... {spareothers}',
        '{giveaway} ... (kimseye borcum (kalmadı|yok)|borçlarımı {fill1} (ödedim|kapattım)|{wontbeable}|{spareothers})', '(kimseye borcum (kalmadı|yok)|borçlarımı {fill1} (ödedim|kapattım)) ... {giveaway}',
        '(zamanlanmış|planlı|ileri tarihli|zamanlı) (mesaj*|gönderi*|paylaşım*|post*|mail*|e-posta*|eposta*) ... (cevap veremem|cevap veremeyeceğim|cevap veremicem|yazma bana|bana yazmayın|bana yazma|ulaşamazsın*|ulaşamayacaksın*)',
        '(ben yokken|benden sonra|ben gidince|ben gittikten sonra|ben olmayınca) {fill3} ({family}|{pet}|annem*|babam*|kardeşim*|ablam*|abim*|ninem*|anneannem*|babaannem*|kedim*|köpeğim*) ... (çok üzülecek*|üzülecek biliyorum|yıkılacak*|kahrolacak*|dayanamayacak*)',
      ],
    },
    {
      // A plan shown by its setting (round e): what is needed bought while everyone is out, done
      // "while everyone is out, nobody will notice", a room on the top floor and no ticket back,
      // a remote spot where nobody knows I am, locked in with everything ready, done a moment ago
      // and lying waiting, past a railing, "they'll notice when I don't turn up on Monday".
      id: 'tr.plan-setting',
      tier: 'act',
      patterns: [
        '{needed} ... {othersaway}', '{othersaway} ... {needed}',
        '{othersaway} {fill2} (yapacağım|yapıcam|yapcam|yapacam|halledeceğim|hallediceğim|bitireceğim|bitiricem) ... (kimse|hiç kimse) (fark etmez|fark etmeyecek|anlamaz|anlamayacak|görmez|bilmeyecek|duymaz)',
        '(en üst kat*|en yüksek kat*|çatı kat*|yüksek bir kat*|{number} (kat*|katta)|{height}) ... {noreturn}', '{noreturn} ... (en üst kat*|en yüksek kat*|çatı kat*|{height})',
        '{remote} ... {hidden}', '{hidden} ... {remote}',
        '{lockedin} ... ({allready}|{courage})', '({allready}|{courage}) ... {lockedin}',
        '{didit} ... ({waitingend}|{toldsomeone})',
        '(korkuluğ*|korkuluk*|parmaklığ*|parmaklık*|balkon demir*) {fill1} (öbür|öteki|diğer|dış|karşı) (tarafına|tarafa|yanına) (geçtim|geçtim bile|atladım|tırmandım|çıktım)',
        '(korkuluğ*|korkuluk*|parmaklığ*|parmaklık*|balkon demir*) {fill1} (öbür|öteki|diğer|dış|karşı) (tarafındayım|tarafında duruyorum|tarafında oturuyorum|tarafında bekliyorum)',
        '(hesapladım|planladım|düşündüm|ayarladım|o yüzden|bu yüzden) ... {foundwhen}', '{foundwhen} ... (o yüzden|bu yüzden) {fill2} (akşamı|gecesi|sabahı|gece|akşam|günü)',
        // quitting life in gamer words: "hayata rage quit atıcam"
        '(hayata|hayattan|bu hayata|bu hayattan|dünyaya|dünyadan) (rage quit|ragequit|quit|alt f4|log out|logout|çıkış) (atıcam|atacağım|atcam|atacam|yapıcam|yapacağım|yapcam|çekicem|çekeceğim|veriyorum|basıcam|basacağım)',
        '(hayatımı|hayatı|oyunu|bu oyunu) (kapatacağım|kapatıcam|kapatcam|silicem|sileceğim) {fill2} (bu gece|bu akşam|bugün|artık|yeter)',
      ],
    },
    {
      // Being hidden away, passively wishing or enduring (round e): nobody knows where I am and the phone off,
      // the earthquake wished upon me, an illness left untreated, no place in five years, "how much
      // longer will I drag on", the silence of sleep wished never to end.
      id: 'tr.passive-more',
      tier: 'cue',
      patterns: [
        "(kimse|hiç kimse) (bilmiyor|bilmeyecek|bilmez) {fill1} (burda|burada|nerede|nerde|nereye) ... (konum*|telefon*|gps) [da|de] (kapattım|kapadım|kapalı)",
        '{misfortune} {fill3} (ben|beni) {fill2} {wishedfate}',
        '{misfortune} ... (hem|zaten) (kimse suçlu olmaz|kimsenin suçu olmaz|kimse suçlanmaz|kimse suçlu olmayacak)',
        '{misfortune} {fill3} (çıksa|olsa|bulunsa|teşhis edilse|konsa|çıkarsa|olursa) ... (tedavi [bile|falan] (olmam|olmazdım|ettirmem|ettirmezdim|olmayacağım|olmıycam)|kendi kendine ilerlesin|bırakırım ilerlesin|doktora gitmem|ilaç kullanmam)',
        '{number} (yıl|sene) sonra ... (çünkü|zaten) (orda|orada|o zaman|o zamana kadar|o yaşta|o günlerde) (yokum|olmayacağım|olmıycam|hayatta olmayacağım|yaşamıyor olacağım) [ki] $',
        '(daha ne kadar|ne kadar daha|daha ne zamana kadar|ne zamana kadar) (sürünürüm|sürüneceğim|sürünebilirim|yaşarım|yaşayabilirim|nefes alırım|sürüklenirim|katlanırım bu hayata|dayanırım bu hayata)',
        '(uyku*|uyuyunca|uyurken|uyusam|sessizlik*) ... keşke {fill3} (hiç bitmese|bitmese|sonsuza (dek|kadar) sürse|hiç bitmeseydi|hiç uyanmasam)',
        '(uyku*|uyuyunca|uyurken|uyusam|sessizlik*) ... (sabah|yarın|gün) (hiç|bir daha|hiçbir zaman) (gelmese|olmasa|doğmasa|gelmeseydi|olmasaydı|gelmesin)',
        // drawn to what could kill, a denial beside it: "karşıdan gelen tırlara bakıp dalıyorum"
        '(karşıdan gelen*|üstüme gelen*|hızla gelen*|otobanda|otoyolda|raylarda) {fill2} (tır*|kamyon*|araba*|tren*|metro*|otobüs*) {fill2} (bakıp dalıyorum|dalıp gidiyorum|bakıp duruyorum|dalıyorum|bakakalıyorum|bakıp düşünüyorum)',
        // self-harm wanted again, looking at the scars: "kollarımdaki izlere bakıp duruyorum, yine istiyorum"
        '{scars} ... ((yine|tekrar|gene) (istiyorum|istiyom|canım çekiyor)|özledim|özlediğimi|zor tutuyorum {kendimi}|{kendimi} zor tutuyorum)',
      ],
    },
    {
      // Self-harm done, said by what it did (round e): hitting the wall until bruised and "the pain
      // felt good", a streak of clean days reset.
      id: 'tr.self-harm-signs',
      tier: 'act',
      patterns: [
        '{hitself} ... {painrelief}', '({body}|parmaklarım|ellerim|elim|yumruklarım|kafam) {fill2} {bruised} ... {painrelief}',
        '{streakbroke} ... {number} (gün|gündür|hafta|haftadır|ay|aydır) {fill2} (temizdim|temiz kalmıştım|temiz gidiyordum)',
        '{number} (gün|gündür|hafta|haftadır|ay|aydır) {fill2} (temizdim|temiz kalmıştım|temiz gidiyordum) ... {streakbroke}',
      ],
    },
    // --- round f ---
    {
      // Last arrangements, told as care for after (round f): plants or a pet left with care notes "I
      // won't be back, at least they'll live", valuables handed to a sibling "you'll understand later"
      // and "tell her I loved her", the children told "their father loved them", a grave next to a
      // parent, a letter posted to arrive "when it's all over", last times with family they don't know
      // are last, an online place handed over "don't miss me", the donor card "needed soon", neither
      // here nor anywhere else.
      id: 'tr.farewell-after',
      tier: 'act',
      patterns: [
        // (not coming back said alone at the end: "kedimi ona bıraktım, bir daha dönmeyeceğim o eve" is a breakup)
        '({anypet}|{plants}) {fill6} {handed} ... ({notback} $|{livingon}|{wontbeable}|{laterknow})',
        '({notback} $|{livingon}) ... ({anypet}|{plants}) {fill6} {handed}',
        '{notback} {fill3} {livingon}',
        '{valuables} {fill4} {handed} ... ({laterknow}|{tellloved}|{notback} $)', '({laterknow}|{tellloved}) ... {valuables} {fill4} {handed}',
        '{handed} ... {laterknow} ... {tellloved}',
        '{tellloved} ... ({laterknow}|{afterme}|{lastsignoff}|{inadvance})', '({laterknow}|{afterme}) ... {tellloved}',
        '(babaları|anneleri|babası|annesi|babanız|anneniz) {fill3} (seviyordu|çok seviyordu|sevmişti|severdi|çok severdi|hep sevdi) {fill1} (dersin|dersiniz|söylersin|söylersiniz|söyle|söyleyin|anlatırsın|anlatırsınız|anlat|anlatın)',
        '{gravenext} ... {burialwish}', '{burialwish} ... {gravenext}',
        'beni {fill2} (babamın|annemin|dedemin|ninemin|nenemin|anneannemin|babaannemin|kardeşimin|abimin|ablamın|eşimin|oğlumun|kızımın) (yanına|mezarının yanına|yanındaki mezara|yanındaki boş yere) {fill1} (gömsünler|gömün|koysunlar|koyun|defnetsinler|defnedin|yatırsınlar|yatırın|gömersiniz|koyarsınız)',
        '{letterposted} ... {bythen}',
        '{kin} {fill4} son (kez|defa|kere) ... {theydontknow}', 'son (kez|defa|kere) ... son (kez|defa|kere) ... {theydontknow}',
        '{handover} ... ({lastpost} ... {missme}|{missme} ... {lastpost})', '({lastpost} ... {missme}|{missme} ... {lastpost}) ... {handover}',
        '(organ bağış*|bağış kart*|bağışçı kart*|organlarım*|bedenim*|vücudum*|bu beden*) ... {organsoon}',
        'ne (bu evde|burada|burda|bu dünyada|evde|bu şehirde|aranızda) (olacağım|olucam|olcam|olacam|olurum|olicam) ne (başka|başka bir|bir başka|başka hiçbir) (yerde|yerde olacağım)',
        '({when}|{dayname}|ay sonunda|ay sonu|haftaya|yakında) {fill3} hiçbir yerde (olmayacağım|olmıycam|olmayacam|olmucam|olmiycam)',
      ],
    },
    {
      // The same, said once, without a second sign (round f): a question first. "en azından onlar
      // yaşasın", "onu çok sevdiğimi ona siz söyleyin", "beni babamın yanına gömsünler", "hiçbir yerde
      // olmayacağım", "bu beden birinin işine yarasın bari".
      id: 'tr.farewell-after-one',
      tier: 'cue',
      patterns: [
        '{livingon} $', '{tellloved}', 'hiçbir yerde (olmayacağım|olmıycam|olmayacam|olmucam|olmiycam)',
        '{gravenext} {fill4} (beni|bana)', '(beni|bana) {fill4} {gravenext}',
        '(mezarım*|kabrim*) {fill1} (babamın|annemin|dedemin|ninemin|nenemin|anneannemin|babaannemin|kardeşimin|abimin|ablamın|eşimin|oğlumun|kızımın) (yanında|yanına|yanı) {fill1} (olsun|olmalı|olsun istiyorum|istiyorum)',
        '(en azından|bari|hiç değilse) (bu beden|bedenim|vücudum|organlarım) {fill2} (birinin|birilerinin|başkasının|başkalarının|bir işe) (işine yarasın|işine yarar|yarasın|hayatını kurtarsın)',
      ],
    },
    {
      // A plan told by place, time and readiness (round f): on the last ferry "I'll take care of it
      // before we reach the other side", a curve without a barrier "only the gas pedal left", "when
      // he's gone, I can't do it in front of him", the door left unlocked "so they needn't break it",
      // a room nobody enters "whoever opens in the morning will find", on the city walls with rocks
      // below, the ex's wedding day "while everyone is at the hall", a last appointment "if nothing
      // changes, Friday evening, the date is set", a roof door found unlocked "tomorrow I'm there".
      id: 'tr.plan-place',
      tier: 'act',
      patterns: [
        '{boat} ... {beforeend} [ben|da|de|artık|işi|bu işi|her şeyi|hepsini] {euphdo}',
        '{beforeend} [ben|da|de|artık|işi|bu işi|her şeyi|hepsini] {euphdo} ... {boat}',
        '{noguard} ... {finalmove}', '{finalmove} ... {noguard}',
        '{noguard} ... (arabayla|arabamla|arabaya|motorla|motora|direksiyon*) {fill2} (çıktım|gidiyorum|yoldayım|geldim|oradayım|ordayım|bindim|atladım)',
        '(arabayla|arabamla|arabaya|motorla|motora|direksiyon*) {fill2} (çıktım|yoldayım|geldim|oradayım|ordayım|bindim) ... {finalmove}',
        '{leaving} ... {notinfront}', '{notinfront} ... {leaving}',
        '(kapı*) {fill3} (kilitlemedim|kilitlemiyorum|açık bıraktım|aralık bıraktım|kilidini açtım|kilitlemeyeceğim) {fill3} {doorbreak}',
        '{doorbreak} ... (hazırım|{allready}|{findme}|mektub*|not*)', '({findme}|mektub*|{allready}) ... {doorbreak}',
        '(mektub*|not*|notu*|telefon*|ışığ*|ışık*) ... {findme} ... (hazırım|artık hazırım|{allready})', '(hazırım|{allready}) ... (mektub*|not*|notu*|telefon*|ışığ*|ışık*) ... {findme}',
        '{staythere} ... {openerfinds}', '{nobodygoes} ... {openerfinds}', '{openerfinds} ... {staythere}',
        '(açan|ilk açan|gelen|ilk gelen|giren|ilk giren|temizlikçi|bekçi) (beni|cesedimi) (bulur|bulacak|bulsun|görür|görecek|bulacaklar|bulurlar)',
        '{onhigh} ... ({below}|{toldsomeone}|{noanswer}|son kez|cesaret*|atla*|elveda|hoşça kal*)',
        '({below}|{toldsomeone}) ... {onhigh}',
        // (the verb ends its clause: "o gün bitecek her şey benim için" is grief)
        '{othersaway} ... ({dayname}) [{fill1}] (olacak|olcak|olucak|yapacağım|yapıcam|yapcam|halledeceğim|halledicem|bitecek|bitecek her şey|her şey bitecek|olacak her şey|her şey olacak|bitireceğim|bitiricem|gideceğim|gidicem) $',
        '({dayname}) [{fill1}] (olacak|olcak|olucak|yapacağım|yapıcam|yapcam|halledeceğim|halledicem|bitecek|bitecek her şey|her şey bitecek|olacak her şey|her şey olacak|bitireceğim|bitiricem) $ ... {othersaway}',
        '{lastchance} ... {dateset}', '{dateset} ... {lastchance}',
        '{lastchance} [{fill1}] ({dayname}) [sabahı|akşamı|gecesi|günü] ... {dateset}',
        '{roofopen} ... ({therethen}|{when})', '{scouthigh} ... {roofopen}',
        // pulling my own plug: "bu hafta kendi fişimi çekicem"
        '{plugpull}',
      ],
    },
    {
      // The same settings, less certain (round f): a question first. "onun yanında yapamam", "o gün
      // olacak, herkes düğündeyken", "bir şey değişmezse cuma akşamı", "çatı kapısı kilitli olmayan bir
      // bina buldum", "bariyersiz bir viraj biliyorum", "ne zamana kadar dayanabilir miyim bilmiyorum".
      id: 'tr.plan-place-maybe',
      tier: 'cue',
      patterns: [
        '{notinfront} $',
        '(o|onlar|annem|babam|kardeşim|annemler|ev arkadaşım|ablam|abim) (gidince|gittikten sonra|taşınınca|çıkınca|tatile gidince) [ben|da|de|artık] ({euphdo}) $',
        '(düğün*|nikah*|nişan*) ... ({dayname}) (olacak|olcak|yapacağım|yapıcam|bitecek|bitireceğim|halledeceğim) $',
        '{lastchance} [{fill1}] ({dayname}) [sabahı|akşamı|gecesi|günü] $',
        '{roofopen} {fill3} (buldum|biliyorum|var)', '{noguard} {fill2} (biliyorum|buldum|var)',
        '{nobodygoes} ... ({when}|{staythere})',
      ],
    },
    {
      // Passive wishes and hopelessness in new shapes (round f): envying the dead at the funeral, the
      // helmet left off "if something happens, let it", not woken from the anaesthesia, not wanting to
      // see a birthday, the only reason to get up and "without her I'd have given up long ago", not
      // sure to last until the holiday, an off switch of one's own, God taking me "the sooner the
      // better", wishing never to have existed, wanting to cross to the other side.
      id: 'tr.passive-f',
      tier: 'cue',
      patterns: [
        '(cenaze*|mezar*|rahmetli*|vefat*|toprağa*|ölüm haber*|taziye*) ... {envydead}', '{envydead} ... (cenaze*|mezar*|vefat*|toprağa*)',
        '(ölenleri|ölenlere|ölüleri|ölülere|ölmüşleri|ölmüşlere) (kıskanıyorum|kıskandım|imreniyorum|özeniyorum|gıpta ediyorum)',
        '{unsafe} ... {letithappen}', '{letithappen} ... {unsafe}',
        '(bir şey|bir şeyler) (olursa|gelirse) (olsun|gelsin) {fill2} (umrumda değil|umurumda değil|umursamıyorum|umursamam)',
        '(başıma|bana) (bir şey|ne|bir şeyler) (gelirse|olursa) (gelsin|olsun) {fill2} (umrumda değil|umurumda değil|umursamıyorum|umursamam|artık)',
        '(ölürsem|ölsem|ölmüşüm) {fill2} (umrumda değil|umurumda değil|umursamıyorum|hiç umrumda değil)',
        'keşke {fill3} (hiç|bir daha|hiçbir zaman|sonsuza dek) {notwoken}', '(narkoz*|anestezi*|bayıl*|koma*|baygın*|ameliyat*) ... {notwoken}',
        '{futureday}',
        '(yaşına|yaşıma|oluyorum|doğum günüm*|yaş günüm*|yaşımı) ... (o günü|o yaşı|o tarihi|o günleri) [bile] (görmek|görmeyi) [bile] (istemiyorum|istemiyom|istemem)',
        '{onlyreason}',
        '(olmasa|olmasaydı|olmazsa|olmasaydi|olmasın|sayesinde|yüzünden|hatırına) ... {butfor}', '{butfor} ... (olmasa|olmasaydı|olmazsa|sayesinde)',
        '(kalkmamın|yataktan kalkmamın|sabah kalkmamın|uyanmamın|ayakta durmamın) tek (sebebi|nedeni) ... {butfor}',
        '{lastuntil}',
        '{offswitch} ... bir daha [da] (açılmasın|açılmasam|açılmayayım|açmasınlar|açmasam|açılmamak)',
        'keşke {fill3} (kapatma|kapama|kapanma|off|reset|sıfırlama|silme|kapat|durdurma) (tuşum|düğmem|butonum|şalterim)',
        '(kapatma|kapama|kapanma|off|reset|sıfırlama|silme|durdurma) (tuşum|düğmem|butonum|şalterim) (olsa|olsaydı|olsa keşke|olmalı)',
        'keşke {fill2} (kendimi|beni|hayatımı) {fill1} (kapatabilsem|kapatsam|kapatıversem|kapatsalar|silebilsem|silseler|silsem)',
        '{plugwish}',
        '{godtake} {fill3} {godready}', '{godtake} ... (ne kadar erken o kadar iyi|bir an önce|itiraz etmem|itirazım yok)',
        'keşke {fill2} {neverexisted}',
        // (not "öbür tarafa geçmek istiyorum yolun": crossing a road)
        '(öbür|öteki) (tarafa|dünyaya|aleme) (geçmek|geçesim|geçsem|geçmeyi|gitmek|gitmeyi) [artık|gerçekten|cidden] (istiyorum|istiyom|isterdim|var|geliyor) (artık|$)',
        '(artık|cidden|gerçekten|keşke) (öbür|öteki) (tarafa|dünyaya|aleme) (geçmek|geçsem|gitmek|gitsem|göçmek)',
      ],
    },
    {
      // Self-harm said in code (round f): "kollarıma yine 'çizim' yaptım ama kalemle değil".
      id: 'tr.self-harm-code',
      tier: 'act',
      softenedBy: ['urge'],
      patterns: ['{drawnbody} ... {notpen}', '{notpen} ... {drawnbody}'],
    },
    {
      // The urge said through its substitutes (round f): the rubber band and the ice no longer
      // working, the feeling sought again, long sleeves to hide it. A question first.
      id: 'tr.self-harm-code-urge',
      tier: 'cue',
      patterns: [
        '{substitute}', '{copingfails} ... ({wantfeeling}|{substitute}|jilet*|kesmek*|kesmeyi*)', '({wantfeeling}|{substitute}) ... {copingfails}',
        'uzun kol* ... (izler*|izlerim*|yaralar*|yaralarım*|kesik*)', '(izler*|izlerim*|yaralar*|yaralarım*|kesik*) ... uzun kol*',
        '(yine|tekrar|gene) ... uzun kollu (sezonu|mevsimi|dönemi|zamanı) (açıldı|başladı|geri döndü|geldi)',
      ],
    },
  ],

  net: {
    means: [
      'uyku hap*', 'uyku ilac*', 'bütün hapları', 'bütün ilaçları', 'tüm hapları', 'tüm ilaçları', 'hapların hepsi*', 'ilaçların hepsi*', 'kutu kutu ilaç',
      'antidepresanlar*', 'ağrı kesiciler*', 'parolleri', 'xanaxları', 'zehir*', 'fare zehri*', 'tarım ilacı*', 'böcek ilacı*', 'antifriz*', 'kezzap*', 'tuz ruhu*',
      'ipi', 'urgan*', 'ilmik*', 'jilet*', 'ustura*', 'tabanca*', 'silah*', 'tüfe*', 'mermi*', 'fişek*', 'öldürücü doz*', 'ölümcül doz*',
      'köprünün (kenar*|korkuluk*|üst*)', 'çatının (kenar*|ucu*)', 'uçurum*', 'raylar*', 'tren yolu*', 'demiryolu*', 'kaçıncı kat*', 'en yüksek kat*',
      'yeterince yüksek', 'hangi köprü*', 'hangi bina*', 'ihtiyacım olan her şey', 'gereken her şey', 'lazım olan her şey',
    ],
    ready: [
      // (only words that stay quiet beside a time: "bu gece elimde çok iş var", "bu akşam hazır mısın")
      'biriktirdim', 'biriktiriyorum', 'biriktirdiğim', 'stokladım', 'sakladığım', 'sakladığımı', 'yastığın altında', 'yatağın altında', 'avucumda',
      'hepsi burada', 'kutusuyla', 'yerini biliyorum',
      '(bagajda|bagaja|dolabın içinde|çantamda|arabamda|çekmecede|yatağın altında) (duruyor|bekliyor|saklı|sakladım|hazır)',
      '(geçen hafta|geçen ay|günler önce|haftalar önce|çoktan|önceden) (aldım|aldım bile|hazırladım|buldum)',
      '(soru sormasınlar|şüphelenmesinler|kimse anlamasın|kimse şüphelenmesin|dikkat çekmemek için) [diye]', '(birkaç|farklı|ayrı ayrı) eczane*', 'nerede olduğunu biliyorum', 'tepesindeyim', 'korkulukların dışında', 'hepsini yutacağım', 'hepsini içeceğim',
    ],
    soon: [
      'bu gece', 'bu akşam', 'yarın gece', 'gece yarısı', 'sabaha karşı', 'birazdan', 'az sonra', 'şu an', 'şimdi', 'bu hafta sonu', 'cumartesi gecesi',
      'herkes (uyuyunca|uyuduğunda|uyuduktan sonra|yatınca|çıkınca|gidince)', '(annemler|evdekiler|ailem) (uyuyunca|uyuduğunda|çıkınca|gidince|yatınca)',
      'evde kimse yokken', 'vakit geldi', 'zamanı geldi', '(günü|tarihi|saati) (belirledim|seçtim|ayarladım)', 'bu gece için', 'bu akşam için',
    ],
    farewell: [
      'hakkınızı helal edin', 'herkes hakkını helal etsin', 'beni affedin', 'affedin beni', 'her şey için (teşekkür*|teşekkürler|sağ ol*|özür dilerim)',
      'kendinize iyi bakın', 'son mesajım', 'son sözlerim', 'veda mektub*', 'vasiyet*', 'hepinizi (çok)? seviyorum', 'beni unutmayın',
      '({pet}|kedim*|köpeğim*) (iyi bakın|sahip çıkın|göz kulak olun|bakarsınız)', 'emanet ettim', 'emanet ediyorum', 'borçlarımı ödedim', 'şifrelerim*',
      'eşyalarımı (dağıttım|verdim|bağışladım|dağıtın)', 'eşyalarımın (çoğunu|hepsini|yarısını|tamamını) (dağıttım|verdim|bağışladım)',
      '{givepet}', '{letterleft}', '{inadvance}', '{ifanything} {fill3} {papers}', '(seni|sizi) [çok] seviyorum {fill1} (hakkını helal et|beni affet)',
    ],
    beyond: [
      'ben gidince', 'ben gittikten sonra', 'ben öldükten sonra', 'öldüğümde', 'ben ölünce', 'ölümümden sonra', 'benden sonra', 'ben olmayınca', 'ben yokken',
      'artık olmayacağım', 'burada olmayacağım', 'aranızda olmayacağım', 'göremeyeceksiniz', 'cenazem*', 'mezarım*', 'kimseyi suçlamayın', 'kendinizi suçlamayın',
      'arkamdan ağlamayın', 'geri dönmeyeceğim', 'elveda', 'hoşça kalın', 'hoşçakalın', 'öbür tarafta', 'benim kararım', 'kimse uğraşmasın',
    ],
  },

  exclusions: {
    // "ona hiç göndermeyeceğim bir veda mektubu yazdım": the unsent letter to the ex, a therapy exercise.
    'unsent-letter': [
      '(gondermeyecegim|yollamayacagim|gondermedigim|yollamadigim|vermeyecegim|gondermeyecegi) {fill2} veda mektub*',
      'veda mektub* {fill2} (ona|eski sevgilime|eskime|eski sevgilim icin)',
      '(ona|eski sevgilime|eskime) {fill3} veda mektub*',
    ],
    // "arkadaşlarıma yük oluyormuşum gibi, hep ondan bahsediyorum": talking too much about the ex.
    'ex-talk-burden': ['yuk {fill5} (ondan bahsediyorum|ondan bahsedip|ondan bahsetmekten|eski sevgilimden bahsediyorum|onu anlatip|onu anlatmaktan)'],
    // "camdan atlıcam valla ahaha": a joke marked as one by the laugh right after it.
    'laughing-jump': ['(camdan|pencereden|balkondan) {jump} [valla|vallahi|ya|yaa] (ahah*|hah*|hahah*|jsjs*|sjsj*|asdf*|lol|xd*|aksjd*)'],
    // "gülmekten öldüm", "meraktan öleceğim", "açlıktan ölüyorum": dying of something ordinary.
    'die-idiom': [
      '(gülmekten|meraktan|açlıktan|sıkıntıdan|utançtan|sıcaktan|soğuktan|uykusuzluktan|yorgunluktan|heyecandan|stresten|kıskançlıktan|susuzluktan|üzüntüden|korkudan|aşktan|özlemden|merakımdan|can sıkıntısından) {fill1} (öleceğim|ölcem|ölecem|ölüyorum|öldüm|ölmek|ölüyom|ölücem)',
      '(ölesiye|ölümüne|ölmeden önce|ölene kadar|ölünceye kadar|ölüp ölüp diril*)',
      '(ölmek|ölürüm) (var|yok) (dönmek yok|geri dönmek yok)',
      'ölürüm (sana|senin için|uğruna|ona|onun için|ben sana)',
    ],
    // "çiçeklerimi komşuya bıraktım, yurt dışına yerleşiyorum, bir daha dönmeyeceğim": plants left for a move or a trip.
    'plant-moving': [
      '{plants} ... (taşın*|yurt dışı*|yurtdışı*|tatil*|askere|yerleşi*|yerleşiyorum|göç*|tayin*|iş buldum|okumaya|erasmus*|dönene kadar|dönünce|gelene kadar)',
      '(taşın*|yurt dışı*|yurtdışı*|tatil*|askere|yerleşi*|göç*|tayin*|erasmus*) ... {plants}',
    ],
    // "kardeşim gidince odasını boyayacağım, onun yanında yapamam": a chore or a surprise that waits.
    'chore-in-front': ['(ödev*|temizli*|boya*|sürpriz*|hediye*|pasta*|kek*|spor*|egzersiz*|ders çalış*|yoga*|dans*|şarkı*|prova*) {fill6} {notinfront}'],
    // "düğün tarihi belli artık, bir şey değişmezse haziranda": the date of an event.
    'event-date': ['(düğün*|nikah*|nişan*|toplantı*|sınav*|tatil*|taşınma*|maç*|konser*|doğum*|ameliyat*|randevu*|tören*|mezuniyet*|kına*|parti*|uçuş*|teslim*) {fill2} {dateset}'],
    // "maaşa kadar dayanabilir miyim bilmiyorum", "tatile 3 hafta var, o kadar dayanabilir miyim": waiting for a treat.
    'wait-for-treat': ['{treat} ... {lastuntil}', '{lastuntil} ... {treat}', '{treat} (kadar|daha) (dayanabilir miyim|dayanır mıyım|dayanabileceğimi|dayanabileceğimden|çekebilir miyim|katlanabilir miyim)'],
    // "keşke kapatma tuşum olsa da bu düşünceler dursa": stopping the thoughts, to sleep.
    overthinking: ['(kapatma|kapama|off|durdurma|kapat) (tuşum|düğmem|butonum|şalterim) {fill4} (düşünce*|beyin*|beynim*|kafam*|aklım*|kafamın*|beynimin*) (dursa|sussa|kapansa|dinse|dururdu|dursun|sussun)'],
    // "ona onu hâlâ sevdiğimi söyleyin": a message to the ex through friends, not a last word.
    'still-love': ['(hala|halen|hâlâ) [çok|deli gibi] (sevdiğimi|özlediğimi|düşündüğümü)'],
    // "masanın altına girip ölmek istedim resmen": hiding from embarrassment, said of a moment past.
    'hide-and-die': ['(altına|dibine|arkasına|içine|yerin dibine) (girip|girip de|saklanıp|gömülüp|sürünüp) {fill1} (ölmek|ölmeyi|kaybolmak|yok olmak|buharlaşmak) (istedim|isteyip durdum)'],
    // "oyunda yanlışlıkla kendimi öldürdüm": dying in a game.
    game: [
      '(oyunda|oyun|maçta|minecraft*|pubg*|valorant*|lolde|oyunu) {fill3} {kendimi} (öldürdüm|öldürüyorum|öldürdü)',
      '{kendimi} (öldürdüm|öldürüyorum) {fill2} (oyunda|yanlışlıkla|kazara|minecraft*)',
      'yanlışlıkla {kendimi} (öldürdüm|öldürüyorum)',
    ],
    // "askere gidiyorum, herkes hakkını helal etsin": leaving for the army, a pilgrimage, abroad.
    'farewell-trip': [
      '(askere|hacca|umreye|yurt dışına|yurtdışına|gurbete|yola|sefere|askerden) {fill4} (hakkını|hakkınızı) helal',
      '(hakkını|hakkınızı) helal (etsin|edin|et) {fill4} (görüşürüz|dönünce|döneceğim|sonra görüşürüz|izne gelince|dönüşte)',
      '(askere|hacca|umreye|yurt dışına|yurtdışına|gurbete|başka şehre|başka bir şehre|başka ülkeye|okumaya|çalışmaya|tatile|kampa) {fill2} (gidiyorum|gideceğim|gidicem|gidiyoruz)',
      '(taşınıyorum|taşınacağım|taşınıcam|taşınıyoruz)',
    ],
    // "ilaçları saydım, eczanede sayım var": counting stock at work.
    'stock-count': ['(saydım|sayıyorum|dizdim|sıraladım) ... (eczane*|sayım*|stok*|envanter*|raf*|depo*|müşteri*)'],
    // "jileti aldım, tıraş olacağım": a razor for shaving.
    shaving: ['(jilet*|ustura*) ... (tıraş*|traş*|sakal*|ağda*|epilasyon*|kıl*)', '(tıraş*|traş*|sakal*) ... (jilet*|ustura*)'],
    // "ölsem mi kalsam mı", "gülsem mi ağlasam mı": torn between two things.
    'torn': ['(ölsem|gülsem) (mi|mı) (kalsam|ağlasam|ölsem|gülsem) (mi|mı)'],
    // "numaramı değiştirdim, bana ulaşamayacaksınız": a new number, a trip, no signal.
    unreachable: [
      '(ulaşamayacaksınız|ulaşamazsınız|haber alamayacaksınız) ... (numara*|hat*|hesab*|mail*|instagram*|whatsapp*|tatil*|yurt dışı*|kamp*|köy*|çekmiyor|internet*|askere|telefonsuz)',
      '(numara*|hat*|hesab*|tatil*|yurt dışı*|kamp*|köy*|internet*|askere) ... (ulaşamayacaksınız|ulaşamazsınız|haber alamayacaksınız)',
    ],
    // "çalışmaktan kendimi öldürdüm", "kendimi paraladım": trying very hard.
    effort: [
      '(çalışmaktan|ders çalışmaktan|koşmaktan|spor yapmaktan|antrenmandan|uğraşmaktan) {fill1} {kendimi} (öldürdüm|öldürüyorum|paraladım|yırttım|helak ettim)',
      '{kendimi} (öldürürcesine|öldürecek kadar|paralarcasına) (çalış*|uğraş*|koş*|didin*)',
    ],
    // "kariyer intiharı", "intihar saldırısı": not about a person.
    'suicide-idiom': [
      '(kariyer|sosyal|siyasi|politik|ekonomik|ticari|mesleki) intihar*',
      'intihar (saldırı*|bombacı*|komando*|eylemi*|timi*|görevi*|misyonu*|sürüşü*|manga*)',
      '(canlı bomba|intihar bombacısı)',
    ],
    // "bir süre sosyal medyadan kaybolmak": disappearing from an app or for a while.
    'disappear-idiom': [
      '(sosyal medyadan|instagramdan|internetten|twitterdan|ortamdan|şehirden|hayatından|gruptan|whatsapptan) {fill3} (kaybolmak|yok olmak|silinmek|gitmek)',
      '(bir süre|bir süreliğine|birkaç günlüğüne|bir haftalığına|hafta sonu|tatilde) {fill2} (kaybolmak|yok olmak|uzaklaşmak)',
      // "silinmek istiyorum onun hayatından": out of the ex's life, not out of life.
      '(kaybolmak|yok olmak|silinmek|silinip gitmek|gitmek|çıkmak) (istiyorum|istiyom|isterdim) (onun|eski sevgilimin|eskimin|sevgilimin|eski sevgilimin de|kızın|çocuğun) (hayatından|gözünden|kalbinden)',
    ],
    // "sabah uyanmak istemiyorum, çok uykum var": not wanting to get up.
    'sleepy': ['(sabah|erken|okul için|işe) (uyanmak|kalkmak) (istemiyorum|istemiyom) {fill3} (uykum|uykusuz|yorgun|tembel|erken|pazartesi|okul|iş)'],
    // "kendime bir şey yapacağım yemek için": making oneself something.
    'make-something': ['kendime bir (şey|şeyler) (yapacağım|yapıcam|yapcam|yapayım|yaparım) {fill2} (yemek|yiyecek|içecek|kahve|çay|tost|kahvaltı|giymek|almak)'],
    // "dayanamıyorum çok tatlısın": cannot resist (something lovely).
    'cant-resist': ['(dayanamıyorum|dayanamıyom) {fill2} (tatlı*|güzel*|şirin*|cute|aşık|heyecan*|sabırsız*|merak*|gülmek*|sevimli*)'],
    // "her şeyi bitirdim onunla", "ilişkiye son verdim": ending a relationship.
    'end-relationship': [
      '(ilişkiye|ilişkimize|ilişkiyi|ilişkimizi|bu ilişkiye|onunla|aramızdakine|aramızdakini|bu işe) {fill2} (bitirdim|bitirmek|son verdim|son vermek|son vereceğim|bitireceğim|bitiricem)',
      '(her şeyi|her şeye) (bitirdim|son verdim|bitireceğim|son vereceğim|bitirdik) {fill1} (onunla|ondan|aramızda|bizim|ilişkide)',
      '(onunla|ondan|onu) {fill2} (kestim|kestik|bitti|bitirdim)',
    ],
    // "saçımı kestim", "parmağımı kestim", "onu hayatımdan kestim", "güneşte kendimi yaktım".
    'cut-idiom': [
      '(saçımı|saçlarımı|tırnağımı|tırnaklarımı|sakalımı|kaşımı|perçemimi|kahkülümü|ekmeği|soğanı|kağıdı|pastayı|kurdeleyi|internetimi|ilişkimi|bağımı|bağlarımı|onu|onları)  {fill1} (kestim|kesiyorum|kesecegim)',
      '(soğan|domates|ekmek|sebze|yemek|meyve) {fill3} (kestim|kesiyorum|doğrarken|keserken)',
      '(parmağımı|elimi) {fill2} (kestim|yaktım) {fill3} (yemek|soğan|bıçak|kağıt|fırın|ocak|tava|ütü|kazara|yanlışlıkla|mutfak)',
      '(yemek|soğan|domates|ekmek|sebze|meyve) (yaparken|doğrarken|keserken|pişirirken) {fill2} (parmağımı|elimi) (kestim|yaktım)',
      '(güneşte|güneşten|denizde|plajda|ütüyle|fırında|ocakta|çayla|kahveyle) {fill2} ({kendimi}|elimi|kolumu|parmağımı) (yaktım)',
      '{kendimi} (yaktım|kestim) {fill1} (güneşte|denizde|plajda|ütüyle|fırında|yemek yaparken)',
      '{kendimi} (dışarı|sokağa|eve|yatağa|kanepeye|işe|derslere|kitaplara|müziğe|spora) (attım|atıyorum|atacağım|atıcam|atmak)',
      '(dersi|okulu|işi|dersleri|sınıfı|toplantıyı|tabloyu|çamaşırları|posteri|resmi|perdeyi|suratımı|yüzümü) {fill2} (astım|asacağım|asıcam|asmak)',
    ],
    // "otobüse atladım", "sevinçten havaya atladım", "denize atladık" (swimming).
    'jump-idiom': [
      '(sevinçten|heyecandan|havaya|yataktan|yerimden|arabaya|otobüse|metroya|trene|taksiye|duşa|havuza|bir sonrakine) {fill1} (atladım|atlıyorum|atlayacağım|atlıcam|atladık)',
      '(denize|havuza|göle|suya) (atladık|atladım|atlayalım|atlayacağız|girdik) {fill3} (yüzdük|serin|sıcak|tatil|yaz|çok güzel|eğlenceli|arkadaşlarla)',
      '(balkondan|pencereden|camdan|köprüden) {fill2} (manzara*|izliyorum|seyrediyorum|el salladım|denizi|deniz*|gün batımı*|şehri|yıldızları|sokağı|insanları)',
    ],
    // "ipi bağladım, çamaşırları astım", "salıncağın ipini bağladım": a rope for laundry, a swing, a tent.
    'rope-chore': [
      '(ip|ipi|ipini|ipleri|urganı|halatı) ... (kamp*|atlama*|tırmanış*|çamaşır*|perde*|salıncağ*|salıncak*|hamak*|çadır*|tekne*|kayığ*|bavul*|paket*|koli*|bayrak*|fener*|ampul*|ayakkabı*|bot*|kayış*)',
      '(kamp*|atlama ipi*|tırmanış*|çamaşır*|salıncağ*|salıncak*|hamak*|çadır*|tekne*|kayığ*|bavul*|koli*|bayrak*|ayakkabı*) ... (ip|ipi|ipini|ipleri|urganı|halatı)',
    ],
    // "köprüdeyim trafik çok": on a bridge on the way somewhere.
    commute: [
      '(köprüdeyim|köprüdeyiz|köprüden geçiyorum|köprüdeyim şu an) {fill3} (trafik|yoğun|geliyorum|geleceğim|varıyorum|dakika|araba|otobüs|metrobüs|taksi|geç kalacağım)',
      '(köprüdeyim|köprüdeyiz|köprüden geçiyorum) ... (trafik*|geç (kalacağım|kalıcam|kaldım|kalıyorum)|yoldayım|varıyorum|geliyorum|dakikaya)',
    ],
    // "kendime bir şey yapmam lazım": making oneself something. "şimdiden özür dilerim, uzun oldu": a long message.
    'need-to-make': ['kendime (bir|bi) (şey|şeyler) yapmam (lazım|gerek|gerekiyor|şart)'],
    'sorry-long': ['(şimdiden|peşinen) (özür dilerim|kusura bakmayın|kusura bakma) {fill3} (uzun*|yazım*|imla*|rahatsız*|geç*|dağınık*|saçma*|soru*|mesaj*)'],
    // "eşyalarımı bağışladım, borçlarımı ödedim, yeni şehre taşınıyorum": clearing out for a move.
    'moving-out': [
      '({giveaway}|{settled}|kimseye borcum) ... (taşın*|yeni şehre|yeni eve|yurt dışına|yurtdışına|göç*|tayin*|yeni bir hayat*|ev değiştir*)',
      '(taşın*|yeni şehre|yeni eve|yurt dışına|yurtdışına|göç*|tayin*) ... ({giveaway}|{settled}|kimseye borcum)',
    ],
    // "zamanlanmış mesaj kurdum, yarın müşterilere gidecek, toplantıdayım": messages scheduled for work or a trip.
    'scheduled-work': ['(zamanlanmış|planlı|ileri tarihli|zamanlı) ... (toplantı*|müşteri*|ofis*|kampanya*|duyuru*|reklam*|bülten*|uçak*|uçuş*|tatil*|doğum günü*|kutlama*|hatırlatma*)'],
    // "kuşumu komşuya verdim, taşınıyorum": a pet rehomed for a move, an allergy, a baby.
    rehoming: [
      '{anypet} ... (taşın*|alerji*|ev sahibi*|yurt dışı*|yurtdışı*|yeni evde|askere|bebek*|hamile*|izin vermiyor|iş yoğunluğu*)',
      '(taşın*|alerji*|ev sahibi*|yurt dışı*|yurtdışı*|askere|bebek*|hamile*|iş yoğunluğu*) ... {anypet}',
    ],
    // "banyodayım kapıyı kilitledim, her şey hazır, köpük banyosu yapacağım": a bath, a shower, a quiet hour.
    'bath-time': ['{lockedin} ... (köpük*|banyo yap*|duş*|mum*|maske*|müzik*|kitap*|spa*|rahatla*|makyaj*|saç*|tıraş*)'],
    // "annemler yokken sürpriz pastayı yapacağım, kimse fark etmez": a surprise or a chore while the others are out.
    'while-away-chore': [
      '(sürpriz*|parti*|hediye*|pasta*|kek*|kutlama*|doğum günü*|yemek*|temizlik*|ödev*|alışveriş*|oyun*|dizi*|film*) ... {othersaway}',
      '{othersaway} ... (sürpriz*|parti*|hediye*|pasta*|kek*|kutlama*|doğum günü*|yemek*|temizlik*|ödev*|oyun*|dizi*|film*)',
    ],
    // "kediyi tatil boyunca ablama verdim": a pet left with someone for a while.
    'pet-sitting': ['{givepet} ... (hafta sonu|tatil*|birkaç gün*|bir haftalığına|geçici*|dönene kadar|dönünce|gelene kadar|yarına kadar)', '(hafta sonu|tatil*|birkaç gün*|bir haftalığına|geçici*) {fill4} {givepet}'],
    // "hakkını helal et" said when leaving a job, "son günüm" at work.
    'farewell-idiom': [
      '(işteki|işte|okuldaki|okulda|stajdaki|stajda|burada|buradaki|şirketteki|tatildeki|tatilin) son (günüm|gecem|haftam)',
      '(son mesajı|son mesajım) (ona|ondan|sana|ona attığım|ondan gelen)',
      'elveda (yaz|tatil|okul|diyet|para|maaş|hafta sonu)',
    ],
  },

  negations: ['asla', 'hiçbir zaman', 'katiyen', 'hayır', 'yok artık'],
  wideNegations: ['öyle değil', 'değil ki', 'sanma', 'sanmayın', 'demek değil', 'anlamına gelmez', 'diye bir şey yok'],
  notNegations: ['(hiç|hiçbir) (umudum|umut|kimse|kimsem|anlamı|şey|bir şey)', 'yok (artık|ya|yaa)', 'değil mi'],
  clauseWords: ['ve', 'ama', 'fakat', 'ancak', 'çünkü', 'ki', 'yoksa', 'sonra', 'lan', 'hani', 'ya', 'veya', 'yani', 'gerçi', 'oysa', 'halbuki', 'sadece', 'lol', 'jsjsjs'],
  subjects: ['ben', 'sen', 'o', 'biz', 'siz', 'onlar'],
  urges: ['(istiyorum|istiyom|isteği|isteğim|dürtüsü|dürtüm|içimden|canım çekiyor|aklımdan geçiyor)'],
  reassurances: [
    '(merak etme|merak etmeyin|endişelenme|endişelenmeyin|korkma|korkmayın|telaşlanma|panik yapma)',
    '(kendime|canıma) bir (şey|şeyler) (yapmayacağım|yapmam|yapmıycam|yapmıyacağım)',
    '(yapmayacağım|yapmam|yapmıycam) (öyle bir şey|bunu|merak etme)',
    '(güvendeyim|güvendeyim merak etme)',
  ],

  shorthand: {
    // emoji for means, spelt as English words by normalisation (🔪 → knife, 🩸 → blood)
    knife: 'bıçak', blood: 'kan',
    istiyom: 'istiyorum', istiyorm: 'istiyorum', istyorum: 'istiyorum', istiyoruum: 'istiyorum', istemiyom: 'istemiyorum',
    // vowels dropped, as typed in a hurry
    istyrm: 'istiyorum', istiyrm: 'istiyorum', istyrum: 'istiyorum', istiorum: 'istiyorum', isterm: 'isterim', istmiyrm: 'istemiyorum',
    istemiyrm: 'istemiyorum', istemyrm: 'istemiyorum', istmiyorum: 'istemiyorum', istmiyom: 'istemiyorum', olmk: 'ölmek', ölmk: 'ölmek', oldrcm: 'öldürcem', oldrcem: 'öldürcem', öldrcm: 'öldürcem',
    yasamk: 'yaşamak', yşmk: 'yaşamak', ysmk: 'yaşamak', kndm: 'kendim', kndime: 'kendime',
    istemiyorm: 'istemiyorum', dusunuyom: 'düşünüyorum', dusunuyorm: 'düşünüyorum', kendmi: 'kendimi', kndmi: 'kendimi', kendimii: 'kendimi',
    kndimi: 'kendimi', artk: 'artık', bi: 'bir', bişey: 'bir şey', birşey: 'bir şey', hersey: 'her şey', herşey: 'her şey',
    herşeye: 'her şeye', herseye: 'her şeye', hicbirsey: 'hiçbir şey', hiçbirşey: 'hiçbir şey', hicbir: 'hiçbir', yaşamk: 'yaşamak',
    bn: 'ben', sn: 'sen', slm: 'selam', tmm: 'tamam', nbr: 'ne haber', olcem: 'öleceğim', olucem: 'öleceğim', olecem: 'öleceğim', intiar: 'intihar', inthar: 'intihar', intihr: 'intihar',
    intıhar: 'intihar', hoşçakalın: 'hoşça kalın', hoscakalin: 'hoşça kalın', hoşçakal: 'hoşça kal', hoscakal: 'hoşça kal',
    'self harm': 'sh', selfharm: 'sh', 'unalive edicem': 'unalive edeceğim',
    // consonants only, as typed in a hurry: "kndme kiycm cmrts aksm, krr vrdm"
    kndme: 'kendime', kiycm: 'kıycam', kıycm: 'kıycam', kycm: 'kıycam', cmrts: 'cumartesi', aksm: 'akşam', 'krr vrdm': 'karar verdim', olcak: 'olacak', olcek: 'olacak',
    odurcem: 'öldürcem', oldurcm: 'öldürcem', öldürcm: 'öldürcem', edicm: 'edicem',
  },

  crisisWords: [
    'intihar', 'intihara', 'intiharı', 'kendimi', 'öldürmek', 'öldüreceğim', 'öldürcem', 'ölmek', 'jilet', 'kendime', 'zarar',
    'canıma', 'kıyacağım', 'elveda', 'yaşamak', 'istemiyorum', 'istiyorum', 'hap', 'ilaç', 'öbür', 'öteki',
  ],
  repairs: ['intihar', 'intihara', 'intiharı', 'öldüreceğim', 'öldürmek', 'öldürmeyi', 'istiyorum', 'istemiyorum', 'düşünüyorum', 'kıyacağım'],
  notTypos: ['intiharı', 'intihardan', 'öldürmeye', 'öldürme', 'öldürdüm', 'isteyorum', 'istiyordum', 'istemiyordum', 'düşünüyordum', 'düşünmüyorum', 'kendini', 'kendine'],
  glueWords: ['ben', 'kendimi', 'etmek', 'istiyorum', 'edecegim', 'öldürmek', 'çok', 'artık', 'bu', 'gece', 'ölmek', 'yaşamak', 'istemiyorum', 'canıma', 'kıycam', 'kıyacağım', 'kıyacam', 'tarafa', 'dünyaya'],
};
