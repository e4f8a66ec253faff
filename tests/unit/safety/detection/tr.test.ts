/**
 * Turkish: examples written for these tests (not copied from the corpus), per class, with and
 * without ı ş ğ ç ö ü, in the colloquial forms people type ("-cem", "istiyom").
 */
import { describe, expect, it } from 'vitest';
import { detectCrisis, explainCrisis } from '../../../../src/safety/detection/index.ts';
import { all, expectTiers } from './tiers.ts';

describe('tr: intent said outright is an act', () => {
  expectTiers(
    all('act', [
      'kendimi öldüreceğim',
      'kendimi oldurcem artik',
      'kendimi öldürmek istiyorum',
      'kendimi öldürmeyi düşünüyorum',
      'intihar etmek istiyorum',
      'intihar edicem',
      'intihar etmeyi planlıyorum',
      'intihar düşüncelerim var',
      'intihara meyilliyim',
      'canıma kıyacağım',
      'canıma kıymak istiyorum',
      'hayatıma son vereceğim',
      'hayatima son vermek istiyorum',
      'kendimi asacağım',
      'olmek istiyorum artik',
      'bu gece öleceğim',
    ]),
  );

  it('names the family and language that decided', () => {
    expect(detectCrisis('kendimi öldüreceğim')).toMatchObject({ tier: 'act', family: 'tr.intent', language: 'tr' });
  });
});

describe('tr: passive wishes, burden and hopelessness are cues', () => {
  expectTiers(
    all('cue', [
      'yaşamak istemiyorum',
      'artik yasamak istemiyom',
      'yaşamanın bir anlamı yok',
      'yaşamaktan bıktım',
      'hayattan bezdim',
      'keşke hiç doğmasaydım',
      'keske olsem',
      'ölsem de kurtulsam',
      'uyuyup bir daha uyanmasam',
      'bir daha uyanmak istemiyorum',
      'yok olmak istiyorum',
      'Allah canımı alsın',
      'herkes bensiz daha mutlu olur',
      'herkese yük oluyorum',
      'ben olmasam herkes daha rahat eder',
      'ölsem kimse fark etmez',
      'artık dayanamıyorum',
      'devam edemiyorum',
      'hiçbir umudum kalmadı',
      'çıkış yolu göremiyorum',
      'yaşamak için hiçbir sebebim yok',
    ]),
  );
});

describe('tr: goodbyes are acts', () => {
  expectTiers(
    all('act', [
      'herkese elveda',
      'elveda dünya',
      'hakkınızı helal edin',
      'bu benim son mesajım',
      'bunu okuduğunda ben çoktan gitmiş olacağım',
      'bunu okuyorsan artık yokum',
      'anneme onu çok sevdiğimi söyleyin',
      'kedime iyi bakın',
      'eşyalarımı dağıttım',
      'veda mektubumu yazdım',
      'beni aramayın',
      'kendinizi suçlamayın',
      'öbür tarafta görüşürüz',
    ]),
  );
});

describe('tr: self-harm done is an act, urges are cues', () => {
  expectTiers([
    ['kendimi yine kestim', 'act'],
    ['kolumu jiletle kestim', 'act'],
    ['bileklerimi kestim', 'act'],
    ['yine jilet attım', 'act'],
    ['kendime zarar verdim', 'act'],
    ['kendime zarar veriyorum', 'act'],
    ['sigarayla kolumu yaktım', 'act'],
    ['3 aydır temizdim, dün bozdum', 'act'],
    ['yine sh yaptım', 'act'],
    ['kendimi kesmek istiyorum', 'cue'],
    ['kendime zarar vermek istiyorum', 'cue'],
    ['jilet atma isteği çok güçlü', 'cue'],
  ]);
});

describe('tr: plans, means and acts under way are acts', () => {
  expectTiers(
    all('act', [
      'bütün ilaçları içtim',
      'bir kutu hap yuttum',
      'ilaçları biriktiriyorum',
      'aşırı doz aldım',
      'ip aldım',
      'köprüden atlayacağım',
      'kendimi camdan atacağım',
      'trenin önüne atlayacağım',
      'çatıdayım, aşağı bakıyorum',
      'kaç tane içersem ölürüm',
      'fare zehiri içtim',
      'çamaşır suyu içeceğim',
      'bu gece yapacağım, kararımı verdim',
    ]),
  );
});

describe('tr: obfuscated and shortened forms', () => {
  expectTiers([
    ['1nt1har', 'cue'],
    ['i n t i h a r', 'cue'],
    ['intihr etmek istiyom', 'act'],
    ['kendmi oldurcem', 'act'],
    ['kms', 'act'],
    ['kendimi unalive edicem', 'act'],
  ]);
});

