/**
 * npm run bench: speed and memory at 1,000 / 10,000 / 100,000 passages, side by side with plain
 * MiniSearch, plus the many-servers scenario, with the issue's targets checked.
 *   --sizes 1000,10000      corpus sizes in passages (default 1000,10000,100000)
 *   --out FILE              the JSON report (default bench-results/<timestamp>.json)
 *   --markdown FILE         also write the table and machine as Markdown
 *   --seed N  --rounds N    corpus seed (default 1); timed rounds per question (default 5)
 *   --servers N             servers in the many-servers scenario (default 1000)
 *   --no-guilds             skip the many-servers scenario
 *   --profile               CPU profiles of each phase of our side (bench-results/profiles/)
 *   --calibrate             only measure library heap against estimateLibraryBytes
 *   --facqa FILE            the FacQA jsonl the Indonesian sentences come from
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { createProgress } from '../src/bench/progress.js';
import { machine, runBench } from '../src/bench/run.js';
import { runWorker } from '../src/bench/run-worker.js';
import { targetLines, type BenchReport } from '../src/bench/report.js';
import { markdownTable, textTable } from '../src/bench/table.js';
import { DEFAULT_FACQA } from '../src/bench/sentences.js';
import type { CalibrationRow } from '../src/bench/protocol.js';
import { fitLibraryBytes } from '../src/bench/guilds-side.js';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    out: { type: 'string' },
    markdown: { type: 'string' },
    seed: { type: 'string', default: '1' },
    rounds: { type: 'string', default: '5' },
    servers: { type: 'string', default: '1000' },
    'no-guilds': { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    calibrate: { type: 'boolean', default: false },
    facqa: { type: 'string', default: DEFAULT_FACQA },
  },
});

const wholeNumber = (name: string, text: string) => {
  const n = Number(text.replace(/_/g, ''));
  if (!Number.isSafeInteger(n) || n < 1) throw new Error(`--${name} must be positive whole numbers, got "${text}"`);
  return n;
};
const sizes = values.sizes!.split(',').map((s) => wholeNumber('sizes', s.trim()));
const seed = wholeNumber('seed', values.seed!);
const facqa = resolve(values.facqa!);
const servers = wholeNumber('servers', values.servers!);
const progress = createProgress(process.stderr);
const onProgress = (phase: string, done: number, total: number) => progress.update(phase, done, total);

if (values.calibrate) {
  const rows = await runWorker<CalibrationRow[]>({ kind: 'calibrate', facqa, seed, sizes: [30, 100, 300, 1000, 3000, 10000] }, onProgress);
  progress.finish();
  console.log('passages  copies   measured KB   estimated KB   measured/estimated     chars   word types');
  for (const r of rows) {
    console.log(`${String(r.passages).padStart(8)}  ${String(r.copies).padStart(6)}   ${(r.measuredBytes / 1024).toFixed(0).padStart(11)}   ${(r.estimatedBytes / 1024).toFixed(0).padStart(12)}   ${(r.measuredBytes / r.estimatedBytes).toFixed(2).padStart(18)}   ${r.chars.toFixed(0).padStart(7)}   ${r.wordTypes.toFixed(0).padStart(10)}`);
  }
  const fit = fitLibraryBytes(rows);
  console.log(`\nFitted: base ${fit.base.toFixed(0)} B, perChar ${fit.perChar.toFixed(2)} B, perWordType ${fit.perWordType.toFixed(1)} B`);
  process.exit(0);
}

const budgetMb = loadConfig().guildIndexBudgetMb;
const busy = loadavg()[0]! / cpus().length;
if (busy > 0.5) console.error(`Note: the machine is busy (load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores); latencies will include waiting for a core.`);
const report = await runBench(
  {
    sizes,
    seed,
    rounds: wholeNumber('rounds', values.rounds!),
    englishShare: 0.1,
    facqa,
    longSourceWords: 5000,
    profileDir: values.profile ? resolve('bench-results/profiles') : null,
    guilds: values['no-guilds'] ? null : { count: servers, passagesEach: 100, touches: 3 * servers, budgetBytes: budgetMb * 2 ** 20 },
  },
  onProgress,
  (line) => {
    progress.finish();
    console.error(line);
  },
);
progress.finish();

const out = resolve(values.out ?? `bench-results/${report.startedAt.replace(/[:.]/g, '-')}.json`);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);

console.log(`\n${machineLine(report)}\n`);
console.log(textTable(report));
if (report.guilds) console.log(`\n${guildLines(report, budgetMb).join('\n')}`);
console.log(`\n${targetLines(report).join('\n')}`);
for (const s of report.sizes) {
  for (const [phase, summary] of Object.entries(s.ours.profiles ?? {})) console.log(`\nProfile, ${s.passages} passages, ${phase}: ${summary}`);
}
console.log(`\nReport: ${out}`);
if (values.markdown) {
  const md = resolve(values.markdown);
  writeFileSync(md, `${machineLine(report)}\n\n${markdownTable(report)}\n\n${report.guilds ? `${guildLines(report, budgetMb).join('\n')}\n\n` : ''}${targetLines(report).join('\n')}\n`);
  console.log(`Markdown: ${md}`);
}

function machineLine(r: BenchReport): string {
  const m = r.machine ?? machine();
  const load = `load average ${m.loadAverage.start.toFixed(1)} at start, ${m.loadAverage.end.toFixed(1)} at end`;
  return `Machine: ${m.cpu}, ${m.cores} cores, ${(m.totalMemoryMb / 1024).toFixed(0)} GB, Node ${m.node} (${m.platform}); ${load}; seed ${r.options.seed}, ${r.options.rounds} rounds; ${(r.durationMs / 1000).toFixed(0)} s`;
}

function guildLines(r: BenchReport, budget: number): string[] {
  const g = r.guilds!;
  const mb = (x: number) => `${(x / 2 ** 20).toFixed(0)} MB`;
  return [
    `Many servers: ${g.guilds.toLocaleString('en-US')} servers × ${g.passagesPerGuild} passages, ${g.touches.toLocaleString('en-US')} touches in random order, budget ${budget} MB (GUILD_INDEX_BUDGET_MB)`,
    `  peak RSS ${mb(g.maxRssBytes)} (${mb(g.baseRssBytes)} before any server loaded), heap at end ${mb(g.finalHeapBytes)}; ${g.loaded} libraries loaded at the end (estimated ${mb(g.estimatedBytes)}; measured heap ÷ estimate ${g.measuredOverEstimate.toFixed(2)})`,
    `  ${g.loads} loads (p50 ${g.loadMs.p50.toFixed(1)} ms, p99 ${g.loadMs.p99.toFixed(1)} ms), ${g.hits} hits, ${g.evictions} evictions; touch (load if needed + /ask) p50 ${g.touchMs.p50.toFixed(1)} ms, p99 ${g.touchMs.p99.toFixed(1)} ms`,
  ];
}
