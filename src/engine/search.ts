/**
 * The passage index: MiniSearch (BM25) over pre-analyzed terms. Passages are analyzed in their own
 * language before MiniSearch sees them (a document's one field holds its terms joined by spaces), so the
 * index and the question agree on stems without MiniSearch knowing about languages. Sentence
 * scoring and the "does this answer?" decision weigh query terms by rarity, which MiniSearch does
 * not expose; postings.ts reads it from MiniSearch's index.
 */
import MiniSearch from 'minisearch';
import type { Passage } from './types.js';
import { tokenTerms } from './text/analyze.js';
import { passageTokens } from './extract/passage-tokens.js';
import { Postings } from './postings.js';

interface Doc {
  key: string;
  terms: string;
}

export interface WeightedTerm {
  term: string;
  /** Relative weight of this alternative (1 for the question's own words, less for translations). */
  weight: number;
  /** Allow small spelling differences (names in transliteration: Zelenskiy / Zelensky). */
  fuzzy: boolean;
}

export interface IndexHit {
  key: string;
  score: number;
  /** Query terms the passage matched. */
  matched: string[];
}

/**
 * How many postings one question may walk. Every passage that holds any query term is scored, so
 * a question's cost grows with the document frequencies of its words: at 100,000 passages a
 * common word alone is tens of thousands of postings. The rarest terms are searched until this
 * budget is spent; the rest are left to re-ranking, which reads every candidate's own terms, so
 * they still count for coverage, the excerpt and the "does this answer?" decision, just not for
 * choosing the candidates. Common words carry little BM25 weight anyway. A corpus the size of the seed article or FacQA never reaches it.
 * Chosen on FacQA train mixed into 100,000 generated passages (`npm run eval -- --haystack`): the
 * first citation holds the answer for 0.766 of questions with no budget, 0.765 at 50,000 postings,
 * 0.768 at 30,000 and 0.758 at 20,000. It was chosen when MiniSearch's `search` did the scoring
 * (/ask p50/p99 64/372 → 39/159 ms at 30,000); since postings.ts scores them directly, a posting
 * costs a few times less and the budget mostly guards against the rare question made only of
 * very common words.
 */
export const POSTINGS_BUDGET = 30_000;

export interface SearchPlan {
  /** Terms whose postings are scored, rarest first. */
  searched: WeightedTerm[];
  /** Common terms left out of candidate selection (re-ranking still checks them). */
  deferred: WeightedTerm[];
}

const split = (text: string) => text.split(' ');
const same = (term: string) => term;

/** One entry per term: the same stem can come from the question and from a translation. */
function strongest(terms: readonly WeightedTerm[]): Map<string, WeightedTerm> {
  const weight = new Map<string, WeightedTerm>();
  for (const t of terms) if (!weight.has(t.term) || weight.get(t.term)!.weight < t.weight) weight.set(t.term, t);
  return weight;
}

const OPTIONS = {
  idField: 'key',
  fields: ['terms'],
  tokenize: split,
  processTerm: same,
  searchOptions: { tokenize: split, processTerm: same },
};

export class PassageIndex {
  private readonly ms: MiniSearch<Doc>;
  private readonly postings: Postings;

  constructor(
    private readonly budget = POSTINGS_BUDGET,
    ms?: MiniSearch<Doc>,
  ) {
    this.ms = ms ?? new MiniSearch<Doc>(OPTIONS);
    this.postings = new Postings(this.ms as MiniSearch<never>, 'terms');
  }

  get size(): number {
    return this.ms.documentCount;
  }

  add(passages: readonly Passage[]): void {
    this.ms.addAll(passages.map((p) => this.doc(p)));
  }

  remove(passages: readonly Passage[]): void {
    // remove, not discard: discard leaves the postings until a later vacuum, and document
    // frequencies (read from the postings) would count removed passages until then.
    for (const p of passages) if (this.ms.has(p.key)) this.ms.remove(this.doc(p));
  }

  documentFrequency(term: string): number {
    return this.postings.documentFrequency(term);
  }

  /** Which terms to search and which to defer, within the postings budget (see POSTINGS_BUDGET). */
  plan(terms: readonly WeightedTerm[]): SearchPlan {
    const byRarity = [...strongest(terms).values()]
      .map((t) => ({ t, df: this.documentFrequency(t.term) }))
      .sort((a, b) => a.df - b.df);
    const plan: SearchPlan = { searched: [], deferred: [] };
    let spent = 0;
    for (const { t, df } of byRarity) {
      // The rarest term the index holds is searched whatever it costs: there must be candidates.
      // Terms it does not hold cost nothing (a fuzzy name may still find its variants).
      const first = df > 0 && spent === 0;
      spent += df;
      (first || spent <= this.budget ? plan.searched : plan.deferred).push(t);
    }
    return plan;
  }

  /**
   * Passages holding any of the terms, best first: MiniSearch's BM25 with term boosts, and one
   * edit on long names only, so Zelensky/Zelenskiy/Zelenskyy meet while short names do not drift
   * into ordinary words ("jepang" would match the stem "jelang"). Scored by Postings.top, which
   * gives MiniSearch's own scores without building a result for every passage (see postings.ts).
   */
  search(terms: readonly WeightedTerm[], limit: number): IndexHit[] {
    if (terms.length === 0 || this.ms.documentCount === 0) return [];
    return this.postings.top(strongest(terms), limit);
  }

  /** The passage as MiniSearch holds it; its tokens are the ones extraction just read (passage-tokens.ts). */
  private doc(p: Passage): Doc {
    return { key: p.key, terms: passageTokens(p).flatMap((t) => tokenTerms(t, p.lang)).join(' ') };
  }

  toJSON(): { index: unknown } {
    return { index: this.ms.toJSON() };
  }

  /** Snapshots from before document frequencies were read from the index also hold a `df` list; it is ignored. */
  static fromJSON(json: { index: unknown }): PassageIndex {
    const ms = MiniSearch.loadJS<Doc>(json.index as Parameters<typeof MiniSearch.loadJS>[0], OPTIONS);
    return new PassageIndex(POSTINGS_BUDGET, ms);
  }
}