describe('tr: negated act phrases are cues, never acts', () => {
  expectTiers(
    all('cue', [
      'kendimi öldürmeyeceğim, merak etme',
      'intihar etmem ama çok yorgunum',
      'kendimi öldürmek istemiyorum sadece boşluktayım',
      'asla intihar etmem',
      'intihara meyilli değilim',
      'kendime bir şey yapmayacağım',
      'canıma kıymam merak etme',
    ]),
  );
});

describe('tr: idioms, hyperbole, lyrics and everyday uses stay quiet', () => {
  expectTiers(
    all('none', [
      'gülmekten öldüm',
      'açlıktan ölüyorum',
      'meraktan öleceğim',
      'sıkıntıdan öleceğim bu derste',
      'oldum olası sevmem',
      'olum naber',
      'annem beni öldürecek',
      'bu ayrılık beni öldürüyor',
      'çalışmaktan kendimi öldürdüm',
      'kendimi paraladım ama olmadı',
      'onu hayatımdan kestim',
      'saçımı kestim',
      'soğan doğrarken parmağımı kestim',
      'dersi astım',
      'tabloyu duvara astım',
      'otobüse atladım',
      'sevinçten havaya atladım',
      'köprüdeyim trafik çok',
      'kendimi dışarı attım',
      'canım sıkılıyor',
      'canım benim',
      'telefonum öldü',
      'ölesiye seviyorum',
      'ölmeden önce Paris görmem lazım',
      'hoşça kal',
      'işteki son günüm',
      'her şeyi bitirdim onunla',
      'kariyer intiharı olur bu',
      'intihar saldırısı haberlerde',
      'sabah uyanmak istemiyorum çok uykum var',
      'sosyal medyadan bir süre kaybolmak istiyorum',
      'çok ağladım, onu özlüyorum',
      'dayanamıyorum çok tatlısın',
    ]),
  );
});

describe('tr: an idiom cancels only what it overlaps', () => {
  expectTiers([
    ['gülmekten öldüm ama aslında kendimi öldürmek istiyorum', 'act'],
    ['onu hayatımdan kestim ve dün kendimi kestim', 'act'],
  ]);

  it('keeps "olmak" (to be) apart from "ölmek" (to die)', () => {
    expect(explainCrisis('ne olacağım bilmiyorum, mutlu olmak istiyorum').tier).toBe('none');
  });
});

