/**
 * The benchmark's orchestration: for each size, write the corpus, run our side and plain
 * MiniSearch's side in separate worker processes, time start-up in fresh processes; then the
 * many-servers scenario; then check the targets.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from './corpus.js';
import { checkTargets, ratios, REPORT_VERSION, type BenchReport, type Machine, type SizeReport } from './report.js';
import { firstAnswer, runWorker, type FirstAnswer, type OnProgress } from './run-worker.js';
import type { GuildFigures, OursFigures, PlainFigures } from './protocol.js';
import { ASK_QUESTIONS } from './questions.js';
import { loadPools } from './sentences.js';

export interface BenchOptions {
  sizes: number[];
  seed: number;
  rounds: number;
  englishShare: number;
  facqa: string;
  longSourceWords: number;
  profileDir: string | null;
  guilds: { count: number; passagesEach: number; touches: number; budgetBytes: number } | null;
}

const WARM_RUNS = 3;

export async function runBench(options: BenchOptions, progress: OnProgress, log: (line: string) => void): Promise<BenchReport> {
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const loadAtStart = loadavg()[0]!;
  const tmp = mkdtempSync(join(tmpdir(), 'bench-'));
  try {
    const pools = loadPools(options.facqa);
    const sizes: SizeReport[] = [];
    for (const passages of options.sizes) {
      log(`\n${passages.toLocaleString('en-US')} passages`);
      sizes.push(await runSize(passages, options, pools, tmp, progress));
    }
    const guilds = options.guilds ? await runGuildScenario(options, options.guilds, tmp, progress) : null;
    const largest = sizes.reduce<SizeReport | undefined>((a, s) => (!a || s.passages > a.passages ? s : a), undefined);
    return {
      version: REPORT_VERSION,
      startedAt,
      durationMs: performance.now() - started,
      machine: machine(loadAtStart),
      options: { sizes: options.sizes, seed: options.seed, rounds: options.rounds, englishShare: options.englishShare },
      sizes,
      guilds,
      targets: checkTargets(largest, guilds),
      targetsAt: largest?.passages ?? null,
    };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

async function runSize(passages: number, options: BenchOptions, pools: ReturnType<typeof loadPools>, tmp: string, progress: OnProgress): Promise<SizeReport> {
  const corpusFile = join(tmp, `corpus-${passages}.json`);
  const snapshotFile = join(tmp, `snapshot-${passages}.json`);
  writeFileSync(corpusFile, JSON.stringify(generateCorpus(pools, { passages, seed: options.seed, englishShare: options.englishShare })));
  const ours = await runWorker<OursFigures>(
    { kind: 'ours', corpusFile, snapshotFile, facqa: options.facqa, seed: options.seed, rounds: options.rounds, longSourceWords: options.longSourceWords, profileDir: options.profileDir },
    progress,
  );
  const plain = await runWorker<PlainFigures>({ kind: 'plain', corpusFile, rounds: options.rounds }, progress);
  const question = ASK_QUESTIONS[0]!.text;
  progress('start-up: cold', 0, 1);
  const cold = await firstAnswer('cold', corpusFile, question);
  progress('start-up: cold', 1, 1);
  const warmRuns: FirstAnswer[] = [];
  for (let i = 0; i < WARM_RUNS; i++) {
    progress('start-up: warm', i, WARM_RUNS);
    warmRuns.push(await firstAnswer('warm', snapshotFile, question));
  }
  progress('start-up: warm', WARM_RUNS, WARM_RUNS);
  const warm = [...warmRuns].sort((a, b) => a.wallMs - b.wallMs)[Math.floor(WARM_RUNS / 2)]!;
  rmSync(corpusFile, { force: true });
  rmSync(snapshotFile, { force: true });
  return { passages, ours, plain, startup: { cold, warm }, ratios: ratios(ours, plain) };
}

async function runGuildScenario(options: BenchOptions, g: NonNullable<BenchOptions['guilds']>, tmp: string, progress: OnProgress): Promise<GuildFigures> {
  const dir = join(tmp, 'guilds');
  mkdirSync(dir, { recursive: true });
  // Building a thousand small libraries is the slow part: split it over the cores.
  const workers = Math.max(1, Math.min(2, cpus().length));
  const ids = Array.from({ length: g.count }, (_, i) => i);
  let done = 0;
  const shares = Array.from({ length: workers }, (_, w) => ids.filter((i) => i % workers === w));
  const last = new Array<number>(workers).fill(0);
  await Promise.all(
    shares.map((guilds, w) =>
      runWorker({ kind: 'guild-prep', dir, facqa: options.facqa, seed: options.seed, guilds, passagesPerGuild: g.passagesEach }, (_phase, d) => {
        done += d - last[w]!;
        last[w] = d;
        progress('servers: build snapshots', done, g.count);
      }),
    ),
  );
  // Node's default heap limit here, as the bot runs: a larger limit would only let garbage pile up.
  const job = { kind: 'guilds', dir, guilds: g.count, passagesPerGuild: g.passagesEach, touches: g.touches, budgetBytes: g.budgetBytes, seed: options.seed } as const;
  return runWorker<GuildFigures>(job, progress, { heapMb: null });
}

export function machine(loadAtStart = loadavg()[0]!): Machine {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpu;
  } catch {
    // Not Linux: os.cpus() named it.
  }
  return {
    cpu,
    cores: cpus().length,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    totalMemoryMb: Math.round(totalmem() / 2 ** 20),
    loadAverage: { start: loadAtStart, end: loadavg()[0]! },
  };
}
