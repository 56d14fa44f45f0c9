/**
 * One view over several libraries: the base corpus serves every server, and a server's own
 * sources are added on top. Statistics are summed so question words weigh the same as if all
 * passages sat in one index; hits are merged by score.
 */
import type { PassageHit } from './types.js';
import type { Query } from './query.js';
import type { SearchableView } from './view.js';
import { parseQuery } from './query.js';

export function combine(...views: SearchableView[]): SearchableView {
  if (views.length === 1) return views[0]!;
  const owner = (sourceId: string, n: number) => views.find((v) => v.passage(sourceId, n) !== undefined);
  const searchQuery = (query: Query, limit: number): PassageHit[] =>
    views.flatMap((v) => v.searchQuery(query, limit)).sort((a, b) => b.score - a.score).slice(0, limit);
  return {
    sources: () => views.flatMap((v) => v.sources()),
    passage: (sourceId, n) => owner(sourceId, n)?.passage(sourceId, n),
    search: (question, options = {}) => searchQuery(parseQuery(question), options.limit ?? 10),
    searchQuery,
    documentCount: () => views.reduce((a, v) => a + v.documentCount(), 0),
    documentFrequency: (term) => views.reduce((a, v) => a + v.documentFrequency(term), 0),
    facts: (sourceId, n) => owner(sourceId, n)?.facts(sourceId, n) ?? { lang: 'id', times: [], people: [] },
  };
}
