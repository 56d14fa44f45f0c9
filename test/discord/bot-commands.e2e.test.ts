/**
 * Each slash command as a user sees it, through a real discord.js client logged into the loopback
 * Discord API: what the emulator received is what Discord would show.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { help } from '../../commands/help.js';
import { renderAnswer } from '../../src/discord/render.js';
import { unescapeMarkdown } from '../../src/discord/markdown.js';
import { ENGLISH_SOURCE, startHarness, waitForLog, type Harness } from '../support/bot-harness.js';
import { SEED_PATH } from '../support/seed.js';

let h: Harness;
let putsBeforeStart: number;
beforeAll(async () => {
  h = await startHarness({ sources: { 'anchorage-en.md': ENGLISH_SOURCE } });
  putsBeforeStart = h.api.requests.filter((r) => r.method === 'PUT').length;
});
afterAll(() => h.close());

const squash = (text: string) => text.replace(/\s+/g, ' ');
const CORPUS = squash(readFileSync(SEED_PATH, 'utf8') + ENGLISH_SOURCE);
const scope = () => ({ guildId: h.api.guildId });
let nextUser = 200000000000000000n;
const freshUser = () => String(nextUser++);

/** The excerpts quoted in an embed description, as the reader sees them (escapes removed). */
const quotedExcerpts = (description: string) =>
  description.split('\n').filter((line) => line.startsWith('> ')).map((line) => unescapeMarkdown(line.slice(2)).replace(/…$/, ''));

async function run(name: string, options: Record<string, string>, locale: string) {
  const id = h.api.sendCommand({ name, options, locale, userId: freshUser() });
  return h.api.waitForReply(id);
}

describe.each([
  ['id', 'Siapa yang mendampingi Putin di Alaska?', 'paragraf'],
  ['en-US', 'Who accompanied Putin in Alaska?', 'passage'],
])('in locale %s', (locale, question, passageWord) => {
  const lang = locale === 'id' ? 'id' : 'en';

  test('/ask answers publicly: the short answer first, numbered citations with title and passage, verbatim excerpts', async () => {
    const reply = await run('ask', { question }, locale);
    expect(reply.outcome).toBe('message');
    expect(reply.ephemeral).toBe(false);
    const expected = h.app.ask(question, scope());
    expect(expected.citations.length).toBeGreaterThan(0);
    expect(reply.message?.embeds).toEqual(renderAnswer(expected, lang)!.embeds);
    const embed = reply.message!.embeds[0]!;
    expect(embed.title).toBe(question);
    if (expected.answer) expect(embed.description.startsWith(`**${expected.answer}**`)).toBe(true);
    const first = expected.citations[0]!;
    expect(embed.description).toMatch(new RegExp(`\\*\\*\\[1\\]\\*\\* .*${passageWord} ${first.passage}`));
    expect(unescapeMarkdown(embed.description)).toContain(first.title);
    for (const excerpt of quotedExcerpts(embed.description)) expect(CORPUS).toContain(squash(excerpt));
    expect(h.api.buttons(reply.message!)[0]?.label).toBe(locale === 'id' ? 'Kutipan [1]' : 'Passage [1]');
  });

  test('/who lists the people with their roles, each cited', async () => {
    const reply = await run('who', {}, locale);
    const expected = h.app.who(null, scope());
    expect(expected.people.length).toBeGreaterThan(0);
    const embed = reply.message!.embeds[0]!;
    expect(embed.title).toBe(locale === 'id' ? 'Siapa yang terlibat' : 'Who took part');
    expect(embed.description.startsWith(`**${expected.people[0]!.name}**`)).toBe(true);
    expect(embed.description).toContain(`**[1] ${expected.people[0]!.name}`);
    for (const excerpt of quotedExcerpts(embed.description)) expect(CORPUS).toContain(squash(excerpt));
  });

  test('/when answers with the time expressions the sources give, or says they give none', async () => {
    const reply = await run('when', {}, locale);
    const expected = h.app.when(null, scope());
    expect(reply.message?.embeds).toEqual(renderAnswer(expected, lang)!.embeds);
    expect(reply.message!.embeds[0]!.title).toBe(locale === 'id' ? 'Kapan' : 'When');
  });

  test('/topics lists the topics, and with a filter the passages about one', async () => {
    const all = await run('topics', {}, locale);
    const expected = h.app.topics(null, scope());
    expect(expected.topics.length).toBeGreaterThan(0);
    expect(all.message!.embeds[0]!.description).toContain(expected.topics[0]!.label);
    const label = expected.topics[0]!.label;
    const filtered = await run('topics', { filter: label }, locale);
    expect(filtered.message!.embeds[0]!.title).toBe(label);
    expect(filtered.message?.embeds).toEqual(renderAnswer(h.app.topics(label, scope()), lang)!.embeds);
  });

  test('/help describes the commands in the reader’s language', async () => {
    const reply = await run('help', {}, locale);
    const words = help.text[lang];
    expect(reply.message!.embeds[0]!.description).toContain(`/${words.name}`);
    expect(reply.message!.embeds[0]!.description).toContain(locale === 'id' ? '/tanya' : '/ask');
  });
});

