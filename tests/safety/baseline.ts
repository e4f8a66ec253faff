/**
 * The first crisis detector, frozen: a copy of `src/safety/crisis.ts` as it was before tiered
 * detection (`src/safety/detection/`), with its exports renamed. The eval and the benchmark run
 * it beside the new detector so one run shows before and after. Do not tune it.
 *
 * @module
 */
/**
 * True when the text contains language suggesting suicidal thoughts or self-harm.
 *
 * @example baselineDetect("I don't want to live anymore") // true
 * @example baselineDetect('this breakup is killing me') // false
 */
export function baselineDetect(text: string): boolean {
  return baselineMatch(text) !== null;
}

/**
 * The normalized phrase that triggered detection, or null. For tests and for counting which
 * rules fire; do not log it next to the person's id (it is their words).
 */
export function baselineMatch(text: string): string | null {
  let normalized = baselineNormalize(text);
  for (const exclusion of EXCLUSIONS) normalized = normalized.replace(exclusion, ' | ');
  for (const pattern of PATTERNS) {
    const match = pattern.exec(normalized);
    if (match !== null) return match[0].trim();
  }
  return null;
}

/**
 * Folds the many ways people type the same words into one form: lower case, no accents
 * (`müde` -> `mude`, `собой` -> `собои`), no apostrophes (`don’t` -> `dont`), only letters
 * and digits separated by single spaces, and common shorthand and typos spelled out
 * (`wanna` -> `want to`, `kill my self` -> `kill myself`, `kms` -> `kill myself`).
 */
