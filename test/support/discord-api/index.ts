/**
 * A loopback stand-in for Discord's API that a real discord.js Client logs into: REST on
 * http://127.0.0.1:<random port>/api (point `rest.api` at `apiBase`) and the gateway on the same
 * port. It implements what the bot uses, validates every payload the way Discord does, and lets a
 * test play the user: run a slash command, click a button, type into an autocompleted option.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Gateway, type Identify } from './gateway.js';
import { InteractionLog, type InteractionRecord, type Reply, type StoredMessage } from './interactions.js';
import { guildCreate, member, snowflake, textChannel, user, type UserFixture } from './fixtures.js';
import { RestRoutes, toWire, type Json, type RequestLogEntry, type World } from './rest.js';

export type { Reply, StoredMessage, InteractionRecord, Identify, RequestLogEntry };

export interface DiscordApiOptions {
  token?: string;
  /** How long an interaction may go without an initial response before it counts as failed. */
  deadlineMs?: number;
  heartbeatIntervalMs?: number;
}

export class DiscordApi implements World {
  readonly applicationId = snowflake();
  readonly guildId = snowflake();
  readonly channelId = snowflake();
  readonly bot: UserFixture = user(this.applicationId, 'summit-bot', true);
  readonly owner = user(snowflake(), 'server-owner');
  /** Registered commands: 'global' or a guild id → what the last PUT stored. */
  readonly commands = new Map<string, Json[]>();
  readonly requests: RequestLogEntry[] = [];
  /** Every message body the bot sent (responses, edits, follow-ups), as sent. */
  readonly payloads: Json[] = [];
  readonly interactions: InteractionLog;
  token: string;
  private readonly server: Server;
  private readonly gateway: Gateway;
  private readonly rest: RestRoutes;
  private port = 0;

  constructor(options: DiscordApiOptions = {}) {
    this.token = options.token ?? 'loopback-token';
    this.interactions = new InteractionLog(options.deadlineMs ?? 3000);
    this.server = createServer((req, res) => void this.rest.handle(req, res));
    this.gateway = new Gateway({
      server: this.server,
      token: () => this.token,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
      ready: (sessionId) => ({
        v: 10,
        user: this.bot,
        guilds: [{ id: this.guildId, unavailable: true }],
        session_id: sessionId,
        resume_gateway_url: this.gatewayUrl,
        shard: [0, 1],
        application: { id: this.applicationId, flags: 0 },
      }),
      guilds: () => [guildCreate(this.guildId, this.channelId, this.owner.id, this.bot)],
    });
    this.rest = new RestRoutes(this);
  }