describe('tr: more phrasings, written after the first rules (each class, and ordinary lines that must stay quiet)', () => {
  expectTiers([
    ["artık yaşamak istemiyorum, bu gece her şeyi bitireceğim", 'act'],
    ["kendimi öldürsem mi diye düşünüyorum", 'act'],
    ["intihar etsem mi acaba", 'act'],
    ["bu gece intihar edeceğim", 'act'],
    ["kendimi bitirmek istiyorum", 'act'],
    ["yaşamıma son vermeyi düşünüyorum", 'act'],
    ["hayatıma son vermeye karar verdim", 'act'],
    ["kendimi asmak istiyorum", 'act'],
    ["bileklerimi kesmeyi düşünüyorum", 'act'],
    ["tüm ilaçlarımı içtim", 'act'],
    ["elimdeki bütün hapları yuttum", 'act'],
    ["40 tane parol içtim", 'act'],
    ["bir şişe uyku ilacı içtim", 'act'],
    ["köprüden atlamayı düşünüyorum", 'act'],
    ["kendimi köprüden aşağı bırakacağım", 'act'],
    ["ip ve sandalye hazır", 'act'],
    ["intihar mektubumu yazdım", 'act'],
    ["bu mesajı okuduğunuzda ben ölmüş olacağım", 'act'],
    ["hepinize elveda, beni unutmayın", 'act'],
    ["yine kestim kendimi", 'act'],
    ["jiletle kollarımı kestim", 'act'],
    ["dün gece yine jiletledim kollarımı", 'act'],
    ["öldürücü dozu araştırdım", 'act'],
    ["kaç hap içersem ölürüm", 'act'],
    ["intihara teşebbüs ettim geçen hafta", 'act'],
    ["2 kutu antidepresan içtim", 'act'],
    ["ölmek istiyorum cidden", 'act'],
    ["yaşamak istemiyorum artık", 'cue'],
    ["keşke ölsem", 'cue'],
    ["ölmek istiyorum bazen ama cesaretim yok", 'cue'],
    ["hayatın hiçbir anlamı kalmadı", 'cue'],
    ["herkes bensiz daha iyi olurdu", 'cue'],
    ["kimse özlemez beni", 'cue'],
    ["ben ölsem kimse fark etmez", 'cue'],
    ["kendimi kesmek istiyorum yine", 'cue'],
    ["kendime zarar verme isteği geldi", 'cue'],
    ["artık dayanamıyorum", 'cue'],
    ["yaşamaktan yoruldum", 'cue'],
    ["keşke bir daha uyanmasam", 'cue'],
    ["hiç doğmamış olmayı isterdim", 'cue'],
    ["intihar etmeyeceğim ama çok kötüyüm", 'cue'],
    ["kendimi öldürmeyi düşünmüyorum ama yaşamak da istemiyorum", 'cue'],
    ["yok olup gitmek istiyorum", 'cue'],
    ["ölüyorum yorgunluktan", 'none'],
    ["öldüm bittim", 'none'],
    ["onu öldüreceğim valla", 'none'],
    ["vakit öldürüyorum", 'none'],
    ["kendimi çok yordum bu hafta", 'none'],
    ["kendimi toparlamam lazım", 'none'],
    ["kendimi şımarttım yeni ayakkabı aldım", 'none'],
    ["kendimi eve kapattım bütün gün", 'none'],
    ["kendimi kaybettim dün gece dansta", 'none'],
    ["saçlarımı kestirdim", 'none'],
    ["pastayı kestim", 'none'],
    ["kendime yeni bir hayat kuracağım", 'none'],
    ["ilaçlarımı içtim, yattım", 'none'],
    ["doktor yeni ilaç yazdı", 'none'],
    ["hapı yuttuk dedik güldük", 'none'],
    ["köprüden geçtim, manzara harika", 'none'],
    ["çatıda kahve içiyoruz", 'none'],
    ["balkondan atladı kedi", 'none'],
    ["ip atlamak iyi spor", 'none'],
    ["bu gece partiye gideceğim", 'none'],
    ["bu gece yapacağım ödevi", 'none'],
    ["elveda yaz tatili", 'none'],
    ["son mesajımı attım ona, artık yazmayacağım", 'none'],
    ["hayatıma yeni biri girdi", 'none'],
    ["her şeyi bitirdim onunla, rahatladım", 'none'],
    ["ölmeden önce görülecek yerler listesi yaptım", 'none'],
    ["sıkıntıdan ölüyorum", 'none'],
    ["bu ayrılık beni bitirdi", 'none'],
    ["canıma okudu bu sınav", 'none'],
    ["canım sıkkın biraz", 'none'],
    ["olum ne yapıyorsun", 'none'],
    ["ölümüne seviyorum", 'none'],
  ]);
});

