/**
 * What the answer functions need beyond CorpusView: searching with an already parsed question and
 * the collection statistics that weigh its words. Library implements it; combine() merges several.
 */
import type { CorpusView, PassageHit } from './types.js';
import type { Query } from './query.js';
import type { PassageFacts } from './answer/candidates.js';

export interface SearchableView extends CorpusView {
  searchQuery(query: Query, limit: number): PassageHit[];
  documentCount(): number;
  documentFrequency(term: string): number;
  /** What indexing found in one passage: time expressions and where people are named. */
  facts(sourceId: string, passage: number): PassageFacts;
}

/** BM25's inverse document frequency; a term no passage has gets the highest weight. */
export function idf(view: Pick<SearchableView, 'documentCount' | 'documentFrequency'>, term: string): number {
  const n = view.documentCount();
  const df = view.documentFrequency(term);
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}
