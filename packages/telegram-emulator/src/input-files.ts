import { badRequest } from './api-error.ts';
import type { UploadedFile } from './http-body.ts';
import type { Fields } from './params.ts';
import { storeFile, type BotState, type NewFile } from './state.ts';
import type { StoredFile } from './types.ts';

/**
 * Resolves an `InputFile` parameter (`document`, `photo`, …) the three ways Telegram accepts:
 * an upload (`attach://<part>` as grammY sends it, or a part named after the field), a
 * file_id the bot got earlier, or an HTTP URL (recorded, not fetched: nothing here reaches
 * the internet).
 */
export function readInputFile(
  bot: BotState,
  fields: Fields,
  files: Map<string, UploadedFile>,
  field: string,
  kind: NewFile['kind'],
): StoredFile {
  const value = fields[field];
  let upload: UploadedFile | undefined;
  if (typeof value === 'string' && value.startsWith('attach://')) {
    upload = files.get(value.slice('attach://'.length));
    if (!upload) throw badRequest(`there is no ${field} in the request`);
  } else if (value === undefined) {
    upload = files.get(field);
  }
  if (upload) {
    if (upload.bytes.length === 0) throw badRequest('file must be non-empty');
    return storeFile(bot, {
      kind,
      bytes: upload.bytes,
      fileName: upload.filename,
      mimeType: mimeTypeOf(upload.filename, upload.contentType),
    });
  }
  if (typeof value === 'string' && value !== '') {
    if (/^https?:\/\//i.test(value)) {
      const fileName = decodeURIComponent(new URL(value).pathname.split('/').pop() ?? '') || undefined;
      const input: NewFile = { kind, bytes: Buffer.alloc(0), remoteUrl: value, mimeType: mimeTypeOf(fileName ?? '', '') };
      if (fileName !== undefined) input.fileName = fileName;
      return storeFile(bot, input);
    }
    const known = bot.files.get(value);
    if (known) return known;
    throw badRequest('wrong file identifier/HTTP URL specified');
  }
  throw badRequest(`there is no ${field} in the request`);
}

const MIME_TYPES: Record<string, string> = {
  txt: 'text/plain',
  md: 'text/markdown',
  csv: 'text/csv',
  json: 'application/json',
  html: 'text/html',
  pdf: 'application/pdf',
  zip: 'application/zip',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  ogg: 'audio/ogg',
  mp3: 'audio/mpeg',
  mp4: 'video/mp4',
};

/** Telegram derives the type from the name when the client says only "octet-stream". */
export function mimeTypeOf(fileName: string, declared: string): string {
  if (declared !== '' && declared !== 'application/octet-stream') return declared;
  const extension = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  return MIME_TYPES[extension] ?? 'application/octet-stream';
}

/** Width and height of a PNG or JPEG; a square placeholder for anything else. */
export function imageSize(bytes: Buffer): { width: number; height: number } {
  if (bytes.length >= 24 && bytes.readUInt32BE(0) === 0x89504e47) {
    return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xd8) {
    let offset = 2;
    while (offset + 9 < bytes.length && bytes[offset] === 0xff) {
      const marker = bytes[offset + 1] as number;
      const length = bytes.readUInt16BE(offset + 2);
      // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
      if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
        return { width: bytes.readUInt16BE(offset + 7), height: bytes.readUInt16BE(offset + 5) };
      }
      offset += 2 + length;
    }
  }
  return { width: 320, height: 320 };
}
