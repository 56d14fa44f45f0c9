import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isModerator, source, type SourceContext } from '../../commands/source.js';
import { UserError } from '../../src/errors.js';
import { SourceCatalog } from '../../src/sources/catalog.js';
import { SEED_PATH } from '../support/seed.js';

const GUILD = '123456789012345678';
const OTHER = '223456789012345678';
const MANAGE_SERVER = String(1n << 5n);
const REPORT = [
  'Reporters counted forty armoured limousines at Joint Base Elmendorf-Richardson when Vladimir Putin landed in Anchorage on August 15, 2025.',
  'Secretary of State Marco Rubio waited on the tarmac beside Donald Trump.',
  'The motorcade left for the talks shortly before noon.',
  'Officials said the talks lasted nearly three hours.',
].join('\n\n');

let dir: string;
let sources: SourceCatalog;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'source-command-'));
  await mkdir(join(dir, 'corpus'));
  await copyFile(SEED_PATH, join(dir, 'corpus/alaska-summit-2025.md'));
  sources = await SourceCatalog.open({ corpusDir: join(dir, 'corpus'), dataDir: join(dir, 'data'), log: pino({ level: 'silent' }) });
});

afterAll(async () => {
  await sources.close();
  await rm(dir, { recursive: true, force: true });
});

const ctx = (over: Partial<SourceContext> = {}): SourceContext => ({
  sources, guildId: GUILD, userId: '42', permissions: MANAGE_SERVER, roleIds: [], moderatorRoleIds: [], locale: 'en', ...over,
});
const file = (name: string, text: string) => ({ name, size: Buffer.byteLength(text), bytes: Buffer.from(text) });
const message = async (work: Promise<unknown> | (() => unknown)) => {
  const error = await (typeof work === 'function' ? Promise.resolve().then(work) : work).then(() => null, (e: unknown) => e);
  if (!(error instanceof UserError)) throw new Error(`expected a UserError, got ${String(error)}`);
  return error.message;
};

describe('who may manage sources', () => {
  it.each([
    ['Manage Server', { permissions: MANAGE_SERVER }, true],
    ['Administrator', { permissions: String(1n << 3n) }, true],
    ['a moderator role from the settings', { permissions: '0', roleIds: ['9'], moderatorRoleIds: ['8', '9'] }, true],
    ['an ordinary member', { permissions: '2248473465835073', roleIds: ['7'], moderatorRoleIds: ['9'] }, false],
    ['unknown permissions', { permissions: null }, false],
  ])('%s → %s', (_, over, allowed) => {
    expect(isModerator(ctx(over))).toBe(allowed);
  });

  it.each([
    ['add', () => source.add(ctx({ permissions: '0' }), { file: file('r.txt', REPORT), options: {} })],
    ['list', () => source.list(ctx({ permissions: '0' }), {})],
    ['show', () => source.show(ctx({ permissions: '0' }), { id: 'alaska-summit-2025' })],
    ['remove', () => source.remove(ctx({ permissions: '0' }), { id: 'x', confirm: true })],
    ['restore', () => source.restore(ctx({ permissions: '0' }), { id: 'x' })],
  ])('%s refuses a member without the right, even from a crafted interaction', async (_, run) => {
    expect(await message(run)).toBe('Only moderators (Manage Server, or a moderator role) can manage sources.');
  });

  it('refuses outside a server, in the reader\'s language', async () => {
    expect(await message(() => source.list(ctx({ guildId: null, locale: 'id' }), {}))).toBe('Sumber dikelola di dalam server, bukan lewat pesan langsung.');
  });

  it('lists no choices to a member without the right', async () => {
    expect(await source.autocomplete(ctx({ permissions: '0' }), { subcommand: 'show', value: '' })).toEqual([]);
  });
});

describe('/source add', () => {
  it('stores an attached file and says what it found: id, title, language, passages, people, dates', async () => {
    const answer = await source.add(ctx(), { file: file('limousines.txt', REPORT), options: { title: 'Forty limousines', published: '2025-08-16' } });
    expect(answer).toMatchObject({ command: 'source', action: 'added', share: false, source: { id: 'limousines', title: 'Forty limousines', lang: 'en', published: '2025-08-16', passages: 4, addedBy: '42', shared: false } });
    if (answer.action !== 'added') throw new Error('not added');
    expect(answer.source.people).toEqual(expect.arrayContaining(['Vladimir Putin', 'Marco Rubio', 'Donald Trump']));
    expect(answer.source.dates[0]).toBe('August 15, 2025');
  });

  it('without a file or text asks for the text, keeping the options as given', async () => {
    expect(await source.add(ctx(), { options: { title: ' Pasted ', url: '' }, share: true })).toEqual({ command: 'source', action: 'needs-text', options: { title: 'Pasted' }, share: true });
  });

  it('stores pasted text under an id from its title', async () => {
    const answer = await source.add(ctx(), { text: 'Donald Trump told reporters aboard Air Force One that the talks with Vladimir Putin were productive.', options: { title: 'Air Force One remarks' } });
    expect(answer).toMatchObject({ action: 'added', source: { id: 'air-force-one-remarks', lang: 'en' } });
  });

  it.each([
    ['en', { options: { published: '2025-02-30' } }, 'published must be a real date written YYYY-MM-DD, got "2025-02-30"'],
    ['id', { options: { published: '2025-02-30' } }, 'terbit harus tanggal yang benar-benar ada, ditulis YYYY-MM-DD, bukan "2025-02-30"'],
    ['en', { options: { url: 'javascript:alert(1)' } }, 'url must start with http:// or https://, got "javascript:alert(1)"'],
    ['en', { options: { title: 't'.repeat(201) } }, 'title is 201 characters long; at most 200 are allowed'],
    ['id', { options: { title: 't'.repeat(201) } }, 'judul terdiri dari 201 karakter; paling banyak 200'],
    ['en', { text: '  \n ', options: {} }, 'There is no text to store'],
    ['en', { file: file('slides.pptx', 'x'), options: {} }, '"slides.pptx" is not a supported type; send .txt, .md, .html'],
    ['en', { file: file('copy.txt', REPORT), options: {} }, 'This text is already stored as source "limousines" (Forty limousines)'],
  ] as const)('[%s] %j → a specific message', async (locale, input, expected) => {
    expect(await message(source.add(ctx({ locale }), input))).toBe(expected);
  });

  it('refuses a file over the limit before downloading it', async () => {
    let downloaded = false;
    const big = { name: 'big.html', size: 6 * 1024 * 1024, bytes: async () => ((downloaded = true), new Uint8Array()) };
    expect(await message(source.add(ctx(), { file: big, options: {} }))).toBe('The file is 6 MB; at most 5 MB is accepted');
    expect(downloaded).toBe(false);
  });
});

