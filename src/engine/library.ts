/**
 * A library: the sources of one scope (the base corpus, or one server's own), their passages,
 * what indexing extracted from them, and the passage index. Adding or removing a source updates
 * the index incrementally. Pure: no file system, no settings; snapshots are plain data.
 */
import type { IndexedSource, PassageHit, Passage, Source, SourceMeta } from './types.js';
import type { Query } from './query.js';
import type { SearchableView } from './view.js';
import type { PassageFacts } from './answer/candidates.js';
import { parseQuery, queryTerms } from './query.js';
import { PassageIndex } from './search.js';
import { analyzed } from './analyzed.js';
import { passageFacts } from './passage-facts.js';
import { RecentCache } from './recent.js';
import { toPassages } from './passages.js';
import { extractPeople } from './extract/people.js';
import { extractTimes } from './extract/dates.js';
import { extractTopics } from './extract/topics.js';

const SNAPSHOT_VERSION = 1;

export interface LibrarySnapshot {
  version: number;
  sources: IndexedSource[];
  index: ReturnType<PassageIndex['toJSON']>;
}

export class Library implements SearchableView {
  private readonly indexed = new Map<string, IndexedSource>();
  private readonly byKey = new Map<string, { meta: SourceMeta; passage: Passage }>();
  /** What indexing found per passage, for the passages re-ranking saw last (see passage-facts.ts). */
  private readonly recentFacts = new RecentCache<string, PassageFacts>(1024);

  constructor(private readonly index = new PassageIndex()) {}

  /** Index a source (replacing one with the same id): passages, people, dates, topics. */
  add(source: Source): IndexedSource {
    this.remove(source.id);
    const { body: _body, ...meta } = source;
    const passages = toPassages(source);
    const indexed: IndexedSource = {
      meta,
      passages,
      people: extractPeople(passages, source.lang),
      times: passages.flatMap((p) => extractTimes(p, { published: source.published })),
      topics: extractTopics(passages, source.lang),
    };
    this.index.add(passages);
    this.remember(indexed);
    this.recentFacts.clear();
    return indexed;
  }

  remove(id: string): boolean {
    const indexed = this.indexed.get(id);
    if (!indexed) return false;
    this.index.remove(indexed.passages);
    for (const p of indexed.passages) this.byKey.delete(p.key);
    this.indexed.delete(id);
    this.recentFacts.clear();
    return true;
  }

  has(id: string): boolean {
    return this.indexed.has(id);
  }

  get(id: string): IndexedSource | undefined {
    return this.indexed.get(id);
  }

  sources(): readonly IndexedSource[] {
    return [...this.indexed.values()];
  }

  get passageCount(): number {
    return this.byKey.size;
  }

  passage(sourceId: string, number: number): { meta: SourceMeta; passage: Passage } | undefined {
    return this.byKey.get(`${sourceId}#${number}`);
  }

  search(question: string, options: { limit?: number } = {}): PassageHit[] {
    return this.searchQuery(parseQuery(question), options.limit ?? 10);
  }

  searchQuery(query: Query, limit: number): PassageHit[] {
    const { searched, deferred } = this.index.plan(queryTerms(query));
    return this.index.search(searched, limit).flatMap((hit) => {
      const found = this.byKey.get(hit.key);
      if (!found) return [];
      // A deferred term the passage holds is matched all the same (re-ranking analyzes it anyway).
      const own = deferred.length > 0 ? new Set(analyzed(found.passage).termsAt.flat()) : null;
      const matched = own ? [...hit.matched, ...deferred.filter((t) => own.has(t.term)).map((t) => t.term)] : hit.matched;
      return [{ passage: found.passage, meta: found.meta, score: hit.score, matched }];
    });
  }

  documentCount(): number {
    return this.index.size;
  }

  documentFrequency(term: string): number {
    return this.index.documentFrequency(term);
  }

  facts(sourceId: string, passage: number): PassageFacts {
    const source = this.indexed.get(sourceId);
    if (!source) return { lang: 'id', times: [], people: [] };
    return this.recentFacts.get(`${sourceId}#${passage}`, () => passageFacts(source, passage));
  }

  toSnapshot(): LibrarySnapshot {
    return { version: SNAPSHOT_VERSION, sources: this.sources() as IndexedSource[], index: this.index.toJSON() };
  }

  /** Throws when the snapshot is not one this version wrote; the caller then rebuilds. */
  static fromSnapshot(snapshot: unknown): Library {
    const s = snapshot as Partial<LibrarySnapshot> | null;
    if (!s || s.version !== SNAPSHOT_VERSION || !Array.isArray(s.sources) || !s.index) {
      throw new Error('index snapshot is from another version or damaged');
    }
    const library = new Library(PassageIndex.fromJSON(s.index));
    for (const indexed of s.sources) library.remember(indexed);
    return library;
  }

  private remember(indexed: IndexedSource): void {
    this.indexed.set(indexed.meta.id, indexed);
    for (const passage of indexed.passages) this.byKey.set(passage.key, { meta: indexed.meta, passage });
  }
}
