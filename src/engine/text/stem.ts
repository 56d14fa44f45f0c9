/**
 * Stemming: natural's StemmerId (a dictionary-based Indonesian stemmer) and Porter for English.
 * StemmerId costs ~30 µs a word, so every stem is cached; the vocabulary of news text is small
 * enough that the cache stays bounded in practice, and it is capped anyway.
 * Deep imports: natural's main entry loads storage back ends that run dotenv (printing tips)
 * and take ~0.9 s to load; the stemmers alone load in ~0.15 s.
 */
import { createRequire } from 'node:module';
import type { Lang } from '../types.js';

const require = createRequire(import.meta.url);
const stemmerId: { stem(word: string): string } = require('natural/lib/natural/stemmers/indonesian/stemmer_id.js');
const porter: { stem(word: string): string } = require('natural/lib/natural/stemmers/porter_stemmer.js');

const MAX_CACHE = 200_000;
const caches: Record<Lang, Map<string, string>> = { id: new Map(), en: new Map() };

/** Stem of a lower-case word. */
export function stem(word: string, lang: Lang): string {
  const cache = caches[lang];
  let s = cache.get(word);
  if (s === undefined) {
    s = (lang === 'id' ? stemmerId.stem(word) : porter.stem(word)) || word;
    if (cache.size >= MAX_CACHE) cache.clear();
    cache.set(word, s);
  }
  return s;
}

// StemmerId's own root-word dictionary doubles as a test for ordinary Indonesian words: a
// capitalized word whose root is in it ("Presiden", "Pegunungan") is a title or a common noun,
// not a name the answer must contain ("Jerman", "Kremlin", "Witkoff" are not in it).
let roots: Set<string> | undefined;

/** Whether a lower-case word is an ordinary Indonesian word (its root is in the dictionary). */
export function isIndonesianWord(word: string): boolean {
  roots ??= new Set(require('natural/lib/natural/stemmers/indonesian/data/kata-dasar.json') as string[]);
  return roots.has(word) || roots.has(stem(word, 'id'));
}
