import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type LiveApp, type Scope } from '../src/app.js';

const GUILD = '123456789012345678';
const OTHER = '223456789012345678';
const logs: Array<{ msg: string; level: number }> = [];
const log = pino({ level: 'info' }, { write: (line: string) => void logs.push(JSON.parse(line) as { msg: string; level: number }) });
let dir: string;
let app: LiveApp;

const doc = (title: string, body: string) => `---\ntitle: ${title}\nlang: en\n---\n${body}\n`;
const open = () => createApp({ corpusDir: join(dir, 'corpus'), dataDir: join(dir, 'data'), log, snapshotDelayMs: 5 });
const text = (t: string) => ({ kind: 'text' as const, text: t });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'app-test-'));
  await mkdir(join(dir, 'corpus'));
  await copyFile(fileURLToPath(new URL('../corpus/alaska-summit-2025.md', import.meta.url)), join(dir, 'corpus/alaska-summit-2025.md'));
  await mkdir(join(dir, 'data/sources/global'), { recursive: true });
  await mkdir(join(dir, `data/sources/${GUILD}`), { recursive: true });
  // Placed by hand: loaded (a record is recovered for each), and a server file reusing a base id is skipped.
  await writeFile(join(dir, 'data/sources/global/wire.md'), doc('Wire report', 'Officials said the delegations exchanged gifts of smoked salmon in Anchorage.'));
  await writeFile(join(dir, `data/sources/${GUILD}/alaska-summit-2025.md`), doc('Impostor', 'Something else entirely.'));
  app = await open();
});

afterAll(async () => {
  await app.close();
  await rm(dir, { recursive: true, force: true });
});

const sourcesOf = (answer: { citations: Array<{ source: string }> }) => answer.citations.map((c) => c.source);
const LIMOUSINES = 'How many armoured limousines did reporters count at the airbase?';

describe('createApp', () => {
  it('answers every scope from the base corpus and the global data sources', () => {
    for (const guildId of [null, GUILD, OTHER]) {
      expect(sourcesOf(app.ask('What gifts did the delegations exchange?', { guildId }))).toContain('wire');
      expect(app.passage('alaska-summit-2025', 1, { guildId })?.passage.text).toMatch(/^Putaran pertama/);
    }
  });

  it('answers from a source the moment a moderator adds it, and only in that server', async () => {
    expect(sourcesOf(app.ask(LIMOUSINES, { guildId: GUILD }))).not.toContain('limousines');
    const added = await app.sources.add({ guildId: GUILD, userId: '42', upload: text('Reporters counted forty armoured limousines at the airbase in Anchorage.'), options: { title: 'Limousines' } });
    expect(added.indexed.meta.id).toBe('limousines');
    expect(sourcesOf(app.ask(LIMOUSINES, { guildId: GUILD }))).toContain('limousines');
    expect(sourcesOf(app.ask(LIMOUSINES, { guildId: OTHER }))).not.toContain('limousines');
    expect(sourcesOf(app.ask(LIMOUSINES, { guildId: null }))).not.toContain('limousines');
    expect(app.passage('limousines', 1, { guildId: OTHER })).toBeUndefined();
    expect(app.knownTopics('', { guildId: GUILD })).toBeInstanceOf(Array);
  });

  it("never lets a server's file replace a base source, and says so", () => {
    expect(app.passage('alaska-summit-2025', 1, { guildId: GUILD })?.meta.title).not.toBe('Impostor');
    expect(logs.map((l) => l.msg)).toContain(`${join(dir, `data/sources/${GUILD}/alaska-summit-2025.md`)}: skipped: a source with id "alaska-summit-2025" is already loaded`);
  });
});

describe('a restart', () => {
  const QUESTIONS = [LIMOUSINES, 'Siapa Menteri Luar Negeri Rusia yang hadir?', 'What gifts did the delegations exchange?', 'When did Trump land?', 'Berapa lama pertemuan berlangsung?'];
  const everything = (a: LiveApp, scope: Scope) => JSON.stringify({
    ask: QUESTIONS.map((q) => a.ask(q, scope)),
    who: [a.who(null, scope), a.who('Who accompanied Trump?', scope)],
    when: [a.when(null, scope), a.when('How long did the talks last?', scope)],
    topics: [a.topics(null, scope), a.topics('Ukraine', scope)],
  });

  it('after adds and removes answers exactly as before it, from snapshots and from the files alone', async () => {
    await app.sources.add({ guildId: GUILD, userId: '42', upload: text('Trump landed in Anchorage on Friday morning and greeted Putin on the tarmac before the talks began.'), options: { title: 'Landing' } });
    await app.sources.add({ guildId: OTHER, userId: '43', upload: text('Ukraine was not invited to the talks, officials in Kyiv said on Saturday.'), options: { title: 'Kyiv' } });
    const temporary = await app.sources.add({ guildId: GUILD, userId: '42', upload: text('A correction: the talks lasted two hours and forty minutes, not three hours.'), options: {} });
    await app.sources.remove(GUILD, temporary.indexed.meta.id, '42');
    const scopes: Scope[] = [{ guildId: null }, { guildId: GUILD }, { guildId: OTHER }];
    const before = scopes.map((s) => everything(app, s));
    await app.close();

    logs.length = 0;
    app = await open();
    expect(scopes.map((s) => everything(app, s))).toEqual(before);
    const fromSnapshot = logs.filter((l) => l.msg.includes('from its snapshot')).length;
    expect(fromSnapshot).toBe(3);
    await app.close();

    await rm(join(dir, 'data/index'), { recursive: true });
    app = await open();
    expect(scopes.map((s) => everything(app, s))).toEqual(before);
  });
});
