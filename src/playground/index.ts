/** The playground's face: what `main.ts` loads, lazily, when there is no token. */
export { databaseLine, openLine, playgroundNotice } from './notice.ts';
export { playgroundLogger, type LogTarget } from './log-file.ts';
export { openPlayground, startPlayground } from './start-playground.ts';
export type { PlaygroundOptions, RunningPlayground } from './start-playground.ts';
