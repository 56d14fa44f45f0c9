/**
 * A passage's tokens and index terms, as re-ranking needs them. Tokenizing and stemming a passage
 * costs far more than scoring it, and the passages that rank for one question tend to rank for the
 * next, so recent ones are kept (a bounded, least-recently-used cache: memory stays flat however
 * large the corpus). Keyed by language and text, not by the passage object, so the cache never
 * keeps an unloaded server's library alive.
 */
import type { Passage } from './types.js';
import { tokenTerms } from './text/analyze.js';
import { tokenize, type Token } from './text/tokenize.js';

export interface AnalyzedPassage {
  tokens: Token[];
  /** Per token, its index terms (empty for stop words). */
  termsAt: string[][];
}

const MAX_CACHED = 1024;
const cache = new Map<string, AnalyzedPassage>();

export function analyzed(passage: Passage): AnalyzedPassage {
  const key = passage.lang + passage.text;
  let found = cache.get(key);
  if (found) {
    cache.delete(key);
  } else {
    const tokens = tokenize(passage.text);
    found = { tokens, termsAt: tokens.map((t) => tokenTerms(t, passage.lang)) };
    if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
  }
  cache.set(key, found);
  return found;
}
