/**
 * German (Germany, Austria, Switzerland): examples per class, written for these tests (not
 * copied from the corpus), as people really type them: lower case, "ae/oe/ue" for umlauts,
 * "hab", "nen", "nich", "ned", Austrian/Bavarian "i" and "mi", Swiss "nüm" and "läbe".
 */
import { describe, expect, it } from 'vitest';
import { detectCrisis, explainCrisis } from '../../../../src/safety/detection/index.ts';
import { all, expectTiers } from './tiers.ts';

describe('de: intent stated outright (act)', () => {
  expectTiers(
    all('act', [
      'ich will mich umbringen',
      'ich bring mich um',
      'ich werd mich heute nacht umbringen',
      'ich denke darüber nach, mir das Leben zu nehmen',
      'ich denke an Selbstmord',
      'ich bin suizidal',
      'ich hab wieder Suizidgedanken',
      'ich will meinem Leben ein Ende setzen',
      'ich mach heute Schluss mit allem',
      'ich werde mich erhängen',
      'ich häng mich auf',
      'ich will mich vor den Zug werfen',
      'ich will mich erschiessen',
      'ich will mich töten',
      'i bring mi um', // Bavarian / Austrian
      'ich wott mich umbringe', // Swiss German
      'ich will mich umbrigen', // typo
    ]),
  );
});

describe('de: passive wishes, burden, hopelessness (cue)', () => {
  expectTiers(
    all('cue', [
      'ich will nicht mehr leben',
      'ich will sterben',
      'ich wünschte, ich wäre tot',
      'ich wuenschte ich waere tot',
      'ich möchte einschlafen und nie wieder aufwachen',
      'am liebsten würde ich für immer verschwinden',
      'alle wären besser dran ohne mich',
      'ich bin nur eine Last für alle',
      'niemand würde mich vermissen',
      'mein Leben hat keinen Sinn mehr',
      'ich sehe keinen Sinn mehr zu leben',
      'ich bin so lebensmüde',
      'wozu noch leben',
      'ich wär lieber tot',
      'ich wäre besser nie geboren worden',
      'es wäre besser, wenn es mich nicht gäbe',
      'ich will einfach nicht mehr',
      'i mog nimma leben', // Bavarian / Austrian
      'ich wott nüme läbe', // Swiss German
    ]),
  );
});

describe('de: goodbye and final messages (act)', () => {
  expectTiers(
    all('act', [
      'das ist mein Abschiedsbrief',
      'wenn ihr das lest, bin ich nicht mehr da',
      'lebt wohl, ihr alle',
      'sagt meiner Mama, dass ich sie liebe und es nicht ihre Schuld ist',
      'kümmert euch um meine Katze, wenn ich weg bin',
      'ich hab meine Sachen verschenkt, ich brauch sie eh nicht mehr',
      'das ist das letzte Mal, dass ihr von mir hört',
      'ich hab Abschiedsbriefe geschrieben',
    ]),
  );
});

describe('de: self-harm done (act) and urges (cue)', () => {
  expectTiers([
    ['ich hab mich wieder geritzt', 'act'],
    ['ich ritze mich seit der trennung', 'act'],
    ['hab mir gestern die Arme aufgeschnitten', 'act'],
    ['ich habe mich mit der Zigarette verbrannt, absichtlich', 'act'],
    ['rückfall. 4 monate clean und jetzt wieder geritzt', 'act'],
    ['ich hab mich heute wieder selbst verletzt', 'act'],
    ['ich hab so einen Drang, mich zu ritzen', 'cue'],
    ['ich will mich ritzen', 'cue'],
    ['ich möchte mir wehtun', 'cue'],
    ['der Suchtdruck ist heute so stark', 'cue'],
  ]);
});

