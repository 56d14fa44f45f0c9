import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.js';

const GUILD = '123456789012345678';
const OTHER = '223456789012345678';
const warnings: string[] = [];
let dir: string;
let app: App;

const doc = (title: string, body: string) => `---\ntitle: ${title}\nlang: en\n---\n${body}\n`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'app-test-'));
  await mkdir(join(dir, 'corpus'));
  await copyFile(fileURLToPath(new URL('../corpus/alaska-summit-2025.md', import.meta.url)), join(dir, 'corpus/alaska-summit-2025.md'));
  await mkdir(join(dir, 'data/sources/global'), { recursive: true });
  await mkdir(join(dir, `data/sources/${GUILD}`), { recursive: true });
  await writeFile(join(dir, 'data/sources/global/wire.md'), doc('Wire report', 'Officials said the delegations exchanged gifts of smoked salmon in Anchorage.'));
  await writeFile(join(dir, `data/sources/${GUILD}/local.md`), doc('Server report', 'Reporters counted forty armoured limousines at the airbase.'));
  // Same id as the base corpus: skipped with a warning, never replacing the vetted text.
  await writeFile(join(dir, `data/sources/${GUILD}/alaska-summit-2025.md`), doc('Impostor', 'Something else entirely.'));
  const log = pino({ level: 'warn' }, { write: (line: string) => void warnings.push(line) });
  app = await createApp({ corpusDir: join(dir, 'corpus'), dataDir: join(dir, 'data'), log });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const sourcesOf = (answer: { citations: Array<{ source: string }> }) => answer.citations.map((c) => c.source);

describe('createApp', () => {
  it('answers every scope from the base corpus and the global data sources', () => {
    for (const guildId of [null, GUILD, OTHER]) {
      expect(sourcesOf(app.ask('What gifts did the delegations exchange?', { guildId }))).toContain('wire');
      expect(app.passage('alaska-summit-2025', 1, { guildId })?.passage.text).toMatch(/^Putaran pertama/);
    }
  });

  it('answers from a server\'s own sources only in that server', () => {
    expect(sourcesOf(app.ask('How many armoured limousines did reporters count at the airbase?', { guildId: GUILD }))).toContain('local');
    expect(sourcesOf(app.ask('How many armoured limousines did reporters count at the airbase?', { guildId: OTHER }))).not.toContain('local');
    expect(sourcesOf(app.ask('How many armoured limousines did reporters count at the airbase?', { guildId: null }))).not.toContain('local');
    expect(app.passage('local', 1, { guildId: OTHER })).toBeUndefined();
  });

  it('skips a server source that reuses a base id, with a warning', () => {
    expect(app.passage('alaska-summit-2025', 1, { guildId: GUILD })?.meta.title).not.toBe('Impostor');
    const messages = warnings.map((w) => (JSON.parse(w) as { msg: string }).msg);
    expect(messages).toContain('Source "alaska-summit-2025" is skipped: a source with that id is already loaded');
  });
});