  async listen(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  /** What to give discord.js as `rest.api` (and the bot as DISCORD_API_BASE). */
  get apiBase(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  get identifies(): Identify[] {
    return this.gateway.identifies;
  }

  nextIdentify(): Promise<Identify> {
    return this.gateway.nextIdentify();
  }

  get connectedSessions(): number {
    return this.gateway.connected;
  }

  async close(): Promise<void> {
    this.interactions.close();
    await this.gateway.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ---- Playing the user ----

  /** Runs a slash command as a user would; returns the interaction id. */
  sendCommand(input: { name: string; options?: Record<string, string | number | boolean>; locale?: string; userId?: string }): string {
    const command = this.registered(input.name);
    const options = Object.entries(input.options ?? {}).map(([name, value]) => ({ name, type: this.optionType(command, name), value }));
    return this.dispatch('command', input.name, 2, { id: command?.id ?? snowflake(), name: input.name, type: 1, options }, input);
  }

  /** Types `value` into option `option` of command `name` (other options as already filled in). */
  autocomplete(input: { name: string; option: string; value: string; options?: Record<string, string>; locale?: string; userId?: string }): string {
    const command = this.registered(input.name);
    const filled = Object.entries(input.options ?? {}).map(([name, value]) => ({ name, type: this.optionType(command, name), value }));
    const focused = { name: input.option, type: this.optionType(command, input.option), value: input.value, focused: true };
    return this.dispatch('autocomplete', input.name, 4, { id: command?.id ?? snowflake(), name: input.name, type: 1, options: [...filled, focused] }, input);
  }

  /** Clicks the button `customId` on `message` (a message the bot sent, as recorded here). */
  clickButton(input: { message: StoredMessage; customId: string; locale?: string; userId?: string }): string {
    const buttons = input.message.components.flatMap((row) => row.components as Json[]);
    const button = buttons.find((b) => b.custom_id === input.customId);
    if (!button) throw new Error(`message ${input.message.id} has no button ${input.customId}; it has ${buttons.map((b) => b.custom_id).join(', ')}`);
    if (button.disabled) throw new Error(`button ${input.customId} is disabled; a user cannot click it`);
    return this.dispatch('button', null, 3, { custom_id: input.customId, component_type: 2 }, input, input.message);
  }

  /** The buttons of a message, in order, for finding one by its label. */
  buttons(message: StoredMessage): Array<{ label: string; customId: string; disabled: boolean }> {
    return message.components
      .flatMap((row) => row.components as Json[])
      .map((b) => ({ label: String(b.label ?? ''), customId: String(b.custom_id ?? ''), disabled: Boolean(b.disabled) }));
  }

  waitForReply(id: string, timeoutMs?: number): Promise<Reply> {
    return this.interactions.waitForReply(id, timeoutMs);
  }

  waitFor(id: string, done: (record: InteractionRecord) => boolean, timeoutMs?: number): Promise<InteractionRecord> {
    return this.interactions.waitFor(id, done, timeoutMs);
  }

  interaction(id: string): InteractionRecord {
    return this.interactions.get(id);
  }

  private registered(name: string): Json | undefined {
    const scopes = [this.commands.get(this.guildId), this.commands.get('global')].filter((s): s is Json[] => s !== undefined);
    if (scopes.length === 0) return undefined;
    const command = scopes.flat().find((c) => c.name === name);
    if (!command) throw new Error(`/${name} is not registered; a user could not run it`);
    return command;
  }

  private optionType(command: Json | undefined, name: string): number {
    if (!command) return 3;
    const option = (command.options as Json[] | undefined)?.find((o) => o.name === name);
    if (!option) throw new Error(`/${command.name} has no option "${name}"`);
    return option.type as number;
  }

  private dispatch(kind: InteractionRecord['kind'], name: string | null, type: number, data: Json, who: { locale?: string; userId?: string }, message?: StoredMessage): string {
    const id = snowflake();
    const token = `interaction-token-${id}`;
    const locale = who.locale ?? 'en-US';
    const invoker = user(who.userId ?? '100000000000000001', 'reader');
    const record: InteractionRecord = {
      id, token, kind, name, locale, userId: invoker.id, guildId: this.guildId, dispatchedAt: Date.now(),
      callbackType: null, respondedAt: null, failure: null, ephemeral: false,
      original: message ?? null, originalDeleted: false, followUps: [], choices: null, rejected: [],
    };
    this.interactions.add(record);
    this.gateway.dispatch('INTERACTION_CREATE', {
      id,
      application_id: this.applicationId,
      type,
      data,
      guild_id: this.guildId,
      guild: { id: this.guildId, locale: 'id', features: [] },
      guild_locale: 'id',
      channel_id: this.channelId,
      channel: textChannel(this.channelId, this.guildId),
      member: member(invoker, new Date().toISOString()),
      token,
      version: 1,
      locale,
      app_permissions: '0',
      entitlements: [],
      authorizing_integration_owners: { '0': this.guildId },
      context: 0,
      attachment_size_limit: 10_485_760,
      ...(message ? { message: toWire(message) } : {}),
    });
    return id;
  }

  // ---- REST ----
}

export async function startDiscordApi(options: DiscordApiOptions = {}): Promise<DiscordApi> {
  return new DiscordApi(options).listen();
}
