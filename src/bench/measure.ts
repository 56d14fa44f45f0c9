/**
 * Timing and memory helpers. Latencies are wall-clock per call (performance.now), so garbage
 * collection pauses land in the samples where a user would feel them. Memory is read after a full
 * collection; without --expose-gc the figures include garbage, and say so.
 */
export interface Latency {
  p50: number;
  p99: number;
  mean: number;
  max: number;
  samples: number;
}

export interface MemoryFigures {
  heapUsed: number;
  rss: number;
  /** False when global.gc was not available: the figures then include uncollected garbage. */
  collected: boolean;
}

/** Nearest-rank percentile of a sample (q in 0..1). */
export function percentile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[rank - 1]!;
}

export function summarize(samples: readonly number[]): Latency {
  const total = samples.reduce((a, b) => a + b, 0);
  return {
    p50: percentile(samples, 0.5),
    p99: percentile(samples, 0.99),
    mean: samples.length > 0 ? total / samples.length : Number.NaN,
    max: samples.length > 0 ? Math.max(...samples) : Number.NaN,
    samples: samples.length,
  };
}

/** Milliseconds one call takes. */
export function timeOnce(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

export async function timeOnceAsync(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/**
 * Each input answered `rounds` times (after one untimed warm-up pass), in the same order every
 * round; returns the per-call samples in milliseconds.
 */
export function sampleLatency<T>(inputs: readonly T[], run: (input: T) => unknown, rounds: number): number[] {
  for (const input of inputs) run(input);
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const input of inputs) samples.push(timeOnce(() => run(input)));
  }
  return samples;
}

export function collectGarbage(): boolean {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return false;
  // Two passes: the first can leave objects that only the second finds unreachable (weak maps, finalizers).
  gc();
  gc();
  return true;
}

export function memoryNow(): MemoryFigures {
  const collected = collectGarbage();
  const { heapUsed, rss } = process.memoryUsage();
  return { heapUsed, rss, collected };
}
