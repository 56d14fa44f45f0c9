/**
 * Reading MiniSearch's postings directly, for the two things its public API does badly.
 *
 * Document frequencies: re-ranking and the postings budget weigh terms by rarity, and MiniSearch
 * only uses them inside `search`. Keeping a second count of every term beside it cost build time,
 * heap and snapshot size; the size of a term's postings is that count.
 *
 * The best few passages for a question, scored exactly as MiniSearch's `search` scores them (BM25,
 * term boosts, one-edit fuzzy variants, the OR combination and its "more query terms matched"
 * factor) but without what makes `search` slow on a large index: it builds a result object, a
 * terms array and a match map for every passage that holds any query term, then sorts them all.
 * At 100,000 passages that is tens of thousands of objects per question, and most of /ask's time.
 * Here scores accumulate in typed arrays indexed by MiniSearch's internal document ids and only
 * the best `limit` are kept: the benchmark's /ask p50 at 100,000 passages fell from 118 to 6 ms.
 *
 * MiniSearch has no public API for its postings, so this reads its internal fields (named in
 * `Internals` below, as in minisearch 7.2). package.json pins the minor version, and a test
 * compares this with `search` on every kind of query so that an upgrade that changes them fails
 * there, not in production. The index removes passages with `remove`, which drops their postings
 * at once; a passage `discard`ed instead would keep them until MiniSearch vacuums, and count in
 * document frequencies until then (it is never returned).
 */
import type MiniSearch from 'minisearch';
import type { IndexHit, WeightedTerm } from './search.js';

/** term → field id → internal document id → term frequency */
type FieldPostings = Map<number, Map<number, number>>;

interface Internals {
  _index: {
    get(term: string): FieldPostings | undefined;
    fuzzyGet(term: string, maxDistance: number): Map<string, [FieldPostings, number]>;
  };
  _documentIds: Map<number, string>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentCount: number;
  _nextId: number;
  _dirtCount: number;
  _options: { searchOptions: { bm25: { k: number; b: number; d: number }; weights: { fuzzy: number } } };
}

export class Postings {
  private score = new Float64Array(0);
  /** How many distinct query terms each document matched; MiniSearch multiplies the score by it. */
  private count = new Uint16Array(0);
  /** The last query term (1-based) counted for each document, so a term counts once per document. */
  private lastTerm = new Int32Array(0);
  /** Per document, the BM25 length normalization k·(1 − b + b·length/average), kept until the index changes. */
  private norm = new Float64Array(0);
  private normFor = '';

  constructor(private readonly ms: MiniSearch<never>, private readonly field: string) {
    const internals = ms as unknown as Partial<Internals>;
    if (!(internals._index && internals._documentIds && internals._fieldLength && internals._fieldIds && internals._options?.searchOptions?.bm25)) {
      throw new Error('this version of minisearch keeps its index differently; see src/engine/postings.ts');
    }
  }

  /** How many passages hold the term. */
  documentFrequency(term: string): number {
    const ms = this.ms as unknown as Internals;
    return ms._index.get(term)?.get(ms._fieldIds[this.field]!)?.size ?? 0;
  }

