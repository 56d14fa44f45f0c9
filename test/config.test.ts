import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('loadConfig', () => {
  it('gives the documented defaults for an empty environment', () => {
    expect(loadConfig({})).toEqual({
      discordToken: null,
      applicationId: null,
      guildId: null,
      apiBase: 'https://discord.com/api',
      cooldown: { uses: 5, windowSeconds: 60 },
      logLevel: 'info',
      dataDir: 'data',
      corpusDir: 'corpus',
      moderatorRoleIds: [],
      guildIndexBudgetMb: 48,
      sourceRetentionDays: 30,
    });
  });

  it('reads every key', () => {
    const config = loadConfig({
      DISCORD_TOKEN: ' abc.def ',
      DISCORD_APPLICATION_ID: '123456789012345678',
      DISCORD_GUILD_ID: '223456789012345678',
      DISCORD_API_BASE: 'http://127.0.0.1:5000/api/',
      COOLDOWN_USES: '3',
      COOLDOWN_WINDOW_SECONDS: '10',
      LOG_LEVEL: 'DEBUG',
      DATA_DIR: '/tmp/data',
      CORPUS_DIR: '/tmp/corpus',
      MODERATOR_ROLE_IDS: '323456789012345678, 423456789012345678,',
      GUILD_INDEX_BUDGET_MB: '16',
      SOURCE_RETENTION_DAYS: '0',
    });
    expect(config).toEqual({
      discordToken: 'abc.def',
      applicationId: '123456789012345678',
      guildId: '223456789012345678',
      apiBase: 'http://127.0.0.1:5000/api',
      cooldown: { uses: 3, windowSeconds: 10 },
      logLevel: 'debug',
      dataDir: '/tmp/data',
      corpusDir: '/tmp/corpus',
      moderatorRoleIds: ['323456789012345678', '423456789012345678'],
      guildIndexBudgetMb: 16,
      sourceRetentionDays: 0,
    });
  });

  it('treats empty values as unset (a copied .env.example works as is)', () => {
    expect(loadConfig({ DISCORD_TOKEN: '', COOLDOWN_USES: '  ', DISCORD_GUILD_ID: '' })).toMatchObject({
      discordToken: null,
      guildId: null,
      cooldown: { uses: 5, windowSeconds: 60 },
    });
  });

  it.each([
    ['COOLDOWN_USES', 'x', 'COOLDOWN_USES must be a positive whole number, got "x"'],
    ['COOLDOWN_USES', '0', 'COOLDOWN_USES must be a positive whole number, got "0"'],
    ['COOLDOWN_WINDOW_SECONDS', '1.5', 'COOLDOWN_WINDOW_SECONDS must be a positive whole number, got "1.5"'],
    ['COOLDOWN_WINDOW_SECONDS', '-3', 'COOLDOWN_WINDOW_SECONDS must be a positive whole number, got "-3"'],
    ['GUILD_INDEX_BUDGET_MB', '64MB', 'GUILD_INDEX_BUDGET_MB must be a positive whole number, got "64MB"'],
    ['SOURCE_RETENTION_DAYS', 'forever', 'SOURCE_RETENTION_DAYS must be a whole number (0 or more), got "forever"'],
    ['DISCORD_APPLICATION_ID', 'my-app', 'DISCORD_APPLICATION_ID must be a Discord id (17 to 20 digits), got "my-app"'],
    ['DISCORD_GUILD_ID', '12345', 'DISCORD_GUILD_ID must be a Discord id (17 to 20 digits), got "12345"'],
    ['MODERATOR_ROLE_IDS', '323456789012345678,mods', 'MODERATOR_ROLE_IDS must be a Discord id (17 to 20 digits), got "mods"'],
    ['DISCORD_API_BASE', 'discord.com/api', 'DISCORD_API_BASE must be an http(s) URL, got "discord.com/api"'],
    ['DISCORD_API_BASE', 'ftp://discord.com', 'DISCORD_API_BASE must be an http(s) URL, got "ftp://discord.com"'],
    ['LOG_LEVEL', 'verbose', 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "verbose"'],
  ])('%s=%s fails naming the key', (key, value, message) => {
    let thrown: unknown;
    try {
      loadConfig({ [key]: value });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    expect((thrown as ConfigError).key).toBe(key);
    expect((thrown as ConfigError).message).toBe(message);
  });
});

describe('.env.example', () => {
  it('lists every key loadConfig reads, each with a comment above it', async () => {
    const { readFile } = await import('node:fs/promises');
    const example = await readFile(new URL('../.env.example', import.meta.url), 'utf8');
    const source = await readFile(new URL('../src/config.ts', import.meta.url), 'utf8');
    const read = [...source.matchAll(/read\('([A-Z_]+)'\)/g)].map((m) => m[1]);
    const lines = example.split('\n');
    for (const key of new Set(read)) {
      const at = lines.findIndex((l) => l.startsWith(`${key}=`));
      expect(at, `${key} in .env.example`).toBeGreaterThan(0);
      expect(lines[at - 1], `comment above ${key}`).toMatch(/^#/);
    }
  });
});
