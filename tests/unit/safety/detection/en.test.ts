/**
 * English, a fourth round of own examples, written before the rules that catch them: the
 * common ways people say it in situations the tuning files do not cover, and ordinary lines
 * with the same words. (The other English examples live in the per-class files.)
 */
import { describe } from 'vitest';
import { all, expectTiers } from './tiers.ts';

describe('en, round 4: negation still asks (cue)', () => {
  expectTiers(
    all('cue', [
      'i would never actually do it but i think about it a lot',
      'i wont hurt myself i promise, i just feel empty',
      'im fine, not going to do anything, just numb',
      'the thoughts are back but im not acting on them',
      'i promised my sister i wouldnt try again and i wont',
      'not planning anything, i just keep thinking everyone would be fine without me',
      'i dont have a plan or anything, i just dont want to exist',
      'im not in danger, the thoughts just wont stop',
    ]),
  );
});

describe('en, round 4: passive wishes and hopelessness (cue)', () => {
  expectTiers(
    all('cue', [
      'i have a date picked and everything ready',
      'i keep hoping i just wont wake up tomorrow',
      'honestly if something happened to me i wouldnt mind',
      'i dont see myself being here next year',
      'whats even the point of me anymore',
      'im so tired of being alive',
      'everyone would be better off if i just disappeared',
      'i just want everything to stop. permanently',
    ]),
  );
});

describe('en, round 4: goodbyes and arrangements (act, or a question from the net)', () => {
  expectTiers([
    ...all('act', [
      'ive written letters to my parents and my best friend, theyre in my desk drawer',
      'this is my last message, thank you for trying to help me',
      'tell my mum i love her and that none of this is her fault',
      'i wont be around after this weekend so this is goodbye',
      'i left instructions for my sister about my accounts and the dog',
    ]),
    // Arrangements without a word of dying: the net asks.
    ...all('cue', ['please make sure someone takes care of my cat after tonight']),
  ]);
});

describe('en, round 4: plans, means and acts (act)', () => {
  expectTiers(
    all('act', [
      'ive been saving my pills for weeks and tonight im taking all of them',
      'im sitting on the edge of the bridge right now',
      'i just took everything in the medicine cabinet',
      'bought a rope today. i know where im going to do it',
      'just cut really deep and i cant stop the bleeding',
      'going to drive off the cliff road after work',
      'i tried to hang myself last night but the belt broke',
      'sometimes i think about driving into a wall on the way home',
    ]),
  );
});

describe('en, round 4: ordinary lines with the same words stay quiet', () => {
  expectTiers(
    all('none', [
      'i would never actually text him first',
      'im taking my vitamins tonight, finally remembered',
      'the bridge is closed so ill be late tonight',
      'bought a new belt today for the wedding',
      'i left instructions for the cat sitter this weekend',
      'this is my last message to him, im done chasing',
      'my laptop died and took my essay with it',
      'tell my mum i said hi when you see her',
      'im so tired of being the one who always texts first',
      'i dont see myself dating anyone for a while',
      'whats even the point of makeup if im just crying it off',
      'thank you for everything you taught me, i told my old boss',
      'the thoughts of him wont stop but im not texting him',
      'i hope he doesnt wake up his roommate when he gets in at 3',
      'jumped into the pool with my cousins today',
    ]),
  );
});

describe('en, round 5: quiet arrangements and plans (act)', () => {
  expectTiers(
    all('act', [
      'left my cat with my neighbour, said its only for a few days. its not, hes hers now',
      'sold my bike and my camera, told everyone im moving to canada. im not moving anywhere',
      'the code for my phone is 1990 and my banking password is the same, just so you have it when you need it',
      'added my brother as legacy contact on instagram',
      'none of what happens tonight is your fault',
      'wrote a list of who gets my books and who gets my records',
      'stopped taking my antidepressants, saving them up in a jar',
      'walked round the reservoir checking where the fence is lowest',
      'waded into the canal up to my chest',
      'dads away on holiday all next week. friday then.',
      'took them an hour ago. cant feel my fingers and im so dizzy',
      'bought something online, its hidden in my wardrobe, i know what its for',
      'did it with the razor again, nobody noticed',
      'gonna uninstall myself fr',
    ]),
  );
});

