/**
 * Re-ranking retrieved passages by their best sentence. BM25 scores a passage as a bag of words;
 * a factoid answer sits in one sentence that holds most of the question's words close together,
 * in the question's order, next to something of the answer type wanted. Each passage gets a few
 * such features; its score is their weighted sum. Question words weigh by IDF, so rare words
 * (names, specific nouns) count most. The weights were fitted on FacQA's train split (coordinate
 * ascent on R@1) and checked on its valid split; see scripts/tune-rank.ts. Through /ask they give
 * FacQA R@1 0.729 on train and 0.743 on valid. FacQA seems to be at its ceiling for features that
 * only measure word overlap: exact (unstemmed) word overlap, question bigrams, the smallest window
 * covering the question, other BM25 parameters, word rarity within the candidates, log and
 * product terms all moved R@1 by less than one valid question.
 */
import type { PassageHit, Span } from './types.js';
import { groupShare, type Query, type QueryGroup } from './query.js';
import { idf, type SearchableView } from './view.js';
import type { Token } from './text/tokenize.js';
import { analyzed } from './analyzed.js';
import { hasAnswerCandidate, type PassageFacts } from './answer/candidates.js';
import { headNoun } from './answer/head-noun.js';

export interface RankedPassage {
  hit: PassageHit;
  score: number;
  features: number[];
  /** The sentence that best answers, as offsets into the passage text. */
  sentence: Span;
  /**
   * The sentences just before and after it that share some of the question's words and hold a
   * candidate of the wanted type, best first: news often gives the answer one sentence on, by a
   * pronoun or an epithet ("presiden Rusia tersebut … pada tahun 2015").
   */
  neighbours: Span[];
  /**
   * Share of the question's weight the passage covers (0–1), not counting the kind of thing asked
   * for when the passage does not say it.
   */
  coverage: number;
  /** How many of the question's groups the passage does not say (less than half of any reading). */
  missing: number;
  /** Share of the weight of the question's names, numbers and dates the passage covers (1 if none). */
  entityCoverage: number;
  /** Tokens of the passage and, per token, the query groups it matches. */
  tokens: Token[];
  groupsAt: number[][];
  /** Per question group, its weight (IDF of its best alternative). */
  groupWeight: number[];
  facts: PassageFacts;
}

export const FEATURES = ['bm25', 'sentence', 'proximity', 'type', 'coverage', 'order', 'sentenceShare', 'position', 'entities'] as const;
export const WEIGHTS: number[] = [0.35, 0, 0.25, 0.5, 0.5, 0, 0.35, 0, 0.05];

