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
