import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findUser } from '../../src/db/users.repository.ts';
import { startTestBot, type TestBot } from '../helpers/app.ts';
import { waitFor } from '../helpers/wait.ts';

describe('/export and /delete', () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await startTestBot();
  });
  afterAll(() => t.close());

  it('/export sends everything stored as a JSON document', async () => {
    const ann = t.emulator.user(5001, { first_name: 'Annika', language_code: 'sv' });
    ann.sendText('/export');
    const reply = await ann.waitForBotMessage();
    expect(reply.kind).toBe('document');
    expect(reply.document?.file_name).toBe('letgo-export.json');
    const file = t.emulator.file(reply.document!.file_id)!;
    const data = JSON.parse(Buffer.from(file.bytes).toString('utf8'));
    expect(data.users[0]).toMatchObject({ id: 5001, first_name: 'Annika', language_code: 'sv' });
  });

  it('/delete asks first, "no" keeps everything, "yes" erases the user', async () => {
    const bo = t.emulator.user(5002);
    bo.sendText('/delete');
    await bo.waitForBotMessage();
    bo.pressButton('No, keep it');
    expect((await bo.waitForEdit()).text).toMatch(/Nothing was erased/);
    expect(await findUser(t.app.deps.db, 5002)).toBeDefined();

    bo.sendText('/delete');
    await bo.waitForBotMessage();
    bo.pressButton('Yes, erase everything');
    expect((await bo.waitForEdit()).text).toMatch(/erased/);
    await waitFor(async () => (await findUser(t.app.deps.db, 5002)) === undefined);
  });
});
