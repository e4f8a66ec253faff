/** The playground's face: what `main.ts` loads, lazily, when there is no token. */
export { playgroundNotice } from './notice.ts';
export { startPlayground } from './start-playground.ts';
export type { PlaygroundOptions, RunningPlayground } from './start-playground.ts';
