import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Source } from '../../src/engine/types.js';
import { AuditLog } from '../../src/sources/audit.js';
import { parseStored } from '../../src/sources/front-matter.js';
import { parseRemovedName, stampOf } from '../../src/sources/layout.js';
import { SourceProblemError } from '../../src/sources/problems.js';
import { fileHash, textHash, type SourceRecord } from '../../src/sources/records.js';
import { SourceStore, type WriteStep } from '../../src/sources/store.js';

const GUILD = '123456789012345678';
const SOURCE: Source = {
  id: 'report',
  title: 'Summit report',
  url: 'https://example.com/r',
  published: '2025-08-15',
  lang: 'en',
  body: 'Russian President Vladimir Putin and US President Donald Trump met in Anchorage, Alaska.\n\nThe talks lasted about three hours.',
};
const AT = new Date('2025-08-16T10:00:00.000Z');

let dir: string;
let steps: WriteStep[];
let store: SourceStore;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'store-test-'));
  steps = [];
  store = new SourceStore(join(dir, 'data'), { onStep: (s) => void steps.push(s) });
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const add = () => store.add(GUILD, SOURCE, { user: '42', at: AT, origin: { kind: 'file', name: 'report.txt' } });
const audit = async () => (await store.audit.read()).map(({ action, source, user, guild }) => ({ action, source, user, guild }));

describe('SourceStore.add', () => {
  it('writes the source in the corpus format (with who added it), then the audit line, then the record', async () => {
    const record = await add();
    expect(steps).toEqual(['source-temp', 'source', 'audit', 'record']);
    const text = await readFile(join(dir, `data/sources/${GUILD}/report.md`), 'utf8');
    const { source, extra } = parseStored('report', text);
    expect(source).toEqual(SOURCE);
    expect(extra).toEqual({ added_by: '42', added_at: '2025-08-16T10:00:00.000Z' });
    expect(record).toEqual<SourceRecord>({
      id: 'report', guild: GUILD, sha256: fileHash(text), textSha256: textHash(SOURCE.body), bytes: Buffer.byteLength(text),
      addedBy: '42', addedAt: '2025-08-16T10:00:00.000Z', origin: { kind: 'file', name: 'report.txt' },
    });
    expect(JSON.parse(await readFile(join(dir, `data/sources/${GUILD}/report.json`), 'utf8'))).toEqual(record);
    expect(await audit()).toEqual([{ action: 'add', source: 'report', user: '42', guild: GUILD }]);
    expect(await readdir(join(dir, `data/sources/${GUILD}`))).toEqual(['report.json', 'report.md']);
  });

  it('refuses an id the scope already has, leaving the first untouched', async () => {
    await add();
    const first = await readFile(join(dir, `data/sources/${GUILD}/report.md`), 'utf8');
    const error = await store.add(GUILD, { ...SOURCE, body: 'Other text.' }, { user: '7', at: AT, origin: { kind: 'text' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceProblemError);
    expect((error as SourceProblemError).problem).toEqual({ kind: 'id-taken', id: 'report' });
    expect(await readFile(join(dir, `data/sources/${GUILD}/report.md`), 'utf8')).toBe(first);
    expect(await audit()).toHaveLength(1);
  });

  it('lists a scope from its files, with who added each', async () => {
    await add();
    const { sources } = await store.list(GUILD);
    expect(sources).toEqual([{ id: 'report', title: 'Summit report', url: 'https://example.com/r', published: '2025-08-15', lang: 'en', addedBy: '42', addedAt: '2025-08-16T10:00:00.000Z' }]);
    expect((await store.list(null)).sources).toEqual([]);
    expect(await store.scopes()).toEqual([GUILD]);
  });

  it('refuses a server id that could escape the data folder', () => {
    expect(() => store.folder('../etc')).toThrow('"../etc" is not a server id');
  });
});

describe('SourceStore.remove and restore', () => {
  it('moves the source and its record to removed/, never deleting them, and brings them back', async () => {
    const record = await add();
    steps = [];
    const removed = await store.remove(GUILD, 'report.md', record, { user: '43', at: new Date('2025-08-17T00:00:00.000Z') });
    expect(steps).toEqual(['remove-record', 'remove-move', 'remove-audit']);
    expect(removed).toMatchObject({ removedBy: '43', removedAt: '2025-08-17T00:00:00.000Z', sha256: record.sha256 });
    expect(await readdir(join(dir, `data/sources/${GUILD}`))).toEqual([]);
    const stamp = stampOf(new Date('2025-08-17T00:00:00.000Z'));
    expect((await readdir(join(dir, `data/removed/${GUILD}`))).sort()).toEqual([`report.${stamp}.json`, `report.${stamp}.md`]);

    const [entry] = await store.removed(GUILD);
    expect(entry).toMatchObject({ id: 'report', stamp, title: 'Summit report', record: removed });

    steps = [];
    const restored = await store.restore(GUILD, entry!, { user: '44', at: new Date('2025-08-18T00:00:00.000Z') });
    expect(steps).toEqual(['restore-link', 'restore-audit']);
    expect(restored.source).toEqual(SOURCE);
    expect(restored.record).toMatchObject({ addedBy: '42', restoredBy: '44', sha256: record.sha256 });
    expect(restored.record.removedBy).toBeUndefined();
    expect(await readdir(join(dir, `data/removed/${GUILD}`))).toEqual([]);
    expect((await audit()).map((a) => `${a.action} by ${a.user}`)).toEqual(['add by 42', 'remove by 43', 'restore by 44']);
  });

  it('purges removed sources past the retention period only, with an audit line each', async () => {
    const record = await add();
    await store.remove(GUILD, 'report.md', record, { user: '43', at: new Date('2025-08-01T00:00:00.000Z') });
    expect(await store.purge(30, new Date('2025-08-30T00:00:00.000Z'))).toEqual([]);
    expect(await store.removed(GUILD)).toHaveLength(1);
    expect(await store.purge(30, new Date('2025-09-01T00:00:00.000Z'))).toEqual([{ key: GUILD, id: 'report' }]);
    expect(await store.removed(GUILD)).toEqual([]);
    expect(await readdir(join(dir, `data/removed/${GUILD}`))).toEqual([]);
    expect((await audit()).map((a) => a.action)).toEqual(['add', 'remove', 'purge']);
  });
});

describe('AuditLog', () => {
  it('skips a torn last line and starts the next append on a fresh line', async () => {
    const log = new AuditLog(join(dir, 'audit.jsonl'));
    await log.append({ time: 't1', guild: null, user: 'a', action: 'add', source: 'x', sha256: '1' });
    await writeFile(join(dir, 'audit.jsonl'), '{"time":"t2","guild":null,"us', { flag: 'a' });
    await log.append({ time: 't3', guild: GUILD, user: 'b', action: 'remove', source: 'x', sha256: '1' });
    expect((await log.read()).map((e) => e.time)).toEqual(['t1', 't3']);
    expect(await log.last(GUILD, 'x')).toMatchObject({ action: 'remove', user: 'b' });
    expect(await log.last(null, 'y')).toBeUndefined();
  });
});

describe('parseRemovedName', () => {
  it.each([
    ['report.20250817T000000000Z.md', { id: 'report', ext: 'md' }],
    ['a.b.20250817T000000000Z.json', { id: 'a.b', ext: 'json' }],
    ['report.md', null],
    ['.report.20250817T000000000Z.md.1.abc.tmp', null],
  ])('%s', (name, expected) => {
    const parsed = parseRemovedName(name);
    if (expected === null) expect(parsed).toBeNull();
    else expect(parsed).toMatchObject(expected);
  });
});