describe('tr: more phrasings, second round', () => {
  expectTiers([
    ["ölmek istiyom artık", 'act'],
    ["kendimi öldürcem bu gece", 'act'],
    ["öldürcem kendimi", 'act'],
    ["intiharı düşünüyom sürekli", 'act'],
    ["canıma kıycam artık dayanamıyorum", 'act'],
    ["kendimi yok etmek istiyorum", 'act'],
    ["balkondan aşağı bakıyorum, atlasam mı diye", 'act'],
    ["atlasam mı acaba 10. kattan", 'act'],
    ["ilaç kutusunun hepsini içtim", 'act'],
    ["annemin ilaçlarını içtim hepsini", 'act'],
    ["elimdeki bütün antidepresanları yuttum", 'act'],
    ["haplar yavaş yavaş etki ediyor", 'act'],
    ["ipi tavana bağladım", 'act'],
    ["intihar planım hazır", 'act'],
    ["yarın sabah olmayacağım", 'act'],
    ["bu gece son gecem", 'act'],
    ["kendimi raylara bırakacağım", 'act'],
    ["jilet aldım bu gece kullanacağım", 'act'],
    ["dün yine jilet attım kollarıma", 'act'],
    ["kollarımı jiletle kestim yine", 'act'],
    ["kendime zarar verdim dün gece", 'act'],
    ["2 aydır temizdim ama dün gece yine kestim", 'act'],
    ["hepinize hakkınızı helal edin", 'act'],
    ["ailem için bir mektup bıraktım, beni affedin", 'act'],
    ["bunu okuyorsanız ben artık hayatta değilim", 'act'],
    ["öbür dünyada görüşürüz", 'act'],
    ["intihar etmeye kalkıştım", 'act'],
    ["kendimi öldürmeye karar verdim", 'act'],
    ["ölmeye karar verdim", 'act'],
    ["bu hayata son vereceğim", 'act'],
    ["nasıl intihar edebilirim", 'act'],
    ["en acısız ölüm yöntemi ne", 'act'],
    ["artık ölmek istiyorum yaşamak istemiyorum", 'act'],
    ["kndmi oldurcm", 'act'],
    ["int1har edicem", 'act'],
    ["yaşamak istemiyom artık", 'cue'],
    ["her şeyden bıktım, yaşamak istemiyorum", 'cue'],
    ["bu dünyada fazlalık gibiyim", 'cue'],
    ["herkese yük oluyorum sanki", 'cue'],
    ["kimsenin umurunda değilim, ölsem kimse fark etmez", 'cue'],
    ["derin bir uykuya dalıp uyanmamak istiyorum", 'cue'],
    ["keşke hiç doğmasaydım", 'cue'],
    ["keşke ölsem de kurtulsam", 'cue'],
    ["ölüm düşüncesi aklımdan çıkmıyor", 'cue'],
    ["artık her şey bitsin istiyorum", 'cue'],
    ["yaşamanın bir anlamı kalmadı", 'cue'],
    ["devam edecek gücüm kalmadı", 'cue'],
    ["kendimi kesmeyi çok istiyorum", 'cue'],
    ["kendime zarar vermek istiyorum yine", 'cue'],
    ["intihar etmeyi düşünmüyorum ama ölmek istiyorum bazen", 'cue'],
    ["kendimi öldürmem merak etme, sadece çok yorgunum", 'cue'],
    ["jilet atmıyorum artık ama istek çok", 'cue'],
    ["canım çok sıkılıyor", 'none'],
    ["canıma tak etti", 'none'],
    ["canım yandı", 'none'],
    ["öldüm gülmekten", 'none'],
    ["ölüyorum sıcaktan", 'none'],
    ["ölürüm senin için", 'none'],
    ["ölmeden önce yapılacaklar listem", 'none'],
    ["ölü gibi uyudum", 'none'],
    ["olum yeter ya", 'none'],
    ["oldum bittim kafayı yedim", 'none'],
    ["kendimi toparlamaya çalışıyorum", 'none'],
    ["kendimi eve kapattım", 'none'],
    ["kendimi kaptırdım", 'none'],
    ["kendimi affettim", 'none'],
    ["kendime iyi bakıyorum", 'none'],
    ["kendime zaman ayırıyorum", 'none'],
    ["saçımı kısa kestim", 'none'],
    ["onunla bağlarımı kestim", 'none'],
    ["sesini kes artık", 'none'],
    ["yemek yaparken elimi yaktım", 'none'],
    ["güneşte yandım", 'none'],
    ["atla gel", 'none'],
    ["otobüse atlayıp geldim", 'none'],
    ["dersi atladım", 'none'],
    ["köprüden geçerken onu düşündüm", 'none'],
    ["ip atladık çocuklarla", 'none'],
    ["ilaçlarımı içtim yatıyorum", 'none'],
    ["doktor antidepresan verdi", 'none'],
    ["baş ağrısı için iki hap içtim", 'none'],
    ["elveda yaz tatili", 'none'],
    ["hoşça kal sevgilim dedim ve çıktım", 'none'],
    ["son mesajımı da attım ona", 'none'],
    ["bu gece yapacağım çok iş var", 'none'],
    ["yarın her şey bitecek sınavlar", 'none'],
    ["bu hayata ne kadar alışkın değilim", 'none'],
    ["bu ayrılık beni bitirdi", 'none'],
    ["beni öldürecek bu sınav", 'none'],
    ["öldürme beni ya", 'none'],
    ["hepsini bitirdim dizinin", 'none'],
  ]);
});

describe('tr: wanting to die is a wish (a cue); decided, timed or said in earnest it is intent (an act)', () => {
  expectTiers([
    ["ölmek istiyorum", 'cue'],
    ["tek istediğim ölmek", 'cue'],
    ["ölmek istiyorum, cidden", 'act'],
    ["gerçekten ölmek istiyorum", 'act'],
    ["ölmeye karar verdim", 'act'],
    ["ölmek istiyorum artık", 'act'],
    ["bazen ölmek istiyorum", 'cue'],
  ]);
});

