import { pathToFileURL } from 'node:url';

/**
 * True when `moduleUrl` is the script node was started with, so a CLI module can also
 * be imported by tests without running.
 */
export function isMain(moduleUrl: string): boolean {
  const script = process.argv[1];
  return script !== undefined && moduleUrl === pathToFileURL(script).href;
}
