/**
 * The REST half of the loopback Discord API: the routes the bot uses (gateway discovery, command
 * registration, the interaction callback, the webhook routes for editing, deleting and following
 * up), each checked the way Discord checks it and recorded on the interaction it concerns.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { InteractionLog, InteractionRecord, Reply, StoredMessage } from './interactions.js';
import { snowflake, type UserFixture } from './fixtures.js';
import { validateChoices, validateCommands, validateMessage, validateModal, type FormError } from './validate.js';

export type Json = Record<string, any>;
type Result = { status: number; body?: unknown };
type Handler = (req: { method: string; params: string[]; query: URLSearchParams; body: unknown; auth: string | null }) => Result;

export interface RequestLogEntry {
  method: string;
  route: string;
  status: number;
}

/** What the routes read and record: the emulated application, guild and their history. */
export interface World {
  readonly applicationId: string;
  readonly guildId: string;
  readonly channelId: string;
  readonly bot: UserFixture;
  readonly token: string;
  readonly gatewayUrl: string;
  readonly commands: Map<string, Json[]>;
  readonly payloads: Json[];
  readonly requests: RequestLogEntry[];
  readonly interactions: InteractionLog;
  /** Files users attached, served at /attachments/<id>/<name> as Discord's CDN serves them. */
  readonly attachments: Map<string, { bytes: Buffer; contentType: string }>;
}

export class RestRoutes {
  private readonly routes: Array<{ method: string; pattern: RegExp; handler: Handler }> = [];

  constructor(private readonly world: World) {
    this.defineRoutes();
  }

