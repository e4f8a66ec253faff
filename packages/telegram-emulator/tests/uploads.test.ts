import { Bot, InputFile } from 'grammy';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../src/index.ts';
import { rawCall } from './raw-api.ts';

/** The 8-byte PNG signature plus an IHDR chunk saying 3×2 pixels: enough for size sniffing. */
const TINY_PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000003000000020806000000', 'hex');

describe('emulator file uploads', () => {
  let emulator: Emulator;
  let bot: Bot;
  beforeEach(async () => {
    emulator = await createEmulator();
    bot = new Bot(emulator.token, { client: { apiRoot: emulator.apiRoot } });
    emulator.user(42).sendText('/export');
  });
  afterEach(() => emulator.close());

  it('keeps a document grammY uploads as multipart: name, size, mime and bytes', async () => {
    const content = Buffer.from('{"journal":["day one","day two"]}\n');
    const message = await bot.api.sendDocument(42, new InputFile(content, 'export.json'), { caption: 'Your <b>data</b>', parse_mode: 'HTML' });
    expect(message.document).toMatchObject({ file_name: 'export.json', mime_type: 'application/json', file_size: content.length });
    expect(message.caption).toBe('Your data');

    const entry = await emulator.waitForBotMessage(42);
    expect(entry).toMatchObject({ kind: 'document', caption: 'Your data', document: { file_name: 'export.json' } });
    const stored = emulator.file(message.document?.file_id ?? '');
    expect(stored?.bytes.equals(content)).toBe(true);

    // The bot can fetch it back the Telegram way: getFile, then /file/bot<token>/<path>.
    const file = await bot.api.getFile(message.document?.file_id ?? '');
    const download = await fetch(`${emulator.apiRoot}/file/bot${emulator.token}/${file.file_path}`);
    expect(Buffer.from(await download.arrayBuffer()).equals(content)).toBe(true);

    // Re-sending by file_id reuses the stored file.
    const again = await bot.api.sendDocument(42, message.document?.file_id ?? '');
    expect(again.document?.file_unique_id).toBe(message.document?.file_unique_id);
  });

  it('keeps an uploaded photo with its pixel size, and refuses a send without a file', async () => {
    const message = await bot.api.sendPhoto(42, new InputFile(TINY_PNG, 'pic.png'));
    expect(message.photo?.[0]).toMatchObject({ width: 3, height: 2, file_size: TINY_PNG.length });
    expect(emulator.file(message.photo?.[0]?.file_id ?? '')?.bytes.equals(TINY_PNG)).toBe(true);
    expect(emulator.transcript(42).at(-1)).toMatchObject({ kind: 'photo', photo: { width: 3, height: 2 } });

    const missing = await rawCall(emulator, 'sendDocument', { chat_id: 42 });
    expect(missing.body).toEqual({ ok: false, error_code: 400, description: 'Bad Request: there is no document in the request' });
  });
});
