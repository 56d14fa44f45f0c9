/**
 * Buttons as a user clicks them: paging with "More passages", the whole passage with "Show
 * passage", buttons that still work after the bot restarts, expired ones, and replies at the size
 * limits, all through the real client and the loopback Discord API's validation.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { itemsOf, paginate } from '../../src/discord/render.js';
import { renderPassage } from '../../src/discord/passage-view.js';
import { unescapeMarkdown } from '../../src/discord/markdown.js';
import type { StoredMessage } from '../support/discord-api/index.js';
import { ENGLISH_SOURCE, startHarness, type Harness } from '../support/bot-harness.js';

/** A source at the limits: a long title full of Markdown, a long URL, a paragraph of ~9,000 characters. */
const LONG_TITLE = `Laporan *panjang* tentang [Elmendorf] ${'dan _Anchorage_ '.repeat(11)}`.slice(0, 190).trim();
const LONG_URL = `https://example.com/${'berita-'.repeat(24)}elmendorf`;
const LONG_PARAGRAPH = `Pangkalan Elmendorf di Anchorage menjadi tempat pertemuan, ${Array.from({ length: 200 }, (_, i) => `dengan rombongan ke-${i + 1} yang tiba dari **Moskow** dan Washington`).join(', ')}.`;
const LONG_SOURCE = `---\ntitle: "${LONG_TITLE}"\nurl: ${LONG_URL}\npublished: 2025-08-16\nlang: id\n---\n${LONG_PARAGRAPH}\n\nParagraf kedua yang pendek tentang Elmendorf.\n`;

/** Too long to fit in a button id with its passage number: its buttons refer to citations by position. */
const LONG_ID = `elmendorf-${'laporan-panjang-'.repeat(6)}2025`;

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ sources: { 'anchorage-en.md': ENGLISH_SOURCE, [`${LONG_ID}.md`]: LONG_SOURCE } });
});
afterAll(() => h.close());

const scope = () => ({ guildId: h.api.guildId });
const button = (message: StoredMessage, label: string) => {
  const found = h.api.buttons(message).find((b) => b.label === label);
  if (!found) throw new Error(`no "${label}" button; there are ${h.api.buttons(message).map((b) => b.label).join(', ')}`);
  return found.customId;
};
const click = async (message: StoredMessage, label: string, locale = 'id') =>
  h.api.waitForReply(h.api.clickButton({ message, customId: button(message, label), locale }));
const numbers = (message: StoredMessage) => [...message.embeds[0]!.description.matchAll(/\*\*\[(\d+)\]/g)].map((m) => Number(m[1]));

describe('"More passages"', () => {
  test('pages through further citations in place, and back', async () => {
    const pages = paginate(itemsOf(h.app.topics(null, scope())));
    expect(pages.length).toBeGreaterThan(1);
    const first = await h.api.waitForReply(h.api.sendCommand({ name: 'topics', locale: 'id' }));
    const message = first.message!;
    expect(numbers(message)).toEqual(pages[0]!.map((_, i) => i + 1));
    expect(message.embeds[0]!.footer.text).toBe(`Halaman 1 dari ${pages.length}`);

    const next = await click(message, 'Kutipan lainnya');
    expect(next.outcome).toBe('update');
    expect(next.message?.id).toBe(message.id);
    expect(numbers(message)[0]).toBe(pages[0]!.length + 1);
    expect(message.embeds[0]!.footer.text).toBe(`Halaman 2 dari ${pages.length}`);

    // Another reader, with Discord in English, pages back: the same citations, now in their language.
    await click(message, 'Sebelumnya', 'en-US');
    expect(numbers(message)).toEqual(pages[0]!.map((_, i) => i + 1));
    expect(message.embeds[0]!.footer.text).toBe(`Page 1 of ${pages.length}`);
  });
});

describe('"Show passage"', () => {
  test('shows the whole cited paragraph, privately', async () => {
    const reply = await h.api.waitForReply(h.api.sendCommand({ name: 'ask', options: { question: 'Siapa yang mendampingi Putin?' }, locale: 'id' }));
    const cited = h.app.ask('Siapa yang mendampingi Putin?', scope()).citations[0]!;
    const shown = await click(reply.message!, 'Kutipan [1]');
    expect(shown.ephemeral).toBe(true);
    const full = h.app.passage(cited.source, cited.passage, scope())!;
    expect(shown.message!.embeds[0]!.title).toBe(`${cited.title} — paragraf ${cited.passage}`);
    expect(unescapeMarkdown(shown.message!.embeds[0]!.description)).toBe(full.passage.text.trim());
  });
});

