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

describe('fr: more phrasings (written after the first rules, to check they generalise)', () => {
  expectTiers([
    ["je vais me jeter du 8e étage", 'act'],
    ["j'ai vidé la boîte de xanax", 'act'],
    ["j'ai commencé à prendre les cachets un par un", 'act'],
    ["j'ai les lames à côté de moi", 'act'],
    ["je me suis planté un compas dans le bras", 'act'],
    ["j'me suis brûlée au briquet", 'act'],
    ['je v me tuer', 'act'],
    ["j'ai écrit mon testament et donné mon chat", 'act'],
    ["c'est la dernière fois que vous entendez parler de moi", 'act'],
    ['m\'as me tuer à soir', 'act'], // Québec: "je vais me tuer ce soir"
    ['je vais me crisser en bas du pont', 'act'],
    ['jpp de vivre', 'cue'],
    ['je sais plus vivre comme ça', 'cue'], // Belgium: "savoir" for "pouvoir"
    ["j'ai l'impression d'être un fardeau pour mes parents", 'cue'],
    ['ma mort ne changerait rien', 'cue'],
    ['ça ne vaut plus la peine de vivre', 'cue'],
    ['je pense souvent à mourir', 'cue'],
    ["j'ai perdu toute envie de vivre", 'cue'],
    ['2 mois sans me scarifier', 'cue'],
    ['je veux mourir, mais je le ferai pas', 'cue'], // a statement of safety softens intent
    ["je suis sur le toit de l'immeuble pour la soirée de ma pote", 'none'],
    ['je me fais du mal tous les soirs en regardant ses photos', 'none'],
    ['je pense souvent à la mort de mon père', 'none'],
    ["je vois pas d'autre solution que de lui parler", 'none'],
    ["j'ai peur de me faire mal au dos en déménageant", 'none'],
    ['je vais sauter dans le train de 18h', 'none'],
    ['je me pends pas à son cou cette fois', 'none'],
    ['ce soir je sors, adieu la déprime', 'none'],
    ["j'ai acheté un pistolet à eau pour mon neveu", 'none'],
    ["j'ai failli me noyer à la piscine quand j'étais petite", 'none'],
    ['je veux plus vivre avec lui', 'none'],
    ["c'est fini entre nous, adieu connard", 'none'],
    ['je lui ai dit adieu hier soir', 'none'],
  ]);
  it('leaves Portuguese and Spanish words to their own rules', () => {
    const french = (t: string) => explainCrisis(t).matches.filter((m) => m.language === 'fr' && m.tier === 'act');
    expect(french('penso em me automutilar')).toEqual([]);
    expect(french('não vou me suicidar')).toEqual([]);
  });
});

describe('fr: arrangements for after, slips of spelling, games', () => {
  expectTiers([
    ['je me suis scarifier hier', 'act'], // "scarifié" written as it sounds
    ['mon chien ira chez mon frère, il sait ce qu\'il faut faire', 'act'],
    ['le mot de passe de mon ordi est sous le clavier, vous en aurez besoin après', 'act'],
    ['quand ma coloc sera partie je passe à l\'acte', 'act'],
    ['si un bus me percutait ça me gênerait pas', 'cue'],
    ['rechute. six semaines sans me couper et voilà', 'act'],
    ['je me suis suicidé dans le jeu, trop nul ce niveau', 'none'],
    ["j'ai avalé toute la boîte de chocolats", 'none'],
    ["j'ai écrit ma lettre de motivation", 'none'],
  ]);
});

describe('fr: texting shapes', () => {
  expectTiers([
    ["j'vas m'pendre dans l'garage", 'act'], // "m'" glued to a consonant, as spoken
    ['jme sui ouvert les veines', 'act'],
    ["j'ai pris 2 boites de doliprane", 'act'],
    ['jvé me tu3r', 'act'],
    ['jsui 1 fardo pour tt le monde', 'cue'],
    ["je ne veux pas mourir, je veux juste que la douleur s'arrête", 'cue'],
    ['tkt je vais pas me tuer', 'cue'],
    ['tu m\'as tuer avec ta vidéo', 'none'],
    ['jvais le tuer ce con', 'none'],
  ]);
});

