/**
 * `npm start` through the real entry point: with DISCORD_TOKEN it runs the bot (here on the
 * loopback Discord API) until SIGTERM/SIGINT, then stops gracefully; without it the console, and
 * Discord is never contacted. (The console side is tested with the CLI.)
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { main } from '../../src/cli.js';
import { captureLogs, testConfig, waitForLog } from '../support/bot-harness.js';
import { startDiscordApi, type DiscordApi } from '../support/discord-api/index.js';

let api: DiscordApi;
let data: string;
beforeEach(async () => {
  api = await startDiscordApi();
  data = await mkdtemp(join(tmpdir(), 'bot-start-'));
});
afterEach(async () => {
  await api.close();
  await rm(data, { recursive: true, force: true });
});

const io = (config: ReturnType<typeof testConfig>) => {
  const { log, logs } = captureLogs();
  let stderr = '';
  const err = new PassThrough();
  err.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return { io: { stdin: Readable.from(['/help\n']), stdout: new PassThrough(), stderr: err, config, log }, logs, stderr: () => stderr };
};

test('with a token: the bot answers until SIGTERM, then stops gracefully', async () => {
  const run = io(testConfig(api));
  const identified = api.nextIdentify();
  const exit = main(['--data', data, 'start'], run.io);
  await identified;
  const reply = await api.waitForReply(api.sendCommand({ name: 'help', locale: 'id' }));
  expect(reply.message?.embeds[0]?.description).toContain('/tanya');
  await waitForLog(run.logs, (l) => l.msg === 'interaction');
  process.emit('SIGTERM');
  expect(await exit).toBe(0);
  process.emit('SIGINT'); // the entry point listens for both, once; this clears the other listener
  expect(api.connectedSessions).toBe(0);
  expect(run.logs.map((l) => l.msg)).toEqual(expect.arrayContaining(['Bot ready', 'Stopping: finishing interactions in flight', 'Bot stopped']));
});

test('without a token: the console, and no request to Discord at all', async () => {
  const run = io(testConfig(api, { discordToken: null }));
  expect(await main(['--data', data, 'start'], run.io)).toBe(0);
  expect(run.stderr()).toContain('No DISCORD_TOKEN set: starting the console');
  expect(api.identifies).toEqual([]);
  expect(api.requests).toEqual([]);
});
