/**
 * "Apa yang diperoleh Sander …?" against "Sander memperoleh medali perunggu …": a question that
 * asks what was done to something names no kind of thing, but it names the verb, and news text
 * says the thing right after that verb. The answer is the lower-case noun phrase that follows the
 * sentence's form of the question's verb (names are found as names elsewhere).
 */
import type { Lang, Span } from '../types.js';
import type { Query } from '../query.js';
import type { Token } from '../text/tokenize.js';
import { fold } from '../text/normalize.js';
import { stem } from '../text/stem.js';
import { isStopwordAnyLang } from '../text/stopwords.js';

/**
 * Words that look like verbs: Indonesian verbs carry their voice in a prefix (a bare root is more
 * often a noun); English ones are read only in the participle ("What was discussed …"), since a
 * bare English word may as well be a noun the sentence merely repeats.
 */
const VERB_FORM: Record<Lang, RegExp> = { id: /^(di|me|ber|ter|per)/, en: /..(ed|en)$/ };
const MAX_SKIPPED = 2;
const MAX_OBJECT = 3;

/** Per question: the stems of its verbs, asked for once per sentence of every candidate passage. */
const verbStems = new WeakMap<Query, Set<string>>();

function questionVerbs(query: Query): Set<string> {
  let verbs = verbStems.get(query);
  if (verbs === undefined) {
    // A question may open with its verb ("Berfungsi sebagai apa …"): only there is a capital no sign of a name.
    verbs = new Set(query.tokens
      .filter((t, i) => t.kind === 'word' && (!t.capitalized || i === 0))
      .map((t) => fold(t.text))
      .filter((w) => VERB_FORM[query.lang].test(w) && !isStopwordAnyLang(w))
      .map((w) => stem(w, query.lang)));
    verbStems.set(query, verbs);
  }
  return verbs;
}

/** The noun phrases right after the sentence's forms of the question's verbs. */
export function verbObjects(query: Query, tokens: Token[], lang: Lang): Span[] {
  if (query.lang !== lang) return [];
  const verbs = questionVerbs(query);
  if (verbs.size === 0) return [];
  const asked = query.asked;
  const adjacent = (a: Token, b: Token | undefined) => b !== undefined && b.start - a.end === 1;
  const plain = (t: Token | undefined) => t !== undefined && t.kind === 'word' && !t.capitalized
    && !isStopwordAnyLang(fold(t.text)) && !asked.has(fold(t.text));
  const out: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || t.capitalized || !verbs.has(stem(fold(t.text), lang))) continue;
    // "berfungsi sebagai …", "menyerukan penghapusan …": words the question has come before the answer.
    let j = i + 1;
    while (j < tokens.length && j - i <= MAX_SKIPPED && asked.has(fold(tokens[j]!.text)) && adjacent(tokens[j - 1]!, tokens[j])) j++;
    if (!adjacent(tokens[j - 1]!, tokens[j]) || !plain(tokens[j])) continue;
    let end = j;
    while (end + 1 - j < MAX_OBJECT && adjacent(tokens[end]!, tokens[end + 1]) && plain(tokens[end + 1])) end++;
    out.push({ start: tokens[j]!.start, end: tokens[end]!.end });
  }
  return out;
}