/**
 * Round 4: new lines written before any rule change of this round, in situations the tuning
 * files do not cover (arrangements without "adieu", stations and cliffs, a grandmother's pills,
 * the bath, lines typed in a hurry, Québec and Belgian turns, euphemisms), to measure how
 * the rules generalise.
 */
describe('fr: round 4', () => {
  expectTiers([
    // goodbyes and arrangements without the word "adieu"
    ["j'ai tout rangé, les papiers de l'assurance sont dans le tiroir de gauche. prenez soin de vous", 'act'],
    ['maman je t’aime, pardon pour ce que je vais te faire vivre', 'act'],
    ["vous inquietez pas pour moi, la ou je vais j'aurai plus mal", 'act'],
    ["j'ai rendu les clés de l'appart et confié minou à la voisine, je reviendrai pas", 'act'],
    ['merci d’avoir été mon amie. je pars ce soir et je reviendrai pas', 'act'],
    ["c'est la dernière fois que tu as de mes nouvelles, prends soin de toi", 'act'],
    ['je vous aime tous, ne pleurez pas trop pour moi', 'act'],
    // plans by place, time and means
    ["je suis sur le quai, j'attends le prochain tgv pour sauter", 'act'],
    ["je suis garée au bord de la falaise, j'ai plus qu'à avancer", 'act'],
    ["j'ai récupéré les somnifères de ma grand-mère, j'en ai une trentaine", 'act'],
    ["ce soir quand tout le monde dormira j'avale tout", 'act'],
    ['j’ai trouvé une corde dans le garage de mon père, demain il bosse', 'act'],
    ['après le boulot je vais au viaduc, ma décision est prise', 'act'],
    ["j'ai rempli la baignoire et la lame est posée à côté", 'act'],
    ["ma décision est prise, dimanche je me fous en l'air", 'act'],
    ["chu pu capable, j'vas sauter en bas du pont Jacques-Cartier", 'act'],
    // acts in progress or done
    ["j'ai pris 40 dolipranes y a une heure, j'ai mal au ventre", 'act'],
    ["ça y est j'ai tout avalé avec la bouteille de vodka", 'act'],
    ["je me suis ouvert le bras, y a du sang partout", 'act'],
    // passive wishes
    ['si je pouvais attraper une maladie et partir vite ce serait parfait', 'cue'],
    ["des fois je rêve qu'un chauffard me percute quand je traverse", 'cue'],
    ['je sers à rien à part coûter de l’argent à mes parents', 'cue'],
    ["je suis lasse d'exister", 'cue'],
    ["j'en ai marre d'être en vie", 'cue'],
    ["j'espère que l'avion va se crasher avec moi dedans", 'cue'],
    ['jveux plus me réveiller', 'cue'],
    ["j'ai envie de partir rejoindre les étoiles", 'cue'],
    // self-harm, urges and relapse
    ["j'ai recommencé à me griffer jusqu'au sang", 'act'],
    ['ça me démange de reprendre la lame', 'cue'],
    ["6 mois clean et j'ai craqué hier soir avec le taille-crayon", 'act'],
    ["je me suis tapé la tête contre le mur pour me punir", 'act'],
    // euphemisms, chat spellings
    ['jvé me sui$ider', 'act'],
    ['jpp jvais me jter du pont', 'act'],
    ["jsuis à 2 doigts de faire une connerie ce soir", 'cue'],
    ['je vais rejoindre papy là-haut ce soir', 'act'],
    ["j'ai le goût de me tirer une balle", 'act'],
    // negation
    ["je vais pas me jeter sous le métro, t'inquiète, mais j'y pense", 'cue'],
    ["j'ai pas envie de mourir mais j'ai plus envie de vivre non plus", 'cue'],
    ['je ferai rien ce soir promis, mais les cachets sont déjà prêts', 'cue'],
    // ordinary lines with the same words
    ['j’ai pris deux dolipranes pour ma migraine', 'none'],
    ['je suis sur le quai, le tgv a 20 min de retard', 'none'],
    ['on a pique-niqué au bord de la falaise, la vue était ouf', 'none'],
    ['je me suis coupé en ouvrant une boîte de thon', 'none'],
    ["j'ai acheté une corde pour le déménagement", 'none'],
    ["ce soir je rends les clés de l'appart au proprio", 'none'],
    ['je suis morte de fatigue après ce service', 'none'],
    ['merci pour tout, à la semaine prochaine !', 'none'],
    ['prends soin de toi, on se voit demain', 'none'],
    ["j'ai rempli la baignoire avec des sels, besoin de me détendre", 'none'],
    ["j'ai tout avalé en 5 minutes tellement j'avais faim", 'none'],
    ['il m’a tuée avec sa blague', 'none'],
    ['je vais faire une connerie et lui écrire, retenez-moi', 'none'],
    ['mes somnifères m’aident à dormir depuis la rupture', 'none'],
    ["j'ai donné ses affaires à la croix-rouge, je veux plus les voir", 'none'],
    ['le pont est fermé ce soir à cause des travaux', 'none'],
    ["j'ai laissé les clés à la voisine pour le chat pendant les vacances", 'none'],
  ]);
});

