/**
 * The Discord bot's lifecycle: a discord.js Client with the Guilds intent only (the bot answers
 * interactions and reads no messages), logged in over the REST base URL from the settings, and a
 * `stop()` that stops taking interactions, lets those in flight finish, then destroys the client.
 * Signals are the caller's business (the CLI calls `stop()` on SIGINT/SIGTERM), so tests can stop
 * a bot without touching the process. Commands are registered by `deploy-commands`, never here.
 */
import { once } from 'node:events';
import { Client, Events, GatewayIntentBits, Options } from 'discord.js';
import { commands as allCommands } from '../../commands/index.js';
import type { App } from '../app.js';
import type { Config } from '../config.js';
import { ConfigError } from '../errors.js';
import type { Logger } from '../log.js';
import { Cooldown } from './cooldown.js';
import { handleInteraction, refuseInteraction, type BotCommand } from './dispatch.js';

export interface BotOptions {
  config: Config;
  app: App;
  log: Logger;
  /** The commands to answer; the explicit list in commands/ unless a test brings its own. */
  commands?: readonly BotCommand[];
  /** How long an answer may take before the interaction is deferred (ms). */
  deferAfterMs?: number;
  /** How long `stop()` waits for interactions in flight before destroying the client anyway (ms). */
  drainTimeoutMs?: number;
}

export interface Bot {
  readonly client: Client<true>;
  stop(): Promise<void>;
}

export async function startBot(options: BotOptions): Promise<Bot> {
  const { config, app, log } = options;
  if (!config.discordToken) throw new ConfigError('DISCORD_TOKEN', 'DISCORD_TOKEN is not set: the bot needs it (see .env.example)');
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { api: config.apiBase },
    // Belt and braces: every reply also sets this itself, so no source text can ping anyone.
    allowedMentions: { parse: [] },
    // The bot reads no messages; a component's message arrives with the click and need not be kept.
    makeCache: Options.cacheWithLimits({ ...Options.DefaultMakeCacheSettings, MessageManager: 0 }),
  });
  const context = {
    app,
    commands: options.commands ?? (allCommands as readonly BotCommand[]),
    cooldown: new Cooldown(config.cooldown),
    log,
    deferAfterMs: options.deferAfterMs,
    moderatorRoleIds: config.moderatorRoleIds,
  };

  const inFlight = new Set<Promise<void>>();
  let stopping = false;
  client.on(Events.InteractionCreate, (interaction) => {
    const task = (stopping ? refuseInteraction(interaction, log) : handleInteraction(interaction, context)).catch((error: unknown) => {
      log.error({ err: error }, 'Interaction handler crashed');
    });
    inFlight.add(task);
    void task.finally(() => inFlight.delete(task));
  });
  client.on(Events.Error, (error) => log.error({ err: error }, 'Discord client error'));
  client.on(Events.Warn, (message) => log.warn(message));
  client.on(Events.Debug, (message) => log.trace(message));
  client.on(Events.ShardDisconnect, (event, shard) => log.warn({ code: event.code, shard }, 'Gateway connection closed'));

  try {
    await Promise.all([once(client, Events.ClientReady), client.login(config.discordToken)]);
  } catch (error) {
    await client.destroy();
    if ((error as { code?: string }).code === 'TokenInvalid') {
      throw new ConfigError('DISCORD_TOKEN', 'Discord refused DISCORD_TOKEN: reset the token in the Developer Portal (Bot page) and update .env');
    }
    throw error;
  }
  const ready = client as Client<true>;
  log.info({ user: ready.user.tag, guilds: ready.guilds.cache.size, commands: context.commands.length }, 'Bot ready');

  let stopped: Promise<void> | null = null;
  const stop = async (): Promise<void> => {
    stopping = true;
    log.info({ inFlight: inFlight.size }, 'Stopping: finishing interactions in flight');
    let timedOut = false;
    const timer = setTimeout(() => (timedOut = true), options.drainTimeoutMs ?? 10_000);
    // Interactions still arrive until the gateway closes; each gets its "restarting" note, so keep
    // draining until nothing is left rather than waiting once for a snapshot.
    while (inFlight.size > 0 && !timedOut) {
      await Promise.race([Promise.allSettled([...inFlight]), new Promise((resolve) => setTimeout(resolve, 50))]);
    }
    clearTimeout(timer);
    if (inFlight.size > 0) log.warn({ inFlight: inFlight.size }, 'Stopping with interactions still in flight');
    await client.destroy();
    log.info('Bot stopped');
  };
  return { client: ready, stop: () => (stopped ??= stop()) };
}
