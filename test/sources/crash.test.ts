/**
 * Crash safety: a child process adds (or removes) a server's source and is killed with SIGKILL the
 * moment one write step completes. A fresh start on what it left must find a consistent state:
 * the source fully there (file, record, one audit line, listed, answered from) or fully absent,
 * no temporary files, and answers as usual. One child per step, run side by side.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createApp } from '../../src/app.js';
import { fileHash } from '../../src/sources/records.js';
import type { WriteStep } from '../../src/sources/store.js';
import { CRASH_TEXT } from '../support/crash-writer.js';
import { SEED_PATH } from '../support/seed.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const GUILD = '123456789012345678';
const QUESTION = 'How many armoured limousines did reporters count when Putin landed?';
const silent = pino({ level: 'silent' });

interface Case {
  action: 'add' | 'remove';
  step: WriteStep;
  /** Whether the source is there after recovery. */
  present: boolean;
}

const CASES: Case[] = [
  { action: 'add', step: 'source-temp', present: false },
  { action: 'add', step: 'source', present: true },
  { action: 'add', step: 'audit', present: true },
  { action: 'add', step: 'record', present: true },
  { action: 'add', step: 'snapshot-temp', present: true },
  { action: 'add', step: 'snapshot', present: true },
  { action: 'remove', step: 'remove-record', present: true },
  { action: 'remove', step: 'remove-move', present: false },
];

let dir: string;
let corpus: string;
const results = new Map<string, { data: string; signal: string | null; stderr: string }>();

function child(data: string, c: Case): Promise<{ signal: string | null; stderr: string }> {
  // `node --import tsx` rather than the tsx command: one process, so the kill is the child's own.
  const args = ['--import', 'tsx', join(ROOT, 'test/support/crash-writer.ts'), corpus, data, GUILD, c.action, c.step];
  return new Promise((done) => {
    execFile(process.execPath, args, { cwd: ROOT, timeout: 25_000 }, (error, _stdout, stderr) => done({ signal: error?.signal ?? null, stderr }));
  });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crash-test-'));
  corpus = join(dir, 'corpus');
  await mkdir(corpus);
  await cp(SEED_PATH, join(corpus, 'alaska-summit-2025.md'));
  // Two starting points, each with its snapshots written, so the children's only writes are the change itself.
  const empty = join(dir, 'template-empty');
  await (await createApp({ corpusDir: corpus, dataDir: empty, log: silent })).close();
  const withSource = join(dir, 'template-added');
  const app = await createApp({ corpusDir: corpus, dataDir: withSource, log: silent, snapshotDelayMs: 1 });
  await app.sources.add({ guildId: GUILD, userId: '300000000000000001', upload: { kind: 'file', name: 'limousines.txt', bytes: Buffer.from(CRASH_TEXT) }, options: { lang: 'en' } });
  await app.close();

  await Promise.all(CASES.map(async (c) => {
    const data = join(dir, `${c.action}-${c.step}`);
    await cp(c.action === 'add' ? empty : withSource, data, { recursive: true });
    results.set(`${c.action}-${c.step}`, { data, ...(await child(data, c)) });
  }));
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function filesUnder(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(root.length + 1)).sort();
}

async function auditLines(data: string): Promise<Array<{ action: string; source: string; guild: string | null }>> {
  const text = await readFile(join(data, 'audit.jsonl'), 'utf8').catch(() => '');
  return text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { action: string; source: string; guild: string | null });
}

describe.each(CASES)('killed after "$step" while the $action was under way', (c) => {
  test(c.present ? 'a restart finds the source fully there and answers from it' : 'a restart finds the source fully absent and answers without it', async () => {
    const { data, signal, stderr } = results.get(`${c.action}-${c.step}`)!;
    expect(signal, `the child should have been killed at "${c.step}"; stderr: ${stderr}`).toBe('SIGKILL');

    const logs: string[] = [];
    const app = await createApp({ corpusDir: corpus, dataDir: data, log: pino({ level: 'info' }, { write: (l: string) => void logs.push(l) }) });
    const files = await filesUnder(data);
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const cited = app.ask(QUESTION, { guildId: GUILD }).citations.some((cite) => cite.source === 'limousines');
    const listed = app.sources.list(GUILD).map((s) => s.indexed.meta.id);
    const audit = (await auditLines(data)).filter((l) => l.source === 'limousines');

    if (c.present) {
      expect(listed).toEqual(['limousines']);
      expect(cited).toBe(true);
      expect(files.filter((f) => f.startsWith(`sources/${GUILD}/`))).toEqual([`sources/${GUILD}/limousines.json`, `sources/${GUILD}/limousines.md`]);
      const record = JSON.parse(await readFile(join(data, `sources/${GUILD}/limousines.json`), 'utf8')) as { sha256: string; addedBy: string };
      expect(record.sha256).toBe(fileHash(await readFile(join(data, `sources/${GUILD}/limousines.md`))));
      expect(record.addedBy).toBe('300000000000000001');
      expect(audit.map((l) => l.action)).toEqual(['add']);
    } else {
      expect(listed).toEqual([]);
      expect(cited).toBe(false);
      expect(files.filter((f) => f.startsWith(`sources/${GUILD}/`))).toEqual([]);
      expect(audit.map((l) => l.action)).toEqual(c.action === 'add' ? [] : ['add', 'remove']);
      if (c.action === 'remove') {
        // Removed, not lost: it comes back whole.
        await app.sources.restore(GUILD, 'limousines', '300000000000000003');
        expect(app.ask(QUESTION, { guildId: GUILD }).citations.some((cite) => cite.source === 'limousines')).toBe(true);
      }
    }
    // The base corpus answers as ever.
    expect(app.ask('Siapa Menteri Luar Negeri Rusia yang hadir?', { guildId: GUILD }).found).toBe(true);
    await app.close();

    // What this start wrote (recovered records, a fresh snapshot) is itself a consistent state.
    const again = await createApp({ corpusDir: corpus, dataDir: data, log: pino({ level: 'info' }, { write: (l: string) => void logs.push(l) }) });
    const expected = c.present || c.action === 'remove';
    expect(again.ask(QUESTION, { guildId: GUILD }).citations.some((cite) => cite.source === 'limousines')).toBe(expected);
    await again.close();
    if (expected) expect(logs.some((l) => l.includes(`Loaded the index of \\"${GUILD}\\" from its snapshot`))).toBe(true);
  });
});
