/**
 * French (France, Québec, Belgium): examples per class, written for these tests (not copied
 * from the corpus), as people really type them: no accents, dropped "ne", "jvais", "chu",
 * "pu" for "plus", Québec "j'vas", "ma blonde", "chu pu capable".
 */
import { describe, expect, it } from 'vitest';
import { detectCrisis, explainCrisis } from '../../../../src/safety/detection/index.ts';
import { all, expectTiers } from './tiers.ts';

describe('fr: intent stated outright (act)', () => {
  expectTiers(
    all('act', [
      'je veux me tuer',
      "j'ai envie de me suicider depuis qu'il est parti",
      'jvais me tuer ce soir',
      'je pense à me suicider',
      'je pense serieusement a me suicider',
      'je suis suicidaire',
      "j'ai des pensées suicidaires tout le temps",
      'je vais mettre fin à mes jours',
      'je veux en finir',
      "j'ai décidé d'en finir une bonne fois pour toutes",
      "je vais me foutre en l'air",
      "je veux m'enlever la vie depuis que ma blonde m'a laissé",
      "chu tanné, j'vas me tuer",
      'je vais me pendre',
      'jvais me flinguer',
      "j'ai envie de me jeter sous un train",
      'je veux mourir',
      'je pense au suicide tous les jours',
      'je veux plus vivre, je vais me tuer',
    ]),
  );
});

describe('fr: passive wishes, burden, hopelessness (cue)', () => {
  expectTiers(
    all('cue', [
      "j'ai envie de mourir",
      "j'ai le goût de mourir", // Québec
      "j'aimerais m'endormir et ne jamais me réveiller",
      'je voudrais juste disparaître pour toujours',
      "j'aimerais être morte",
      "j'aurais préféré ne jamais naître",
      'je suis un fardeau pour tout le monde',
      'ils seraient tous mieux sans moi',
      'personne me regretterait si je partais',
      "je vois plus l'intérêt de vivre",
      'à quoi bon vivre',
      "j'en peux plus de vivre",
      "j'ai plus aucune raison de vivre",
      'je suis fatiguée de vivre',
      'la vie a plus aucun sens',
      'je veux pu vivre', // Québec "pu" = plus
      "si je mourais demain ça changerait rien pour personne",
      "je n'ai plus la force de continuer",
    ]),
  );
});

describe('fr: goodbye and final messages (act)', () => {
  expectTiers(
    all('act', [
      'adieu à tous',
      'ceci est mon dernier message',
      'quand vous lirez ce message je serai plus là',
      'prenez soin de mon chat quand je serai plus là',
      "dites à maman que je l'aime et que c'est pas sa faute",
      "j'ai écrit ma lettre d'adieu",
      "vous entendrez plus jamais parler de moi",
      "j'ai donné toutes mes affaires, j'en aurai plus besoin",
      'merci pour tout. adieu',
    ]),
  );
});

describe('fr: self-harm done (act) and urges (cue)', () => {
  expectTiers([
    ['je me suis coupée hier soir', 'act'],
    ['je me suis encore scarifié', 'act'],
    ['je me scarifie depuis la rupture', 'act'],
    ["j'ai recommencé à me scarifier", 'act'],
    ['rechute. je me suis coupé les bras', 'act'],
    ["je me suis brûlé avec une cigarette exprès", 'act'],
    ['je me mutile encore', 'act'],
    ["je me suis ouvert les bras avec une lame", 'act'],
    ["j'ai envie de me scarifier", 'cue'],
    ["j'ai envie de me couper ce soir", 'cue'],
    ["j'ai trop envie de me faire du mal", 'cue'],
    ['je veux me faire mal', 'cue'],
  ]);
});

describe('fr: plans, means, acts under way (act)', () => {
  expectTiers(
    all('act', [
      "j'ai acheté une corde",
      "j'ai avalé toutes mes pilules",
      "j'ai pris toute la boîte de doliprane",
      'je suis sur le pont là, je vais sauter',
      'je suis au bord du toit',
      "j'ai fait une TS l'année dernière et j'y repense",
      'combien de cachets faut il pour mourir',
      "j'ai mis de côté mes somnifères",
      "je me suis ouvert les veines",
      'je vais sauter du pont ce soir',
      "j'ai fait une overdose",
    ]),
  );
});