describe('en, round 5: wishes, premonitions and urges (cue)', () => {
  expectTiers(
    all('cue', [
      'wish i could stay asleep forever',
      'no point renewing my passport, not like ill need it for long',
      'hoping i catch something nasty and just dont fight it',
      'i doubt ill be alive by christmas',
      'i cant picture a future me at 25',
      'disappointed when the scan came back clear',
      'if i wasnt around mum would finally be able to relax',
      'opened the box where i keep my blades again. want to so bad',
      'if a lorry flattened me tomorrow id honestly be thankful',
      'i carry a whole bottle of pills in my coat everywhere now',
      'i want to be gone forever',
    ]),
  );
});

describe('en, round 5: ordinary lines with the same words stay quiet', () => {
  expectTiers(
    all('none', [
      'the wifi password is on the router',
      'we split everything, who gets my books and who gets the records',
      'sat in the car with everything on the back seat, moving day',
      'did the thing with the scissors to curl the ribbon',
      'day 1 again at the gym, plasters on my blisters',
      'keep my inhaler and painkillers in my bag all the time',
      'keep my razor in my bag for shaving at the gym',
      'im the reason mum works weekends, uni is so expensive',
      'if he hit me up tomorrow id be so happy',
      'booked a one way flight to bali, no hotel yet, ill find a hostel',
      'walked to the bridge to see where the best spot for photos is',
      'dont think ill be around for christmas, working in dubai',
      'i want to be gone forever from his instagram',
      'ugh gonna alt f4 this game',
      'gave away my plants because im moving abroad next month, so excited',
      'duolingo streak reset to 0 ugh',
    ]),
  );
});

describe('en: phrases written out in full that patterns once split across groups ("i am" is "im" in a message)', () => {
  expectTiers([
    ...all('cue', [
      'if i am gone everyone would be fine',
      'honestly life just is not worth it anymore',
      'i keep hoping i have an accident on the motorway',
      'once i am out of the picture my dad could finally retire',
      'i dont think i will make it through another week',
      'i cant face any more mornings like this',
    ]),
    ...all('act', [
      'i feel so calm now that i have a plan',
      'i put the papers on my desk just so my brother knows where it is',
      'none of what is about to happen is on you',
    ]),
    // "it is" / "its" kicking in stays out of the means family: caffeine, meds, therapy
    ...all('none', ['the coffee is kicking in, its starting to work', 'therapy its starting to work i think']),
  ]);
});

describe('en, round 6: passive wishes in new shapes (cue)', () => {
  expectTiers([
    ...all('cue', [
      // no future date lived to: "expires 2035, no chance im still around by then"
      'my passport is valid till 2034, no way ill still be here by then',
      'mortgage is 25 years lol. doubt im still alive by then',
      'railcard runs out in 2030, cant see myself still around when it expires',
      'not a chance ill be breathing in 10 years',
      // a future self that will not exist: "saving for a 67 year old me that isnt going to exist"
      'saving into a pension for an old me that wont exist',
      'future me isnt going to be around, so why save',
      'my pension is for a 70 year old me who is never going to be here',
      // envy of the dead: "jealous of him lying there"
      'at nans funeral i was honestly jealous of her',
      'i envy dead people, they dont have to feel anything',
      'stood by grandads grave thinking lucky sod',
      'jealous of people who get to die in their sleep',
      'i envy the ones in the cemetery honestly',
      // no more days wanted: "i dont want a day 44"
      'i dont want a tomorrow',
      'i dont want to see another morning',
      'sober 90 days and i dont want a day 91',
      // life paused for good: "a pause button for life except i never want to press play again"
      'i want to hit pause on life and never want to press play again',
      'wish there was an off switch for me',
      'life needs a stop button and i dont want to hit restart ever again',
      // asking god to take me: "praying god should call me back soon" (Indian English too)
      'every night i pray god takes me home soon',
      'begging allah to call me back, nothing is left for me',
      'i keep praying the lord takes me in my sleep',
      'hoping god calls me home early',
      'praying to god he takes me home soon',
      // being nowhere: "i want to be nowhere"
      'i just want to be nowhere',
      'i dont want to exist anywhere at all',
      'wish i could not be anywhere, ever',
      // wishing a parent had not had me: "asked if she wished shed stopped at two kids ... i wish she had"
      'wish my mum had never had me',
      'asked dad if they ever regretted having a third kid. he said no. i wish they had stopped at two',
      'honestly my parents should have stopped after my sister',
    ]),
    ...all('none', [
      'no way im still single by then',
      'no chance im still awake by then, ill be in bed by ten',
      'doubt ill still be at this job by then',
      'future me isnt going to be happy about this takeaway',
      'future me will never forgive me for these bangs',
      'saving for a 40 year old me who wants a house',
      'jealous of my sister, shes dead pretty',
      'at the funeral i was jealous of my cousins dress',
      'i dont want another day off, im bored',
      'dont want another day like today, what a shift',
      'i want a pause button for life so i can catch up on sleep',
      'paused the show to make tea and never pressed play again, fell asleep',
      'need an off switch for my brain tonight',
      'praying god brings me home safe from the trip',
      'sounds good, call me back soon',
      'praying god guides me on the right path this year',
      'i want to be nowhere near him tonight',
      'want to be nowhere but my bed this weekend',
      'i dont want to be anywhere near that party',
      'mum always jokes she should have stopped at two drinks',
    ]),
  ]);
});

