import type { ServerResponse } from 'node:http';
import { pathOf, type Route } from '../../http/server.ts';
import { createControlRoutes } from '@letgo/telegram-emulator';
import type { Emulator } from '@letgo/telegram-emulator';

export interface EmulatorRoutes {
  route: Route;
  /** Cuts every open event stream, so the web server can close without waiting on them. */
  dropStreams(): void;
}

/**
 * Mounts the emulator's user-side routes (`/_emulator/...`: transcripts, writing, tapping,
 * commands, the event stream) on the playground's own server, so the page talks to one
 * origin. Only the user side is mounted: the Bot API stays on the emulator's port.
 */
export function emulatorRoutes(emulator: Emulator): EmulatorRoutes {
  const control = createControlRoutes(emulator);
  const streams = new Set<ServerResponse>();
  const route: Route = async (req, res) => {
    const path = pathOf(req);
    if (!path.startsWith('/_emulator/')) return false;
    if (path === '/_emulator/events') {
      streams.add(res);
      res.once('close', () => streams.delete(res));
    }
    await control(req, res, path, new URL(req.url ?? '/', 'http://localhost').searchParams);
    return true;
  };
  return {
    route,
    dropStreams() {
      for (const res of streams) res.socket?.destroy();
      streams.clear();
    },
  };
}
