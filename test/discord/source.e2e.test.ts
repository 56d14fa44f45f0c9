/**
 * /source as moderators use it, through a real discord.js client logged into the loopback
 * Discord API: adding a file (downloaded from the attachment URL) or pasted text (a modal),
 * listing with page buttons, showing, removing with a confirmation button, restoring; a member
 * without the right refused; two servers kept apart; every bad input answered privately with
 * nothing stored.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { LiveApp } from '../../src/app.js';
import { startHarness, type Harness } from '../support/bot-harness.js';
import type { Reply, Who } from '../support/discord-api/index.js';

const MODERATOR: Who = { userId: '400000000000000001', permissions: String(1n << 5n) };
const OTHER_GUILD = '500000000000000001';
const REPORT = [
  'Reporters counted forty armoured limousines at Joint Base Elmendorf-Richardson when Vladimir Putin landed in Anchorage on August 15, 2025.',
  'Secretary of State Marco Rubio waited on the tarmac beside Donald Trump.',
].join('\n\n');
const LIMOUSINES = 'How many armoured limousines did reporters count?';

let h: Harness;
let app: LiveApp;
let dataDir: string;

beforeAll(async () => {
  h = await startHarness();
  app = h.app as LiveApp;
  dataDir = h.config.dataDir;
});
afterAll(async () => {
  await app.close();
  await h.close();
});

const run = (subcommand: string, options: Record<string, string | number | boolean> = {}, who: Who = MODERATOR, attachments?: Record<string, { filename: string; bytes: Buffer | string; contentType?: string }>) =>
  h.api.waitForReply(h.api.sendCommand({ name: 'source', subcommand, options, attachments, ...who }));
const click = (reply: Reply, label: string, who: Who = MODERATOR) => {
  const button = h.api.buttons(reply.message!).find((b) => b.label === label);
  if (!button) throw new Error(`no "${label}" button; there are ${h.api.buttons(reply.message!).map((b) => b.label).join(', ')}`);
  return h.api.waitForReply(h.api.clickButton({ message: reply.message!, customId: button.customId, ...who }));
};
const cites = (question: string, guildId: string) => app.ask(question, { guildId }).citations.map((c) => c.source);
const field = (reply: Reply, name: string) => reply.message!.embeds[0]!.fields?.find((f: { name: string }) => f.name === name)?.value as string | undefined;
const stored = async () => (await readdir(join(dataDir, 'sources', h.api.guildId)).catch(() => [] as string[])).sort();
const auditLines = async () => (await readFile(join(dataDir, 'audit.jsonl'), 'utf8').catch(() => '')).split('\n').filter(Boolean).length;

describe('adding', () => {
  test('a file: downloaded, stored, described privately, answered from at the next question', async () => {
    expect(cites(LIMOUSINES, h.api.guildId)).not.toContain('limousines');
    const reply = await run('add', { published: '2025-08-16' }, MODERATOR, { file: { filename: 'limousines.txt', bytes: REPORT } });
    expect(reply.record.rejected).toEqual([]);
    expect(reply.ephemeral).toBe(true);
    const embed = reply.message!.embeds[0]!;
    expect(embed.author.name).toBe('Source added: answers use it from now on');
    expect(embed.title).toBe('Reporters counted forty armoured limousines at Joint Base Elmendorf-Richardson when Vladimir Putin landed in Anchorage…');
    expect(field(reply, 'ID')).toBe('`limousines`');
    expect(field(reply, 'Language')).toBe('English');
    expect(field(reply, 'Passages')).toBe('2');
    expect(field(reply, 'Published')).toBe('2025-08-16');
    expect(field(reply, 'People found')).toContain('Marco Rubio');
    expect(field(reply, 'Dates found')).toContain('August 15, 2025');
    expect(field(reply, 'Added by')).toMatch(/^<@400000000000000001>, <t:\d+:d>$/);
    expect(h.api.requests.some((r) => r.route.startsWith('/attachments/') && r.status === 200)).toBe(true);
    expect(cites(LIMOUSINES, h.api.guildId)).toContain('limousines');
    const asked = await h.api.waitForReply(h.api.sendCommand({ name: 'ask', options: { question: LIMOUSINES } }));
    expect(JSON.stringify(asked.message!.embeds)).toContain('Reporters counted forty armoured limousines');
  });

  test('pasted text: a modal opens with the options filled in, and its text is stored', async () => {
    const opened = await run('add', { title: 'Air Force One remarks', lang: 'en' }, { ...MODERATOR, locale: 'id' });
    expect(opened.outcome).toBe('modal');
    expect(opened.modal).toMatchObject({ custom_id: 'sm1:add', title: 'Tambah sumber' });
    const inputs = (opened.modal!.components as Array<{ components: Array<{ custom_id: string; value?: string }> }>).map((r) => r.components[0]!);
    expect(inputs.map((i) => [i.custom_id, i.value])).toEqual([['text', undefined], ['title', 'Air Force One remarks'], ['url', undefined], ['published', undefined], ['lang', 'en']]);
    const text = 'Donald Trump told reporters aboard Air Force One that the talks with Vladimir Putin were productive.';
    const reply = await h.api.waitForReply(h.api.submitModal({ opener: opened.record.id, fields: { text }, ...MODERATOR, locale: 'id' }));
    expect(reply.ephemeral).toBe(true);
    expect(reply.message!.embeds[0]!.author.name).toBe('Sumber ditambahkan: jawaban memakainya mulai sekarang');
    expect(field(reply, 'ID')).toBe('`air-force-one-remarks`');
    expect(field(reply, 'Bahasa')).toBe('Bahasa Inggris');
  });

  test('two moderators adding at the same moment both succeed', async () => {
    const [a, b] = await Promise.all([
      run('add', {}, { ...MODERATOR, userId: '400000000000000002' }, { file: { filename: 'tarmac.txt', bytes: 'Vladimir Putin and Donald Trump shook hands on a red carpet laid on the tarmac in Anchorage.' } }),
      run('add', {}, { ...MODERATOR, userId: '400000000000000003' }, { file: { filename: 'tarmac.txt', bytes: 'A B-2 bomber flew over the airbase as the two presidents rode together in the US presidential limousine.' } }),
    ]);
    expect([field(a, 'ID'), field(b, 'ID')].sort()).toEqual(['`tarmac-2`', '`tarmac`']);
  });
});

describe('bad input gets a specific private message and stores nothing', () => {
  const big = Buffer.alloc(6 * 1024 * 1024, 0x61);
  test.each([
    ['a file over the size limit (not even downloaded)', {}, { filename: 'huge.txt', bytes: big }, 'The file is 6 MB; at most 5 MB is accepted'],
    ['more than 1 MB of text', {}, { filename: 'book.txt', bytes: 'Putin met Trump in Anchorage. '.repeat(40_000) }, 'The text is 1.1 MB; at most 1 MB of text is accepted per source. Split it into several sources.'],
    ['a binary file', {}, { filename: 'scan.txt', bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]) }, 'The file is not text (it contains NUL bytes: a binary file?)'],
    ['text that is not UTF-8', {}, { filename: 'latin1.md', bytes: Buffer.from('Caf\xe9 in Anchorage', 'latin1') }, 'The file is not valid UTF-8 text; save it as UTF-8'],
    ['an unsupported type', {}, { filename: 'report.pdf', bytes: '%PDF-1.7', contentType: 'application/pdf' }, '"report.pdf" is not a supported type; send .txt, .md, .html'],
    ['a page with no article text', {}, { filename: 'empty.html', bytes: '<html><body><nav>Home</nav><script>x()</script></body></html>', contentType: 'text/html' }, 'No readable article text was found in the page'],
    ['a duplicate', {}, { filename: 'again.txt', bytes: `  ${REPORT.toUpperCase()}  ` }, 'This text is already stored as source "limousines" ('],
    ['a title over 200 characters', { title: 'x'.repeat(201) }, { filename: 'ok.txt', bytes: 'Fresh text about the summit.' }, 'title is 201 characters long; at most 200 are allowed'],
    ['a URL that is not http(s)', { url: 'ftp://example.com/a' }, { filename: 'ok.txt', bytes: 'Fresh text about the summit.' }, 'url must start with http:// or https://, got "ftp://example.com/a"'],
    ['a date that is not real', { published: '2025-02-30' }, { filename: 'ok.txt', bytes: 'Fresh text about the summit.' }, 'published must be a real date written YYYY-MM-DD, got "2025-02-30"'],
  ])('%s', async (_, options, file, expected) => {
    const [files, lines, downloads] = [await stored(), await auditLines(), h.api.requests.filter((r) => r.route.startsWith('/attachments/')).length];
    const reply = await run('add', options, MODERATOR, { file });
    expect(reply.ephemeral).toBe(true);
    expect(reply.message!.content).toContain(expected);
    expect(await stored()).toEqual(files);
    expect(await auditLines()).toBe(lines);
    if (file.bytes === big) expect(h.api.requests.filter((r) => r.route.startsWith('/attachments/')).length).toBe(downloads);
  });

  test('a bad option is reported before the modal opens, in the reader\'s language', async () => {
    const reply = await run('add', { published: '2025-13-01' }, { ...MODERATOR, locale: 'id' });
    expect(reply.outcome).toBe('message');
    expect(reply.message!.content).toBe('terbit harus tanggal yang benar-benar ada, ditulis YYYY-MM-DD, bukan "2025-13-01"');
  });

  test.each([['show'], ['remove'], ['restore']])('an unknown id for %s', async (sub) => {
    const reply = await run(sub, { id: 'no-such-source' });
    expect(reply.ephemeral).toBe(true);
    expect(reply.message!.content).toMatch(/^No (removed )?source with id "no-such-source"/);
  });
});

describe('listing, showing, removing, restoring', () => {
  test('the list pages with buttons and says who added each', async () => {
    for (let i = 1; i <= 9; i++) await app.sources.add({ guildId: h.api.guildId, userId: MODERATOR.userId!, upload: { kind: 'text', text: `Briefing ${i}: officials described round ${i} of the Anchorage talks between Putin and Trump.` }, options: { title: `Briefing ${i}` } });
    const first = await run('list');
    expect(first.ephemeral).toBe(true);
    const embed = first.message!.embeds[0]!;
    expect(embed.title).toBe("This server's sources (13)");
    expect(embed.description.split('\n')).toHaveLength(10);
    expect(embed.description).toContain('<@400000000000000001>');
    expect(embed.footer.text).toBe('Page 1 of 2 · plus 1 base source every server has');
    const second = await click(first, 'Next');
    expect(second.outcome).toBe('update');
    expect(second.message!.embeds[0]!.description.split('\n')).toHaveLength(3);
    expect(second.message!.embeds[0]!.footer.text).toMatch(/^Page 2 of 2/);
    expect(second.record.rejected).toEqual([]);
    const shared = await run('list', { share: true });
    expect(shared.ephemeral).toBe(false);
  });

  test('show: the metadata and the first passages', async () => {
    const reply = await run('show', { id: 'limousines' });
    expect(field(reply, 'Passages')).toBe('2');
    expect(reply.message!.embeds[0]!.description).toContain('**2.** Secretary of State Marco Rubio waited on the tarmac beside Donald Trump.');
  });

  test('remove asks first; confirmed, answers stop using it; restore brings it back', async () => {
    const asked = await run('remove', { id: 'limousines' });
    expect(asked.message!.embeds[0]!.title).toBe('Remove “Reporters counted forty armoured limousines at Joint Base Elmendorf-Richardson when Vladimir Putin landed in Anchorage…”?');
    expect(cites(LIMOUSINES, h.api.guildId)).toContain('limousines');
    const kept = await click(asked, 'Cancel');
    expect(kept.message!.embeds[0]!.description).toBe('Nothing was removed: `limousines` stays.');
    expect(cites(LIMOUSINES, h.api.guildId)).toContain('limousines');

    const again = await run('remove', { id: 'limousines' });
    const removed = await click(again, 'Remove');
    expect(removed.outcome).toBe('update');
    expect(removed.message!.embeds[0]!.description).toMatch(/^`limousines` can be restored until \d{4}-\d{2}-\d{2}/);
    expect(cites(LIMOUSINES, h.api.guildId)).not.toContain('limousines');

    const choices = await h.api.waitForReply(h.api.autocomplete({ name: 'source', subcommand: 'restore', option: 'id', value: 'armoured', ...MODERATOR }));
    expect(choices.choices).toEqual([{ name: expect.stringContaining('(limousines)'), value: 'limousines' }]);
    const back = await click(removed, 'Restore');
    expect(back.message!.embeds[0]!.author.name).toBe('Source restored: answers use it again');
    expect(cites(LIMOUSINES, h.api.guildId)).toContain('limousines');

    await click(await run('remove', { id: 'limousines' }), 'Remove');
    expect(cites(LIMOUSINES, h.api.guildId)).not.toContain('limousines');
    const restored = await run('restore', { id: 'limousines' });
    expect(restored.ephemeral).toBe(true);
    expect(field(restored, 'Added by')).toMatch(/^<@400000000000000001>/);
    expect(cites(LIMOUSINES, h.api.guildId)).toContain('limousines');
    const actions = (await readFile(join(dataDir, 'audit.jsonl'), 'utf8')).split('\n').filter(Boolean).map((l) => JSON.parse(l) as { action: string; source: string }).filter((e) => e.source === 'limousines');
    expect(actions.map((e) => e.action)).toEqual(['add', 'remove', 'restore', 'remove', 'restore']);
  });

  test('a base source cannot be removed from Discord', async () => {
    const reply = await run('remove', { id: 'alaska-summit-2025' });
    expect(reply.message!.content).toBe('"alaska-summit-2025" is a base source every server shares; it cannot be removed here');
  });

  test('autocomplete finds this server\'s sources by title', async () => {
    const reply = await h.api.waitForReply(h.api.autocomplete({ name: 'source', subcommand: 'show', option: 'id', value: 'air force', ...MODERATOR }));
    expect(reply.choices).toEqual([{ name: 'Air Force One remarks (air-force-one-remarks)', value: 'air-force-one-remarks' }]);
  });
});

describe('who may do what', () => {
  test('a member without Manage Server is refused, even with a crafted interaction, and sees no choices', async () => {
    const member: Who = { userId: '400000000000000009' };
    const files = await stored();
    for (const [sub, options] of [['list', {}], ['show', { id: 'limousines' }], ['remove', { id: 'limousines' }]] as const) {
      const reply = await run(sub, options, member);
      expect(reply.ephemeral).toBe(true);
      expect(reply.message!.content).toBe('Only moderators (Manage Server, or a moderator role) can manage sources.');
    }
    const upload = await run('add', {}, member, { file: { filename: 'sneaky.txt', bytes: 'Unvetted claims about the summit.' } });
    expect(upload.message!.content).toBe('Only moderators (Manage Server, or a moderator role) can manage sources.');
    expect(await stored()).toEqual(files);
    const choices = await h.api.waitForReply(h.api.autocomplete({ name: 'source', subcommand: 'show', option: 'id', value: '', ...member }));
    expect(choices.choices).toEqual([]);
  });

  test('a button on a moderator\'s message does nothing for a member who clicks it', async () => {
    const asked = await run('remove', { id: 'limousines' });
    const refused = await click(asked, 'Remove', { userId: '400000000000000009' });
    expect(refused.ephemeral).toBe(true);
    expect(refused.message!.content).toBe('Only moderators (Manage Server, or a moderator role) can manage sources.');
    expect(cites(LIMOUSINES, h.api.guildId)).toContain('limousines');
  });

  test("servers are kept apart: another server's moderators cannot see or remove these sources", async () => {
    const there: Who = { ...MODERATOR, guildId: OTHER_GUILD };
    expect((await run('show', { id: 'limousines' }, there)).message!.content).toBe('No source with id "limousines" here');
    expect((await run('remove', { id: 'limousines' }, there)).message!.content).toBe('No source with id "limousines" here');
    const list = await run('list', {}, there);
    expect(list.message!.embeds[0]!.title).toBe("This server's sources (0)");
    expect(cites(LIMOUSINES, OTHER_GUILD)).not.toContain('limousines');
    const added = await run('add', {}, there, { file: { filename: 'elsewhere.txt', bytes: 'Only this other server reads about the salmon served at the working lunch in Anchorage.' } });
    expect(field(added, 'ID')).toBe('`elsewhere`');
    expect(cites('What salmon was served at the working lunch?', OTHER_GUILD)).toContain('elsewhere');
    expect(cites('What salmon was served at the working lunch?', h.api.guildId)).not.toContain('elsewhere');
  });
});
