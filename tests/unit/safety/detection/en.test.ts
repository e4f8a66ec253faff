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