test('an English source is cited with its title as a link and its date', async () => {
  const reply = await run('ask', { question: 'How long did the talks in Anchorage last?' }, 'en-GB');
  expect(reply.message!.embeds[0]!.description).toContain('[Trump and Putin meet in Anchorage](https://example.com/news/anchorage-summit), passage');
  expect(reply.message!.embeds[0]!.description).toContain('· 2025-08-16');
});

test('a blank question is the user’s mistake: a private explanation, in their language', async () => {
  const reply = await run('ask', { question: '   ' }, 'id');
  expect(reply.ephemeral).toBe(true);
  expect(reply.message?.content).toMatch(/^Tulis pertanyaan/);
  expect(reply.message?.embeds).toEqual([]);
});

test('autocomplete offers the known topics matching what is typed, at most 25', async () => {
  const label = h.app.topics(null, scope()).topics[0]!.label;
  const typed = label.slice(0, 4);
  const id = h.api.autocomplete({ name: 'topics', option: 'filter', value: typed, locale: 'id' });
  const reply = await h.api.waitForReply(id);
  expect(reply.outcome).toBe('choices');
  const known = h.app.knownTopics(typed, scope()).slice(0, 25);
  expect(reply.choices).toEqual(known.map((t) => ({ name: t.slice(0, 100), value: t.slice(0, 100) })));
  expect(reply.choices!.length).toBeGreaterThan(0);
  expect(reply.choices!.length).toBeLessThanOrEqual(25);
});

test('the bot connects with the Guilds intent only, over plain JSON, and never registers commands itself', () => {
  expect(h.api.identifies.at(-1)).toMatchObject({ intents: 1, compress: false, query: 'v=10&encoding=json' });
  expect(h.api.requests.filter((r) => r.method === 'PUT').length).toBe(putsBeforeStart);
});

test('every message sent suppressed mentions, and one info line per interaction carries no user text', async () => {
  await run('ask', { question: 'Apa yang dibahas tentang @everyone dan keamanan siber?' }, 'id');
  expect(h.api.payloads.length).toBeGreaterThan(0);
  for (const payload of h.api.payloads) expect(payload.allowed_mentions).toEqual({ parse: [] });
  const infoLines = () => h.logs.filter((l) => l.msg === 'interaction' && l.level === 30);
  const interactions = [...h.api.interactions.records.values()].filter((r) => r.kind !== 'autocomplete').length;
  await waitForLog(h.logs, () => infoLines().length === interactions);
  const lines = infoLines();
  expect(lines.length).toBe(interactions);
  for (const line of lines) {
    expect(Object.keys(line).sort()).toEqual(['command', 'guild', 'interaction', 'latencyMs', 'level', 'msg', 'outcome', 'time']);
    expect(line.guild).toBe(h.api.guildId);
  }
  const infoText = JSON.stringify(h.logs.filter((l) => l.level >= 30));
  expect(infoText).not.toContain('keamanan siber?');
  expect(infoText).not.toContain('Putin di Alaska?');
  expect(infoText).not.toContain(h.api.token);
});
