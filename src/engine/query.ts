/**
 * A question → what retrieval and answering need: its language, the answer type it wants, and
 * its content words as groups of alternative terms. A group is one word or one lexicon phrase of
 * the question; its alternatives are the word's own analyses plus its translations (analyzed in
 * the other language), so an English question finds Indonesian passages and the other way round.
 * A group counts as matched when any alternative is, which keeps "does this answer?" a question
 * of how much of the question's meaning a passage covers, not of raw scores.
 */
import type { Lang } from './types.js';
import type { WeightedTerm } from './search.js';
import { answerType, type AnswerType } from './question.js';
import { detectLang, stopwordVote } from './text/language.js';
import { fold, squash } from './text/normalize.js';
import { isIndonesianWord, stem } from './text/stem.js';
import { indexTerms, tokenTerms } from './text/analyze.js';
import { tokenize, type Token } from './text/tokenize.js';
import { translatePhrases, type PhraseTranslation } from './text/lexicon.js';

/** Longer questions are cut: beyond this, words only add noise to retrieval. */
export const MAX_QUESTION = 1000;
const TRANSLATION_WEIGHT = 0.7;

export interface QueryGroup {
  /** The question's own words for this group. */
  surface: string;
  /** A name, number or date: a passage that lacks it does not answer the question. */
  entity: boolean;
  /** First and last token index in the question. */
  first: number;
  last: number;
  alternatives: WeightedTerm[];
  /**
   * Ways of saying the group: the question's own words, and each translation. A reading is a list
   * of slots (one per word, any of the slot's terms will do); "perdana menteri" is only matched by
   * a passage that has both words, not by every passage that says "menteri".
   */
  readings: Reading[];
}

export type Reading = string[][];

/** How much of a group a set of terms says: the best reading's share of matched slots (0–1). */
export function groupShare(group: QueryGroup, has: (term: string) => boolean): number {
  let best = 0;
  for (const reading of group.readings) {
    const matched = reading.filter((slot) => slot.some(has)).length;
    best = Math.max(best, matched / reading.length);
  }
  return best;
}

export interface Query {
  text: string;
  lang: Lang;
  type: AnswerType;
  tokens: Token[];
  /** The question's words, folded: an answer is what the question does not already say. */
  asked: Set<string>;
  groups: QueryGroup[];
}

export function parseQuery(question: string): Query {
  const text = squash(question).slice(0, MAX_QUESTION);
  const lang = detectLang(text);
  const tokens = tokenize(text);
  const groups: QueryGroup[] = [];
  const phraseAt = phrasesOf(tokens, lang, text);

  const asking = askingWords(tokens);
  for (let i = 0; i < tokens.length; ) {
    if (asking.has(i)) { i++; continue; }
    let phrase = phraseAt.get(i);
    // "berapa lama" → "how long" asks; it says nothing a passage must contain.
    if (phrase && range(phrase.start, phrase.end).some((k) => asking.has(k))) phrase = undefined;
    const last = phrase ? phrase.end - 1 : i;
    const span = tokens.slice(i, last + 1);
    const alternatives: WeightedTerm[] = [];
    const readings: Reading[] = [];
    const entity = span.some((t, k) => isEntity(t, i + k));
    const own: Reading = [];
    for (const t of span) {
      const terms = tokenTerms(t, lang);
      if (terms.length === 0) continue;
      const second = lang === 'id' ? secondReading(t, terms) : null;
      own.push(second ? [...terms, second] : terms);
      for (const term of terms) alternatives.push({ term, weight: 1, fuzzy: entity && t.kind === 'word' });
      if (second) alternatives.push({ term: second, weight: SECOND_READING_WEIGHT, fuzzy: false });
    }
    if (own.length > 0) readings.push(own);
    for (const target of phrase?.targets ?? []) {
      const terms = indexTerms(target, phrase!.to);
      if (terms.length === 0) continue;
      readings.push(terms.map((term) => [term]));
      for (const term of terms) alternatives.push({ term, weight: TRANSLATION_WEIGHT, fuzzy: false });
    }
    if (alternatives.length > 0)
      groups.push({ surface: span.map((t) => t.text).join(' '), entity, first: i, last, alternatives: dedupe(alternatives), readings });
    i = last + 1;
  }
  return { text, lang, type: answerType(text), tokens, asked: new Set(tokens.map((t) => fold(t.text))), groups };
}