describe('after a restart', () => {
  test('buttons on an old message still work', async () => {
    const reply = await h.api.waitForReply(h.api.sendCommand({ name: 'when', locale: 'en-US' }));
    await h.bot.stop();
    expect(h.api.connectedSessions).toBe(0);
    await h.restart();
    const next = await click(reply.message!, 'More passages', 'en-US');
    expect(next.outcome).toBe('update');
    expect(reply.message!.embeds[0]!.footer.text).toMatch(/^Page 2 of \d+$/);
    const shown = await click(reply.message!, h.api.buttons(reply.message!)[0]!.label, 'en-US');
    expect(shown.ephemeral).toBe(true);
  });
});

describe('expired or unknown buttons', () => {
  const withButton = (message: StoredMessage, customId: string): StoredMessage => ({
    ...message,
    components: [{ type: 1, components: [{ type: 2, style: 2, label: 'Old', custom_id: customId }] }],
  });

  test.each([
    ['a button from an older format', 'p0:topics:2:', /^Tombol ini sudah kedaluwarsa/],
    ['a page the answer no longer has', 'p1:topics:99:', /^Tombol ini sudah kedaluwarsa/],
    ['a passage that is gone', 's1:999:alaska-summit-2025', /^Bagian itu sudah tidak ada/],
    ['a question that cannot be read back', 'p1:ask:2:#notarealhash', /^Tombol ini sudah kedaluwarsa/],
  ])('%s: a clear private message', async (_, customId, expected) => {
    const reply = await h.api.waitForReply(h.api.sendCommand({ name: 'help', locale: 'id' }));
    const old = withButton(reply.message!, customId);
    const answer = await h.api.waitForReply(h.api.clickButton({ message: old, customId, locale: 'id' }));
    expect(answer.ephemeral).toBe(true);
    expect(answer.message?.content).toMatch(expected);
  });
});

describe('replies at the size limits', () => {
  test('a long question and a source with a very long title, URL and paragraph: accepted, cut visibly', async () => {
    const question = `Elmendorf ${'rombongan Moskow Washington '.repeat(40)}`.slice(0, 1000).trim();
    expect(h.app.ask(question, scope()).citations.map((c) => c.source)).toContain(LONG_ID);
    const reply = await h.api.waitForReply(h.api.sendCommand({ name: 'ask', options: { question }, locale: 'id' }));
    expect(reply.record.rejected).toEqual([]);
    const embed = reply.message!.embeds[0]!;
    expect(embed.title.length).toBeLessThanOrEqual(256);
    expect(embed.title.endsWith('…')).toBe(true);
    expect(embed.description).toContain(`(${LONG_URL})`);
  });

  test('"Show passage" on a paragraph longer than an embed splits it across private messages', async () => {
    const { meta, passage } = h.app.passage(LONG_ID, 1, scope())!;
    expect(passage.text.length).toBeGreaterThan(4096);
    const question = 'Elmendorf Moskow rombongan';
    const reply = await h.api.waitForReply(h.api.sendCommand({ name: 'ask', options: { question }, locale: 'en-US' }));
    const n = h.app.ask(question, scope()).citations.findIndex((c) => c.source === LONG_ID && c.passage === 1) + 1;
    expect(n).toBeGreaterThan(0);
    const button = h.api.buttons(reply.message!).find((b) => new RegExp(`^Passage \\[(.*, )?${n}(, .*)?\\]$`).test(b.label))!;
    expect(button.customId).toMatch(/^c1:ask:1:/);
    const id = h.api.clickButton({ message: reply.message!, customId: button.customId, locale: 'en-US' });
    const parts = renderPassage(meta, passage, 'en').length;
    expect(parts).toBeGreaterThan(1);
    const record = await h.api.waitFor(id, (r) => r.callbackType === 4 && 1 + r.followUps.length === parts);
    const messages = [record.original!, ...record.followUps];
    for (const m of messages) expect(m.flags & 64).toBe(64);
    expect(record.rejected).toEqual([]);
    expect(messages.map((m) => unescapeMarkdown(m.embeds[0]!.description)).join(' ')).toBe(passage.text.trim());
  });
});
