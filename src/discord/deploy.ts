/**
 * Registering the slash commands (`npm run deploy-commands`), kept apart from start-up: one bulk
 * overwrite, to the test server when DISCORD_GUILD_ID is set (instant), else globally (Discord
 * may take a while to show global changes). And the invite link (`npm run invite-url`).
 */
import { DiscordAPIError, REST, Routes } from 'discord.js';
import { deployable } from '../../commands/index.js';
import type { Config } from '../config.js';
import { ConfigError } from '../errors.js';
import type { Logger } from '../log.js';

export interface Deployed {
  scope: 'guild' | 'global';
  count: number;
}

export async function deployCommands(config: Config, log: Logger, commands: ReadonlyArray<{ definition: unknown }> = deployable): Promise<Deployed> {
  const { discordToken: token, applicationId, guildId } = config;
  if (!token) throw new ConfigError('DISCORD_TOKEN', 'DISCORD_TOKEN is not set: deploying commands needs the bot token (see .env.example)');
  if (!applicationId) throw new ConfigError('DISCORD_APPLICATION_ID', 'DISCORD_APPLICATION_ID is not set: deploying commands needs the application id (see .env.example)');
  const rest = new REST({ api: config.apiBase }).setToken(token);
  const scope = guildId ? 'guild' : 'global';
  const route = guildId ? Routes.applicationGuildCommands(applicationId, guildId) : Routes.applicationCommands(applicationId);
  let stored: unknown[];
  try {
    stored = (await rest.put(route, { body: commands.map((c) => c.definition) })) as unknown[];
  } catch (error) {
    throw explain(error, guildId);
  }
  log.info({ scope, count: stored.length, ...(guildId ? { guild: guildId } : {}) }, 'Commands deployed');
  return { scope, count: stored.length };
}

/** Discord's refusals as the setting to fix; anything else (a malformed definition) stays a bug. */
function explain(error: unknown, guildId: string | null): unknown {
  if (!(error instanceof DiscordAPIError)) return error;
  if (error.status === 401) return new ConfigError('DISCORD_TOKEN', 'Discord refused DISCORD_TOKEN: reset the token in the Developer Portal (Bot page) and update .env');
  if (error.status === 404 && error.code === 10002) {
    return new ConfigError('DISCORD_APPLICATION_ID', 'Discord knows no application with DISCORD_APPLICATION_ID, or it does not belong to this token');
  }
  if (guildId && (error.status === 403 || error.code === 50001)) {
    return new ConfigError('DISCORD_GUILD_ID', `The bot cannot register commands in server ${guildId} (DISCORD_GUILD_ID): invite it there first with \`npm run invite-url\``);
  }
  return error;
}

/**
 * Permissions 0, on purpose: the bot only answers slash commands and buttons, and Discord delivers
 * those replies through the interaction's own webhook, which needs no channel permission (not Send
 * Messages, not Embed Links). It never posts on its own, reads no messages, manages nothing. The
 * `bot` scope puts its user in the server (so it connects to the gateway and receives the
 * interactions); `applications.commands` lets the server use its slash commands.
 */
export const INVITE_PERMISSIONS = '0';

export function inviteUrl(applicationId: string): string {
  return `https://discord.com/oauth2/authorize?client_id=${encodeURIComponent(applicationId)}&scope=bot%20applications.commands&permissions=${INVITE_PERMISSIONS}`;
}
