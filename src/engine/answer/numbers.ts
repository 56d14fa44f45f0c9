/**
 * Number answers: a number (digits or number words) with the words that make it an amount —
 * a currency before it ("Rp", "US$"), multipliers after it ("4,5 juta"), the counted noun
 * ("dua perwakilan", "20 hektar"), a rate ("per ton") and a currency's country ("dollar AS").
 * Numbers that are part of a date or a year are not amounts. When the question says what it
 * counts ("Berapa hektar …", "How many officials …"), amounts of that noun are preferred, and
 * marked cued: a neighbour sentence with "40 persen" answers "Berapa persen …" better than
 * the cited sentence's "9.000 megawatt". "Nomor berapa …" asks for no amount but for the number
 * that names a document, answered as the text writes it ("Nomor 34 Tahun 2005").
 */
import type { Lang, Span, TimeFact } from '../types.js';
import type { Query } from '../query.js';
import type { Token } from '../text/tokenize.js';
import { fold } from '../text/normalize.js';
import { stem } from '../text/stem.js';
import { isStopwordAnyLang } from '../text/stopwords.js';
import { NUMBER_WORDS } from '../extract/dates/tables.js';

// The date recognizers' number words, plus the few that only ever count ("sejuta", "dozen").
const isNumberWord = (w: string) => w in NUMBER_WORDS || w === 'sejuta' || w === 'dozen' || w === 'hundred' || w === 'thousand';
const MULTIPLIERS = new Set(['puluh', 'belas', 'ratus', 'ribu', 'juta', 'miliar', 'milyar', 'triliun', 'persen', 'hundred', 'thousand', 'million', 'billion', 'trillion', 'percent', 'setengah', 'and', 'a', 'half']);
const CURRENCY_BEFORE = new Set(['rp', 'us', 'usd', 'idr', 'eur', 'rm', 's', 'dollar', 'euro']);
const CURRENCY_COUNTRY = new Set(['as', 'amerika', 'us', 'singapura', 'australia', 'hongkong']);
const RATE = new Set(['per', 'setiap', 'tiap', 'a', 'each']);
const COUNT_CUES = new Set(['berapa', 'berapakah', 'many', 'much']);
/**
 * Words that qualify an amount ("sekitar 25 km", "lebih dari 36.000 jiwa", "nearly 300"): without
 * them the answer states an estimate or a bound as if it were exact.
 */
const APPROXIMATE = new Set(['sekitar', 'hampir', 'kira-kira', 'about', 'around', 'nearly', 'almost', 'approximately', 'roughly']);
const BOUND_WORDS = new Set(['dari', 'than']);
const BOUND_BEFORE = new Set(['lebih', 'kurang', 'more', 'less', 'fewer']);
/** Words that finish a unit ("kilometer persegi", "meter kubik"). */
const UNIT_TAIL = new Set(['persegi', 'kubik', 'square', 'cubic']);

export function numberSpans(query: Query, tokens: Token[], times: TimeFact[], lang: Lang, text: string): Array<Span & { cued?: boolean }> {
  const asked = query.asked;
  const inTime = (t: Token) => times.some((f) => f.kind !== 'duration' && t.start >= f.start && t.end <= f.end);
  const adjacent = (a: Token, b: Token | undefined) => b !== undefined && b.start - a.end <= 1;
  const word = (t: Token | undefined) => (t ? fold(t.text) : '');
  const out: Array<Span & { counted: boolean }> = [];
  const counted = countedNoun(query, lang);
  const numbered = asksNumbered(query);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const isNum = t.kind === 'number' || isNumberWord(word(t));
    if (!isNum || asked.has(word(t))) continue;
    if (numbered && NUMBERED.has(word(tokens[i - 1])) && adjacent(tokens[i - 1]!, t)) {
      const last = identifierEnd(tokens, i, word, text);
      out.push({ start: tokens[i - 1]!.start, end: tokens[last]!.end, counted: true });
      i = last;
      continue;
    }
    if (inTime(t)) continue;
    let first = i;
    if (i > 0 && CURRENCY_BEFORE.has(word(tokens[i - 1])) && adjacent(tokens[i - 1]!, t)) first = i - 1;
    first = qualified(tokens, first, word, adjacent);
    let j = i;
    while (adjacent(tokens[j]!, tokens[j + 1]) && (tokens[j + 1]!.kind === 'number' || MULTIPLIERS.has(word(tokens[j + 1])))) j++;
    const unit = tokens[j + 1];
    // "90 persen saham": what a share is of is not part of the amount.
    const share = PERCENT.has(word(tokens[j]));
    let shown = j;
    if (!share && unit && adjacent(tokens[j]!, unit) && unit.kind === 'word' && !unit.capitalized && !isStopwordAnyLang(word(unit))) {
      j++;
      if (UNIT_TAIL.has(word(tokens[j + 1])) && adjacent(tokens[j]!, tokens[j + 1])) j++;
      if (CURRENCY_COUNTRY.has(word(tokens[j + 1])) && adjacent(tokens[j]!, tokens[j + 1])) j++;
      shown = j;
      const rate = tokens[j + 2];
      if (RATE.has(word(tokens[j + 1])) && rate?.kind === 'word' && adjacent(tokens[j + 1]!, rate)) {
        j += 2;
        // "… per tahun?" asked, "per tahun" is the question's, not the answer's.
        if (shown === j - 2 && !asked.has(word(rate))) shown = j;
      }
    }
    const span = tokens.slice(first, j + 1);
    out.push({ start: tokens[first]!.start, end: tokens[shown]!.end, counted: counted !== null && span.some((s) => stem(word(s), lang) === counted) });
    i = j;
  }
  const preferred = out.filter((c) => c.counted);
  if (preferred.length > 0) return preferred.map(({ start, end }) => ({ start, end, cued: true }));
  // "Berapa harga …" wants money, "Berapa luas …" an area: amounts in a fitting unit first.
  const units = MEASURES.get(measuredNoun(query, lang) ?? '');
  const fitting = units ? out.filter((c) => wordsOf(tokens, c).some((w) => units.has(w))) : [];
  if (fitting.length > 0) return fitting.map(({ start, end }) => ({ start, end, cued: true }));
  return out.map(({ start, end }) => ({ start, end }));
}

