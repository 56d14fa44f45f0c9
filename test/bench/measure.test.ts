import { expect, test } from 'vitest';
import { percentile, sampleLatency, summarize } from '../../src/bench/measure.js';

test.each([
  { samples: [5, 1, 3, 2, 4], q: 0.5, expected: 3 },
  { samples: [5, 1, 3, 2, 4], q: 0.99, expected: 5 },
  { samples: Array.from({ length: 200 }, (_, i) => i + 1), q: 0.99, expected: 198 },
  { samples: Array.from({ length: 200 }, (_, i) => i + 1), q: 0.5, expected: 100 },
  { samples: [7], q: 0.99, expected: 7 },
])('percentile $q of $samples.length samples is $expected', ({ samples, q, expected }) => {
  expect(percentile(samples, q)).toBe(expected);
});

test('summarize gives NaN, not a crash, for no samples', () => {
  expect(summarize([]).p99).toBeNaN();
  expect(summarize([2, 4])).toMatchObject({ p50: 2, p99: 4, mean: 3, max: 4, samples: 2 });
});

test('sampleLatency warms up once, then times every input each round', () => {
  const seen: number[] = [];
  const samples = sampleLatency([1, 2, 3], (x) => seen.push(x), 2);
  expect(seen).toEqual([1, 2, 3, 1, 2, 3, 1, 2, 3]);
  expect(samples).toHaveLength(6);
});
