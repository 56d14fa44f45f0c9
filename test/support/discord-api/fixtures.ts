/**
 * The objects the loopback Discord API hands out: snowflakes, the bot user, the guild with its one
 * text channel, members. Shaped like Discord's payloads closely enough for discord.js to build its
 * structures from them (it reads e.g. `entitlements` and `member.user` unconditionally).
 */
const DISCORD_EPOCH = 1_420_070_400_000n;
let increment = 0n;

/** A Discord id that encodes the current time, as real ones do (discord.js derives createdAt from it). */
export function snowflake(at = Date.now()): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(at) - DISCORD_EPOCH) << 22n) | (1n << 17n) | increment).toString();
}

export interface UserFixture {
  id: string;
  username: string;
  global_name: string | null;
  discriminator: string;
  avatar: null;
  bot?: boolean;
}

export function user(id: string, username: string, bot = false): UserFixture {
  return { id, username, global_name: bot ? null : username, discriminator: '0', avatar: null, ...(bot ? { bot: true } : {}) };
}

/** A member as interactions carry it; `permissions` are their computed permissions in the channel. */
export function member(u: UserFixture, joinedAt: string, over: { permissions?: string; roles?: string[] } = {}): Record<string, unknown> {
  return {
    user: u,
    roles: over.roles ?? [],
    nick: null,
    avatar: null,
    joined_at: joinedAt,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
    // Everyday rights (read, send, embed, …) without Manage Server or Administrator.
    permissions: over.permissions ?? '2248473465835073',
  };
}

export function textChannel(id: string, guildId: string): Record<string, unknown> {
  return { id, type: 0, guild_id: guildId, name: 'general', position: 0, permission_overwrites: [], nsfw: false, topic: null, parent_id: null };
}

export function guildCreate(guildId: string, channelId: string, ownerId: string, bot: UserFixture): Record<string, unknown> {
  const joinedAt = new Date().toISOString();
  return {
    id: guildId,
    name: 'Summit readers',
    icon: null,
    owner_id: ownerId,
    preferred_locale: 'id',
    features: [],
    roles: [{ id: guildId, name: '@everyone', permissions: '0', position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
    channels: [textChannel(channelId, guildId)],
    members: [member(bot, joinedAt)],
    emojis: [],
    stickers: [],
    threads: [],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    member_count: 2,
    large: false,
    unavailable: false,
    joined_at: joinedAt,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    nsfw_level: 0,
    premium_tier: 0,
    system_channel_flags: 0,
  };
}
