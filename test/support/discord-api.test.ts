/**
 * The loopback Discord API itself, spoken to directly (a bare WebSocket and fetch): the gateway
 * handshake, Discord's answers to payloads over the limits, the interaction rules, and the
 * 3-second verdict. If these drift from Discord, the bot's end-to-end tests mean less.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import WebSocket from 'ws';
import { startDiscordApi, type DiscordApi } from './discord-api/index.js';

let api: DiscordApi;
let sockets: WebSocket[] = [];
beforeEach(async () => {
  api = await startDiscordApi({ deadlineMs: 300 });
});
afterEach(async () => {
  for (const s of sockets) s.terminate();
  sockets = [];
  await api.close();
});

type Frame = { op: number; t?: string; s?: number; d?: any };

/** A bare gateway client: collects frames, resolves `next(op, t?)` as they arrive. */
function open(query = 'v=10&encoding=json') {
  const socket = new WebSocket(`${api.gatewayUrl}?${query}`);
  sockets.push(socket);
  const frames: Frame[] = [];
  const waiting: Array<{ match: (f: Frame) => boolean; resolve: (f: Frame) => void }> = [];
  socket.on('message', (raw) => {
    const frame = JSON.parse(raw.toString()) as Frame;
    frames.push(frame);
    for (const w of waiting.filter((w) => w.match(frame))) {
      waiting.splice(waiting.indexOf(w), 1);
      w.resolve(frame);
    }
  });
  const next = (op: number, t?: string) => {
    const match = (f: Frame) => f.op === op && (t === undefined || f.t === t);
    const seen = frames.find(match);
    return seen ? Promise.resolve(seen) : new Promise<Frame>((resolve) => waiting.push({ match, resolve }));
  };
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  const send = (frame: Frame) => socket.send(JSON.stringify(frame));
  return { socket, next, closed, send };
}

async function identified() {
  const gw = open();
  await gw.next(10);
  gw.send({ op: 2, d: { token: api.token, intents: 1, properties: {} } });
  await gw.next(0, 'GUILD_CREATE');
  return gw;
}

