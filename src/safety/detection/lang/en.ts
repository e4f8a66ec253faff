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
    died: [
      'died', 'die', 'was gone', 'were gone', 'was dead', 'were dead', 'wasnt here', 'wasnt around', 'wasnt alive', 'disappeared',
      'didnt exist', 'never existed', 'wasnt born', 'carked it', 'kicked the bucket', 'croaked', 'snuffed it', 'killed myself',
      'wasnt there', 'am not there', 'was not there', 'am gone', 'left for good', 'vanished',
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
      'car park', 'top floor', 'railing', 'rail', 'tracks', 'train tracks', 'railway', 'railway bridge', 'motorway bridge', 'highway overpass', 'platform edge',
    ],
    traffic: ['train', 'bus', 'car', 'truck', 'lorry', 'traffic', 'oncoming traffic', 'the tracks'],
    /** Now, tonight: timing. */
    soon: ['tonight', 'today', 'tomorrow', 'this weekend', 'now', 'right now', 'rn', 'this time', 'soon', 'on friday', 'by friday', 'after tonight', 'this week'],
  },

  families: [
    {
      // Intent stated outright: "I want to kill myself", "thinking of ending my life", "I'm suicidal".
      id: 'en.intent',
      tier: 'act',
      softenedBy: ['reassurance'],
      patterns: [
        '{killself}',
        '(ready|planning|plan|decided) to {fill1} die',
        '(i|im|ive|id|ill|me|feel|feeling|felt|been|so|very|really|extremely|get|getting|kinda|kind of|bit|little) {fill2} suicidal',
        'suicidal (thoughts|thought|feelings|feeling|ideation|urges|urge|again|today|tonight|rn|right now|lately|af|asf|as hell|as fuck|these days|all the time|every day|$)',
        '(sui|suicide) (thoughts|thought|ideation|urges|feelings)',
        '{intend} {fill2} (suicide|suicidal|unalive*)',
        '(attempt|attempted|attempting|tried|try|trying) suicide',
        '(planning|planned|plan|plotting|organising|organizing|preparing|rehearsing) my (suicide|death|own death|exit|way out)',
        '(suicide|suicidal) (attempt|plan|plans|note|letter|pact)',
        'suicid* (is|feels|seems|looks|sounds|s) [like] {fill3} (option|way out|only way|answer|solution|choice|escape|plan)',
        'suicid* (is|s) (all|the only thing) i (think|can think)',
        '{think} {fill2} (about|of) suicid*',
        '{think} [about|of] (my|my own) suicide',
        '(suicide|killing myself|ending my life|ending it all) (is|s|keeps|has been|been|was) {fill2} (on my mind|in my head|in my thoughts|all i think about)',
        'how to (die|kill myself|end it|end my life|commit suicide)',
        '[painless|easy|easiest|quick|quickest|fast|fastest|best|simple|peaceful|surest|cleanest] (way|ways|method|methods) to (die|kill myself|end it|end my life|commit suicide|do it)',
        '{intend} [just] (end|ending) it (all|tonight|today|now|for good|this weekend|$)',
        '(ending|end) it (tonight|today|this weekend|tomorrow)',
        '(tonight|today|tomorrow|this weekend) {fill4} (im|i am|ill|i will|going to|gonna) (ending|end) it',
        '(do|doing) (something|anything) (stupid|dumb|drastic|silly|wrong|bad) to {me}',
        '{intend} {fill1} (do|doing) (something|anything) (stupid|dumb|drastic)',
        '(going to|ill) jump (or anything|$)',
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
        'sewer (slide|side)', 'sewerslide', 'sewerside', 'sui side', 'suislide',
        'ctb', '(commit|committing) (sudoku|toaster bath|die)', 'toaster bath',
        '{intend} rope [{me}]', '(rope|neck) {me}',
        '(catch|catching|caught) the bus {fill3} (not the real|you know what i mean|if you know what i mean)',
        '(meet|meeting|see|join) (the big man upstairs|the man upstairs|my maker) {fill1} (early|soon|tonight)',
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
        'wish (i|id) (was|were|could be|had been|would be) dead',
        'wish (i|id) (wasnt|werent|was not|were not|wouldnt be) (alive|here|around|born|on this earth)',
        'wish (i|id) [had|was|were] (never|not) [been|even been|ever been] born',
        'wish (i|id) (could|would) {fill2} (die|disappear|vanish|fade away|stop existing|cease to exist|not exist|just not exist|not wake up|never wake up|sleep forever|not be here|be gone|evaporate|go away forever|not be alive)',
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
        '(welcome|welcomed|welcoming) death', 'death would be (welcome|a relief|a mercy)',
        'wish i could [just] stop (existing|living|breathing|$)',
        '(want|wanna|going|ready|about) to jump $',
        'nothing [left] to live for',
        '(wish|wishing) (i|id) (didnt|did not|never|wouldnt) (exist|existed|have to exist|have to wake up)',
        '(hate|hating) (being alive|existing|that i exist|that im alive|waking up every day|waking up each day)',
        '(want|need|wish|wanting) (the|this|my|all the|all this) (pain|hurt|suffering) to (end|stop|be over) (forever|for good|permanently|once and for all)',
        '(isnt|not|aint|no longer|wasnt|is not) [even|really] worth living', 'life {fill3} (is|feels|seems) (not worth it|pointless|meaningless)',
        'want (it all|everything|the world) to (end|stop) (forever|for good|now|$)', 'want (my life|it|this life) to (be over|end) $',
        '(stop|end) existing',
        '(feel|feeling|felt) like dying',
        '(i|maybe i|feel like i|think i) should {fill2} ({death}|disappear|not be here)',
        '(whats|what is|wheres) the point (anymore|any more|of anything|of it all|of me) $',
        '(disappointed|upset|sad|angry|annoyed|gutted) (im|i am|that im|that i am|to be|i woke up|to wake up) still (alive|here|breathing)',
        'nothing left (for me|to stay for|to hold on to|to hold onto) (here|in this world|in life|anymore|$)',
        'life (has|holds|s got) (no|lost its|lost all) (meaning|point|purpose|value)',
        '(hope|hoping|wish|wishing|pray|praying) [that] i (get|got|would get|have|had|die in|end up in) {fill2} (accident|crash|hit by|run over)',
        '{think} {fill2} (about|of|how) {fill2} (dying|death|being dead|not being alive|not existing|not being here|disappearing forever|not waking up)',
        '(waiting|wait) (to die|for death|for it all to end|to not exist)',
        'dont care (if|whether) i (live|die|wake up|make it|survive)',
        '(peaceful|nice|easier|better|a relief|calm) {fill3} (to|if i) {fill1} ({death}|not wake up|was dead|wasnt here|not be here|disappeared)',
        '(death|dying|being dead|not existing|not being alive) (sounds|seems|feels|would be|looks) {fill2} (relief|peaceful|nice|good|better|easier|appealing|answer|escape|tempting)',
        '(death|dying|being dead) (doesnt|dont|wouldnt) (sound|seem|feel|be) {fill1} (bad|scary)',
        '(dont|cant) see myself (being around|being here|being alive|living|making it|still here|alive)',
        '(wont|not going to|not gonna) be (around|here|alive) (much longer|for long|for much longer|next year|by christmas|tomorrow)',
        '(wish|wishing|hope|hoping|pray|praying|want|need) {fill4} (would|will|could|to) {fill1} (hit|kill|end|shoot|run over|run me over|take) me',
        '(hope|hoping|wish|wishing|pray|praying) {fill3} (plane|flight|car|bus) (goes down|crashes|crash|would crash)',
        '(forever|eternal|permanent|long|dirt) (nap|sleep) {fill2} (the real one|forever|$)',
        'take the forever nap',
      ],
    },
    {
      // Being a burden: "everyone would be better off without me", "I'm a burden".
      id: 'en.burden',
      tier: 'cue',
      patterns: [
        '{everyone} {fill2} (be|are|is|were|d be) (better|happier|fine|okay|ok|better off|easier|just fine|alright|relieved|glad) {fill1} (without me|if i {died}|when im gone|once im gone)',
        '(better|happier|easier) [off] without me (around|here|alive|in it|existing)',
        '(world|everyone|everybody|everything) (would be|is|will be|d be) better without me',
        '(easier|better|happier) for (everyone|everybody|them|all|my {family}) if i {fill1} {died}',
        '(im|being|feel like|feel|am|just|such|only|always been|nothing but) {fill3} (burden|burdens)',
        'burden (to|on|for) (everyone|everybody|my|people|them|others|all|the people|you)',
        '{nobody} (would|will|is going to|gonna) (miss me|even notice|even care|cry|come to my funeral|notice i was gone|care i was gone)',
        '{nobody} (would|will) (miss|notice|care) {fill3} (if|when) (i|im) {died}',
        '(if|when) i {died} {fill2} {nobody} (would|will|is going to) (care|notice|miss me|cry|even notice)',
        '(im|feel like|being|just|such|am) [a|such a|just a|nothing but a] waste of (space|oxygen|air|a life|life|skin)',
        '(dont|do not) deserve to (live|be alive|exist|be here)',
        'deserve to (die|be dead)',
        '(wont|will not) be a (problem|burden) {fill3} (anymore|much longer|for long|for much longer)',
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
        '(no|theres no|there is no|cant see a|cant see any|dont see a|dont see any) (way out ($|for me|of this pain|of this life|except)|hope left|hope for me|future for me|light at the end)',
        '(dont|cant|can not|never) see (a|any) future (for myself|for me|$)',
        'dont (think|know if|know how) (i|im) (can|could|will|am able to) {fill1} ({living}|survive|make it|cope|handle this)',
        '(give|giving|gave|given) up on (life|living|everything|myself|the world)',
        '(never|not ever) going to get better', 'will never (get better|be okay|be ok|stop hurting)',
        'no (hope|future) (left|for me|anymore)',
        'trapped (with no|and no) way out',
      ],
    },
    {
      // Goodbye and final messages: "this is goodbye", "by the time you read this".
      id: 'en.goodbye',
      tier: 'act',
      patterns: [
        'this (is|will be|s|is going to be) (my|the|a) (goodbye|farewell|final goodbye|last goodbye|final message|final note|last message|last words|final words) [$|to you|to everyone|everyone|forever|for good|sorry]',
        'this is goodbye',
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
        '(wrote|written|writing|left|leaving) (a|my) (note|notes|letter|letters) (for|to) (my|everyone|you all|whoever|them|the people)',
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
        'goodbye (thank you|thanks) for (everything|trying|listening|being there|all your help|trying to help)',
        '(wanted|want|just wanted|needed|had) to say goodbye [to (you|someone|everyone|somebody|you all)] $',
        '(passwords|password|pin|bank details|insurance papers|will) (is|are) (in|under|on) (the|my) {fill2} $',
        '(tell|let) (everyone|everybody|them all|all of them|my {family}) [that|know] (i love|i loved|im sorry|i was sorry|sorry)',
        '(made|making|written|wrote|writing|finished|sorted|sorting|updated) (my|a|out my) will',
        '(giving|gave|given|give) (away my|my) (cat|dog|pets|pet|cats|dogs|guitar) away',
        '^ (final|last) (message|note|words) $',
        'my (final|last) (goodbye|goodbyes|words)',
        '(said|saying|say) my (goodbyes|last goodbyes|final goodbyes)',
        'saying goodbye to (the world|this world|life)',
        '(say|saying|said) goodbye to (everyone|everybody|all the people|the people|my family|my friends) i (love|care about|loved)',
        '(say|saying|said) (bye|goodbye) to (someone|anyone|everyone|you all|yall) before i (go|leave|die)',
        'see (you|yall|u) (on the other side|in the next life|in another life)',
        '(no one|nobody|you|they|u) (wont|will not|wont ever|will never) have to (deal with|worry about|put up with) me (anymore|again|much longer|ever again)',
        'this is (the end|the last night|it) for me',
        'my (last|final) (night|day|message|words|hours) (on earth|alive|ever)',
        '(wont|will not|dont) need (them|it|this|anything|that|my things|any of this|these|my stuff) (where im going|after tonight|after today|after this weekend|after tomorrow)',
        '(wont|will not) be needing (anything|them|it|this|my stuff) (after|where|anymore)',
        'when (he|she|they|you|u) (hear|hears|find out|finds out|learn|learns) (what happened to me|about me|what i did)',
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
        '(day|days|week|weeks|month|months|year|years) clean {fill3} (broke|broken|ruined|lost|relapsed|reset|gone|over|ended|threw it away)',
        '(lost|broke|broken|ruined|ended|reset) my (clean streak|streak of being clean)',
        '(broke|broken|ruined|lost|ended|reset) my streak {fill2} (sh|self harm|cutting|clean)',
        '(punched|punch|punching|hit|hitting|slammed|banged|banging) {fill2} (wall|door|mirror|my head) {fill3} (on purpose|until|till|to feel|so it would hurt|wanted it to hurt)',
        '(cat scratches|barcode) (on|across|all over) my',
        'cant stop (the )?bleeding',
        'my {body} (is|are|wont stop|keeps|keep|started) (bleeding|bleed)',
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
        '(looking|staring|stare|look|stared|looked) at (the|my|a) {means}',
        '(i|im|i just) deserve to (hurt|bleed|suffer|be in pain|feel pain|be hurt)',
        '(want|need|wanting|needing|crave|craving) to feel [physical|real] pain',
        '(using|use) (it|them|that|this|a blade|the blade|a razor|the razor|a knife) on {me}',
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
        '(yeet|throw|throwing|fling|launch) {me} (off|from|out of|in front of|under) [a|the|my|this] {fill1} ({height}|{traffic})',
        '(im|i am|standing|sitting|lying|laying) (on|at) the [train|railway] (tracks|railway line|rails)',
        '(bought|buying|stocked up on|stocking up on|got) {many} {pills}',
        '(saving|saved|stockpiling|stockpiled|stockpile|hoarding|hoarded|collecting|collected|counting|counted|sorting|lined up|lining up|crushed|crushing) [up] [all] [of] [my|the] ({pills}|razor blades|blades)',
        '(the|my|all my|all the|enough|got|have|ive got|ive) {fill3} ({means}) {fill3} (is ready|are ready|ready|lined up|counted out|laid out|in front of me|next to me|in my hand|right here|on my desk|waiting)',
        '(kept|keep|keeping|have|got) (the|some|a|my) {means} ready',
        '(rope|noose) (is|s) [already] (tied|up|ready|hung|set up)',
        'enough ({pills}) to (die|kill|end|not wake up|do it|overdose)',
        '(tie|tied|tying|made|make|making|hung|hang|hanging|set up|setting up|bought|ready) (a|the|my|up a|up the) noose',
        '(took|taken|take|taking|swallowed|swallow|swallowing|downed|down|downing|chugged|popped|ate|necked) [like|about|around|maybe|over|almost|nearly|at least] {many} {fill2} ({pills}|in the medicine cabinet|in the cupboard)',
        '(took|take|taking|swallowed) (them|it) all', '(took|swallowed|taken) all of them',
        '(swallowed|took|taken|downed) (everything|all of it|the lot|the whole lot) (in|from) (the|my)',
        '(overdosed|overdosing|overdose|took an overdose|taken an overdose)',
        '{intend} {fill2} overdose',
        '(want to|going to|about to|ready to|planning to|thinking of|thinking about) {fill1} od (on|tonight|$)',
        '(how many|how much) {fill6} (to die|to kill|lethal|fatal|would kill|overdose|to not wake up|to end it)',
        'take to (die|not wake up|kill me|end it|be fatal)',
        '(lethal|fatal|deadly) (dose|amount|overdose)',
        '{intend} {fill2} (jump|jumping|leap|throw myself|throwing myself|step|stepping|fling myself|lie down|lay down) (off|from|out of|in front of|under|onto|on) [a|the|my|this|that] [next|nearest|first|oncoming|moving|fast] ({height}|{traffic})',
        '{intend} {fill2} (walk|walking|drive|driving|crash|crashing|swerve|swerving|steer|steering) [my car] (into|off) [a|the|oncoming] (sea|ocean|river|lake|traffic|tree|wall|cliff|bridge|truck|lorry)',
        '{think} (about|of) jumping ($|off|from|in front)',
        '(jump|jumping|throw myself|fling myself) (off|from) (something|somewhere|anything) (high|tall)',
        '(have|i have|got|ive got|i got) (the|all the|enough) ({means}) $',
        '(walk|walking|go|going|step|stepping|climb|climbing) (to|over|off) the (edge|ledge|railing)',
        '(crash|crashing|drive|driving) my car (into|off) (a|the)',
        '(jump|jumping|jumped) (off|from) (the|a|this|that) ({height}) ({soon})',
        '(im|i am|standing|sitting|stood|sat|perched) (on|at) (the|a) (edge|ledge|railing|rail|top) of (the|a|this|my) {fill1} ({height})',
        '(im|i am|standing|sitting) (on|at) (the|a|this) {fill1} ({height}) [right] now',
        '(sat|sitting|standing|stood|perched) on (the|a|this) (edge|ledge|railing|rail) [of]',
        '(sat|sitting|standing|stood|perched) on (the|a|this) {fill1} ({height}) (right now|now|again|{soon}|in the dark|alone|$)',
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
        '(pills|they|it) (are|is) (kicking in|starting to work|starting to kick in)',
        'already (took|taken|swallowed) (them|the pills|it all|all of them|the whole)',
        '(i|ive) already (did it|done it|took them|taken them|started)',
        '(ill|im going to|going to) be dead (by|before) {fill2}',
        '(keeping|saving|kept|save) (it|them) for when (im|i am) ready',
        'exit bag',
      ],
    },
  ],

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
      '(disappear|vanish) (from|off) {fill3} (social media|instagram|facebook|the internet|group chat|group chats|chat|chats|town|his life|her life|their life|the app|apps|socials|the radar)',
      '(disappear|vanish) for (a while|a bit|a few days|a week|the weekend|a day|a month)',
      '(disappear|vanish) (to|into) (a|the|my|some|somewhere|another) (beach|island|cabin|country|city|mountains|woods|bed|room|hotel|spa|holiday|vacation|blanket|blankets|covers|duvet|hoodie|music|book|books|work|sofa|couch)',
      'wake up (early|late|at|before|for)',
    ],
    // "the last message I sent him", "goodbye for now", "said goodbye to everyone at work".
    'goodbye-idiom': [
      '(last|final) (message|text|note|letter|words) {fill3} (him|her|them|my ex|to him|to her|from him|from her)',
      '(goodbye|bye) (for now|till tomorrow|until tomorrow|for today|see you)',
      '(said|say|saying) (goodbye|bye|goodbyes) to (him|her|them|my ex|the|his|her|my old|my colleagues|my coworkers)',
      '(said|say|saying) (goodbye|bye) to (everyone|everybody) (at|from|and|on|before i left|when i left)',
      'goodbye forever {fill1} (ex|to my ex|my ex|to him|to her|him|her|loser|jerk|liar|cheater|toxic)',
      '(letter|note) to my (future|younger|older|past|inner) (self|me|child)',
      '(like|as if|feels like) (banging|hitting) my head (against|on) (a|the) (wall|brick wall)',
      '[goodbye] (letter|note|message|text) (to|for) (him|her|them|my ex|my ex boyfriend|my ex girlfriend|my ex husband|my ex wife|my boyfriend|my girlfriend)', '(wrote|write|writing|written) (him|her|my ex) a goodbye (letter|note)',
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
    // "a hopeless romantic", "hopeless at maths".
    'hopeless-idiom': ['hopeless (romantic|romantics|case|at|with)'],
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
    // dropped g: "endin it", "thinkin"
    endin: 'ending', killin: 'killing', cuttin: 'cutting', thinkin: 'thinking', tryin: 'trying', hurtin: 'hurting',
    feelin: 'feeling', goin: 'going', livin: 'living', takin: 'taking', nothin: 'nothing', somethin: 'something', goodby: 'goodbye', 'good bye': 'goodbye', gbye: 'goodbye', 'un alive': 'unalive',
    'over dose': 'overdose', 'over dosed': 'overdosed', 'sewer slide': 'sewerslide',
    // "sui" alone is Italian ("sui binari"): only before the words it shortens
    'sui thoughts': 'suicide thoughts', 'sui ideation': 'suicide ideation', 'sui urges': 'suicide urges', 'sui attempt': 'suicide attempt',
  },

  crisisWords: [
    'suicide', 'suicidal', 'sewerslide', 'myself', 'unalive', 'overdose', 'overdosed', 'overdosing', 'goodbye',
    'kill', 'killing', 'die', 'dying', 'dead', 'hang', 'cut', 'cutting', 'kms', 'ctb', 'noose', 'pills', 'wrists', 'razor', 'life',
  ],
  repairs: ['suicide', 'suicidal', 'myself', 'unalive', 'overdose', 'overdosed', 'overdosing', 'sewerslide', 'goodbye'],
  notTypos: ['overdone', 'overdoes', 'suicides', 'herself', 'himself', 'itself', 'mystery', 'goodbyes'],
  glueWords: [
    'i', 'im', 'ive', 'id', 'ill', 'want', 'wanna', 'gonna', 'to', 'going', 'my', 'self', 'me', 'end', 'life', 'it', 'all', 'am',
    'so', 'just', 'be', 'hurt', 'wish', 'was', 'feel', 'like', 'take', 'own', 'not', 'dont', 'think', 'about', 'of', 'a',
    'the', 'tonight', 'now', 'again', 'harm', 'jump', 'off', 'bridge', 'and', 'commit', 'feeling', 'really', 'by', 'friday',
  ],
};
