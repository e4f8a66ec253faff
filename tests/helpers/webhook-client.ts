import type { Emulator, Update } from '@letgo/telegram-emulator';

/** Where an instance takes updates: its WEBHOOK_URL and WEBHOOK_SECRET. */
export interface WebhookTarget {
  url: string;
  secret: string;
}

/** Posts an update as Telegram does (JSON, with the secret header); the instance's answer. */
export function postUpdate(target: WebhookTarget, update: Update): Promise<Response> {
  return fetch(target.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'X-Telegram-Bot-Api-Secret-Token': target.secret },
    body: JSON.stringify(update),
  });
}

/**
 * Takes the webhook off the emulator (through the Bot API, as an operator would), so the
 * updates its users make are only queued: the test posts them itself, to whichever instance
 * it chooses and when, as a load balancer in front of several instances would.
 */
export async function holdEmulatorDeliveries(emulator: Emulator): Promise<void> {
  const res = await fetch(`${emulator.apiRoot}/bot${emulator.token}/deleteWebhook`, { method: 'POST' });
  const body = (await res.json()) as { ok: boolean };
  if (!body.ok) throw new Error('the emulator refused deleteWebhook');
}

/** GET a probe of the app's HTTP server; its status. */
export async function probe(baseUrl: string, path: '/livez' | '/readyz' | '/healthz' | '/metrics'): Promise<number> {
  const res = await fetch(new URL(path, baseUrl));
  await res.arrayBuffer();
  return res.status;
}
