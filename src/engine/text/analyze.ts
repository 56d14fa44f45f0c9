/**
 * Terms for retrieval. One analysis serves the index and the question, so both sides agree:
 * lower case, stop words dropped, Indonesian stemmed with StemmerId and English with Porter.
 * A capitalized word is indexed both as written (lower-cased) and stemmed: mid-sentence it is
 * usually a name or a title ("Penasihat", "Putin") that a user may type in lower case, and
 * stemming alone would turn some names into different words; at the start of a sentence it is
 * usually an ordinary word. Dates keep their day/month part too, so "21/8" finds "21/8/2022".
 */
import type { Lang } from '../types.js';
import { fold } from './normalize.js';
import { stem } from './stem.js';
import { isStopword } from './stopwords.js';
import { tokenize, type Token } from './tokenize.js';

/** The terms one token contributes; empty for stop words and stray characters. */
export function tokenTerms(token: Token, lang: Lang): string[] {
  if (token.kind === 'date') {
    const dayMonth = token.text.split('/').slice(0, 2).join('/');
    return dayMonth === token.text ? [token.text] : [token.text, dayMonth];
  }
  if (token.kind === 'number') return [token.text];
  const lower = fold(token.text);
  if (lower.length < 2 || isStopword(lower, lang)) return [];
  const stemmed = stem(lower, lang);
  return token.capitalized && stemmed !== lower ? [lower, stemmed] : [stemmed];
}

/** All index terms of a text, in order (with repeats: term frequency matters to BM25). */
export function indexTerms(text: string, lang: Lang): string[] {
  const terms: string[] = [];
  for (const token of tokenize(text)) for (const t of tokenTerms(token, lang)) terms.push(t);
  return terms;
}
