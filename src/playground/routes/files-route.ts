import { pathOf, sendJson, type Route } from '../../http/server.ts';
import type { Emulator } from '@letgo/telegram-emulator';

/**
 * `GET /api/files/:fileId`: a file the bot sent (e.g. `/export`'s JSON), as a download, so
 * the page can offer it the way a Telegram client would. Always an attachment, never shown
 * inline, because its content is whatever the bot uploaded.
 */
export function filesRoute(emulator: Emulator): Route {
  return (req, res) => {
    const match = /^\/api\/files\/([^/]+)$/.exec(pathOf(req));
    if (req.method !== 'GET' || !match) return false;
    const file = emulator.file(decodeURIComponent(match[1] ?? ''));
    if (!file || file.remote_url !== undefined) {
      sendJson(res, 404, { error: 'no such file' });
      return true;
    }
    const name = (file.file_name ?? 'file').replace(/[^\w.-]+/g, '_');
    res.writeHead(200, {
      'content-type': 'application/octet-stream',
      'content-length': file.bytes.length,
      'content-disposition': `attachment; filename="${name}"`,
      'x-content-type-options': 'nosniff',
    });
    res.end(file.bytes);
    return true;
  };
}
