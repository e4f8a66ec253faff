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
