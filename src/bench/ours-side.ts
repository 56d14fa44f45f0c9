/**
 * The engine's side of one benchmark size, run in its own process: build the library from the
 * corpus file, measure memory, time every command and save a snapshot; then, with the built
 * library gone, load the snapshot and add long sources to the loaded index.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { answerTopics, answerWho, Library } from '../engine/index.js';
import type { Source } from '../engine/types.js';
import { timeAnswers } from './answers.js';
import { generateLongSource, wordCount } from './corpus.js';
import { collectGarbage, memoryNow, percentile, timeOnce } from './measure.js';
import { startProfiler, type Profiler } from './profile.js';
import type { OursFigures, OursJob } from './protocol.js';
import { loadPools, type SentencePools } from './sentences.js';
import type { Progress } from './worker.js';

const LONG_SOURCES = 3;

export async function runOurs(job: OursJob, progress: Progress): Promise<OursFigures> {
  const profiler = await startProfiler(job.profileDir);
  const built = await buildAndAnswer(job, progress, profiler);
  collectGarbage();
  progress('ours: snapshot load', 0, 1);
  let loaded: Library | undefined;
  const loadMs = timeOnce(() => (loaded = Library.fromSnapshot(JSON.parse(readFileSync(job.snapshotFile, 'utf8')))));
  progress('ours: snapshot load', 1, 1);
  const pools = loadPools(job.facqa);
  const addLongSource = await profiler.phase('add', () => addLong(loaded!, job, pools));
  const profiles = await profiler.stop();
  return { ...built, snapshot: { ...built.snapshot, loadMs }, addLongSource, ...(profiles ? { profiles } : {}) };
}

async function buildAndAnswer(job: OursJob, progress: Progress, profiler: Profiler): Promise<Omit<OursFigures, 'addLongSource' | 'profiles'>> {
  const before = memoryNow();
  let sources: Source[] | null = JSON.parse(readFileSync(job.corpusFile, 'utf8')) as Source[];
  const total = sources.reduce((a, s) => a + s.body.split('\n\n').length, 0);
  const library = new Library();
  let done = 0;
  const buildMs = await profiler.phase('build', () =>
    timeOnce(() => {
      for (const source of sources!) {
        done += library.add(source).passages.length;
        progress('ours: build', done, total);
      }
    }),
  );
  const englishPassages = sources.filter((s) => s.lang === 'en').reduce((a, s) => a + (library.get(s.id)?.passages.length ?? 0), 0);
  const sourceCount = sources.length;
  sources = null;
  const after = memoryNow();
  const facts = { people: 0, times: 0, topics: 0 };
  for (const s of library.sources()) {
    facts.people += s.people.length;
    facts.times += s.times.length;
    facts.topics += s.topics.length;
  }

  progress('ours: answers', 0, 1);
  const answers = await profiler.phase('answers', () => timeAnswers(library, job.rounds));
  progress('ours: answers', 1, 1);

  progress('ours: snapshot save', 0, 1);
  let bytes = 0;
  const saveMs = timeOnce(() => {
    const json = JSON.stringify(library.toSnapshot());
    writeFileSync(job.snapshotFile, json);
    bytes = Buffer.byteLength(json);
  });
  progress('ours: snapshot save', 1, 1);
  return {
    sources: sourceCount,
    passages: library.passageCount,
    englishPassages,
    facts,
    buildMs,
    memory: { heapBytes: after.heapUsed - before.heapUsed, heapUsedBytes: after.heapUsed, rssBytes: after.rss, collected: after.collected },
    ...answers,
    snapshot: { bytes, saveMs, loadMs: Number.NaN },
  };
}

/** Adds a few long sources to the loaded index, one at a time; then the first answers that must re-merge. */
function addLong(library: Library, job: OursJob, pools: SentencePools): OursFigures['addLongSource'] {
  const ms: number[] = [];
  let words = 0;
  for (let i = 0; i < LONG_SOURCES; i++) {
    const source = generateLongSource(pools, { words: job.longSourceWords, seed: job.seed + 1000 + i, id: `bench-long-${i + 1}` });
    words = wordCount(source);
    ms.push(timeOnce(() => library.add(source)));
  }
  return {
    words,
    ms,
    medianMs: percentile(ms, 0.5),
    nextWhoMs: timeOnce(() => answerWho(library, null)),
    nextTopicsMs: timeOnce(() => answerTopics(library, null)),
  };
}