export function baselineNormalize(text: string): string {
  let t = stripMarks(text.normalize('NFKC').toLowerCase())
    .replace(/['’‘`´ʼ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  for (const [from, to] of SHORTHAND) t = t.replace(from, to);
  return t;
}

function stripMarks(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

/** A whole-word regex over normalized text; sources may be written with accents. */
function words(source: string, flags = 'u'): RegExp {
  return new RegExp(`(?<=^| )(?:${stripMarks(source)})(?= |$)`, flags);
}

const SHORTHAND: ReadonlyArray<readonly [RegExp, string]> = [
  [words('my ?self|myslef|mysef|meself|myslf|myselfe', 'gu'), 'myself'],
  [words('wanna|wana|wnna|wan to|want 2|wanna to', 'gu'), 'want to'],
  [words('gonna|gona|going 2', 'gu'), 'going to'],
  [words('do not|dnt|dont even|doesnt|don t', 'gu'), 'dont'],
  [words('cannot|cant even|can t', 'gu'), 'cant'],
  [words('self harm|selfharm|self harming|sh myself', 'gu'), 'self harm'],
  [words('any more', 'gu'), 'anymore'],
  // "kms" is "kill myself" except after a number ("ran 5 kms").
  [/(?<=^| )(?<!\d )kms(?= |$)/gu, 'kill myself'],
];

/** Everyday phrases that contain a trigger word but are not about self-harm. */
const EXCLUSIONS: readonly RegExp[] = [
  words('(?:career|social|political|professional|commercial|financial|electoral|fashion) suicide', 'gu'),
  words('suicide (?:squad|doors?|mission|run|lane|sprints?|drills?)', 'gu'),
  words('cut(?:ting)? myself (?:off|some slack|a slice|a piece|free|loose|out)', 'gu'),
  words('cut myself (?:shaving|cooking|on (?:a|the|some)|by accident|accidentally)', 'gu'),
  words('burn(?:ing|ed|t)? myself out', 'gu'),
  words('drown(?:ing|ed)? myself in', 'gu'),
  words('kill(?:ing|ed)? myself (?:laughing|with laughter|trying|working)', 'gu'),
];

/** A lookahead: not followed by any of these whole words or phrases. */
function notFollowedBy(...phrases: string[]): string {
  return `(?! (?:${phrases.join('|')})(?= |$))`;
}

/** Not "living with my parents": the living is about a place or people, not life. */
const NOT_A_PLACE = notFollowedBy(
  ...'in with at near there here together abroad on by under close next somewhere anywhere back apart alone'.split(' '),
  'out of',
);

/** Up to two filler words: "want to <really> hurt myself", "thinking about <maybe> …". */
const FILL = '(?:\\p{L}+ ){0,2}';

const PATTERN_SOURCES: readonly string[] = [
  // --- English ---
  '(?:suicid|sucid|suicd|suisid|suacid|suiced)\\p{L}*',
  '(?:kill|killing|killin|kil|murder|hang|hanging|shoot|shooting|poison|poisoning|drown|drowning|starve|starving|unalive|unaliving|end|ending) myself',
  // "off myself" only as a verb: not "took the pressure off myself".
  '(?:to|ill|will|gonna) off myself',
  'unaliv\\p{L}*',
  '(?:cut|cutting|cuttin|slit|slitting|burn|burning|scratch|scratching) myself',
  '(?:cut|cutting|slit|slitting|slash|slashing) (?:my|both) (?:wrists?|arms?|legs?|thighs?|skin|veins?)',
  `(?:want|wanted|wanting|going|need|urge|urges|tempted|thinking|planning|plan|feel like|feeling like|might|will|scared ill) (?:to )?${FILL}(?:hurt|hurting|harm|harming) myself`,
  '(?:been|started|start) hurting myself',
  `(?:feel|feeling|felt) like dying${notFollowedBy('of', 'laughing')}`,
  'self (?:harm|harmed|injury|injure|injuring|mutilation|mutilate|mutilating)',
  `(?<!(?:dont|not|never|didnt) )(?:want|wanted|wanting|wish|wishing|ready|deserve|need|plan|planning) to die${notFollowedBy(
    'of (?:embarrassment|shame|boredom|cringe|laughter)',
    'for',
    'laughing',
  )}`,
  '(?<!(?:dont|not|never) )(?:want|wanted|wish) to be dead',
  'wish (?:i|id) (?:was|were|had been|could be) dead',
  'wish (?:i|id) (?:wasnt|werent|was not|were not) alive',
  'wish (?:i|id) (?:was|were|had) never (?:been )?born',
  'wish i could (?:just )?die',
  '(?:rather|better off) (?:be |being )?dead',
  '(?:end|ending|take|taking|took) (?:my|my own) life',
  '(?:end|ending) it all',
  'want (?:it all|everything) to (?:end|stop)',
  `(?:dont|no longer|never) (?:want|wish) to (?:live|go on living|keep living)${NOT_A_PLACE}`,
  `(?:dont|no longer) (?:want|wish) to (?:be alive|exist|be here anymore|wake up${notFollowedBy('early', 'late')})`,
  `(?:and|to) (?:never|not) wake up${notFollowedBy('early', 'late')}`,
  'no (?:reason|point) (?:in |to |of )?(?:live|living|go on|going on|being alive|stay alive|staying alive)',
  'nothing (?:left )?to live for',
  '(?:not|no longer|isnt|aint) worth living',
  `point of (?:living|being alive)${NOT_A_PLACE}`,
  `(?:tired|sick|done) (?:of|with) (?:living|being alive|life)${NOT_A_PLACE}`,
  'cant go on living',
  `(?:everyone|everybody|world|they|family|people|all) ${FILL}(?:be |are |is )?better off without me`,
  '(?:take|taking|took|swallow|swallowing|swallowed) (?:all|a bunch of|a lot of|loads of) (?:my |the |of my |of the )?(?:pills|tablets|meds)',
  '(?:overdos\\p{L}*) on (?:pills|tablets|my meds|sleeping pills|painkillers)',
  `(?:want|going|plan|planning|thinking|think|thought) (?:to |about |of )?${FILL}overdos\\p{L}*`,
  'jump(?:ing)? (?:off|from) (?:a|the|my) (?:bridge|roof|building|cliff|balcony|window)',
  'jump(?:ing)? in front of (?:a|the) (?:train|car|bus|truck|lorry)',

  // --- German ---
  'selbstmord\\p{L}*',
  'suizid\\p{L}*',
  'mich (?:\\p{L}+ )?(?:umbringen|umzubringen|töten|ritzen|verletzen)',
  'bring(?:e)? mich um',
  'ritze mich',
  'selbstverletz\\p{L}*',
  '(?:will|möchte|mag|kann) nicht mehr leben',
  '(?:will|möchte) (?:sterben|tot sein)',
  'mir das leben (?:nehmen|zu nehmen)',
  'lebensmüde',

  // --- Spanish ---
  '(?:quiero|voy a|pienso en|ganas de|deseo) matarme',
  'me (?:quiero|voy a) matar',
  'quiero morir\\p{L}*',
  '(?:no|ya no) quiero (?:seguir )?vivir',
  'quitarme la vida',
  'acabar con mi vida',
  '(?:quiero|voy a|ganas de|pienso en) hacerme daño',
  'cortarme (?:las venas|los brazos)',
  'autolesi\\p{L}*',
  'no vale la pena vivir',

  // --- French ---
  '(?:veux|vais|envie de|pense à) me tuer',
  '(?:je )?veux mourir',
  'envie de mourir',
  '(?:veux|envie de) plus vivre',
  'plus envie de vivre',
  'mettre fin à mes jours',
  'en finir avec (?:la|ma) vie',
  '(?:veux|vais|envie de|pense à) me faire du mal',
  'automutil\\p{L}*',

  // --- Russian ---
  'самоубийств\\p{L}*',
  'суицид\\p{L}*',
  'поконч\\p{L}* с собой',
  '(?:убить|убью) себя',
  '(?<!не )(?:хочу|хочется) (?:умереть|сдохнуть)',
  `(?:не (?:хочу|хочется) (?:больше )?жить|жить не (?:хочу|хочется))${notFollowedBy(
    ...'в во с со здесь там тут вместе у на рядом одна один'.split(' '),
  )}`,
  '(?:порезать|режу|резать) себя',
  'вскрыть вены',
  'повеси(?:ться|тся)|повешусь',
  'селфхарм\\p{L}*',
];

const PATTERNS: readonly RegExp[] = PATTERN_SOURCES.map((source) => words(source));