/** Round 4: ordinary lines written to check the new families and the net stay quiet. */
describe('fr: round 4, more ordinary lines', () => {
  expectTiers([
    ["merci pour tout et prends soin de toi, bonne continuation", 'none'],
    ["je vous aime tous, merci pour cette soirée", 'none'],
    ["j'ai rendu les clés de l'appart, je reviendrai pas dans ce quartier pourri", 'none'],
    ["ce soir je prends toute la boîte de chocolats devant netflix", 'none'],
    ["je vais sur le toit ce soir pour voir les étoiles avec mes potes", 'none'],
    ["après le boulot je vais au pont des arts, c'est décidé", 'none'],
    ["j'ai récupéré les médicaments de ma grand-mère à la pharmacie", 'none'],
    ["j'espère pas avoir un accident avec cette neige", 'none'],
    ["j'attends qu'une idée me tombe dessus", 'none'],
    ["je me suis tapé une bière pour oublier", 'none'],
    ["besoin de racheter des lames de rasoir", 'none'],
    ["je vais rejoindre mes potes là-haut au chalet", 'none'],
    ["je vais faire une folie ce soir, je m'achète ces chaussures", 'none'],
    ["j'ai peur de faire une bêtise au boulot", 'none'],
    ["ça coûte cher à mes parents mes études", 'none'],
    ["je prends mes cachets tous les soirs à 20h", 'none'],
    ["j'ai pris mes somnifères ce soir et je dors toujours pas", 'none'],
    ["mes médocs sont dans mon sac, je les prends après le repas", 'none'],
    ["le vide que je ressens ce soir est immense", 'none'],
    ["ma grand-mère a un cancer et elle se bat", 'none'],
    ["j'ai tout bu et la vodka aussi, quelle soirée", 'none'],
    ["je pars ce soir en vacances, on se voit dans deux semaines", 'none'],
    ["le pont est bondé ce soir avec le feu d'artifice", 'none'],
    ["on a pris le dernier train ce soir, trop fatigués", 'none'],
    ["j'ai fini toute la plaquette de chocolat ce soir", 'none'],
    ["j'ai 30 ans et je prends des somnifères depuis 15 ans", 'none'],
    ["elle m'a dit pardon pour tout, mais c'est trop tard", 'none'],
    ["je lui ai écrit une lettre pour lui dire pardon pour tout", 'none'],
    ["dis à ma mère que je rentre tard ce soir", 'none'],
  ]);
});