describe('en, round 6: burden in new shapes (cue)', () => {
  expectTiers([
    ...all('cue', [
      // "hed have so much more of everything if he didnt have me to sort out"
      'mum would have so much more money if she didnt have me to look after',
      'dad wouldnt have to work doubles if i wasnt around',
      'my parents would have an easier life if they never had me',
      'theyll be better off with just him anyway',
      'my nan would have had an easier retirement if she never had me to raise',
      // dead weight, and chat spelling: "evry1 wud b btr off w/o me, im jus dead weight"
      'honestly im just dead weight to everyone',
      'feel like dead weight in my own family',
      'evry1 wud b btr off w/o me',
      'wish i cud jus not b here',
    ]),
    ...all('none', [
      'mum would have more free time if she didnt have the dog',
      'my bf would be happier if he didnt have me nagging him about the dishes',
      'dad wouldnt have to drive me if i had my licence',
      'he was dead weight in our group project',
      'im dead weight on this team lol',
    ]),
  ]);
});

describe('en, round 6: held back only by someone who needs me (negation, cue)', () => {
  expectTiers([
    ...all('cue', [
      'im not going to do anything while the dog is alive, she needs me. after that idk',
      'wont do it while nan is still alive. no idea what happens once shes gone',
      'i couldnt go through with it, who would feed the cat. shes old though, dont know what happens when shes dead',
    ]),
    ...all('none', [
      'not gonna do anything tonight, the dog needs walking',
      'idk what ill do when hes gone to uni, ill miss him so much',
      'wont do anything while my mum is here, shes strict lol',
    ]),
  ]);
});