describe('tr: third round (euphemisms, word orders, goodbyes to many vs. to one)', () => {
  expectTiers([
    ["sigarayı koluma bastırdım yine", 'act'],
    ["gebermek istiyorum", 'cue'],
    ["ölüp gitmek istiyorum artık yeter", 'cue'],
    ["ilaç içip öleceğim", 'act'],
    ["kendimi keseceğim bu gece", 'act'],
    ["herkese veda ediyorum", 'act'],
    ["hepinize son kez yazıyorum", 'act'],
    ["ona veda ettim havaalanında", 'none'],
    ["ona son kez yazıyorum", 'none'],
  ]);
});

describe('tr: round 4 (new situations, registers and spellings, written before the rules)', () => {
  expectTiers([
    // goodbyes and arrangements without "elveda"
    ["kedimi ablama emanet ettim, benden sonra ona o bakar", 'act'],
    ["herkese her şey için teşekkür ederim, kendinize iyi bakın", 'act'],
    ["anneme onu çok sevdiğimi söyleyin", 'act'],
    ["hakkını helal et anne, beni affet", 'act'],
    ["bu dünyadan göçüp gidiyorum, kimseyi suçlamayın", 'act'],
    ["telefonumun şifresi 1234, fotoğrafları annem alsın", 'act'],
    ["borçlarımı ödedim, kimseye borcum kalmadı, artık rahat gidebilirim", 'act'],
    ["mektubu yastığımın altına koydum, sabah bulursunuz", 'act'],
    ["yarından sonra beni göremeyeceksiniz", 'act'],
    // plans by place, time and means
    ["yarın sabah işe gitmeden köprüye gidip atlayacağım", 'act'],
    ["köprüye geldim, aşağısı çok karanlık", 'act'],
    ["annemin tansiyon haplarını biriktiriyorum, yeterince oldu", 'act'],
    ["eczaneden iki kutu uyku ilacı aldım bu akşam için", 'act'],
    ["babamın av tüfeği dolapta, fişekleri de buldum", 'act'],
    ["banyoda ipi tavana bağladım", 'act'],
    ["raylarda oturuyorum, treni bekliyorum", 'act'],
    ["herkes uyuyunca hepsini içeceğim", 'act'],
    ["cumartesi gecesi için her şeyi hazırladım, ip de hazır", 'act'],
    ["arabayla son sürat bariyerlere dalacağım", 'act'],
    ["denize yürüyüp bir daha geri dönmeyeceğim", 'act'],
    // acts in progress or done
    ["40 tane parol yuttum, midem bulanıyor", 'act'],
    ["ilaçları içtim, uykum geliyor, sizi seviyorum", 'act'],
    ["bileğimden kan akıyor durmuyor", 'act'],
    ["az önce çamaşır suyu içtim", 'act'],
    // passive wishes
    ["sabah gözlerimi hiç açmamak istiyorum", 'cue'],
    ["keşke bir kaza geçirsem de her şey bitse", 'cue'],
    ["bir hastalığa yakalanıp ölsem diye dua ediyorum", 'cue'],
    ["herkesin başına bela oldum, bensiz daha iyiler", 'cue'],
    ["var olmaktan yoruldum", 'cue'],
    ["keşke hiç olmasam, nefes almak bile zor geliyor", 'cue'],
    ["kalbim dursa da kurtulsam", 'cue'],
    ["allah canımı alsa keşke", 'cue'],
    // self-harm urges and relapse
    ["yine jilet çekesim var", 'cue'],
    ["6 aydır temizdim ama dün gece yine jilet çektim", 'act'],
    ["kollarımı yine kestim, kimse görmesin diye uzun kollu giyiyorum", 'act'],
    ["kendimi cezalandırmak için kolumu yakıyorum", 'act'],
    // euphemisms and chat spellings
    ["kndmi oldrcm bu gece", 'act'],
    ["ölmek istiyom ya cidden", 'act'],
    ["bu dünyadan gidesim var", 'cue'],
    ["i n t i h a r edicem", 'act'],
    // negation
    ["kendimi öldürmeyeceğim merak etme, sadece çok yorgunum", 'cue'],
    ["intihar etmeyi düşünmüyorum ama yaşamak da istemiyorum", 'cue'],
    ["hayır kendime zarar vermem, sadece boşluktayım", 'cue'],
    // ordinary lines with the same words
    ["köprüden geçerken manzaraya bayıldım", 'none'],
    ["bu gece bütün diziyi bitireceğim", 'none'],
    ["ilaçlarımı eczaneden aldım, grip oldum", 'none'],
    ["babamla ava gittik, tüfeği temizledik", 'none'],
    ["saçlarımı kestim, yeni bir başlangıç", 'none'],
    ["eski sevgilime son mesajımı attım, bitti artık", 'none'],
    ["gülmekten öldüm ya", 'none'],
    ["kedimi ablama bıraktım, tatile gidiyorum", 'none'],
    ["sınavdan sonra kendimi yatağa atacağım", 'none'],
    ["balkonda oturup çay içiyorum", 'none'],
    ["yarın sabah erkenden köprüye gidip fotoğraf çekeceğim", 'none'],
    ["telefonum öldü, şarj aleti de yok", 'none'],
    ["doğum günüm için herkese teşekkür ederim", 'none'],
    ["bu iş beni öldürecek", 'none'],
    ["raylar boyunca yürüdük, çok güzel bir yürüyüş oldu", 'none'],
    ["ipi bağladım, çamaşırları astım", 'none'],
    ["uyku hapı almadan uyuyamıyorum bu aralar", 'none'],
  ]);
});

