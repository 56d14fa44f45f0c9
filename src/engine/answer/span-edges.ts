/**
 * Where a short answer's span starts and ends: what news text writes as part of a name, a place
 * or a date, though the recognizer that found it stopped short ("Prof Dr …", "Helsinki ,
 * Finlandia", "tahun 2003").
 */
import type { Span } from '../types.js';
import type { Query } from '../query.js';
import type { Token } from '../text/tokenize.js';
import { fold } from '../text/normalize.js';

/** Academic and religious titles are written as part of the name ("Prof Dr" before a scholar's name). */
const HONORIFICS = new Set(['dr', 'prof', 'ir', 'drs', 'dra', 'h', 'hj', 'kh', 'ny', 'drg']);

export function withHonorifics(tokens: Token[], span: Span, text: string): Span {
  let k = tokens.findIndex((t) => t.start === span.start);
  // "Dr. X": the abbreviation's dot may stand between title and name.
  while (k > 0 && HONORIFICS.has(tokens[k - 1]!.text.toLowerCase()) && /^\.?\s$/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) k--;
  return k >= 0 ? { start: tokens[k]!.start, end: span.end } : span;
}

const MAX_REGIONS = 2;

/**
 * "Helsinki , Finlandia", "Chengdu , Provinsi Sichuan , China": news text places a town by the
 * region or country that follows it, and the answer reads as the whole. A person's name after the
 * comma is an apposition, and "X , Y dan Z" is a list: neither is extended into.
 */
export function withRegion(span: Span, runs: Span[], people: Span[], text: string): Span {
  let end = span.end;
  for (let k = 0; k < MAX_REGIONS; k++) {
    const next = runs.find((r) => r.start > end && /^\s*,\s*$/.test(text.slice(end, r.start)));
    if (!next || people.some((p) => p.start < next.end && next.start < p.end)) break;
    end = next.end;
  }
  if (end === span.end || /^\s*,?\s*(dan|atau|and|or|serta)\b/i.test(text.slice(end))) return { start: span.start, end: span.end };
  return { start: span.start, end };
}

const TIME_NOUNS = new Set(['tahun', 'bulan']);

/**
 * "Kapan …?" → "tahun 2003", "bulan April": the noun says which unit a bare number or month name
 * is. "Tahun berapa …?" already says it, and an English question wants no Indonesian noun.
 */
export function withTimeNoun(tokens: Token[], span: Span, query: Query): Span {
  const k = tokens.findIndex((t) => t.start === span.start);
  const before = tokens[k - 1];
  const noun = before ? fold(before.text) : '';
  return k > 0 && before && TIME_NOUNS.has(noun) && !query.asked.has(noun) && query.lang === 'id' && span.start - before.end === 1
    ? { start: before.start, end: span.end }
    : { start: span.start, end: span.end };
}