  /** The `limit` best passages holding any of the terms, best first; `fuzzy` terms also match one-edit variants. */
  top(terms: ReadonlyMap<string, WeightedTerm>, limit: number): IndexHit[] {
    const ms = this.ms as unknown as Internals;
    const fieldId = ms._fieldIds[this.field]!;
    this.prepare(ms, fieldId);
    const { bm25, weights } = ms._options.searchOptions;
    const { score, count, lastTerm, norm } = this;
    const ids = ms._documentIds;
    const dirty = ms._dirtCount > 0;
    const total = ms._documentCount;
    const touched: number[] = [];
    const postingsOf: Array<Array<Map<number, number>>> = [];

    const walk = (postings: Map<number, number>, weight: number, term: number) => {
      const df = postings.size;
      const idf = Math.log(1 + (total - df + 0.5) / (df + 0.5));
      const w = weight * idf;
      postings.forEach((tf, doc) => {
        // A discarded document keeps its postings until MiniSearch vacuums them.
        if (dirty && !ids.has(doc)) return;
        if (count[doc] === 0) touched.push(doc);
        if (lastTerm[doc] !== term) { lastTerm[doc] = term; count[doc]!++; }
        score[doc]! += w * (bm25.d + (tf * (bm25.k + 1)) / (tf + norm[doc]!));
      });
    };

    let term = 0;
    for (const t of terms.values()) {
      term++;
      const own: Array<Map<number, number>> = [];
      postingsOf.push(own);
      const exact = ms._index.get(t.term)?.get(fieldId);
      if (exact) { walk(exact, t.weight, term); own.push(exact); }
      // The same rule as the MiniSearch search options this replaces: one edit, long names only.
      if (!(t.fuzzy && t.term.length >= 7)) continue;
      for (const [variant, [data, distance]] of ms._index.fuzzyGet(t.term, 1)) {
        const postings = data.get(fieldId);
        if (distance === 0 || !postings) continue;
        walk(postings, t.weight * ((weights.fuzzy * variant.length) / (variant.length + distance)), term);
        own.push(postings);
      }
    }

    const best = new BestOf(limit);
    touched.forEach((doc, order) => {
      best.offer(doc, score[doc]! * count[doc]!, order);
      score[doc] = 0;
      count[doc] = 0;
      lastTerm[doc] = 0;
    });
    // A fuzzy variant counts as its query term, as in MiniSearch's `queryTerms`.
    const queryTerms = [...terms.keys()];
    return best.sorted().map(({ doc, score }) => ({
      key: ids.get(doc)!,
      score,
      matched: queryTerms.filter((_, i) => postingsOf[i]!.some((p) => p.has(doc))),
    }));
  }

  /** Buffers as long as the index's ids, and the length normalization for its current contents. */
  private prepare(ms: Internals, fieldId: number): void {
    if (this.score.length < ms._nextId) {
      const size = Math.max(ms._nextId, Math.ceil(this.score.length * 1.5));
      this.score = new Float64Array(size);
      this.count = new Uint16Array(size);
      this.lastTerm = new Int32Array(size);
    }
    const average = ms._avgFieldLength[fieldId] ?? 1;
    const state = `${ms._nextId}/${ms._documentCount}/${average}`;
    if (state === this.normFor) return;
    const { k, b } = ms._options.searchOptions.bm25;
    if (this.norm.length < this.score.length) this.norm = new Float64Array(this.score.length);
    const norm = this.norm;
    ms._fieldLength.forEach((lengths, doc) => { norm[doc] = k * (1 - b + (b * (lengths[fieldId] ?? 0)) / average); });
    this.normFor = state;
  }
}

/**
 * The `size` highest scores offered, as a min-heap: the weakest kept is at the root and is the
 * only one a new score must beat. Equal scores keep the earlier offer, as MiniSearch's stable sort does.
 */
class BestOf {
  private readonly heap: Array<{ doc: number; score: number; order: number }> = [];

  constructor(private readonly size: number) {}

  offer(doc: number, score: number, order: number): void {
    if (this.size <= 0) return;
    const entry = { doc, score, order };
    const { heap } = this;
    if (heap.length < this.size) {
      heap.push(entry);
      this.up(heap.length - 1);
    } else if (worse(heap[0]!, entry)) {
      heap[0] = entry;
      this.down(0);
    }
  }

  sorted(): Array<{ doc: number; score: number }> {
    return [...this.heap].sort((a, b) => (worse(a, b) ? 1 : -1));
  }

  private up(i: number): void {
    const { heap } = this;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!worse(heap[i]!, heap[parent]!)) return;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  }

  private down(i: number): void {
    const { heap } = this;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let weakest = i;
      if (left < heap.length && worse(heap[left]!, heap[weakest]!)) weakest = left;
      if (right < heap.length && worse(heap[right]!, heap[weakest]!)) weakest = right;
      if (weakest === i) return;
      [heap[i], heap[weakest]] = [heap[weakest]!, heap[i]!];
      i = weakest;
    }
  }
}

/** Lower score, or the same score offered later. */
const worse = (a: { score: number; order: number }, b: { score: number; order: number }) =>
  a.score < b.score || (a.score === b.score && a.order > b.order);