export function rank(view: SearchableView, query: Query, hits: PassageHit[]): RankedPassage[] {
  if (hits.length === 0) return [];
  const groupWeight = query.groups.map((g) => groupWeightOf(view, g));
  const total = groupWeight.reduce((a, b) => a + b, 0) || 1;
  // The kind of thing asked for ("Di negara manakah …", "which city …") is what the answer is, not
  // something the passage must say: "Kanada" answers it without the word "negara".
  const kind = headNoun(query);
  const says = query.groups.map((g) => !g.alternatives.some((a) => a.weight === 1 && a.term === kind));
  const said = groupWeight.reduce((a, w, g) => a + (says[g] ? w : 0), 0) || 1;
  const entityTotal = query.groups.reduce((a, g, i) => a + (g.entity ? groupWeight[i]! : 0), 0);
  const groupOf = new Map<string, number[]>();
  query.groups.forEach((g, i) => g.alternatives.forEach((a) => groupOf.set(a.term, [...(groupOf.get(a.term) ?? []), i])));
  const best = hits[0]!.score || 1;
  const ctx = { groupWeight, total, query };

  return hits
    .map((hit, position) => {
      const { tokens, termsAt } = analyzed(hit.passage);
      const groupsAt = termsAt.map((terms) => [...new Set(terms.flatMap((term) => groupOf.get(term) ?? []))]);
      const inPassage = new Set(hit.matched);
      const share = query.groups.map((g) => groupShare(g, (term) => inPassage.has(term)));
      const facts = view.facts(hit.passage.sourceId, hit.passage.number);
      let top: SentenceFeatures = { weight: 0, proximity: 0, type: 0, order: 0, share: 0, span: hit.passage.sentences[0] ?? { start: 0, end: hit.passage.text.length } };
      let topScore = -1;
      let topIndex = 0;
      const scored = hit.passage.sentences.map((span, i) => {
        const f = sentenceFeatures(span, tokens, termsAt, groupsAt, facts, hit.passage.text, ctx);
        const s = WEIGHTS[1]! * f.weight + WEIGHTS[2]! * f.proximity + WEIGHTS[3]! * f.type + WEIGHTS[5]! * f.order + WEIGHTS[6]! * f.share;
        if (s > topScore) { topScore = s; top = f; topIndex = i; }
        return { f, s };
      });
      const neighbours = [scored[topIndex - 1], scored[topIndex + 1]]
        .filter((n): n is { f: SentenceFeatures; s: number } => n !== undefined && n.f.type > 0)
        .sort((a, b) => b.s - a.s)
        .map((n) => n.f.span);
      const whole = share.reduce((a, x, g) => a + x * groupWeight[g]!, 0) / total;
      const coverage = Math.max(whole, share.reduce((a, x, g) => a + (says[g] ? x * groupWeight[g]! : 0), 0) / said);
      const entityCoverage = entityTotal === 0 ? 1 : share.reduce((a, x, g) => a + (query.groups[g]!.entity ? x * groupWeight[g]! : 0), 0) / entityTotal;
      const features = [hit.score / best, top.weight, top.proximity, top.type, whole, top.order, top.share, 1 / (1 + position), entityCoverage];
      const score = features.reduce((a, f, i) => a + f * WEIGHTS[i]!, 0);
      const missing = share.filter((x, g) => says[g] && x < 0.5).length;
      return { hit, score, features, sentence: top.span, neighbours, coverage, missing, entityCoverage, tokens, groupsAt, groupWeight, facts };
    })
    .sort((a, b) => b.score - a.score);
}

/**
 * A group weighs by how rare the question's own words are in the index. A translation's rarity
 * says little: "city" asked of Indonesian news is absent or in one stray English passage, and its
 * IDF would make "kota", one of the commonest words, weigh like a name. Translations count when the
 * index holds none of the question's own words (an English question of Indonesian sources); when it
 * holds no alternative at all, the group is as rare as can be.
 */
function groupWeightOf(view: SearchableView, group: QueryGroup): number {
  const held = group.alternatives.filter((a) => view.documentFrequency(a.term) > 0);
  const own = held.filter((a) => a.weight === 1);
  const from = own.length > 0 ? own : held.length > 0 ? held : group.alternatives;
  return Math.max(...from.map((a) => a.weight * idf(view, a.term)));
}

interface SentenceFeatures {
  weight: number;
  proximity: number;
  type: number;
  order: number;
  share: number;
  span: Span;
}

function sentenceFeatures(
  span: Span, tokens: Token[], termsAt: string[][], groupsAt: number[][], facts: PassageFacts, text: string,
  ctx: { groupWeight: number[]; total: number; query: Query },
): SentenceFeatures {
  const matched = new Set<number>();
  const terms = new Set<string>();
  const positions: number[] = [];
  let ordered = 0;
  let previous = -1;
  tokens.forEach((t, i) => {
    if (t.start < span.start || t.end > span.end || groupsAt[i]!.length === 0) return;
    positions.push(i);
    for (const term of termsAt[i]!) terms.add(term);
    for (const g of groupsAt[i]!) {
      // Consecutive question groups found next to each other, in order: phrases, not bags.
      if (previous >= 0 && g === previous + 1 && groupsAt[i - 1]?.includes(previous)) ordered++;
      matched.add(g);
    }
    previous = Math.max(...groupsAt[i]!);
  });
  if (matched.size === 0) return { weight: 0, proximity: 0, type: 0, order: 0, share: 0, span };
  const weight = [...matched].reduce((a, g) => a + groupShare(ctx.query.groups[g]!, (t) => terms.has(t)) * ctx.groupWeight[g]!, 0) / ctx.total;
  const window = positions[positions.length - 1]! - positions[0]! + 1;
  const proximity = (positions.length / window) * weight;
  const type = hasAnswerCandidate(ctx.query, tokens, span, facts, text) ? weight : 0;
  const order = ctx.query.groups.length > 1 ? ordered / (ctx.query.groups.length - 1) : 0;
  return { weight, proximity, type, order, share: matched.size / ctx.query.groups.length, span };
}