describe('en, round 6: arrangements for after (act)', () => {
  expectTiers([
    ...all('act', [
      // children handed over, with "better off" without me: "asked him to do the school runs from monday"
      'asked my mum to have the girls from friday, said ive got a work trip. theyll be happier with just her',
      'got my ex to take the kids from tomorrow. theyre better off without me',
      'texted his dad to do the pickups from next week. theyll be better with just him anyway',
      'asked my sister to take the dog from sunday. said im going on a retreat. hes better off without me',
      // a cover story denied: "told my manager its just in case. its not just in case"
      'gave my sister all my passwords and told her its just in case. its not just in case',
      'sorted a handover at work, said its a precaution. it isnt',
      'left mum the spare key and my pin, told her its just for emergencies. its not',
      'told everyone its just a precaution, putting my passwords in an envelope. its not a precaution',
      // deliveries and bookings stopped for after: "no sense it piling up for someone else to find"
      'cancelled the papers from monday, dont want them piling up for someone to find',
      'cancelled the veg box for good, no point it rotting on the doorstep for mum to find',
      'cancelled the dentist and my smear, anything booked after the 12th. i wont be around for any of it',
      'called off my hair appointment and the mot after friday. wont be here for them anyway',
      // help stopped under a cover story: "told my therapist im doing loads better. im not"
      'told my counsellor im feeling much better so we can stop. im not. wont need her after this week anyway',
      'said to my gp im fine now. i lied. i wont be needing the prescription after friday',
      // going where nobody can visit: "she thinks im moving back home. im not going anywhere she can visit"
      'she thinks im moving back to cork. im not going anywhere she can visit.',
      'where im going nobody can follow',
      'told them im off travelling. im not going anywhere they could ever visit',
      // a last bedtime: "read the boys three stories instead of one ... they wont get why for years"
      'gave my daughter three songs instead of one at bedtime. she wont understand why for years',
      'read him one more story than usual and held him till he slept. he wont know why for years',
      'extra long cuddle with the twins tonight, they wont understand what it meant',
      // things left to be found: "keys through the letterbox and a note saying its hers now ... i wont need it"
      'posted the car keys through my brothers door with a note. its his now, i wont need it',
      'left my laptop at mums with a note saying its hers now. she will find it in the morning. wont be needing it',
      // the lasts, calmly: "last time ill hear the ice cream van ... weirdly peaceful"
      'last time ill walk the dog, last time ill see this view. feel strangely calm',
      'this is the last time i see them, my kids. they dont know. goodbye',
      'last time i tuck in my daughter tonight. she has no idea',
      'noticing all the lasts today. last time i do the big shop, last time i water the plants. im at peace with it',
      // funeral wishes, made sure of: "no priest ... i made him write it down"
      'told my sister i want mr brightside played and no vicar. made her write it down',
      'cremation not burial, and no hymns. made my brother promise',
      'no sad hymns at mine, just oasis',
      // for whoever finds me: "wrote mums number on my arm so whoever finds me can ring her"
      'left my mums number on the fridge so whoever finds me can call her',
      'unlocked the front door for the person who finds me',
    ]),
    // a pet handed on with "i wont be around": the net asks (a pet sitter is asked the same way)
    ...all('cue', ['can you have pepper for me? her lead is by the door. i wont be around to walk her']),
    ...all('none', [
      'asked my ex to do the school runs from monday, new job starts',
      'the kids are staying with their dad from friday, theyre better off without him around',
      'mum is having the kids from saturday so i can go to the hen do, theyll be fine with her',
      'wrote a handover doc for whoever covers me, told my boss its just in case im off sick again',
      'gave my neighbour a spare key, told her its just in case i lock myself out',
      'cancelled the milk and papers for two weeks, off to spain',
      'cancelled the milk so it doesnt pile up while were away',
      'cancelled the dentist, wont be there, stuck at work',
      'told my therapist im doing loads better and she agreed, last session on the 9th',
      'told mum im fine, i am honestly just tired',
      'were not moving anywhere mum cant visit easily',
      'read the kids three stories instead of one, they wont stop asking now lol',
      'sold my bike to my sister with a note, its hers now, i wont need it in london',
      'gave him his keys back, the flat is his now, im moving to mums',
      'last night in the old flat, last time i lock this door, so emotional',
      'last time i eat at that place, last time i trust yelp, so annoyed',
      'last time i see my friends before i move to australia, goodbye party tonight',
      'last time i do night shifts, last time i see this ward. so relieved',
      'the kids had an extra long cuddle tonight and wont know why im so emotional after the divorce',
      'my ex is better off with just her honestly',
      'hes better off with just her, whatever',
      'jealous of everyone lying there on the beach in the sun',
      'wish my mum never had me doing chores every weekend lol',
      'everything laid out for tomorrows interview, waiting for the flat to go quiet so i can sleep',
      'went back to my old ways, sleeves rolled up and cleaning the whole flat',
      'ending it on friday with my therapist, feeling good',
      'cancelled the gym from the 1st, i wont be there for any of it, too expensive',
      'last time i see his stupid face, last time i cry over him. feel so calm now',
      'the tracks by the park, nobody around at that hour, perfect for my night run',
      'no hymns at our wedding, we want oasis',
      'made him write down the wifi password and put it in his wallet',
      'whoever finds me attractive has bad taste lol',
      'hiding in the wardrobe for hide and seek, whoever finds me wins',
      'can you have pepper for me this weekend? her lead is by the door',
    ]),
  ]);
});