describe('de: plans, means, acts under way (act)', () => {
  expectTiers(
    all('act', [
      'ich hab mir ein Seil gekauft',
      'ich habe Tabletten gesammelt',
      'ich hab die ganze Packung Tabletten genommen',
      'ich stehe auf der Brücke',
      'ich sitze auf dem Dach und will springen',
      'heute nacht mach ich es',
      'wie viele Tabletten braucht man um zu sterben',
      'ich hab ne Überdosis genommen',
      'ich spring von der Brücke',
    ]),
  );
});

describe('de: obfuscated, slang, typos', () => {
  expectTiers([
    ['ich will mich umbr1ngen', 'act'],
    ['ich denke an s*lbstmord', 'act'],
    ['ich denke an s e l b s t m o r d', 'act'],
    ['s e l b s t m o r d', 'cue'],
    ['ich will mich umbrngen', 'act'],
    ['ich will nich mehr leben', 'cue'],
    ['ich will st3rben', 'cue'],
  ]);
});

describe('de: negated act phrases are cues, never nothing', () => {
  expectTiers(
    all('cue', [
      'ich werde mich nicht umbringen, keine Sorge',
      'ich bin nicht suizidal, nur traurig',
      'ich würde mir nie was antun',
      'ich will mich nicht umbringen, aber ich will auch nicht mehr so leben',
      'keine Angst, ich bring mich nicht um',
    ]),
  );
  it('marks the match as negated', () => {
    const { matches } = explainCrisis('ich werde mich nicht umbringen');
    expect(matches.some((m) => m.language === 'de' && m.tier === 'cue')).toBe(true);
    expect(matches.some((m) => m.tier === 'act')).toBe(false);
  });
});

describe('de: idioms, lyrics, hyperbole, breakup talk, everyday words stay quiet', () => {
  expectTiers(
    all('none', [
      // idioms
      'ich sterbe vor Hunger',
      'ich lach mich tot',
      'das war zum Totlachen',
      'meine Mutter bringt mich um, wenn sie das sieht',
      'wir schlagen die Zeit tot',
      'ich hab den Kontakt abgebrochen',
      'ich hab mir die Haare schneiden lassen',
      'ich spring mal ins kalte Wasser und schreib ihm',
      'ich bin todmüde',
      'sterbenslangweilig hier',
      'ich langweile mich zu Tode',
      'sie hat Schluss gemacht',
      'ich hab mit ihm Schluss gemacht',
      'politischer Selbstmord',
      'ich häng mich nicht an solchen Kleinigkeiten auf',
      // lyrics
      'atemlos durch die Nacht',
      'ohne dich kann ich nicht sein',
      // hyperbole
      'der Liebeskummer bringt mich um',
      'ich sterbe vor Scham, ich hab ihm betrunken geschrieben',
      'wenn er mich mit ihr sieht, sterb ich',
      'mein Chef bringt mich noch um',
      // breakup talk
      'ich hab die ganze Nacht geweint',
      'ich vermisse ihn so sehr',
      'mir gehts beschissen seit der Trennung',
      'ich kann nicht mehr schlafen',
      'ich hab seine Nummer gelöscht',
      // everyday
      'mein Handy ist tot',
      'ich hab mir beim Kochen in den Finger geschnitten',
      'ich nehme meine Tabletten jeden Morgen',
      'wir sind über die Brücke gefahren',
      'ich springe morgen Fallschirm',
      'der Zug hatte wieder Verspätung',
    ]),
  );
});

describe('de: an idiom cancels only what it overlaps', () => {
  expectTiers([
    ['ich lach mich tot, aber eigentlich will ich mich umbringen', 'act'],
    ['ich hab mit ihm Schluss gemacht und jetzt will ich mich ritzen', 'cue'],
  ]);
  it('answers in German', () => {
    expect(detectCrisis('ich will mich umbringen')).toMatchObject({ tier: 'act', language: 'de' });
  });
});

