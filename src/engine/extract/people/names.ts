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

const codes = new Map<string, [string, string]>();

/** DoubleMetaphone codes of a normalized word, cached: names repeat across sources. */
function phonetic(word: string): [string, string] {
  let c = codes.get(word);
  if (c === undefined) {
    c = metaphone.process(word);
    if (codes.size > 100_000) codes.clear();
    codes.set(word, c);
  }
  return c;
}

/** Two name words (normalized) that spell the same name. */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 3 || b.length < 3) return false;
  const limit = Math.max(a.length, b.length) >= 8 ? 2 : 1;
  if (Math.abs(a.length - b.length) > limit || editDistance(a, b, limit) > limit) return false;
  const [pa, sa] = phonetic(a);
  const [pb, sb] = phonetic(b);
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

/**
 * Lookup keys for a normalized surname: two variants that sameWord() equates share one (their
 * codes agree, and normalization leaves variants the same first letter).
 */
export function surnameBuckets(word: string): string[] {
  const [primary, secondary] = phonetic(word);
  return primary === secondary ? [word[0] + primary] : [word[0] + primary, word[0] + secondary];
}

/**
 * Items filed under name words, to find those whose word may be sameWord() as a given one without
 * comparing it with every item: sameWord() holds only between words sharing a DoubleMetaphone
 * code (equal words share both). Unlike surnameBuckets() it does not assume variants share a
 * first letter, so it finds every item sameWord() would accept, and some it would not: the
 * caller still compares.
 */
export class PhoneticIndex<T> {
  /** Each code's items, kept in the order they were first filed. */
  private readonly byCode = new Map<string, T[]>();
  private readonly order = new Map<T, number>();
  private readonly removed = new Set<T>();
  private filed = 0;

  add(word: string, item: T): void {
    let rank = this.order.get(item);
    if (rank === undefined) this.order.set(item, (rank = this.filed++));
    for (const code of new Set(phonetic(word))) {
      const list = this.byCode.get(code);
      if (!list) this.byCode.set(code, [item]);
      else if (!list.includes(item)) {
        let at = list.length;
        while (at > 0 && this.order.get(list[at - 1]!)! > rank) at--;
        list.splice(at, 0, item);
      }
    }
  }

  remove(item: T): void {
    this.removed.add(item);
  }

  /** The items filed under a word sharing a code with `word`, each once, in the order first filed. */
  candidates(word: string): T[] {
    const [primary, secondary] = phonetic(word);
    const first = (this.byCode.get(primary) ?? []).filter((item) => !this.removed.has(item));
    const second = secondary === primary ? [] : (this.byCode.get(secondary) ?? []).filter((item) => !this.removed.has(item) && !first.includes(item));
    if (second.length === 0) return first;
    return [...first, ...second].sort((a, b) => this.order.get(a)! - this.order.get(b)!);
  }
}

/** Levenshtein distance, giving up (returning limit + 1) once it must exceed `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  let prev = rows[0];
  let row = rows[1];
  if (prev.length <= b.length) rows = [(prev = new Int32Array(b.length * 2 + 2)), (row = new Int32Array(b.length * 2 + 2))];
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      row[j] = v;
      if (v < least) least = v;
    }
    if (least > limit) return limit + 1;
    [prev, row] = [row, prev];
  }
  return prev[b.length]!;
}

/** Two reusable rows: distances are computed for every candidate pair while merging. */
let rows: [Int32Array, Int32Array] = [new Int32Array(32), new Int32Array(32)];
