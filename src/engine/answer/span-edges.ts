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

export function isHonorific(t: Token): boolean {
  return HONORIFICS.has(t.text.toLowerCase());
}

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

const MAX_LISTED = 6;
const AND = /^\s+(dan|and|serta)\s+$/i;
const COMMA = /^\s*,\s*$/;
const COMMA_AND = /^\s*,?\s*(dan|and|serta)\s+$/i;

/**
 * Where a name's answer ends when others are joined to it: "Italia dan Brasil", "Sunni , Kurdi ,
 * dan Syiah" answer together, and the first alone is half the answer. A comma list counts only
 * when "dan" closes it (else what follows the comma may be an apposition or a region), and ", dan"
 * right after the first name closes a clause, not a pair.
 */
export function coordinatedEnd(span: Span, partners: Span[], text: string): number {
  let reached = span.end;
  for (let k = 0; k < MAX_LISTED; k++) {
    const gapTo = (r: Span) => text.slice(reached, r.start);
    const next = partners.find((r) => r.start > reached && (AND.test(gapTo(r)) || COMMA.test(gapTo(r)) || (k > 0 && COMMA_AND.test(gapTo(r)))));
    if (!next) break;
    const gap = gapTo(next);
    reached = next.end;
    if (!COMMA.test(gap)) return reached;
  }
  return span.end;
}

/** Two capitals at least ("WTO", "F-PG", "BP3"): a capitalized word in brackets may be a place. */
const ACRONYM_WORD = '\\p{Lu}[\\p{Lu}\\d-]*\\p{Lu}[\\p{Lu}\\d-]*';
const ACRONYM_AFTER = new RegExp(`^\\s*\\(\\s*(${ACRONYM_WORD})\\s*\\)`, 'u');
const ACRONYM = new RegExp(`^${ACRONYM_WORD}$`, 'u');

/**
 * "Badan Tenaga Atom Internasional ( IAEA )": the acronym the text gives a long name belongs with
 * it, since a question may know the body by either. Not when the question gives the acronym
 * ("Apa kepanjangan BPS?"): then the answer is the long form alone.
 */
export function withAcronym(end: number, text: string, asked: Set<string>): number {
  const m = ACRONYM_AFTER.exec(text.slice(end, end + 40));
  return m && !asked.has(fold(m[1]!)) ? end + m[0].length : end;
}

/**
 * The other way round: an acronym in brackets ("( UMNO )") is shown with the long name before it,
 * "Organisasi Nasional Melayu Bersatu ( UMNO )". Null when the span is no such acronym, the
 * question gives it, or no name of several words stands before it.
 */
export function withLongForm(span: Span, names: Span[], text: string, asked: Set<string>): Span | null {
  const acronym = text.slice(span.start, span.end);
  if (!ACRONYM.test(acronym) || asked.has(fold(acronym))) return null;
  const close = /^\s*\)/.exec(text.slice(span.end));
  const long = names.find((r) => /^\s*\(\s*$/.test(text.slice(r.end, span.start)));
  if (!close || !long || !/\s/.test(text.slice(long.start, long.end))) return null;
  return { start: long.start, end: span.end + close[0].length };
}
