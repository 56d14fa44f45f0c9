/**
 * The benchmark corpus: new passages recombined sentence by sentence from the pools with a seeded
 * PRNG, grouped into sources of 10–30 passages, with a share of English sources. The same seed
 * and size give the same sources, byte for byte.
 */
import type { Lang, Source } from '../engine/types.js';
import { createRng, type Rng } from './rng.js';
import type { SentencePools } from './sentences.js';

export interface CorpusOptions {
  passages: number;
  seed: number;
  /** Share of passages in English (by source), e.g. 0.1. */
  englishShare?: number;
  /** Prefix of source ids, so several corpora can share one library without clashes. */
  idPrefix?: string;
  /** Passages per source. */
  sourceSize?: { min: number; max: number };
}

const SENTENCES_PER_PASSAGE = { min: 2, max: 5 };
/** Below the engine's paragraph limit (1,200 characters), so one generated line is one passage. */
const MAX_PASSAGE_CHARS = 1000;
const TITLE_WORDS = 8;

export function generateCorpus(pools: SentencePools, options: CorpusOptions): Source[] {
  const rng = createRng(options.seed);
  const share = options.englishShare ?? 0.1;
  const size = options.sourceSize ?? { min: 10, max: 30 };
  const prefix = options.idPrefix ?? 'bench';
  const sources: Source[] = [];
  let left = options.passages;
  while (left > 0) {
    const count = Math.min(left, rng.int(size.min, size.max));
    const lang: Lang = rng.next() < share ? 'en' : 'id';
    const lines = Array.from({ length: count }, () => passageText(rng, lang === 'en' ? pools.en : pools.id));
    sources.push(makeSource(`${prefix}-${sources.length + 1}`, lang, lines, rng));
    left -= count;
  }
  return sources;
}

/** One source of about `words` words in one language (e.g. a long article added to a big index). */
export function generateLongSource(pools: SentencePools, options: { words: number; seed: number; id: string; lang?: Lang }): Source {
  const rng = createRng(options.seed);
  const lang = options.lang ?? 'id';
  const lines: string[] = [];
  let words = 0;
  while (words < options.words) {
    const line = passageText(rng, lang === 'en' ? pools.en : pools.id);
    lines.push(line);
    words += line.split(/\s+/).length;
  }
  return makeSource(options.id, lang, lines, rng);
}

export function wordCount(source: Source): number {
  return source.body.split(/\s+/).filter(Boolean).length;
}

function passageText(rng: Rng, pool: readonly string[]): string {
  const want = rng.int(SENTENCES_PER_PASSAGE.min, SENTENCES_PER_PASSAGE.max);
  let text = rng.pick(pool);
  for (let i = 1; i < want; i++) {
    const next = rng.pick(pool);
    if (text.length + 1 + next.length > MAX_PASSAGE_CHARS) break;
    text += ` ${next}`;
  }
  return text;
}

function makeSource(id: string, lang: Lang, lines: string[], rng: Rng): Source {
  const month = rng.int(1, 12);
  const day = rng.int(1, 28);
  const title = (lines[0] ?? id).split(/\s+/).slice(0, TITLE_WORDS).join(' ');
  return {
    id,
    title,
    url: null,
    published: `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    lang,
    body: lines.join('\n\n'),
  };
}
