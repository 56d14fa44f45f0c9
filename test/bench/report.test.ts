import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateCorpus } from '../../src/bench/corpus.js';
import { loadPools } from '../../src/bench/sentences.js';
import { runOurs } from '../../src/bench/ours-side.js';
import { runPlain } from '../../src/bench/plain-side.js';
import { checkTargets, ratios, targetLines, type BenchReport, type SizeReport } from '../../src/bench/report.js';
import { markdownTable, ROWS, textTable } from '../../src/bench/table.js';
import type { FirstAnswer } from '../../src/bench/run-worker.js';

// The benchmark's sentences come from the shared FacQA file; a checkout without it skips these.
const facqa = resolve('../shared/eval/facqa/facqa_all.jsonl');
const hasFacqa = existsSync(facqa);
const dir = mkdtempSync(join(tmpdir(), 'bench-test-'));
const startup: FirstAnswer = { wallMs: 900, importMs: 200, loadMs: 100, answerMs: 20, found: true };
let size: SizeReport;
let report: BenchReport;

beforeAll(async () => {
  if (!hasFacqa) return;
  const corpusFile = join(dir, 'corpus.json');
  writeFileSync(corpusFile, JSON.stringify(generateCorpus(loadPools(facqa), { passages: 200, seed: 1 })));
  const noop = () => {};
  const ours = await runOurs({ kind: 'ours', corpusFile, snapshotFile: join(dir, 'snap.json'), facqa, seed: 1, rounds: 1, longSourceWords: 300, profileDir: null }, noop);
  const plain = runPlain({ kind: 'plain', corpusFile, rounds: 1 }, noop);
  size = { passages: 200, ours, plain, startup: { cold: startup, warm: startup }, ratios: ratios(ours, plain) };
  report = {
    version: 1, startedAt: '2025-01-01T00:00:00.000Z', durationMs: 1,
    machine: { cpu: 'test', cores: 2, node: 'v20', platform: 'linux x64', totalMemoryMb: 1024, loadAverage: { start: 0, end: 0 } },
    options: { sizes: [200], seed: 1, rounds: 1, englishShare: 0.1 },
    sizes: [size], guilds: null, targets: checkTargets(size, null), targetsAt: 200,
  };
}, 20_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every leaf of a JSON value, as dotted paths, with the leaves that are not finite numbers. */
function leaves(value: unknown, path = ''): Array<[string, unknown]> {
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [[path, value]];
}

describe.skipIf(!hasFacqa)('a 200-passage run', () => {
  test('our side reports every figure, each a real number', () => {
    const paths = new Map(leaves(size.ours));
    for (const key of [
      'passages', 'sources', 'englishPassages', 'buildMs', 'memory.heapBytes', 'memory.rssBytes', 'snapshot.bytes', 'snapshot.saveMs', 'snapshot.loadMs',
      'latency.ask.p50', 'latency.ask.p99', 'latency.askId.p99', 'latency.askEn.p99', 'latency.whoAll.p99', 'latency.whoQuestion.p99',
      'latency.whenAll.p99', 'latency.whenQuestion.p99', 'latency.topicsAll.p99', 'latency.topicsFilter.p99',
      'firstCallMs.who', 'answersPerSecond', 'addLongSource.medianMs', 'addLongSource.nextWhoMs', 'askFound.found',
    ]) {
      expect(typeof paths.get(key), key).toBe('number');
      expect(Number.isFinite(paths.get(key)), key).toBe(true);
    }
    expect(size.ours.passages).toBe(200);
    expect(size.ours.memory.collected).toBe(typeof (globalThis as { gc?: unknown }).gc === 'function');
  });

  test("plain MiniSearch's side reports build, memory and search latency on the same passages", () => {
    expect(size.plain.passages).toBe(200);
    for (const [path, value] of leaves(size.plain)) {
      if (path !== 'holds' && path !== 'memory.collected') expect(Number.isFinite(value), path).toBe(true);
    }
    expect(Number.isFinite(size.ratios.askP99) && Number.isFinite(size.ratios.build)).toBe(true);
  });

  test('the table has a row for every figure, a column for the size, and no missing value', () => {
    const text = textTable(report);
    for (const [label] of ROWS) expect(text).toContain(label);
    expect(text.split('\n')[0]).toContain('200 passages');
    expect(text).not.toMatch(/NaN|undefined/);
    const md = markdownTable(report).split('\n');
    expect(md).toHaveLength(ROWS.length + 2);
    expect(md[1]).toBe('| --- | ---: |');
  });

  test('every target is judged, PASS or FAIL, and the size is named when it is not 100,000', () => {
    const lines = targetLines(report);
    expect(lines[0]).toBe('Targets at 200 passages (the targets are set for 100,000):');
    expect(report.targets).toHaveLength(9);
    for (const line of lines.slice(1)) expect(line).toMatch(/^ {2}(PASS|FAIL) {2}.+: .+ \(target ≤ .+\)$/);
  });
});
