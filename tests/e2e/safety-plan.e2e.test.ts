import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TranscriptEntry, UserHandle } from '@letgo/telegram-emulator';
import { PLAN_PARTS, type PlanAnswers } from '../../src/safety/safety-plan.ts';
import { findSafetyPlan } from '../../src/safety/safety.repository.ts';
import { startTestBot, type TestBot } from '../helpers/app.ts';
import { countryEntry, expectCrisisAnswer, expectQuestion, see } from '../helpers/safety-chat.ts';
import { buttonsOf } from '../helpers/scenario-driver.ts';
import { handled } from '../helpers/wait.ts';

/**
 * /safetyplan as a person writes it: six parts, typed or skipped, the finished plan, shown
 * again, one part changed, exported and erased; crisis words typed as an answer get help
 * first and are not kept in the plan.
 */

const WAIT = 30_000;
const ACT = 'im going to kill myself tonight';

/** The finished plan as the person reads it: each part's heading, then their words. */
function planText(answers: PlanAnswers): string {
  const lines = [see('plan-title'), ''];
  for (const part of PLAN_PARTS) lines.push(see(`plan-h-${part}`), answers[part] ?? see('plan-empty-part'), '');
  lines.push(see('plan-saved'));
  return lines.join('\n');
}

describe('/safetyplan', { timeout: 90_000 }, () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await startTestBot();
  }, 120_000);
  afterAll(() => t?.close(), 120_000);

  const db = () => t.app.deps.db;
  const next = (user: UserHandle) => user.waitForBotMessage({ timeoutMs: WAIT });
  const say = async (user: UserHandle, words: string): Promise<TranscriptEntry> => {
    const update = user.sendText(words);
    const reply = await next(user);
    await handled(db(), update, WAIT);
    return reply;
  };
  const tap = async (user: UserHandle, message: TranscriptEntry, label: string): Promise<TranscriptEntry> => {
    const button = buttonsOf(message).find((b) => b.text === label);
    if (!button) throw new Error(`no "${label}" on ${JSON.stringify(message.text)}: ${JSON.stringify(buttonsOf(message))}`);
    const update = user.pressButton({ messageId: message.message_id, data: button.data });
    const reply = await next(user);
    await handled(db(), update, WAIT);
    return reply;
  };
  const expectAsks = (message: TranscriptEntry, part: string) => {
    expect(message.text?.split('\n\n')[0]).toBe(see(`plan-q-${part}`));
    expect(buttonsOf(message).map((b) => b.text)).toEqual([see('plan-skip')]);
  };
  const expectPlan = (message: TranscriptEntry, answers: PlanAnswers) => {
    expect(message.text).toBe(planText(answers));
    expect(buttonsOf(message).map((b) => b.text)).toEqual([see('plan-change'), see('plan-restart')]);
  };

  const answers: PlanAnswers = {
    signs: 'Lying awake at 3am, scrolling old photos',
    distract: 'Call Sam; the climbing gym',
    people: 'My sister Kate',
    safer: "Go over to my parents' place",
  };

  it('walks all six parts, typed or skipped, and shows the finished plan', async () => {
    const mia = t.emulator.user(8001);
    await say(mia, '/country United Kingdom');
    mia.sendText('/safetyplan');
    const [intro, signs] = await mia.waitForBotMessage({ count: 2, timeoutMs: WAIT });
    expect(intro!.text).toBe(see('plan-intro'));
    expectAsks(signs!, 'signs');

    const alone = await say(mia, answers.signs!);
    expectAsks(alone, 'alone');
    const distract = await tap(mia, alone, see('plan-skip'));
    expectAsks(distract, 'distract');
    const people = await say(mia, answers.distract!);
    expectAsks(people, 'people');
    const pros = await say(mia, answers.people!);
    expectAsks(pros, 'pros');
    // The helplines of their country, as an example of whom to call.
    const samaritans = countryEntry('GB').crisis[0]!;
    expect(pros.text).toContain(samaritans.name);
    expect(pros.text).toContain(see('helpline-call', { number: samaritans.phone! }));
    // Not written yet, and the plan is kept as it goes.
    expect((await findSafetyPlan(db(), 8001)).answers).toEqual({ signs: answers.signs, distract: answers.distract, people: answers.people });

    const safer = await tap(mia, pros, see('plan-skip'));
    expectAsks(safer, 'safer');
    expectPlan(await say(mia, answers.safer!), answers);
    expect(await findSafetyPlan(db(), 8001)).toEqual({ answers, editing: null });

    // Done: typed words are no longer plan answers.
    expect((await say(mia, 'thanks')).text).toBe(see('free-text'));
  });

  it('/safetyplan again shows it with Change a part and Start over; one part can be changed', async () => {
    const mia = t.emulator.user(8001);
    const plan = await say(mia, '/safetyplan');
    expectPlan(plan, answers);

    const which = await tap(mia, plan, see('plan-change'));
    expect(which.text).toBe(see('plan-which'));
    expect(buttonsOf(which).map((b) => b.text)).toEqual(PLAN_PARTS.map((part) => see(`plan-h-${part}`)));
    const people = await tap(mia, which, see('plan-h-people'));
    expectAsks(people, 'people');
    answers.people = 'Kate, and my friend Jo (0711 123456)';
    expectPlan(await say(mia, answers.people), answers);
    expect((await findSafetyPlan(db(), 8001)).answers).toEqual(answers);
  });

  it('crisis words typed as a plan answer get the crisis answer first and are not saved', async () => {
    const mia = t.emulator.user(8001);
    const plan = await say(mia, '/safetyplan');
    const which = await tap(mia, plan, see('plan-change'));
    expectAsks(await tap(mia, which, see('plan-h-alone')), 'alone');

    expectCrisisAnswer(await say(mia, ACT), { country: 'GB', source: 'setting' });
    expect((await findSafetyPlan(db(), 8001)).answers).toEqual(answers);
    // A risk cue asks the question, and is not kept either.
    expectQuestion(await say(mia, 'honestly i dont see the point of anything anymore'));
    expect((await findSafetyPlan(db(), 8001)).answers).toEqual(answers);
    expect((await say(mia, 'no')).text).toBe(see('safety-no-reply'));

    // The part still waits for its words.
    answers.alone = 'A long shower, then music';
    expectPlan(await say(mia, answers.alone), answers);
    expect(await findSafetyPlan(db(), 8001)).toEqual({ answers, editing: null });
  });

  it('Start over walks the six parts again from the first; /cancel keeps what was written', async () => {
    const leo = t.emulator.user(8003);
    leo.sendText('/safetyplan');
    let [, question] = await leo.waitForBotMessage({ count: 2, timeoutMs: WAIT });
    question = await say(leo, 'Sunday evenings');
    for (const part of PLAN_PARTS.slice(1)) {
      expectAsks(question!, part);
      question = await tap(leo, question!, see('plan-skip'));
    }
    expectPlan(question!, { signs: 'Sunday evenings' });

    expectAsks(await tap(leo, question!, see('plan-restart')), 'signs');
    expectAsks(await say(leo, 'Payday weekends, alone'), 'alone');
    expect((await say(leo, '/cancel')).text).toBe(see('plan-stopped'));
    expectPlan(await say(leo, '/safetyplan'), { signs: 'Payday weekends, alone' });
  });

  it('a Skip of an earlier question does not skip the question now asked', async () => {
    const noa = t.emulator.user(8002);
    noa.sendText('/safetyplan');
    const [, signs] = await noa.waitForBotMessage({ count: 2, timeoutMs: WAIT });
    expectAsks(await say(noa, 'When the flat is too quiet'), 'alone');
    // The first question's Skip, tapped late: the second question must still be waiting.
    const button = buttonsOf(signs)[0]!;
    const late = noa.pressButton({ messageId: signs!.message_id, data: button.data });
    await handled(db(), late, WAIT);
    expect((await findSafetyPlan(db(), 8002)).editing).toBe('walk:alone');
    await say(noa, '/cancel');
  });

  it('/export contains the plan; /delete erases it', async () => {
    const mia = t.emulator.user(8001);
    mia.sendText('/export');
    const exported = await next(mia);
    const file = t.emulator.file(exported.document!.file_id)!;
    const data = JSON.parse(Buffer.from(file.bytes).toString('utf8')) as { safety_plans: { answers: PlanAnswers }[] };
    expect(data.safety_plans).toHaveLength(1);
    expect(data.safety_plans[0]!.answers).toEqual(answers);

    const question = await say(mia, '/delete');
    const yes = buttonsOf(question)[0]!;
    const erase = mia.pressButton({ messageId: question.message_id, data: yes.data });
    await mia.waitForEdit({ messageId: question.message_id, timeoutMs: WAIT });
    await handled(db(), erase, WAIT);
    expect(await findSafetyPlan(db(), 8001)).toEqual({ answers: {}, editing: null });
    mia.sendText('/safetyplan');
    const [intro, signs] = await mia.waitForBotMessage({ count: 2, timeoutMs: WAIT });
    expect(intro!.text).toBe(see('plan-intro'));
    expectAsks(signs!, 'signs');
  });
});
