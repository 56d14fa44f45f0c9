/**
 * The report as a table: one row per figure, one column per corpus size. The same rows print as
 * aligned text on the terminal and as Markdown for the README.
 */
import type { Latency } from './measure.js';
import type { BenchReport, SizeReport } from './report.js';

type Row = [label: string, cell: (s: SizeReport) => string];

const n = (x: number) => x.toLocaleString('en-US');
const ms = (x: number) => (Number.isNaN(x) ? '–' : x < 1 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : n(Math.round(x)));
const mb = (x: number) => (x / 2 ** 20).toFixed(1);
const ratio = (x: number) => `${x.toFixed(2)}×`;
const pp = (l: Latency) => `${ms(l.p50)} / ${ms(l.p99)}`;

export const ROWS: readonly Row[] = [
  ['passages (sources; English passages)', (s) => `${n(s.ours.passages)} (${n(s.ours.sources)}; ${n(s.ours.englishPassages)})`],
  ['index build, ours (ms)', (s) => ms(s.ours.buildMs)],
  ['index build, plain MiniSearch (ms)', (s) => ms(s.plain.buildMs)],
  ['index build, ours ÷ plain', (s) => ratio(s.ratios.build)],
  ['heap held, ours (MB)', (s) => mb(s.ours.memory.heapBytes)],
  ['heap held, plain (MB)', (s) => mb(s.plain.memory.heapBytes)],
  ['heap held, ours ÷ plain', (s) => ratio(s.ratios.heap)],
  ['RSS after build, ours / plain (MB)', (s) => `${mb(s.ours.memory.rssBytes)} / ${mb(s.plain.memory.rssBytes)}`],
  ['snapshot size (MB)', (s) => mb(s.ours.snapshot.bytes)],
  ['snapshot save / load (ms)', (s) => `${ms(s.ours.snapshot.saveMs)} / ${ms(s.ours.snapshot.loadMs)}`],
  ['start-up to first answer, cold (ms)', (s) => ms(s.startup.cold.wallMs)],
  ['start-up to first answer, warm (ms)', (s) => ms(s.startup.warm.wallMs)],
  ['/ask p50 / p99 (ms)', (s) => pp(s.ours.latency.ask)],
  ['  Indonesian questions', (s) => pp(s.ours.latency.askId)],
  ['  English questions', (s) => pp(s.ours.latency.askEn)],
  ['plain search p50 / p99 (ms)', (s) => pp(s.plain.search)],
  ['/ask p99 ÷ plain p99', (s) => ratio(s.ratios.askP99)],
  ['/who, no question p50 / p99 (ms)', (s) => pp(s.ours.latency.whoAll)],
  ['/who, question p50 / p99 (ms)', (s) => pp(s.ours.latency.whoQuestion)],
  ['/when, no question p50 / p99 (ms)', (s) => pp(s.ours.latency.whenAll)],
  ['/when, question p50 / p99 (ms)', (s) => pp(s.ours.latency.whenQuestion)],
  ['/topics, no filter p50 / p99 (ms)', (s) => pp(s.ours.latency.topicsAll)],
  ['/topics, filter p50 / p99 (ms)', (s) => pp(s.ours.latency.topicsFilter)],
  ['first /who, /when, /topics after build (ms)', (s) => `${ms(s.ours.firstCallMs.who)}, ${ms(s.ours.firstCallMs.when)}, ${ms(s.ours.firstCallMs.topics)}`],
  ['answers per second (one core, mixed)', (s) => n(Math.round(s.ours.answersPerSecond))],
  ['plain searches per second', (s) => n(Math.round(s.plain.searchesPerSecond))],
  ['add a 5,000-word source, median (ms)', (s) => ms(s.ours.addLongSource.medianMs)],
  ['  then first /who, /topics (ms)', (s) => `${ms(s.ours.addLongSource.nextWhoMs)}, ${ms(s.ours.addLongSource.nextTopicsMs)}`],
];

function cells(report: BenchReport): string[][] {
  const header = ['', ...report.sizes.map((s) => `${n(s.passages)} passages`)];
  return [header, ...ROWS.map(([label, cell]) => [label, ...report.sizes.map(cell)])];
}

/** Aligned columns: labels left, figures right. */
export function textTable(report: BenchReport): string {
  const rows = cells(report);
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('   ').trimEnd()).join('\n');
}

export function markdownTable(report: BenchReport): string {
  const [header, ...body] = cells(report);
  const line = (r: string[]) => `| ${r.join(' | ')} |`;
  return [line(header!), `|${header!.map((_, c) => (c === 0 ? ' --- ' : ' ---: ')).join('|')}|`, ...body.map(line)].join('\n');
}