describe('de: more phrasings (written after the first rules, to check they generalise)', () => {
  expectTiers([
    ['heute nacht bring ich mich um', 'act'],
    ['ich schneid mir heute die pulsadern auf', 'act'],
    ['ich will mir die pulsadern aufschneiden', 'act'],
    ['ich will mich von der brücke stürzen', 'act'],
    ['ich geh jetzt zur brücke und spring', 'act'],
    ['wenn du das hier liest, ist es zu spät', 'act'],
    ['i wüll mi umbringa', 'act'], // Austrian
    ['i hob ma a seil kauft', 'act'], // Bavarian
    ['hab mich wieder geschnitten, diesmal tiefer', 'act'],
    ['ich verletz mich seit wochen selbst', 'act'],
    ['ich hab mein testament geschrieben und meine katze abgegeben', 'act'],
    ['ich hab schon alles vorbereitet, heute nacht ist es so weit', 'act'],
    ['ohne mich wären alle besser dran', 'cue'],
    ['manchmal wünschte ich, ich würde einfach nicht mehr aufwachen', 'cue'],
    ['hoffentlich wach ich morgen nicht auf', 'cue'],
    ['wieso sollte ich überhaupt noch leben', 'cue'],
    ['ich halte dieses leben nicht mehr aus', 'cue'],
    ['es wäre allen egal wenn ich sterbe', 'cue'],
    ['ich sehne mich nach dem tod', 'cue'],
    ['ich hab gedanken, mich zu verletzen', 'cue'],
    ['ich bin auf der brücke, bin gleich da', 'none'],
    ['ich hab ihm gesagt es ist aus, tschüss für immer', 'none'],
    ['ich will es mit ihm beenden', 'none'],
    ['ich bin total am ende mit meinen nerven', 'none'],
    ['ich bin bereit zu sterben für meine kinder lol', 'none'],
    ['es wär mir egal, wenn ich morgen weg wär auf reisen', 'none'],
    ['ich hab die tabletten hier, soll ich dir eine geben', 'none'],
    ['heute nacht ist es so weit, die party steigt', 'none'],
    ['wir sehen uns auf der anderen seite der stadt', 'none'],
    ['ich will dich nicht mehr', 'none'],
  ]);
  it('does not read English "suicidal" as German "suizidal"', () => {
    const german = explainCrisis("im not suicidal, just sad").matches.filter((m) => m.language === 'de');
    expect(german).toEqual([]);
  });
});

describe('de: arrangements for after, euphemisms, emoji', () => {
  expectTiers([
    ['mein hund soll zu meinem bruder, der weiss bescheid', 'act'],
    ['das passwort vom laptop liegt in der schublade', 'act'],
    ['sucht mich nicht', 'act'],
    ['ich will mich vom leben abmelden', 'act'],
    ['wieder 🩸 am arm', 'act'],
    ['💊 alle genommen', 'act'],
    ['wäre mir recht, wenn mich ein laster überfährt', 'cue'],
    ['ich bin es leid zu leben', 'cue'],
    ['am liebsten würd ich mich in luft auflösen, für immer', 'cue'],
    ['am liebsten würd ich mich in luft auflösen, so peinlich', 'none'],
    ['es ist aus, tschüss für immer', 'none'],
  ]);
});

describe('de: texting shapes and dialect', () => {
  expectTiers([
    ['ich will mich u-m-b-r-i-n-g-e-n', 'act'],
    ['selbstm0rd ist die einzige lösung', 'act'],
    ['i wott mi hüt znacht umbringe', 'act'], // Swiss German
    ['ich werde heute sterben, ich hab alles vorbereitet', 'act'],
    ['i mag nimmer', 'cue'], // Austrian
    ['ich hab nicht vor mich umzubringen', 'cue'],
    ['oida i sterb gleich vor lachen', 'none'],
    ['des bringt mi um, so lustig', 'none'],
    ['i hob koa lust mehr auf de arbeit', 'none'],
  ]);
});
