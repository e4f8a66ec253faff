import { badRequest } from './api-error.ts';

/**
 * Typed readers for Bot API parameters.
 *
 * Values arrive as JSON types (JSON bodies) or as strings (query strings, forms, multipart
 * fields, where objects are JSON-encoded), so every reader accepts both, as Telegram does.
 * A missing or malformed value throws a 400 worded like Telegram's.
 */
export type Fields = Record<string, unknown>;

function isMissing(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/** `chat_id` as a number; Telegram's own message when it is absent. */
export function readChatId(fields: Fields, name = 'chat_id'): number {
  const value = fields[name];
  if (isMissing(value)) throw badRequest(`${name} is empty`);
  const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
  // `@channelusername` and anything else non-numeric never names a chat the emulator knows.
  if (!Number.isSafeInteger(number)) throw badRequest('chat not found');
  return number;
}

export function readOptionalInt(fields: Fields, name: string): number | undefined {
  const value = fields[name];
  if (isMissing(value)) return undefined;
  const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
  if (!Number.isInteger(number)) throw badRequest(`invalid ${name} specified`);
  return number;
}

export function readInt(fields: Fields, name: string, missing = `parameter "${name}" is required`): number {
  const value = readOptionalInt(fields, name);
  if (value === undefined) throw badRequest(missing);
  return value;
}

export function readOptionalString(fields: Fields, name: string): string | undefined {
  const value = fields[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw badRequest(`invalid ${name} specified`);
}

export function readString(fields: Fields, name: string, missing = `parameter "${name}" is required`): string {
  const value = readOptionalString(fields, name);
  if (value === undefined || value === '') throw badRequest(missing);
  return value;
}

export function readBool(fields: Fields, name: string): boolean {
  const value = fields[name];
  return value === true || value === 'true' || value === 1 || value === '1';
}

/** An object or array parameter, JSON-decoded when it came as a string. */
export function readOptionalJson(fields: Fields, name: string, unparsable: string): unknown {
  const value = fields[name];
  if (isMissing(value)) return undefined;
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    throw badRequest(unparsable);
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
