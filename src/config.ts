/**
 * The settings, read once from the environment (and `.env`), validated and typed. This is the only
 * module that reads process.env; a missing or malformed value fails at start with a message that
 * names the key, so an operator never debugs a bot that half-started.
 */
import dotenv from 'dotenv';
import { ConfigError } from './errors.js';
import { LOG_LEVELS } from './log.js';

export { ConfigError };

export interface Config {
  discordToken: string | null;
  applicationId: string | null;
  guildId: string | null;
  apiBase: string;
  cooldown: { uses: number; windowSeconds: number };
  logLevel: string;
  dataDir: string;
  corpusDir: string;
  moderatorRoleIds: string[];
  guildIndexBudgetMb: number;
  sourceRetentionDays: number;
}

export type Env = Record<string, string | undefined>;

/** process.env after loading `.env` (quietly: the CLI's stdout belongs to answers). */
function processEnv(): Env {
  dotenv.config({ quiet: true });
  return process.env;
}

export function loadConfig(env: Env = processEnv()): Config {
  const read = (key: string): string | null => {
    const value = env[key]?.trim();
    return value ? value : null;
  };
  return {
    discordToken: read('DISCORD_TOKEN'),
    applicationId: snowflake('DISCORD_APPLICATION_ID', read('DISCORD_APPLICATION_ID')),
    guildId: snowflake('DISCORD_GUILD_ID', read('DISCORD_GUILD_ID')),
    apiBase: httpUrl('DISCORD_API_BASE', read('DISCORD_API_BASE') ?? 'https://discord.com/api'),
    cooldown: {
      uses: wholeNumber('COOLDOWN_USES', read('COOLDOWN_USES'), 5, 1),
      windowSeconds: wholeNumber('COOLDOWN_WINDOW_SECONDS', read('COOLDOWN_WINDOW_SECONDS'), 60, 1),
    },
    logLevel: logLevel(read('LOG_LEVEL') ?? 'info'),
    dataDir: read('DATA_DIR') ?? 'data',
    corpusDir: read('CORPUS_DIR') ?? 'corpus',
    moderatorRoleIds: (read('MODERATOR_ROLE_IDS') ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter((id) => id !== '')
      .map((id) => snowflake('MODERATOR_ROLE_IDS', id) as string),
    guildIndexBudgetMb: wholeNumber('GUILD_INDEX_BUDGET_MB', read('GUILD_INDEX_BUDGET_MB'), 48, 1),
    sourceRetentionDays: wholeNumber('SOURCE_RETENTION_DAYS', read('SOURCE_RETENTION_DAYS'), 30, 0),
  };
}

/** Discord ids are 17–20 digit snowflakes; anything else is a copy-paste mistake worth naming. */
function snowflake(key: string, value: string | null): string | null {
  if (value === null) return null;
  if (!/^\d{17,20}$/.test(value)) {
    throw new ConfigError(key, `${key} must be a Discord id (17 to 20 digits), got "${value}"`);
  }
  return value;
}

function wholeNumber(key: string, value: string | null, fallback: number, min: 0 | 1): number {
  if (value === null) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < min) {
    const what = min === 1 ? 'a positive whole number' : 'a whole number (0 or more)';
    throw new ConfigError(key, `${key} must be ${what}, got "${value}"`);
  }
  return n;
}

function httpUrl(key: string, value: string): string {
  let url: URL | null = null;
  try {
    url = new URL(value);
  } catch {
    // reported below
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new ConfigError(key, `${key} must be an http(s) URL, got "${value}"`);
  }
  return value.replace(/\/+$/, '');
}

function logLevel(value: string): string {
  const level = value.toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(level)) {
    throw new ConfigError('LOG_LEVEL', `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${value}"`);
  }
  return level;
}
