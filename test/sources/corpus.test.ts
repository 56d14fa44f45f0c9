import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { loadCorpus } from '../../src/sources/corpus.js';

const BODY = 'Presiden Rusia Vladimir Putin bertemu Presiden Amerika Serikat Donald Trump di Anchorage. Pertemuan itu berlangsung lebih dari tiga jam.';
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'corpus-test-'));
  const files: Record<string, string | Buffer> = {
    'a-good.md': `---\ntitle: Good\nlang: id\n---\n${BODY}\n`,
    'b-plain.txt': `${BODY}\n`,
    'c-bad.md': `---\ntitle: Bad\nlang: klingon\n---\n${BODY}\n`,
    'd-binary.txt': Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]),
    'e-latin1.md': Buffer.from('Caf\xe9 au lait', 'latin1'),
    'a-good.txt': `${BODY} (the same id as a-good.md)\n`,
    'README.md': '# About this folder\n',
    'notes.json': '{}',
    '.hidden.md': BODY,
  };
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
  await mkdir(join(dir, 'sub.md'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('loadCorpus', () => {
  it('loads the good sources, in file-name order, ids from file names', async () => {
    const { sources } = await loadCorpus(dir);
    expect(sources.map((s) => s.id)).toEqual(['a-good', 'b-plain']);
    expect(sources[0]).toMatchObject({ title: 'Good', lang: 'id', body: BODY });
    // No front matter: the title is the first line, cut to 120 characters at a word.
    expect(sources[1]!.title).toBe('Presiden Rusia Vladimir Putin bertemu Presiden Amerika Serikat Donald Trump di Anchorage. Pertemuan itu berlangsung…');
    expect(sources[1]!.lang).toBe('id');
  });

  it('names the file and line of malformed front matter, and still loads the rest', async () => {
    const { warnings } = await loadCorpus(dir);
    expect(warnings).toContain(`${join(dir, 'c-bad.md')}:3: skipped: lang must be "id" or "en", got "klingon"`);
  });

  it('skips binary and non-UTF-8 files with a warning naming them', async () => {
    const { warnings } = await loadCorpus(dir);
    expect(warnings).toContain(`${join(dir, 'd-binary.txt')}: skipped: it contains NUL bytes (a binary file?)`);
    expect(warnings).toContain(`${join(dir, 'e-latin1.md')}: skipped: it is not valid UTF-8 text`);
  });

  it('skips a second file with the same id', async () => {
    const { warnings } = await loadCorpus(dir);
    expect(warnings.some((w) => w.startsWith(join(dir, 'a-good.txt')) && w.includes('already taken by a-good.md'))).toBe(true);
  });

  it('ignores README.md, hidden files, folders and other extensions', async () => {
    const { sources, warnings } = await loadCorpus(dir);
    const mentioned = [...sources.map((s) => s.id), ...warnings].join('\n');
    for (const name of ['README', 'notes', 'hidden', 'sub']) expect(mentioned).not.toContain(name);
  });

  it('refuses a missing folder with a message naming it, unless told it may be missing', async () => {
    const missing = join(dir, 'nope');
    await expect(loadCorpus(missing)).rejects.toThrow(UserError);
    await expect(loadCorpus(missing)).rejects.toThrow(`"${missing}" does not exist`);
    await expect(loadCorpus(missing, { missingOk: true })).resolves.toEqual({ sources: [], warnings: [] });
  });

  it('loads the project corpus without warnings', async () => {
    const { sources, warnings } = await loadCorpus(new URL('../../corpus', import.meta.url).pathname);
    expect(warnings).toEqual([]);
    expect(sources.map((s) => s.id)).toContain('alaska-summit-2025');
  });
});
