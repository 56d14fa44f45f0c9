/**
 * Stemming: natural's StemmerId (a dictionary-based Indonesian stemmer) and Porter for English.
 * StemmerId costs ~30 µs a word, so every stem is cached; the vocabulary of news text is small
 * enough that the cache stays bounded in practice, and it is capped anyway.
 * Deep imports: natural's main entry loads storage back ends that run dotenv (printing tips)
 * and take ~0.9 s to load; the stemmers alone load in ~0.15 s.
 */
import { createRequire } from 'node:module';
import type { Lang } from '../types.js';
import { englishBase } from './lexicon.js';

const require = createRequire(import.meta.url);
const stemmerId: { stem(word: string): string } = require('natural/lib/natural/stemmers/indonesian/stemmer_id.js');
const porter: { stem(word: string): string } = require('natural/lib/natural/stemmers/porter_stemmer.js');

const MAX_CACHE = 200_000;
const caches: Record<Lang, Map<string, string>> = { id: new Map(), en: new Map() };

/**
 * Roots StemmerId's dictionary (kata-dasar.json) lacks. Without its root a derived word is cut
 * down to whatever shorter root the dictionary has: "menyetujui", "disetujui" (agree) become
 * "tuju", the root of "tujuan" (aim), so a question about an aim finds a passage about an
 * agreement. Adding the word to the dictionary is not enough: StemmerId strips every prefix it
 * can ("di", then "se") before it tries a suffix, so it never looks up "setuju". These were found
 * by checking ~200 frequent roots of news text against the dictionary and by listing the words of
 * FacQA's train passages that StemmerId cuts to a shorter dictionary root.
 */
const MISSING_ROOTS = ['setuju'];

/** Affixes a derived word wraps around its root ("per-setuju-an", "di-setuju-i-nya"). */
const PREFIX = '(?:ketidak|di|ke|se|ter|ber|per|diper|memper|mem|men|meng|me|pem|pen|peng|pe)?';
const SUFFIX = '(?:i|kan|an)?(?:nya|ku|mu)?(?:lah|kah|pun)?';
/** meN-/peN- before a root's first letter: s drops for "ny" ("menyetujui"), t for "n", p for "m", k for "ng". */
const NASAL: Record<string, string> = { s: 'ny', t: 'n', p: 'm', k: 'ng' };

const missingRoot = MISSING_ROOTS.map((root) => {
  const nasal = NASAL[root[0]!];
  const forms = [`${PREFIX}${root}`, ...(nasal ? [`(?:me|pe)${nasal}${root.slice(1)}`] : [])];
  return { root, pattern: new RegExp(`^(?:${forms.join('|')})${SUFFIX}$`) };
});

function stemIndonesian(word: string): string {
  for (const { root, pattern } of missingRoot) if (pattern.test(word)) return root;
  return stemmerId.stem(word);
}

/**
 * Irregular forms that are mostly words of their own in news text: "born" is not "bear" (the
 * animal, the market), "left" is a side of politics, "saw", "rose", "leaves" and "felt" are nouns.
 */
const OWN_WORDS = new Set(['born', 'left', 'saw', 'rose', 'bore', 'leaves', 'felt']);

/** Stem of a lower-case word. */
export function stem(word: string, lang: Lang): string {
  const cache = caches[lang];
  let s = cache.get(word);
  if (s === undefined) {
    // Porter leaves irregular forms alone: without their base, "Putin and Trump met" is not found
    // by "Where did they meet?", nor "sat with Putin" by "duduk bersama" (sit down).
    s = (lang === 'id' ? stemIndonesian(word) : porter.stem(OWN_WORDS.has(word) ? word : englishBase(word))) || word;
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
