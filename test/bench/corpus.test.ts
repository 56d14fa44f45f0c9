import { describe, expect, test } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateCorpus, generateLongSource, wordCount } from '../../src/bench/corpus.js';
import { loadPools } from '../../src/bench/sentences.js';
import { createRng, shuffled } from '../../src/bench/rng.js';
import { toPassages } from '../../src/engine/passages.js';

// The benchmark's sentences come from the shared FacQA file; a checkout without it skips these.
const facqa = resolve('../shared/eval/facqa/facqa_all.jsonl');
const hasFacqa = existsSync(facqa);
const pools = hasFacqa ? loadPools(facqa) : { id: [], en: [] };

describe.skipIf(!hasFacqa)('generateCorpus', () => {
  test('the same seed gives the same sources; another seed gives others', () => {
    const a = generateCorpus(pools, { passages: 200, seed: 7 });
    expect(generateCorpus(pools, { passages: 200, seed: 7 })).toEqual(a);
    expect(generateCorpus(pools, { passages: 200, seed: 8 })).not.toEqual(a);
  });

  test('indexes into exactly the passages asked for, in sources of 10 to 30, with unique ids', () => {
    const sources = generateCorpus(pools, { passages: 200, seed: 3 });
    const counts = sources.map((s) => toPassages(s).length);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(200);
    expect(counts.slice(0, -1).every((c) => c >= 10 && c <= 30)).toBe(true);
    expect(new Set(sources.map((s) => s.id)).size).toBe(sources.length);
  });

  test('passages are recombined real sentences: every line is made of pool sentences', () => {
    const pool = new Set([...pools.id, ...pools.en]);
    const [source] = generateCorpus(pools, { passages: 12, seed: 5, englishShare: 0 });
    expect(source!.lang).toBe('id');
    for (const line of source!.body.split('\n\n')) {
      expect([...pool].some((s) => line.startsWith(s))).toBe(true);
    }
  });

  test('about the English share asked for, by passage', () => {
    const sources = generateCorpus(pools, { passages: 20_000, seed: 1, englishShare: 0.1 });
    const english = sources.filter((s) => s.lang === 'en').reduce((a, s) => a + s.body.split('\n\n').length, 0);
    expect(english / 20_000).toBeGreaterThan(0.05);
    expect(english / 20_000).toBeLessThan(0.15);
  });
});

test.skipIf(!hasFacqa)('generateLongSource reaches the words asked for in one source', () => {
  const source = generateLongSource(pools, { words: 5000, seed: 2, id: 'long' });
  expect(wordCount(source)).toBeGreaterThanOrEqual(5000);
  expect(wordCount(source)).toBeLessThan(5200);
});

test.skipIf(!hasFacqa)('the pools hold thousands of Indonesian sentences and the English data file', () => {
  expect(pools.id.length).toBeGreaterThan(2000);
  expect(pools.en.length).toBeGreaterThan(80);
  expect(pools.en.some((s) => s.startsWith('#'))).toBe(false);
});

test('the PRNG and shuffle are deterministic', () => {
  const draw = (seed: number) => Array.from({ length: 5 }, () => createRng(seed).next());
  expect(draw(1)).toEqual(draw(1));
  expect(shuffled([1, 2, 3, 4, 5, 6], createRng(9))).toEqual(shuffled([1, 2, 3, 4, 5, 6], createRng(9)));
  expect(shuffled([1, 2, 3, 4, 5, 6], createRng(9)).sort()).toEqual([1, 2, 3, 4, 5, 6]);
});
