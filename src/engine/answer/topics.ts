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
import { mergeTopics, type MergedTopic, type SourcedFact } from '../extract/topics/merge.js';

const MAX_TOPICS = 15;
const MAX_CITATIONS = 3;
const MAX_FILTER_CITATIONS = 5;
const MAX_KNOWN = 25;
const MAX_LABEL = 100;
const SEARCH_LIMIT = 5;

export function answerTopics(view: CorpusView, filter: string | null): TopicsAnswer {
  const q = filter === null ? '' : squash(filter);
  if (!q) {
    const topics = mergedTopics(view).slice(0, MAX_TOPICS).map((t) => ({ label: t.label, citations: citations(view, t.facts, MAX_CITATIONS) }));
    const shown = topics.filter((t) => t.citations.length > 0);
    return { command: 'topics', filter: null, found: shown.length > 0, topics: shown };
  }
  const entries = new Map<string, { label: string; citations: Citation[] }>();
  const cited = new Set<string>();
  const add = (label: string, citation: Citation) => {
    const where = `${citation.source}#${citation.passage}`;
    if (cited.has(where)) return;
    const key = fold(label);
    let entry = entries.get(key);
    if (!entry) entries.set(key, (entry = { label, citations: [] }));
    if (entry.citations.length >= MAX_FILTER_CITATIONS) return;
    cited.add(where);
    entry.citations.push(citation);
  };
  const words = filterWords(q);
  const merged = mergedTopics(view);
  for (const topic of merged.filter((t) => labelMatches(t.label, words))) {
    for (const c of citations(view, topic.facts, MAX_FILTER_CITATIONS)) add(topic.label, c);
  }
  const hits = view.search(q, { limit: SEARCH_LIMIT });
  const inPassage = factsByPassage(merged);
  for (const hit of hits) {
    const sentence = bestSentence(hit, words);
    const topic = topicInSentence(inPassage.get(hit.passage.key) ?? [], hit, sentence);
    add(topic?.label ?? q, cite(hit.meta, hit.passage, topic ? topic.fact : sentence));
  }
  const topics = [...entries.values()].filter((e) => e.citations.length > 0).slice(0, MAX_TOPICS);
  return { command: 'topics', filter: q, found: topics.length > 0, topics };
}

/** Topic labels for autocomplete, best first, filtered by what has been typed. */
export function knownTopics(view: CorpusView, typed = ''): string[] {
  const needle = fold(squash(typed));
  const out: string[] = [];
  for (const t of mergedTopics(view)) {
    if (needle && !fold(t.label).includes(needle)) continue;
    out.push(shorten(t.label));
    if (out.length >= MAX_KNOWN) break;
  }
  return out;
}

function citations(view: CorpusView, facts: readonly SourcedFact[], max: number): Citation[] {
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

const cache: Array<{ sources: readonly IndexedSource[]; topics: MergedTopic[] }> = [];
const MAX_CACHED = 8;

function mergedTopics(view: CorpusView): MergedTopic[] {
  const sources = view.sources();
  const hit = cache.find((c) => c.sources.length === sources.length && c.sources.every((s, i) => s === sources[i]));
  if (hit) return hit.topics;
  const topics = mergeTopics(sources);
  cache.unshift({ sources: [...sources], topics });
  if (cache.length > MAX_CACHED) cache.pop();
  return topics;
}

type PassageTopic = { label: string; fact: TopicFact };
const byPassageCache = new WeakMap<MergedTopic[], Map<string, PassageTopic[]>>();

/** Topics by passage key (`${sourceId}#${number}`), to name the topic of a search hit. */
function factsByPassage(merged: MergedTopic[]): Map<string, PassageTopic[]> {
  let map = byPassageCache.get(merged);
  if (map) return map;
  map = new Map();
  for (const topic of merged) {
    for (const { sourceId, fact } of topic.facts) {
      const key = `${sourceId}#${fact.passage}`;
      const list = map.get(key) ?? [];
      list.push({ label: topic.label, fact });
      map.set(key, list);
    }
  }
  byPassageCache.set(merged, map);
  return map;
}

// ---- Matching a filter ----

/** The filter's content words, folded ("the cyber security" → ["cyber", "security"]). */
function filterWords(q: string): string[] {
  const words = fold(q).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
  const content = words.filter((w) => !isStopwordAnyLang(w));
  return content.length > 0 ? content : words;
}

/** Every filter word starts a word of the label ("perdag" matches "perdagangan global"). */
function labelMatches(label: string, words: readonly string[]): boolean {
  const labelWords = fold(label).split(/[^\p{L}\p{N}]+/u);
  return words.length > 0 && words.every((w) => labelWords.some((l) => l.startsWith(w)));
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
function topicInSentence(topics: readonly PassageTopic[], hit: PassageHit, sentence: Span | undefined): PassageTopic | undefined {
  const matched = new Set(hit.matched);
  let best: PassageTopic | undefined;
  let bestScore = 0;
  for (const topic of topics) {
    const { fact } = topic;
    if (sentence && (fact.end <= sentence.start || fact.start >= sentence.end)) continue;
    const terms = tokenize(fact.label).flatMap((tok) => tokenTerms(tok, hit.passage.lang));
    const score = terms.filter((term) => matched.has(term)).length;
    if (score > bestScore) { best = topic; bestScore = score; }
  }
  return best;
}

function shorten(label: string): string {
  if (label.length <= MAX_LABEL) return label;
  const cut = label.lastIndexOf(' ', MAX_LABEL);
  return label.slice(0, cut > 0 ? cut : MAX_LABEL);
}
