/**
 * "Selain pasir hitam , apa yang …", "Besides rice , what …": the question names one thing and
 * asks for another of the same kind. News text lists them together ("kerikil dan pasir hitam"),
 * so the answer is what the sentence joins to the thing the question names.
 */
import type { Span } from '../types.js';
import type { Query } from '../query.js';
import type { Token } from '../text/tokenize.js';
import { fold } from '../text/normalize.js';
import { isStopwordAnyLang } from '../text/stopwords.js';
import { CONJUNCTIONS } from './name-runs.js';

const BESIDES = new Set(['selain', 'besides']);
const PREPOSITIONS = new Set(['di', 'ke', 'dari', 'melalui', 'sebagai', 'dengan', 'pada', 'untuk', 'in', 'at', 'as', 'from', 'by', 'with', 'through']);
const MAX_NAMED = 4;
const MAX_PARTNER = 3;

/** Per question: the content words it names after "selain", or none. */
const named = new WeakMap<Query, Set<string>>();

function besidesWords(query: Query): Set<string> {
  let words = named.get(query);
  if (words === undefined) {
    words = new Set();
    const k = query.tokens.findIndex((t) => BESIDES.has(fold(t.text)));
    for (let i = k + 1; k >= 0 && i < query.tokens.length && i - k <= MAX_NAMED; i++) {
      // What it names ends at a comma or at the clause the question goes on with.
      if (/[,?]/.test(query.text.slice(query.tokens[i - 1]!.end, query.tokens[i]!.start))) break;
      const w = fold(query.tokens[i]!.text);
      if (w === 'yang' || w === 'apa' || w === 'apakah' || w === 'what' || w === 'which') break;
      // "selain di SEA Games": a preposition opening the phrase is not part of the thing.
      if (words.size > 0 || !PREPOSITIONS.has(w)) words.add(w);
    }
    named.set(query, words);
  }
  return words;
}

/** The words the sentence joins with "dan"/"atau" to the thing the question names after "selain". */
export function besidesPartners(query: Query, tokens: Token[]): Span[] {
  const words = besidesWords(query);
  if (words.size === 0) return [];
  const asked = query.asked;
  const plain = (t: Token | undefined) => t !== undefined && !isStopwordAnyLang(fold(t.text)) && !asked.has(fold(t.text)) && !CONJUNCTIONS.has(fold(t.text));
  const close = (a: Token, b: Token) => b.start - a.end === 1;
  const out: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let j = i;
    const seen = new Set<string>();
    while (j < tokens.length && words.has(fold(tokens[j]!.text)) && (j === i || close(tokens[j - 1]!, tokens[j]!))) seen.add(fold(tokens[j++]!.text));
    if (seen.size < words.size) continue;
    // A partner is of the same sort: a name beside a name, a common noun beside a common noun.
    const capital = tokens[i]!.capitalized;
    const partner = (t: Token | undefined) => plain(t) && t!.capitalized === capital;
    // "kerikil dan pasir hitam": the partner before.
    const conjBefore = tokens[i - 1];
    if (conjBefore && CONJUNCTIONS.has(fold(conjBefore.text)) && close(conjBefore, tokens[i]!) && partner(tokens[i - 2]) && close(tokens[i - 2]!, conjBefore)) {
      let a = i - 2;
      // Leftwards a common noun phrase has no clear edge ("tertutup kerikil"): one word; a name runs on.
      while (capital && a > 0 && i - 2 - a + 1 < MAX_PARTNER && partner(tokens[a - 1]) && close(tokens[a - 1]!, tokens[a]!)) a--;
      out.push({ start: tokens[a]!.start, end: tokens[i - 2]!.end });
    }
    // "gizi kurang dan anemia": the partner after.
    const conjAfter = tokens[j];
    if (conjAfter && CONJUNCTIONS.has(fold(conjAfter.text)) && close(tokens[j - 1]!, conjAfter) && partner(tokens[j + 1]) && close(conjAfter, tokens[j + 1]!)) {
      let b = j + 1;
      while (b + 1 < tokens.length && b - j < MAX_PARTNER && partner(tokens[b + 1]) && close(tokens[b]!, tokens[b + 1]!)) b++;
      out.push({ start: tokens[j + 1]!.start, end: tokens[b]!.end });
    }
    i = j - 1;
  }
  return out;
}
