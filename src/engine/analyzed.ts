/**
 * A passage's tokens and index terms, as re-ranking needs them. Tokenizing and stemming a passage
 * costs far more than scoring it, and the passages that rank for one question tend to rank for the
 * next, so recent ones are kept (memory stays flat however large the corpus). Keyed by language
 * and text, not by the passage object, so the cache never keeps an unloaded server's library alive.
 */
import type { Passage } from './types.js';
import { tokenTerms } from './text/analyze.js';
import { tokenize, type Token } from './text/tokenize.js';
import { RecentCache } from './recent.js';

export interface AnalyzedPassage {
  tokens: Token[];
  /** Per token, its index terms (empty for stop words). */
  termsAt: string[][];
}

const cache = new RecentCache<string, AnalyzedPassage>(1024);

export function analyzed(passage: Passage): AnalyzedPassage {
  return cache.get(passage.lang + passage.text, () => {
    const tokens = tokenize(passage.text);
    return { tokens, termsAt: tokens.map((t) => tokenTerms(t, passage.lang)) };
  });
}