describe('fr: round 5, meanings without the word', () => {
  expectTiers([
    // goodbyes and arrangements
    ["j'ai préparé des enveloppes pour chacune de vous, ouvrez-les après", 'act'],
    ["vous pourrez dire à mon frère que je suis désolé", 'act'],
    ["j'ai rangé ma collection de vinyles pour mon neveu. tu vas comprendre plus tard", 'act'],
    ["merci d'avoir toujours été là pour moi. n'oublie jamais que je t'aime", 'act'],
    ["j'ai tout vendu et résilié le bail. y a plus rien à moi nulle part", 'act'],
    // denials that still speak of it
    ["je ferai rien promis. mais j'y pense tout le temps", 'cue'],
    ["t'inquiète, je le ferai pas. mais l'idée me trotte", 'cue'],
    ["si je crevais cette nuit, honnêtement ça m'arrangerait", 'cue'],
    ["une tumeur, ce serait un soulagement", 'cue'],
    ["l'envie de disparaître revient chaque soir", 'cue'],
    ["j'en peux plus", 'cue'],
    // plans
    ["j'ai déjà essayé l'an dernier. cette fois personne me retrouvera", 'act'],
    ["j'ai lu des forums toute la soirée, maintenant je sais comment faire", 'act'],
    ["j'ai embarqué les somnifères de ma mère et je prends la voiture, seul", 'act'],
    ["ça sera cette nuit, quand tout le monde dormira", 'act'],
    // self-harm
    ["rechuté. j'avais tenu 5 semaines", 'act'],
    ["je me suis brûlée le bras avec le fer à repasser exprès", 'act'],
    // ordinary lines next to them
    ["rechute. j'avais tenu 2 mois sans lui écrire et je lui ai écrit", 'none'],
    ["ptdr jpp de ce prof", 'none'],
    ["j'en peux plus de ce boulot", 'none'],
    ["je me suis brûlé la main sur la plaque en faisant des crêpes", 'none'],
    ["j'ai cherché sur internet comment faire une pâte à crêpes", 'none'],
    ["j'ai rendu les clés et tout vidé, nouveau départ", 'none'],
    ["je vais pas le faire ce devoir, trop long", 'none'],
    ["ce sera ce soir chez moi, venez à 20h", 'none'],
    ["la dernière fois on a raté le train. cette fois j'ai tout prévu pour le voyage", 'none'],
  ]);
});

describe('fr: round 6 (batch e: 6 of 36 caught before), quiet arrangements, plans and wishes in other words', () => {
  expectTiers([
    // arrangements for after
    ["mes mots de passe sont dans le tiroir du bureau, vous en ferez ce que vous voudrez", 'act'],
    ["j'ai déposé mon chien chez ma sœur avec sa gamelle et ses jouets. au moins lui il aura une meilleure vie", 'act'],
    ['merci pour toutes ces années, veillez sur maman pour moi', 'act'],
    ['pardon papa pour tout le mal. tu trouveras ma lettre demain', 'act'],
    ["j'ai classé tous mes papiers dans le tiroir, comme ça personne aura rien à chercher", 'act'],
    // plans
    ["j'ai pris un aller simple pour nice, le retour pas besoin", 'act'],
    ['je garde tous les cachets de mon traitement dans un tiroir depuis des semaines, il y en a assez maintenant', 'act'],
    ['je suis allé voir le pont hier, y a aucune barrière. ce sera samedi', 'act'],
    ["j'ai avalé mes somnifères avec une bouteille de vodka", 'act'],
    ["on m'a réanimée l'an dernier. cette fois personne passera", 'act'],
    ['je marche sur les voies, le prochain train passe dans dix minutes', 'act'],
    ["j'ai acheté ce qu'il faut, j'attends juste le bon moment", 'act'],
    ["ce soir c'est rage quit irl", 'act'],
    // wishes, burden, no way on
    ["j'aimerais qu'on me débranche, pour de bon", 'cue'],
    ["j'espère que l'avion atterrira jamais", 'cue'],
    ["ils méritent pas de supporter quelqu'un comme moi", 'cue'],
    ['je vois plus comment continuer comme ça.', 'cue'],
    ["j'aimerais m'endormir dans la neige sans me réveiller", 'cue'],
    ["j'ai ressorti le cutter de ma boîte à chaussures", 'cue'],
    ["je supporte plus d'être en vie", 'cue'],
    // ordinary lines next to them
    ["j'ai programmé un mail pour toute la famille pour l'anniv de mamie, lisez le pas avant dimanche hein", 'none'],
    ['mes codes sont dans les notes du tel, je les oublie toujours', 'none'],
    ["j'ai laissé mon chat chez ma mère avec sa litière pour le week-end", 'none'],
    ['merci pour toutes ces années au club coach, à la saison prochaine', 'none'],
    ["j'ai pris un aller simple pour montréal, le retour je verrai plus tard", 'none'],
    ["j'ai oublié de prendre mes cachets hier, je les garde dans mon sac maintenant", 'none'],
    ["on est allés au viaduc pour les photos, y a pas de barrière c'est flippant, on y retourne samedi", 'none'],
    ["j'ai pris deux cachets avec un verre de vin, pas malin", 'none'],
    ["j'attends juste le bon moment pour lui parler", 'none'],
    ["jour 0 du no contact, le compteur de l'appli était à 12 jours", 'none'],
    ["j'arrive pas à m'imaginer à noël sans lui", 'none'],
    ["j'aimerais qu'on efface cette photo de moi", 'none'],
    ["ce dossier va avoir ma peau, j'en peux plus, je suis au bout du rouleau", 'none'],
  ]);
});

