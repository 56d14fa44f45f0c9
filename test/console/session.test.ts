import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBatch, runInteractive } from '../../src/console/session.js';
import type { Session } from '../../src/console/run.js';
import { SourceStore } from '../../src/sources/store.js';
import { fakeApp } from '../commands/fake-app.js';

let dir: string;
const logged: string[] = [];

function session(): Session {
  const log = pino({ level: 'info' }, { write: (line: string) => void logged.push(line) });
  return { app: fakeApp(), store: new SourceStore(dir), scope: { guildId: null }, locale: 'en', log };
}

async function batch(lines: string[], json: boolean): Promise<string> {
  const output = new PassThrough();
  const chunks: string[] = [];
  output.on('data', (c: Buffer) => chunks.push(c.toString()));
  await runBatch({ session: session(), input: Readable.from([lines.join('\n')]), output, json });
  return chunks.join('');
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'session-test-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('runBatch --json', () => {
  it('prints one object per non-blank line, in order, and keeps going after failing lines', async () => {
    const out = await batch([
      '/ask Siapa Menteri Luar Negeri Rusia?',
      '',
      '/ask    ',
      '/frobnicate now',
      'Siapa perdana menteri Jepang?',
      '   ',
      '/ask boom',
      '/who',
      '/tanya Who 👋 в Аляске?',
      '/sources list',
      '/help',
      '/quit',
      '/ask never read',
    ], true);
    const objects = out.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(objects.map((o) => [o.command, 'error' in o])).toEqual([
      ['ask', false],
      ['ask', true],
      ['frobnicate', true],
      ['ask', false],
      ['ask', true],
      ['who', false],
      ['ask', false],
      ['sources', false],
      ['help', false],
      ['quit', false],
    ]);
    expect(objects[0]).toMatchObject({ found: true, answer: 'Sergey Lavrov' });
    expect(objects[1]!.error).toMatch(/^Ask a question: /);
    expect(objects[2]!.error).toMatch(/^Unknown command "\/frobnicate"\. Commands: \/ask <question>, \/who/);
    expect(objects[3]).toMatchObject({ found: false, answer: null, citations: [] });
    // A bug is not shown to the user, but it is logged with its stack.
    expect(objects[4]!.error).toBe('Something went wrong while answering; the error was logged.');
    expect(logged.some((l) => l.includes('engine exploded') && l.includes('"stack"'))).toBe(true);
    expect(objects[6]).toMatchObject({ query: 'Who 👋 в Аляске?' });
    expect(objects[7]).toMatchObject({ action: 'list', scope: 'global', sources: [] });
  });

  it('answers a bare line as a question', async () => {
    const out = await batch(['Who accompanied Putin?'], true);
    expect(JSON.parse(out)).toMatchObject({ command: 'ask', query: 'Who accompanied Putin?' });
  });
});

describe('runBatch text', () => {
  it('prints each answer as the reader will see it, errors in place', async () => {
    const out = await batch(['/ask', '/ask Siapa?'], false);
    expect(out).toBe(
      'Error: Ask a question: for example /ask Who accompanied Putin?\n\n' +
      'Answer: Sergey Lavrov [1]\n\n[1] “Dari Rusia, hadir Menteri Luar Negeri Sergey Lavrov dan Penasihat Presiden untuk Urusan Internasional, Yury Ushakov.”\n' +
      '    — Putaran pertama perundingan Putin–Trump di Alaska, passage 1\n\n',
    );
  });
});

describe('runInteractive', () => {
  it('prompts, answers, shows /help and /history, and leaves on /quit', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    const chunks: string[] = [];
    output.on('data', (c: Buffer) => chunks.push(c.toString()));
    const done = runInteractive({ session: session(), input, output });
    input.write('/ask Siapa?\n/help\n/history\n/quit\n');
    await done;
    const text = chunks.join('');
    expect(text).toContain('summit> ');
    expect(text).toContain('Answer: Sergey Lavrov [1]');
    expect(text).toMatch(/\/topics \[filter\] +The topics discussed/);
    expect(text).toContain('The up and down arrows recall earlier lines.');
    expect(text).toMatch(/ {2}1 {2}\/ask Siapa\?\n {2}2 {2}\/help/);
  });
});
