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
  readonly attachments = new Map<string, { bytes: Buffer; contentType: string }>();
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

  /**
   * Runs a slash command as a user would; returns the interaction id. With `subcommand`, the
   * options are that subcommand's; `attachments` upload files for attachment options (served to
   * the bot like Discord's CDN does).
   */
  sendCommand(input: Who & { name: string; subcommand?: string; options?: Record<string, string | number | boolean>; attachments?: Record<string, { filename: string; bytes: Buffer | string; contentType?: string }> }): string {
    const command = this.registered(input.name);
    const optionsOf = input.subcommand ? this.subcommand(command, input.subcommand) : command;
    const options: Json[] = Object.entries(input.options ?? {}).map(([name, value]) => ({ name, type: this.optionType(optionsOf, name), value }));
    const resolved: Json = {};
    for (const [name, file] of Object.entries(input.attachments ?? {})) {
      const id = snowflake();
      const bytes = Buffer.from(file.bytes);
      const contentType = file.contentType ?? 'text/plain; charset=utf-8';
      this.attachments.set(id, { bytes, contentType });
      const url = `http://127.0.0.1:${this.port}/attachments/${id}/${encodeURIComponent(file.filename)}`;
      (resolved.attachments ??= {})[id] = { id, filename: file.filename, size: bytes.length, url, proxy_url: url, content_type: contentType };
      options.push({ name, type: this.optionType(optionsOf, name), value: id });
    }
    const wrapped = input.subcommand ? [{ name: input.subcommand, type: 1, options }] : options;
    const data = { id: command?.id ?? snowflake(), name: input.name, type: 1, options: wrapped, ...(resolved.attachments ? { resolved } : {}) };
    return this.dispatch('command', input.name, 2, data, input);
  }

  /** Types `value` into option `option` of command `name` (other options as already filled in). */
  autocomplete(input: Who & { name: string; subcommand?: string; option: string; value: string; options?: Record<string, string> }): string {
    const command = this.registered(input.name);
    const optionsOf = input.subcommand ? this.subcommand(command, input.subcommand) : command;
    const filled = Object.entries(input.options ?? {}).map(([name, value]) => ({ name, type: this.optionType(optionsOf, name), value }));
    const focused = { name: input.option, type: this.optionType(optionsOf, input.option), value: input.value, focused: true };
    const options = input.subcommand ? [{ name: input.subcommand, type: 1, options: [...filled, focused] }] : [...filled, focused];
    return this.dispatch('autocomplete', input.name, 4, { id: command?.id ?? snowflake(), name: input.name, type: 1, options }, input);
  }

  /**
   * Fills in and submits the modal the bot opened in answer to interaction `opener`. Only the
   * modal's own inputs can be filled, and every required one must be.
   */
  submitModal(input: Who & { opener: string; fields: Record<string, string> }): string {
    const modal = this.interaction(input.opener).modal;
    if (!modal) throw new Error(`interaction ${input.opener} opened no modal`);
    const inputs = (modal.components as Json[]).map((row) => (row.components as Json[])[0]!);
    for (const name of Object.keys(input.fields)) {
      if (!inputs.some((i) => i.custom_id === name)) throw new Error(`the modal has no input "${name}"; it has ${inputs.map((i) => i.custom_id).join(', ')}`);
    }
    const components = inputs.map((i) => {
      const value = input.fields[i.custom_id as string] ?? (i.value as string | undefined) ?? '';
      if (i.required !== false && value === '') throw new Error(`the modal's input "${String(i.custom_id)}" is required; a user could not submit it empty`);
      return { type: 1, components: [{ type: 4, custom_id: i.custom_id, value }] };
    });
    return this.dispatch('modal', null, 5, { custom_id: modal.custom_id, components }, input);
  }

  /** Clicks the button `customId` on `message` (a message the bot sent, as recorded here). */
  clickButton(input: Who & { message: StoredMessage; customId: string }): string {
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

  private subcommand(command: Json | undefined, name: string): Json | undefined {
    if (!command) return undefined;
    const sub = (command.options as Json[] | undefined)?.find((o) => o.name === name && o.type === 1);
    if (!sub) throw new Error(`/${command.name} has no subcommand "${name}"`);
    return sub;
  }

  private optionType(command: Json | undefined, name: string): number {
    if (!command) return 3;
    const option = (command.options as Json[] | undefined)?.find((o) => o.name === name);
    if (!option) throw new Error(`/${command.name} has no option "${name}"`);
    return option.type as number;
  }

  private dispatch(kind: InteractionRecord['kind'], name: string | null, type: number, data: Json, who: Who, message?: StoredMessage): string {
    const id = snowflake();
    const token = `interaction-token-${id}`;
    const locale = who.locale ?? 'en-US';
    const invoker = user(who.userId ?? '100000000000000001', 'reader');
    const guildId = who.guildId ?? this.guildId;
    const record: InteractionRecord = {
      id, token, kind, name, locale, userId: invoker.id, guildId, dispatchedAt: Date.now(),
      callbackType: null, respondedAt: null, failure: null, ephemeral: false,
      original: message ?? null, originalDeleted: false, followUps: [], choices: null, modal: null, rejected: [],
    };
    this.interactions.add(record);
    this.gateway.dispatch('INTERACTION_CREATE', {
      id,
      application_id: this.applicationId,
      type,
      data,
      guild_id: guildId,
      guild: { id: guildId, locale: 'id', features: [] },
      guild_locale: 'id',
      channel_id: this.channelId,
      channel: textChannel(this.channelId, guildId),
      member: member(invoker, new Date().toISOString(), { permissions: who.permissions, roles: who.roles }),
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

/** Who plays the user: their id and locale, and the server, permissions and roles they act with. */
export interface Who {
  locale?: string;
  userId?: string;
  /** Another server than the emulated one (to show servers are kept apart). */
  guildId?: string;
  /** The member's permissions in the channel, a decimal bit field (default: no Manage Server). */
  permissions?: string;
  roles?: string[];
}

export async function startDiscordApi(options: DiscordApiOptions = {}): Promise<DiscordApi> {
  return new DiscordApi(options).listen();
}
