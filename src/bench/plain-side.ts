/** Plain MiniSearch's side of one benchmark size, in its own process: build, memory, search latency. */
import { readFileSync } from 'node:fs';
import { toPassages } from '../engine/passages.js';
import type { Passage, Source } from '../engine/types.js';
import { PlainBaseline } from './plain-baseline.js';
import { ASK_QUESTIONS } from './questions.js';
import { memoryNow, sampleLatency, summarize, timeOnce } from './measure.js';
import type { PlainFigures, PlainJob } from './protocol.js';
import type { Progress } from './worker.js';

export function runPlain(job: PlainJob, progress: Progress): PlainFigures {
  const before = memoryNow();
  let passages: Passage[] | null = (JSON.parse(readFileSync(job.corpusFile, 'utf8')) as Source[]).flatMap((s) => toPassages(s));
  progress('plain: build', 0, 1);
  let plain: PlainBaseline | undefined;
  const buildMs = timeOnce(() => (plain = new PlainBaseline(passages!)));
  progress('plain: build', 1, 1);
  const count = passages.length;
  passages = null;
  const after = memoryNow();
  const questions = ASK_QUESTIONS.map((q) => q.text);
  const samples = sampleLatency(questions, (q) => plain!.search(q), job.rounds);
  const search = summarize(samples);
  return {
    passages: count,
    buildMs,
    memory: { heapBytes: after.heapUsed - before.heapUsed, heapUsedBytes: after.heapUsed, rssBytes: after.rss, collected: after.collected },
    search,
    searchesPerSecond: 1000 / search.mean,
    holds: 'MiniSearch index (default options, field "text") + Map of passage texts by key',
  };
}
