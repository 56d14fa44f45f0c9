import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SourceCatalog, type CatalogOptions } from '../../src/sources/catalog.js';
import type { Upload } from '../../src/sources/intake.js';
import { SourceProblemError, type SourceProblem } from '../../src/sources/problems.js';
import { SEED_PATH } from '../support/seed.js';

const A = '111111111111111111';
const B = '222222222222222222';
const REPORT = 'Reporters counted forty armoured limousines at the airbase in Anchorage when Vladimir Putin landed.';
const OTHER = 'Donald Trump told reporters aboard Air Force One that the talks with Vladimir Putin were productive.';
const text = (t: string): Upload => ({ kind: 'text', text: t });
const named = (name: string, t: string): Upload => ({ kind: 'file', name, bytes: Buffer.from(t) });

let dir: string;
let logs: Array<{ msg: string; reason?: string; scope?: string }>;
let opened: SourceCatalog[];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'catalog-test-'));
  await mkdir(join(dir, 'corpus'));
  await copyFile(SEED_PATH, join(dir, 'corpus/alaska-summit-2025.md'));
  logs = [];
  opened = [];
});

afterEach(async () => {
  await Promise.all(opened.map((c) => c.close()));
  await rm(dir, { recursive: true, force: true });
});

async function open(over: Partial<CatalogOptions> = {}): Promise<SourceCatalog> {
  const log = pino({ level: 'debug' }, { write: (line: string) => void logs.push(JSON.parse(line) as { msg: string }) });
  const catalog = await SourceCatalog.open({ corpusDir: join(dir, 'corpus'), dataDir: join(dir, 'data'), log, snapshotDelayMs: 5, ...over });
  opened.push(catalog);
  return catalog;
}

async function problem(work: Promise<unknown>): Promise<SourceProblem> {
  const error = await work.then(() => null, (e: unknown) => e);
  if (!(error instanceof SourceProblemError)) throw new Error(`expected a SourceProblemError, got ${String(error)}`);
  return error.problem;
}

const ids = (c: SourceCatalog, guild: string | null) => c.list(guild).map((s) => s.indexed.meta.id);
const auditLines = async () => (await readFile(join(dir, 'data/audit.jsonl'), 'utf8').catch(() => '')).split('\n').filter(Boolean).length;

