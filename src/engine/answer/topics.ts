/**
 * /topics: what the sources discuss, from the TopicFacts indexing extracted (never re-extracted
 * per question), merged across sources (see extract/topics/merge.ts). With a filter, the answer is
 * the passages about that topic: topics whose label matches, then search hits (the search bridges
 * English and Indonesian, so "cyber security" finds "keamanan siber"), each cited at the sentence
 * holding the matched words.
 */
import type { Citation, CorpusView, IndexedSource, PassageHit, Span, TopicFact, TopicsAnswer } from '../types.js';
import { fold, squash } from '../text/normalize.js';
import { tokenTerms } from '../text/analyze.js';
import { isStopwordAnyLang } from '../text/stopwords.js';
import { tokenize } from '../text/tokenize.js';
import { cite } from './citation.js';
import { mergeTopics, topicFacts, type SourcedFact, type TopicIndex } from '../extract/topics/merge.js';
import { topicKey } from '../extract/topics/words.js';

const MAX_TOPICS = 15;
const MAX_CITATIONS = 3;
const MAX_FILTER_CITATIONS = 5;
const MAX_KNOWN = 25;
const MAX_LABEL = 100;
const SEARCH_LIMIT = 5;
const WEAK_HIT = 0.3;

export function answerTopics(view: CorpusView, filter: string | null): TopicsAnswer {
  const q = filter === null ? '' : squash(filter);
  if (!q) {
    const topics = topicIndex(view).topics.slice(0, MAX_TOPICS).map((t) => ({ label: t.label, citations: citations(view, topicFacts(t), MAX_CITATIONS) }));
    const shown = topics.filter((t) => t.citations.length > 0);
    return { command: 'topics', filter: null, found: shown.length > 0, topics: shown };
  }
  const entries = new Map<string, { label: string; citations: Citation[] }>();
  const cited = new Set<string>();
  const add = (label: string, citation: Citation) => {
    const where = `${citation.source}#${citation.passage}`;
    if (cited.has(where)) return;
    const key = topicKey(label);
    let entry = entries.get(key);
    if (!entry) entries.set(key, (entry = { label, citations: [] }));
    if (entry.citations.length >= MAX_FILTER_CITATIONS) return;
    cited.add(where);
    entry.citations.push(citation);
  };
  const words = filterWords(q);
  const index = topicIndex(view);
  let labelled = 0;
  for (const topic of index.topics) {
    if (!labelMatches(topic.words, words)) continue;
    for (const c of citations(view, topicFacts(topic), MAX_FILTER_CITATIONS)) add(topic.label, c);
    if (++labelled >= MAX_TOPICS) break;
  }
  // Scores compare within one search: a hit far below the best matched a stray word.
  const found = view.search(q, { limit: SEARCH_LIMIT });
  const hits = found.filter((h) => h.score >= WEAK_HIT * (found[0]?.score ?? 0));
  const sources = hits.length > 0 ? new Map(view.sources().map((s) => [s.meta.id, s])) : new Map<string, IndexedSource>();
  for (const hit of hits) {
    const sentence = bestSentence(hit, words);
    const facts = sources.get(hit.meta.id)?.topics.filter((f) => f.passage === hit.passage.number) ?? [];
    const fact = topicInSentence(facts, hit, sentence);
    const label = fact ? (index.byKey.get(topicKey(fact.label))?.label ?? fact.label) : q;
    add(label, cite(hit.meta, hit.passage, fact ?? sentence));
  }
  const topics = [...entries.values()].filter((e) => e.citations.length > 0).slice(0, MAX_TOPICS);
  return { command: 'topics', filter: q, found: topics.length > 0, topics };
}

/** Topic labels for autocomplete, best first, filtered by what has been typed. */
export function knownTopics(view: CorpusView, typed = ''): string[] {
  const needle = topicKey(typed);
  const out: string[] = [];
  for (const t of topicIndex(view).topics) {
    if (needle && !t.key.includes(needle)) continue;
    out.push(shorten(t.label));
    if (out.length >= MAX_KNOWN) break;
  }
  return out;
}

function citations(view: CorpusView, facts: Iterable<SourcedFact>, max: number): Citation[] {
  const out: Citation[] = [];
  const seen = new Set<string>();
  for (const { sourceId, fact } of facts) {
    const where = `${sourceId}#${fact.passage}`;
    if (seen.has(where)) continue;
    const found = view.passage(sourceId, fact.passage);
    if (!found) continue;
    seen.add(where);
    out.push(cite(found.meta, found.passage, fact));
    if (out.length >= max) break;
  }
  return out;
}

// ---- Merged topics, cached per set of sources: answers must not redo the merge per question ----

const cache: Array<{ sources: readonly IndexedSource[]; index: TopicIndex }> = [];
const MAX_CACHED = 16;

function topicIndex(view: CorpusView): TopicIndex {
  const sources = view.sources();
  const hit = cache.find((c) => c.sources.length === sources.length && c.sources.every((s, i) => s === sources[i]));
  if (hit) return hit.index;
  const index = mergeTopics(sources);
  cache.unshift({ sources: [...sources], index });
  if (cache.length > MAX_CACHED) cache.pop();
  return index;
}

// ---- Matching a filter ----

/** The filter's content words, folded ("the cyber security" → ["cyber", "security"]). */
function filterWords(q: string): string[] {
  const words = fold(q).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
  const content = words.filter((w) => !isStopwordAnyLang(w));
  return content.length > 0 ? content : words;
}

/** Every filter word starts a word of the label ("perdag" matches "perdagangan global"). */
function labelMatches(labelWords: readonly string[], words: readonly string[]): boolean {
  return words.length > 0 && words.every((w) => w.length >= 2 && labelWords.some((l) => l.startsWith(w)));
}

/** The sentence of a hit holding most of the matched terms (stems) or the filter's words. */
function bestSentence(hit: PassageHit, words: readonly string[]): Span | undefined {
  const { passage } = hit;
  const matched = new Set(hit.matched);
  const tokens = tokenize(passage.text);
  let best: Span | undefined;
  let bestScore = 0;
  let t = 0;
  for (const sentence of passage.sentences) {
    let score = 0;
    for (; t < tokens.length && tokens[t]!.start < sentence.end; t++) {
      const token = tokens[t]!;
      const lower = fold(token.text);
      const stemHit = tokenTerms(token, passage.lang).some((term) => matched.has(term));
      if (stemHit || words.some((w) => w.length >= 3 && lower.startsWith(w))) score++;
    }
    if (score > bestScore) { best = sentence; bestScore = score; }
  }
  return best;
}

/** The topic stated in the hit's sentence whose words the search matched, if any. */
function topicInSentence(facts: readonly TopicFact[], hit: PassageHit, sentence: Span | undefined): TopicFact | undefined {
  const matched = new Set(hit.matched);
  let best: TopicFact | undefined;
  let bestScore = 0;
  for (const fact of facts) {
    if (sentence && (fact.end <= sentence.start || fact.start >= sentence.end)) continue;
    const terms = tokenize(fact.label).flatMap((tok) => tokenTerms(tok, hit.passage.lang));
    const score = terms.filter((term) => matched.has(term)).length;
    if (score > bestScore) { best = fact; bestScore = score; }
  }
  return best;
}

function shorten(label: string): string {
  if (label.length <= MAX_LABEL) return label;
  const cut = label.lastIndexOf(' ', MAX_LABEL);
  return label.slice(0, cut > 0 ? cut : MAX_LABEL);
}