describe('/source list, show, remove, restore', () => {
  it('lists this server\'s own sources, newest first, ten a page, with who added each', async () => {
    const page = await source.list(ctx(), {});
    expect(page).toMatchObject({ action: 'list', page: 1, pages: 1, total: 2, removed: 0, base: 1 });
    if (page.action !== 'list') throw new Error('not a list');
    expect(page.sources.map((s) => s.id)).toEqual(['air-force-one-remarks', 'limousines']);
    expect(page.sources[0]).toMatchObject({ addedBy: '42', passages: 1 });
    expect(await source.list(ctx({ guildId: OTHER }), { page: 3 })).toMatchObject({ page: 1, pages: 1, total: 0, sources: [] });
  });

  it('shows a source with its first passages; another server\'s id is unknown', async () => {
    const shown = await source.show(ctx(), { id: 'limousines' });
    expect(shown).toMatchObject({ action: 'show', source: { id: 'limousines', passages: 4 } });
    if (shown.action !== 'show') throw new Error('not shown');
    expect(shown.passages.map((p) => p.number)).toEqual([1, 2, 3]);
    expect(shown.passages[0]!.text).toBe(REPORT.split('\n\n')[0]);
    expect(await message(() => source.show(ctx({ guildId: OTHER }), { id: 'limousines' }))).toBe('No source with id "limousines" here');
  });

  it('asks before removing, removes on confirmation, and restores', async () => {
    expect(await source.remove(ctx(), { id: 'limousines' })).toMatchObject({ action: 'confirm-remove', source: { id: 'limousines', title: 'Forty limousines' } });
    expect(sources.get(GUILD, 'limousines')).toBeDefined();
    const removed = await source.remove(ctx({ userId: '43' }), { id: 'limousines', confirm: true });
    expect(removed).toMatchObject({ action: 'removed', source: { id: 'limousines', title: 'Forty limousines' }, restorableUntil: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(sources.get(GUILD, 'limousines')).toBeUndefined();
    expect(await source.list(ctx(), {})).toMatchObject({ total: 1, removed: 1 });
    expect(await source.autocomplete(ctx(), { subcommand: 'restore', value: 'LIMO' })).toEqual([{ name: 'Forty limousines (limousines)', value: 'limousines' }]);
    expect(await source.restore(ctx({ userId: '44' }), { id: 'limousines' })).toMatchObject({ action: 'restored', source: { id: 'limousines', addedBy: '42', passages: 4 } });
    expect(await message(source.restore(ctx(), { id: 'limousines' }))).toBe('No removed source with id "limousines" can be restored');
  });

  it.each([
    ['a base source', 'alaska-summit-2025', '"alaska-summit-2025" is a base source every server shares; it cannot be removed here'],
    ['an unknown id', 'nope', 'No source with id "nope" here'],
  ])('refuses to remove %s', async (_, id, expected) => {
    expect(await message(source.remove(ctx(), { id }))).toBe(expected);
    expect(await message(source.remove(ctx(), { id, confirm: true }))).toBe(expected);
  });

  it('completes source ids by title for this server only', async () => {
    expect(await source.autocomplete(ctx(), { subcommand: 'show', value: 'air force' })).toEqual([{ name: 'Air Force One remarks (air-force-one-remarks)', value: 'air-force-one-remarks' }]);
    expect(await source.autocomplete(ctx({ guildId: OTHER }), { subcommand: 'remove', value: '' })).toEqual([]);
  });
});

describe('the definition', () => {
  it('is for moderators only (Manage Server), in servers only, in English and Indonesian', () => {
    const d = source.definition;
    expect(d).toMatchObject({ name: 'source', name_localizations: { id: 'sumber' }, default_member_permissions: MANAGE_SERVER, dm_permission: false, contexts: [0] });
    expect(d.options?.map((o) => [o.name, o.name_localizations?.id])).toEqual([['add', 'tambah'], ['list', 'daftar'], ['show', 'lihat'], ['remove', 'hapus'], ['restore', 'pulihkan']]);
  });
});
