/**
 * The whole bot on the loopback Discord API: a temp corpus (the seed article plus test sources),
 * the real app from createApp, commands deployed to the emulated guild, and startBot with a real
 * discord.js Client. Logs are captured as parsed pino lines so tests can read what was logged.
 */
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { createApp, type App } from '../../src/app.js';
import type { Config } from '../../src/config.js';
import { startBot, type Bot } from '../../src/discord/bot.js';
import { deployCommands } from '../../src/discord/deploy.js';
import type { BotCommand } from '../../src/discord/dispatch.js';
import type { Logger } from '../../src/log.js';
import { startDiscordApi, type DiscordApi } from './discord-api/index.js';
import { SEED_PATH } from './seed.js';

export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

export interface Harness {
  api: DiscordApi;
  app: App;
  config: Config;
  log: Logger;
  logs: LogLine[];
  corpusDir: string;
  bot: Bot;
  /** Starts another bot on the same API (after `bot.stop()`, to show state survives a restart). */
  restart(): Promise<Bot>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** Extra source files for the corpus: file name → contents. */
  sources?: Record<string, string>;
  cooldown?: Config['cooldown'];
  commands?: readonly BotCommand[];
  deferAfterMs?: number;
}

export function testConfig(api: DiscordApi, over: Partial<Config> = {}): Config {
  return {
    discordToken: api.token,
    applicationId: api.applicationId,
    guildId: api.guildId,
    apiBase: api.apiBase,
    cooldown: { uses: 1000, windowSeconds: 60 },
    logLevel: 'debug',
    dataDir: 'data',
    corpusDir: 'corpus',
    moderatorRoleIds: [],
    guildIndexBudgetMb: 64,
    sourceRetentionDays: 30,
    ...over,
  };
}

/** Resolves with the first log line matching `match`; the bot logs after Discord has answered it. */
export async function waitForLog(logs: LogLine[], match: (line: LogLine) => boolean, timeoutMs = 2000): Promise<LogLine> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const line = logs.find(match);
    if (line) return line;
    if (Date.now() > deadline) throw new Error(`no such log line in ${timeoutMs} ms; logged: ${logs.map((l) => l.msg).join(' | ')}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export function captureLogs(): { log: Logger; logs: LogLine[] } {
  const logs: LogLine[] = [];
  const log = pino({ level: 'debug', base: undefined }, { write: (line: string) => void logs.push(JSON.parse(line) as LogLine) });
  return { log, logs };
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const api = await startDiscordApi();
  const corpusDir = await mkdtemp(join(tmpdir(), 'bot-corpus-'));
  const dataDir = await mkdtemp(join(tmpdir(), 'bot-data-'));
  await copyFile(SEED_PATH, join(corpusDir, 'alaska-summit-2025.md'));
  for (const [name, text] of Object.entries(options.sources ?? {})) await writeFile(join(corpusDir, name), text);
  const { log, logs } = captureLogs();
  const app = await createApp({ corpusDir, dataDir, log });
  const config = testConfig(api, { cooldown: options.cooldown ?? { uses: 1000, windowSeconds: 60 }, corpusDir, dataDir });
  await deployCommands(config, log);
  const start = () => startBot({ config, app, log, commands: options.commands, deferAfterMs: options.deferAfterMs });
  const harness: Harness = {
    api, app, config, log, logs, corpusDir,
    bot: await start(),
    async restart() {
      harness.bot = await start();
      return harness.bot;
    },
    async close() {
      await harness.bot.stop();
      await api.close();
      await rm(corpusDir, { recursive: true, force: true });
      await rm(dataDir, { recursive: true, force: true });
    },
  };
  return harness;
}

/** An English news text about the summit (test data, written for these tests). */
export const ENGLISH_SOURCE = `---
title: "Trump and Putin meet in Anchorage"
url: https://example.com/news/anchorage-summit
published: 2025-08-16
lang: en
---
Donald Trump and Vladimir Putin met in Anchorage, Alaska, on August 15, 2025, for their first summit in years.

Secretary of State Marco Rubio and special envoy Steve Witkoff accompanied Trump, while Foreign Minister Sergey Lavrov and aide Yury Ushakov joined Putin.

The talks lasted nearly three hours and ended without an agreement on a ceasefire in Ukraine.
`;
