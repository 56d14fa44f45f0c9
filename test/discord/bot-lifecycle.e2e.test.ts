/**
 * The bot under pressure, through the real client and the loopback Discord API: the cooldown, the
 * error boundary, answers that miss the 3-second window, bad settings at start-up, and shutdown
 * with an interaction in flight.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { commands } from '../../commands/index.js';
import { ConfigError } from '../../src/errors.js';
import { startBot } from '../../src/discord/bot.js';
import type { BotCommand } from '../../src/discord/dispatch.js';
import { captureLogs, startHarness, testConfig, waitForLog, type Harness } from '../support/bot-harness.js';
import { startDiscordApi } from '../support/discord-api/index.js';

const realAsk = commands.find((c) => c.name === 'ask')!;

/** /ask with test hooks: "boom" throws a bug, "slow …" answers late, "late boom" throws after deferring, "hold" waits for the test. */
function testAsk(hold: { started?: () => void; release?: Promise<void> } = {}): BotCommand {
  return {
    name: 'ask',
    definition: realAsk.definition,
    async run(ctx, options) {
      const q = options.question ?? '';
      if (q === 'boom') throw new Error('engine exploded while reading /srv/secret/index');
      if (q.startsWith('slow')) await sleep(400);
      if (q === 'late boom') {
        await sleep(400);
        throw new Error('engine exploded late');
      }
      if (q === 'hold') {
        hold.started?.();
        await hold.release;
      }
      return realAsk.run(ctx, options);
    },
  };
}

let nextUser = 300000000000000000n;
const freshUser = () => String(nextUser++);

describe('with a running bot', () => {
  let h: Harness;
  beforeAll(async () => {
    const others = commands.filter((c) => c.name !== 'ask');
    h = await startHarness({ cooldown: { uses: 2, windowSeconds: 60 }, commands: [testAsk(), ...others], deferAfterMs: 150 });
  });
  afterAll(() => h.close());
  const ask = (question: string, userId = freshUser(), locale = 'id') => h.api.waitForReply(h.api.sendCommand({ name: 'ask', options: { question }, userId, locale }));

  test('the cooldown: a few questions per window, then a private "try again in N s"', async () => {
    const user = freshUser();
    expect((await ask('Siapa yang hadir?', user)).ephemeral).toBe(false);
    expect((await ask('Kapan pertemuan itu?', user)).ephemeral).toBe(false);
    const third = await ask('Apa yang dibahas?', user);
    expect(third.ephemeral).toBe(true);
    expect(third.message?.content).toMatch(/^Anda bertanya terlalu cepat: coba lagi dalam (\d+) detik\.$/);
    expect(Number(/(\d+) detik/.exec(third.message!.content)![1])).toBeGreaterThan(55);
    // Someone else is not held back, and /help never counts.
    expect((await ask('Apa yang dibahas?')).ephemeral).toBe(false);
    expect((await h.api.waitForReply(h.api.sendCommand({ name: 'help', userId: user }))).ephemeral).toBe(false);
  });

  test('a bug: a short private apology, the stack in the log, nothing leaked', async () => {
    const reply = await ask('boom', freshUser(), 'en-US');
    expect(reply.ephemeral).toBe(true);
    expect(reply.message?.content).toBe('Sorry, something went wrong while answering. It has been logged; please try again.');
    expect(JSON.stringify(reply.message)).not.toMatch(/exploded|secret|at .*\.ts/);
    const logged = await waitForLog(h.logs, (l) => l.level === 50 && JSON.stringify(l).includes('engine exploded while reading'));
    expect((logged.err as { stack?: string }).stack).toMatch(/\n\s+at /);
  });

  test('an answer that misses the window is deferred, then edited in', async () => {
    const reply = await ask('slow: Siapa yang mendampingi Putin?');
    expect(reply.deferred).toBe(true);
    expect(reply.ephemeral).toBe(false);
    expect(reply.message?.embeds[0]?.title).toBe('slow: Siapa yang mendampingi Putin?');
    expect(reply.record.callbackType).toBe(5);
    await waitForLog(h.logs, (l) => l.msg === 'interaction' && l.outcome === 'deferred');
  });

  test('a bug after deferring: the public "thinking…" is removed and the apology is private', async () => {
    const id = h.api.sendCommand({ name: 'ask', options: { question: 'late boom' }, userId: freshUser(), locale: 'id' });
    const reply = await h.api.waitForReply(id);
    expect(reply.record.originalDeleted).toBe(true);
    expect(reply.ephemeral).toBe(true);
    expect(reply.message?.content).toMatch(/^Maaf, terjadi kesalahan/);
  });
});

describe('start-up', () => {
  test('without a token: refused, naming the setting', async () => {
    const api = await startDiscordApi();
    const { log } = captureLogs();
    await expect(startBot({ config: testConfig(api, { discordToken: null }), app: {} as never, log })).rejects.toMatchObject({ key: 'DISCORD_TOKEN' });
    await api.close();
  });

  test('with a token Discord refuses: a ConfigError naming DISCORD_TOKEN, the token never shown or logged', async () => {
    const api = await startDiscordApi();
    const { log, logs } = captureLogs();
    const error = await startBot({ config: testConfig(api, { discordToken: 'not-the-token' }), app: {} as never, log }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).key).toBe('DISCORD_TOKEN');
    expect((error as Error).message).not.toContain('not-the-token');
    expect(JSON.stringify(logs)).not.toContain('not-the-token');
    await api.close();
  });
});

describe('shutdown', () => {
  test('stop() finishes the interaction in flight, turns new ones away politely, then disconnects', async () => {
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    let release!: () => void;
    const hold = { started, release: new Promise<void>((resolve) => (release = resolve)) };
    const h = await startHarness({ commands: [testAsk(hold)], deferAfterMs: 5000 });
    try {
      const inFlight = h.api.sendCommand({ name: 'ask', options: { question: 'hold' }, userId: freshUser() });
      await running;
      const stopped = h.bot.stop();
      await sleep(50);
      expect(h.api.connectedSessions).toBe(1);
      const late = await h.api.waitForReply(h.api.sendCommand({ name: 'ask', options: { question: 'Siapa?' }, locale: 'en-US' }));
      expect(late.ephemeral).toBe(true);
      expect(late.message?.content).toBe('The bot is restarting; please try again in a moment.');
      release();
      await stopped;
      const reply = h.api.interaction(inFlight);
      expect(reply.callbackType).toBe(4);
      expect(reply.original?.embeds[0]?.title).toBe('hold');
      expect(h.api.connectedSessions).toBe(0);
    } finally {
      await h.close();
    }
  });
});
