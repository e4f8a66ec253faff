import type { IncomingMessage } from 'node:http';
import { ApiError } from './api-error.ts';

/** A file part of a `multipart/form-data` request. */
export interface UploadedFile {
  /** The form field the part was sent under (grammY uses a random id and `attach://id`). */
  field: string;
  filename: string;
  contentType: string;
  bytes: Buffer;
}

/** Parameters of a Bot API request, from whatever encoding the client chose. */
export interface RequestParams {
  /** Scalars from query strings and forms are strings; JSON bodies keep their types. */
  fields: Record<string, unknown>;
  files: Map<string, UploadedFile>;
}

/** Telegram accepts uploads up to 50 MB from bots; anything bigger is refused the same way. */
export const MAX_BODY_BYTES = 50 * 1024 * 1024;

/** Reads the whole request body, refusing (413) beyond `limit` bytes. */
export async function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > limit) throw new ApiError(413, 'Request Entity Too Large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * Decodes a Bot API request the way Telegram does: query string, then the body as JSON,
 * `application/x-www-form-urlencoded` or `multipart/form-data` (body fields win).
 */
export function parseRequestParams(query: URLSearchParams, contentType: string | undefined, body: Buffer): RequestParams {
  const fields: Record<string, unknown> = Object.fromEntries(query);
  const files = new Map<string, UploadedFile>();
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (body.length === 0) return { fields, files };

  if (type === 'application/json') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      throw new ApiError(400, "Bad Request: can't parse JSON object");
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new ApiError(400, 'Bad Request: JSON object expected');
    }
    Object.assign(fields, parsed);
  } else if (type === 'application/x-www-form-urlencoded') {
    Object.assign(fields, Object.fromEntries(new URLSearchParams(body.toString('utf8'))));
  } else if (type === 'multipart/form-data') {
    const boundary = headerParam(contentType ?? '', 'boundary');
    if (!boundary) throw new ApiError(400, 'Bad Request: multipart boundary is missing');
    for (const part of parseMultipart(body, boundary)) {
      if (part.filename === undefined) fields[part.name] = part.bytes.toString('utf8');
      else files.set(part.name, { field: part.name, filename: part.filename, contentType: part.contentType, bytes: part.bytes });
    }
  }
  return { fields, files };
}

interface MultipartPart {
  name: string;
  filename?: string;
  contentType: string;
  bytes: Buffer;
}

/**
 * A small `multipart/form-data` parser (RFC 7578), enough for Bot API uploads.
 *
 * It accepts grammY's dialect, which writes header names in lower case without a space
 * after the colon and leaves `filename=` unquoted.
 */
export function parseMultipart(body: Buffer, boundary: string): MultipartPart[] {
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: MultipartPart[] = [];
  let position = body.indexOf(delimiter);
  if (position < 0) throw new ApiError(400, 'Bad Request: multipart body has no boundary');
  for (;;) {
    position += delimiter.length;
    if (body.subarray(position, position + 2).toString() === '--') break;
    position = skipLineBreak(body, position);
    const headerEnd = body.indexOf('\r\n\r\n', position);
    if (headerEnd < 0) throw new ApiError(400, 'Bad Request: malformed multipart part');
    const headers = parseHeaders(body.subarray(position, headerEnd).toString('utf8'));
    const contentStart = headerEnd + 4;
    const next = body.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), contentStart);
    if (next < 0) throw new ApiError(400, 'Bad Request: multipart body is truncated');
    const disposition = headers.get('content-disposition') ?? '';
    const name = headerParam(disposition, 'name');
    if (name !== undefined) {
      const part: MultipartPart = {
        name,
        contentType: headers.get('content-type') ?? 'application/octet-stream',
        bytes: Buffer.from(body.subarray(contentStart, next)),
      };
      const filename = headerParam(disposition, 'filename*') ?? headerParam(disposition, 'filename');
      if (filename !== undefined) part.filename = decodeExtendedValue(filename);
      parts.push(part);
    }
    position = next + 2;
  }
  return parts;
}

function skipLineBreak(body: Buffer, position: number): number {
  if (body[position] === 0x0d && body[position + 1] === 0x0a) return position + 2;
  return position;
}

function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

/** Reads `key=value` or `key="value"` from a header like `form-data; name="a"; filename=b.txt`. */
export function headerParam(header: string, key: string): string | undefined {
  const lower = header.toLowerCase();
  let from = 0;
  for (;;) {
    const at = lower.indexOf(`${key.toLowerCase()}=`, from);
    if (at < 0) return undefined;
    const before = at === 0 ? ';' : lower[at - 1];
    from = at + key.length + 1;
    if (before !== ';' && before !== ' ' && before !== '\t') continue;
    if (header[from] === '"') {
      let value = '';
      for (let i = from + 1; i < header.length; i += 1) {
        const char = header[i];
        if (char === '\\' && i + 1 < header.length) value += header[(i += 1)];
        else if (char === '"') return value;
        else value += char;
      }
      return value;
    }
    const end = header.indexOf(';', from);
    return header.slice(from, end < 0 ? undefined : end).trim();
  }
}

/** `filename*=UTF-8''na%C3%AFve.txt` (RFC 5987) → `naïve.txt`; plain values pass through. */
function decodeExtendedValue(value: string): string {
  const match = /^([\w-]+)'[^']*'(.*)$/.exec(value);
  if (!match) return value;
  try {
    return decodeURIComponent(match[2] ?? '');
  } catch {
    return value;
  }
}
