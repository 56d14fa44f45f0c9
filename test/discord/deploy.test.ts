import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { deployable } from '../../commands/index.js';
import { deployCommands, inviteUrl } from '../../src/discord/deploy.js';
import { ConfigError } from '../../src/errors.js';
import { captureLogs, testConfig } from '../support/bot-harness.js';
import { startDiscordApi, type DiscordApi } from '../support/discord-api/index.js';

test('the invite link asks for the bot and its commands, with no permissions', () => {
  expect(inviteUrl('1234567890123456789')).toBe(
    'https://discord.com/oauth2/authorize?client_id=1234567890123456789&scope=bot%20applications.commands&permissions=0',
  );
});

describe('deployCommands', () => {
  let api: DiscordApi;
  beforeAll(async () => {
    api = await startDiscordApi();
  });
  afterAll(() => api.close());
  const { log } = captureLogs();

  test('with DISCORD_GUILD_ID: to that server only, every command, localized', async () => {
    expect(await deployCommands(testConfig(api), log)).toEqual({ scope: 'guild', count: deployable.length });
    const stored = api.commands.get(api.guildId)!;
    expect(stored.map((c) => c.name)).toEqual(['ask', 'who', 'when', 'topics', 'help', 'source']);
    expect(stored.map((c) => c.name_localizations?.id)).toEqual(['tanya', 'siapa', 'kapan', 'topik', 'bantuan', 'sumber']);
    expect(stored.find((c) => c.name === 'source')).toMatchObject({ default_member_permissions: '32', dm_permission: false, contexts: [0] });
    expect(stored.find((c) => c.name === 'topics')?.options?.[0]).toMatchObject({ name: 'filter', autocomplete: true, required: false });
    expect(stored.find((c) => c.name === 'ask')?.options?.[0]).toMatchObject({ name: 'question', required: true });
    expect(api.commands.has('global')).toBe(false);
  });

  test('without it: globally', async () => {
    expect(await deployCommands(testConfig(api, { guildId: null }), log)).toEqual({ scope: 'global', count: deployable.length });
    expect(api.commands.get('global')).toHaveLength(deployable.length);
  });

  test.each([
    ['a missing token', { discordToken: null }, 'DISCORD_TOKEN'],
    ['a token Discord refuses', { discordToken: 'wrong' }, 'DISCORD_TOKEN'],
    ['a missing application id', { applicationId: null }, 'DISCORD_APPLICATION_ID'],
    ['an application that is not this one', { applicationId: '1000000000000000001' }, 'DISCORD_APPLICATION_ID'],
    ['a server the bot is not in', { guildId: '1000000000000000002' }, 'DISCORD_GUILD_ID'],
  ])('%s: a ConfigError naming %s', async (_, over, key) => {
    const error = await deployCommands(testConfig(api, over), log).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).key).toBe(key);
  });
});
