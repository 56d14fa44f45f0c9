/**
 * Where a short answer's span starts and ends: what news text writes as part of a name, a place
 * or a date, though the recognizer that found it stopped short ("Prof Dr …", "Helsinki ,
 * Finlandia", "tahun 2003", "Shenzhou 6"), and the one end of a span of time a question asks for.
 */
import type { Lang, Span } from '../types.js';
import type { Query } from '../query.js';
import type { Token } from '../text/tokenize.js';
import { fold } from '../text/normalize.js';
import { isStopwordAnyLang } from '../text/stopwords.js';
import { INSTITUTIONS } from './name-runs.js';

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

const TIME_NOUNS = new Set(['tahun', 'bulan', 'dekade', 'abad']);
/**
 * "1990-an", "1970 - an": an Indonesian decade, of which the year alone names only the first
 * year. Only in Indonesian text: in English, "2015 - an accord …" is a dash and an article.
 */
const DECADE = /^\s?-\s?an\b/;

/**
 * "Kapan …?" → "tahun 2003", "bulan April": the noun says which unit a bare number or month name
 * is. "Tahun berapa …?" already says it, and an English question wants no Indonesian noun.
 */
export function withTimeNoun(tokens: Token[], span: Span, query: Query, text: string, lang: Lang): Span {
  const k = tokens.findIndex((t) => t.start === span.start);
  const before = tokens[k - 1];
  const noun = before ? fold(before.text) : '';
  const decade = lang === 'id' ? DECADE.exec(text.slice(span.end)) : null;
  const end = span.end + (decade?.[0].length ?? 0);
  return k > 0 && before && TIME_NOUNS.has(noun) && !query.asked.has(noun) && query.lang === 'id' && span.start - before.end === 1
    ? { start: before.start, end }
    : { start: span.start, end };
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

const MAX_LONG_FORM = 10;
const LONG_FORM_JOINERS = new Set(['dan', 'and', 'of', 'for', 'de', 'der', 'des', 'du', 'la', 'untuk']);

/**
 * Where the long name an acronym in brackets spells begins, the name ending at tokens[last]:
 * "Ketua Badan Rehabilitasi dan Rekonstruksi ( BRR )" → "Badan …". Indonesian acronyms take
 * syllables, not initials ("Puskopad"), so only the first letter is matched, at a word opening
 * a kind of institution if one does, else at the first word after any title. Null when no word
 * of the name before the bracket but its last opens with that letter.
 */
export function longFormStart(tokens: Token[], last: number, acronym: string, titles: ReadonlySet<string>): number | null {
  const name = (t: Token) => t.kind === 'word' && t.capitalized && !titles.has(fold(t.text));
  if (!name(tokens[last]!)) return null;
  let k = last;
  while (k > 0 && last - k < MAX_LONG_FORM && tokens[k]!.start - tokens[k - 1]!.end === 1) {
    const before = tokens[k - 1]!;
    if (name(before)) k--;
    else if (LONG_FORM_JOINERS.has(before.text) && k - 2 >= 0 && name(tokens[k - 2]!) && before.start - tokens[k - 2]!.end === 1) k -= 2;
    else break;
  }
  const initial = acronym[0]!.toUpperCase();
  // The last word names the kind ("… Staff College"), it does not open the name.
  const opening = tokens.slice(k, last).map((t, n) => ({ t, at: k + n })).filter(({ t }) => t.text[0] === initial);
  const institution = opening.find(({ t }) => INSTITUTIONS.has(fold(t.text)));
  return (institution ?? opening[0])?.at ?? null;
}

const CURRENCIES = new Set(['rp', 'us', 'usd', 'idr', 'eur', 'rm']);
/** Between a name and its number: a space, or a dash set off by spaces ("Telkom - 2"). */
const NUMBER_GAP = /^ (?:- )?$/;

/**
 * "Shenzhou 6", "Highway 401", "Long March 2F", "Satelit Telkom - 2": a number right after a name
 * is part of it, and the name alone names another thing (the series, the road's kind). Not a
 * number that is part of a date, nor one that counts or measures the word after it
 * ("Pertamina 20 kapal").
 */
export function withNumber(span: Span, tokens: Token[], timed: (t: Token) => boolean, text: string): Span {
  let k = tokens.findIndex((t) => t.end === span.end);
  const number = tokens[k + 1];
  // "Rp 46": a currency is not a name, and its number is an amount.
  if (k < 0 || CURRENCIES.has(fold(tokens[k]!.text)) || !number || number.kind !== 'number' || timed(number) || !NUMBER_GAP.test(text.slice(span.end, number.start))) return span;
  k++;
  // "2F", "921/1", "737-200": pieces written onto the number belong to it.
  while (tokens[k + 1] && /^[-/]?$/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) k++;
  const after = tokens[k + 1];
  const counts = after && after.start - tokens[k]!.end === 1 && after.kind === 'word' && !after.capitalized && !isStopwordAnyLang(fold(after.text));
  return counts ? span : { start: span.start, end: tokens[k]!.end };
}

/** Question words that ask when something began, or when it ended, of a span of time. */
const RANGE_START = new Set(['mulai', 'dimulai', 'dibuka', 'lahir', 'dilahirkan', 'began', 'begin', 'begun', 'started', 'opened', 'born']);
const RANGE_END = new Set(['sampai', 'hingga', 'ditutup', 'berakhir', 'selesai', 'meninggal', 'wafat', 'until', 'till', 'ended', 'closed', 'died']);
/** "1637-1641", "22 - 26 Agustus 2005", "9-15 Oktober 2005": two numbers a dash joins. */
const RANGE = /^(.*?\d)\s?[-–]\s?(\d.*)$/s;
const BARE_DAY = /^\d{1,2}$/;

/**
 * "Sampai tahun berapa …?" of "1637-1641" is answered "1641", "Kapan … lahir?" of a life's
 * "1890-1979" with "1890": a question about one end of a span of time wants that end alone.
 */
export function endAsked(span: Span, query: Query, text: string): Span {
  const m = RANGE.exec(text.slice(span.start, span.end));
  if (!m) return span;
  const words = query.tokens.map((t) => fold(t.text));
  const start = words.some((w) => RANGE_START.has(w));
  const end = words.some((w) => RANGE_END.has(w));
  // "22 - 26 Agustus 2005" asked when it began: "22" alone would name no month; the whole span says it.
  if (start === end || (start && BARE_DAY.test(m[1]!))) return span;
  return start ? { start: span.start, end: span.start + m[1]!.length } : { start: span.end - m[2]!.length, end: span.end };
}
