/**
 * What every recognizer shares: the shape of a match, the context a passage brings (its language
 * and the publication date that may supply a missing year), and helpers to build regular
 * expressions from the word tables. Word boundaries are Unicode-aware lookarounds: `\b` is
 * ASCII-only and would split "Jum'at" or match "dua" inside "kedua".
 */
import type { Lang, TimeKind } from '../../types.js';

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
  /** Flags must include `d` (match indices) and `g`. */
  pattern: RegExp;
  read(m: RegExpExecArray, ctx: DateContext): Found | null;
}

/** Start and end of a word. */
export const B = '(?<![\\p{L}\\p{N}])';
export const E = '(?![\\p{L}\\p{N}])';

/** An alternation of words or phrases, longest first, spaces matching any run of whitespace. */
export function alt(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/’|'/g, "['’]").replace(/ /g, '\\s+'))
    .join('|');
}

export function regex(source: string): RegExp {
  return new RegExp(source, 'dgiu');
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
