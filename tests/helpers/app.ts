import { startApp, type RunningApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { createEmulator, DEFAULT_EMULATOR_TOKEN, type Emulator } from '@letgo/telegram-emulator';

export interface TestBot {
  emulator: Emulator;
  app: RunningApp;
  /** Stops the app and then the emulator. */
  close(): Promise<void>;
}

/**
 * Starts the real app (grammY over HTTP, real database layer) against a fresh emulator.
 * `env` is read through the same zod schema as in production; PGlite in memory by default.
 */
export async function startTestBot(env: Record<string, string> = {}, emulator?: Emulator): Promise<TestBot> {
  const emu = emulator ?? (await createEmulator());
  const app = await startTestApp(emu, env);
  return {
    emulator: emu,
    app,
    async close() {
      await app.stop();
      if (!emulator) await emu.close();
    },
  };
}

/** What a test may set on `startApp` besides the environment (the logger and host are fixed). */
export type TestAppOptions = Partial<Pick<Parameters<typeof startApp>[1], 'onFatal' | 'clock' | 'scenariosDir' | 'scenarioIdleMs' | 'logger'>>;

export async function startTestApp(
  emulator: Emulator,
  env: Record<string, string> = {},
  opts: TestAppOptions = {},
): Promise<RunningApp> {
  const config = loadConfig({
    BOT_TOKEN: DEFAULT_EMULATOR_TOKEN,
    TELEGRAM_API_ROOT: emulator.apiRoot,
    DATA_DIR: 'memory://',
    PORT: '0',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    ...env,
  });
  return startApp({ ...config, botToken: config.botToken! }, {
    host: '127.0.0.1',
    ...opts,
    logger: opts.logger ?? createLogger(config.logLevel),
  });
}
