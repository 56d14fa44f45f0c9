import { describe, expect, test } from 'vitest';
import MiniSearch from 'minisearch';
import { Postings } from '../../src/engine/postings.js';
import type { WeightedTerm } from '../../src/engine/search.js';
import { toPassages } from '../../src/engine/passages.js';
import { indexTerms } from '../../src/engine/text/analyze.js';
import { seedSource } from '../support/seed.js';

const split = (text: string) => text.split(' ');
const same = (t: string) => t;

/** The seed article's passages, a passage repeated (equal scores) and a name in three spellings. */
function corpus() {
  const docs = toPassages(seedSource()).map((p) => ({ key: p.key, terms: indexTerms(p.text, p.lang).join(' ') }));
  docs.push({ key: 'copy#1', terms: docs[2]!.terms }, { key: 'copy#2', terms: docs[2]!.terms });
  for (const [i, name] of ['Zelensky', 'zelenskiy', 'Zelenskyy'].entries()) {
    docs.push({ key: `names#${i}`, terms: indexTerms(`${name} tidak hadir di Anchorage pada pertemuan itu.`, 'id').join(' ') });
  }
  const ms = new MiniSearch<{ key: string; terms: string }>({ idField: 'key', fields: ['terms'], tokenize: split, processTerm: same, searchOptions: { tokenize: split, processTerm: same } });
  ms.addAll(docs);
  return { ms, docs };
}

/** What MiniSearch's own search answers with the options the index uses. */
function viaSearch(ms: MiniSearch<{ key: string; terms: string }>, terms: Map<string, WeightedTerm>, limit: number) {
  return ms
    .search([...terms.keys()].join(' '), {
      boostTerm: (t) => terms.get(t)?.weight ?? 1,
      fuzzy: (t) => (terms.get(t)?.fuzzy && t.length >= 7 ? 1 : false),
      prefix: false,
      combineWith: 'OR',
    })
    .slice(0, limit)
    .map((r) => ({ key: r.id as string, score: r.score, matched: [...r.queryTerms].sort() }));
}

const terms = (...list: Array<[string, number, boolean?]>) =>
  new Map(list.map(([term, weight, fuzzy]) => [term, { term, weight, fuzzy: fuzzy ?? false }]));

describe('Postings', () => {
  const { ms } = corpus();
  const top = new Postings(ms as MiniSearch<never>, 'terms');

  // Terms as the index holds them: analyzed, lower case.
  test.each([
    ['one rare word', terms(['lavrov', 1]), 10],
    ['common and rare words', terms(['putin', 1], ['trump', 1], ['temu', 1], ['alaska', 1]), 10],
    ['translations weigh less', terms(['putin', 1], ['damping', 0.7], ['accompani', 0.7]), 5],
    ['a long name matches its one-edit spellings', terms(['zelenskiy', 1, true], ['hadir', 1]), 10],
    ['a short name is not made fuzzy', terms(['rusia', 1, true]), 10],
    ['a word no passage holds', terms(['jepang', 1]), 10],
    ['equal scores keep MiniSearch order', terms(['sanksi', 1], ['putin', 1]), 20],
    ['a limit smaller than the matches', terms(['putin', 1], ['rusia', 1]), 3],
  ])('%s: the same passages, scores and matched terms as MiniSearch search', (_name, query, limit) => {
    const ours = top.top(query, limit).map((h) => ({ ...h, matched: [...h.matched].sort() }));
    const theirs = viaSearch(ms, query, limit);
    expect(theirs.length > 0).toBe(!query.has('jepang'));
    expect(ours.map((h) => h.key)).toEqual(theirs.map((h) => h.key));
    ours.forEach((h, i) => {
      expect(h.score).toBeCloseTo(theirs[i]!.score, 9);
      expect(h.matched).toEqual(theirs[i]!.matched);
    });
  });

  test('the repeated passage ties with its original, and the tie is kept in index order', () => {
    const keys = top.top(terms(['sanksi', 1], ['putin', 1]), 20).map((h) => h.key);
    const original = keys.indexOf('alaska-summit-2025#3');
    expect(original).toBeGreaterThanOrEqual(0);
    expect(keys.slice(original, original + 3)).toEqual(['alaska-summit-2025#3', 'copy#1', 'copy#2']);
  });

  test('the fuzzy case really reaches the other spellings', () => {
    expect(top.top(terms(['zelenskiy', 1, true]), 10).map((h) => h.key).sort()).toEqual(['names#0', 'names#1', 'names#2']);
  });

  test('a discarded passage is never returned, and a re-added one is scored on its new text', () => {
    const fresh = corpus();
    const scorer = new Postings(fresh.ms as MiniSearch<never>, 'terms');
    expect(scorer.top(terms(['zelenskiy', 1, true]), 10)).toHaveLength(3);
    fresh.ms.discard('names#1');
    expect(scorer.top(terms(['zelenskiy', 1, true]), 10).map((h) => h.key).sort()).toEqual(['names#0', 'names#2']);
    fresh.ms.add({ key: 'names#1', terms: 'zelenskiy zelenskiy zelenskiy' });
    expect(scorer.top(terms(['zelenskiy', 1, true]), 1)[0]).toMatchObject({ key: 'names#1', matched: ['zelenskiy'] });
  });

  test('an index that is not MiniSearch 7 is refused with a pointer to this module', () => {
    expect(() => new Postings({} as MiniSearch<never>, 'terms')).toThrow(/postings\.ts/);
  });
});
