import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/config.ts';

const TOKEN = '123456:ABC-def_ghi';

describe('loadConfig', () => {
  it('uses the documented defaults', () => {
    const config = loadConfig({});
    expect(config).toEqual({
      botToken: undefined,
      apiRoot: 'https://api.telegram.org',
      databaseUrl: undefined,
      dataDir: './data',
      port: 8080,
      metricsPort: 8080,
      adminIds: [],
      reminderTick: '* * * * *',
      telegramRateLimit: 30,
      logLevel: 'info',
      mode: { kind: 'polling' },
    });
  });

  it('serves metrics on PORT unless METRICS_PORT moves them or turns them off', () => {
    expect(loadConfig({ PORT: '9000' }).metricsPort).toBe(9000);
    expect(loadConfig({ PORT: '9000', METRICS_PORT: '9100' }).metricsPort).toBe(9100);
    expect(loadConfig({ METRICS_PORT: '0' }).metricsPort).toBeNull();
    expect(() => loadConfig({ METRICS_PORT: 'x' })).toThrow(/METRICS_PORT must be a port number/);
  });

  it('reads every variable', () => {
    const config = loadConfig({
      BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: 'http://127.0.0.1:9000/',
      DATABASE_URL: 'postgres://u:p@localhost:5432/letgo',
      DATA_DIR: '/var/lib/letgo',
      BOT_MODE: 'webhook',
      WEBHOOK_URL: 'https://bot.example.com/telegram/hook',
      WEBHOOK_SECRET: 's3cret_-X',
      PORT: '3000',
      ADMIN_IDS: '1, 22,333',
      REMINDER_TICK: '*/10 * * * * *',
      TELEGRAM_RATE_LIMIT: '25',
      LOG_LEVEL: 'debug',
    });
    expect(config).toMatchObject({
      botToken: TOKEN,
      apiRoot: 'http://127.0.0.1:9000',
      databaseUrl: 'postgres://u:p@localhost:5432/letgo',
      dataDir: '/var/lib/letgo',
      port: 3000,
      adminIds: [1, 22, 333],
      reminderTick: '*/10 * * * * *',
      telegramRateLimit: 25,
      logLevel: 'debug',
      mode: { kind: 'webhook', url: 'https://bot.example.com/telegram/hook', secret: 's3cret_-X' },
    });
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ BOT_TOKEN: '', DATABASE_URL: '' })).toMatchObject({ botToken: undefined, databaseUrl: undefined });
  });

  it.each([
    [{ BOT_TOKEN: 'not-a-token' }, 'BOT_TOKEN'],
    [{ BOT_MODE: 'carrier-pigeon' }, 'BOT_MODE'],
    [{ BOT_MODE: 'webhook', WEBHOOK_SECRET: 'x' }, 'WEBHOOK_URL'],
    [{ BOT_MODE: 'webhook', WEBHOOK_URL: 'https://a.b/c' }, 'WEBHOOK_SECRET'],
    [{ BOT_MODE: 'webhook', WEBHOOK_URL: 'https://a.b/c', WEBHOOK_SECRET: 'has space' }, 'WEBHOOK_SECRET'],
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ ADMIN_IDS: '1,two' }, 'ADMIN_IDS'],
    [{ TELEGRAM_API_ROOT: 'not a url' }, 'TELEGRAM_API_ROOT'],
    [{ DATABASE_URL: 'mysql://localhost/db' }, 'DATABASE_URL'],
    [{ REMINDER_TICK: 'every minute' }, 'REMINDER_TICK'],
    [{ TELEGRAM_RATE_LIMIT: '-1' }, 'TELEGRAM_RATE_LIMIT'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
  ])('refuses %o with one line naming %s', (env, variable) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain(variable);
    expect(message).not.toContain('\n');
  });
});
