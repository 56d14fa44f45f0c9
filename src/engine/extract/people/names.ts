/**
 * When two written names are the same person: transliterations (Zelensky / Zelenskiy /
 * Zelenskyy / Zelenski, Sergey / Sergei, Yury / Yuri), a surname alone, an initial.
 *
 * A name word is first normalized by spelling rules (fold diacritics, y/j → i, w → v, ph → f,
 * kh → h, x → ks, double letters collapsed), which already equates the common Slavic
 * transliterations: "Zelenskiy" and "Zelenskyy" both become "zelenski". Beyond that, two words
 * are the same when natural's DoubleMetaphone codes agree AND the normalized spellings are at
 * most one edit apart (two for long words). DoubleMetaphone alone is too loose for surnames:
 * it drops vowels, so "Putin" and "Patton" both code PTN, and it codes "Ushakov"/"Ushakow"
 * differently (AXKF/AXK) until w → v is applied. Plain Metaphone was worse: it codes
 * "Zelenskyi" SLNSKY but "Zelensky" SLNSK, and "Ushakov" UKSHKF.
 */
import { createRequire } from 'node:module';
import { fold } from '../../text/normalize.js';

const require = createRequire(import.meta.url);
const DoubleMetaphone: new () => { process(word: string): [string, string] } =
  require('natural/lib/natural/phonetics/double_metaphone.js');
const metaphone = new DoubleMetaphone();

const normalized = new Map<string, string>();

/** A spelling-normalized name word: "Zelenskyy" → "zelenski", "Sergey" → "sergei". */
export function normalizeWord(word: string): string {
  let n = normalized.get(word);
  if (n === undefined) {
    n = fold(word)
      .replace(/['’]s$/u, '')
      .replace(/[^a-z]/g, '')
      .replace(/ph/g, 'f').replace(/kh/g, 'h').replace(/ck/g, 'k').replace(/x/g, 'ks')
      .replace(/[yj]/g, 'i').replace(/w/g, 'v')
      .replace(/(.)\1+/g, '$1');
    if (normalized.size > 100_000) normalized.clear();
    normalized.set(word, n);
  }
  return n;
}

/** The words of a name, each normalized; empty words (punctuation) dropped. */
export function nameWords(name: string): string[] {
  return name.split(/\s+/).map(normalizeWord).filter((w) => w.length > 0);
}

/** A key equal for transliteration variants of the same full name ("Sergei Lavrov" = "Sergey Lavrov"). */
export function personKey(name: string): string {
  return nameWords(name).join(' ');
}

const verdicts = new Map<string, boolean>();

/** Two name words (normalized) that spell the same name. */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 3 || b.length < 3 || Math.abs(a.length - b.length) > 2) return false;
  const pair = a < b ? `${a} ${b}` : `${b} ${a}`;
  let verdict = verdicts.get(pair);
  if (verdict === undefined) {
    verdict = spellsSame(a, b);
    if (verdicts.size > 100_000) verdicts.clear();
    verdicts.set(pair, verdict);
  }
  return verdict;
}

function spellsSame(a: string, b: string): boolean {
  const limit = Math.max(a.length, b.length) >= 8 ? 2 : 1;
  if (Math.abs(a.length - b.length) > limit || editDistance(a, b) > limit) return false;
  const [pa, sa] = metaphone.process(a);
  const [pb, sb] = metaphone.process(b);
  return pa === pb || sa === sb || pa === sb || sa === pb;
}

/** Given names that may be one person's: either missing, the same name, or an initial of it. */
export function compatibleGiven(a: string[], b: string[]): boolean {
  const x = a[0];
  const y = b[0];
  if (x === undefined || y === undefined) return true;
  if (x.length === 1 || y.length === 1) return x[0] === y[0];
  return sameWord(x, y);
}

/** Same person by name alone: same surname and compatible given names (normalized words). */
export function sameName(a: string[], b: string[]): boolean {
  const sa = a[a.length - 1];
  const sb = b[b.length - 1];
  if (sa === undefined || sb === undefined || !sameWord(sa, sb)) return false;
  return compatibleGiven(a.slice(0, -1), b.slice(0, -1));
}

/** Lookup keys for a normalized surname: two variants that sameWord() equates share one. */
export function surnameBuckets(word: string): string[] {
  const [primary, secondary] = metaphone.process(word);
  return primary === secondary ? [primary] : [primary, secondary];
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}
