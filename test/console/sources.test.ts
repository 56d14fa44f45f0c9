/**
 * `sources add|list|show|remove|restore` on the command line, per server with --guild, on the
 * same data folder the bot uses (main() in-process, as the CLI tests do).
 */
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { loadConfig } from '../../src/config.js';
import { SEED_PATH } from '../support/seed.js';

const GUILD = '123456789012345678';
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cli-sources-'));
  await mkdir(join(dir, 'corpus'));
  await copyFile(SEED_PATH, join(dir, 'corpus/alaska-summit-2025.md'));
  await writeFile(join(dir, 'limousines.txt'), 'Limousines at the airbase\n\nReporters counted forty armoured limousines at the airbase in Anchorage when Vladimir Putin landed on August 15, 2025.\n');
  await writeFile(join(dir, 'page.html'), '<html lang="en"><head><title>Talks end without a deal in Anchorage</title></head><body><nav>Home</nav><article><p>The talks between Donald Trump and Vladimir Putin in Anchorage ended without a deal on a ceasefire in Ukraine, officials said.</p></article></body></html>');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function cli(...args: string[]): Promise<{ code: number; json: Record<string, any>; stdout: string }> {
  const stdout = new PassThrough();
  const chunks: string[] = [];
  stdout.on('data', (c: Buffer) => chunks.push(c.toString()));
  const code = await main(['--corpus', join(dir, 'corpus'), '--data', join(dir, 'data'), ...args], {
    stdin: Readable.from(['']), stdout, stderr: new PassThrough(), config: loadConfig({}), log: pino({ level: 'silent' }),
  });
  const text = chunks.join('');
  return { code, stdout: text, json: args.includes('--json') ? (JSON.parse(text.trim().split('\n').pop()!) as Record<string, any>) : {} };
}

describe('sources on the command line', () => {
  it('adds to one server with --guild: stored there, answered there only, audited as the operator', async () => {
    const added = await cli('--json', '--guild', GUILD, 'sources', 'add', join(dir, 'limousines.txt'), '--lang', 'en');
    expect(added.json).toMatchObject({ command: 'sources', action: 'add', scope: GUILD, source: { id: 'limousines', title: 'Limousines at the airbase', lang: 'en', passages: 2, dates: ['August 15, 2025'] } });
    expect(added.json.source.people).toContain('Vladimir Putin');
    expect((await cli('--json', 'sources', 'list')).json.sources).toEqual([]);
    expect((await cli('--json', '--guild', GUILD, 'sources', 'list')).json.sources.map((s: { id: string }) => s.id)).toEqual(['limousines']);
    const inServer = await cli('--json', '--guild', GUILD, 'ask', 'How many armoured limousines did reporters count?');
    expect(inServer.json.citations.map((c: { source: string }) => c.source)).toContain('limousines');
    const elsewhere = await cli('--json', 'ask', 'How many armoured limousines did reporters count?');
    expect(elsewhere.json.citations.map((c: { source: string }) => c.source)).not.toContain('limousines');
    const audit = (await readFile(join(dir, 'data/audit.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as { user: string; guild: string });
    expect(audit.at(-1)).toMatchObject({ guild: GUILD, user: expect.stringMatching(/^cli/) });
  });

  it('adds an HTML page as its article text', async () => {
    const added = await cli('--json', 'sources', 'add', join(dir, 'page.html'));
    expect(added.json.source).toMatchObject({ id: 'page', title: 'Talks end without a deal in Anchorage', lang: 'en', passages: 1 });
  });

  it('shows, removes and restores, in text and JSON', async () => {
    const shown = await cli('--guild', GUILD, 'sources', 'show', 'limousines');
    expect(shown.stdout).toContain('limousines: Limousines at the airbase (en)');
    expect(shown.stdout).toContain('[2] Reporters counted forty armoured limousines');
    const removed = await cli('--json', '--guild', GUILD, 'sources', 'remove', 'limousines');
    expect(removed.json).toMatchObject({ action: 'remove', source: { id: 'limousines', title: 'Limousines at the airbase' }, restorableUntil: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect((await cli('--json', '--guild', GUILD, 'sources', 'list')).json.sources).toEqual([]);
    const restored = await cli('--guild', GUILD, 'sources', 'restore', 'limousines');
    expect(restored.stdout.split('\n')[0]).toBe('Restored');
    expect((await cli('--json', '--guild', GUILD, 'sources', 'list')).json.sources.map((s: { id: string }) => s.id)).toEqual(['limousines']);
  });

  it.each([
    [['sources', 'remove', 'alaska-summit-2025'], '"alaska-summit-2025" is a base source every server shares; it cannot be removed here'],
    [['sources', 'restore', 'nope'], 'No removed source with id "nope" can be restored'],
    [['sources', 'show', 'nope'], 'No source with id "nope" here'],
    [['--guild', 'abc', 'sources', 'list'], '"abc" is not a server id (digits only)'],
  ])('%j is refused with a message naming the problem', async (args, message) => {
    const run = await cli('--json', ...args);
    expect(run.code).toBe(1);
    expect(run.json.error).toBe(message);
  });
});
