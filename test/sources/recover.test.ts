/**
 * Recovery of the states an interrupted remove or restore leaves (the crash tests cover adds and
 * removes with real kills; here a step hook throws, which stops the sequence at the same points).
 */
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SourceCatalog } from '../../src/sources/catalog.js';
import type { WriteStep } from '../../src/sources/store.js';
import { SEED_PATH } from '../support/seed.js';

const GUILD = '123456789012345678';
const REPORT = 'Reporters counted forty armoured limousines at the airbase in Anchorage when Vladimir Putin landed.';
const QUESTION = 'How many armoured limousines did reporters count?';

let dir: string;
let warnings: string[];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'recover-test-'));
  await mkdir(join(dir, 'corpus'));
  await copyFile(SEED_PATH, join(dir, 'corpus/alaska-summit-2025.md'));
  warnings = [];
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

class Stop extends Error {}

function open(stopAt?: WriteStep): Promise<SourceCatalog> {
  const log = pino({ level: 'warn' }, { write: (line: string) => void warnings.push((JSON.parse(line) as { msg: string }).msg) });
  const onStep = (step: WriteStep) => {
    if (step === stopAt) throw new Stop(step);
  };
  return SourceCatalog.open({ corpusDir: join(dir, 'corpus'), dataDir: join(dir, 'data'), log, onStep, snapshotDelayMs: 5 });
}

async function added(): Promise<string> {
  const catalog = await open();
  const source = await catalog.add({ guildId: GUILD, userId: '1', upload: { kind: 'text', text: REPORT }, options: { title: 'Limousines' } });
  await catalog.close();
  return source.indexed.meta.id;
}

const audit = async () => (await readFile(join(dir, 'data/audit.jsonl'), 'utf8')).split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { action: string }).action);
const files = async (sub: string) => (await readdir(join(dir, 'data', sub)).catch(() => [] as string[])).sort();
const answers = (catalog: SourceCatalog) => catalog.scope(GUILD)?.library.search(QUESTION).length ?? 0;

describe('recovery at start', () => {
  it.each<[WriteStep, boolean, string[]]>([
    // step the removal stopped after, source still there, audit afterwards
    ['remove-record', true, ['add']],
    ['remove-move', false, ['add', 'remove']],
    ['remove-audit', false, ['add', 'remove']],
  ])('a removal stopped after "%s" is undone or completed', async (step, present, actions) => {
    const id = await added();
    const interrupted = await open(step);
    await expect(interrupted.remove(GUILD, id, '2')).rejects.toThrow(Stop);
    const catalog = await open();
    expect(answers(catalog) > 0).toBe(present);
    expect(await files(`sources/${GUILD}`)).toEqual(present ? [`${id}.json`, `${id}.md`] : []);
    expect((await files(`removed/${GUILD}`)).length).toBe(present ? 0 : 2);
    expect(await audit()).toEqual(actions);
    await catalog.close();
  });

  it.each<WriteStep>(['restore-link', 'restore-audit'])('a restore stopped after "%s" is completed: the source is back, once', async (step) => {
    const id = await added();
    const first = await open();
    await first.remove(GUILD, id, '2');
    await first.close();
    const interrupted = await open(step);
    await expect(interrupted.restore(GUILD, id, '3')).rejects.toThrow(Stop);
    const catalog = await open();
    expect(answers(catalog)).toBeGreaterThan(0);
    expect(await files(`sources/${GUILD}`)).toEqual([`${id}.json`, `${id}.md`]);
    expect(await files(`removed/${GUILD}`)).toEqual([]);
    expect(await audit()).toEqual(['add', 'remove', 'restore']);
    const record = JSON.parse(await readFile(join(dir, `data/sources/${GUILD}/${id}.json`), 'utf8')) as { addedBy: string; removedBy?: string };
    expect(record).toMatchObject({ addedBy: '1' });
    expect(record.removedBy).toBeUndefined();
    expect(warnings).toContain(`Recovered source "${id}": completed an interrupted restore`);
    await catalog.close();
  });

  it("deletes a dead writer's temporary files, and sets aside a record whose source file is gone", async () => {
    const id = await added();
    await writeFile(join(dir, `data/sources/${GUILD}/.x.md.999999.0123456789ab.tmp`), 'half');
    await rm(join(dir, `data/sources/${GUILD}/${id}.md`));
    const catalog = await open();
    expect(await files(`sources/${GUILD}`)).toEqual([]);
    expect((await files(`removed/${GUILD}`)).filter((n) => n.endsWith('.json'))).toHaveLength(1);
    expect(warnings).toContain('Deleted temporary files an interrupted write left behind');
    expect(warnings).toContain(`The record of source "${id}" has no source file; it was moved to the removed folder`);
    await catalog.close();
  });
});