describe('SourceCatalog', () => {
  it('two moderators adding at the same moment both succeed, with distinct ids', async () => {
    const catalog = await open();
    const [first, second] = await Promise.all([
      catalog.add({ guildId: A, userId: '1', upload: named('report.txt', REPORT), options: {} }),
      catalog.add({ guildId: A, userId: '2', upload: named('report.txt', OTHER), options: {} }),
    ]);
    expect([first.indexed.meta.id, second.indexed.meta.id].sort()).toEqual(['report', 'report-2']);
    expect(ids(catalog, A).sort()).toEqual(['report', 'report-2']);
    expect((await readdir(join(dir, `data/sources/${A}`))).sort()).toEqual(['report-2.json', 'report-2.md', 'report.json', 'report.md']);
  });

  it('updates the live index incrementally: the same library object, the new source searchable at once', async () => {
    const catalog = await open();
    await catalog.add({ guildId: A, userId: '1', upload: text(OTHER), options: {} });
    const library = catalog.scope(A)!.library;
    const baseLibrary = catalog.base.library;
    const added = await catalog.add({ guildId: A, userId: '1', upload: text(REPORT), options: { title: 'Limousines' } });
    expect(catalog.scope(A)!.library).toBe(library);
    expect(catalog.base.library).toBe(baseLibrary);
    expect(library.search('How many armoured limousines did reporters count?').map((h) => h.meta.id)).toContain(added.indexed.meta.id);
    await catalog.remove(A, added.indexed.meta.id, '1');
    expect(library.search('How many armoured limousines did reporters count?').map((h) => h.meta.id)).not.toContain(added.indexed.meta.id);
  });

  it("keeps servers apart: one server cannot see, remove or restore another's sources", async () => {
    const catalog = await open();
    const added = await catalog.add({ guildId: A, userId: '1', upload: text(REPORT), options: {} });
    const id = added.indexed.meta.id;
    expect(catalog.scope(B)).toBeNull();
    expect(catalog.get(B, id)).toBeUndefined();
    expect(ids(catalog, B)).toEqual([]);
    expect(await problem(catalog.remove(B, id, '2'))).toEqual({ kind: 'unknown-id', id });
    await catalog.remove(A, id, '1');
    expect(await problem(catalog.restore(B, id, '2'))).toEqual({ kind: 'not-removed', id });
    // The same text is no duplicate in another server.
    await catalog.add({ guildId: B, userId: '2', upload: text(REPORT), options: {} });
    expect(ids(catalog, B)).toEqual([id]);
  });

  it('refuses a text already visible (naming it) or removed (to restore instead), writing nothing', async () => {
    const catalog = await open();
    const added = await catalog.add({ guildId: A, userId: '1', upload: text(REPORT), options: { title: 'Limousines' } });
    const before = await auditLines();
    expect(await problem(catalog.add({ guildId: A, userId: '1', upload: text(`  ${REPORT.toUpperCase()}\n`), options: {} }))).toEqual({ kind: 'duplicate', id: added.indexed.meta.id, title: 'Limousines', where: 'scope' });
    const seed = await readFile(SEED_PATH, 'utf8');
    expect(await problem(catalog.add({ guildId: A, userId: '1', upload: named('copy.md', seed), options: {} }))).toMatchObject({ kind: 'duplicate', id: 'alaska-summit-2025', where: 'base' });
    await catalog.remove(A, added.indexed.meta.id, '1');
    expect(await problem(catalog.add({ guildId: A, userId: '1', upload: text(REPORT), options: {} }))).toMatchObject({ kind: 'duplicate', id: added.indexed.meta.id, where: 'removed' });
    expect(await auditLines()).toBe(before + 1);
    expect(await readdir(join(dir, `data/sources/${A}`))).toEqual([]);
  });

  it('refuses to remove a base source from a server, and unknown ids', async () => {
    const catalog = await open();
    expect(await problem(catalog.remove(A, 'alaska-summit-2025', '1'))).toEqual({ kind: 'base-source', id: 'alaska-summit-2025' });
    expect(await problem(catalog.remove(A, 'nope', '1'))).toEqual({ kind: 'unknown-id', id: 'nope' });
    expect(await problem(catalog.restore(A, 'nope', '1'))).toEqual({ kind: 'not-removed', id: 'nope' });
    expect(catalog.get(A, 'alaska-summit-2025')).toMatchObject({ shared: true, origin: 'corpus' });
  });

  it('loads a snapshot that matches the files, and rebuilds one that is stale or damaged, saying which', async () => {
    const first = await open();
    await first.add({ guildId: A, userId: '1', upload: text(REPORT), options: { title: 'Limousines' } });
    await first.close();
    const loadedFrom = () => logs.filter((l) => l.scope === A && /snapshot|Indexed/.test(l.msg)).map((l) => l.reason ?? 'snapshot');

    logs = [];
    expect((await open()).scope(A)!.entries.size).toBe(1);
    expect(loadedFrom()).toEqual(['snapshot']);

    logs = [];
    await writeFile(join(dir, `data/sources/${A}/hand-placed.md`), `${OTHER}\n`);
    const stale = await open();
    expect(stale.scope(A)!.library.has('hand-placed')).toBe(true);
    expect(loadedFrom()).toEqual(['1 source file(s) changed since the snapshot']);
    await stale.close();

    logs = [];
    await writeFile(join(dir, `data/index/${A}.json`), '{"format": 1, "files": [');
    expect((await open()).scope(A)!.entries.size).toBe(2);
    expect(loadedFrom()).toEqual(['snapshot damaged (not JSON)']);
  });

  it('evicts servers over the memory budget and reloads them, changes included', async () => {
    const catalog = await open({ budgetBytes: 1 });
    await catalog.add({ guildId: A, userId: '1', upload: text(REPORT), options: {} });
    await catalog.add({ guildId: B, userId: '2', upload: text(OTHER), options: {} });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(catalog.stats().evictions).toBeGreaterThan(0);
    expect(catalog.scope(A)!.library.search('How many armoured limousines did reporters count?').length).toBeGreaterThan(0);
    expect(catalog.scope(B)!.library.search('What did Trump tell reporters aboard Air Force One?').length).toBeGreaterThan(0);
  });

  it('deletes removed sources past the retention period when it opens', async () => {
    const at = new Date('2025-08-01T00:00:00.000Z');
    const catalog = await open({ now: () => at });
    const added = await catalog.add({ guildId: A, userId: '1', upload: text(REPORT), options: {} });
    await catalog.remove(A, added.indexed.meta.id, '1');
    await catalog.close();
    expect(await (await open({ retentionDays: 30, now: () => new Date('2025-08-20T00:00:00.000Z') })).removed(A)).toHaveLength(1);
    expect(await (await open({ retentionDays: 30, now: () => new Date('2025-09-01T00:00:00.000Z') })).removed(A)).toEqual([]);
    expect(logs.some((l) => l.msg === 'Deleted 1 removed source(s) past the retention period')).toBe(true);
  });
});