  private defineRoutes(): void {
    const route = (method: string, path: string, handler: Handler) => {
      const pattern = new RegExp(`^${path.replace(/:\w+/g, '([^/]+)')}$`);
      this.routes.push({ method, pattern, handler });
    };
    route('GET', '/gateway', () => ({ status: 200, body: { url: this.world.gatewayUrl } }));
    route('GET', '/gateway/bot', (r) => this.authorized(r.auth) ?? {
      status: 200,
      body: { url: this.world.gatewayUrl, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } },
    });
    route('PUT', '/applications/:app/commands', (r) => this.putCommands(r.auth, r.params[0]!, 'global', r.body));
    route('PUT', '/applications/:app/guilds/:guild/commands', (r) => this.putCommands(r.auth, r.params[0]!, r.params[1]!, r.body));
    route('GET', '/applications/:app/commands', (r) => this.authorized(r.auth) ?? { status: 200, body: this.world.commands.get('global') ?? [] });
    route('GET', '/applications/:app/guilds/:guild/commands', (r) => this.authorized(r.auth) ?? { status: 200, body: this.world.commands.get(r.params[1]!) ?? [] });
    route('POST', '/interactions/:id/:token/callback', (r) => this.callback(r.params[0]!, r.params[1]!, r.query, r.body));
    route('GET', '/webhooks/:app/:token/messages/:message', (r) => this.webhookMessage('GET', r.params, r.body));
    route('PATCH', '/webhooks/:app/:token/messages/:message', (r) => this.webhookMessage('PATCH', r.params, r.body));
    route('DELETE', '/webhooks/:app/:token/messages/:message', (r) => this.webhookMessage('DELETE', r.params, r.body));
    route('POST', '/webhooks/:app/:token', (r) => this.followUp(r.params[0]!, r.params[1]!, r.body));
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://loopback');
    // discord.js asks for `${api}/v10/...`; accept the path with or without the `/api` prefix.
    const path = url.pathname.replace(/^\/api/, '').replace(/^\/v\d+/, '');
    const method = req.method ?? 'GET';
    const file = method === 'GET' ? /^\/attachments\/(\d+)\/[^/]+$/.exec(path) : null;
    if (file) {
      const attachment = this.world.attachments.get(file[1]!);
      this.world.requests.push({ method, route: path, status: attachment ? 200 : 404 });
      res.writeHead(attachment ? 200 : 404, { 'content-type': attachment?.contentType ?? 'text/plain' });
      res.end(attachment?.bytes ?? 'Not found');
      return;
    }
    let result: { status: number; body?: unknown };
    try {
      const raw = await readBody(req);
      if (raw && !String(req.headers['content-type']).startsWith('application/json')) {
        result = { status: 400, body: { code: 50035, message: 'The loopback API accepts JSON bodies only (no file uploads)', errors: {} } };
      } else {
        const body = raw ? (JSON.parse(raw) as unknown) : undefined;
        const match = this.routes.find((r) => r.method === method && r.pattern.test(path));
        const params = match ? (path.match(match.pattern) ?? []).slice(1).map(decodeURIComponent) : [];
        result = match
          ? match.handler({ method, params, query: url.searchParams, body, auth: req.headers.authorization ?? null })
          : { status: 404, body: { message: '404: Not Found', code: 0 } };
      }
    } catch (error) {
      result = { status: 500, body: { message: `loopback API bug: ${(error as Error).stack}`, code: 0 } };
    }
    this.world.requests.push({ method, route: path, status: result.status });
    res.writeHead(result.status, result.body === undefined ? {} : { 'content-type': 'application/json' });
    res.end(result.body === undefined ? undefined : JSON.stringify(result.body));
  }

  private authorized(auth: string | null): { status: number; body: unknown } | null {
    return auth === `Bot ${this.world.token}` ? null : { status: 401, body: { message: '401: Unauthorized', code: 0 } };
  }

  private putCommands(auth: string | null, app: string, scope: string, body: unknown): { status: number; body?: unknown } {
    const denied = this.authorized(auth);
    if (denied) return denied;
    if (app !== this.world.applicationId) return { status: 404, body: { message: 'Unknown Application', code: 10002 } };
    if (scope !== 'global' && scope !== this.world.guildId) return { status: 403, body: { message: 'Missing Access', code: 50001 } };
    const invalid = validateCommands(body);
    if (invalid) return { status: 400, body: invalid };
    const stored = (body as Json[]).map((c) => ({ ...c, id: snowflake(), application_id: this.world.applicationId, version: snowflake(), type: c.type ?? 1, ...(scope === 'global' ? {} : { guild_id: scope }) }));
    this.world.commands.set(scope, stored);
    return { status: 200, body: stored };
  }

  private callback(id: string, token: string, query: URLSearchParams, body: unknown): { status: number; body?: unknown } {
    const record = this.world.interactions.records.get(id);
    if (!record) return { status: 404, body: { message: 'Unknown interaction', code: 10062 } };
    const refuse = (status: number, error: unknown) => {
      record.rejected.push({ method: 'POST', route: 'callback', status, body: error });
      this.world.interactions.changed(record);
      return { status, body: error };
    };
    if (record.token !== token) return refuse(401, { message: 'Invalid Webhook Token', code: 50027 });
    if (record.failure) return refuse(404, { message: 'Unknown interaction', code: 10062 });
    if (record.callbackType !== null) return refuse(400, { message: 'Interaction has already been acknowledged.', code: 40060 });
    const { type, data } = (body ?? {}) as { type?: number; data?: Json };
    // A modal (9) answers a command or a button; a modal's submission cannot open another.
    const allowed = { command: [4, 5, 9], button: [4, 5, 6, 7, 9], autocomplete: [8], modal: [4, 5] }[record.kind];
    if (type === undefined || !allowed.includes(type)) {
      return refuse(400, { code: 50035, message: 'Invalid Form Body', errors: { type: { _errors: [{ code: 'INTERACTION_RESPONSE_TYPE_INVALID', message: `Callback type ${type} is not valid for a ${record.kind} interaction` }] } } });
    }
    const invalid: FormError | null =
      type === 8 ? validateChoices(data) : type === 9 ? validateModal(data) : type === 4 || type === 7 ? validateMessage(data, ['data'], { create: type === 4 }) : null;
    if (invalid) return refuse(400, invalid);
    if (type === 4 || type === 7) this.world.payloads.push(data ?? {});
    record.callbackType = type;
    record.respondedAt = Date.now();
    if (type === 4 || type === 5) {
      record.original = this.message(data ?? {}, record);
      record.ephemeral = (record.original.flags & 64) !== 0;
    } else if (type === 7 && record.original) {
      Object.assign(record.original, pickMessageFields(data ?? {}), { edits: record.original.edits + 1, edited_timestamp: new Date().toISOString() });
    } else if (type === 8) {
      record.choices = (data?.choices as Reply['choices']) ?? [];
    } else if (type === 9) {
      record.modal = structuredClone(data ?? {});
    }
    this.world.interactions.changed(record);
    if (query.get('with_response') === 'true') {
      return { status: 200, body: { interaction: { id, type: { command: 2, button: 3, autocomplete: 4, modal: 5 }[record.kind] }, resource: { type, ...(record.original ? { message: toWire(record.original) } : {}) } } };
    }
    return { status: 204 };
  }

  private webhookMessage(method: 'GET' | 'PATCH' | 'DELETE', params: string[], body: unknown): { status: number; body?: unknown } {
    const [app, token, messageId] = params as [string, string, string];
    const record = this.world.interactions.byWebhookToken(token);
    if (app !== this.world.applicationId || !record) return { status: 404, body: { message: 'Unknown Webhook', code: 10015 } };
    const refuse = (status: number, error: unknown) => {
      record.rejected.push({ method, route: `webhook message ${messageId}`, status, body: error });
      this.world.interactions.changed(record);
      return { status, body: error };
    };
    if (record.callbackType === null) return refuse(404, { message: 'Unknown Webhook', code: 10015 });
    const target = messageId === '@original' ? (record.originalDeleted ? null : record.original) : (record.followUps.find((m) => m.id === messageId) ?? null);
    if (!target) return refuse(404, { message: 'Unknown Message', code: 10008 });
    if (method === 'GET') return { status: 200, body: toWire(target) };
    if (method === 'DELETE') {
      if (target === record.original) record.originalDeleted = true;
      else record.followUps.splice(record.followUps.indexOf(target), 1);
      this.world.interactions.changed(record);
      return { status: 204 };
    }
    const invalid = validateMessage(body);
    if (invalid) return refuse(400, invalid);
    this.world.payloads.push((body ?? {}) as Json);
    Object.assign(target, pickMessageFields((body ?? {}) as Json), { edits: target.edits + 1, edited_timestamp: new Date().toISOString() });
    this.world.interactions.changed(record);
    return { status: 200, body: toWire(target) };
  }

  private followUp(app: string, token: string, body: unknown): { status: number; body?: unknown } {
    const record = this.world.interactions.byWebhookToken(token);
    if (app !== this.world.applicationId || !record) return { status: 404, body: { message: 'Unknown Webhook', code: 10015 } };
    if (record.callbackType === null) {
      record.rejected.push({ method: 'POST', route: 'follow-up', status: 404, body: null });
      return { status: 404, body: { message: 'Unknown Webhook', code: 10015 } };
    }
    const invalid = validateMessage(body, [], { create: true });
    if (invalid) {
      record.rejected.push({ method: 'POST', route: 'follow-up', status: 400, body: invalid });
      this.world.interactions.changed(record);
      return { status: 400, body: invalid };
    }
    this.world.payloads.push(body as Json);
    const message = this.message(body as Json, record);
    record.followUps.push(message);
    this.world.interactions.changed(record);
    return { status: 200, body: toWire(message) };
  }

  message(data: Json, record: InteractionRecord): StoredMessage {
    return {
      id: snowflake(),
      channel_id: this.world.channelId,
      guild_id: this.world.guildId,
      type: record.kind === 'command' ? 20 : 0,
      author: this.world.bot as unknown as Record<string, unknown>,
      content: '',
      embeds: [],
      components: [],
      flags: 0,
      ...pickMessageFields(data),
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      webhook_id: this.world.applicationId,
      application_id: this.world.applicationId,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      pinned: false,
      edits: 0,
    };
  }
}

/** A stored message as Discord would send it (without the bookkeeping). */
export function toWire(message: StoredMessage): Json {
  const { edits: _edits, ...rest } = message;
  return structuredClone(rest);
}


function pickMessageFields(data: Json): Partial<StoredMessage> {
  const picked: Partial<StoredMessage> = {};
  if (typeof data.content === 'string') picked.content = data.content;
  if (Array.isArray(data.embeds)) picked.embeds = structuredClone(data.embeds);
  if (Array.isArray(data.components)) picked.components = structuredClone(data.components);
  if (typeof data.flags === 'number') picked.flags = data.flags;
  return picked;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

