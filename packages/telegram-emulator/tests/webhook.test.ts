import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Bot, webhookCallback } from 'grammy';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator, type Update, type WebhookDeliveryEvent } from '../src/index.ts';
import { rawCall } from './raw-api.ts';

interface Delivery {
  update: Update;
  secret: string | undefined;
  res: ServerResponse;
}

/** A webhook endpoint on an ephemeral port that hands each delivery to the test. */
async function webhookServer(listener: (req: IncomingMessage, res: ServerResponse) => unknown): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => void listener(req, res));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, server };
}

async function readUpdate(req: IncomingMessage): Promise<Update> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Update;
}

describe('emulator webhooks', () => {
  let emulator: Emulator;
  const servers: Server[] = [];
  beforeEach(async () => {
    emulator = await createEmulator({ webhookRetryBaseMs: 10 });
  });
  afterEach(async () => {
    await emulator.close();
    for (const server of servers.splice(0)) {
      server.closeAllConnections();
      server.close();
    }
  });

  it('delivers updates to a grammY webhook with the secret header, and the bot answers', async () => {
    const bot = new Bot(emulator.token, { client: { apiRoot: emulator.apiRoot } });
    bot.on('message:text', (ctx) => ctx.reply(`webhook echo: ${ctx.message.text}`));
    await bot.init();
    const secrets: (string | undefined)[] = [];
    const handle = webhookCallback(bot, 'http', { secretToken: 's3cret' });
    const { url, server } = await webhookServer((req, res) => {
      secrets.push(req.headers['x-telegram-bot-api-secret-token'] as string | undefined);
      void handle(req, res);
    });
    servers.push(server);
    await bot.api.setWebhook(url, { secret_token: 's3cret' });

    const alice = emulator.user(42);
    const delivered = once(emulator.events, 'webhookDelivery');
    alice.sendText('ping');
    expect((await alice.waitForBotMessage()).text).toBe('webhook echo: ping');
    expect(await delivered).toEqual([{ update_id: 1, ok: true, attempt: 1 }]);
    expect(secrets).toEqual(['s3cret']);
    expect(emulator.webhookInfo()).toMatchObject({ url, pending_update_count: 0 });
  });

  it('retries a failed delivery with backoff and records the error in getWebhookInfo', async () => {
    const seen: number[] = [];
    let failuresLeft = 2;
    const { url, server } = await webhookServer(async (req, res) => {
      const update = await readUpdate(req);
      seen.push(update.update_id);
      res.statusCode = failuresLeft-- > 0 ? 500 : 200;
      res.end();
    });
    servers.push(server);
    await rawCall(emulator, 'setWebhook', { url });
    const update = emulator.user(42).sendText('persist');

    // The update is confirmed (dropped from the queue) only by the 2xx answer.
    const attempts: WebhookDeliveryEvent[] = [];
    await new Promise<void>((resolve) => {
      emulator.events.on('webhookDelivery', (event) => {
        attempts.push(event);
        if (event.ok) resolve();
      });
    });
    expect(attempts.map((a) => [a.attempt, a.ok])).toEqual([
      [1, false],
      [2, false],
      [3, true],
    ]);
    expect(emulator.pendingUpdates()).toEqual([]);
    expect(seen).toEqual([update.update_id, update.update_id, update.update_id]);
    const info = (await rawCall(emulator, 'getWebhookInfo')).body.result;
    expect(info).toMatchObject({ url, pending_update_count: 0, last_error_message: 'Wrong response from the webhook: 500 Internal Server Error' });
  });

  it('delivers sequentially per chat while other chats proceed', async () => {
    const deliveries: Delivery[] = [];
    const arrived: (() => void)[] = [];
    const { url, server } = await webhookServer(async (req, res) => {
      deliveries.push({ update: await readUpdate(req), secret: undefined, res });
      arrived.shift()?.();
    });
    servers.push(server);
    const nextDelivery = (): Promise<Delivery> =>
      new Promise((resolve) => {
        const index = deliveries.length;
        if (deliveries[index]) resolve(deliveries[index]);
        else arrived.push(() => resolve(deliveries[index] as Delivery));
      });
    await rawCall(emulator, 'setWebhook', { url });

    const first = nextDelivery();
    emulator.user(1).sendText('a1');
    emulator.user(1).sendText('a2');
    const held = await first;
    expect(held.update.message?.text).toBe('a1');

    const other = nextDelivery();
    emulator.user(2).sendText('b1');
    // Chat 2 is not held up by chat 1's pending delivery, and a2 has not been sent.
    expect((await other).update.message?.text).toBe('b1');
    expect(deliveries.map((d) => d.update.message?.text)).toEqual(['a1', 'b1']);

    const afterRelease = nextDelivery();
    held.res.end();
    expect((await afterRelease).update.message?.text).toBe('a2');
    for (const d of deliveries) d.res.end();
  });

  it('runs a method the webhook answers with (webhook reply)', async () => {
    const { url, server } = await webhookServer(async (req, res) => {
      const update = await readUpdate(req);
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ method: 'sendMessage', chat_id: update.message?.chat.id, text: 'replied inline' }));
    });
    servers.push(server);
    await rawCall(emulator, 'setWebhook', { url, drop_pending_updates: true });
    emulator.user(5).sendText('hello');
    expect((await emulator.waitForBotMessage(5)).text).toBe('replied inline');
  });

  it('validates setWebhook and reports when nothing changes', async () => {
    expect((await rawCall(emulator, 'setWebhook', { url: 'ftp://example' })).body).toEqual({
      ok: false,
      error_code: 400,
      description: 'Bad Request: bad webhook: An HTTPS URL must be provided for webhook',
    });
    expect((await rawCall(emulator, 'setWebhook', { url: 'http://127.0.0.1:9/x', secret_token: 'no spaces' })).status).toBe(400);
    expect((await rawCall(emulator, 'setWebhook', { url: 'http://127.0.0.1:9/x' })).body.description).toBe('Webhook was set');
    expect((await rawCall(emulator, 'setWebhook', { url: 'http://127.0.0.1:9/x' })).body.description).toBe('Webhook is already set');
    expect((await rawCall(emulator, 'deleteWebhook')).body.description).toBe('Webhook was deleted');
    expect((await rawCall(emulator, 'deleteWebhook')).body.description).toBe('Webhook is already deleted');
  });
});