describe('en, round 6: plans told through place, time, means and readiness (act)', () => {
  expectTiers([
    ...all('act', [
      // back to a chosen place with what i need: "going back saturday with what i need"
      'scoped out a spot in the woods nobody goes to. heading back tomorrow night with everything i need',
      'found the perfect place past the quarry, no signal. going back friday with the rope',
      'ill go back up there on sunday with what i need',
      // the railway at an empty hour: "the level crossing ... nobody about at that hour"
      'the railway line behind the retail park, no ones around at 5am',
      'alarm set for 4. the tracks by the old mill, nobody about at that hour',
      'level crossing at the end of our road, nobody about that early',
      // rehearsed in the head at the place: "ive already stood on that deck in my head a hundred times"
      'ive pictured myself on that bridge a thousand times',
      'in my head ive already jumped off that ferry every night this week',
      'already stepped off that platform in my head so many times',
      // household poison taken: "drank some of the stuff from under the kitchen sink"
      'swallowed some of the cleaning stuff from under the sink',
      'drank weedkiller from the shed an hour ago',
      'necked half a bottle of drain cleaner',
      // laid out, waiting for quiet: "everythings laid out on the bed ... waiting for the house to go quiet"
      'got it all set out on my desk, just waiting for everyone to go quiet',
      'everything is lined up in the bathroom. waiting til the house is quiet',
      'its all ready on the bed, once the flat goes quiet',
      // pulled out, going back: "some lads fishing pulled me out ... going back once theyve gone"
      'jumped off the bridge last night but a fisherman dragged me out. going back when nobodys around',
      'walked into the sea and a dog walker got me out. ill go back once its dark',
      // the date worked out around money: "so it has to be the weekend, no point paying for a month i wont be around for"
      'rent leaves on the 1st so it has to be before then, no sense paying for a month im not here for',
      'itll have to be sunday. wont be around to pay the next bill anyway',
      // spaced out and coded: "e n d i n g  i t  s a t u r d a y", "one way ticket to the shadow realm, departure sunday"
      'e n d i n g  i t  s u n d a y',
      'ending it on friday. everythings sorted',
      'im ending it next tuesday',
      'im ending it tonight with the rope',
      'ending it on friday with my pills',
      'got my ticket to the void, departing friday. not joking',
      'booked a one way trip to the afterlife for saturday fr',
    ]),
    ...all('none', [
      'going back to ikea saturday with what i need to return',
      'heading back to the allotment tomorrow with everything i need for the shed',
      'the level crossing at 8am is always jammed, nobody about to fix the barrier',
      'ive stood on that stage in my head a hundred times, cant wait for the gig',
      'pictured myself on that beach a thousand times, finally booked it',
      'drank some water from the kitchen sink, tasted funny',
      'had a look under the sink for the leak',
      'ate a ghost pepper an hour ago, my mouth is on fire',
      'presents all laid out, just waiting for the house to go quiet so santa can visit',
      'packed and ready for the trip, waiting for the kids to go to sleep',
      'the food is laid out, waiting for everyone to get here',
      'jumped off the pier for the charity swim, lads pulled me out freezing, going back next year',
      'lifeguard pulled me out of the sea, going back in once the flags are up',
      'payday friday so it has to be the weekend for the big shop',
      'my flight is monday so it has to be the weekend, the party will have to wait',
      'ending it with him on saturday, wish me luck',
      'the series is ending on sunday',
      'if he texts again im booking a one way ticket to the shadow realm',
      'booked tickets to the shadow realm exhibition lol',
      'not throwing myself under the bus for him again',
      'threw myself under the bus at work to cover for her',
    ]),
  ]);
});

describe('en, round 6: self-harm told in code (act, urges cue)', () => {
  expectTiers([
    ...all('act', [
      // the substitute stopped working: "the elastic band stopped working so i went back to the old way"
      'the hair tie trick stopped working so i went back to the old way',
      'ice cubes dont help anymore. did the real thing last night',
      'went back to my old habits last night, long sleeves at work today',
      'hid the bloody tissues in my bag so mum wouldnt see',
      // new lines over a streak or a semicolon: "drew new lines right across my semicolon tattoo"
      'put fresh marks over my semicolon. so much for the streak',
      'two years clean and last night i added new lines to my thigh',
      'ruined it, new lines on my arm again. streak gone',
    ]),
    ...all('cue', [
      // the butterfly gone and the urge behind it
      'the butterfly on my arm faded and all i want is to put real lines there',
      'drew on my wrist with red pen but it isnt enough, want the real thing',
      'butterfly i drew on my thigh rubbed off, keep thinking about using the blade there instead',
      'the elastic band on my wrist isnt working anymore',
    ]),
    ...all('none', [
      'went back to my old ways and texted him at 2am, so embarrassing',
      'the rubber band trick stopped working so i went back to the old way of studying',
      'hid the plasters so my little brother wouldnt use them all',
      'drew new lines on my hand with biro in the lecture',
      'the lines of my semicolon tattoo are fading, booked a touch up',
      'day 30 of the gym, new lines on my arms from the veins lol',
      'the butterfly i drew on my wrist washed off, ill draw a new one tomorrow',
      'drew on my hand with sharpie and it faded, gonna get a real tattoo instead',
    ]),
  ]);
});
