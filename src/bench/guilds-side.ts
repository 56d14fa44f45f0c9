/**
 * The many-servers scenario: every server has its own small library, saved as a snapshot file the
 * way a bot keeps them on disk. Servers are touched in random order (each answering one question);
 * GuildLibraries loads them on first use and evicts the least recently used over the budget.
 * Also the calibration of estimateLibraryBytes against measured heap.
 */
import { readFile } from 'node:fs/promises';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ask, Library } from '../engine/index.js';
import { estimateLibraryBytes, GuildLibraries, libraryFootprint } from '../sources/guild-cache.js';
import { generateCorpus } from './corpus.js';
import { memoryNow, summarize, timeOnceAsync } from './measure.js';
import type { CalibrateJob, CalibrationRow, GuildFigures, GuildPrepJob, GuildsJob } from './protocol.js';
import { ASK_QUESTIONS } from './questions.js';
import { createRng, shuffled } from './rng.js';
import { loadPools } from './sentences.js';
import type { Progress } from './worker.js';

export const guildFile = (dir: string, guild: number) => join(dir, `${guild}.json`);

export function prepareGuilds(job: GuildPrepJob, progress: Progress): { written: number } {
  const pools = loadPools(job.facqa);
  job.guilds.forEach((guild, i) => {
    const library = new Library();
    const corpus = generateCorpus(pools, { passages: job.passagesPerGuild, seed: job.seed + guild, idPrefix: `g${guild}` });
    for (const source of corpus) library.add(source);
    writeFileSync(guildFile(job.dir, guild), JSON.stringify(library.toSnapshot()));
    progress('servers: build snapshots', i + 1, job.guilds.length);
  });
  return { written: job.guilds.length };
}

export async function runGuilds(job: GuildsJob, progress: Progress): Promise<GuildFigures> {
  const before = memoryNow();
  const loadSamples: number[] = [];
  const cache = new GuildLibraries({
    budgetBytes: job.budgetBytes,
    load: async (id) => {
      const start = performance.now();
      const library = Library.fromSnapshot(JSON.parse(await readFile(guildFile(job.dir, Number(id)), 'utf8')));
      loadSamples.push(performance.now() - start);
      return library;
    },
  });
  const rng = createRng(job.seed);
  const all = Array.from({ length: job.guilds }, (_, i) => i);
  // Every server once in random order, then random servers (some loaded, most not) up to `touches`.
  const order = [...shuffled(all, rng), ...Array.from({ length: Math.max(0, job.touches - job.guilds) }, () => rng.int(0, job.guilds - 1))];
  const touchSamples: number[] = [];
  let maxRss = process.memoryUsage.rss();
  for (const [i, guild] of order.entries()) {
    const question = ASK_QUESTIONS[i % ASK_QUESTIONS.length]!.text;
    touchSamples.push(await timeOnceAsync(async () => ask(await cache.get(String(guild)), question)));
    maxRss = Math.max(maxRss, process.memoryUsage.rss());
    progress('servers: touch', i + 1, order.length);
  }
  const after = memoryNow();
  const stats = cache.stats();
  return {
    guilds: job.guilds,
    passagesPerGuild: job.passagesPerGuild,
    touches: order.length,
    budgetBytes: job.budgetBytes,
    baseRssBytes: before.rss,
    maxRssBytes: Math.max(maxRss, after.rss),
    finalHeapBytes: after.heapUsed,
    estimatedBytes: stats.estimatedBytes,
    loaded: stats.loaded,
    loads: stats.loads,
    hits: stats.hits,
    evictions: stats.evictions,
    loadMs: summarize(loadSamples),
    touchMs: summarize(touchSamples),
    measuredOverEstimate: (after.heapUsed - before.heapUsed) / stats.estimatedBytes,
  };
}

/**
 * Heap held by libraries of several sizes against the estimate. Many small libraries are held
 * at once for the small sizes, so per-library costs are measured, not guessed; process-wide
 * caches (the stem cache) are warmed first so they are not charged to the libraries.
 */
export function calibrate(job: CalibrateJob, progress: Progress): CalibrationRow[] {
  const pools = loadPools(job.facqa);
  const warm = new Library();
  for (const s of generateCorpus(pools, { passages: 3000, seed: job.seed + 999, idPrefix: 'warm' })) warm.add(s);
  const rows: CalibrationRow[] = [];
  job.sizes.forEach((passages, i) => {
    const copies = Math.max(1, Math.round(20_000 / passages));
    const before = memoryNow();
    const held: Library[] = [];
    for (let c = 0; c < copies; c++) {
      const library = new Library();
      for (const s of generateCorpus(pools, { passages, seed: job.seed + c, idPrefix: `c${c}` })) library.add(s);
      held.push(library);
    }
    const after = memoryNow();
    const feet = held.map(libraryFootprint);
    const mean = (f: (x: (typeof feet)[number]) => number) => feet.reduce((a, x) => a + f(x), 0) / copies;
    rows.push({
      passages,
      copies,
      measuredBytes: (after.heapUsed - before.heapUsed) / copies,
      estimatedBytes: held.reduce((a, l) => a + estimateLibraryBytes(l), 0) / copies,
      chars: mean((x) => x.chars),
      wordTypes: mean((x) => x.wordTypes),
    });
    progress('calibrate', i + 1, job.sizes.length);
  });
  if (warm.passageCount === 0) throw new Error('calibration corpus is empty');
  return rows;
}

/**
 * Least-squares fit of measured bytes = base + perChar × chars + perWordType × wordTypes, each row
 * weighted by 1 / measured so small libraries (the common case per server) count as much as big ones.
 */
export function fitLibraryBytes(rows: readonly CalibrationRow[]): { base: number; perChar: number; perWordType: number } {
  const a = [[0, 0, 0], [0, 0, 0], [0, 0, 0]];
  const b = [0, 0, 0];
  for (const r of rows) {
    const w = 1 / r.measuredBytes;
    const x = [w, r.chars * w, r.wordTypes * w];
    for (let i = 0; i < 3; i++) {
      b[i]! += x[i]! * 1;
      for (let j = 0; j < 3; j++) a[i]![j]! += x[i]! * x[j]!;
    }
  }
  const [base, perChar, perWordType] = solve3(a, b);
  return { base: base!, perChar: perChar!, perWordType: perWordType! };
}

/** Gaussian elimination with partial pivoting for a 3×3 system. */
function solve3(a: number[][], b: number[]): number[] {
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < 3; c++) {
    const p = [c, c + 1, c + 2].filter((r) => r < 3).reduce((best, r) => (Math.abs(m[r]![c]!) > Math.abs(m[best]![c]!) ? r : best), c);
    [m[c], m[p]] = [m[p]!, m[c]!];
    for (let r = 0; r < 3; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k < 4; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  return m.map((row, i) => row[3]! / row[i]!);
}