describe('tr: round 4, second probe (own lines written after the first rules of this round: more goodbyes, places, stockpiles, chat spellings)', () => {
  expectTiers([
    // crisis
    ["her şey için sağ olun, beni affedin", 'act'],
    ["köpeğime benden sonra sahip çıkın lütfen", 'act'],
    ["bu hayattan çekip gidiyorum artık", 'act'],
    ["bilgisayarım ve oyunlarım kardeşim alsın", 'act'],
    ["kredi kartımı kapattım, her şeyi yoluna koydum, gitmeye hazırım", 'act'],
    ["uçuruma geldim, aşağıya bakıyorum", 'act'],
    ["tren yoluna yattım", 'act'],
    ["göle girip geri çıkmayacağım", 'act'],
    ["tam gaz tıra dalıcam", 'act'],
    ["keşke kansere yakalansam da ölsem", 'cue'],
    ["nefesim kesilse de kurtulsam", 'cue'],
    ["herkes uyuduğunda bütün hapları yutacağım", 'act'],
    ["hapları yuttum, gözlerim kararıyor", 'act'],
    ["babamın tabancasını buldum, mermileri de", 'act'],
    ["yine jilet çektim kollarıma", 'act'],
    ["hepinizi çok seviyorum, kendinize iyi bakın", 'act'],
    ["ailemin başına bela oldum, bensiz daha mutlu olurlar", 'cue'],
    // crisis
    ["son kez söylüyorum, sizi çok seviyorum, beni unutmayın", 'act'],
    ["bu son gecem, yarın olmayacağım", 'act'],
    ["bundan sonra bana ulaşamayacaksınız", 'act'],
    ["gidiyorum, arkamdan ağlamayın", 'act'],
    ["annemlere iyi bakın benim yerime", 'act'],
    ["kimse üzülmesin, bu benim kararım", 'act'],
    ["herkesten özür dilerim, hakkınızı helal edin", 'act'],
    ["yarın akşam saat 10da köprüdeyim, son kez", 'act'],
    ["balkon demirine çıktım", 'act'],
    ["jileti aldım banyodayım", 'cue'],
    ["bütün haplarımı önüme dizdim", 'act'],
    ["ilaç kutularını masaya boşalttım, sayıyorum", 'act'],
    ["kendimi bitircem", 'act'],
    ["kendimi bitirmek istiyorum", 'act'],
    ["yaşamayı bırakmak istiyorum", 'cue'],
    ["öbür dünyaya gitmek istiyorum", 'cue'],
    ["gözümü kapayıp bir daha açmamak", 'cue'],
    ["kndmi asıcam", 'act'],
    ["intiharı düşünmüyorum desem yalan olur", 'act'],
    ["int1har edecem", 'act'],
    ["k3ndimi öldürcem", 'act'],
    ["ölsem mi acaba", 'cue'],
    ["hayatıma son vermeyi düşünmüyorum ama bazen aklımdan geçiyor", 'cue'],
    ["kendimi kesmeyi bıraktım ama dün yine kestim", 'act'],
    // ordinary
    ["herkese her şey için teşekkür ederim, harika bir doğum günüydü", 'none'],
    ["hoşça kalın arkadaşlar, yarın görüşürüz", 'none'],
    ["kedimi komşuya emanet ettim, bayramda memlekete gidiyorum", 'none'],
    ["benden sonra kim gelirse ona da iyi bakın bu şirkette", 'none'],
    ["eski kitaplarımı kütüphaneye verin diye annemle konuştuk", 'none'],
    ["eşyalarımı kolilere koydum, yarın taşınıyorum", 'none'],
    ["telefonumun şifresini unuttum", 'none'],
    ["borçlarımı ödedim sonunda, artık rahatım", 'none'],
    ["kredi kartı borcumu kapattım, rahat bir nefes aldım", 'none'],
    ["çatıya çıktım, aşağısı çok güzel görünüyor", 'none'],
    ["köprüye geldim, trafik berbat", 'none'],
    ["raylarda çalışan işçiler gördüm", 'none'],
    ["denize girip yüzdük, geri dönmek istemedim", 'none'],
    ["arabayla duvara çarptım, tampon gitti", 'none'],
    ["keşke bir kaza geçirmesen diye dua ediyorum", 'none'],
    ["allah korusun kaza geçirsem kimse yok yanımda", 'none'],
    ["kalbim duracak sandım heyecandan", 'none'],
    ["beni bir daha göremeyeceksin, engelledim seni", 'none'],
    ["herkes uyuyunca bütün çikolataları yiyeceğim", 'none'],
    ["ilacımı içtim, midem bulanıyor biraz", 'none'],
    ["bu gece elimde çok iş var", 'none'],
    ["silahımı temizledim, yarın av var", 'none'],
    ["jilet gibi keskin bir zeka", 'none'],
    ["herkes yatınca dizi izleyeceğim", 'none'],
    ["mektubu masaya bıraktım, postaya verirsin", 'none'],
    ["gözlerimi açmadan kahve istiyorum", 'none'],
    ["bu dünyadan bir sen geçtin", 'none'],
    ["ben yokken kedime bakar mısın", 'none'],
    // ordinary
    ["askere gidiyorum, arkamdan üzülmeyin", 'none'],
    ["yurt dışına gidiyorum, benim için üzülmeyin, bu benim kararım", 'none'],
    ["pencere kenarına oturdum kitap okuyorum", 'none'],
    ["balkon demirine çamaşır astım", 'none'],
    ["çatının kenarına güneş paneli koyduk", 'none'],
    ["bütün vitaminlerimi önüme dizdim, sabah içeceğim", 'none'],
    ["bütün ilaçları saydım, eczanede sayım var", 'none'],
    ["jileti aldım banyodayım tıraş olacağım", 'none'],
    ["öbür tarafa geçmek istiyorum yolun, karşıya", 'none'],
    ["ölsem mi kalsam mı bilmiyorum bu sınavda", 'none'],
    ["yaşamayı bırakmak yok, mücadele edeceğiz", 'none'],
    ["bundan sonra bana ulaşamayacaksınız, numaramı değiştirdim", 'none'],
    ["gözlerimi kapatıp dinliyorum bu şarkıyı", 'none'],
    ["rahmetli dedemin yanına mezarlığa gittik bugün", 'none'],
    ["benim yerime annemi öpün, bayramda gelemiyorum", 'none'],
    ["sigarayı bırakmayı denedim ama dün yine yaktım", 'none'],
  ]);
});

