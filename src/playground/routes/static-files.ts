import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { pathOf, sendJson, type Route } from '../../http/server.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/**
 * Serves the files of `dir` under the URL `prefix` (`/` serves `index.html`). Only the
 * extensions in `extensions` are served and the resolved path must stay inside `dir`, so a
 * `..` in the URL can never reach the rest of the disk.
 */
export function staticFilesRoute(opts: { prefix: string; dir: string; extensions: readonly string[]; cache?: string }): Route {
  const root = path.resolve(opts.dir);
  return async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const urlPath = pathOf(req);
    if (!urlPath.startsWith(opts.prefix)) return false;
    let relative: string;
    try {
      relative = decodeURIComponent(urlPath.slice(opts.prefix.length)) || 'index.html';
    } catch {
      return false;
    }
    const file = path.resolve(root, relative);
    const ext = path.extname(file);
    if (!file.startsWith(root + path.sep) || !opts.extensions.includes(ext)) return false;
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) return false;
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
      'content-length': info.size,
      'cache-control': opts.cache ?? 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    if (req.method === 'HEAD') {
      res.end();
      return true;
    }
    await new Promise<void>((resolve) => {
      const stream = createReadStream(file);
      stream.once('error', () => {
        if (!res.headersSent) sendJson(res, 500, { error: 'read failed' });
        res.destroy();
        resolve();
      });
      stream.once('end', resolve);
      stream.pipe(res);
    });
    return true;
  };
}
