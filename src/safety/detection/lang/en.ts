/**
 * English. Word classes first (the building blocks), then the phrase families, then the idioms
 * that must stay quiet. Patterns are in the DSL described in `../README.md`: words, `{class}`,
 * `(a|b)` one of, `[x]` optional, `{fill2}` up to two other words, `word*` any ending, `$` end
 * of the sentence. Everything is matched after normalisation: lower case, no apostrophes
 * ("dont", "im"), shorthand spelled out ("wanna" → "want to", "i am" → "im").
 *
 * @module
 */
import type { LanguageSpec } from '../language.ts';

export const en: LanguageSpec = {
  code: 'en',
  scripts: ['latin'],

  classes: {
    // --- people ---
    /** The person speaking, as a subject: "i", "im" (= I'm / I am), "ive", "id", "ill" (= I'll). */
    i: ['i', 'im', 'ive', 'id', 'ill'],
    /** Myself, and the ways it gets typed. */
    me: ['myself', 'my self', 'meself'],
    my: ['my', 'my own', 'this'],
    /** People who would be "better off without me". */
    everyone: [
      'everyone', 'everybody', 'every one', 'the world', 'world', 'people', 'my family', 'my friends', 'my parents',
      'my kids', 'my children', 'my mom', 'my mum', 'my dad', 'they', 'theyd', 'all', 'everyone else', 'everything',
    ],

    // --- wanting, intending ---
    /** Wanting or getting ready to (before a verb): "want to", "ready to", "about to", "gonna". */
    intend: [
      '(want|wanted|wanting|wants) [so bad|so badly|so much|really] to',
      '(going|planning|plan|planned|decided|deciding|ready|about|trying|try|tried|tempted|need|needing|have|got|gotta) to',
      'will', 'ill', 'shall', 'might', 'may', 'should', 'would', 'id', 'must',
      '(thinking|thought|think|thinkin) (of|about)', '(considering|contemplating)',
      '(feel|feeling|felt) like', 'wish i could', 'just',
    ],
    /** Wanting to die (before "die"): narrower than {intend}, since "going to die" is hyperbole. */
    longing: [
      '(want|wanted|wanting|wants|ready|need|needing|wish|wishing|longing|desperate|begging|praying) [so bad|so badly|so much] to',
      'would like to', 'id like to',
    ],

    // --- verbs of the act, in every form ---
    kill: ['kill', 'kills', 'killing', 'killed', 'killin', 'murder', 'murdering', 'murdered'],
    end: ['end', 'ends', 'ending', 'ended', 'finish', 'finishing', 'take', 'taking', 'took', 'taken'],
    die: ['die', 'dying', 'died'],
    /** Self-directed killing, said outright. */
    killself: [
      '{kill} {me}',
      '(end|ending|ended|take|taking|took|finish|finishing) {my} [own] life',
      '(end|ending|ended) (it all|everything|myself|my existence|my suffering for good|it for good|it once and for all|this life)',
      '(commit|committing|commited|committed) suicide',
      '(hang|hanging|hanged|hung|shoot|shooting|shot|drown|drowning|poison|poisoning|gas|gassing|electrocute|starve) {me}',
      '(unalive|unaliving|unalived) [{me}]',
      '(self delete|self deleting|delete myself|deleting myself)',
    ],
    /** Self-harm verbs (not about dying). */
    harm: [
      'cut', 'cuts', 'cutting', 'cuttin', 'slit', 'slitting', 'slash', 'slashing', 'slashed', 'carve', 'carving', 'carved',
      'burn', 'burning', 'burned', 'burnt', 'scratch', 'scratching', 'scratched', 'hurt', 'hurting', 'harm', 'harming',
      'harmed', 'hit', 'hitting', 'punch', 'punching', 'punched', 'bruise', 'bruising', 'stab', 'stabbing', 'stabbed',
      'starve', 'starving', 'starved', 'bang my head', 'banging my head',
    ],
    cutting: ['cut', 'cuts', 'cutting', 'cuttin', 'slit', 'slitting', 'slash', 'slashing', 'carve', 'carving', 'sh', 'self harm', 'self harming'],
    body: ['wrist', 'wrists', 'arm', 'arms', 'leg', 'legs', 'thigh', 'thighs', 'skin', 'vein', 'veins', 'stomach', 'hip', 'hips', 'throat', 'forearm', 'forearms', 'wrist open', 'wrists open'],
    /** What someone takes in an overdose. */
    pills: [
      'pills', 'pill', 'tablets', 'meds', 'medication', 'medicine', 'sleeping pills', 'painkillers', 'paracetamol', 'tylenol',
      'ibuprofen', 'aspirin', 'xanax', 'benzos', 'antidepressants', 'insulin', 'oxy', 'opioids', 'my prescription',
    ],
    /** A lot of them: "the whole bottle", "all my", "30". */
    many: [
      'all', 'all of', 'all my', 'all the', 'all of my', 'the whole', 'a whole', 'the entire', 'an entire', 'every', 'every one of',
      'too many', 'a handful of', 'handfuls of', 'a bunch of', 'a lot of', 'lots of', 'loads of', 'a box of', 'a bottle of',
      'a whole bottle of', 'the whole bottle of', 'two bottles of', 'a packet of', 'a pack of', 'packs of', '{bignumber}',
      'twenty', 'thirty', 'forty', 'fifty', 'a hundred', 'dozens of', 'way too many', 'so many',
    ],
    /** Places people jump from or in front of. */
    height: ['bridge', 'roof', 'rooftop', 'building', 'cliff', 'balcony', 'window', 'ledge', 'tower', 'overpass', 'parking garage', 'car park', 'top floor'],
    traffic: ['train', 'bus', 'car', 'truck', 'lorry', 'traffic', 'a train', 'the train', 'a bus', 'a car', 'a truck', 'oncoming traffic', 'the tracks'],
    /** Nobody: "no one would notice". */
    nobody: ['no one', 'noone', 'nobody', 'not one person', 'not a single person', 'nobody else'],
    gone: ['gone', 'dead', 'not here', 'not around', 'no longer here', 'no longer around', 'not alive', 'missing'],
  },

  families: [
    {
      // Intent stated outright: "I want to kill myself", "thinking of ending my life", "I'm suicidal".
      id: 'en.intent',
      tier: 'act',
      patterns: [
        '{killself}',
        '{intend} (of|off) {me}', // "gonna off myself" (also "of" after doubles fold: "to of myself")
        '{longing} {fill2} (die|be dead|dead)',
        '(i|im|ive|id|ill|me|feel|feeling|felt|been|so|very|really|extremely|get|getting) {fill2} suicidal',
        'suicidal (thoughts|thought|feelings|feeling|ideation|urges|urge|again|today|tonight|rn|lately|$)',
        '{intend} {fill2} (suicide|suicidal|unalive*)',
        '(attempt|attempted|attempting|tried|try) suicide',
        '(suicide|suicidal) (attempt|plan|plans|note|letter)',
        'how to (die|kill myself|end it|end my life|commit suicide)',
      ],
    },
    {
      // A mention of suicide with no stated intent: "suicide is on my mind", "sewerslide".
      id: 'en.suicide-mention',
      tier: 'cue',
      patterns: ['suicid*', 'sucid*', 'suicde*', 'suiced*'],
    },
    {
      // Words coined to get past filters: "unalive", "sewerslide", "ctb" (catch the bus), "self delete".
      id: 'en.euphemism',
      tier: 'act',
      patterns: [
        'unalive*',
        'sewer (slide|side)', 'sewerslide', 'sewerside', 'sui side', 'suislide',
        'ctb', '(commit|committing) (sudoku|toaster bath|die)', 'toaster bath',
        '{intend} rope [{me}]', '(rope|neck) {me}',
      ],
    },
    {
      // Wishing to be dead or gone, not waking up: "I wish I was dead", "I don't want to wake up".
      id: 'en.passive-wish',
      tier: 'cue',
      patterns: [
        'wish (i|id) (was|were|could be|had been|would be) dead',
        'wish (i|id) (wasnt|werent|was not|were not|wouldnt be) (alive|here|around|born|on this earth)',
        'wish (i|id) [had|was|were] (never|not) [been|even been|ever been] born',
        'wish (i|id) (could|would) {fill2} (die|disappear|vanish|fade away|stop existing|cease to exist|not exist|just not exist|not wake up|never wake up|sleep forever|not be here|be gone|evaporate|go away forever|not be alive)',
        '{longing} {fill2} (disappear|vanish|stop existing|cease to exist|not exist|not be here|be gone|fade away|not wake up|never wake up|not be alive|sleep forever|go to sleep forever|stop breathing)',
        '(dont|no longer|never) (want|wanna|wish) to (live|exist|be alive|be here anymore|be here any more|be around anymore|keep living|go on living|be on this earth|wake up)',
        '(dont|no longer) want to be (here|around) (anymore|any longer|no more)',
        '(hope|hoping|pray|praying) (i|that i) (dont|never|do not|wont|will not|dont ever) wake up',
        '(sleep|go to sleep|fall asleep|close my eyes) and (never|not|dont) wake up',
        '(never|not) [to] wake up (again|ever)',
        'better off dead', '(rather|sooner) (be dead|die|not exist|not be alive|not be here|be gone)',
        '(tired|sick|done|exhausted|weary) (of|with) (living|being alive|life|existing|this life|being here|waking up)',
        '(tired|sick|done|exhausted) of being (me|myself) $',
        '(whats|what is|wheres|dont see|cant see|not see) the point (of|in) (living|life|being alive|going on|existing|carrying on|waking up|being here|anything anymore|trying anymore)',
        '(no|dont see the|dont see any|dont see a|not any|isnt any|without any) (point|reason|reasons) (in|of|to|for) (living|life|being alive|go on|going on|existing|carry on|carrying on|stay alive|staying alive|stay|keep going|live|wake up|waking up)',
        'nothing [left] to live for', 'no (reason|reasons) [left] to (live|go on|keep going|be alive|stay alive)',
        '(life is|lifes|life isnt|not) [even] worth living', 'life (is|feels) (not worth it|pointless|meaningless)',
        'want (it all|everything|the world) to (end|stop)', 'want (my life|it|this life) to (be over|end) $',
        '(stop|end) existing',
        '(hope|hoping|pray|praying) (i|that i) (die|just die|get hit by a|dont make it)',
        '(feel|feeling|felt) like dying',
      ],
    },
    {
      // Being a burden: "everyone would be better off without me", "I'm a burden".
      id: 'en.burden',
      tier: 'cue',
      patterns: [
        '{everyone} {fill2} (be|are|is|were) (better|happier) [off] without me',
        '(better|happier|easier) [off] without me (around|here|alive|in it|existing)',
        '(world|everyone|everybody|everything) (would be|is|will be|d be) better without me',
        '(im|being|feel like|feel like im|am|just|such) (a|such a|just a|nothing but a|the) burden',
        'burden (to|on|for) (everyone|everybody|my family|my friends|people|them|others|all|the people)',
        '{nobody} (would|will|is going to|gonna) (miss me|care if|notice if|even notice|even care|notice when|care when|cry|come to my funeral)',
        '{nobody} (would|will) (miss|notice|care) {fill3} (if|when) (i|im) ({gone}|died|die|disappeared|disappear|killed myself|was gone|left for good|wasnt here)',
        '(im|feel like a|just a|such a|being a) waste of (space|oxygen|air|a life|life|skin)',
        '(dont|do not) deserve to (live|be alive|exist|be here|be loved anymore)',
        'deserve to (die|be dead|suffer and die)',
      ],
    },
    {
      // Hopelessness and being unable to go on: "I can't go on", "there's no way out".
      id: 'en.hopeless',
      tier: 'cue',
      patterns: [
        '(cant|can not|unable to|no longer) (go on|keep going|carry on|keep living|live like this|do life|do this life|exist like this|keep doing this anymore|take it anymore|take this anymore|take much more|handle life)',
        '(cant|can not) (do|take|handle) (this|it) (anymore|any more|any longer) $',
        '(feel|feeling|felt|so|completely|totally|utterly|hopeless and|everything is|everything feels|its all|life is|life feels|im|am) hopeless',
        '(no|theres no|there is no|cant see a|cant see any|dont see a|dont see any) (way out|hope left|future for me|light at the end)',
        '(give|giving|gave|given) up on (life|living|everything|myself|me|the world)',
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
        'this is (my|the|a) (goodbye|farewell|final goodbye|last goodbye|final message|final note|last message) [$|to you|to everyone|everyone|forever|for good|sorry]',
        'this is goodbye',
        '(goodbye|bye|farewell) (forever|everyone|everybody|world|cruel world|for good|for ever|to everyone|to everybody|to you all|to all of you|to this world|to the world|life)',
        'by the time (you|anyone|someone|somebody|u) (read|reads|see|sees|find|finds|get|gets|hear|hears) (this|these|my message)',
        'when (you|anyone|someone|u) (read|reads|find|finds|see|sees) this {fill3} (gone|dead|not be here|wont be here|no longer|not be around)',
        '(wont|will not|wont ever|will never) be (here|around|alive) (tomorrow|much longer|anymore|for long|by morning|by tomorrow|to see)',
        '(you|u|anyone|nobody|no one) (wont|will not|will never|wont ever|will not ever) (hear|see) (from|of) me again',
        '(goodbye|suicide) (note|notes|letter|letters|video|message|messages)',
        'my (last|final) (note|letter|letters|words|goodbye|message) (to|for) (everyone|my family|you all|the world|my mom|my mum|my parents)',
        '(wrote|written|writing|left|leaving|finished) (my|a|the) (suicide note|goodbye note|goodbye letter|note for|letters to|last letter|final letter|notes for)',
        '(giving|gave|given|give) away [all] (my|all my|my most) (things|stuff|belongings|possessions|favourite things|favorite things|stuff away|clothes and)',
        '(take care of|look after|feed|someone take) my (cat|dog|pets|pet|kids|children|plants|cats|dogs) [for me] (when|after|once) (im|i am) gone',
        '(when|after|once) (im|i am) (gone|dead|no longer here|not here anymore|not around anymore)',
        '(thank you|thanks) for everything {fill3} (goodbye|bye|farewell|i love you all)',
        '(sorry|im sorry|forgive me) for everything {fill3} (goodbye|bye|farewell|i love you)',
        '(tell|let) my (mom|mum|mother|dad|father|family|parents|sister|brother|kids|children|friends|son|daughter) {fill2} (i love|that i love|i loved|im sorry|i was sorry|i didnt mean)',
        '(final|last) (goodbye|goodbyes|words)',
        'saying goodbye to (everyone|everybody|you all|the world|this world|life)',
        'see (you|yall|u) (on the other side|in the next life|in another life)',
        '(no one|nobody|you|they|u) (wont|will not|wont ever|will never) have to (deal with|worry about|put up with) me (anymore|again|much longer|ever again)',
        '(wont|will not) be a (problem|burden) (anymore|much longer|for long|for much longer)',
        'this is the (end|last night) for me',
        'my (last|final) (night|day|message|words|hours) (on earth|alive|ever)',
      ],
    },
    {
      // Self-harm done or under way: "I cut myself again last night", "relapsed", "sh again".
      id: 'en.self-harm-act',
      tier: 'act',
      patterns: [
        '(cut|cuts|cutting|cuttin|slit|slitting|slash|slashing|slashed|carve|carving|carved|burn|burning|burned|burnt|scratch|scratching|scratched|bruise|bruising|stab|stabbing|stabbed) {me}',
        '(cut|cutting|slit|slitting|slash|slashing|slashed|carve|carving|carved|burn|burning|burned|burnt) (my|both|both my|into my) {body}',
        '(i|ive|just|started|start|starting|been|back to|went back to|go back to|stopped|relapsed and|did|cut|and) {cutting} (again|last night|today|tonight|yesterday|deeper|deep|so deep|this morning|earlier|for the first time)',
        '(started|start|starting|been|back to|went back to|relapsed into|relapsed with) (cutting|self harming|self harm|burning myself|hurting myself|sh|harming myself)',
        '(self harmed|self harming|sh) (again|last night|today|yesterday|tonight|this morning|earlier)',
        '(did|do|done|doing) (sh|self harm) (again|last night|today|yesterday|tonight)',
        '{harm} {me} (again|on purpose|deliberately|intentionally|last night|to feel|until i bled|till i bled|so i could feel|to punish)',
        '{harm} {me} (with|using) [a|the|my] (razor|blade|blades|knife|lighter|scissors|glass|compass|cigarette|pencil sharpener|sharpener)',
        '(burn|burned|burnt|burning) {fill2} with (a|my|the) (lighter|cigarette|cig|match|matches)',
        'made {me} (bleed|bled|throw up)',
        '(fresh|new|deep|open|bleeding) (cuts|cut|wounds|scars) (on|across|all over) my',
        '(relapsed|relapse|relapsing) {fill2} ({cutting}|self harm*|sh|hurting myself|harming myself|the blade|razor)',
        '({cutting}|self harm*|sh) {fill2} (relapsed|relapse|relapsing)',
        '(day|days|week|weeks|month|months|year|years) clean {fill3} (broke|broken|ruined|lost|relapsed|reset|gone|over|ended|threw it away)',
        '(broke|broken|ruined|lost|ended|reset) my (streak|clean streak) {fill2} (sh|self harm|cutting|clean)',
        'cant stop [the] bleeding',
      ],
    },
    {
      // Self-harm urges: "the urge to cut is so strong", "I want to hurt myself".
      id: 'en.self-harm-urge',
      tier: 'cue',
      patterns: [
        '{intend} {fill2} ({harm}|harm) {me}',
        '{intend} {fill1} ({cutting}) ($|again|so bad|so badly|right now|rn|tonight|deep|deeper|myself)',
        '(urge|urges|urged|craving|cravings|crave|need|itch|temptation|tempted|want) [to] (cut|sh|self harm|hurt myself|harm myself|burn myself|bleed|feel the blade)',
        '(sh|self harm|cutting) (urges|urge|thoughts|cravings|again)',
        'self (harm|harming|harmed|injury|injure|injuring|mutilation|mutilate|mutilating)',
        '(thinking|thought|think) (about|of) (cutting|hurting myself|harming myself|self harm|burning myself)',
        '(hurt|hurting|harm|harming) {me} $',
        '(i|im|i just) deserve to (hurt|bleed|suffer|be in pain|feel pain|be hurt)',
      ],
    },
    {
      // Plans, means, timing, an act under way or done: "bought a rope", "took the whole bottle".
      id: 'en.plan-means',
      tier: 'act',
      patterns: [
        '(bought|buy|buying|got|have|ordered|order|ordering|found|getting) (a|the|some|me a) (rope|noose|gun|handgun|shotgun|pistol|razor blades|blades|charcoal|helium|exit bag)',
        '(saving|saved|stockpiling|stockpiled|stockpile|hoarding|hoarded|collecting|collected|counting|counted|sorting|lined up|lining up|crushed|crushing) {fill1} [my|the|up my|up] [all] ({pills}|razor blades|blades)',
        '(enough|all my|all the|the|my) ({pills}|rope|gun|blade|blades|razor) (is|are) (ready|right here|in front of me|next to me|in my hand|lined up)',
        '(got|have|ive got|ive) (the|my) ({pills}|rope|gun|blade|blades|razor) ready',
        'enough ({pills}) to (die|kill|end|not wake up|do it|overdose)',
        '(tie|tied|tying|made|make|making|hung|hang|hanging|set up|setting up|bought|ready) (a|the|my|up a|up the) noose',
        '(took|taken|take|taking|swallowed|swallow|swallowing|downed|down|downing|chugged|popped|ate|necked) {many} {fill2} {pills}',
        '(took|take|taking|swallowed) (them|it) all',
        '(overdosed|overdosing|overdose|took an overdose|taken an overdose)',
        '{intend} {fill2} (overdose|od)',
        '(how many|how much) {fill4} (to die|to kill|lethal|fatal|would kill|overdose|to not wake up|to end it)',
        '(lethal|fatal|deadly) (dose|amount|overdose)',
        '{intend} {fill2} (jump|jumping|leap|throw myself|throwing myself|step|stepping|fling myself) (off|from|out of|in front of|under|onto) [a|the|my|this|that] ({height}|{traffic}|tracks|train tracks|railway)',
        '{intend} {fill2} (walk|walking|drive|driving|crash|crashing|swerve|steer) [my car] (into|off) [a|the|oncoming] (sea|ocean|river|lake|traffic|tree|wall|cliff|bridge|truck|lorry)',
        '(crash|crashing|drive|driving) my car (into|off) (a|the)',
        '(jump|jumping|jumped) (off|from) (the|a|this|that) ({height}) (tonight|now|today|right now)',
        '(im|i am|standing|sitting|stood|sat) (on|at) (the|a) (edge|ledge|railing|rail|top) of (the|a|this) ({height})',
        '(im|i am|standing|sitting) (on|at) (the|a|this) ({height}|tracks|train tracks|railway) [right] now',
        '(standing|sitting) on (the|a) (edge|ledge|railing|train tracks|tracks)',
        'on the (roof|bridge|ledge|tracks) {fill3} (going to|gonna|about to|ready to) jump',
        'gun (to|in|against) my (head|mouth|temple|chest)', '(blow|blowing) my (brains|head) (out|off)',
        '(put|putting) a bullet (in|through) my (head|brain|skull)',
        '(drink|drank|drinking|drunk|swallow|swallowed) (bleach|antifreeze|poison|rat poison|weed killer|drain cleaner)',
        '(tonight|today|tomorrow|this weekend) (is|will be|s) the (night|day|end)',
        '(set|picked|chosen|chose|choosing|decided on|picking) (a|the) (date|day|time) {fill2} (to die|to do it|for it|to end it|to kill myself|$)',
        '(i know|ive decided|ive figured out|i figured out|i worked out|ive worked out|i have a plan for) (how|when|where) (im going to|i will|ill|id|to) (do it|end it|die|kill myself)',
        '(pills|they|it) (are|is) (kicking in|starting to work|starting to kick in)',
        '(cant|can not) (feel my|breathe|stop shaking) {fill2} (pills|took|overdose)',
        'already (took|taken|swallowed) (them|the pills|it all|all of them|the whole)',
        'exit bag',
      ],
    },
  ],

  exclusions: {
    // "killing myself trying to get him back": effort, not self-harm.
    effort: [
      '(killing|kill|killed) {me} (laughing|with laughter|trying|working|studying|at work|at the gym|running|training|over (this|that|it|work|exams|nothing)|to (make|get|keep|please|impress|finish|pay|be|win|look|fix|save))',
      '(killing|killed|kill) {me} (for|over) (nothing|a guy|a girl|a boy|him|her|them|someone who)',
      '(would|could|might|will|gonna|going to) kill {me} (if|when) (he|she|they|i see|i hear|my)', // dark hyperbole: "I'll kill myself if he posts her again lol"
    ],
    // "cut him off", "cut myself a slice", "cut myself shaving".
    'cut-off': [
      '{cutting} {me} (off|some slack|a slice|a piece|free|loose|out of|short|a break|a deal)',
      '(cut|cuts|cutting|cutted) {me} (shaving|cooking|chopping|gardening|on (a|the|some|my) (knife|glass|paper|can|tin|lid|edge|razor|fence|bottle|mirror)|by accident|accidentally|while)',
      '(cut|cutting|burn|burned|burnt|burning) my (finger|thumb|hand|foot|hair|nails|fingernail|tongue|lip) ',
      '(cut|cutting) (him|her|them|ties|off|back|down|out|corners|class|school|in line|carbs|sugar|my losses)',
    ],
    // "burn myself out", "burned myself on the stove".
    burnout: [
      '(burn|burning|burned|burnt) {me} out', 'burnt out', 'burned out',
      '(burn|burning|burned|burnt) {me} (cooking|baking|ironing|on the (stove|oven|pan|iron|kettle|hob|grill|curling iron|straightener))',
    ],
    // "drowning myself in work".
    drown: ['(drown|drowning|drowned) {me} in (work|wine|tea|coffee|music|books|tv|netflix|studying|my studies|chocolate|ice cream|shows|series|gym|overtime)'],
    // "hurt myself at the gym", "only hurting myself by checking his page".
    'hurt-accident': [
      '(hurt|hurting|injured|injuring) {me} (at the gym|at work|playing|lifting|running|working out|training|skiing|skating|dancing|falling|during|exercising|in the gym|on the (stairs|ice|bike|trampoline))',
      '(hurt|hurting|harm|harming) {me} [even] [more|further] by (checking|texting|looking|stalking|thinking|reading|going|staying|waiting|holding|talking|calling|replaying|scrolling)',
      'only (hurting|hurt|harming) {me}',
      'hurt {me} (more|further) than',
    ],
    // "die of embarrassment", "to die for", "die my hair".
    'die-idiom': [
      '(die|dying|died|dead) (of|from) (embarrassment|shame|boredom|cringe|laughter|laughing|happiness|cuteness|envy|jealousy|curiosity|old age|thirst|hunger|heat|the heat|cold|the cold|secondhand embarrassment)',
      '(die|dying) (laughing|happy|alone|old|young|rich|on this hill|a little inside)',
      '(die|dying) for (you|him|her|a|an|some|this|that|it|them|love|my|his|her)',
      'to die for',
      '(die|dye|dying) (my|her|his|your) (hair|clothes|shirt|jeans|eyebrows|beard)',
      '(see|watch|make|let) (him|her|them|you|it|my ex) die',
      'die in (your|his|her|my) arms',
    ],
    // "career suicide", "Suicide Squad".
    'suicide-idiom': [
      '(career|social|political|professional|commercial|financial|electoral|fashion|academic|relationship|emotional|dating) suicide',
      'suicide (squad|door|doors|mission|missions|bomber|bombers|bombing|bombings|run|runs|sprint|sprints|drill|drills|lane|blonde|girls)',
    ],
    // "I want to disappear from social media for a while".
    'disappear-idiom': [
      '(disappear|vanish) (from|off) (social media|instagram|facebook|the internet|the group chat|this town|his life|her life|their life|the app)',
      '(disappear|vanish) for (a while|a bit|a few days|a week|the weekend|a day|a month)',
      '(wake up) (early|late|at|before|for)',
      'could (sleep|nap) (forever|for days|for a week)',
    ],
    // "the last message I sent him", "goodbye for now".
    'goodbye-idiom': [
      '(last|final) (message|text|note|letter|words) {fill3} (him|her|them|my ex|to him|to her|from him|from her)',
      '(goodbye|bye) (for now|till tomorrow|until tomorrow|for today|see you)',
      'said goodbye to (him|her|them|my ex)',
    ],
    // "end it with him", "end things".
    'end-relationship': ['(end|ending|ended) (it|things|everything) (with|between) (him|her|them|us|my)'],
    // "a hopeless romantic", "hopeless at maths".
    'hopeless-idiom': ['hopeless (romantic|romantics|case|at|with)'],
  },

  negations: [
    'not', 'never', 'no', 'dont', 'doesnt', 'didnt', 'wont', 'wouldnt', 'isnt', 'arent', 'aint', 'wasnt', 'havent', 'hasnt',
    'shouldnt', 'nor', 'neither', 'no way', 'no plans', 'no intention', 'no intentions',
  ],
  notNegations: [
    'not (ok|okay|fine|good|well|alright|all right|sure|coping|doing well|doing ok|doing okay|doing good|great|happy|eating|sleeping|even sure)',
    '(no|not) (one|longer|more|point|reason|hope|way out|future|matter|idea|one else|body)',
    'dont (care|know|see|feel|think anyone|have anyone|have anything|sleep|eat|deserve)',
    'cant (go on|take|do|stop|sleep|eat|breathe|handle|cope)',
    'never (again|be happy|get better|be okay|be ok|stop)',
  ],
  clauseWords: [
    'but', 'and', 'so', 'because', 'though', 'although', 'yet', 'then', 'cause', 'since', 'honestly', 'tbh', 'lol',
    // a new first-person subject starts a new clause: "i dont know what to do i want to die"
    'i', 'im', 'ive', 'id', 'ill',
  ],

  shorthand: {
    // contractions, to one form each (apostrophes are already gone)
    'i am': 'im', 'i m': 'im', iam: 'im', 'i have': 'ive', 'i will': 'ill', 'i would': 'id', 'i shall': 'ill',
    'do not': 'dont', 'does not': 'doesnt', 'did not': 'didnt', 'can not': 'cant', cannot: 'cant', 'will not': 'wont',
    'would not': 'wouldnt', 'is not': 'isnt', 'are not': 'arent', 'was not': 'wasnt', 'have not': 'havent', 'should not': 'shouldnt',
    'what is': 'whats', 'there is': 'theres', 'they would': 'theyd', 'you are': 'youre',
    // shorthand
    wanna: 'want to', wana: 'want to', wnna: 'want to', wanan: 'want to', wan2: 'want to', 'want 2': 'want to', 'wanna to': 'want to',
    gonna: 'going to', gona: 'going to', gunna: 'going to', finna: 'going to', 'going 2': 'going to', gnna: 'going to',
    imma: 'im going to', ima: 'im going to', tryna: 'trying to', gotta: 'got to', hafta: 'have to',
    'need 2': 'need to', 'ready 2': 'ready to', 'about 2': 'about to',
    dnt: 'dont', cnt: 'cant', wudnt: 'wouldnt',
    kms: 'kill myself', kmsl: 'kill myself', 'kill my self': 'kill myself', meself: 'myself', 'me self': 'myself', mself: 'myself',
    u: 'you', r: 'are', idk: 'i dont know', idc: 'i dont care', rn: 'right now', tn: 'tonight', tonite: 'tonight',
    '2nite': 'tonight', '2night': 'tonight', tmrw: 'tomorrow', tmr: 'tomorrow', tmrow: 'tomorrow', '2moro': 'tomorrow', '2day': 'today',
    bc: 'because', cuz: 'because', coz: 'because', cus: 'because', bcuz: 'because', abt: 'about', thru: 'through',
    ppl: 'people', every1: 'everyone', evry1: 'everyone', no1: 'no one', some1: 'someone', any1: 'anyone', b4: 'before',
    'any more': 'anymore', anymre: 'anymore', nomore: 'no more', selfharm: 'self harm', dieing: 'dying', dyin: 'dying',
    lyf: 'life', goodby: 'goodbye', 'good bye': 'goodbye', gbye: 'goodbye', 'un alive': 'unalive',
    'over dose': 'overdose', 'over dosed': 'overdosed',
  },

  crisisWords: [
    'suicide', 'suicidal', 'sewerslide', 'myself', 'unalive', 'overdose', 'overdosed', 'overdosing', 'goodbye',
    'kill', 'killing', 'die', 'dying', 'dead', 'hang', 'cut', 'cutting', 'kms', 'ctb', 'noose', 'pills', 'wrists', 'razor',
  ],
  notTypos: ['overdone', 'overdoes', 'suicides', 'herself', 'himself', 'itself', 'mystery', 'goodbyes'],
  glueWords: [
    'i', 'im', 'ive', 'id', 'ill', 'want', 'wanna', 'gonna', 'to', 'going', 'my', 'self', 'me', 'end', 'life', 'it', 'all', 'am',
    'so', 'just', 'be', 'hurt', 'wish', 'was', 'feel', 'like', 'take', 'own', 'not', 'dont', 'think', 'about', 'of', 'a',
    'the', 'tonight', 'now', 'again', 'harm', 'jump', 'off', 'bridge', 'and', 'commit', 'feeling', 'really',
  ],
};
