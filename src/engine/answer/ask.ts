/**
 * /ask: retrieve, re-rank by sentence, decide whether the sources answer, cite, and pull a short
 * answer out of the cited sentence. "Found" is decided by what the best passage covers of the
 * question (every name, number and date in it, and most of the question's weight), not by a raw
 * score cut-off, so it means the same on a small corpus and a large one.
 */
import type { AskAnswer, Citation, Span } from '../types.js';
import type { SearchableView } from '../view.js';
import { parseQuery, type Query } from '../query.js';
import { rank, type RankedPassage } from '../rank.js';
import { isFactoid } from '../question.js';
import { cite, MAX_EXCERPT } from './citation.js';
import { shortAnswer, type ShortAnswer } from './short-answer.js';
import { knownTopics } from './topics.js';

/** Passages re-ranked per question: enough to recover from BM25's misses, few enough to be fast. */
const CANDIDATES = 30;
const MAX_CITATIONS = 5;
const MAX_SUGGESTIONS = 5;
/**
 * Share of the question's weight the best passage must cover to count as an answer. 0.4 keeps
 * nine in ten of FacQA train's answerable questions (the gold passage's coverage is ≥ 0.44 for
 * 90% of them); a question of two groups needs half, one of three or more may miss one group.
 */
const MIN_COVERAGE = 0.4;
const MIN_COVERAGE_SHORT = 0.5;
const MIN_PARAPHRASED_COVERAGE = 0.3;
/**
 * Further citations must cover some of the question and score within reach of the best: enough
 * to show the other passages that bear on it, without padding the reply with passages that only
 * share a name (on FacQA valid, R@5 0.878 against 0.887 with half these bars).
 */
const MIN_EXTRA_COVERAGE = 0.3;
const MIN_EXTRA_SCORE = 0.45;

export function ask(view: SearchableView, question: string): AskAnswer {
  const query = parseQuery(question);
  const ranked = query.groups.length > 0 ? rank(view, query, view.searchQuery(query, CANDIDATES)) : [];
  const best = namesKnown(query, ranked) ? ranked.find((r) => answers(r, query)) : undefined;
  if (!best) return { command: 'ask', query: question, found: false, answer: null, citations: [], suggestions: suggestions(view) };
  const cited = [best, ...ranked.filter((r) => r !== best && answersToo(r, best))].slice(0, MAX_CITATIONS);
  const short = isFactoid(query.type) ? shortAnswer(query, best) : null;
  const citations: Citation[] = cited.map((r) => cite(r.hit.meta, r.hit.passage, r === best ? showing(r.sentence, short) : r.sentence));
  return { command: 'ask', query: question, found: true, answer: short?.text ?? null, citations };
}

/**
 * The first excerpt's focus: the best sentence, and the one the short answer came from when that
 * is a neighbour; the answer's own sentence alone when both do not fit in one excerpt.
 */
function showing(sentence: Span, short: ShortAnswer | null): Span {
  if (!short || short.sentence === sentence) return sentence;
  const both = { start: Math.min(sentence.start, short.sentence.start), end: Math.max(sentence.end, short.sentence.end) };
  return both.end - both.start <= MAX_EXCERPT ? both : short.sentence;
}

/**
 * A question that names someone or something no retrieved passage mentions ("Siapa perdana
 * menteri Jepang?" when no source speaks of Japan) cannot be answered from these sources,
 * however well its other words match. A news passage may leave out names its story gave
 * earlier, so a single passage need not hold every name; the sources together must.
 */
function namesKnown(query: Query, ranked: RankedPassage[]): boolean {
  const seen = new Set(ranked.flatMap((r) => r.hit.matched));
  return query.groups.every((g) => !g.entity || !g.alternatives.some((a) => a.fuzzy) || g.alternatives.some((a) => seen.has(a.term)));
}

/**
 * Enough of the question's weight, or — in a question of three groups or more — all but one of
 * its groups: a longer question may use one word the source puts differently ("menanggapi" where
 * the source says "memantau"), but in a two-word question each word is half the meaning.
 */
function answers(r: RankedPassage, query: Query): boolean {
  if (query.groups.length <= 2) return r.coverage >= MIN_COVERAGE_SHORT;
  return r.coverage >= MIN_COVERAGE || (r.missing <= 1 && r.coverage >= MIN_PARAPHRASED_COVERAGE);
}

function answersToo(r: RankedPassage, best: RankedPassage): boolean {
  return r.coverage >= MIN_EXTRA_COVERAGE && r.score >= best.score * MIN_EXTRA_SCORE;
}

/**
 * What the sources do cover, to suggest instead: the first topics /topics would list. They come
 * from the merged topic index it keeps; sorting every source's topics per declined question took
 * ~80 ms at 100,000 passages.
 */
function suggestions(view: SearchableView): string[] {
  return knownTopics(view).slice(0, MAX_SUGGESTIONS);
}

