/**
 * English. Word classes first (the building blocks), then the phrase families, then the idioms
 * that must stay quiet, then negation and shorthand. Patterns are in the DSL of `../README.md`:
 * words, `{class}`, `(a|b)` one of, `[x]` optional, `{fill2}` up to two other words, `word*`
 * any ending, `^`/`$` start/end of a sentence. Everything is matched after normalisation: lower
 * case, no apostrophes ("dont", "im"), shorthand spelled out ("wanna" → "want to", "i am" → "im").
 *
 * @module
 */
import type { LanguageSpec } from '../language.ts';

/** "1st" … "31st": dates as typed ("after the 9th"); digits keep their word, so {number} does not find them. */
const ORDINALS = Array.from({ length: 31 }, (_, i) => {
  const n = i + 1;
  const suffix = n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th';
  return `${n}${suffix}`;
});

export const en: LanguageSpec = {
  code: 'en',
  scripts: ['latin'],

  classes: {
    // --- people ---
    /** Myself, and the ways it gets typed. */
    me: ['myself', 'my self', 'meself'],
    my: ['my', 'my own', 'this'],
    family: [
      'mom', 'mum', 'mother', 'mam', 'dad', 'father', 'family', 'parents', 'sister', 'brother', 'little brother', 'little sister',
      'kids', 'children', 'son', 'daughter', 'nan', 'grandma', 'gran', 'best friend', 'friends', 'partner', 'wife', 'husband',
    ],
    /** People who would be "better off without me". */
    everyone: [
      'everyone', 'everybody', 'every one', 'the world', 'world', 'people', 'my {family}', 'they', 'theyd', 'all', 'theyd all',
      'everyone else', 'everything', 'them', 'the people around me', 'my loved ones', 'life',
    ],
    nobody: ['no one', 'noone', 'nobody', 'not one person', 'not a single person', 'nobody else'],

    // --- wanting, intending ---
    /** Wanting or getting ready to (before a verb): "want to", "ready to", "about to", "gonna". */
    intend: [
      '(want|wanted|wanting|wants) [so bad|so badly|so much|really] to',
      '(going|planning|plan|planned|decided|deciding|ready|about|trying|try|tried|tempted|need|needing|have|got|gotta) to',
      'will', 'ill', 'shall', 'might', 'may', 'should', 'would', 'id', 'must', 'gonna',
      '(thinking|thought|think|thinkin|thinks) (of|about|to)', '(considering|contemplating)',
      '(feel|feeling|felt|feels) like', 'wish i could', 'just', 'swear', 'reckon',
    ],
    /** Wishing (before a verb), weaker than intent: "want to die" is a cue, "want to kill myself" an act. */
    longing: [
      '(want|wanted|wanting|wants|wish|wishing|need|needing|longing|desperate|begging|praying|hope|hoping) [so bad|so badly|so much] to',
      'would like to', 'id like to', 'wish i could', 'just wish i could', 'wish i would', 'wish i can',
    ],
    /** Living on, in the words people use for it: "no reason to keep living", "can't go on". */
    living: [
      'live', 'living', 'go on', 'going on', 'go on living', 'keep going', 'keep living', 'carry on', 'carrying on', 'be alive',
      'being alive', 'stay alive', 'staying alive', 'exist', 'existing', 'wake up', 'waking up', 'be here', 'being here',
      'continue', 'continuing', 'keep trying', 'try anymore', 'stay', 'get up in the morning',
    ],
    /** Thinking about, as an ongoing state. */
    think: ['thoughts', 'thinking', 'think', 'thought', 'thinks', 'thinkin', 'imagine', 'imagining', 'picture', 'picturing', 'planning', 'dream', 'dreaming', 'fantasize', 'fantasizing', 'fantasise', 'fantasising', 'obsessing'],

    // --- verbs of the act, in every form ---
    kill: [
      'kill', 'kills', 'killing', 'killed', 'killin', 'murder', 'murdering', 'murdered', 'top', 'topping', 'topped',
      'neck', 'necking', 'necked', 'stab', 'stabbing', 'knife', 'shoot', 'shooting', 'shot', 'hang',
      'hanging', 'hanged', 'hung', 'drown', 'drowning', 'poison', 'poisoning', 'gas', 'gassing', 'electrocute',
      'minecraft', 'sudoku', 'unalive', 'unaliving', 'unalived', 'delete', 'deleting', 'end', 'ending',
    ],
    /** Self-directed killing, said outright. */
    killself: [
      '{kill} {me}',
      '{intend} (of|off) {me}', // "gonna off myself" ("off" folds to "of": never after a bare noun)
      '(end|ending|ended|take|taking|took|finish|finishing) {my} [own] life',
      '(end|ending|ended) (it all|everything|my existence|my suffering for good|this life)',
      '(end|ending|ended) (it|things|everything) (permanently|for good|forever|once and for all)',
      '(commit|committing|commited|committed) suicide',
      '(do|doing|did|done) {me} in',
      '(unalive|unaliving|unalived)',
      'self (delete|deleting|deleted|terminate)',
      '(k|kay) (word|wording|worded) {me}', // "ready to k-word myself"
    ],
    /** Dying, as something wished for or thought about. */
    death: ['die', 'dying', 'died', 'be dead', 'being dead', 'dead', 'death', 'not be alive', 'not being alive', 'not exist', 'not existing', 'stop existing', 'cease to exist'],
    /** Being gone, as wished for: dying, disappearing, sleeping forever. */
    gone: [
      '{death}', 'disappear', 'disappear forever', 'vanish', 'fade away', 'not wake up', 'never wake up', 'stop breathing', 'be gone', 'not be here',
      '(sleep|fall asleep|go to sleep|rest|be asleep) forever', 'take the forever nap', 'stop living', 'stop being alive', 'not be around', 'go away forever',
      'be with (my|grandma|grandad|nan|mum|mom|dad|god)', 'rest in peace', 'cease to be',
    ],
    /** If I were gone: "if I died", "if I carked it". */
    died: ['{wasgone}', 'am not there', 'am gone'],
    /**
     * {died} right after "i": all but "am ..." ("i am gone" is "im gone" in a message, so a
     * pattern writes `(i {wasgone}|im gone|im not there)` where it means "i {died}").
     */
    wasgone: [
      'died', 'die', 'was gone', 'were gone', 'was dead', 'were dead', 'wasnt here', 'wasnt around', 'wasnt alive', 'disappeared',
      'didnt exist', 'never existed', 'wasnt born', 'carked it', 'kicked the bucket', 'croaked', 'snuffed it', 'killed myself',
      'wasnt there', 'was not there', 'left for good', 'vanished',
    ],
    /** Self-harm verbs that wound (not about dying). */
    wound: [
      'cut', 'cuts', 'cutting', 'cuttin', 'slit', 'slitting', 'slash', 'slashing', 'slashed', 'carve', 'carving', 'carved',
      'burn', 'burning', 'burned', 'burnt', 'scratch', 'scratching', 'scratched', 'hit', 'hitting', 'punch', 'punching',
      'punched', 'bruise', 'bruising', 'bruised', 'starve', 'starving', 'starved', 'bite', 'biting', 'pinch', 'pinching',
    ],
    /** Harm in general: "hurt myself" may be an accident, so it needs more context. */
    harm: ['hurt', 'hurting', 'harm', 'harming', 'harmed', 'injure', 'injuring', 'injured', 'punish', 'punishing'],
    /** Self-harm said as a noun or shorthand. */
    selfharm: ['self harm', 'self harming', 'self harmed', 'sh', 'cutting', 'cut', 'self injury', 'self injuring'],
    body: [
      'wrist', 'wrists', 'arm', 'arms', 'leg', 'legs', 'thigh', 'thighs', 'skin', 'vein', 'veins', 'stomach', 'hip', 'hips',
      'throat', 'forearm', 'forearms', 'hand', 'hands', 'ankle', 'ankles', 'chest', 'shoulder', 'shoulders', 'body', 'knuckles',
    ],
    /** What someone takes in an overdose. */
    pills: [
      'pills', 'pill', 'tablets', 'meds', 'medication', 'medicine', 'sleeping pills', 'painkillers', 'paracetamol', 'tylenol',
      'ibuprofen', 'aspirin', 'xanax', 'benzos', 'antidepressants', 'insulin', 'oxy', 'opioids', 'my prescription', 'sleeping tablets',
      'sertraline', 'fluoxetine', 'citalopram', 'escitalopram', 'amitriptyline', 'mirtazapine', 'quetiapine', 'venlafaxine', 'diazepam',
      'lorazepam', 'zopiclone', 'codeine', 'co codamol', 'cocodamol', 'tramadol', 'morphine', 'oxycodone', 'fentanyl', 'propranolol',
      'lithium', 'gabapentin', 'pregabalin', 'prozac', 'zoloft', 'lexapro', 'seroquel', 'valium', 'ambien', 'heart meds', 'painkiller',
    ],
    /** Means: what people use. */
    means: ['{pills}', 'rope', 'noose', 'gun', 'guns', 'handgun', 'pistol', 'shotgun', 'rifle', 'blade', 'blades', 'razor', 'razors', 'knife', 'knives', 'poison', 'bleach', 'charcoal', 'helium', 'belt'],
    /** A lot of them: "the whole bottle", "all my", "30". */
    many: [
      'all', 'all of', 'all my', 'all the', 'all of my', 'the whole', 'a whole', 'the entire', 'an entire', 'every', 'every one of',
      'too many', 'a handful of', 'handfuls of', 'a bunch of', 'a lot of', 'lots of', 'loads of', 'a box of', 'a bottle of',
      'a whole bottle of', 'the whole bottle of', 'two bottles of', 'a packet of', 'a pack of', 'packs of', '{bignumber}', 'a month of',
      'twenty', 'thirty', 'forty', 'fifty', 'a hundred', 'dozens of', 'way too many', 'so many', 'everything', 'all of them', 'enough',
    ],
    /** Places people jump from or in front of. */
    height: [
      'bridge', 'roof', 'rooftop', 'building', 'cliff', 'cliffs', 'balcony', 'window', 'ledge', 'edge', 'tower', 'overpass', 'parking garage',
      'multi storey', 'multistorey', 'multi storey car park', 'multi story', 'high rise', 'skyscraper', 'flyover', 'viaduct',
      'car park', 'top floor', 'railing', 'rail', 'tracks', 'train tracks', 'railway', 'railway bridge', 'motorway bridge', 'highway overpass', 'platform edge',
    ],
    traffic: ['train', 'bus', 'car', 'truck', 'lorry', 'traffic', 'oncoming traffic', 'the tracks'],
    /** Now, tonight: timing. */
    soon: ['tonight', 'today', 'tomorrow', 'this weekend', 'now', 'right now', 'rn', 'this time', 'soon', 'on friday', 'by friday', 'after tonight', 'this week'],
    weekday: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tues', 'wed', 'thurs', 'fri', 'sat', 'sun'],
    /** A time after which I am no longer there: "after this weekend", "after friday". */
    after: [
      'after (tonight|today|tomorrow|this weekend|the weekend|this week|next week|this month|{weekday}|this|that|then|christmas|my birthday)',
      'by (tomorrow|morning|monday|{weekday}|next week|the weekend|christmas)', 'from (tomorrow|next week|{weekday}) on', 'much longer', 'anymore', 'any more', 'soon',
    ],
    /** Sharp things people use to self-harm, as they name them. */
    sharp: [
      'compass', 'razor', 'razors', 'blade', 'blades', 'sharpener', 'pencil sharpener', 'scissors', 'knife', 'knives', 'lighter', 'safety pin', 'pin',
      'needle', 'glass', 'broken glass', 'shard', 'box cutter', 'stanley knife', 'craft knife', 'scalpel', 'shaver', 'razor blade', 'razor blades',
    ],
    /** First aid after self-harm: "plasters everywhere", "steri strips". */
    firstaid: [
      'plasters', 'plaster', 'band aids', 'bandaids', 'band aid', 'bandages', 'bandage', 'steri strips', 'gauze', 'butterfly stitches', 'dressings',
      'antiseptic', 'savlon', 'blood on', 'bloody tissues', 'bleeding', 'fresh marks', 'new marks', 'fresh cuts', 'new cuts', 'stitches',
    ],
    /** Places people go to die: heights and water. */
    place: [
      '{height}', 'quarry', 'reservoir', 'river', 'canal', 'lake', 'loch', 'sea', 'coast', 'pier', 'dam', 'weir', 'woods', 'forest', 'motorway', 'level crossing',
      'station', 'cliffs', 'cliff top', 'clifftop', 'beachy head', 'the drop',
    ],
    /** Living on past a point, as premonition: "won't be around for christmas". */
    milestone: [
      'christmas', 'xmas', 'my birthday', 'next year', 'new year', 'new years', 'summer', 'the summer', 'spring', 'the spring', 'the end of the year', 'the weekend',
      'next week', 'next month', '{number}', 'thirty', 'twenty', 'forty', 'easter', 'halloween', 'graduation', 'the wedding', 'her wedding', 'his wedding',
    ],
    /** Day names written out ("sat", "sun", "wed" are words of their own). */
    dayname: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
    nth: ORDINALS,
    /** A day something is set for: "saturday", "on friday night", "next tuesday", "the 9th", "tomorrow night". */
    day: [
      '(on|this|next|by)? {dayname} [night|morning|evening|afternoon]', 'tonight', 'tomorrow [night|morning]', '(this|next|the|at the) weekend',
      'next week', '[on] the {nth}', 'at midnight',
    ],
    /** An hour when nobody is about: "5am", "dawn". */
    hour: ['{number}', '{number} am', '1am', '2am', '3am', '4am', '5am', '6am', 'midnight', 'dawn', 'first light', 'sunrise'],
    /** Children, pets and their care, as handed over: "the school runs", "the girls", "bedtime", "the dog". */
    childcare: [
      'school run', 'school runs', 'the kids', 'the boys', 'the girls', 'my kids', 'my boys', 'my girls', 'pickups', 'pick ups', 'drop offs',
      'nursery', 'the baby', 'bedtime', 'the twins', 'the dog', 'the cat', 'my dog', 'my cat', 'the dogs', 'the cats',
    ],
  },

  families: [
    {
      // Intent stated outright: "I want to kill myself", "thinking of ending my life", "I'm suicidal".
      id: 'en.intent',
      tier: 'act',
      softenedBy: ['reassurance'],
      patterns: [
        '{killself}',
        '(kill|kills|killing|killed|end|ending|take|taking) (herself|himself|themself|themselves|her life|his life|their life)', // "Jess wants to kill herself" (she is me)
        '(ready|planning|plan|decided) to {fill1} die',
        '(die|death|end it|end my life) by my own hand',
        '^ (suicide|suicidal|kms|kill myself|unalive) $',
        '(kys|kill yourself|kill urself) {fill4} (my brain|my head|the voice|the voices|my mind) (says|tells me|keeps saying|is saying)',
        '(my brain|my head|the voices|the voice|my mind) (keeps )?(telling|tells|says|saying) (me )?(to )?(kill myself|die|end it|kys|kill yourself)',
        '{think} {fill2} the s word',
        '(i|im|ive|id|ill|me|feel|feeling|felt|been|so|very|really|extremely|get|getting|kinda|kind of|bit|little) {fill2} suicidal',
        'suicidal (thoughts|thought|feelings|feeling|ideation|urges|urge|again|today|tonight|rn|right now|lately|af|asf|as hell|as fuck|these days|all the time|every day|$)',
        '(sui|suicide) (thoughts|thought|ideation|urges|feelings)',
        '{intend} {fill2} (suicide|suicidal|unalive*)',
        '(attempt|attempted|attempting|tried|try|trying) suicide',
        '(planning|planned|plan|plotting|organising|organizing|preparing|rehearsing) my (suicide|death|own death|exit|way out)',
        '(suicide|suicidal) (attempt|plan|plans|note|letter|pact)',
        'suicid* {fill1} (is|feels|seems|looks|sounds|s) [like] {fill3} (option|way out|only way|answer|solution|choice|escape|plan)',
        'suicid* (is|s) (all|the only thing) i (think|can think)',
        'suicid* {fill2} (crossed|crosses|crossing|cross|entered|enters|popped into|pops into|on) my (mind|head) {fill3} (times|again|today|tonight|every|all day|constantly|nonstop)',
        '{think} {fill2} (about|of) suicid*',
        '{think} [about|of] (my|my own) suicide',
        '(suicide|killing myself|ending my life|ending it all) (is|s|keeps|has been|been|was) {fill2} (on my mind|in my head|in my thoughts|all i think about)',
        'how to (die|kill myself|end it|end my life|commit suicide)',
        '[painless|easy|easiest|quick|quickest|fast|fastest|best|simple|peaceful|surest|cleanest] (way|ways|method|methods) to (die|kill myself|end it|end my life|commit suicide|do it)',
        '{intend} [just] (end|ending) it (all|tonight|today|now|for good|this weekend|$)',
        '(ending|end) it (tonight|today|this weekend|tomorrow)',
        // a day named: "ending it saturday", "e n d i n g  i t  s u n d a y", "im ending it next tuesday"
        '(ending|end|endin) it ({day}|before (christmas|my birthday|{dayname}|the weekend|the {nth}))',
        '(tonight|today|tomorrow|this weekend|on friday|on saturday|on sunday) {fill2} i (end|ending|finish) it ($|all|for good)',
        // a plan and the means: "i have a plan and the means"
        '(have|ive|got|ive got|theres|with) (a|the|my) plan and (the|my)? (means|pills|rope|everything i need)',
        '(have|ive|got|ive got|its) [it] all (planned|worked out|figured out|sorted) [out] {fill3} (when|while) (everyone|everybody|nobody|no one|theyre|they are|theyll be|my {family}) {fill2} (out|away|at|asleep|gone|working)',
        '(tonight|today|tomorrow|this weekend) {fill4} (im|i am|ill|i will|going to|gonna) (ending|end) it',
        '(do|doing) (something|anything) (stupid|dumb|drastic|silly|wrong|bad) to {me}',
        '{intend} {fill1} (do|doing) (something|anything) (stupid|dumb|drastic)',
      ],
    },
    {
      // A mention of suicide with no stated intent: "suicide is on my mind", "my friend's suicide".
      id: 'en.suicide-mention',
      tier: 'cue',
      patterns: ['suicid*', 'sucid*', 'suicde*', 'suiced*'],
    },
    {
      // Words coined to get past filters: "unalive", "sewerslide", "ctb" (catch the bus), "minecraft myself".
      id: 'en.euphemism',
      tier: 'act',
      softenedBy: ['reassurance'],
      patterns: [
        'unalive*',
        '(sewer slide|sewer side)', 'sewerslid*', 'sewerside', 'sui side', 'suislide',
        'ctb', '(commit|committing) (sudoku|toaster bath|die)', 'toaster bath',
        '{intend} [go] rope [{me}]', '(rope|neck) {me}',
        '(catch|catching|caught) the bus ... (not the real|you know what i mean|if you know what i mean|the permanent one|the last one|one way)',
        '(doing|do|commit|committing|play|playing) sudoku {fill2} (not the puzzle|irl|tonight|for real|the real)',
        '(log|logging|sign|signing|check|checking) (off|out) (permanently|forever|for good|for the last time|of life)',
        '(end|ending|ended|quit|quitting|uninstall|uninstalling) (the|my|this) (game|life) (irl|in real life|for real|for good)',
        '(the )?(thing|it) (from|off) the ({height})',
        '(flip|dive|backflip|swan dive|jump|jumping|leap|fall|fly|flying) (off|from|out of) the {fill1} (floor|window|balcony|{height})',
        '(did|doing|do) the (knife|blade|razor) thing',
        '(meet|meeting|see|join) (the big man upstairs|the man upstairs|my maker) {fill1} (early|soon|tonight)',
        // life as a game or an app: "gonna rage quit life", "about to uninstall existence"
        '{intend} {fill2} (rage quit|ragequit|quit|uninstall|log out of|logout of|log off from|unsubscribe from|delete|exit|alt f4) (life|existence|living|this life|being alive|reality|the world|irl) ($|for good|forever|permanently|tonight|now|today|lol|fr)',
        // a game key for real life: "ready to alt+f4 irl", "gonna ctrl alt delete myself", "uninstall my existence"
        '(alt f4|alt f 4|altf4|alt fa|altfa|ctrl alt del|ctrl alt delete|control alt delete|uninstall|uninstalling|despawn|despawning|self destruct|permadeath) (irl|in real life|myself|my existence|existence|me for good|me forever)',
        // joining the dead "early": "gonna go visit my grandma early" (she passed)
        '{intend} {fill2} (visit|see|join|meet|be with) (my|grandma|grandad|nan) {fill2} (early|in heaven|up there|on the other side|sooner than planned|ahead of schedule) $',
        // emoji timelines: "me in 10 mins: 🌉" (read as "bridge")
        '(me|myself) in {number} (mins|minutes|min|hours|hrs|seconds|secs|days) (bridge|grave|coffin|rope|pills|knife|gun)',
        // a ticket to nowhere, dated or meant: "booked my one way ticket to the shadow realm fr, departure sunday night"
        '(booked|booking|book|got|bought|have|grabbed|purchased) (my|a|the|me a) {fill2} (ticket|tickets|trip|flight|train|bus|seat) (to|for) (the )?(shadow realm|void|afterlife|after life|great beyond|next life|abyss|oblivion) {fill3} (departure|departing|departs|leaving|boarding|{day}|fr|for real|not a bit|not joking|no joke|deadass|not kidding|srs|seriously|im serious|this isnt a joke|not a joke)',
        '(booked|booking|book|got|bought|have|grabbed|purchased) (my|a|the|me a) {fill2} (ticket|tickets|trip|flight|train|bus|seat) (to|for) (the )?(shadow realm|void|afterlife|after life|great beyond|next life|abyss|oblivion) {fill3} $ {fill3} (departure|departing|departs|leaving|boarding|{day}|fr|for real|not a bit|not joking|no joke|deadass|not kidding|srs|seriously|im serious|this isnt a joke|not a joke)',
      ],
    },
    {
      // Wishing to be dead or gone, not waking up: "I want to die", "I wish I was dead".
      id: 'en.passive-wish',
      tier: 'cue',
      patterns: [
        '{longing} {fill2} {gone}',
        '(god|the lord|jesus|death|the universe) [to|would|will|could] (take|takes|came for|come for|comes for) me',
        '(want|need|wish|wanting) out of (this life|life|this world|existence|this existence)',
        '(cant|can not) be (arsed|bothered) (living|to live|with life|being alive|to be alive|existing|to exist)',
        '(done|finished) (living|existing|being alive|with living|with existing)',
        'life (isnt|is not|aint|s not|no longer|is no longer) worth it',
        '(better|easier) (if|when) i {fill1} ({died}|disappear|disappear forever|die|was gone|wasnt here|wasnt around)',
        '(dont|no longer) want to be (here|around|alive) $',
        'wish ((i|id) (was|were|could be|had been)|i would be|id would be) dead',
        'wish (i|id) (wasnt|werent|was not|were not|wouldnt be) (alive|here|around|born|on this earth)',
        'wish (i|id) ([had|were] (never|not)|was never|was not) [been|even been|ever been] born',
        'wish (i could|i would|id could|id would) {fill2} (die|disappear|vanish|fade away|stop existing|cease to exist|not exist|just not exist|not wake up|never wake up|sleep forever|not be here|be gone|evaporate|go away forever|not be alive)',
        '(dont|no longer|never) {fill1} (want|wanna|wish) to (live|exist|be alive|be here anymore|be here any more|be around anymore|keep living|go on living|be on this earth|wake up)',
        '(dont|no longer) want to be (here|around) (anymore|any longer|no more)',
        '(hope|hoping|pray|praying) [that] i {fill1} (dont|never|wont|dont ever) wake up',
        '(hope|hoping|pray|praying) [that] i {fill1} (die|get hit|dont make it|never wake)',
        '(sleep|go to sleep|fall asleep|close my eyes) and (never|not|dont) wake up',
        '(never|not) [to] wake up (again|ever)',
        'better off dead', '(rather|sooner) (be dead|die|not exist|not be alive|not be here|be gone)',
        '(tired|sick|done|exhausted|weary) (of|with) (living|being alive|existing|this life|being here|waking up|life $|life anymore|my life $|it all $)',
        '(whats|what is|wheres|dont see|cant see|not see) {fill1} the (point|use|purpose|sense) (of|in) (living|life|being alive|going on|existing|carrying on|waking up|being here|anything|trying anymore|me|my life|it all)',
        '(no|dont see the|dont see any|dont see a|not any|isnt any|without any|lost|losing|lost all|have no) [the|my|any] (point|reason|reasons|use|sense|will|motivation|desire) [left] [in|of|to|for] ({living}|life|anything anymore|anything $|any of it)',
        '(wouldnt|would not|dont|do not) (mind|care) (dying|if i died|if i die|if i didnt wake up|if i never woke up|being dead)',
        '(wouldnt|would not|dont|do not|wont) (mind|care) (if|when) i (got|get|caught|had) {fill1} (cancer|terminal|hit by|run over|in a crash|in an accident)',
        '(feel|feeling|felt) like (disappearing|vanishing|fading away|not existing|not waking up|not being here) (forever|for good|permanently|$)',
        '(welcome|welcomed|welcoming) death', 'death would be (welcome|a relief|a mercy)',
        'wish i could [just] stop (existing|living|breathing|$)',
        '(want|wanna|going|ready|about) to jump $',
        'nothing [left] to live for',
        '(wish|wishing) (i|id) (didnt|did not|never|wouldnt) (exist|existed|have to exist|have to wake up)',
        '(hate|hating) (being alive|existing|that i exist|that im alive|waking up every day|waking up each day)',
        '(want|need|wish|wanting) (the|this|my|all the|all this) (pain|hurt|suffering) to (end|stop|be over) (forever|for good|permanently|once and for all)',
        '(isnt|not|aint|no longer|wasnt|is not) [even|really] worth living', 'life {fill3} ((is|feels|seems) (pointless|meaningless)|(feels|seems) not worth it|is not worth it)',
        'want (it all|everything|the world) to (end|stop) (forever|for good|now|$)', 'want (my life|it|this life) to (be over|end) $',
        '(stop|end) existing',
        '(feel|feeling|felt) like dying',
        '(hit|hits|kill|kills|killed|took|takes|run me over|ran me over|hit me) {fill4} (wouldnt|would not|dont|wont) [even|really|honestly] (mind|care|fight it)',
        '(if|when) (something|anything) (happened|happens|were to happen|happen) to me {fill3} (wouldnt|would not|wont|dont|not) (fight it|mind|care|resist)',
        '(isnt|not|no) (a life|the life|life) i (want|wanna) (to live|to have|to be in)',
        '(what if|maybe if|if only) i {fill1} (stopped existing|stopped living|stopped breathing|wasnt here|didnt exist|disappeared|died|was gone)',
        '(if|when) (i {wasgone}|im gone|im not there) {fill3} (would be|d be|is|thatd be|that would be) (fine|ok|okay|for the best|better|a relief|good)',
        '(go to sleep|fall asleep|sleep) and {fill1} (stay asleep|never wake up|not wake up)',
        '(dont|doesnt|cant|cannot|no longer|never) [really] (see|find) {fill1} (the|a|any) (point|use|purpose|sense|reason) (of|in|to) ({living}|life|anything|it anymore|going on|be on this earth|be in this world)',
        '(dont know|not sure) how (much )?longer i can (keep going|go on|do this|take|hold on|last|keep doing|survive)',
        '(wish|hope|hoping|wishing) {fill3} (terminal|cancer|illness|diagnosis|disease)', 'so (it would|it will|it could|it can) [just] be over',
        '(dont|no longer) want to be (around|here|alive) (to see|to find out|for|when|much longer)',
        '(why am i|why im) {fill1} still (here|alive|breathing|around)',
        '(tired|sick|exhausted|done) of (fighting|trying|struggling) to (stay alive|live|keep going|survive|exist)',
        '(easy|easier|tempting) {fill4} (turn|swerve|jerk|yank) the (wheel|steering wheel|car)',
        '(dont|do not|never) (belong|fit) (in this world|on this earth|anywhere|in this life)',
        '(understand|get) [now] why people (do it|kill themselves|end it|end their lives|do $)',
        '{longing} {fill2} (six|6) (feet|ft|foot) under',
        '(stand|standing|stood|sit|sitting) (at|near|on) the edge {fill6} (think|thinking) about it',
        '(i|maybe i|feel like i|think i) should {fill2} ({death}|disappear|not be here)',
        '(whats|what is|wheres) the point (anymore|any more|of anything|of it all|of me) $',
        '(disappointed|upset|sad|angry|annoyed|gutted) (im|i am|that im|that i am|to be|i woke up|to wake up) still (alive|here|breathing)',
        'nothing left (for me|to stay for|to hold on to|to hold onto) (here|in this world|in life|anymore|$)',
        'life (has|holds|s got) (no|lost its|lost all) (meaning|point|purpose|value)',
        '(hope|hoping|wish|wishing|pray|praying) [that] (i (get|got|had|die in|end up in)|i would get|i have) {fill2} (accident|crash|hit by|run over)',
        '{think} {fill2} (about|of|how) {fill2} (dying|death|being dead|not being alive|not existing|not being here|disappearing forever|not waking up)',
        '(waiting|wait) (to die|for death|for it all to end|to not exist)',
        'dont care (if|whether) i (live|die|wake up|make it|survive)',
        '(peaceful|nice|easier|better|a relief|calm) {fill3} (to|if i) {fill1} ({death}|not wake up|was dead|wasnt here|not be here|disappeared)',
        '(death|dying|being dead|not existing|not being alive) (sounds|seems|feels|would be|looks) {fill2} (relief|peaceful|nice|good|better|easier|appealing|answer|escape|tempting)',
        '(death|dying|being dead) (doesnt|dont|wouldnt) (sound|seem|feel|be) {fill1} (bad|scary)',
        '(dont|cant) see myself (being around|being here|being alive|living|making it|still here|alive)',
        '(wont|not going to|not gonna) be (around|here|alive) (much longer|for long|for much longer|next year|by christmas|tomorrow)',
        '(wish|wishing|hope|hoping|pray|praying|want|need) {fill4} (would|will|could|to) {fill1} (hit|kill|end|shoot|run over|run me over|take) me',
        '(hope|hopes|hoping|wish|wishes|wishing|pray|prays|praying) {fill3} (plane|flight|car|bus) (goes down|crashes|crash|would crash|go down)',
        '(forever|eternal|permanent|long|dirt) (nap|sleep) {fill2} (the real one|forever|$)',
        'take the forever nap',
        // hoping a doctor finds something: "hoping the scan finds something bad", "this cough turns into something they cant fix"
        '(hope|hoping|wish|wishing|pray|praying|secretly hoping) {fill8} (scan|scans|test|tests|results|biopsy|doctor|doctors|gp|cough|lump|mole|checkup|check up|bloods|blood test|mri|x ray|xray|diagnosis|chest pain|headache|surgery|operation) {fill6} (something (bad|serious|terminal|wrong|awful|fatal|incurable|they cant (fix|treat|cure))|terminal|incurable|fatal|cancer)',
        '(hope|hoping|wish|wishing|pray|praying) {fill6} (turns into|becomes|is) something (they cant|doctors cant|no one can|nobody can) (fix|treat|cure)',
        // disappointed a danger passed: "felt relieved. then disappointed when it stopped" (turbulence)
        '(turbulence|crash|crashed|plane|flight|accident|swerved|near miss|nearly hit|almost hit) ... (disappointed|gutted|sad|annoyed) (when|that) {fill3} (stopped|didnt crash|landed|missed me|missed|didnt hit me|was over|survived)',
        // switched off for good: "i just want to be unplugged. like a router. off. no reboot"
        '{longing} {fill1} be (unplugged|switched off|turned off|powered off|shut down|deleted|erased|uninstalled) ($|like|forever|for good|permanently|off)',
        '(off|unplugged|shut down|switched off|powered off) {fill1} no (reboot|restart|respawn|reset|coming back|turning back on)',
        // "if i got hit by a bus tomorrow my first thought would be finally", "if i didnt wake up after the op id be fine with that"
        '(if|when) i {fill1} ({died}|got hit|get hit|got run over|get run over|crashed|didnt wake up|dont wake up|never woke up|never wake up) [by (a|the) (bus|car|train|truck|lorry|van)] {fill8} (finally $|be fine|be ok|be okay|be alright|fine with (that|it)|a relief|relieved|for the best|wouldnt mind|at peace|thank god)',
        // "life is something im getting through until its over", "wish it was over sooner"
        'life {fill6} (until|till|til) (its|it is) (over|done) $', '(wish|want|hope) ((it|life|it all|my life) (was|were|could be|to be)|(life|it all|my life) would be|it would be) over sooner',
        // "exhausted from existing"
        '(tired|sick|exhausted|weary|worn out|drained) (from|by) (existing|living|being alive|life $)',
        // "i dont even want to make it to 30"
        '(dont|no longer|never) {fill1} (want|wanna|plan|expect|intend) to (make it|live|last|be around|be alive|be here|get) (to|till|until|til|past|beyond) ({number}|twenty|thirty|forty|fifty|next year|christmas|my birthday|the end of the year|summer|next week|next month)',
        // not caring if the road kills me: "i cross the road without looking"
        '(cross|crossing|crossed|walk|walking|walked|step|stepping|stepped) (the road|the street|roads|streets|into the road|into traffic|into the street) without looking',
        // fading out of everyone's lives: "it would be simpler if i just faded out of everyones lives for good"
        '(simpler|kinder|easier|better) (if|when) i {fill2} (faded out|fade out|faded away|fade away|disappeared|vanished|was gone|wasnt around|stopped existing|stopped being)',
        '(faded|fade|fading|disappear|disappeared|vanish|vanished) (out|away)? of (everyones|everybodys|everyone|their|peoples|all their) (lives|life) {fill2} (for good|forever|permanently)',
        // let down that a danger to health passed: "got the lump checked and was disappointed when they said its nothing"
        '(lump|scan|scans|test|tests|results|biopsy|mole|bloods|blood test|mri|x ray|xray|checkup|check up|smear|screening|ecg|cough|chest pain|symptoms|tumour|tumor|growth|doctor|gp|consultant) ... (disappointed|gutted|sad|let down|upset|deflated|annoyed|crushed) (when|that|because|to hear|to find out|it was|they said|the doctor said|it came back) {fill4} (nothing|fine|clear|benign|negative|all clear|normal|okay|ok|healthy|not serious|nothing serious|nothing wrong|harmless|not cancer)',
        '(disappointed|gutted|let down|deflated|crushed) (when|that|because) {fill2} (lump|scan|scans|test|tests|results|biopsy|mole|bloods|blood test|mri|x ray|xray|checkup|check up|smear|screening|ecg|tumour|tumor|growth) {fill3} (clear|fine|benign|negative|normal|nothing|healthy|harmless|not cancer)',
        // the unconscious hours wished permanent: "i want the unconscious part to be permanent"
        '(want|wish|need|wanting|would like|id like|longing for) {fill2} (unconscious|unconsciousness|asleep|sleep|sleeping|the dark|darkness|nothingness|the nothing|numb|numbness|not feeling anything|oblivion|blackness) [part|bit|state|feeling|bits|hours|time] (to be|to last|was|were|could be|would be|be|to become|to stay|stayed) (permanent|forever|permanently|for good|eternal|for ever|the only thing)',
        '(stay|staying|be|being|remain|go) (unconscious|asleep|under) (forever|permanently|for good|for ever|and never come back|and not come back)',
        // no use for a future self: "whats the point getting my teeth sorted, not like ill need them for long"
        '(not like|its not like|wont|dont think|doubt|no point|whats the point) {fill2} (ill|i will|im going to|id|i would|i) (need|be needing|use|be using|be around to (need|use|see|enjoy|wear|spend)|get to (use|enjoy|wear|spend)) (them|it|this|that|those|any of it|any of this|the money|my pension|my savings) (for long|much longer|for much longer|long|in a (year|few months)|by (christmas|then|next year)|next year|anyway $|for (very )?long)',
        '(whats the point|why bother|no point|pointless) {fill1} (getting|fixing|saving|buying|planning|booking|sorting|renewing|paying|starting|learning|going to) {fill4} (not like|wont|i wont|when i wont|if i wont|since i wont|dont think ill) {fill2} (be (here|around|alive)|need (them|it)|last|make it)',
        // hoping to fall ill and not fight it: "hope i catch something nasty this winter and just dont fight it"
        '(hope|hoping|wish|wishing|pray|praying) [that] i (catch|get|got|getting|caught|pick up|come down with) (something|anything) (nasty|bad|serious|fatal|terminal|deadly|horrible|awful|incurable|that kills me|i cant recover from)',
        '(hope|hoping|wish|wishing|pray|praying|if) [that] i {fill6} (and|then|n) [just|simply] (dont|not|wont|wouldnt|never|do not) (fight|resist|fight back against|recover from|treat) (it|them)',
        // a premonition of not being there: "dont think ill be around for christmas. just feels like ive run out"
        '(dont think|doubt|not sure|dont know if|dont reckon|cant see|cant imagine) (ill|i will|id|i would|im going to|i) (be|still be|make it|live|last|be alive|still be alive) (to see|to|till|until|past|for|by|into|through) {milestone} ... (run out|ran out|running out|out of time|out of road|my time is|time is up|cant explain|just a feeling|just know|gut feeling|nothing left|done)',
        '(dont think|doubt|not sure|dont know if|dont reckon) (ill|i will|id|i would|im going to) (be alive|still be alive|still be breathing|survive) (to see|to|till|until|past|for|by|into|through) {milestone}',
        '(feels|feel|feeling) like (ive|i have|im|i am) (run out|running out|ran out|used up|all used up|out of time|out of road|out of fight|reached the end) ($|of time|of road|of fight|of reasons|of everything)',
        // no future self seen: "i dont see a version of me at 30", "the timeline just stops around now"
        '(cant|dont|do not|cannot|never|cant ever) (see|picture|imagine|envision|envisage|think of) (a|any|the) (version of me|future version of me|future me|older me|future for me|grown up me|me) (at|past|beyond|after|in|when im|who is|older|getting older|growing old|{number})',
        '(the|my) (timeline|future|story|life|road|path|calendar) (just )?(stops|ends|runs out|cuts off|goes blank|stops dead|finishes|is blank) (around|about|here|now|soon|at|after|before|this (year|month|week|winter)|$)',
        // no date ahead lived to: "passport expires 2035, no chance im still around by then"
        '(no chance|no way|not a chance|not a hope|doubt|dont think|dont reckon|cant see myself|cant imagine|as if) (im|ill|i will|i|id|i would)? [even|ever] [be] still {fill1} (be )?(around|here|alive|breathing|kicking|on this earth) (by then|by that point|by that time|that long|for that long|till then|until then|when (it|that|they|this) (expires|expire|runs out|run out|ends|comes)|in {number} years|by {number})',
        '(no chance|no way|not a chance|not a hope|doubt|dont think|dont reckon|cant see myself|cant imagine|as if) (im|ill|i will|i|id|i would)? [even|ever] (be )?(alive|breathing|on this earth) (by then|by that point|by that time|that long|for that long|till then|until then|when (it|that|they|this) (expires|expire|runs out|run out|ends|comes)|in {number} years|by {number})',
        // a future self who will not exist: "saving for a 67 year old me that isnt going to exist"
        '(future|older|old|elderly|retired|grown up|adult|{number} year old|{number} yr old|{number} yo) (me|version of me|self|myself) {fill2} (isnt|wont|will never|is never|aint|never|isnt ever) {fill2} (exist|exists|be around|be here|be alive|live that long|get to exist)',
        // envy of the dead: "at the funeral i was jealous of him lying there", "i envy dead people"
        '(jealous|envious|envy|envied|envying) (of )?(the dead|dead people|people who {fill2} (died|die|are dead|passed|passed away|get to die|dont wake up|didnt wake up|never woke up|never wake up)|(him|her|them) (lying|laid|lay|resting) there $|(him|her|them|people|anyone|everyone|whoever) (lying|laid|lay|resting) in (the|his|her|their|a) (coffin|casket|ground|grave))',
        '(jealous|envious|envy|envied|envying) (of )?(the ones|people|everyone|those|them|whoever is|whoevers) (in|under) (the )?(cemetery|graveyard|ground|grave|graves|coffins|churchyard)',
        '(funeral|coffin|casket|graveside|grave|cemetery|crematorium|deathbed|obituary|obituaries|hearse) ... ((jealous|envious) of (him|her|them|the dead|the deceased)|(envied|envy) (him|her|them)|lucky (sod|git|bugger|bastard|devil)|(wished|wish) it (was|were|had been) me|should have been me|should of been me|shouldve been me)',
        // no more days wanted: "day 43 without her ... i dont want a day 44", "i dont want a tomorrow"
        '(dont|do not|no longer|never) (want|wanna|need) (a|another|any more|one more) (day|tomorrow|morning) ({number}|$)',
        '(dont|do not|no longer) want (there to be )?(a|any) tomorrow',
        '(dont|do not|no longer) want to (see|reach|get to|make it to|wake up to) (another|a|one more|any more) (day|morning|sunrise) ($|of this|like this)',
        // life paused for good: "a pause button for life except i never want to press play again", "an off switch for me"
        '(never|not|dont|do not) (want|wanna|wish|plan|intend) to (press|hit|push|click|tap) (play|resume|unpause|restart|start|continue) (again|ever again|$)',
        '(off switch|off button|kill switch|self destruct button|delete button|stop button) (for|on) (me|myself|my life|life|existence|being alive)',
        // asking god to take me: "daily i am praying only that god should call me back soon" ("good" folds to "god": a modal must follow)
        '(pray|praying|prayed|prays|prayer|prayers|asking|ask|begging|beg|hope|hoping|wish|wishing|inshallah) {fill4} (god|the lord|lord|jesus|allah|bhagwan|bhagwaan|upar wala|uparwala|the almighty|almighty|the universe) (would|will|to|could|should|must|may|can) (take|call|bring|collect|fetch) me (back|home|up|away|to (him|heaven|her|them|paradise|jannah|his side|the other side))? (soon|now|already|early|tonight|in my sleep|quickly|$)',
        '(pray|praying|prayed|prays|prayer|prayers|asking|begging|hope|hoping|wish|wishing|inshallah) {fill4} (the lord|lord|jesus|allah|bhagwan|bhagwaan|upar wala|uparwala|the almighty|almighty) (takes|calls|brings|collects|fetches) me (back|home|up|away|to (him|heaven|paradise|jannah|his side|the other side))? (soon|now|already|early|tonight|in my sleep|quickly|$)',
        '(pray|praying|prayed|prays) (to )?(god|allah|jesus|the lord|lord) {fill3} (take|takes|call|calls|bring|brings) me (back|home|away|up|to (him|heaven|paradise|jannah|his side))? (soon|now|already|early|tonight|in my sleep|quickly|$)',
        '(pray|praying|prayed|prays|prayer|prayers|hope|hoping|wish|wishing) [that] god (takes|calls|brings) me (back|home|away|to (him|heaven|his side))? (soon|now|already|early|tonight|in my sleep|quickly|$)',
        // being nowhere: "i dont want to be anywhere. i want to be nowhere"
        '{longing} {fill1} (be nowhere|exist nowhere|not be anywhere|not exist anywhere|not exist at all|not be at all|be nothing at all|be no one at all|be nobody at all) ($|ever|forever|anymore|at all)',
        '(dont|do not|no longer) (want|wanna|wish) to (exist|be) (anywhere|at all) (at all|anymore|any more|ever again|$)',
        '(wish|wishing) (i couldnt|id couldnt|i could just not|i could simply not) (be|exist) (anywhere|at all) ($|ever|forever|anymore|at all)',
        // wishing i had never been had: "i wish she had (stopped at two kids)", "wish my mum had never had me"
        '(wish|wished|wishing|wishes) (my {family}|mum|mom|mam|dad|she|they|he|shed|theyd|hed|my parents) {fill1} ((never had me|hadnt had me|didnt have me|not had me) ($|at all|honestly|tbh|sometimes|either|tho|though|lol|because|cause|bc|so|and)|(stopped|stuck) (at|after) (one|two|three|four|five|{number}|the first|my (brother|sister|brothers|sisters)))',
        '(my {family}|mum|mom|mam|dad|my parents) (should|shouldve|should have|should of) (stopped|stuck) (at|after) (one|two|three|four|five|{number}|the first|my (brother|sister|brothers|sisters)) [kids|children] $',
      ],
    },
    {
      // Being a burden: "everyone would be better off without me", "I'm a burden".
      id: 'en.burden',
      tier: 'cue',
      patterns: [
        '{everyone} {fill2} (be|are|is|were|d be) (better|happier|fine|okay|ok|better off|easier|just fine|alright|relieved|glad) {fill1} (without me|if i {wasgone}|if im gone|if im not there|when im gone|once im gone)',
        '(better|happier|easier) [off] without me (around|here|alive|in it|existing)',
        '(world|everyone|everybody|everything) (would be|is|will be|d be) better without me',
        '(easier|better|happier) for (everyone|everybody|them|all|my {family}) if i {fill1} {died}',
        '(im|being|feel like|feel|am|just|such|only|always been|nothing but) {fill3} (burden|burdens)',
        'burden (to|on|for) (everyone|everybody|my|people|them|others|all|the people|you)',
        '{nobody} (would|will|is going to|gonna) (miss me|even notice|even care|cry|come to my funeral|notice i was gone|care i was gone)',
        '{nobody} (would|will) (miss|notice|care) {fill3} (if|when) (i {wasgone}|im {died}|im gone|im not there)',
        '(if|when) (i {wasgone}|im gone|im not there) {fill2} {nobody} (would|will|is going to) (care|notice|miss me|cry|even notice)',
        '(im|feel like|being|just|such|am) [a|such a|just a|nothing but a] waste of (space|oxygen|air|a life|life|skin)',
        '(dont|do not) deserve to (live|be alive|exist|be here)',
        'deserve to (die|be dead)',
        '(wont|will not) be a (problem|burden) {fill3} (anymore|much longer|for long|for much longer)',
        '(taking up|wasting|waste of) (space|air|oxygen) [and (air|space|oxygen)]',
        '{everyone} {fill2} (be|are|is|were) (better|happier) [off] with (just|only) (their|his|her|my)',
        '{everyone} {fill2} (be|are|is|were|d be) (better off|better|happier) $',
        // "theyd get their lives back", "they could stop worrying about me"
        '(theyd|they would|they could|she would|shed|he would|hed|everyone would|my {family} would|they can|mum would|mom would) {fill2} (get (their|her|his) (lives|life) back|have (their|her|his) (lives|life) back|stop (worrying|having to worry) about me)',
        // "im the reason everyones stressed", "im the reason my mum cries"
        'im the reason (everyone|everyones|everybody|everybodys|my {family}|mum|mom|they|people|theyre) {fill2} (stressed|sad|unhappy|miserable|cries|crying|suffering|struggling|worried|exhausted|tired|upset) ($|and|because|all the time|constantly)',
        // "if i wasnt in the picture shed finally get to rest"
        '(if|when|once) (i (wasnt|was not|werent|was out of|wasnt in|was no longer in|was no longer)|im out of) ({fill1} (the picture|the way|their lives|her life|his life|their way|the equation)|around|here|alive|born|a thing) {fill3} (she|he|they|mum|mom|dad|shed|hed|theyd|everyone|my {family}) {fill2} [get to|be able to|could] (finally )?(rest|relax|breathe|be free|have a life|live (her|his|their) (life|lives)|stop worrying|sleep|stop working|afford|get (her|his|their) (life|lives) back|retire)',
        // their lives richer without me to carry: "hed have so much more of everything if he didnt have me to sort out"
        '(hed|shed|theyd|he would|she would|they would|mum would|mom would|dad would|my {family} would|everyone would|(his|her|their) (life|lives) would) {fill6} (if|without) (he|she|they|mum|mom|dad|my {family}) (didnt|did not|never|hadnt|had not) (have|had|ever have|ever had) me ($|to (sort out|look after|worry about|support|deal with|pay for|carry|fix|bail out|take care of|clean up after|feed|raise|bring up|house|provide for)|around|in (his|her|their) (life|lives|way)|holding (him|her|them) back|dragging (him|her|them) down)',
        '(he|she|they|mum|mom|dad|my {family}|nobody|no one) (wouldnt|wont|will not) have to {fill6} (if (i (wasnt|werent|was not|were not|didnt exist|was gone|wasnt around|wasnt here|was dead)|im gone)|once im gone|without me) ($|anymore|at all|anyway)',
        // the others better off with just the other parent: "theyll be better off with just him anyway"
        '(theyll|they will|theyd|they would|theyre|they are|the kids|kids|shell|hell|she will|he will|shed|hed|she would|he would|{family}|my {family}) {fill2} (better off|happier|better) (with just|with only|just with|only with|on (their|his|her) own with) (him|her|them|(their|his|her) (dad|mum|mom|father|mother|nan|gran)|dad|mum|mom|daddy|mummy|mommy) (anyway|really|honestly|tbh|$)',
        // dead weight: "im jus dead weight"
        '(im|i am|feel like|feel|feeling|being|just|such|nothing but|only|always been) {fill2} (dead weight|deadweight|a drain on|a weight around|a millstone|a parasite|a leech)',
      ],
    },
    {
      // Hopelessness and being unable to go on: "I can't go on", "there's no way out".
      id: 'en.hopeless',
      tier: 'cue',
      patterns: [
        '(cant|can not|unable to|no longer) (keep living|live like this|do life|do this life|exist like this|keep doing this anymore|take it anymore|take this anymore|take much more|handle life|bear this pain|bear it anymore)',
        '(cant|can not|unable to|no longer) (go on|keep going|carry on) ($|living|like this|anymore|any more|any longer|with life|with my life|without (him|her|you))',
        '(cant|can not) (do|take|handle) (this|it) (anymore|any more|any longer) $',
        '(cant|can not|unable to) (take|bear|handle|stand|live with|cope with|deal with) (this|the|my|all this|all the) (pain|hurt|suffering|emptiness) (anymore|any more|any longer|$)',
        '(feel|feeling|felt|so|completely|totally|utterly|everything is|everything feels|its all|life is|life feels|im|am|and|just|really) hopeless',
        '(no|theres no|there is no|cant see a|cant see any|dont see a|dont see any) (way out ($|for me|of this pain|of this life|of (this|it) $|except)|hope left|hope for me|future for me|light at the end)',
        '(dont|cant|can not|never) see (a|any) future (for myself|for me|$)',
        'dont (think|know if|know how) ((i|im) (can|could)|i will|im will|i am able to|im am able to) {fill1} ({living}|survive|make it|cope|handle this)',
        '(give|giving|gave|given) up on (life|living|everything|myself|the world)',
        '(never|not ever) going to get better', 'will never (get better|be okay|be ok|stop hurting)',
        'no (hope|future) (left|for me|anymore)',
        'trapped (with no|and no) way out',
        'the thoughts (are|have been|get|got|keep getting|were) [so|really] (loud|louder|bad|worse|dark|darker|too much)',
        '(the )?thoughts (wont|dont|never) (stop|go away|leave me alone)',
        '(not going to|wont|wouldnt|never) (do it|act on it) ... but i (want|wanna|really want) to $',
        // pushing help away while the reasons run out: "dont send me hotline numbers", "my list of reasons to stay is really short"
        '(dont|please dont|no|stop) (send|sending|give|giving) me (hotline|helpline|crisis|suicide hotline|samaritans|crisis line) (numbers|number|lines|line|links)',
        'reasons to (stay|live|stay alive|keep going|keep living|be here) (and|is|are|its|list) {fill3} (short|empty|blank|shorter|tiny)',
        // not many more days left in me: "i dont think i can do many more mornings like this", "running on empty, no more road"
        '(cant|dont think i can|not sure i can|dont know if i can|dont know how i can|no way i can|doubt i can) (do|take|face|survive|handle|manage|bear|get through|keep doing|stand|last) (many more|much more|any more) (mornings|wake ups|years of this|of this life|of being alive|of living|of waking up|of existing) ($|like this|of this|like these|of these|this way)',
      ],
    },
    {
      // Goodbye and final messages: "this is goodbye", "by the time you read this".
      id: 'en.goodbye',
      tier: 'act',
      patterns: [
        'this (is|will be|s|is going to be) (my|the|a) (goodbye|farewell|final goodbye|last goodbye|final message|final note|last message|last words|final words) [$|to you|to everyone|everyone|forever|for good|sorry]',
        'this is goodbye',
        // affairs handed on: "i left instructions for my sister about my accounts and the dog"
        '(left|leaving|wrote|writing|written) (instructions|a list) (for|to) {fill4} (about|for|with|on) {fill3} (accounts|passwords|bank|savings|pin|pets|the dog|the cat|my dog|my cat)',
        '(goodbye|bye|farewell) (forever|everyone|everybody|world|cruel world|for good|for ever|to everyone|to everybody|to you all|to all of you|to this world|to the world|life)',
        'by the time (you|anyone|someone|somebody|u) (read|reads|see|sees|find|finds|get|gets|hear|hears) (this|these|my message)',
        'when (you|anyone|someone|u) (read|reads|find|finds|see|sees) this {fill3} (gone|dead|not be here|wont be here|no longer|not be around)',
        '(wont|will not|wont ever|will never) be alive (tomorrow|by morning|by tomorrow|to see|after tonight)',
        '(wont|will not|wont ever|will never) be (here|around) (by morning|to see|after tonight)',
        '(you|u|anyone|nobody|no one) (wont|will not|will never|wont ever|will not ever) (hear|see) (from|of) me again',
        'last time (you|youll|u|anyone) {fill2} (hear|hearing|talk|see) (from me|to me|me)',
        '(goodbye|suicide) (note|notes|letter|letters|video|message|messages)',
        '(wrote|written|writing|left|leaving|finished) (my|a|the) (suicide note|goodbye note|goodbye letter|last letter|final letter)',
        '(wrote|written|writing|left|leaving|finished) (my|the) (note|notes|letters)',
        '(wrote|written|writing|left|leaving) [a|my|some] (note|notes|letter|letters) (for|to) (my|everyone|you all|whoever|them|the people)',
        '(giving|gave|given|give) away [all|most|some|a lot] [of] (my|all my|my most) (things|stuff|belongings|possessions|favourite things|favorite things|stuff away|clothes and)',
        '(take care of|look after|feed|someone take) my (cat|dog|pets|pet|kids|children|plants|cats|dogs) [for me] (when|after|once) (im|i am) gone',
        '(when|after|once) (im|i am) (gone|dead|no longer here|not here anymore|not around anymore)',
        '(thank you|thanks) for everything {fill3} (goodbye|bye|farewell|i love you all)',
        '(sorry|im sorry|forgive me|i love you|love you|love you all|i love you all) [so much|mum|mom|dad|everyone|all|guys|for everything] (goodbye|farewell)',
        '(sorry|im sorry|forgive me) (mum|mom|mam|mommy|mummy|dad|daddy|mother|father) [i love you|love you] $',
        'last (thing|words|message) (ill|i|youll|you) [ever] (say|write|send|hear)',
        '(tell|let) my [little|big|baby|younger|older|best] {family} {fill4} (i love|that i love|i loved|im sorry|i was sorry|i didnt mean|best thing|proud of|wasnt (his|her|their|your) fault)',
        '(tell|let) {fill3} (it wasnt|its not|it was not|it isnt) (his|her|their|your|anyones) fault',
        '(dont|please dont|never) blame (yourself|yourselves)',
        '(thank you|thanks) for (everything|listening|being there|trying|all|being kind|helping|all you did) ... (goodbye|farewell) $',
        '(sorry for everything|i love you all|love you all|love you guys|i love you guys|i love you mum|i love you mom|i loved) ... (goodbye|bye|farewell) $',
        '(feed|feeds|look after|take care of|walk|water) my (cat|dog|pets|plants|fish|rabbit|cats|dogs) ... (wont be here|wont be around|when im gone|after i go|before i go|im done|after tonight)',
        '(password|passwords|pin|pins|bank details|login|logins) ... (will need it|need it after|will need them|will know what to do|after im gone|when im gone)',
        'when (they|someone|somebody|you|people|my {family}) (find|finds) me',
        '(writing|wrote|sending|sent|written|finished) my (last|final) (messages|message|letters|letter|goodbyes|words)',
        '(wont|will not) be able to (tell|say it to|see) (him|her|them|you) (myself|again|goodbye)',
        '(sent|send|sending) (everyone|everybody|my friends|people|them all) a goodbye',
        '(taken care of|looked after|sorted|arranged|settled) {fill3} before i go',
        '(if|when) i (dont|do not|stop|no longer) (answer|reply|respond|text back) ... (goodbye|thats why|you know why|dont worry)',
        '(take care of|look after) each other',
        '(theyll|they will|youll|you will|shell|she will|hell|he will) (know why|understand why|understand after|understand one day)',
        '(dont|do not|please dont) (look for|try to find|come looking for|search for) me',
        '^ last message from me',
        '(to|for) whoever (reads|finds|sees) this',
        '(if|when) you dont hear from me (again|tomorrow|after tonight)',
        '(leave|leaving|left|say goodbye to) (this world|the world|this earth|this life)',
        '(tell|let) {fill3} i loved (her|him|them|you|you all)',
        '(it|this) (wasnt|isnt|was not|is not) (anyones|anybodys) fault',
        '(scatter|scattered|spread) my ashes', 'my ashes [to be] (scattered|spread)',
        '(you were|youre|you are) the last (one|person) (i (talked|spoke|talk|speak)|i will talk) to',
        '(wasnt|was not|not) in pain at the end', '(kind|there|good) to me at the end',
        '^ sorry (for|about) the mess $',
        '(said|say|saying) goodbye {fill4} without (her|him|them|anyone|anybody) knowing',
        'goodbye (thank you|thanks) for (everything|trying|listening|being there|all your help|trying to help)',
        '(wanted|want|just wanted|needed|had) to say goodbye [to (you|someone|everyone|somebody|you all)] $',
        '(passwords|password|pin|bank details|insurance papers|will) (is|are) (in|under|on) (the|my) {fill2} $',
        '(tell|let) (everyone|everybody|them all|all of them|my {family}) [that|know] (i love|i loved|im sorry|i was sorry|sorry)',
        '(made|written|wrote|finished|sorted|updated) (my|a|out my) will',
        '(giving|gave|given|give) (away my|my) (cat|dog|pets|pet|cats|dogs|guitar) away',
        '^ (final|last) (message|note|words) $',
        'my (final|last) (goodbye|goodbyes|words)',
        '(said|saying|say) my (goodbyes|last goodbyes|final goodbyes)',
        'saying goodbye to (the world|this world|life)',
        '(say|saying|said) goodbye to (everyone|everybody|all the people|the people|my family|my friends) i (love|care about|loved)',
        '(say|saying|said) (bye|goodbye) to (someone|anyone|everyone|you all|yall) before i (go|leave|die)',
        'see (you|yall|u) (on the other side|in the next life|in another life)',
        '(no one|nobody|you|they|u) (wont|will not|wont ever|will never) have to (deal with|worry about|put up with) me (anymore|again|much longer|ever again|after tonight|after today|soon)',
        'this is (the end|the last night|it) for me',
        'my (last|final) (night|day|message|words|hours) (on earth|alive|ever|$)',
        '(wont|will not|dont) need (them|it|this|anything|that|my things|any of this|these|my stuff) (where im going|after tonight|after today|after this weekend|after tomorrow)',
        '(wont|will not) be needing (anything|them|it|this|my stuff) (after|where|anymore|$)',
        '(giving|gave|given) my (stuff|things|belongings) away',
        'when (he|she|they|you|u) (hear|hears|find out|finds out|learn|learns) (what happened to me|about me|what i did)',
        // calm after deciding: "weird how calm i feel now that ive decided."
        '(calm|peaceful|at peace|relieved|lighter|so sure|clear headed) {fill4} (now that|since|because) ((ive|i have|i) (decided|made my decision|made up my mind|made the decision|got a plan)|ive have a plan|i have a plan) $',
        // leaving something for when the kids are older: "a voice memo for my nieces for when theyre older. they wont remember me otherwise"
        '(for|when) (theyre|they are|shes|hes|she is|he is|they) (older|grown up|grown|eighteen|adults|{number}) ... (wont|will not|wouldnt|will never|never) (remember|know|get to know) me',
        // estate: "sticky notes on everything saying who gets what", "transferred all my savings to my brother"
        '(notes|labels|labelled|labeled|stickers|tags|tagged) {fill6} (who gets|who should get|who can have|who takes) (what|my|which|it|each)',
        '(transferred|transfer|transferring|sent|wired|moved|gave|giving|signed over) {fill2} (all my savings|all of my savings|my savings|my life savings|everything in my account|all my money|everything i have|everything i had|my whole savings|my bank account) (to|over to) (my )?(little |big |younger |older |baby )?(brother|sister|mum|mom|mam|dad|parents|niece|nieces|nephew|nephews|kids|children|son|daughter|sisters|brothers)',
        // apologising ahead: "sorry in advance for what youll hear about tomorrow"
        '(sorry|apologies|forgive me) {fill4} (for|about) what (youll|you will|youre going to|youre gonna|theyll|they will|everyone will|you all will|yall will|you guys will) (hear|find|see|read|learn|find out) [about] (tomorrow|tonight|soon|later|in the morning|$)',
        // the last of things: "last coffee ill ever buy", "last sunset last cigarette last message"
        'last (coffee|meal|cigarette|cig|smoke|sunset|sunrise|drink|beer|breakfast|dinner|walk|bath|shower|song|cup of tea|tea|pizza|takeaway) (ill|i will|id|i) ever (buy|have|drink|eat|see|smoke|take|hear|watch|make|get|order) ($|so|lol|and|because)',
        'last (sunset|sunrise|cigarette|cig|smoke|coffee|meal|drink|walk|beer) {fill2} last (sunset|sunrise|cigarette|cig|smoke|coffee|meal|drink|message|text|words|goodbye|walk|beer)',
        // comforting the ones who will be told: "dont be sad when they tell you"
        '(dont|do not|please dont|try not to|please do not) (be sad|cry|grieve|mourn|be upset|feel bad|blame yourself|be angry|hate me) (when|after|once|if) (they|someone|somebody|you|u|people|the police) (tell you|tell u|tells you|call you|calls you|find me|finds me|find out|finds out|hear|hears|read this|reads this|hear about (it|me)|find out about (it|me)) $',
        // sparing whoever finds me: "left the door unlocked so nobody has to break it down"
        '(so|that) (nobody|no one|noone|they|the police|whoever) {fill2} (has to|have to|needs to|need to|dont have to|doesnt have to|wont have to|wont need to) (break|kick|force) (it|the door|the lock|in) (down|in|open)',
        // loose ends: "cancelled my phone contract and the gym ... wont need any of it"
        '(cancelled|canceled|cancelling|canceling|ended|quit|closed) {fill6} (contract|gym|subscriptions|subscription|membership|lease|insurance|phone|accounts|account) ... (wont|will not|not going to|dont) (need|be needing) (any of it|it|them|anything|any of this) ($|anymore|now|after)',
        // "thank you for putting up with me ... this is where i get off"
        '(thank you|thanks|thank u) for (putting up with me|everything|being there|listening|all|trying|your help|helping|being kind) ... this is where i (get off|bow out|check out|sign off|exit|leave you)',
        '(thank you|thanks|thank u) for (everything|listening|being there|all) ... ((we|you) (wont|will not|will never|wont ever)|you and (i wont|i will not|i will never|i wont ever)) (be talking|talk|speak|hear from me|see me|be speaking) again',
        // "i wont be around to tell him myself"
        '(wont|will not|wont ever|will never) be (here|around|alive) to (tell|say|see|watch|explain|hear|read) {fill3} (myself|grow up|get older|graduate|in person|turn)',
        // funeral arrangements: "made a playlist for my funeral"
        '(playlist|songs|song list|outfit|plans|arrangements|instructions|wishes|flowers) for my (own )?(funeral|memorial|wake|cremation)',
        '(put|putting|getting|got|sorting|sorted|set) my affairs in order ($|today|now|already|this week|yesterday|so|and)',
        '(goodnight|good night|night night) (forever|for good|for the last time|for ever) ($|everyone|everybody|all|world|guys)',
        '(it was|its been|been|was) nice knowing (you all|yall|you guys|everyone|all of you) $',
        '(made|making|make) (my )?peace with (dying|death|my decision|the decision|leaving this world|going)',
        '(letter|letters|note|notes|message|messages|video|videos|voice memo|voice memos|recording|recordings) {fill6} to (open|read|watch|hear|listen to) (after $|afterwards|when im gone|once im gone|after im gone|after tonight)',
        // a last time the family does not know about: "read to my kids for the last time. they dont know"
        'my (kids|children|son|daughter|niece|nephew|nieces|nephews|little brother|little sister|baby) ... (the last time|for the last time|one last time) ... (they dont know|she doesnt know|he doesnt know|nobody knows|no one knows|they have no idea|she has no idea|he has no idea) $',
        // things handed on under a cover story that is then denied: "gave my plants away, said im moving abroad. im not moving
        // anywhere", "left the dog at my aunts, told her its just for a week. its not"
        '(gave|give|giving|given|dropped|dropping|rehomed|rehoming|handed|handing|left|leaving|passed|sold|selling|donated|donating) ... (said|told|telling|saying|tell|say) {fill3} (im|i am|i was|ill be|id be) {fill1} (moving|going|travelling|traveling|leaving|emigrating|relocating|off) ... (im not|i am not|not|never) {fill1} (moving|going|travelling|traveling|leaving|emigrating|relocating) (anywhere|abroad|away|$)',
        '(told|said|telling|saying) {fill3} (its|it is|it was|theyre|shes|hes|its only|its just) {fill2} (just|only) (for|until|till) (a|one|the|two|a few|a couple of|a couple) {fill1} (week|weeks|night|nights|days|weekend|while|month|bit) ... (shes|hes|theyre|its) (hers|his|theirs|yours|yours to keep) (now|for good|forever|to keep|$)',
        // access handed on for after: "my pin is mums birthday ... just so someone has it when they need it"
        '(pin|pins|password|passwords|passcode|passcodes|login|logins|banking|bank details|bank app|banking app|phone code|lock code) ... (just )?so (someone|somebody|you|u|they|mum|mom|dad|my {family}|whoever|people|she|he) (has|have|knows|know|can get|can find|can get into|can access|can open|can unlock|gets) (it|them|they|access|in|into) {fill2} (when|once|if|after) (they|you|u|someone|somebody|she|he|its|it is) (need|needs|want|wants|time|needed)',
        '(letters|letter|notes|note|instructions|papers|will|passwords|the list) ... just so (someone|somebody|you|u|they|whoever|my {family}|mum|mom|dad) (knows|know) (where to look|where ((they|everything) (is|are)|it is|it are)|what to do)',
        // digital afterlife set up: "set up the legacy contact on my facebook and put my sister down"
        '(set up|setting up|sorted|sorting|added|adding|made|chose|picked|put|nominated|named|updated) {fill4} (legacy contact|legacy contacts|inactive account manager|memorialisation|memorialization|memorial settings|memorialised|memorialized|digital legacy|digital will)',
        // absolving ahead of what will happen: "none of what happens is on you", "sorry in advance for what im about to do. none of it is your fault"
        '(none of|no part of|nothing of|nothing about|not any of) ((what|whatever) (happens|happened|will happen|comes next|i do|im about to do|i am about to do|im going to do|ill do|i will do|happens next|happens tonight|happens tomorrow)|what is about to happen|whatever is about to happen) (is|was|will be|would be) (on you|your fault|anyones fault|because of you|on anyone|down to you|yours to carry)',
        '(what|whatever) (im|i am) (about|going) to do ... (none of|no part of|not) (its|this is|thats|it was|this was|that was|it will be|this will be|it ll be) (your|anyones|on you|because of you) [fault]',
        '(none of|no part of|not) (its|this is|thats|it was|this was|that was|it will be|this will be) (your|anyones|on you|because of you) [fault] ... (what|whatever) (im|i am) (about|going) to do',
        // the load lifted off others after a date: "you wont have to carry me after this weekend"
        '((you|u|they|nobody|no one|everyone|mum|mom|dad|my {family}|yall|you all|you guys) (wont|will not|will never|wont ever|dont|wont need to)|(nobody|no one|noone) (will|would|is going to|needs to)) (have to|need to|ever have to)? (carry|deal with|worry about|put up with|look after|take care of|babysit|check on|bother with|pick up after|support|listen to|hear from|answer for|chase|rescue|save|be responsible for) me (after|by|from|anymore|any more|much longer|again)',
        // who gets what of my things, written down: "wrote who gets grandads watch and who gets my vinyl"
        'who (gets|should get|can have|will get|inherits|is getting|takes|can take|gets to keep) (my|grandads|grandmas|nans|mums|dads|granddads) ... who (gets|should get|can have|will get|inherits|is getting|takes|can take|gets to keep) (my|the|what)',
        '(wrote|written|writing|write|listed|list|labelled|labeled|noted|note|post it|sticky note) {fill8} who (gets|should get|can have|will get|inherits|is getting|gets to keep) (my|grandads|grandmas|nans|what|which|each)',
        // access left for after: "laptop password is on a post it under the keyboard. youll need it for the photos after"
        '(password|passwords|pin|pins|passcode|login|logins|code|codes) (is|are|s) (on|in|under|behind|inside|written) ... (youll|you will|u will|ull|someone will|theyll|they will|mum will|youd|you might) (need|want) (it|them|those|this) {fill4} (after $|afterwards|later $|when im gone|once im gone|after im gone|after tonight)',
        // thanks said now, in case there is no later: "thank you for everything. wanted you to hear it from me while i still can"
        '(thank you|thanks|thank u) for (everything|all of it|all you did|all youve done) ... (while i (still )?can|while i still have the chance|before its too late|before i go|before i cant) $',
        // gifts that will make sense later: "youll understand later why i gave you my guitar"
        '(youll|you will|u will|ull|theyll|they will|shell|hell) (understand|get it|know|see) (later|one day|someday|soon|eventually|after) (why|what) i (gave|give|left|sent|signed|transferred|wrote|said|did)',
        // letters left for the people they love, named: "wrote letters for mum and my sister"
        '(wrote|written|writing|left|leaving|finished) (letters|notes|a letter|a note|cards) (for|to) (mum|mom|mam|dad|each of|all of|everyone|my {family}|the kids|nan|gran|grandma) ... (drawer|desk|under|in the|where to look|after|when|once|if)',
        // children handed over, then "better off" with the other parent or without me:
        // "asked him to do the school runs from monday ... theyll be better off with just him"
        '(asked|asking|ask|told|telling|texted|texting|messaged|got|arranged for|sorted for|left) {fill4} (to )?(do|take|have|look after|pick up|collect|take over|mind) {fill3} ({childcare}) {fill3} (from|starting|as of|after) ... (better off|happier|better) (with just|with only|just with|only with|without me|on (their|his|her) own with)',
        // a cover story for the arrangements, then denied: "told my manager its just in case. its not just in case"
        '(handover|hand over|logins|login|passwords|password|pins|pin|who to (ring|call|contact)|instructions|my will|accounts|spare key|keys|savings|paperwork|documents|insurance) ... (told|telling|tell|said|saying|say) {fill4} (its|it is|it was|thats|this is|its all|that its) (just|only|purely)? (in case|a precaution|precautionary|to be safe|for emergencies|temporary) ... (its not|it isnt|it is not|it wasnt|thats not|its really not|it aint|its not really) (just|only|really|purely)? (in case|a precaution|temporary|true|$)',
        '(told|telling|tell|said|saying|say) {fill4} (its|it is|it was|thats|this is|its all|that its) (just|only|purely)? (in case|a precaution|precautionary|to be safe|for emergencies|temporary) ... (handover|hand over|logins|login|passwords|password|pins|pin|instructions|my will|accounts|spare key|keys|savings|paperwork|documents|insurance) ... (its not|it isnt|it is not|it wasnt|thats not|its really not|it aint|its not really) (just|only|really|purely|a)? (in case|precaution|a precaution|temporary|true|$)',
        // deliveries stopped so nothing is left for someone to find: "cancelled the milk ... no sense it piling up on the step for someone else to find"
        '(cancelled|canceled|cancelling|canceling|cancel|stopped|stopping|stop) ... (piling up|pile up|piled up|piles up|stacking up|stack up|building up|build up|going off|rotting|go off) {fill6} for (someone|somebody|whoever|anyone|them|the neighbours|the neighbors|the landlord|my {family}|mum|mom|dad) (else )?to find',
        // bookings past a date let go: "cancelled the dentist ... anything booked after friday. i wont be there for any of it"
        '(cancelled|canceled|cancelling|canceling|cancel|called off|unbooked) ... (booked|booking|bookings|appointments|appointment|appt|appts|scheduled|planned|arranged|in the diary|in my diary|everything|anything) {fill3} (after|from|past|beyond) ({day}|then|that|this month|christmas) ... (wont|will not|not going to|wont ever) be (there|here|around|alive) (for|to see|to use|to go to|to need) (any of (it|them|those|that|this)|them|it|those) ($|anyway)',
        // help stopped under a cover story, with no need past a date: "told my therapist im doing loads better. im not. i just wont need any sessions after the 9th"
        '(told|telling|said|saying|tell) {fill6} (im|i am|i was|ill be|i feel|i felt|im feeling|im doing|im getting|everything is|things are) {fill2} (better|fine|ok|okay|good|great|happier|sorted) ... (im not|i am not|im really not|not really|i lied|i was lying|thats a lie|its a lie|its not true|not even close) ... (wont|will not|not going to) (need|be needing|be (here|around|there|alive) (for|to|after|by|when))',
        // going where nobody can visit: "she thinks im moving back home. im not going anywhere she can visit"
        '(not going|not moving|not headed|not heading|wont be going) (anywhere|somewhere) (she|he|they|you|u|anyone|anybody|people|mum|mom|dad|my {family}|{word}) (can|could|will) (ever )?(be able to )?(visit|follow|come) $',
        'where (im|i am) going ((she|he|they|you|u|anyone|people) (cant|can not|cannot|wont be able to|will never be able to|couldnt|can never|will never)|(nobody|no one|noone) (can|could|will|will be able to|is able to)) (follow|visit|come)',
        // a last bedtime, more than usual: "read the boys three stories tonight instead of one ... they wont get why for years"
        '((two|three|four|five|{number}|extra) (stories|books|songs|hugs|cuddles|chapters|kisses) {fill2} instead of (one|two|the usual|{number})|one more (story|song|hug|cuddle|chapter)|an extra (story|song|hug|cuddle|chapter)|extra long (hug|cuddle|cuddles|hugs|goodnight|bedtime)|longer than usual) ... (wont|will not|will never|wont ever|wouldnt|theyll|they will|shell|hell|she will|he will) (get|understand|know|realise|realize|remember) (why ($|for years|for a long time|until|till|one day|someday|yet|later|when (theyre|shes|hes|they are) (older|grown up|bigger))|what (this|tonight|it) (was|meant)|it (later|one day|someday))',
        // things left to be found, given for good: "keys through the letterbox and a note saying its hers now ... i wont need it"
        '(keys|key|note|letter|letterbox|letter box|logbook|papers|full tank) ... (hers|his|theirs|yours) (now|to keep|forever|for good) ... (wont|will not) (need|be needing) (it|them|any of it|those) ($|anymore|again|where im going|now)',
        // the lasts, met calmly: "last time ill hear the ice cream van, last wash on, last time i lock this door. weirdly peaceful"
        '(lasts|last time|last) ... last time (ill|i will|i|id|im|i get to) {fill6} ... (peaceful|calm|at peace|serene|content) ($|about it|with it|now)',
        // a last time with the family, unknown to them: "this is the last time i see them, my kids. they dont know. goodbye"
        '(the last time|for the last time|one last time|last time) (i|ill|im|i will|i get to|id) (see|hug|hold|kiss|hear|talk to|speak to|tuck in|put to bed|read to|cuddle|visit) {fill1} (them|my {family}|the kids|the boys|the girls|mum|mom|mam|dad|nan|gran|my baby|my babies|my son|my daughter) ... (they dont know|they have no idea|she doesnt know|he doesnt know|she has no idea|he has no idea|nobody knows|no one knows|goodbye $|bye forever|farewell)',
        // funeral wishes, made sure of: "the navy suit, no priest ... i made him write it down"
        // (the "no" of "no priest" is part of the wish, not a negation of it: the match starts there)
        '(no|not|without a|without any|and a|a|the)? (priest|vicar|minister|hymn|hymns|coffin|casket|cremated|cremation|burial|eulogy|headstone|hearse) ... (made|got|asked|make|making|told) (him|her|them|my {family}|our {word}|{word}) (to )?(write (it|them|this|that|everything|it all|all of it) down|promise|swear|put it in (his|her|their) (wallet|purse|phone|notes))',
        '(no|not|none of|instead of) (a|some|any|the)? (sad|depressing|miserable|mournful|gloomy|dreary) (hymn|hymns|dirge|dirges)',
        // for whoever finds me: "wrote mums number on my arm so whoever finds me can ring her"
        '(so|for|that|and) (whoever|the person who|anyone who|the one who|someone who|somebody who) (finds|find|will find) me (can|will|could|knows|know|has|doesnt|wont|should|would|isnt|$)',
      ],
    },
    {
      // Self-harm done or under way: "I cut myself again last night", "relapsed", "sh again".
      id: 'en.self-harm-act',
      tier: 'act',
      softenedBy: ['urge'],
      patterns: [
        '{wound} {me}',
        '{wound} (my|both|both my|into my|the inside of my) {body}',
        '(cut|cutting|carved|carving|scratched|burned|burnt|etched|wrote) {fill3} (into|in|on) my {body}',
        '(i|ive|just|started|start|starting|been|back to|went back to|go back to|relapsed and|did|and|again) {selfharm} (again|last night|today|tonight|yesterday|deeper|deep|so deep|this morning|earlier|for the first time)',
        '(just|already|i) (cut|self harmed|sh) $', 'just (cut|self harmed) and',
        '(i|ive|still) (self harm|self harmed|self harming|sh)',
        '(keep|kept|been|started|always|constantly) (hurting|harming|cutting|burning|hitting|punching|scratching) {me}',
        '(bang|banging|banged|hit|hitting|slam|slamming) my head (against|on|into) (the|a) (wall|floor|door|table|mirror)',
        '(started|start|starting|been|back to|went back to|relapsed into|relapsed with) (cutting|self harming|self harm|burning myself|hurting myself|sh|harming myself)',
        '(self harm|self harmed|self harming|sh) (again|last night|today|yesterday|tonight|this morning|earlier)',
        '(did|do|done|doing) (sh|self harm) (again|last night|today|yesterday|tonight)',
        '{harm} {me} (again|on purpose|deliberately|intentionally|last night|to feel|until i bled|till i bled|so i could feel|to punish)',
        '{harm} {me} (with|using) [a|the|my] (razor|blade|blades|knife|lighter|scissors|glass|compass|cigarette|pencil sharpener|sharpener)',
        '(burn|burned|burnt|burning) {fill2} with (a|my|the) (lighter|cigarette|cig|match|matches)',
        '(made|make) {me} (bleed|bled)',
        '(till|until|til) (they|it|i|my skin|my arm|my arms) (bled|bleed|bleeds|was bleeding|were bleeding|started bleeding)',
        '(fresh|new|deep|open|bleeding) (cuts|cut|wounds|scars|burns) (on|across|all over) my',
        'my {body} (are|is) (covered|full) (in|of|with) (cuts|scars|burns|scratches|bruises)',
        '(cuts|burns|scratches) (on|all over|across) my {body}',
        '(deeper|deep) than (usual|before|ever|last time)', 'cut (too deep|deeper)',
        '(relapsed|relapse|relapsing) {fill2} ({selfharm}|hurting myself|harming myself|the blade|razor)',
        '({selfharm}) {fill2} (relapsed|relapse|relapsing)',
        '(relapsed|relapse) {fill3} clean',
        '(relapsed|relapse) (tonight|last night|today|again|this morning) $',
        '(day|days|week|weeks|month|months|year|years) clean {fill3} (broke|broken|ruined|lost|relapsed|reset|gone|over|ended|threw it away|not anymore|no more|not any more)',
        '(cut|cutting|sh|self harmed|burned myself|burnt myself|hurt myself) again {fill4} (first time|1st time) (since|in)',
        '^ [i] (cut|sh|self harmed) again ($|last night|tonight|today|this morning|yesterday)',
        '(lost|broke|broken|ruined|ended|reset) my (clean streak|streak of being clean)',
        '(broke|broken|ruined|lost|ended|reset) my streak {fill2} (sh|self harm|cutting|clean)',
        '(punched|punch|punching|hit|hitting|slammed|banged|banging) {fill2} (wall|door|mirror|my head) {fill3} (on purpose|until|till|to feel|so it would hurt|wanted it to hurt)',
        '(cat scratches|barcode) (on|across|all over) my',
        'cant stop (the )?bleeding',
        '(broke|broken|lost|ruined|reset|ended) my (sh|self harm|cutting|sh free) [clean] streak',
        '(cuts|cut|wounds|burns) (are|is|were|was|got|getting) (deeper|worse|bigger) [this time|than]',
        '(my|her|his) {body} (are|is) (covered|full) (again|$|in (cuts|scars|burns|scratches|bruises))',
        '(hide|hiding|cover|covering|cover up) [my|the|these|fresh|new|all the] (cuts|scars|burns|marks|wounds)',
        'cat scratches (again|on my|$)', 'barcode (arms|legs|thighs|wrists|arm|leg|thigh|wrist)',
        'my {body} (is|are|wont stop|keeps|keep|started) (bleeding|bleed)',
        // "bit my arm till it bruised", "my arm looks like a tally chart again"
        '(^|i|ive|and|then|just|again) (bit|bite|biting|pinched|pinching|scratched|scratching|hit|hitting|punched|punching|slapped) (my|into my|both my) {body} (till|until|til) (it|they|i) (bruised|bruise|bled|bleed|was bruised|were bruised|turned purple)',
        '{body} (looks|look|looking|looked) like (a|an) (tally chart|tally|barcode|ladder|zebra|railroad|railway track|train track|cheese grater|scratch card)',
        '(tally marks|tallies|tally chart) (on|all over|across|up) my {body}',
        // the act named by its tool: "did the thing with the compass again", "did it with the blade again, sleeve hides it"
        '(did|done|doing|do|used|using) (the|that|my|our|this) (thing|stuff) (with|using) (the|my|a|that) (compass|razor|razors|blade|blades|sharpener|pencil sharpener|razor blade|razor blades|box cutter|stanley knife|craft knife|scalpel|lighter)',
        '(did|done|doing) it (again )?(with|using) (the|my|a) {sharp} ... (hides|hide|hid|hiding|cover|covers|covered|covering|nobody|no one|noticed|saw|plasters|sleeve|sleeves)',
        '{sharp} (again|last night|tonight|this morning) {fill4} (sleeve|sleeves|hoodie|jumper|bracelet|bracelets|long sleeves) (hides|hide|hid|hiding|cover|covers|covering)',
        // a clean streak lost, with the first aid: "streak reset to 0, day 1 again, plasters everywhere"
        '(streak|clean streak|counter|count|days clean|day count|tally) {fill3} (reset|broke|broken|gone|ended|over|lost|back to|restarted|restart) ... {firstaid}',
        '(day 1 again|day one again|back to day 1|back to day one|back to 0|back to zero|back at 0|back at zero|back to square one) ... {firstaid}',
        '{firstaid} ... (day 1 again|day one again|back to day 1|back to day one|back to 0|back to zero|streak (reset|broke|broken|gone|over|lost))',
        // the substitute stopped working, so the old way: "the elastic band on my wrist stopped working so i went back to the old way"
        '(elastic band|rubber band|hair tie|hair bobble|bobble|ice cube|ice cubes|holding ice|red pen|red marker|marker|sharpie|butterfly|butterflies|the band|snapping) ... (stopped working|doesnt work|dont work|isnt working|not working|wasnt enough|isnt enough|not enough|didnt help|doesnt help|dont help|stopped helping|didnt work|doesnt cut it|no good anymore) ... (went back to|back to|did|done|used|using|grabbed|got out|turned to|resorted to|relapsed to|relapsed into|relapsed with) {fill2} (the old way|the old ways|my old ways|old habits|my old habits|old habit|the real thing|the real way|what i used to do|the old thing|my old thing|the blade|the razor|the real ones) ($|again|last night|tonight|yesterday|this morning|today|and|so|but)',
        // back to the old way, and hiding it: "went back to the old way last night. binned the plasters at work so mum wouldnt see"
        '(went|gone|going|slipped|fell|relapsed|back|go) back (to|into) (the|my) (old (way|ways|habit|habits|method|methods|coping|thing|friend)|bad habit|bad habits) ... ({firstaid}|long sleeves|sleeves down|hoodie on|in a hoodie|bracelets|(hide|hid|hiding|cover|covered|covering) (it|them|the marks|my {body})|so (mum|mom|dad|nobody|no one|they|he|she|my {family}|anyone|people) (wouldnt|wont|couldnt|doesnt|dont|cant|would not|will not|never|didnt) (see|notice|find out|find|know|ask))',
        '(binned|bin|binning|hid|hide|hiding|threw away|chucked|chuck|throw away|got rid of|burned|flushed|stuffed) (the|my|all the|some|all my)? ({firstaid}|bloody tissues|tissues|towels|the evidence|the wrappers) {fill4} so (mum|mom|dad|nobody|no one|they|he|she|my {family}|anyone|people|my flatmate|my partner|the nurse|the teacher) (wouldnt|wont|couldnt|doesnt|dont|cant|would not|will not|never|didnt) (see|notice|find|find out|know|ask)',
        // new lines over a streak or a semicolon: "400 days and i drew new lines right across my semicolon tattoo. so proud of that streak"
        '(drew|draw|drawn|drawing|made|making|put|putting|added|adding|carved|scratched|cut|cutting|did) {fill3} (lines|marks|cuts|scratches) {fill3} (across|through|over|into|on) {fill1} (semicolon|semi colon)',
        '(streak|clean|relapse|relapsed|sh free|self harm free|ruined|so much for|back to day) ... [drew|draw|drawn|made|make|added|add|put|carved|scratched|etched|left|did] (new|fresh|more|red) (lines|marks|tallies|tally marks|stripes|ladders) {fill2} (on|across|over|into|up|along|down|to) (my|both|both my) {fill2} ({body}|tattoo|skin|scars)',
        '[drew|draw|drawn|made|make|added|add|put|carved|scratched|etched|left|did] (new|fresh|more|red) (lines|marks|tallies|tally marks|stripes|ladders) {fill2} (on|across|over|into|up|along|down|to) (my|both|both my) {fill2} ({body}|tattoo|skin|scars) ... (streak|clean|relapse|relapsed|sh free|self harm free|ruined|so much for|back to day)',
      ],
    },
    {
      // Self-harm urges: "the urge to cut is so strong", "I want to hurt myself".
      id: 'en.self-harm-urge',
      tier: 'cue',
      patterns: [
        '{intend} {fill2} ({harm}|{wound}) {me}',
        '{intend} {fill1} ({selfharm}) ($|again|so bad|so badly|right now|rn|tonight|deep|deeper|myself)',
        '(urge|urges|urged|craving|cravings|crave|itch|temptation|tempted) [to] (cut|sh|self harm|hurt myself|harm myself|burn myself|bleed|feel the blade)',
        '({selfharm}) (urges|urge|thoughts|cravings)',
        'the (urge|urges|cravings|craving) (came back|come back|is back|are back|coming back|so strong|wont go away|getting stronger)',
        '(havent|not|stopped) ({selfharm}|hurt myself) (in|since|for) {fill8} (want to|urge|urges|tempted|craving)',
        '(havent|not) (cut|self harmed|sh) (in|since|for)',
        'self (harm|harming|harmed|injury|injure|injuring|mutilation|mutilate|mutilating)',
        '{think} (about|of) (cutting|hurting myself|harming myself|self harm|burning myself)',
        '{harm} {me} $',
        '(new|fresh) (scars|cuts|wounds|burns)',
        '(want|need|wanna|wanting|needing) to (see|feel) [my] (blood|myself bleed|bleed)',
        'scars ... (want|need|crave) (new|more|fresh) (ones|cuts|scars)',
        '(if|what if|maybe if) i [just] (cut|self harmed|burned myself|hurt myself) (a little|a bit|just once|once|again|$)',
        '(looking|staring|stare|look|stared|looked) at (the|my|a) {means}',
        '(i|im|i just) deserve to (hurt|bleed|suffer|be in pain|feel pain|be hurt)',
        '(want|need|wanting|needing|crave|craving) to feel [physical|real] pain',
        '(using|use) (it|them|that|this|a blade|the blade|a razor|the razor|a knife) on {me}',
        // "urge to make new marks", and hiding the means from myself: "put everything sharp in the car so i cant get to it"
        '(urge|urges|craving|cravings|need|itch|itching|want|wanting) [to] (make|leave|add|do) (new|more|fresh|some) (marks|lines|cuts|scars|tallies)',
        '(everything sharp|all the sharp things|all the sharp stuff|the sharps|all my sharps|my sharps|the blades|my blades|the razors|my razors|all the knives|the knives|my pills|the pills|all my pills|my meds|the meds) {fill6} (so i (cant|dont|wont|couldnt|do not|will not)|where i cant|out of reach|to hold|away from me)',
        // circling the hidden sharps: "keep opening the drawer where i hid everything sharp", "want to so bad tonight"
        '(opening|open|opened|looking in|looked in|checking|checked|staring at|staring into|stare at|went to|going to|go to|keep going to|unlocking|unlocked) (the|my|that) (drawer|box|cupboard|cabinet|bag|tin|kit|pencil case|case|shoebox|wardrobe) (where|with|that has|that holds|i keep|holding|that) {fill4} (everything sharp|sharp things|sharp stuff|the sharps|my sharps|{sharp}|my kit|my box|my stuff)',
        '(everything sharp|sharp things|sharp stuff|the sharps|my sharps|my kit|{sharp}) ... (want|need|wanna|itching|craving|aching|dying) (to|for it|it) {fill1} (so bad|so badly|so much|right now|tonight|rn|now|$)',
        // the drawing made in place of cutting, gone, and the urge behind it: "the butterfly i drew on my wrist washed off ... putting something else there instead"
        '(drew|drawn|draw|drawing|doodled|butterfly|butterflies|red pen|marker|sharpie|biro) {fill4} (on )?(my|the) {body} ... (washed off|faded|rubbed off|came off|wore off|worn off|gone|smudged|disappeared|wiped off|isnt enough|not enough|doesnt help|didnt help|stopped working) ... (something else|something sharper|something real|real (lines|marks|ones|cuts)|the blade|a blade|the razor|a razor|cut|cutting|scratch|scratching|the old way|the real thing) ($|there|instead|in its place|again)',
        '(elastic band|rubber band|the band) (on|around|round) my {body} {fill4} (isnt|not|doesnt|stopped|wasnt|didnt) {fill1} (working|enough|help|helping|cutting it|doing it|work)',
      ],
    },
    {
      // Thoughts named without intent, and intent denied while naming it: a question, not help at
      // once. "sometimes i think about driving into a wall", "the thoughts are back", "i wont hurt
      // myself i promise", "i would never actually do it but i think about it".
      id: 'en.thoughts',
      tier: 'cue',
      patterns: [
        '{think} (about|of) (driving|crashing|swerving|steering|walking|stepping|falling) [my car] (into|off|in front of) [a|the|oncoming] (sea|ocean|river|lake|traffic|tree|wall|cliff|bridge|truck|lorry|train|bus|edge)',
        '(the|these|my|those) (thoughts|urges|dark thoughts|bad thoughts) [are|r|just|have|keep] (back|coming back|came back|come back|wont stop|dont stop|never stop|getting worse|getting louder|getting stronger|again)',
        '(wont|wouldnt|not going to|never going to|not gonna|would never|will never|never|promise i wont|promised i wouldnt) [actually|ever|really] (act on (it|them|the thoughts|these thoughts)|do anything (stupid|dumb|rash|drastic)|hurt myself|harm myself|try again|go through with it)',
        '(id|would|will|could|im|i am) never [actually|really] (do it|going to do it) (but|tho|though) {fill6} ({think}|want|wish)',
        '(not|never|wont) {fill3} do anything {fill4} (numb|empty|tired|exhausted|hollow|done)',
        '(not|im not|i am not) in (danger|any danger) {fill4} (thoughts|urges)',
        '(no|dont have a|dont have any|not) (plan|planning) {fill5} (dont want to (exist|be here|be alive|live)|better off without me|without me)',
        // "the idea of not existing has been kinda comforting"
        // a day chosen and everything ready, without the act named: "i have a date picked and everything ready"
        '(picked|chose|chosen|set|decided on) (a|the) (date|day) {fill6} (everything|all) (ready|sorted|in place|planned|prepared)',
        '(a|the) (date|day) (picked|chosen|set) {fill6} (everything|all) (ready|sorted|in place|planned|prepared)',
        '(the|this) (idea|thought|thoughts) of (not existing|not being here|not being alive|dying|being dead|death|disappearing|never waking up|not waking up) {fill4} (comforting|comfort|nice|appealing|peaceful|relief|calming|soothing|tempting)',
        // a wished accident or illness: "if a bus hit me i wouldnt even mind", "wish id get really ill so it would all stop"
        '(if|when) {fill6} (hit|hits|kill|kills|killed|ran over|run over|runs over|happened to|happens to) me {fill6} (wouldnt|would not|dont|do not|id not) [even|really] (mind|care)',
        '(wouldnt|would not|dont|do not) [even|really] (mind|care) if {fill5} (hit|hits|killed|kills|ran over|run over|happened to|happens to) me',
        '(wish|hope|hoping|pray|praying|wishing) {fill3} (get|got|would get|getting|catch|had|have) (really|very|seriously|terminally|so)? (ill|sick|cancer|a disease|an illness|something incurable)',
        // no future seen: "cant picture myself in 5 years", "cant see myself next year"
        '(cant|can not|cannot|dont|do not) (picture|imagine|see) (myself|me) (in {number} (years|months)|in a (year|month)|in five years|next (year|month|week|christmas|summer)|at {number}|making it (to|past|through)|growing old|getting old|alive|still here|still alive)',
        // sleeping and not coming back: "wanna go to sleep and not respawn"
        '(sleep|go to sleep|fall asleep|nap) (and|n) (not|never) (respawn|reboot|restart|wake up|wake back up|come back|load back in)',
        // means carried about for no reason said: "i keep my old prescription bottle in my coat pocket now and idk why"
        '(keep|keeping|kept|carry|carrying|carried|have|got|taking|take|bring|bringing) (my|the|an|a|some|all|all my|all the|that) {fill2} ({pills}|prescription bottle|prescription|pill bottle|pill pot|bottle of pills|box of pills|blade|razor|blades|razor blade|rope|{means}) (in|on|around|with) (my|me) {fill2} (pocket|pockets|bag|handbag|backpack|rucksack|wallet|purse|coat|jacket|person|car|glovebox|phone case|bra|sock|all the time|everywhere) ... (dont know why|not sure why|no idea why|for some reason|cant explain (it|why)|just in case (i need|i want|i decide)|in case i need (it|them) (for|one day))',
        '(keep|keeping|kept|carry|carrying|carried) (all|all my|all the|the whole|a whole|a full|a) (bottle|box|packet|pack|strip|blister pack|stash|supply|month) (of )?({pills}|them) (in|on|with) (my|me) {fill1} (pocket|pockets|bag|coat|jacket|car|person|everywhere|all the time)',
        // a death by accident welcomed: "if a tram hit me tomorrow id be grateful"
        '(if|when) (a|the|some|that|this) {fill1} (bus|car|tram|train|truck|lorry|van|taxi|cab|driver|meteor|asteroid|plane|cyclist|piano|tree|lightning|bolt|brick|wave|avalanche|shark|virus|illness|disease|bullet) {fill2} (hit|hits|killed|kills|ran over|runs over|run over|took|takes|flattened|flattens|got|gets|crushed|crushes|struck|strikes|finished|finishes|wiped) (me|me out|me off) {fill4} (id|i would|ill|i will|i|honestly|tbh|genuinely|actually|truly) {fill2} (be grateful|grateful|be thankful|thankful|be glad|glad|be happy|be relieved|relieved|be fine with (it|that)|be ok with (it|that)|be okay with (it|that)|welcome it|thank (it|them|god|the driver|you)|be at peace|finally|say thanks|not complain|not be sad)',
        '(if|when) (i (got|get|was|were)|im) (hit|killed|run over|taken|struck|flattened|crushed) (by|in) {fill3} {fill4} (id|i would|ill|i will) {fill2} (be grateful|be thankful|be glad|be happy|be relieved|welcome it|thank (it|them|god)|be at peace|not complain)',
        // held back only by one who needs me, for now: "not gonna do anything, monty needs walking. idk what happens when hes gone"
        '(not going to|not gonna|wont|will not|wouldnt|cant|couldnt|would never|never) (do anything|do it|go through with it|try anything) ... (dont know|no idea|not sure|who knows|scared|terrified|afraid) (of )?(what happens|what ill do|what i will do|what im going to do|whats going to happen|what will happen|what happens to me) (when|after|once|if) (hes|shes|theyre|he is|she is|they are|he|she|they|my {family}|nan|gran|mum|mom|dad|the (dog|cat)|{word}) {fill2} (gone|dead|dies|passes|passes away|not here|not around)',
        '(not going to|not gonna|wont|will not|cant|couldnt|would never|never) (do anything|do it|go through with it) (while|as long as|until|till|til|before) (the|my|he|she|they|nan|gran|mum|mom|dad|{word}) {fill2} (alive|breathing|needs me|still needs me|need me|still need me)',
        // help kept away with a cover story: "told my therapist im doing loads better. im not."
        '(therapist|therapy|counsellor|counselor|psychiatrist|gp|doctor|sessions|nurse|crisis team) ... (im|i am|i was|im doing|im feeling|i feel|i felt|i was doing) {fill2} (better|fine|ok|okay|good|great|loads better|much better) ... (im not|i am not|im really not|not really|i lied|i was lying|thats a lie|its a lie|not true) $',
      ],
    },
    {
      // A past attempt and the next one: "tried last year and woke up in a&e. this time i wont mess it up".
      id: 'en.again',
      tier: 'act',
      patterns: [
        '(tried|attempted|attempt|last attempt|woke up in (a&e|a e|hospital|the hospital|icu|er)) ... (this time|next time) {fill3} (wont|will not|not going to|not gonna|dont) (mess|screw|fuck|fail|mess it|screw it|fuck it|get it wrong)',
        '(tried|attempted|attempt|last attempt|woke up in (a&e|a e|hospital|the hospital|icu|er)) ... (this time|next time) {fill3} (ill|im going to|gonna|i will|im gonna) (do it right|get it right|make sure|finish it|succeed|do it properly)',
      ],
    },
    {
      // Intent with a method: "I'm going to jump off the bridge", "thinking about overdosing".
      id: 'en.method',
      tier: 'act',
      softenedBy: ['reassurance'],
      patterns: [
        '{intend} {fill2} overdose',
        '(want to|going to|about to|ready to|planning to|thinking of|thinking about) {fill1} od (on|tonight|$)',
        '{intend} {fill2} (jump|jumping|leap|throw myself|throwing myself|step|stepping|fling myself|lie down|lay down) (off|from|out of|in front of|under|onto|on) [a|the|my|this|that] [next|nearest|first|oncoming|moving|fast] ({height}|{traffic})',
        '{intend} {fill2} (walk|walking|drive|driving|crash|crashing|swerve|swerving|steer|steering) [my car] (into|off) [a|the|oncoming] (sea|ocean|river|lake|traffic|tree|wall|cliff|bridge|truck|lorry)',
        '{think} (about|of) jumping ($|off|from|in front)',
        '{intend} {fill1} (go|going|climb|climbing) over (the edge|the railing|the rail|the side|the balcony|$)',
        '(going to|ill|would|id) jump (or anything|$)',
      ],
    },
    {
      // Plans, means, timing, an act under way or done: "bought a rope", "took the whole bottle".
      id: 'en.plan-means',
      tier: 'act',
      patterns: [
        '(bought|buy|buying|got|have|ordered|order|ordering|found|getting) [a|the|some|me a] (rope|noose|gun|handgun|shotgun|pistol|razor blades|blades|charcoal|helium|exit bag)',
        '{means} (saved|stockpiled|hoarded|stashed|hidden|collected) [up|away]',
        '{means} {fill5} (use it|use them) [on myself|tonight|now]',
        '(yeet|yeeting|yeeted|throw|throwing|fling|launch) {me} (off|from|out of|in front of|under) [a|the|my|this] {fill1} ({height}|{traffic})',
        '(im|i am|standing|sitting|lying|laying) (on|at) the [train|railway] (tracks|railway line|rails)',
        '(bought|buying|stocked up on|stocking up on|got) {many} {pills}',
        '(saving|saved|stockpiling|stockpiled|stockpile|hoarding|hoarded|collecting|collected|counting|counted|sorting|lined up|lining up|crushed|crushing) [up] [all] [of] [my|the] ({pills}|razor blades|blades)',
        '(the|my|all my|all the|enough|got|have|ive got|ive) {fill3} ({means}) {fill3} (is ready|are ready|ready|lined up|counted out|laid out|in front of me|next to me|in my hand|right here|on my desk|waiting)',
        '(kept|keep|keeping|have|got) (the|some|a|my) {means} ready',
        '(rope|noose) (is|s) [already] (tied|up|ready|hung|set up)', 'noose (is|s) [already] (hanging|waiting|up) (in|from|on|over)',
        'enough ({pills}) to (die|kill|end|not wake up|do it|overdose)',
        '(tie|tied|tying|made|make|making|hung|hang|hanging|set up|setting up|bought|ready) (a|the|my|up a|up the) noose',
        '(took|taken|take|taking|swallowed|swallow|swallowing|downed|down|downing|chugged|popped|ate|necked) [like|about|around|maybe|over|almost|nearly|at least] {many} {fill2} ({pills}|in the medicine cabinet|in the cupboard)',
        '(took|take|taking|swallowed) (them|it) all', '(took|swallowed|taken) all of them',
        '(swallowed|took|taken|downed) (everything|all of it|the lot|the whole lot) (in|from) (the|my)',
        '(overdosed|overdosing|overdose|took an overdose|taken an overdose)',
        '(how many|how much) {fill6} (to die|to kill|lethal|fatal|would kill|overdose|to not wake up|to end it)',
        'take to (die|not wake up|kill me|end it|be fatal)',
        '(lethal|fatal|deadly) (dose|amount|overdose)',
        '(jump|jumping|throw myself|fling myself) (off|from) (something|somewhere|anything) (high|tall)',
        '(have|i have|got|ive got|i got) (the|all the|enough) ({means}) $',
        '(walk|walking|go|going|step|stepping|climb|climbing) (to|over|off) the (edge|ledge|railing)',
        '(crash|crashing|drive|driving) my car (into|off) (a|the)',
        '(jump|jumping|jumped) (off|from) (the|a|this|that) ({height}) ({soon})',
        '(im|i am|standing|sitting|stood|sat|perched) (on|at) (the|a) (edge|ledge|railing|rail|top) of (the|a|this|my) {fill1} ({height})',
        '(im|i am|standing|sitting) (on|at) (the|a|this) {fill1} ({height}) [right] now',
        '(sat|sitting|standing|stood|perched) on (the|a|this) (edge|ledge|railing|rail) [of]',
        '(sat|sitting|standing|stood|perched) on (the|a|this) {fill1} ({height}) (right now|now|again|{soon}|in the dark|alone|$)',
        '(sat|sitting|standing|stood|perched|im) on (the|a|this) {fill1} ({height}) {fill3} (looking|staring|stare|look|looked|stared) (over the edge|at the drop|into the drop|down at the drop|down at the traffic|down at the tracks)',
        'on the (roof|bridge|ledge|tracks|edge) {fill6} (going to|gonna|about to|ready to) jump',
        '(not|never) (stepping|step|coming|come|climbing|climb|backing) (back|down|off) (from|off)',
        '(not|never) (stopping|stop|backing out|chickening out|turning back) (this time|now|tonight)',
        '(bath|bathtub|bathroom) with (a|the|my) (blade|razor|knife)',
        'gun (to|in|against) my (head|mouth|temple|chest)',
        '(rope|noose|belt|cord|cable) (is )?(around|round) my neck',
        '(on|at) the {fill2} ({height}) {fill3} (looking down|about to jump|going to jump|ready to jump|to jump)', '(blow|blowing) my (brains|head) (out|off)',
        '(gun|pistol|rifle|shotgun) {fill8} (using|use) (it|them) on {me}',
        '(put|putting) a bullet (in|through) my (head|brain|skull)',
        '(drink|drank|drinking|drunk|swallow|swallowed) (bleach|antifreeze|poison|rat poison|weed killer|drain cleaner)',
        '(set|picked|chosen|chose|choosing|decided on|picking) (a|the) (date|day|time) {fill2} (to die|to do it|for it|to end it|to kill myself|$)',
        '(i know|ive decided|ive figured out|i figured out|i worked out|ive worked out|i have a plan for) [exactly|just] (how|when|where) (im going to|i will|ill|id|to) (do it|end it|die|kill myself)',
        '(pills|they) (are|is) (kicking in|starting to work|starting to kick in)',
        'already (took|taken|swallowed) (them|the pills|it all|all of them|the whole)',
        '(i|ive) already (did it|done it|took them|taken them|started)',
        '(ill|im going to|going to) be dead (by|before) {fill2}',
        '(keeping|saving|kept|save) (it|them) for when (im|i am) ready',
        '(im|i am|standing|sitting) (on|at) the (roof|rooftop|top) of (my|the|this) (building|block|flat|apartment|hospital|car park|parking garage|tower)',
        '(at|on) the top (of|floor of) (the|a|this|my) ({height}|multi storey|building)',
        '(tonight|today|tonights|todays) [is] the (night|day) ... (ive decided|decided|im ready|its time|im doing it)',
        'thats when ... (ive thought it through|ive decided|its decided|its planned)',
        '(im|i am) (at|on) the ({height}) ... (tell someone|tell somebody|say goodbye|goodbye|cant do this|going to jump|to jump|its time|for the last time)',
        '(researching|research|researched|looked up|looking up|googled|googling|searched|searching) {fill3} (how many|how much|how to|ways to|methods|method|which bridge|the highest|lethal|fatal|painless|overdose|to die)',
        '(platform|station|tracks) ... (not getting on it|not getting on the train|step off|step in front)',
        '{means} (is|are|s) (in|on) my (hand|hands|lap|bed|desk|pocket|table)',
        '(decided|know|figured out|worked out|planned) (how and when|when and how|how and where|where and how)',
        '(going|driving|drove|walking|walked|heading|headed|went) [out] to the {fill1} ({height}|woods|forest|sea|lake|river) ... (not coming back|wont be coming back|never coming back|everything i need|to do it|to end it|goodbye|nobody goes there|no one goes there|nobody will find me|no one will find me|(phone|phones) (off|on silent|switched off)|dont bother (calling|texting|trying|looking|ringing))',
        '(at|on) the [train|railway] (tracks|railway line|rails) [now|right now|rn]',
        '(im doing it|ill do it|im going to do it|going to do it|i will do it) {fill6} (nobody|no one|nobodys|noones|alone|asleep|away|out)',
        '(nobody|no one|nobodys|noones|asleep|away|leaves|leave) {fill6} (im doing it|ill do it|im going to do it|doing it)',
        '(waiting|wait) (until|til|till) (everyone|everyones|everybody|my|the house|they|theyre) {fill2} (asleep|sleeping|leave|leaves|gone|out)',
        'everything i need to (do it|end it|die)',
        '(saving|saved|stockpiling|stockpiled|hoarding|hoarded|collecting|collected|stashing|stashed) [up] {fill3} ({pills}|razor blades|blades)',
        '(halfway|half way) through (the|my) {pills}', '{pills} and (the|a bottle of|some) (wine|vodka|whisky|whiskey|alcohol|booze|gin|rum)',
        'took (the|all the|my) {pills} (at|an hour ago|minutes ago|already|{number})',
        '(bought|buying|buy) {pills} from (different|several|multiple|two|three|lots of) (shops|stores|pharmacies|chemists|places)',
        '(im|i am|ill|i will) (jumping|jump) $',
        '{pills} in (one|my) hand',
        '(closed|shut) garage {fill3} engine (on|running)', 'engine (on|running) in the [closed|shut] garage',
        '(made up my mind|decided|ive decided) ... (do it|end it|go through with it) (after|when|once|before|on|tonight|this)',
        '(so|that) {fill3} (wont|will not|doesnt have to|dont have to|dont) be the (ones|one|first) to find me',
        '{pills} {fill3} (whole box|whole bottle|all of them|the lot)',
        'exit bag',
        '(taking|im taking|ill take|im going to take|going to take|gonna take|about to take) [a|the] long walk off a short pier',
        '(be|im|ill be|going to be) (six|6) (feet|ft|foot) under (by|before|tonight|tomorrow|soon)',
        '(the|my) plan is ({soon}) (after|when|once|while) (everyone|everybody|they|theyre|my {family}) {fill2} (asleep|sleeps|sleep|sleeping|leave|leaves|gone|out)',
        '^ {means} (are|is|s) (lined up|counted out|laid out|in front of me|next to me)',
        // locked in with the means: "locked in the bathroom with everything i need", "everything i need next to me"
        '(locked|lock|locking) [myself] in (the|my) (bathroom|room|bedroom|car|garage|shed) with (everything|all|what) i need',
        '(everything|all|what) i need {fill2} (next to me|beside me|on the floor next to me)',
        '(hardware store|hardware shop|diy store|b and q|bunnings|home depot) ... (what|everything|all) i (need|needed) for (tonight|later|it)',
        // heights researched: "searched how high a fall has to be. my building is high enough"
        '(how high|what height|which floor|how many floors|how many stories|how many storeys) {fill4} (fall|drop|jump|to die|fatal|lethal|survive|kill)',
        '({height}|building|block|flat|tower|balcony|window) (is|s|are) (high|tall) enough $',
        '(forums|forum|threads|thread|subreddit|sites|websites|reddit) {fill4} (quickest|fastest|easiest|most painless|least painful|painless|surest|most reliable) (way|ways|method|methods)',
        // "took a handful of my mums heart meds"
        '(took|taken|swallowed|downed|necked) {many} {fill4} ({pills})',
        // the time is chosen around someone away: "flatmate goes on holiday on the 3rd. thats my window"
        '(holiday|away|out|leaves|leave|goes|gone|asleep|shift|trip|vacation|weekend) ... (thats|that is|thatll be|that will be) my window $',
        '(im|i am|sitting|standing|stood|sat) (on|out on) the (ledge|railing|parapet|window ledge|windowsill|window sill) (outside|above|at the top|of my|of the|right now|now|again|$|its|and|alone|in the)',
        // means got by a pretext: "got two months of my meds early by saying im going travelling"
        '({pills}) {fill2} (early|in advance|ahead) by (saying|telling|lying|pretending|claiming)',
        '(lied|lying) to (the|my) (doctor|gp|pharmacist|psychiatrist|chemist) (to get|about|so i could get|for) {fill3} ({pills}|prescription|more)',
        // again, and properly: "going to finish it properly this time", "tried when i was 19 ... this time i know what went wrong"
        '(finish|end) (it|the job|myself) (properly|for real|for good) (this time|$)',
        '(woke up|came round|came to) in (hospital|the hospital|a and e|icu|the icu|intensive care|the er) ... this time',
        '(tried|attempted) (when i was|at|aged|age) {number} ... this time (i wont (survive|wake up)|i will make sure)',
        'my (last|previous) attempt was (in|on) ({number}|january|february|march|april|may|june|july|august|september|october|november|december|the summer|the spring) $',
        '(next|another) (attempt|one) {fill3} (more serious|for real|will work|wont fail)',
        'know (which|the exact|exactly which) [bridge|motorway|railway|concrete] (tree|wall|pillar|bend|curve|cliff|overpass)',
        // alone somewhere with the means: "sitting in the car at a lay by with everything i need"
        '(car park|carpark|parking lot|woods|forest|garage|lay by|layby|bridge|roof|cliff|cliffs|quarry) {fill8} (with|got|have|brought) (everything|all|what) i need $',
        // the train, not boarding it: "catchin the 🚆 tonight. not getting on it tho"
        '(catch|catching|meeting|waiting for|waiting at) the ... (not getting on|not going to get on|wont get on|wont be getting on) (it|the train|that one|this one)',
        // at the place, working up the nerve: "drove out to the cliffs. sitting in the car working up the nerve"
        '({height}|woods|forest|sea|lake|river|tracks|station) ... (working up|work up|building up|getting up|worked up) the (nerve|courage|guts) $',
        // medication held back and hoarded: "skipping my meds for a month and keeping them in a tin"
        '(skipping|skipped|skip|not taking|stopped taking|stop taking|pretending to take|pretended to take|spitting out|spat out|palming|cheeking|hiding) {fill2} ({pills}|doses|dose) ... (keeping|kept|keep|saving|saved|save|stashing|stashed|hiding|hid|collecting|collected|putting|put|storing|stored|stockpiling|piling|adding) (them|it|those|they|the rest|the pills|each one|every one|them all) [up|away]',
        // a ticket out with no stay or return needed: "booked a one way train to the coast for thursday. no hotel. dont need one"
        '(one way|single|one way only) {fill3} (ticket|train|trip|flight|bus|coach|ferry) ... (no|not booked a|didnt book a|without a|not booking a|havent booked a) (hotel|room|return|accommodation|airbnb|hostel|place to stay|b and b|bed) ... (dont|wont|will not|do not|not going to|wont be) (need|needing) (one|it|any|a (hotel|room|place|return))',
        // scouting a place: "drove past the quarry three times checking where the fence is broken"
        '(drove|drive|driving|walked|walk|walking|went|go|going|been|cycled|biked|sat) (past|to|by|round|around|up to|along|over|under) (the|a|that|this) {fill2} ({place}) {fill6} (checking|check|checked|to check|to see|looking|looked|scoping|scouting|scoped|working out|worked out|figuring out|seeing|timing|counting) {fill2} (where|how|if|whether|which|when) {fill3} (fence|gap|railing|railings|barrier|barriers|cameras|camera|cctv|access|gate|security|way in|hole|edge|guard|guards|drop|nobody|no one|quiet|deep|high|fast|trains)',
        '(where|how|whether) the (fence|barrier|railing|railings|gate|netting|wall) (is|s|are) (broken|down|lower|low|open|missing|gone|easiest to climb|easy to climb|climbable)',
        // waiting with the means, against a time: "still sat in the car with everything on the passenger seat"
        '(still sat|still sitting|still here|been sat|been sitting|sat here|sitting here|just sitting|just sat|waiting|still parked) (in|at) (the|my) (car|van|garage|shed|bathroom) with (everything|all of it|it all|the stuff|all the stuff|what i need|all i need|{means}) (on|in|next to|beside|under|across) (the|me|my) {fill1} (passenger seat|back seat|seat|lap|boot|trunk|floor|dashboard)',
        // a disguised attempt told, and the next one: "in hospital for my appendix? it wasnt my appendix. im about to go again"
        '(hospital|a and e|a&e|icu|the ward|intensive care|the er|ambulance|my stomach pumped) ... (it wasnt|that wasnt|wasnt really|wasnt actually|was not|it was not|wasnt) (my|an|the|a|really|actually) {fill2} ... (about to|going to|im going to|gonna|ready to|planning to|want to|will|ill) (go|do it|try|do that|end up there) again',
        // in the water, going deeper: "walked into the river up to my waist"
        '(walked|walking|waded|wading|went|going|stepped|stepping|standing|stood|im|i am|got|getting|lay|lying) (into|in|out into) (the|a) {fill1} (river|canal|reservoir|lake|loch|quarry|flood|floodwater|weir) (up to|to|up past|past|above) my (waist|chest|neck|shoulders|chin|hips|stomach|belly|ribs)',
        '(walked|walking|waded|wading|went|going|stepped|stepping|standing|stood|im|i am) (into|in|out into) the {fill1} (sea|ocean|water|waves) (up to|to|up past|past|above) my (chest|neck|shoulders|chin) ... (freezing|cold|dark|night|phone|goodbye|not coming back|keep going|dont want to come back)',
        // a time set around someone away: "mums on nights all next week. monday then."
        '(mum|mums|mom|moms|dad|dads|my {family}|flatmate|flatmates|housemate|housemates|roommate|roommates|husband|wife|partner|everyone|everyones|they|theyre|hes|shes|he|she) {fill2} (on nights|on night shift|on night shifts|on lates|working nights|on holiday|away|out of town|out all|gone all|gone for|at (his|her|their) (mums|dads|sisters|brothers|parents|friends)) ... ^ (so )?({weekday}|tomorrow|tonight|the {number}|{number}|next week|that night|the weekend|then) (then|it is|its decided|it will be|its going to be) $',
        // an act done, and the body going: "did it like 40 mins ago. cant feel my hands and im so sleepy"
        '(did it|done it|took them|took it|took it all|did the thing|its done|took the lot|swallowed them|swallowed it) {fill3} ({number}|an|a few|half an|an hour|twenty|ten|thirty|forty) {fill1} (mins|minutes|min|hours|hour|hrs) ago ... (cant feel my|numb|sleepy|drowsy|dizzy|spinning|heavy|cant keep my eyes open|eyes closing|cant stay awake|throwing up|sick|cold|shaking|heart|cant breathe|blurry|fading|dont be mad|dont be angry|sorry)',
        '(cant feel my (hands|arms|fingers|face|lips|body)|cant keep my eyes open|cant stay awake|eyes (are )?(closing|so heavy)) ... (dont be mad|dont be angry|dont hate me|im sorry|sorry|its done|did it|took them|goodbye|love you)',
        // something bought in secret, hidden, its use known: "ordered something i shouldnt have ... its in the box under my bed. i know what its for"
        '(ordered|bought|got|came|arrived|delivered|picked up|collected|stole|took) ... (hidden|hid it|hiding it|hid them|under my bed|in my wardrobe|in my closet|in (the|my) (drawer|wardrobe|closet|boot|glovebox|shed|garage|box)) ... (i know (what|exactly what) (its|it is|theyre|they are|thats|its all) for|(its|theyre|it is|they are) for (later|after|when the time comes|when im ready|the end|that))',
        '(something|some stuff|a thing|things|stuff) {fill2} (i shouldnt have|i shouldnt|i wasnt supposed to|i promised i wouldnt|i said i wouldnt) ... i know (what|exactly what) (its|it is|theyre|they are) for $',
        // back to a chosen place with what i need: "found a spot past the reservoir ... going back saturday with what i need"
        '(going|heading|coming|driving|walking|go|head|ill go|ill head) (back|up|out|there|down|over) {fill3} ({day}|later|in the morning|first thing) (with|and bring|bringing|taking|and take) (what i need|everything i need|all i need|the stuff|my stuff|the rope|the noose|the pills|the tablets|it all) ($|and|so|then)',
        // the railway at an empty hour: "the level crossing at the end of the estate, nobody about at that hour"
        '(alarm|alarms|set an alarm|get up early|up early|wake up early|before anyone wakes) ... (the tracks|train tracks|railway tracks|railway bridge) ... (nobody|no one|noone|nobodys|no ones|noones) (about|around|there|awake|up|watching) (at that hour|at that time|that early|that late|then|at dawn|before sunrise|before dawn|at first light|at {hour})',
        '(level crossing|railway crossing|train crossing|railway line|train line|rail line|the main line|the rails) ... (nobody|no one|noone|nobodys|no ones|noones) (about|around|there|awake|up|watching) (at that hour|at that time|that early|that late|then|at dawn|before sunrise|before dawn|at first light|at {hour})',
        // the act rehearsed in the head, at its place: "ive already stood on that deck in my head a hundred times"
        '(stood|standing|jumped|jumping|stepped|stepping|climbed|climbing|gone over|gone off|leaned over|leant over|fallen|thrown myself) (on|at|off|over|onto|from|in front of|to the edge of) (the|that|this|a) {fill2} (deck|edge|railing|railings|rail|bridge|ledge|roof|rooftop|cliff|cliffs|platform|tracks|side|balcony|parapet|pier|ferry|boat|train|{height}) {fill4} in my head',
        'in my head {fill4} (stood|jumped|stepped|climbed|gone over|gone off|leaned over|fallen|thrown myself) (on|at|off|over|onto|from|in front of) (the|that|this|a) {fill2} (deck|edge|railing|rail|bridge|ledge|roof|cliff|cliffs|platform|tracks|side|balcony|parapet|pier|ferry|boat|train|{height})',
        '(pictured|picture|picturing|imagined|imagine|imagining|visualised|visualized|rehearsed|rehearsing|replayed) (myself|me) {fill2} (on|at|off|over|jumping off|falling off|stepping off|going over|stepping in front of|in front of) (the|that|this|a) {fill2} (deck|edge|bridge|ledge|roof|cliff|cliffs|platform|tracks|railing|balcony|parapet|pier|ferry|train|{height}) {fill4} (times|every night|every day|over and over|again and again|so often|constantly|all the time|on repeat)',
        // household poison taken: "drank some of the stuff from under the kitchen sink like half an hour ago"
        '(drank|drunk|drink|drinking|swallowed|swallow|swallowing|downed|necked|chugged|gulped|sipped) {fill5} (from |out of )?(under|beneath) the {fill1} sink',
        '(drank|drunk|drink|drinking|swallowed|swallow|swallowing|downed|necked|chugged|gulped) {fill4} (weedkiller|weed killer|drain cleaner|oven cleaner|toilet cleaner|cleaning stuff|cleaning products|disinfectant|dettol|domestos|pesticide|slug pellets|paint thinner|white spirit|turps|lighter fluid|caustic soda|descaler|floor cleaner|kitchen cleaner|bathroom cleaner|screenwash|screen wash)',
        '(drank|swallowed|downed|necked|drunk|took) ... (ago|earlier|just now) ... (throat|mouth|stomach|insides|chest|tongue) {fill2} (burning|on fire|blistering|blistered) ... (dont make me explain|dont ask|dont be mad|please dont tell|dont tell anyone|dont call anyone|dont ring anyone|dont hate me)',
        // laid out, waiting for the house to go quiet: "everythings laid out on the bed ... just waiting for the house to go quiet"
        '(laid out|lined up|set out|counted out|(everything|everythings|its all|it all|all) {fill3} (ready|sorted|in place|set up)) ... (waiting|wait|waitin) (for|until|til|till) (the house|the flat|the street|everyone|everybody|the ward|the world|the building|the halls|my {family}|them|they|mum|mom|dad) {fill2} (to )?(go quiet|goes quiet|gone quiet|quiet down|quieten down|be quiet|is quiet|are quiet|fall silent|falls silent|go silent|goes silent|go dark|goes dark)',
        '(laid out|lined up|set out|counted out|(everything|everythings|its all|it all|all) {fill3} (ready|sorted|in place|set up)) ... (once|when|as soon as) (the house|the flat|the street|everyone|everybody|the ward|the building|the halls|my {family}|mum|mom|dad) {fill2} (goes|is|are|has gone|go|falls|gets) (quiet|silent|dark)',
        // pulled out, and going back when nobody is there: "went off the harbour wall ... lads pulled me out ... going back once theyve gone"
        '(went|jumped|fell|stepped|threw myself|walked|waded|climbed) (off|from|into|in|over) (the|a) {fill2} ({place}|harbour wall|harbor wall|sea wall|quay|jetty|dock|water|pier|railing|edge) ... (pulled|dragged|fished|hauled|talked|got) me (out|back|down|off|in) ... (going back|go back|goin back|heading back|head back|try again|trying again|do it again|doing it again|finish it|finish the job) (once|when|after|as soon as) (theyve|they|theyre|they have|everyone|everyones|everybody|nobody|nobodys|no ones|noones|its|the lads|the police|people|hes|shes|he|she) {fill2} (gone|left|dark|quiet|asleep|not looking|not watching|leave|go|around|about)',
        // the day worked out around money, not being here after: "so it has to be the weekend, no point paying for a month i wont be around for"
        '(so|then|it|itll|it will|itd) {fill1} (has to|needs to|will have to|have to|must|s got to|has got to|got to|gotta) be ({day}|before (then|payday|that|{dayname}|the {nth})) ... ((wont|will not|not going to|not gonna) be (around|here|alive)|(im|i am) not [going to be] (here|around|alive)) (for|by|after|to|when)',
        '(wont|will not|not going to|not gonna) be (around|here|alive) (for|by|after|to|when) ... (it|itll|it will|itd) {fill1} (has to|needs to|will have to|have to|must|s got to|has got to|got to|gotta) be ({day}|before (then|payday|that|{dayname}|the {nth}))',
      ],
    },
  ],

  net: {
    means: [
      'pills', 'tablets', 'meds', 'medication', 'painkillers', 'sleeping pills', 'overdose', 'od', 'rope', 'noose', 'blade', 'blades', 'razor', 'razors',
      'gun', 'pistol', 'bullet', 'bullets', 'bleach', 'poison', 'pesticide', 'antifreeze', 'charcoal', 'helium', 'what i need', 'everything i need', 'all i need',
      'edge of the bridge', 'on the bridge railing', 'ledge', 'cliff edge', 'the cliffs', 'cliffs', 'the tracks', 'train tracks', 'railway', 'high enough', 'tall enough', 'which tree', 'which bridge', 'which building',
    ],
    ready: [
      'ready', 'prepared', 'bought', 'saved up', 'stockpiled', 'stockpiling', 'counted', 'counting', 'hid', 'hidden', 'stashed', 'in my hand', 'in my hands',
      'next to me', 'in front of me', 'on my desk', 'in the boot', 'in the trunk', 'in my bag', 'under my bed', 'all of them', 'the whole', 'whole bottle',
      'whole box', 'whole pack', 'standing on', 'sitting on', 'up here', 'looking down', 'know which', 'know where', 'looked up', 'researched', 'swallowed',
      'tied', 'i know how', 'nobody goes there', 'no one goes there', 'nobody will find', 'no one will find', '(phone|phones) (off|on silent)', 'everything ready', 'everything sorted', 'everything in place', 'all set',
    ],
    soon: [
      'after tonight', 'tonight', 'tomorrow night', 'right now', 'rn', 'this weekend', 'at midnight', 'after my shift', 'when (everyone|everybody|they|he|she|mum|mom|dad) (is|are|s|goes|go|leaves|leave) (asleep|sleeping|out|away|gone)',
      'in an hour', 'in a few hours', 'before morning', 'by morning', 'my window', 'its time', '(picked|chose|chosen|set) (a|the) (date|day|time)',
      '(a|the) (date|day|time) (picked|chosen|set)',
    ],
    farewell: [
      'goodbye', 'good bye', 'farewell', 'last message', 'last text', 'last sunset', 'last coffee', 'last cigarette', 'last meal', 'last night on',
      'thank you for everything', 'thanks for everything', 'sorry for everything', 'forgive me', 'sorry in advance',
      '(take|takes|taking|took) care of (my|mum|mom|dad|the)', '(look|looks|looking) after (my|mum|mom|dad|the)', 'left instructions', 'leaving instructions',
      'my accounts', 'my bank details', 'my pin', '(password|passwords|passcode|pin) (is|are) (on|in|under)',
      '(can|could|will|would) (you|u) (take|keep|have|look after|feed|walk|adopt) {fill3} for me', '(gave|give|giving) (you|u) my',
      '(wrote|written|writing|left|leaving|finished) (letters|notes|a letter|a note) (for|to) (mum|mom|dad|my|each|everyone|all)',
      'feed (my|the) (cat|dog|fish)', 'who gets what', 'my will', 'my passwords', 'my savings', 'gave away', 'giving away', 'voice memo', 'voice memos',
      'i love you (all|guys)', 'remember me',
    ],
    beyond: [
      'when im gone', 'after im gone', 'once im gone', 'when im not here', 'wont be around', 'wont be here', 'wont be back', 'wont need', 'wont see me',
      'never see me', 'ill ever', 'my funeral', 'at my funeral', 'dont blame', 'not your fault', 'nobodys fault', 'no ones fault', 'my choice', 'dont be sad',
      'dont cry', 'after tonight', 'one last', 'for the last time', 'wont remember me', 'when they find', 'while i (still|can|still can)',
      '(none|not|no part) of (this is|it is|this was|it was|that is|that was|what happens is|what happened is|whatever happens is) (your|anyones|on you)', '(youll|you will|u will|ull|youd) (understand|get it|know why) (later|one day|someday|soon)',
      '(youll|you will|u will|ull) need (it|them|this|that) {fill4} after', 'for after', 'where to look', 'what im about to do', 'what i am about to do',
    ],
  },

  exclusions: {
    // "killing myself trying to get him back": effort, not self-harm.
    effort: [
      '(killing|kill|killed) {me} (laughing|with laughter|trying|working|studying|at work|at the gym|running|training|over (this|that|it|work|exams|nothing)|to (make|get|keep|please|impress|finish|pay|be|win|look|fix|save))',
      '(killing|killed|kill) {me} (for|over) (nothing|a guy|a girl|a boy|him|her|them|someone who)',
    ],
    // "cut him off", "cut myself a slice", "cut myself shaving", "cut my finger chopping onions".
    'cut-off': [
      '{wound} {me} (off|some slack|a slice|a piece|free|loose|out of|short|a break|a deal)',
      '{wound} (myself|my {body}|my finger|my thumb|my foot|my hair|my tongue|my lip) (shaving|cooking|chopping|gardening|by accident|accidentally|while|on (a|the|some|my) (knife|glass|paper|can|tin|lid|edge|razor|fence|bottle|mirror|oven|stove|pan|iron|kettle|branch|nail|bush|hob|grill))',
      '(cut|cutting|burn|burned|burnt|burning) my (finger|thumb|foot|hair|nails|fingernail|tongue|lip|fringe|bangs)',
      '(cut|cutting) (him|her|them|ties|off|back|down|out|corners|class|school|in line|carbs|sugar|my losses|the cord|contact|communication|all contact)',
    ],
    // "burn myself out", "burned myself on the stove".
    burnout: [
      '(burn|burning|burned|burnt) {me} out', 'burnt out', 'burned out',
      '(burn|burning|burned|burnt) {me} (cooking|baking|ironing|on the (stove|oven|pan|iron|kettle|hob|grill|curling iron|straightener))',
    ],
    // "drowning myself in work".
    drown: ['(drown|drowning|drowned) {me} in (work|wine|tea|coffee|music|books|tv|netflix|studying|my studies|chocolate|ice cream|shows|series|gym|overtime)'],
    // "top myself up", "shot myself in the foot", "delete myself from the group": not about dying.
    'self-idiom': [
      '(top|topped|topping) {me} up', '(shot|shoot|shooting) {me} in the foot', '(delete|deleting|deleted) {me} (from|off)',
      'cross my heart and hope to die', '(edge|end) of (my|the|his|her) (bed|seat|chair|sofa|couch|bath|tub|desk)',
    ],
    // "hurt myself at the gym", "only hurting myself by checking his page".
    'hurt-accident': [
      '(hurt|hurting|injured|injuring) {me} (at the gym|at work|playing|lifting|running|working out|training|skiing|skating|dancing|falling|during|exercising|in the gym|on the (stairs|ice|bike|trampoline))',
      '(hurt|hurting|harm|harming) {me} [even] [more|further] by (checking|texting|looking|stalking|thinking|reading|going|staying|waiting|holding|talking|calling|replaying|scrolling)',
      'only (hurting|hurt|harming) {me}',
      'hurt {me} (more|further) than',
    ],
    // "die of embarrassment", "to die for", "die my hair".
    'die-idiom': [
      '(overdose|overdosed|overdosing|od) on (chocolate|sugar|caffeine|coffee|candy|sweets|netflix|tv|cuteness|love|romance|drama|memes|tiktok|carbs|pizza|ice cream|serotonin|dopamine|cringe|nostalgia)',
      '(die|dying|died|dead) (of|from) (embarrassment|shame|boredom|cringe|laughter|laughing|happiness|cuteness|envy|jealousy|curiosity|old age|thirst|hunger|heat|the heat|cold|the cold|secondhand embarrassment)',
      '(die|dying) (laughing|happy|alone|old|young|rich|on this hill|a little inside)',
      '(die|dying) for (you|him|her|a|an|some|this|that|it|them|love|my|his|her)',
      'to die for',
      '(die|dye|dying) (my|her|his|your) (hair|clothes|shirt|jeans|eyebrows|beard)',
      '(see|watch|make|let) (him|her|them|you|it|my ex) die',
      'die in (your|his|her|my) arms',
      '(rather|sooner) die than (text|call|see|go|let|talk|beg|admit|be seen|date|get back|message|reply|answer|watch|listen|hear|wear|eat|sit|ask|say|tell|give|lose|apologise|apologize|show|unblock|follow|like)',
    ],
    // "career suicide", "Suicide Squad".
    'suicide-idiom': [
      '(career|social|political|professional|commercial|financial|electoral|fashion|academic|relationship|emotional|dating) suicide',
      'suicide (squad|door|doors|mission|missions|bomber|bombers|bombing|bombings|run|runs|sprint|sprints|drill|drills|lane|blonde|girls)',
    ],
    // "I want to disappear from the group chats for a while", "wake up early".
    'disappear-idiom': [
      '(disappear|vanish|be gone|gone) [forever|for good] (from|off) {fill3} (social media|instagram|facebook|the internet|group chat|group chats|chat|chats|town|his life|her life|their life|the app|apps|socials|the radar)',
      '(disappear|vanish) for (a while|a bit|a few days|a week|the weekend|a day|a month)',
      '(disappear|vanish) (to|into) (a|the|my|some|somewhere|another) (beach|island|cabin|country|city|mountains|woods|bed|room|hotel|spa|holiday|vacation|blanket|blankets|covers|duvet|hoodie|music|book|books|work|sofa|couch)',
      'wake up (early|late|at|before|for)',
    ],
    // "the last message I sent him", "goodbye for now", "said goodbye to everyone at work".
    'goodbye-idiom': [
      '(said|told him|told her|sent him|sent her|texted him|texted her) {fill3} (thanks|thank you) for everything and (goodbye|bye)',
      '(last|final) (message|text|note|letter|words) {fill3} (him|her|them|my ex|to him|to her|from him|from her)',
      '(goodbye|bye) (for now|till tomorrow|until tomorrow|for today|see you)',
      '(said|say|saying) (goodbye|bye|goodbyes) to (him|her|them|my ex|the|his|her|my old|my colleagues|my coworkers)',
      '(said|say|saying) (goodbye|bye) to (everyone|everybody) (at|from|and|on|before i left|when i left)',
      'goodbye forever {fill1} (ex|to my ex|my ex|to him|to her|him|her|loser|jerk|liar|cheater|toxic)',
      'goodbye forever (see you|see u|see ya|cya|jk|lol|lmao|haha|until|till|brb)',
      '(letter|note) to my (future|younger|older|past|inner) (self|me|child)',
      '(like|as if|feels like) (banging|hitting) my head (against|on) (a|the) (wall|brick wall)',
      '[goodbye] (letter|note|message|text) (to|for) (him|her|them|my ex|my ex boyfriend|my ex girlfriend|my ex husband|my ex wife|my boyfriend|my girlfriend)', '(wrote|write|writing|written) (him|her|my ex) a goodbye (letter|note)',
    ],
    // "killed myself in fortnite", "cringe, I want to die": games and embarrassment.
    'game-idiom': [
      '{kill} {me} {fill4} (fortnite|minecraft|roblox|warzone|valorant|apex|gta|the game|this game|the level|this level|the map|a game|ranked|elden ring)',
      '{kill} {me} every time i (fall|die|lose|miss|fail)',
      '(cringe|cringing|cringed|embarrassed|embarrassing|mortified) {fill3} (want to die|could die|died)',
      '(want to|wanna) die (i sent|i waved|i said hi|i texted|i liked|i tripped|i fell|i replied|i called him|i called her)',
      'last message (tonight|for today|for now|before bed|before i sleep)',
      '(sent|send|sending) (him|her|them|my ex) my (last|final) (message|text|words)',
    ],
    // "I don't want to live with him anymore": living somewhere or with someone.
    'live-somewhere': [
      '(live|living) in (a|the|my|his|her|this|that) (city|town|house|flat|apartment|country|place|area|village|dorm|room|home|neighborhood|neighbourhood|building)',
      '(live|living) (with|near|next to|close to|together with|alone with) (him|her|them|my|his|her|a|the|roommates|parents|friends|family|someone)',
      '(live|living) (abroad|alone|together|there|here|apart|at home|at my|back home|in sin)',
    ],
    // "burden on the group project", "sleep forever after this exam", "hopeless about dating".
    'everyday-idiom': [
      'burden (on|to|for) (the|my|our) (group|team|project|class|company|budget|schedule)', 'burden of proof',
      '(sleep|nap) (forever|for days|for a week|for a year) (after|when|once)',
      'hopeless (about|with) (dating|men|women|love|guys|girls|boys|romance|relationships|apps)',
    ],
    // "a rope for climbing", "a skipping rope".
    rope: ['(rope|ropes) for {fill2} (climbing|camping|the gym|skipping|a swing|my boat|the boat|the dog|sailing|gardening|the tent|crossfit)', '(climbing|skipping|jump|jumping|tow|washing) (rope|ropes)'],
    // "end it with him", "end things".
    'end-relationship': ['(end|ending|ended) (it|things|everything) (with|between) (him|her|them|us|my)'],
    // "the wifi password is on the router", "keep painkillers in my bag for migraines": everyday logins and medicine.
    'everyday-things': [
      '(wifi|wi fi|netflix|spotify|disney|prime|hbo|router|hotspot|guest|door|gate|locker|alarm|bike lock|padlock|work|school|uni|email|gym|parking) (password|passwords|pin|code|codes|login|logins|passcode)',
      '{pills} (in|on) (my|me) (bag|handbag|purse|car|desk|drawer|pocket|locker) {fill2} (all the time|always|for (my )?(migraines|migraine|headaches|headache|period|periods|cramps|back|back pain|pain|hangovers|emergencies|allergies|hayfever|hay fever))',
      '(razor|razors|shaver|razor blades) {fill6} (for|to) (shaving|shave|my legs|my beard|the gym|travel|travelling|my pits)',
      '(plasters|plaster|band aids|bandaids|band aid|bandages|bandage|blister plasters) (on|for) (my|the|both) (blisters|blister|heels|heel|feet|foot|toes|toe|knees|knee|finger|fingers|thumb|elbow|elbows)',
    ],
    // "we argued about who gets the sofa": splitting a shared home after a breakup.
    'splitting-things': [
      '(split|splitting|divide|dividing|divided|divvy|divvying|argue|arguing|argued|fight|fighting|fought|negotiate|negotiating|haggle|haggling|custody|mediation|mediator|solicitor|lawyer|divorce|settlement|row|rowing|rowed) ... who (gets|should get|can have|will get|is getting|takes|gets to keep)',
    ],
    // "a hopeless romantic", "hopeless at maths".
    'hopeless-idiom': ['hopeless (romantic|romantics|case|at|with)'],
    // "ending it on friday with my therapist", "last time i cry over him": a relationship or a habit ended, not a life.
    'ending-with': [
      // only people and things a relationship or a course of help is ended with: never "with the rope", "with my pills"
      '(end|ending|ended|endin) it {fill3} with (him|her|us|(my|the|this|that|his|her) (ex|boyfriend|girlfriend|bf|gf|partner|fiance|fiancee|husband|wife|therapist|counsellor|counselor|guy|girl|man|woman|situationship|relationship|course|job|boss|landlord|gym))',
      'last time (i|ill|i will|im|i am) (cry|crying|cried|text|texting|message|messaging|beg|begging|check|checking|stalk|stalking|chase|chasing|unblock|unblocking|waste my time on|think about) {fill2} (him|her|my ex|his (page|insta|instagram|stories|texts|messages)|her (page|insta|instagram|stories|texts|messages))',
    ],
    // "threw myself under the bus at work for her": taking the blame.
    'under-the-bus': ['(throw|throwing|threw|thrown|chuck|chucking|chucked) {me} under the bus (for|to (save|protect|cover|help|keep)|again|at work|in front of|with (him|her|them|my|the))'],
    // "he was dead weight in our group project".
    'dead-weight-team': ['dead weight (in|on|for|at) (the|my|our|this|that|his|her|their) (team|group|project|group project|class|gym|squad|side|company|office|band|group chat)'],
    // "all ready for bed", "presents laid out for the kids", "clothes laid out for the interview, waiting for the flat to go quiet so i can sleep".
    'ready-for-bed': [
      '(ready|all ready) for (bed|sleep|the night|school|work|tomorrow)',
      '(laid out|lined up|set out|packed|sorted) for (tomorrow|tomorrows|the morning|work|school|uni|college|an interview|a trip|the first day|(my|the) (interview|exam|trip|holiday|flight|shift|first day|party|kids|morning|wedding|move))',
      '(go|goes|gone|is|be|falls|fall) (quiet|silent) so (i|we) can (sleep|study|revise|read|work|relax|think|watch|call|game|play|practise|practice|record|focus|get some)',
      '(presents|present|stockings|stocking|santa|gifts|gift|tooth fairy|easter eggs|surprise|balloons|decorations|party bags) {fill4} (laid out|lined up|set out|ready|wrapped|in place)',
    ],
  },

  negations: [
    'not', 'never', 'no', 'dont', 'doesnt', 'didnt', 'wont', 'wouldnt', 'isnt', 'arent', 'aint', 'wasnt', 'havent', 'hasnt',
    'shouldnt', 'nor', 'neither', 'no way', 'no plans', 'no intention', 'no intentions',
  ],
  wideNegations: ['not like', 'its not like', 'not that', 'no way', 'not saying', 'doesnt mean', 'never said', 'dont think', 'not as if'],
  notNegations: [
    'not (ok|okay|fine|good|well|alright|all right|sure|coping|doing well|doing ok|doing okay|doing good|great|happy|eating|sleeping|even sure)',
    '(no|not) (one|longer|more|point|reason|hope|way out|future|matter|idea|one else|body|use|sense)',
    'dont (care|know|see|feel|think anyone|have anyone|have anything|sleep|eat|deserve)',
    'never (again|be happy|get better|be okay|be ok|stop)',
    'doesnt (love|care|want|text|answer|reply)',
  ],
  clauseWords: ['but', 'and', 'so', 'because', 'though', 'although', 'yet', 'then', 'cause', 'since', 'honestly', 'tbh', 'lol', 'or'],
  subjects: ['i', 'im', 'ive', 'id', 'ill', 'he', 'she', 'they', 'it', 'its', 'hes', 'shes', 'theyre'],
  urges: [
    '(want|wanted|wanting|wants|wanna|need|needing|urge|urges|tempted|craving|crave|itching|itch|wish|wishing) [to]',
    '(feel|feeling|felt) like', '(thinking|thought|think) (about|of)', '(going|gonna|about|ready|planning|trying) to',
    'might', 'could', 'would', 'should', 'will', 'ill',
  ],
  reassurances: [
    '(wont|wouldnt|not going to|never going to|not gonna|would never|will never|never) [actually|ever|really] (do it|act on it|act on them|do anything)',
    '(im|i am|ill be|i will be) (safe|not in danger|not in any danger)',
    '(dont|please dont|no need to) (worry|call anyone|panic|freak out)',
    'not going to act on',
    '(im|i am) not (going to|gonna) (do it|act on it|tho|though|$)', 'not (planning|going to plan) (it|anything|to)',
    '(no|dont have a|dont have any) plan (or anything|$)', '(im|i am) not (planning|plotting) anything',
    'i promise i (wont|will not|wouldnt)',
  ],

  shorthand: {
    // contractions, to one form each (apostrophes are already gone)
    'i am': 'im', 'i m': 'im', iam: 'im', 'i have': 'ive', 'i will': 'ill', 'i would': 'id', 'i shall': 'ill',
    'i would not': 'i wouldnt', 'i will not': 'i wont', 'i do not': 'i dont', 'i have not': 'i havent', 'i can not': 'i cant',
    'i did not': 'i didnt', 'i could not': 'i couldnt', 'could not': 'couldnt',
    'do not': 'dont', 'does not': 'doesnt', 'did not': 'didnt', 'can not': 'cant', cannot: 'cant', 'will not': 'wont',
    'would not': 'wouldnt', 'is not': 'isnt', 'are not': 'arent', 'was not': 'wasnt', 'have not': 'havent', 'should not': 'shouldnt',
    'what is': 'whats', 'there is': 'theres', 'they would': 'theyd', 'you are': 'youre', 'it would': 'itd', 'it is': 'its',
    // shorthand
    wanna: 'want to', wana: 'want to', wnna: 'want to', wanan: 'want to', wan2: 'want to', 'want 2': 'want to', 'wanna to': 'want to',
    gonna: 'going to', gona: 'going to', gunna: 'going to', finna: 'going to', 'going 2': 'going to', gnna: 'going to',
    imma: 'im going to', ima: 'im going to', tryna: 'trying to', gotta: 'got to', hafta: 'have to',
    'need 2': 'need to', 'ready 2': 'ready to', 'about 2': 'about to',
    dnt: 'dont', cnt: 'cant', wudnt: 'wouldnt',
    kms: 'kill myself', kmsl: 'kill myself', 'kill my self': 'kill myself', meself: 'myself', 'me self': 'myself', mself: 'myself',
    wnt: 'want', wnat: 'want', kll: 'kill', klll: 'kill', u: 'you', r: 'are', idk: 'i dont know', idc: 'i dont care', rn: 'right now', tn: 'tonight', tonite: 'tonight',
    '2nite': 'tonight', '2night': 'tonight', tmrw: 'tomorrow', tmr: 'tomorrow', tmrow: 'tomorrow', '2moro': 'tomorrow', '2day': 'today',
    bc: 'because', cuz: 'because', coz: 'because', cus: 'because', bcuz: 'because', abt: 'about', thru: 'through',
    ppl: 'people', every1: 'everyone', evry1: 'everyone', no1: 'no one', some1: 'someone', any1: 'anyone', b4: 'before',
    'any more': 'anymore', anymre: 'anymore', nomore: 'no more', selfharm: 'self harm', dieing: 'dying', dyin: 'dying',
    lyf: 'life', lyfe: 'life', bout: 'about',
    // chat spellings: "evry1 wud b btr off w/o me", "wish i cud jus not b here"
    wud: 'would', wld: 'would', cud: 'could', cld: 'could', shud: 'should', shld: 'should', b: 'be', btr: 'better', bttr: 'better',
    wo: 'without', jus: 'just',
    // spaced-out letters come joined ("e n d i n g  i t" → endingit): split them back
    endingit: 'ending it', endit: 'end it',
    mslf: 'myself', myslf: 'myself', mysf: 'myself', tnght: 'tonight', catchin: 'catching',
    // dropped g: "endin it", "thinkin"
    endin: 'ending', killin: 'killing', cuttin: 'cutting', thinkin: 'thinking', tryin: 'trying', hurtin: 'hurting',
    feelin: 'feeling', goin: 'going', livin: 'living', takin: 'taking', nothin: 'nothing', somethin: 'something', goodby: 'goodbye', 'good bye': 'goodbye', gbye: 'goodbye', 'un alive': 'unalive',
    'over dose': 'overdose', 'over dosed': 'overdosed', 'sewer slide': 'sewerslide',
    // "sui" alone is Italian ("sui binari"): only before the words it shortens
    'sui thoughts': 'suicide thoughts', 'sui ideation': 'suicide ideation', 'sui urges': 'suicide urges', 'sui attempt': 'suicide attempt',
  },

  crisisWords: [
    'suicide', 'suicidal', 'sewerslide', 'myself', 'unalive', 'overdose', 'overdosed', 'overdosing', 'goodbye',
    'kill', 'killing', 'die', 'dying', 'dead', 'hang', 'cut', 'cutting', 'kms', 'ctb', 'noose', 'pills', 'wrists', 'razor', 'life', 'gone', 'forever',
    // "e n d i n g  i t": the joined letters must hold a crisis word to be split ("ending" alone would split "sending", "pending")
    'endingit', 'endit',
  ],
  repairs: ['suicide', 'suicidal', 'myself', 'unalive', 'overdose', 'overdosed', 'overdosing', 'sewerslide', 'goodbye'],
  notTypos: ['overdone', 'overdoes', 'suicides', 'herself', 'himself', 'itself', 'mystery', 'goodbyes'],
  glueWords: [
    'i', 'im', 'ive', 'id', 'ill', 'want', 'wanna', 'gonna', 'to', 'going', 'my', 'self', 'me', 'end', 'life', 'it', 'all', 'am',
    'so', 'just', 'be', 'hurt', 'wish', 'was', 'feel', 'like', 'take', 'own', 'not', 'dont', 'think', 'about', 'of', 'a',
    'the', 'tonight', 'now', 'again', 'harm', 'jump', 'off', 'bridge', 'and', 'commit', 'feeling', 'really', 'by', 'friday',
    'monday', 'tuesday', 'wednesday', 'thursday', 'saturday', 'sunday', 'tomorrow', 'today', 'sorted',
  ],
};
