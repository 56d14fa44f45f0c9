/**
 * The benchmark report (the JSON file) and the targets checked against it. Targets are
 * judged at the largest size measured; at a size other than 100,000 passages the verdicts are
 * marked as such.
 */
import type { FirstAnswer } from './run-worker.js';
import type { GuildFigures, OursFigures, PlainFigures } from './protocol.js';

export const REPORT_VERSION = 1;

export interface Machine {
  cpu: string;
  cores: number;
  node: string;
  platform: string;
  totalMemoryMb: number;
  /** 1-minute load average when the run started and ended: other work on the machine skews timings. */
  loadAverage: { start: number; end: number };
}

export interface SizeReport {
  passages: number;
  ours: OursFigures;
  plain: PlainFigures;
  startup: { cold: FirstAnswer; warm: FirstAnswer };
  ratios: { build: number; askP99: number; heap: number; rss: number };
}

export interface TargetResult {
  name: string;
  limit: string;
  measured: string;
  pass: boolean;
}

export interface BenchReport {
  version: number;
  startedAt: string;
  durationMs: number;
  machine: Machine;
  options: { sizes: number[]; seed: number; rounds: number; englishShare: number };
  sizes: SizeReport[];
  guilds: GuildFigures | null;
  targets: TargetResult[];
  targetsAt: number | null;
}

export function ratios(ours: OursFigures, plain: PlainFigures): SizeReport['ratios'] {
  return {
    build: ours.buildMs / plain.buildMs,
    askP99: ours.latency.ask.p99 / plain.search.p99,
    heap: ours.memory.heapBytes / plain.memory.heapBytes,
    rss: ours.memory.rssBytes / plain.memory.rssBytes,
  };
}

const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 0)} ms`;
const times = (x: number) => `${x.toFixed(2)}×`;
const mb = (x: number) => `${(x / 2 ** 20).toFixed(0)} MB`;

export const LIMITS = {
  askP99VsPlain: 1.5,
  askP99Ms: 50,
  factsP99Ms: 5,
  warmStartMs: 1500,
  buildVsPlain: 1.5,
  memoryVsPlain: 1.3,
  addSourceMs: 200,
  guildsRssBytes: 512 * 2 ** 20,
};

export function checkTargets(size: SizeReport | undefined, guilds: GuildFigures | null): TargetResult[] {
  const out: TargetResult[] = [];
  const check = (name: string, limit: string, measured: string, pass: boolean) => out.push({ name, limit, measured, pass });
  if (size) {
    const { ours, ratios: r, startup } = size;
    const l = ours.latency;
    check('/ask p99 vs plain MiniSearch search p99', `≤ ${LIMITS.askP99VsPlain}×`, times(r.askP99), r.askP99 <= LIMITS.askP99VsPlain);
    check('/ask p99', `≤ ${LIMITS.askP99Ms} ms`, ms(l.ask.p99), l.ask.p99 <= LIMITS.askP99Ms);
    check('/who without a question p99', `≤ ${LIMITS.factsP99Ms} ms`, ms(l.whoAll.p99), l.whoAll.p99 <= LIMITS.factsP99Ms);
    check('/when without a question p99', `≤ ${LIMITS.factsP99Ms} ms`, ms(l.whenAll.p99), l.whenAll.p99 <= LIMITS.factsP99Ms);
    check('/topics without a question p99', `≤ ${LIMITS.factsP99Ms} ms`, ms(l.topicsAll.p99), l.topicsAll.p99 <= LIMITS.factsP99Ms);
    check('start-up from snapshot to first answer', `≤ ${LIMITS.warmStartMs} ms`, ms(startup.warm.wallMs), startup.warm.wallMs <= LIMITS.warmStartMs);
    check('index build vs plain MiniSearch', `≤ ${LIMITS.buildVsPlain}×`, times(r.build), r.build <= LIMITS.buildVsPlain);
    check('memory (heap held) vs plain MiniSearch', `≤ ${LIMITS.memoryVsPlain}×`, times(r.heap), r.heap <= LIMITS.memoryVsPlain);
    const add = Math.max(...ours.addLongSource.ms);
    check(`adding one ${ours.addLongSource.words.toLocaleString('en-US')}-word source to the loaded index (slowest of ${ours.addLongSource.ms.length})`, `≤ ${LIMITS.addSourceMs} ms`, ms(add), add <= LIMITS.addSourceMs);
  }
  if (guilds) {
    check(`${guilds.guilds.toLocaleString('en-US')} servers × ${guilds.passagesPerGuild} passages, peak RSS`, `≤ ${mb(LIMITS.guildsRssBytes)}`, mb(guilds.maxRssBytes), guilds.maxRssBytes <= LIMITS.guildsRssBytes);
  }
  return out;
}

export function targetLines(report: BenchReport): string[] {
  const at = report.targetsAt === null ? '' : ` at ${report.targetsAt.toLocaleString('en-US')} passages${report.targetsAt === 100_000 ? '' : ' (the targets are set for 100,000)'}`;
  return [
    `Targets${at}:`,
    ...report.targets.map((t) => `  ${t.pass ? 'PASS' : 'FAIL'}  ${t.name}: ${t.measured} (target ${t.limit})`),
  ];
}
