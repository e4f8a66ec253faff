/**
 * Arabic: examples written for these tests (not copied from the corpus), per class: Modern
 * Standard, Egyptian, Levantine and Gulf, with attached prefixes (و ف ب ل س ح ه) and suffixes,
 * and Arabizi (Latin letters with 3 7 2 5).
 */
import { describe, expect, it } from 'vitest';
import { detectCrisis } from '../../../../src/safety/detection/index.ts';
import { all, expectTiers } from './tiers.ts';

describe('ar: intent said outright is an act', () => {
  expectTiers(
    all('act', [
      'أريد أن أنتحر',
      'سأنتحر الليلة',
      'عايز انتحر',
      'هنتحر خلاص',
      'بدي انتحر',
      'رح اقتل حالي',
      'ابي انتحر',
      'ابغى اموت',
      'بفكر في الانتحار',
      'أفكر بالانتحار كل يوم',
      'عندي أفكار انتحارية',
      'سأقتل نفسي',
      'هقتل نفسي والله',
      'سأنهي حياتي',
      'قررت أن أضع حداً لحياتي',
      'عايزة اموت',
      'بدي موت',
      'نفسي اموت',
      'حاولت انتحر امبارح',
      'وهنتحر',
    ]),
  );

  it('names the family and language that decided', () => {
    expect(detectCrisis('أريد أن أنتحر')).toMatchObject({ tier: 'act', family: 'ar.intent', language: 'ar' });
  });
});

describe('ar: passive wishes, burden and hopelessness are cues', () => {
  expectTiers(
    all('cue', [
      'لا أريد أن أعيش',
      'مش عايز اعيش',
      'ما بدي عيش بعد',
      'تعبت من الحياة',
      'زهقت من حياتي',
      'مليت من العيشة',
      'يا ريتني ما اتولدت',
      'ليتني مت',
      'نفسي انام وما اصحاش',
      'أتمنى أن أنام ولا أستيقظ',
      'الموت أرحم',
      'حياتي ملهاش لازمة',
      'لا معنى لحياتي',
      'أنا عبء على الجميع',
      'الكل هيرتاح من غيري',
      'الجميع سيكونون أفضل بدوني',
      'محدش هيفتقدني',
      'ما عدت أحتمل',
      'مش قادر أكمل',
      'لا أمل',
    ]),
  );
});

describe('ar: goodbyes are acts', () => {
  expectTiers(
    all('act', [
      'وداعاً للجميع',
      'وداعا يا دنيا',
      'هذه رسالتي الأخيرة',
      'دي اخر رسالة مني',
      'عندما تقرأ هذه الرسالة سأكون قد رحلت',
      'لما تقرا الكلام ده هكون مت',
      'سامحوني على كل شي',
      'قولوا لامي اني بحبها',
      'اهتموا بقطتي',
      'وزعت حاجاتي على صحابي',
      'كتبت رسالة وداع',
      'ادعولي بالرحمة',
      'لا تلوموا أنفسكم',
    ]),
  );
});

describe('ar: self-harm done is an act, urges are cues', () => {
  expectTiers([
    ['جرحت نفسي تاني', 'act'],
    ['بجرح نفسي كل يوم', 'act'],
    ['اذيت نفسي امبارح', 'act'],
    ['شرحت ايدي بالموس', 'act'],
    ['قطعت ايدي بشفرة', 'act'],
    ['حرقت ايدي بالسيجارة', 'act'],
    ['رجعت أجرح نفسي', 'act'],
    ['بدي اجرح حالي', 'cue'],
    ['عايز أأذي نفسي', 'cue'],
    ['عندي رغبة في إيذاء نفسي', 'cue'],
  ]);
});

describe('ar: plans, means and acts under way are acts', () => {
  expectTiers(
    all('act', [
      'بلعت كل الحبوب',
      'اخدت علبة برشام كاملة',
      'شربت كل الدوا اللي عندي',
      'أخذت جرعة زائدة',
      'شربت كلور',
      'اشتريت حبل',
      'شريت حبل',
      'أنا واقف على السطح',
      'انا على الكوبري وهنط',
      'هرمي نفسي من البلكونة',
      'رح ارمي حالي من الشباك',
      'هرمي نفسي قدام القطر',
      'سأشنق نفسي',
      'هقطع شراييني',
      'بجمع في الحبوب من شهر',
    ]),
  );
});

describe('ar: Arabizi and obfuscated forms', () => {
  expectTiers([
    ['3ayez amoot', 'act'],
    ['ana 3ayza ante7er', 'act'],
    ['bade mout', 'act'],
    ['bdi 2otol 7ali', 'act'],
    ['ha2tol nafsi', 'act'],
    ['abi amoot', 'act'],
    ['mesh 3ayez a3eesh', 'cue'],
    ['t3ebt mn el 7aya', 'cue'],
    ['enti7ar', 'cue'],
    ['ا ن ت ح ا ر', 'cue'],
    ['انتحااار', 'cue'],
  ]);
});

describe('ar: negated act phrases are cues, never acts', () => {
  expectTiers(
    all('cue', [
      'مش هنتحر متقلقش',
      'ما رح انتحر بس تعبان',
      'لن أنتحر',
      'عمري ما هقتل نفسي',
      'مستحيل انتحر بس نفسي اختفي',
      'مو ناوي انتحر',
    ]),
  );
});

describe('ar: idioms, hyperbole, lyrics and everyday uses stay quiet', () => {
  expectTiers(
    all('none', [
      'بموت فيك',
      'اموت فيه',
      'هموت من الضحك',
      'هموت من الجوع',
      'ميت من التعب',
      'اموت واعرف هو بيكلم مين',
      'حلو موت',
      'الامتحان ده هيموتني',
      'امي هتقتلني',
      'قتلت نفسي في الشغل النهارده',
      'قتلني بكلامه',
      'تفجير انتحاري في الاخبار',
      'مهمة انتحارية',
      'موبايلي مات',
      'البطارية ماتت',
      'قطعت علاقتي بيه',
      'قطعت البصل وجرحت صباعي',
      'وداعا يا صيف',
      'اخر رسالة بعتهاله كانت امبارح',
      'زهقت من الشغل',
      'مليت من الانتظار',
      'تعبت من المذاكرة',
      'مفيش فايدة منه',
      'بعيط طول الليل عليه',
      'اخدت حبوب الصداع',
      'رايح السطح اقعد شوية',
      'قلبي مات من زمان',
      'ha2tolo law shofto',
      'bamoot fik',
    ]),
  );
});

describe('ar: an idiom cancels only what it overlaps', () => {
  expectTiers([
    ['بموت فيه بس بجد عايز انتحر', 'act'],
    ['هموت من الضحك وبعدين نفسي اموت بجد', 'act'],
  ]);
});