/** "Nomor berapa …", "No berapa …": the question asks for a number that names, not an amount. */
const NUMBERED = new Set(['nomor', 'no', 'number']);

function asksNumbered(query: Query): boolean {
  const words = query.tokens.map((t) => fold(t.text));
  const k = words.findIndex((w) => COUNT_CUES.has(w));
  return k > 0 && NUMBERED.has(words[k - 1]!);
}

/**
 * Where a numbered document's identifier ends: "Nomor 34 Tahun 2005", "No 95 / PMK / 02/2005":
 * the parts a slash joins to the number (or that are written onto it: "9/2005" is read as "9/20"
 * and "05"), and the year the law's number is given with.
 */
function identifierEnd(tokens: Token[], i: number, word: (t: Token | undefined) => string, text: string): number {
  let k = i;
  const gap = (a: number) => (tokens[a + 1] ? tokens[a + 1]!.start - tokens[a]!.end : Infinity);
  const slashed = (a: number) => tokens[a + 1] !== undefined && /^(\s*\/\s*|\.|)$/.test(text.slice(tokens[a]!.end, tokens[a + 1]!.start));
  while (slashed(k)) k++;
  if (word(tokens[k + 1]) === 'tahun' && gap(k) === 1 && tokens[k + 2]?.kind === 'number' && gap(k + 1) === 1) k += 2;
  return k;
}

/** The index of the approximation or bound before tokens[first] ("sekitar", "lebih dari"), else first. */
function qualified(tokens: Token[], first: number, word: (t: Token | undefined) => string, adjacent: (a: Token, b: Token | undefined) => boolean): number {
  const before = tokens[first - 1];
  if (!before || !adjacent(before, tokens[first])) return first;
  if (APPROXIMATE.has(word(before))) return first - 1;
  const bound = tokens[first - 2];
  if (BOUND_WORDS.has(word(before)) && bound && adjacent(bound, before) && BOUND_BEFORE.has(word(bound))) return first - 2;
  return first;
}

const MONEY = ['rp', 'rupiah', 'dollar', 'dolar', 'us', 'usd', 'euro', 'yen', 'ringgit', 'juta', 'miliar', 'triliun'];
const AREA = ['hektar', 'ha', 'km2', 'persegi', 'are', 'acre', 'acres', 'hectares'];
const LENGTH = ['meter', 'm', 'km', 'kilometer', 'mil', 'cm', 'kaki', 'mile', 'miles', 'feet', 'kilometers', 'meters'];
const WEIGHT = ['ton', 'kg', 'kilogram', 'gram', 'kuintal', 'tons', 'tonnes', 'kilograms', 'pounds'];

/** Words that say only that an amount is asked for. */
const SUMS = new Set(['jumlah', 'total', 'besar', 'banyak', 'number', 'amount']);

const PERCENT = new Set(['persen', 'percent']);

/** The units that answer a measure noun (stemmed as the question's language stems it). */
const MEASURES = new Map<string, Set<string>>([
  ...['harga', 'biaya', 'dana', 'nilai', 'bantuan', 'hadiah', 'anggaran', 'gaji', 'upah', 'tarif', 'modal', 'investasi', 'price', 'cost', 'fund', 'budget', 'worth', 'valu']
    .map((w) => [w, new Set(MONEY)] as const),
  ...['luas', 'area'].map((w) => [w, new Set(AREA)] as const),
  ...['tinggi', 'elevasi', 'panjang', 'jarak', 'kedalaman', 'dalam', 'lebar', 'height', 'length', 'distanc', 'depth']
    .map((w) => [w, new Set(LENGTH)] as const),
  ...['berat', 'bobot', 'weight'].map((w) => [w, new Set(WEIGHT)] as const),
]);

function wordsOf(tokens: Token[], span: Span): string[] {
  return tokens.filter((t) => t.start >= span.start && t.end <= span.end).map((t) => fold(t.text));
}

/**
 * The noun whose unit the question wants: the counted noun, or the one after a word for a sum
 * ("Berapakah total dana …" wants money). Only the unit is read from it: "Berapa jumlah
 * orangutan …" is answered by "12.770 ekor", not by an amount the text counts in "orangutan".
 */
function measuredNoun(query: Query, lang: Lang): string | null {
  const words = query.tokens.map((t) => fold(t.text));
  const k = words.findIndex((w) => COUNT_CUES.has(w));
  const next = words[k + 1] !== undefined && SUMS.has(words[k + 1]!) ? words[k + 2] : words[k + 1];
  return k < 0 || !next ? null : stem(next.replace(/kah$/, ''), lang);
}

/** The noun the question counts: "Berapa hektar …" → hektar, "How many officials" → official. */
function countedNoun(query: Query, lang: Lang): string | null {
  const words = query.tokens.map((t) => fold(t.text));
  const k = words.findIndex((w) => COUNT_CUES.has(w));
  const next = words[k + 1];
  if (k < 0 || !next || isStopwordAnyLang(next)) return null;
  // "tonkah", "hektarkah": the question particle is not part of the noun.
  return stem(next.replace(/kah$/, ''), lang);
}
