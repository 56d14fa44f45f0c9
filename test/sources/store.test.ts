import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { parseSource } from '../../src/sources/front-matter.js';
import { slugId, SourceStore } from '../../src/sources/store.js';

const BODY = 'Russian President Vladimir Putin and US President Donald Trump met in Anchorage, Alaska. The talks lasted about three hours, and both sides called them constructive.';
let dir: string;
let store: SourceStore;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'store-test-'));
  store = new SourceStore(join(dir, 'data'));
  await writeFile(join(dir, 'Report (AP).txt'), `${BODY}\n`);
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('SourceStore', () => {
  it('adds a file under data/sources/global with front matter from the flags', async () => {
    const added = await store.addFile(join(dir, 'Report (AP).txt'), { title: 'Summit report', url: 'https://example.com/r', published: '2025-08-15', lang: 'en' }, null);
    expect(added).toMatchObject({ id: 'report-ap', title: 'Summit report', url: 'https://example.com/r', published: '2025-08-15', lang: 'en', body: BODY });
    const stored = await readFile(join(dir, 'data/sources/global/report-ap.md'), 'utf8');
    expect(parseSource('report-ap', stored)).toEqual(added);
    expect((await store.list(null)).sources.map((s) => s.id)).toEqual(['report-ap']);
  });

  it('keeps a server\'s sources apart from the global ones', async () => {
    await store.addFile(join(dir, 'Report (AP).txt'), {}, '123456789012345678');
    expect((await store.list(null)).sources).toEqual([]);
    expect((await store.list('123456789012345678')).sources.map((s) => s.id)).toEqual(['report-ap']);
    expect(await store.scopes()).toEqual(['123456789012345678']);
  });

  it.each([
    [{ published: '2025-13-01' }, '--published must be a real date written YYYY-MM-DD, got "2025-13-01"'],
    [{ url: 'example.com' }, '--url must start with http:// or https://, got "example.com"'],
    [{ lang: 'de' }, '--lang must be "id" or "en", got "de"'],
    [{ title: 't'.repeat(201) }, '--title is 201 characters long; at most 200 are allowed'],
  ])('refuses bad flags %j naming them, and writes nothing', async (flags, message) => {
    await expect(store.addFile(join(dir, 'Report (AP).txt'), flags, null)).rejects.toThrow(new UserError(message));
    expect((await store.list(null)).sources).toEqual([]);
  });

  it('refuses a duplicate id and a duplicate text, naming the existing source', async () => {
    await store.addFile(join(dir, 'Report (AP).txt'), {}, null);
    await expect(store.addFile(join(dir, 'Report (AP).txt'), {}, null)).rejects.toThrow('A source with id "report-ap" already exists');
    await writeFile(join(dir, 'copy.md'), `  ${BODY.toUpperCase()}  \n`);
    await expect(store.addFile(join(dir, 'copy.md'), {}, null)).rejects.toThrow('already stored as source "report-ap"');
  });

  it('refuses binary, empty and missing files', async () => {
    await writeFile(join(dir, 'x.txt'), Buffer.from([1, 0, 2]));
    await expect(store.addFile(join(dir, 'x.txt'), {}, null)).rejects.toThrow('contains NUL bytes');
    await writeFile(join(dir, 'empty.md'), '\n\n');
    await expect(store.addFile(join(dir, 'empty.md'), {}, null)).rejects.toThrow('no text');
    await expect(store.addFile(join(dir, 'missing.md'), {}, null)).rejects.toThrow('cannot be read (ENOENT)');
  });

  it('two adds racing for the same id: exactly one wins', async () => {
    const results = await Promise.allSettled([
      store.addText('same', BODY, {}, null),
      store.addText('same', `${BODY} Another paragraph.`, {}, null),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect((await store.list(null)).sources).toHaveLength(1);
  });

  it('removes by moving the file aside, never deleting it', async () => {
    await store.addFile(join(dir, 'Report (AP).txt'), {}, null);
    const removed = await store.remove('report-ap', null);
    expect(removed.id).toBe('report-ap');
    expect((await store.list(null)).sources).toEqual([]);
    const kept = await readdir(join(dir, 'data/removed/global'));
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatch(/^report-ap\..+\.md$/);
    await expect(store.remove('report-ap', null)).rejects.toThrow('No source with id "report-ap"');
  });

  it('leaves no temporary files behind', async () => {
    await store.addFile(join(dir, 'Report (AP).txt'), {}, null);
    expect(await readdir(join(dir, 'data/sources/global'))).toEqual(['report-ap.md']);
  });

  it('refuses a server id that could escape the data folder', () => {
    expect(() => store.folder('../etc')).toThrow(UserError);
  });
});

describe('slugId', () => {
  it.each([
    ['Report (AP)', 'report-ap'],
    ['Pertemuan_Putin–Trump 2025', 'pertemuan-putin-trump-2025'],
    ['Zürich café', 'zurich-cafe'],
    ['日本語', 'source'],
  ])('%s → %s', (name, id) => {
    expect(slugId(name)).toBe(id);
  });
});
