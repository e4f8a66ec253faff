import { pathToFileURL } from 'node:url';

/**
 * True when `moduleUrl` is the script node was started with, so a CLI module can also
 * be imported by tests without running.
 */
export function isMain(moduleUrl: string): boolean {
  const script = process.argv[1];
  return script !== undefined && moduleUrl === pathToFileURL(script).href;
}

/**
 * Runs a CLI's `main` when its module is the started script: the exit code it returns
 * becomes the process's, and a thrown error is printed as one line with exit code 1.
 */
export function runCli(moduleUrl: string, main: (argv: string[]) => Promise<number>): void {
  if (!isMain(moduleUrl)) return;
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