describe('tr: round 5 (arrangements without the word, suffix denials that still speak of it, plans shown by what is around them)', () => {
  expectTiers([
    // goodbyes and arrangements: a pet given away for good, a letter to be found, things given away, papers "if anything happens"
    ['köpeğimi kuzenime verdim, onlarla daha mutlu yaşar', 'act'],
    ['kuşumu komşuya sahiplendirdim, benden daha iyi bakar', 'act'],
    ['yastığın altına bir not koydum, zamanı gelince bulursunuz', 'act'],
    ['kıyafetlerimin hepsini bağışladım, bi tek mektubu yazmam kaldı', 'act'],
    ['baba bana bir şey olursa tapu ve evraklar çekmecede. hakkını helal et', 'act'],
    ['şimdiden herkesten özür dilerim. her şey için sağ olun', 'act'],
    // denials with the suffix negation, the thought still there
    ['kendimi atmıcam merak etme ama köprüden geçerken hep aklıma geliyor', 'cue'],
    ['kendime bi şey yapmıcam, söz veriyorum', 'cue'],
    ['ben olmasaydım kimse farkına varmazdı bile', 'cue'],
    // passive wishes
    ['tanrım al canımı ne olur', 'cue'],
    ['ruhumu al artık allahım', 'cue'],
    ['bi kaza geçirsem de bu iş kendiliğinden sona erse keşke', 'cue'],
    ['bıçağı tutasım var, kendimi zor tutuyorum', 'cue'],
    // plans
    ['intihar kafamdan çıkmıyor', 'act'],
    ['çatının kenarındayım. kimse cevap vermiyor', 'act'],
    ['geçen sefer midemi yıkadılar. bu kez garantili', 'act'],
    ['urganı aldım bile, dolapta saklı', 'act'],
    ['hapları ayrı ayrı aldım kimse şüphelenmesin diye', 'act'],
    ['balkonun korkuluğuna oturdum, bacaklarım boşlukta', 'act'],
    // ordinary lines worded close to them
    ['kendime bir şey yapmam lazım, acıktım', 'none'],
    ['kediyi ablama verdim tatile gidiyoruz, onunla daha mutlu olur', 'none'],
    ['köpeği komşuya bıraktım hafta sonu, maması kumu hepsiyle', 'none'],
    ['yarın tatile gidiyorum anne, bi şey olursa belgeler mavi dosyada. seni çok seviyorum', 'none'],
    ['ipi aldım, bagajda duruyor, kamp için', 'none'],
    ['geçen sefer son dakikada kurtardılar maçı, bu sefer her şeyi düşündüm taktik olarak', 'none'],
    ['anneme doğum günü için mektup bıraktım, annem bulur sabah', 'none'],
    ['köprüdeyim, kimse açmıyor telefonu, geç kalacağım', 'none'],
    ['her şey için teşekkür ederim, şimdiden kusura bakmayın uzun yazdım', 'none'],
    ['eczaneden ilaç aldım annem için, birkaç eczane gezdim yoktu', 'none'],
    ['ayaklarım dışarıda uyudum sıcaktan', 'none'],
    ['keşke her şey bitse de tatile çıksak', 'none'],
    ['mektubu bitirmem lazım, yarın teslim', 'none'],
  ]);
});