const rest = (method: string, path: string, body?: unknown, auth = true) =>
  fetch(`${api.apiBase}/v10${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bot ${api.token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  }).then(async (res) => ({ status: res.status, body: res.status === 204 ? null : ((await res.json()) as any) }));

describe('gateway', () => {
  test('HELLO, IDENTIFY → READY and GUILD_CREATE, heartbeat → ACK', async () => {
    const gw = open();
    expect((await gw.next(10)).d.heartbeat_interval).toBeGreaterThan(0);
    gw.send({ op: 2, d: { token: api.token, intents: 1, properties: {} } });
    const ready = await gw.next(0, 'READY');
    expect(ready.d).toMatchObject({ v: 10, user: { id: api.applicationId, bot: true }, guilds: [{ id: api.guildId, unavailable: true }], application: { id: api.applicationId } });
    expect((await gw.next(0, 'GUILD_CREATE')).d).toMatchObject({ id: api.guildId, channels: [{ id: api.channelId }] });
    gw.send({ op: 1, d: 2 });
    await gw.next(11);
  });

  test('a wrong token is refused with 4004', async () => {
    const gw = open();
    await gw.next(10);
    gw.send({ op: 2, d: { token: 'wrong', intents: 1, properties: {} } });
    expect(await gw.closed).toBe(4004);
  });

  test('compression is refused: the gateway speaks plain JSON only', async () => {
    expect(await open('v=10&encoding=json&compress=zlib-stream').closed).toBe(4002);
  });
});

describe('REST', () => {
  test('GET /gateway/bot hands out the local gateway, to the bot only', async () => {
    expect((await rest('GET', '/gateway/bot', undefined, false)).status).toBe(401);
    expect((await rest('GET', '/gateway/bot')).body).toMatchObject({ url: api.gatewayUrl, shards: 1, session_start_limit: { max_concurrency: 1 } });
  });

  test('command registration validates like Discord', async () => {
    const bad = await rest('PUT', `/applications/${api.applicationId}/guilds/${api.guildId}/commands`, [{ name: 'Ask', description: '' }]);
    expect(bad.status).toBe(400);
    expect(bad.body.errors['0'].name._errors[0].code).toBe('APPLICATION_COMMAND_INVALID_NAME');
    const good = await rest('PUT', `/applications/${api.applicationId}/commands`, [{ name: 'ask', description: 'Ask', name_localizations: { id: 'tanya' } }]);
    expect(good.status).toBe(200);
    expect(api.commands.get('global')?.[0]).toMatchObject({ name: 'ask', application_id: api.applicationId });
  });
});

describe('interactions', () => {
  const embed = (over: Record<string, unknown>) => ({ type: 4, data: { embeds: [{ title: 't', ...over }] } });

  test.each([
    ['content over 2,000', { type: 4, data: { content: 'x'.repeat(2001) } }, ['data', 'content'], 'BASE_TYPE_MAX_LENGTH'],
    ['a description over 4,096', embed({ description: 'x'.repeat(4097) }), ['data', 'embeds', '0', 'description'], 'BASE_TYPE_MAX_LENGTH'],
    ['26 fields', embed({ fields: Array.from({ length: 26 }, () => ({ name: 'n', value: 'v' })) }), ['data', 'embeds', '0', 'fields'], 'BASE_TYPE_MAX_LENGTH'],
    ['a field value over 1,024', embed({ fields: [{ name: 'n', value: 'v'.repeat(1025) }] }), ['data', 'embeds', '0', 'fields', '0', 'value'], 'BASE_TYPE_MAX_LENGTH'],
    ['embeds over 6,000 in total', embed({ description: 'x'.repeat(4000), footer: { text: 'y'.repeat(2001) } }), ['data', 'embeds'], 'MAX_EMBED_SIZE_EXCEEDED'],
    ['a custom_id over 100', { type: 4, data: { content: 'a', components: [{ type: 1, components: [{ type: 2, style: 1, label: 'b', custom_id: 'c'.repeat(101) }] }] } }, ['data', 'components', '0', 'components', '0', 'custom_id'], 'BASE_TYPE_MAX_LENGTH'],
    ['a repeated custom_id', { type: 4, data: { content: 'a', components: [{ type: 1, components: [{ type: 2, style: 1, label: 'b', custom_id: 'c' }, { type: 2, style: 1, label: 'd', custom_id: 'c' }] }] } }, ['data', 'components', '0', 'components', '1', 'custom_id'], 'COMPONENT_CUSTOM_ID_DUPLICATED'],
  ])('%s: HTTP 400 with Discord’s error body', async (_, body, path, code) => {
    await identified();
    const id = api.sendCommand({ name: 'ask' });
    const { token } = api.interaction(id);
    const res = await rest('POST', `/interactions/${id}/${token}/callback`, body, false);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 50035, message: 'Invalid Form Body' });
    const node = path.reduce((n: any, key) => n?.[key], res.body.errors);
    expect(node?._errors?.[0]?.code).toBe(code);
    expect(api.interaction(id).rejected).toHaveLength(1);
    expect(api.interaction(id).callbackType).toBeNull();
  });

  test('an empty message is refused', async () => {
    await identified();
    const id = api.sendCommand({ name: 'ask' });
    const res = await rest('POST', `/interactions/${id}/${api.interaction(id).token}/callback`, { type: 4, data: { content: '' } }, false);
    expect(res.body).toMatchObject({ code: 50006 });
  });

  test('reply, then edit @original (URL-encoded), then follow up; a second callback is refused', async () => {
    await identified();
    const id = api.sendCommand({ name: 'ask', locale: 'id' });
    const { token } = api.interaction(id);
    expect((await rest('POST', `/interactions/${id}/${token}/callback?with_response=false`, { type: 5 }, false)).status).toBe(204);
    expect((await rest('POST', `/interactions/${id}/${token}/callback`, { type: 4, data: { content: 'again' } }, false)).body.code).toBe(40060);
    const edited = await rest('PATCH', `/webhooks/${api.applicationId}/${token}/messages/%40original`, { content: 'edited' }, false);
    expect(edited).toMatchObject({ status: 200, body: { content: 'edited', channel_id: api.channelId } });
    expect((await rest('PATCH', `/webhooks/${api.applicationId}/${token}/messages/@original`, { content: 'x'.repeat(2001) }, false)).status).toBe(400);
    await rest('POST', `/webhooks/${api.applicationId}/${token}?wait=true`, { content: 'more', flags: 64 }, false);
    const reply = await api.waitForReply(id);
    expect(reply).toMatchObject({ outcome: 'message', deferred: true, ephemeral: false, message: { content: 'edited' }, followUps: [{ content: 'more', flags: 64 }] });
  });

  test('with_response=true answers with the callback resource', async () => {
    await identified();
    const id = api.sendCommand({ name: 'ask' });
    const res = await rest('POST', `/interactions/${id}/${api.interaction(id).token}/callback?with_response=true`, { type: 4, data: { content: 'hi' } }, false);
    expect(res).toMatchObject({ status: 200, body: { interaction: { id }, resource: { type: 4, message: { content: 'hi' } } } });
  });

  test('autocomplete: at most 25 choices', async () => {
    await identified();
    const id = api.autocomplete({ name: 'topics', option: 'filter', value: 'ke' });
    const choices = Array.from({ length: 26 }, (_, i) => ({ name: `t${i}`, value: `t${i}` }));
    const res = await rest('POST', `/interactions/${id}/${api.interaction(id).token}/callback`, { type: 8, data: { choices } }, false);
    expect(res.body.errors.data.choices._errors[0].code).toBe('BASE_TYPE_MAX_LENGTH');
  });

  test('no callback within the deadline: "The application did not respond", and a late one is unknown', async () => {
    await identified();
    const id = api.sendCommand({ name: 'ask' });
    const reply = await api.waitForReply(id);
    expect(reply).toMatchObject({ outcome: 'failed', message: null });
    expect(reply.record.failure).toBe('The application did not respond');
    const late = await rest('POST', `/interactions/${id}/${api.interaction(id).token}/callback`, { type: 4, data: { content: 'late' } }, false);
    expect(late).toMatchObject({ status: 404, body: { code: 10062 } });
  });
});

describe('subcommands, attachments and modals', () => {
  const register = () => rest('PUT', `/applications/${api.applicationId}/guilds/${api.guildId}/commands`, [{
    name: 'source', description: 'Sources', default_member_permissions: '32', contexts: [0],
    options: [{ name: 'add', description: 'Add', type: 1, options: [{ name: 'file', description: 'A file', type: 11 }, { name: 'title', description: 'A title', type: 3 }] }],
  }]);

  test('a subcommand option is checked like a top-level one', async () => {
    const bad = await rest('PUT', `/applications/${api.applicationId}/commands`, [{ name: 'source', description: 'S', options: [{ name: 'add', description: 'A', type: 1, options: [{ name: 'Bad Name', description: 'x', type: 3 }] }] }]);
    expect(bad.body.errors['0'].options['0'].options['0'].name._errors[0].code).toBe('APPLICATION_COMMAND_INVALID_NAME');
  });

  test('an attachment is resolved in the interaction and served at its URL', async () => {
    expect((await register()).status).toBe(200);
    await identified();
    const id = api.sendCommand({ name: 'source', subcommand: 'add', options: { title: 'T' }, attachments: { file: { filename: 'a b.txt', bytes: 'hello' } } });
    const [attachment] = [...api.attachments.keys()];
    const served = await fetch(`${api.apiBase.replace(/\/api$/, '')}/attachments/${attachment}/a%20b.txt`);
    expect(served.status).toBe(200);
    expect(await served.text()).toBe('hello');
    expect(api.interaction(id).kind).toBe('command');
  });

  test('a modal must fit Discord\'s limits, and is then submitted with its own inputs only', async () => {
    await register();
    await identified();
    const id = api.sendCommand({ name: 'source', subcommand: 'add' });
    const { token } = api.interaction(id);
    const tooLong = { type: 9, data: { custom_id: 'm', title: 't'.repeat(46), components: [{ type: 1, components: [{ type: 4, custom_id: 'text', label: 'Text', style: 2 }] }] } };
    expect((await rest('POST', `/interactions/${id}/${token}/callback`, tooLong, false)).body.errors.data.title._errors[0].code).toBe('BASE_TYPE_MAX_LENGTH');
    const modal = { type: 9, data: { custom_id: 'm', title: 'Add', components: [{ type: 1, components: [{ type: 4, custom_id: 'text', label: 'Text', style: 2, required: true }] }] } };
    expect((await rest('POST', `/interactions/${id}/${token}/callback`, modal, false)).status).toBe(204);
    expect((await api.waitForReply(id)).outcome).toBe('modal');
    expect(() => api.submitModal({ opener: id, fields: {} })).toThrow('the modal\'s input "text" is required');
    expect(() => api.submitModal({ opener: id, fields: { text: 'x', other: 'y' } })).toThrow('the modal has no input "other"');
    const submitted = api.submitModal({ opener: id, fields: { text: 'pasted' } });
    const again = { type: 9, data: modal.data };
    const res = await rest('POST', `/interactions/${submitted}/${api.interaction(submitted).token}/callback`, again, false);
    expect(res.body.errors.type._errors[0].code).toBe('INTERACTION_RESPONSE_TYPE_INVALID');
  });
});
