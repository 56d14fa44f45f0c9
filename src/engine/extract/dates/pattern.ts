/**
 * What every recognizer shares: the shape of a match, the context a passage brings (its language
 * and the publication date that may supply a missing year), and helpers to build regular
 * expressions from the word tables. Word boundaries are lookarounds over Latin letters and digits:
 * `\b` is ASCII-only (it would let "agustus" match inside "Agustusé"), and `\p{L}` lookarounds
 * make every pattern about four times slower, for scripts these sources do not use.
 */
import type { Lang, TimeKind } from '../../types.js';
import type { Clues } from './clues.js';

export interface DateContext {
  text: string;
  lang: Lang;
  published: { year: number; month: number; day: number } | null;
}

/** A recognized expression; offsets into the passage text. */
export interface Found {
  start: number;
  end: number;
  kind: TimeKind;
  iso: string | null;
}

export interface Recognizer {
  pattern: Pattern;
  /** Read only in passages holding a digit (most matches hold one). */
  digits?: boolean;
  /** A cheap test that every passage it can match passes (see clues.ts); others are not scanned. */
  needs?: (clues: Clues) => boolean;
  /** `m` matched the lower-cased text; its groups hold the original text (see scanning in dates.ts). */
  read(m: RegExpExecArray, ctx: DateContext): Found | null;
}

/**
 * A pattern compiled twice: `find` scans (no match indices, no case folding: both slow V8's
 * scanning down by half; no captures), `at` re-reads a found match in place with group indices.
 * Patterns are written in lower case and run over lower-cased text; capitalization is checked on
 * the original.
 */
export interface Pattern {
  find: RegExp;
  at: RegExp;
}

/** Start and end of a word. */
export const WORD_CHAR = '0-9A-Za-z\\u00C0-\\u024F';
export const B = `(?<![${WORD_CHAR}])`;
export const E = `(?![${WORD_CHAR}])`;

/** An alternation of words or phrases, longest first, spaces matching any run of whitespace. */
export function alt(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/’|'/g, "['’]").replace(/ /g, '\\s+'))
    .join('|');
}

export function regex(source: string): Pattern {
  // `find` needs no captures (only where a match is): without them V8 scans a little faster and
  // makes no group objects. A pattern with a backreference keeps its groups.
  const scan = source.includes('\\k<') ? source : source.replace(/\(\?<([A-Za-z][A-Za-z0-9]*)>/g, '(?:');
  return { find: new RegExp(scan, 'g'), at: new RegExp(source, 'dy') };
}

/** Lower case with every offset kept, so a match in it is a match in the original. */
export function lowerInPlace(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  // A few letters ("İ") grow when lower-cased; fold only those that do not.
  return text.replace(/\p{Lu}/gu, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c));
}

/** Offsets of a named group, if it took part in the match. */
export function group(m: RegExpExecArray, name: string): { start: number; end: number; text: string } | null {
  const at = m.indices?.groups?.[name];
  const text = m.groups?.[name];
  if (!at || text === undefined) return null;
  return { start: at[0], end: at[1], text };
}

export const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** Lower case with runs of whitespace collapsed, for table lookups. */
export function key(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'");
}