/**
 * Lexicon phrases by their first token. A short question without function words ("cyber
 * security", "Putin Alaska") has no telling language, so it is looked up as both: phrases read
 * as the detected language first, the other language's where those leave a gap.
 */
function phrasesOf(tokens: Token[], lang: Lang, text: string): Map<number, PhraseTranslation & { to: Lang }> {
  const words = tokens.map((t) => t.text);
  const other: Lang = lang === 'id' ? 'en' : 'id';
  const found = translatePhrases(words, lang).map((p) => ({ ...p, to: other }));
  if (text.length < 200 && stopwordVote(text) === 0) {
    const covered = new Set(found.flatMap((p) => range(p.start, p.end)));
    for (const p of translatePhrases(words, other))
      if (!range(p.start, p.end).some((i) => covered.has(i))) found.push({ ...p, to: lang });
  }
  return new Map(found.map((p) => [p.start, p]));
}

const range = (start: number, end: number) => Array.from({ length: end - start }, (_, k) => start + k);

/**
 * StemmerId sometimes strips a prefix that belongs to the root: "disepakati" → "pakat", while the
 * text's "sepakat" stays "sepakat". Removing only the outer passive/adverbial prefix and stemming
 * the rest gives the other reading ("sepakati" → "sepakat"); a passage with either matches.
 */
const SECOND_READING_WEIGHT = 0.8;
const OUTER_PREFIX = /^(di|ke|ter)(?=\p{L}{4})/u;

function secondReading(token: Token, terms: string[]): string | null {
  if (token.kind !== 'word' || token.capitalized) return null;
  const word = fold(token.text);
  if (!OUTER_PREFIX.test(word)) return null;
  const alt = stem(word.replace(OUTER_PREFIX, ''), 'id');
  return alt.length >= 4 && !terms.includes(alt) ? alt : null;
}

/** Words that ask rather than say: "lama" in "berapa lama", "tahun" in "tahun berapa", "long" in "how long". */
const UNIT_BEFORE = new Set(['lama', 'lamanya', 'long', 'jam', 'pukul', 'tanggal', 'tahun', 'hari', 'bulan']);
const ASK_AFTER = new Set(['berapa', 'berapakah', 'apa']);
const ASK_BEFORE = new Set(['berapa', 'berapakah', 'how', 'what', 'which']);

function askingWords(tokens: Token[]): Set<number> {
  const words = tokens.map((t) => fold(t.text));
  const out = new Set<number>();
  words.forEach((w, i) => {
    if (!UNIT_BEFORE.has(w) && !['time', 'year', 'date', 'day', 'month'].includes(w)) return;
    if (ASK_BEFORE.has(words[i - 1] ?? '') || ASK_AFTER.has(words[i + 1] ?? '')) out.add(i);
  });
  return out;
}

/**
 * Names (capitalized, not the question's first word, not an ordinary Indonesian word such as
 * "Presiden" or "Pegunungan"), numbers and dates.
 */
function isEntity(token: Token, index: number): boolean {
  if (token.kind !== 'word') return true;
  // Only Latin-script words: the sources are Indonesian and English, so a word in another
  // script is noise around the question, not a name the sources must know.
  return token.capitalized && index > 0 && /^\p{Script=Latin}/u.test(token.text) && !isIndonesianWord(fold(token.text));
}

function dedupe(terms: WeightedTerm[]): WeightedTerm[] {
  const best = new Map<string, WeightedTerm>();
  for (const t of terms) {
    const seen = best.get(t.term);
    if (!seen || seen.weight < t.weight) best.set(t.term, t);
  }
  return [...best.values()];
}

/** Every alternative of every group, for the index. */
export function queryTerms(query: Query): WeightedTerm[] {
  return query.groups.flatMap((g) => g.alternatives);
}