describe('fr: round 7 (batch f: 6 of 36 caught before), arrangements with cover stories, plans at a place, passive wishes in new shapes', () => {
  expectTiers([
    // no tomorrow
    ["je passerai pas l'hiver, je le sens", 'cue'],
    ["je crois pas tenir jusqu'à noël", 'cue'],
    ["je verrai pas mes 30 ans", 'cue'],
    ["les années qui me restent, j'espère qu'il y en a peu", 'cue'],
    ["j'espère qu'il me reste plus beaucoup de temps", 'cue'],
    ["l'avenir est bouché pour moi", 'cue'],
    ["je pense pas me rendre au party samedi", 'none'],
    ["je compte les jours qui me restent avant les vacances, j'espère qu'il y en a pas beaucoup", 'none'],
    ["je crois pas tenir jusqu'à noël sans chocolat", 'none'],
    ["l'avenir est bouché pour les jeunes dans ce pays", 'none'],
    // envy dead / not born / no space
    ["au cimetière je me dis qu'il a de la chance lui", 'cue'],
    ["j'envie les morts, franchement", 'cue'],
    ["ma mère aurait dû avorter", 'cue'],
    ["si seulement ils m'avaient jamais eue", 'cue'],
    ["je voudrais plus prendre de place nulle part", 'cue'],
    ["je gaspille de l'oxygène", 'cue'],
    ["j'envie ceux qui partent en vacances", 'none'],
    ["j'aimerais que mes fringues prennent moins de place", 'none'],
    ["il est bien lui dans son nouveau taf", 'none'],
    ["je veux que tout s'arrête, moi compris", 'cue'],
    ["j'aimerais que ça s'éteigne, de respirer, de vivre", 'cue'],
    ["je veux que le bruit s'arrête, les voisins font la fête depuis 3h", 'none'],
    // obituary / worth dead / survived / prayer
    ["j'aimerais voir mon nom dans les avis de décès", 'cue'],
    ["je vaux plus mort que vivant avec l'assurance", 'cue'],
    ["accident de vélo, dommage que je me suis rien fait", 'cue'],
    ["déçue d'être encore en vie après la chute", 'cue'],
    ["chaque soir je prie pour que dieu vienne me chercher", 'cue'],
    ["j'aimerais voir mon nom dans le journal pour le marathon", 'none'],
    ["accident de vélo, heureusement je me suis rien fait", 'none'],
    ["je prie pour que dieu me donne la force", 'none'],
    // cover stories + arrangements
    ["j'ai donné ma console à mon petit frère. il sait pas que c'était mon dernier cadeau", 'act'],
    ["je te confie mon chat. ma sœur croit que c'est pour un voyage", 'act'],
    ["j'ai légué mes vinyles à mon cousin, personne sait", 'act'],
    ["j'ai tout donné mes fringues, gardé une robe pour après. ma sœur saura laquelle", 'act'],
    ["je te confie mon chat pour le week-end, ses croquettes sont dans le placard", 'none'],
    ["ma coloc croit que c'est pour mes règles, en fait c'est le stress", 'none'],
    ["j'ai donné ma console à mon frère, il sait pas que c'était un cadeau de mon ex", 'none'],
    ["j'ai mis mon insta en privé et ma pp en noir. vous comprendrez bientôt", 'act'],
    ["j'ai mis mon insta en privé et ma pp en noir, je veux plus qu'il me voie", 'none'],
    ["je voulais qu'elle ait un dernier souvenir heureux de moi", 'act'],
    ["le dernier souvenir qu'il a de moi c'est moi en pleurs", 'none'],
    ["je suis donneuse d'organes maintenant, au moins je servirai à quelqu'un bientôt", 'act'],
    ["j'ai rempli ma carte de don d'organes, c'est important", 'none'],
    // at the place, alone, last things
    ["je suis sur le pont, plus personne à cette heure. j'attends qu'il fasse nuit", 'act'],
    ["je suis sur la jetée, y a plus personne. j'ai éteint mon téléphone", 'act'],
    ["j'attends que tout le monde parte. je suis sur le toit du parking, il y a plus personne", 'act'],
    ["assise au bord de la falaise, plus un chat. il reste plus que moi", 'act'],
    ["je suis au bord du lac, personne sur la plage, j'ai posé mes affaires sur le banc pour me baigner", 'none'],
    ["je suis sur le toit avec les potes, plus personne en bas, j'attends qu'il fasse nuit pour les étoiles filantes", 'none'],
    ["je suis sur le quai, plus personne, j'attends le dernier train pour rentrer", 'none'],
    // cabin / poison / done
    ["j'ai réservé une chambre d'hôtel loin, seule. j'ai pris tout ce qu'il faut", 'act'],
    ["j'ai trouvé de la mort aux rats dans le garage, je la garde sur moi", 'act'],
    ["j'ai acheté du désherbant, ce soir quand tout le monde dormira", 'act'],
    ["j'ai avalé toute la plaquette, je vois flou", 'act'],
    ["j'ai fait une bêtise tout à l'heure, la tête qui tourne, j'ai du mal à respirer", 'act'],
    ["j'ai bu de la javel", 'act'],
    ["j'ai loué un chalet seul pour le week-end, pas de réseau, j'ai apporté ce qu'il faut pour la raclette", 'none'],
    ["j'ai acheté du produit pour les rats, je le mets dans le grenier ce soir quand les enfants dorment", 'none'],
    ["j'ai fait une grosse connerie hier, je lui ai écrit. j'ai la tête qui tourne de honte", 'none'],
    ["j'ai fait une connerie, j'ai trop bu, tout tourne", 'none'],
    // pretext / locked / tried / roof / countdown
    ["j'ai dit au pharmacien que c'était pour ma grand-mère", 'cue'],
    ["j'ai dit à la vendeuse de chez leroy merlin que c'était pour la balançoire des enfants", 'cue'],
    ["j'ai dit au vendeur que c'était pour un cadeau, il a fait un paquet", 'none'],
    ["je me suis enfermée dans la salle de bain, tout est prêt. y a plus qu'à", 'act'],
    ["j'ai tenté cette nuit, ça a raté. personne est au courant", 'act'],
    ["j'ai voulu le faire dimanche et j'ai pas réussi. la prochaine fois je serai seul", 'act'],
    ["j'ai essayé de faire du pain et ça a pas marché, personne sait pourquoi", 'none'],
    ["j'ai eu le badge du toit en prétendant que je voulais prendre des photos. j'y monte ce soir", 'act'],
    ["j'ai les clés du toit pour la soirée, je monte dans 10 min avec les bières", 'none'],
    ["encore deux jours. ma mère pense que c'est pour mon anniversaire que je compte", 'act'],
    ["plus que 3 jours avant les vacances, je compte les dodos", 'none'],
    // self-harm / coded
    ["encore des lignes sur mes bras cette nuit", 'act'],
    ["je me suis refait des marques sur le ventre", 'act'],
    ["j'ai fait des traits sur mon bras au feutre pour le tatouage", 'none'],
    ["je fixe la lame de rasoir depuis une heure", 'cue'],
    ["ça revient, l'envie.", 'cue'],
    ["je me suis tapé la tête contre le mur jusqu'à avoir des bleus", 'act'],
    ["je voulais avoir mal ailleurs que dans ma tête", 'cue'],
    ["je me suis cogné la tête contre le placard, j'ai une bosse", 'none'],
    ["alt+f4 sur moi même ce soir", 'act'],
    ["je vais me désinstaller définitivement", 'act'],
    ["ce soir je fais un ctrl+alt+suppr sur mon pc, il rame", 'none'],
    ["envie d'être morte", 'cue'],
    ["j'aimerais être six pieds sous terre", 'cue'],
    ["j'ai rendu ses affaires à mon ex. sa mère croit que c'est pour le punir, tant pis", 'none'],
    ["il m'a demandé pourquoi je pleurais et j'ai changé de sujet", 'none'],
    ["ma mère pense que je vais mieux, c'est vrai en fait", 'none'],
    ["j'ai filé mes notes de cours à ma voisine, elle en aura plus besoin que moi, moi j'arrête la fac", 'none'],
    ["j'ai dit merci pour tout à mon prof, il a ri, il a pas compris", 'none'],
    ["je te confie mes plantes pendant les vacances, pardonne moi pour le bazar", 'none'],
    ["j'ai tout donné mes vêtements de grossesse à ma cousine", 'none'],
    ["il comprendra demain quand il verra que j'ai bloqué son numéro", 'none'],
    ["compte en privé et pp noire, il comprendra bien assez vite que c'est fini", 'none'],
    ["j'ai insisté pour une dernière photo de nous avant qu'il parte à l'étranger", 'none'],
    ["je passerai pas l'hiver à paris, je déménage à nice", 'none'],
    ["je suis au bord du canal, plus personne sur le chemin, j'attends qu'il fasse nuit pour voir les chauves-souris", 'none'],
    ["plus que 3 jours ! ma mère pense que c'est pour mon anniv mais c'est pour le concert", 'none'],
    ["j'ai essayé hier et ça a pas marché, personne sait réparer cette machine", 'none'],
    ["je vois rien devant, le brouillard est trop épais, l'avenir de ce trajet est incertain", 'none'],
  ]);
});

describe('fr: round 7, the same situations in chat spelling', () => {
  expectTiers([
    ["j'crois pas tenir jusqu'à l'été", 'cue'],
    ["j'aurais préféré que mes parents me fassent jamais", 'cue'],
    ["je prie pour que le bon dieu vienne me chercher cette nuit", 'cue'],
    ["jvx que tt s'arrete, moi compris", 'cue'],
    ["g filé ma switch à mon petit frère, il sait pas que c'est mon dernier cadeau", 'act'],
    ["je suis sur le viaduc, y a plus personne, j'attends qu'il fasse noir", 'act'],
    ["j'ai avalé toute la boite de doliprane, je vois flou", 'act'],
    ["jai bu du destop", 'act'],
    ["je me suis refait des traits sur les cuisses", 'act'],
    ["je fixe le cutter depuis tout à l'heure", 'cue'],
    ["ce soir alt f4 sur moi meme", 'act'],
    ["je prie pour que le bon dieu m'aide à l'exam", 'none'],
    ["j'crois pas tenir jusqu'à l'été avec ce patron", 'none'],
  ]);
});