describe('fr: obfuscated, slang, typos', () => {
  expectTiers([
    ["j'ai envie de me s*icider", 'act'],
    ['je veux me su1c1der', 'act'],
    ['jvais me t*er', 'act'],
    ['je pense au s u i c i d e', 'act'],
    ['je veux me sucider', 'act'],
    ["envie de m'unalive", 'act'],
    ['jveu mourir', 'act'],
    ["j'ai envi de mour1r", 'cue'],
    ['jvais me foutr en lair', 'act'],
  ]);
});

describe('fr: negated act phrases are cues, never nothing', () => {
  expectTiers(
    all('cue', [
      "je vais pas me tuer t'inquiète",
      'je ne vais pas me suicider, je suis juste triste',
      'je suis pas suicidaire, juste vidée',
      'je me ferai jamais de mal',
      "j'ai jamais pensé au suicide",
      "je veux pas me tuer mais j'aimerais ne pas me réveiller",
    ]),
  );
  it('marks the match as negated', () => {
    const { matches } = explainCrisis('je vais pas me tuer');
    expect(matches.some((m) => m.language === 'fr' && m.tier === 'cue')).toBe(true);
    expect(matches.some((m) => m.tier === 'act')).toBe(false);
  });
});

describe('fr: idioms, lyrics, hyperbole, breakup talk, everyday words stay quiet', () => {
  expectTiers(
    all('none', [
      // idioms
      'je meurs de faim',
      "je meurs d'envie de le revoir",
      "mort de rire, t'as vu sa tête",
      'ça me tue ce genre de mecs',
      'ma mère va me tuer si je rentre tard',
      "je tue le temps en attendant le bus",
      "j'ai coupé les ponts avec lui",
      "je me suis coupé les cheveux, nouvelle vie",
      "je me suis coupée en coupant des oignons",
      "j'ai sauté sur l'occasion",
      'je me jette à l’eau, je lui écris',
      "je me suis brûlée avec le four",
      'je suis morte de fatigue',
      'je suis crevée ce soir',
      'je me tue au travail pour oublier',
      "je me tue à lui dire qu'il faut passer à autre chose",
      "j'en ai fini avec lui",
      'je veux en finir avec cette histoire',
      "il est temps de mettre fin à cette relation toxique",
      'adieu les vacances, le boss me rappelle',
      // lyrics
      "je l'aime à mourir",
      "laisse-moi devenir l'ombre de ton ombre",
      "mourir sur scène, c'est ça qu'elle voulait",
      // hyperbole
      'je vais mourir de honte',
      "si je le croise avec elle je meurs",
      "j'ai cru mourir quand je les ai vus ensemble",
      'jpp de ce taf',
      "je suis morte lol",
      // breakup talk
      "j'ai pleuré toute la nuit",
      'il me manque tellement que ça fait mal',
      "j'ai le cœur brisé, je sais pas quoi faire",
      "c'est fini entre nous, il m'a quittée",
      "je l'ai bloqué partout",
      // everyday
      'mon portable est mort',
      "j'ai acheté des cordes pour ma guitare",
      'le médecin m’a prescrit des cachets pour dormir',
      'on a pris le pont pour rentrer',
      'je prends la pilule depuis des années',
      'saut en parachute ce week end !',
    ]),
  );
});

describe('fr: an idiom cancels only what it overlaps', () => {
  expectTiers([
    ["je meurs de faim mais surtout j'ai envie de me tuer", 'act'],
    ["je lui ai coupé la parole et maintenant j'ai envie de me couper", 'cue'],
    ['ma mère va me tuer. de toute façon je vais me tuer', 'act'],
  ]);
  it('answers in French', () => {
    expect(detectCrisis('je veux me tuer')).toMatchObject({ tier: 'act', language: 'fr' });
  });
});