describe('tr: round e (care for those left, plans shown by their setting, wishes and self-harm said by their result)', () => {
  expectTiers([
    ['köpeğimi maması ve tasmasıyla kuzenime verdim, artık o bakar', 'act'],
    ['kedimi oyuncaklarıyla komşunun kızına götürdüm, ben ilgilenemeyeceğim artık', 'act'],
    ['bütün şifrelerimi deftere yazdım, kim bulursa kullansın', 'act'],
    ['tapuyu ve sigorta evraklarını bir zarfa koydum, kardeşim uğraşmasın', 'act'],
    ['eşyalarımı bağışladım, borçlarımı da ödedim', 'act'],
    ['annemler düğündeyken yapacağım, kimse anlamaz', 'act'],
    ['çatı katında oda tuttum, dönüş biletimi almadım', 'act'],
    ['tuvalete kilitlendim, her şey hazır', 'act'],
    ['demin yuttum. uzanıp bekliyorum', 'act'],
    ['parmaklığın öbür tarafına geçtim', 'act'],
    ['kafamı duvara vurdum, acısı rahatlattı', 'act'],
    ['serim bozuldu, 30 gün temizdim', 'act'],
    ['hayattan log out yapıcam bu gece', 'act'],
    ['keşke bi kaza olsa da ben ölsem', 'cue'],
    ['daha ne kadar yaşarım bu hayatta', 'cue'],
    ['bileğimdeki izlere bakıp yine istiyorum', 'cue'],
    ['otobanda üstüme gelen kamyonlara bakıp dalıyorum', 'cue'],
    ['bana kanser teşhisi konsa tedavi olmam', 'cue'],
    // ordinary lines worded close to them
    ['kuşumu komşuya verdim, bundan sonra o bakar, ben taşınıyorum', 'none'],
    ['annemler yokken pastayı yapacağım, kimse fark etmez', 'none'],
    ['banyodayım kapıyı kilitledim, her şey hazır, köpük banyosu yapacağım', 'none'],
    ['eşyalarımı bağışladım, borçlarımı da ödedim, yeni şehre taşınıyorum', 'none'],
    ['az önce yaptım. şimdi yatıp bekliyorum sonucu', 'none'],
    ['zamanlanmış mesaj kurdum, yarın sabah müşterilere gidecek, toplantıdayım cevap veremem', 'none'],
    ['bariyerin öbür tarafına geçtim, otobüs durağı orada', 'none'],
    ['ağrı kesici aldım, acısı iyi geldi', 'none'],
    ['silinmek istiyorum onun hayatından', 'none'],
    ['5 yıl sonra kendini nerde görüyorsun dedi, orda olmayacağım çünkü istifa edeceğim', 'none'],
  ]);
});

describe('tr: passwords written down are housekeeping, passwords handed on are an arrangement', () => {
  expectTiers([
    ['tüm şifrelerimi bir deftere yazdım', 'none'],
    ['bütün şifrelerimi deftere yazdım, unutmayayım diye', 'none'],
    ['bütün şifrelerimi sana bıraktım', 'act'],
  ]);
});
