import { validate as isCronExpression } from 'node-cron';
import { z } from 'zod';

const DEFAULT_API_ROOT = 'https://api.telegram.org';

const numberList = z
  .string()
  .default('')
  .transform((raw, ctx) => {
    const parts = raw.split(',').map((s) => s.trim()).filter(Boolean);
    const ids: number[] = [];
    for (const part of parts) {
      if (!/^\d+$/.test(part)) {
        ctx.addIssue({ code: 'custom', message: `"${part}" is not a Telegram user id` });
        return z.NEVER;
      }
      ids.push(Number(part));
    }
    return ids;
  });

const port = z.coerce
  .number({ error: 'must be a port number, e.g. 8080' })
  .int()
  .min(0)
  .max(65535)
  .default(8080);

const base = z.object({
  BOT_TOKEN: z
    .string()
    .trim()
    .regex(/^\d+:[\w-]+$/, 'must look like 123456789:AAE..., the token @BotFather gives you')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  TELEGRAM_API_ROOT: z.url({ error: 'must be a URL, e.g. https://api.telegram.org' }).default(DEFAULT_API_ROOT).transform((u) => u.replace(/\/+$/, '')),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  DATA_DIR: z.string().min(1).default('./data'),
  PORT: port,
  METRICS_PORT: z.coerce.number({ error: 'must be a port number, or 0 to turn metrics off' }).int().min(0).max(65535).optional(),
  ADMIN_IDS: numberList,
  REMINDER_TICK: z.string().min(1).default('* * * * *'),
  TELEGRAM_RATE_LIMIT: z.coerce
    .number({ error: 'must be a number of sends per second, e.g. 30' })
    .positive()
    .max(1000)
    .default(30),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'must be one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
});

const polling = z.object({ BOT_MODE: z.literal('polling').default('polling') });
const webhook = z.object({
  BOT_MODE: z.literal('webhook'),
  WEBHOOK_URL: z.url({ protocol: /^https?$/, error: 'is required in webhook mode: the public https URL Telegram posts to' }),
  WEBHOOK_SECRET: z
    .string({ error: 'is required in webhook mode (1-256 characters: letters, digits, _ and -)' })
    .regex(/^[A-Za-z0-9_-]{1,256}$/, 'must be 1-256 characters: letters, digits, _ and -'),
});

const envSchema = base.and(z.discriminatedUnion('BOT_MODE', [polling, webhook]));

type Env = z.output<typeof envSchema>;

/** The validated runtime configuration; `mode` narrows polling vs webhook. */
export type Config = {
  botToken: string | undefined;
  apiRoot: string;
  databaseUrl: string | undefined;
  dataDir: string;
  port: number;
  /** Where `/metrics` is served: `port` (the default), another port, or null (off, `METRICS_PORT=0`). */
  metricsPort: number | null;
  adminIds: number[];
  reminderTick: string;
  telegramRateLimit: number;
  logLevel: Env['LOG_LEVEL'];
  mode: { kind: 'polling' } | { kind: 'webhook'; url: string; secret: string };
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Reads the environment once, at start-up. A bad value throws a ConfigError whose message is
 * one line naming the variable, so the operator sees what to fix instead of a stack trace.
 */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const input = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = envSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = issue.path.length > 0 ? String(issue.path[0]) : 'BOT_MODE';
    const message =
      issue.code === 'invalid_union' || name === 'BOT_MODE'
        ? 'must be "polling" or "webhook"'
        : issue.message;
    throw new ConfigError(`Invalid environment: ${name} ${message.replace(/^Invalid input: /, '')}`);
  }
  const e = parsed.data;
  if (!isCronExpression(e.REMINDER_TICK)) {
    throw new ConfigError(
      'Invalid environment: REMINDER_TICK must be a cron expression with 5 or 6 fields, e.g. "* * * * *"',
    );
  }
  return {
    botToken: e.BOT_TOKEN,
    apiRoot: e.TELEGRAM_API_ROOT,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR,
    port: e.PORT,
    metricsPort: e.METRICS_PORT === undefined ? e.PORT : e.METRICS_PORT === 0 ? null : e.METRICS_PORT,
    adminIds: e.ADMIN_IDS,
    reminderTick: e.REMINDER_TICK,
    telegramRateLimit: e.TELEGRAM_RATE_LIMIT,
    logLevel: e.LOG_LEVEL,
    mode:
      e.BOT_MODE === 'webhook'
        ? { kind: 'webhook', url: e.WEBHOOK_URL, secret: e.WEBHOOK_SECRET }
        : { kind: 'polling' },
  };
}
