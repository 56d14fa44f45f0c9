/**
 * The scripted interface end to end (shared CONTRACT.md): most cases run main() in-process against
 * a temporary corpus; two spawn the real entry point to prove stdout carries only JSON.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';
import { loadConfig } from '../src/config.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EN_BODY = [
  'Russian President Vladimir Putin and US President Donald Trump met at a military base in Anchorage, Alaska, on Friday, Aug. 15, 2025.',
  'The talks lasted about three hours. Secretary of State Marco Rubio and special envoy Steve Witkoff joined Trump, while Foreign Minister Sergey Lavrov and aide Yury Ushakov joined Putin.',
].join('\n\n');

let dir: string;
let corpus: string;
let data: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cli-test-'));
  corpus = join(dir, 'corpus');
  data = join(dir, 'data');
  await import('node:fs/promises').then((fs) => fs.mkdir(corpus));
  await copyFile(join(ROOT, 'corpus/alaska-summit-2025.md'), join(corpus, 'alaska-summit-2025.md'));
  await writeFile(join(corpus, 'anchorage-en.md'), `---\ntitle: Summit in Anchorage\nurl: https://example.com/anchorage\npublished: 2025-08-16\nlang: en\n---\n${EN_BODY}\n`);
  await writeFile(join(corpus, 'broken.md'), `---\ntitle: Broken\npublished: 2025-02-30\n---\nText.\n`);
  await writeFile(join(corpus, 'scan.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
  await writeFile(join(dir, 'new-report.txt'), 'Trump and Putin agreed to keep talking after the Anchorage meeting, officials said on Saturday.\n');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  json: Array<Record<string, any>>;
}

async function cli(argv: string[], stdin = ''): Promise<Run> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (c: Buffer) => out.push(c.toString()));
  stderr.on('data', (c: Buffer) => err.push(c.toString()));
  const log = pino({ level: 'warn' }, { write: (line: string) => void err.push(line) });
  const code = await main(argv, { stdin: Readable.from([stdin]), stdout, stderr, config: loadConfig({}), log });
  const text = out.join('');
  const json = argv.includes('--json') ? text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, any>) : [];
  return { code, stdout: text, stderr: err.join(''), json };
}

const base = () => ['--corpus', corpus, '--data', data];

function expectCitations(citations: Array<Record<string, any>>): void {
  for (const c of citations) {
    expect(Object.keys(c).sort()).toEqual(['excerpt', 'passage', 'published', 'source', 'title', 'url']);
    expect(c.excerpt.length).toBeLessThanOrEqual(400);
    expect(c.passage).toBeGreaterThanOrEqual(1);
  }
}

describe('one-shot commands with --json', () => {
  it('ask: one object in the contract shape; the malformed and binary files are reported, not fatal', async () => {
    const run = await cli([...base(), '--json', 'ask', 'Siapa', 'Menteri', 'Luar', 'Negeri', 'Rusia', 'yang', 'hadir?']);
    expect(run.code).toBe(0);
    expect(run.json).toHaveLength(1);
    const [answer] = run.json;
    expect(answer).toMatchObject({ command: 'ask', query: 'Siapa Menteri Luar Negeri Rusia yang hadir?', found: true });
    expect(answer!.citations.length).toBeGreaterThan(0);
    expect(answer!.citations.length).toBeLessThanOrEqual(5);
    expectCitations(answer!.citations);
    expect(run.stderr).toContain(`${join(corpus, 'broken.md')}:3`);
    expect(run.stderr).toContain(`${join(corpus, 'scan.txt')}: skipped`);
  });

  it('who, when and topics answer in their shapes', async () => {
    const who = (await cli([...base(), '--json', 'who'])).json[0]!;
    expect(who).toMatchObject({ command: 'who', found: true });
    for (const p of who.people) {
      expect(typeof p.name).toBe('string');
      expect(p.citations.length).toBeGreaterThan(0);
      expectCitations(p.citations);
    }
    const when = (await cli([...base(), '--json', 'when'])).json[0]!;
    expect(when.command).toBe('when');
    expect(typeof when.found).toBe('boolean');
    for (const d of when.dates) expect(['date', 'time', 'duration', 'year', 'relative']).toContain(d.kind);
    const topics = (await cli([...base(), '--json', 'topics'])).json[0]!;
    expect(topics.command).toBe('topics');
    expect(Array.isArray(topics.topics)).toBe(true);
  });

  it.each([
    [['ask'], 'Ask a question: '],
    [['ask', '   '], 'Ask a question: '],
  ])('%j is a user error: exit 1 and a JSON error object', async (args, message) => {
    const run = await cli([...base(), '--json', ...args]);
    expect(run.code).toBe(1);
    expect(run.json).toEqual([{ command: 'ask', error: expect.stringContaining(message) }]);
  });

  it('a 5,000-character question with emoji and mixed scripts is answered, not crashed on', async () => {
    const question = `Siapa 👋 yang hadir в Аляске 東京 ${'dan siapa lagi '.repeat(400)}`.slice(0, 5000);
    const run = await cli([...base(), '--json', 'ask', question]);
    expect(run.code).toBe(0);
    expect(run.json[0]).toMatchObject({ command: 'ask', query: question.trim() });
  });

  it.each([
    [['frobnicate'], 'Unknown command "frobnicate". Commands: ask, who, when, topics, sources'],
    [['--nope', 'ask', 'x'], 'Unknown option "--nope"'],
    [[], 'No command given'],
  ])('%j is a usage error: exit 2 with the commands listed', async (args, message) => {
    const run = await cli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('Usage:');
  });

  it('a missing corpus folder is a user error naming it', async () => {
    const run = await cli(['--corpus', join(dir, 'nowhere'), '--data', data, '--json', 'who']);
    expect(run.code).toBe(1);
    expect(run.json[0]!.error).toContain(join(dir, 'nowhere'));
  });
});

describe('sources add | list | remove', () => {
  it('adds a file to the data folder, lists it, answers from it, and removes it', async () => {
    const added = await cli([...base(), '--json', 'sources', 'add', join(dir, 'new-report.txt'), '--title', 'Talks to continue', '--published', '2025-08-16', '--lang', 'en', '--url', 'https://example.com/next']);
    expect(added.code).toBe(0);
    expect(added.json[0]).toMatchObject({ command: 'sources', action: 'add', scope: 'global', source: { id: 'new-report', title: 'Talks to continue', lang: 'en', published: '2025-08-16', url: 'https://example.com/next' } });
    expect(added.json[0]!.source.passages).toBe(1);
    // The source in the corpus format, and its record (who added it, when, its hash) next to it.
    expect(await readdir(join(data, 'sources/global'))).toEqual(['new-report.json', 'new-report.md']);

    const listed = await cli([...base(), '--json', 'sources', 'list']);
    expect(listed.json[0]!.sources.map((s: { id: string }) => s.id)).toEqual(['new-report']);

    const asked = await cli([...base(), '--json', 'ask', 'Did Trump and Putin agree to keep talking?']);
    expect(asked.json[0]!.citations.map((c: { source: string }) => c.source)).toContain('new-report');

    const removed = await cli([...base(), '--json', 'sources', 'remove', 'new-report']);
    expect(removed.json[0]).toMatchObject({ action: 'remove', source: { id: 'new-report' } });
    expect((await cli([...base(), '--json', 'sources', 'list'])).json[0]!.sources).toEqual([]);
  });

  it.each([
    [['--published', '2025-02-30'], '--published must be a real date'],
    [['--url', 'ftp://example.com'], '--url must start with http:// or https://'],
    [['--lang', 'ru'], '--lang must be "id" or "en"'],
    [['--title', 'x'.repeat(201)], '--title is 201 characters long'],
  ])('refuses %j with exit 1, naming the flag, and stores nothing', async (flags, message) => {
    const run = await cli([...base(), '--json', 'sources', 'add', join(dir, 'new-report.txt'), ...flags]);
    expect(run.code).toBe(1);
    expect(run.json).toEqual([{ command: 'sources add', error: expect.stringContaining(message) }]);
    expect((await cli([...base(), '--json', 'sources', 'list'])).json[0]!.sources).toEqual([]);
  });

  it('refuses to add a text the base corpus already has, and an id that does not exist to remove', async () => {
    const dup = await cli([...base(), 'sources', 'add', join(corpus, 'anchorage-en.md')]);
    expect(dup.code).toBe(1);
    expect(dup.stderr).toContain('A source with id "anchorage-en" already exists');
    const missing = await cli([...base(), 'sources', 'remove', 'nope']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('No source with id "nope"');
  });
});

describe('start without a token', () => {
  it('says so on stderr and runs the console on stdin', async () => {
    const run = await cli([...base(), '--json', 'start'], '/ask Who accompanied Putin?\n');
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('No DISCORD_TOKEN set: starting the console.');
    expect(run.json).toHaveLength(1);
    expect(run.json[0]!.command).toBe('ask');
  });
});

describe('the real entry point', () => {
  const tsx = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
  const spawn = (args: string[], input: string) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((done) => {
      const child = execFile(process.execPath, [tsx, join(ROOT, 'src/cli.ts'), ...args], { cwd: dir, env: { PATH: process.env.PATH, LOG_LEVEL: 'info' }, timeout: 20_000 }, (error, stdout, stderr) =>
        done({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }));
      child.stdin!.end(input);
    });

  // Each process costs about a second, so the two run side by side.
  it('console --json prints one object per line on stdout, logs on stderr; one-shot exits 1 on a user error', async () => {
    const lines = ['/ask Siapa yang mendampingi Putin?', '', '/ask', '/bogus', '/who utusan khusus', '/when', '/topics', '/sources list', 'Siapa perdana menteri Jepang?'];
    const [batch, empty] = await Promise.all([
      spawn([...base(), '--json', 'console'], lines.join('\n')),
      spawn([...base(), '--json', 'ask', ' '], ''),
    ]);
    expect(batch.status).toBe(0);
    const objects = batch.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(objects.map((o) => o.command)).toEqual(['ask', 'ask', 'bogus', 'who', 'when', 'topics', 'sources', 'ask']);
    expect(objects.map((o) => 'error' in o)).toEqual([false, true, true, false, false, false, false, false]);
    expect(objects[7]).toMatchObject({ found: false });
    expect(batch.stderr).toContain('broken.md:3');

    expect(empty.status).toBe(1);
    expect(JSON.parse(empty.stdout)).toEqual({ command: 'ask', error: expect.stringMatching(/^Ask a question/) });
  });
});
