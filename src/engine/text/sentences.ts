/**
 * Sentence spans for Indonesian and English news text. A full stop ends a sentence when the next
 * word starts with a capital, digit or quote — except after abbreviations ("Dr.", "Prof.",
 * "Jl.", "Mr."), initials ("J."), and dotted acronyms ("U.S."), which run on. Acronyms written
 * without dots ("AS.", "PBB.") do end a sentence: Indonesian news writes them that way at the end
 * of a sentence. Dates and clock times ("21/8/2022", "14.00") never split because a full stop
 * followed by a digit is not a boundary.
 */
import type { Span } from '../types.js';

const ABBREVIATIONS = new Set([
  // Indonesian titles and abbreviations
  'dr', 'drs', 'dra', 'prof', 'ir', 'h', 'hj', 'kh', 'st', 'sh', 'se', 'mt', 'jl', 'jln', 'no', 'tel',
  'dll', 'dsb', 'dst', 'tsb', 'yth', 'bpk', 'kol', 'letjen', 'mayjen', 'brigjen', 'jend', 'kapt',
  'tbk', 'persero', 'sdr', 'an', 'a.n', 'u.p', 'hlm', 'kec', 'kab', 'prov',
  // English
  'mr', 'mrs', 'ms', 'jr', 'sr', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt', 'capt', 'maj',
  'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'dept', 'est', 'fig', 'approx',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'agu', 'agt', 'okt', 'des',
]);

const BOUNDARY = /[.!?…]+["'”’)\]]*(?=\s+["'“‘(\[]?[\p{Lu}\p{N}])/gu;

export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = skipSpace(text, 0);
  for (const m of text.matchAll(BOUNDARY)) {
    const end = m.index + m[0].length;
    if (m[0].startsWith('.') && !endsSentence(text, m.index)) continue;
    if (end > start) spans.push({ start, end });
    start = skipSpace(text, end);
  }
  let end = text.length;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) spans.push({ start, end });
  return spans;
}

/** Whether the full stop at `dot` ends a sentence, judging by the word before it. */
function endsSentence(text: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1]!)) i--;
  const word = text.slice(i, dot);
  if (word.length === 0) return true;
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "J. Smith"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return false; // a dotted acronym: "U.S", "a.n"
  return !ABBREVIATIONS.has(word.toLowerCase());
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}
