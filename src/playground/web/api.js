/**
 * The page's calls to the playground server: the emulator's user side under `/_emulator/`
 * (Bot API-style envelopes) and the playground's own `/api/` routes.
 */

/** A refused call; `status` tells a missing route (404) from a bot that is starting (503). */
export class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

async function call(path, init) {
  const res = await fetch(path, init);
  const body = await res.json().catch(() => ({ ok: false, description: `HTTP ${res.status}` }));
  if (!body.ok) throw new ApiError(body.description ?? body.error ?? `HTTP ${res.status}`, res.status);
  return body.result;
}

const post = (path, body) =>
  call(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

/** A person as the emulator's user side expects `from`. */
const fromOf = (person) => ({ id: person.id, first_name: person.name, language_code: person.language });

export const api = {
  me: () => call('/_emulator/me'),
  commands: () => call('/_emulator/commands'),
  transcript: (chatId) => call(`/_emulator/chats/${chatId}`),
  sendText: (person, text) => post(`/_emulator/chats/${person.id}/messages`, { from: fromOf(person), text }),
  press: (person, messageId, data) =>
    post(`/_emulator/chats/${person.id}/press`, { from: fromOf(person), message_id: messageId, data }),
  /** `{ ready, languages }`: whether the bot answers yet, and the languages it speaks. */
  bot: () => call('/api/bot'),
  scenarios: () => call('/api/scenarios'),
  /** `{ scenarioId, stepId } | null`: where this person's scenario run rests, from the database. */
  progress: (person) => call(`/api/users/${person.id}/progress`),
  /** Drop-off per step (another part of the playground; a 404 means it is not there). */
  funnels: (days) => call(`/api/funnels?days=${days}`),
  remindNow: (person) => post(`/api/users/${person.id}/reminder`, {}),
  restartBot: () => post('/api/restart', {}),
  fileUrl: (fileId) => `/api/files/${encodeURIComponent(fileId)}`,
  /** Every chat's live events; the page routes them to the right person. */
  events: () => new EventSource('/_emulator/events'),
};
