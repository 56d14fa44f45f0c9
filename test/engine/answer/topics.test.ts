import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answerTopics, knownTopics } from '../../../src/engine/answer/topics.js';
import { extractTopics } from '../../../src/engine/extract/topics.js';
import { Library } from '../../../src/engine/library.js';
import { toPassages } from '../../../src/engine/passages.js';
import { indexTerms } from '../../../src/engine/text/analyze.js';
import type { CorpusView, IndexedSource, Lang, PassageHit, Source, TopicFact } from '../../../src/engine/types.js';

/** A stand-in for the library: word-overlap search with a two-word English→Indonesian bridge. */
class FakeView implements CorpusView {
  private list: IndexedSource[] = [];
  private static readonly BRIDGE: Record<string, string> = { cyber: 'siber', security: 'keamanan' };

  add(id: string, body: string, lang: Lang = 'id', topics?: TopicFact[]): this {
    const passages = toPassages({ id, body, lang });
    const meta = { id, title: id, url: null, published: null, lang };
    this.list = [...this.list, { meta, passages, people: [], times: [], topics: topics ?? extractTopics(passages, lang) }];
    return this;
  }

  sources(): readonly IndexedSource[] {
    return this.list;
  }

  search(query: string, options: { limit?: number } = {}): PassageHit[] {
    const words = query.toLowerCase().split(/\s+/).map((w) => FakeView.BRIDGE[w] ?? w);
    const hits: PassageHit[] = [];
    for (const s of this.list) {
      for (const passage of s.passages) {
        const terms = new Set(indexTerms(passage.text, passage.lang));
        const matched = words.flatMap((w) => indexTerms(w, passage.lang)).filter((t) => terms.has(t));
        if (matched.length > 0) hits.push({ passage, meta: s.meta, score: matched.length, matched });
      }
    }
    return hits.sort((a, b) => b.score - a.score).slice(0, options.limit ?? 10);
  }

  passage(sourceId: string, number: number) {
    const s = this.list.find((x) => x.meta.id === sourceId);
    const passage = s?.passages.find((p) => p.number === number);
    return s && passage ? { meta: s.meta, passage } : undefined;
  }
}

const seedText = readFileSync(new URL('../../../corpus/alaska-summit-2025.md', import.meta.url), 'utf8');
const seedBody = seedText.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
const seedView = () => new FakeView().add('alaska-summit-2025', seedBody);

describe('answerTopics without a filter', () => {
  const answer = answerTopics(seedView(), null);
  const labels = answer.topics.map((t) => t.label);

  it('lists the seed article’s topics, each cited where it is stated', () => {
    expect(answer.found).toBe(true);
    expect(answer.topics.length).toBeLessThanOrEqual(15);
    expect(labels).toEqual(expect.arrayContaining(['keamanan siber', 'perubahan iklim', 'pengaruh Rusia di kawasan Eropa dan Timur Tengah']));
    for (const t of answer.topics) {
      expect(t.citations.length).toBeGreaterThan(0);
      expect(t.citations[0]!.excerpt.length).toBeLessThanOrEqual(400);
      expect(t.citations[0]!.excerpt).toContain(t.label);
      expect(seedBody).toContain(t.citations[0]!.excerpt);
    }
  });

  it('puts what the article lists before key phrases', () => {
    const facts = seedView().sources()[0]!.topics;
    const listed = (label: string) => facts.some((f) => f.label === label && f.fromEnumeration);
    const firstPhrase = labels.findIndex((l) => !listed(l));
    expect(firstPhrase).toBeGreaterThan(0);
    expect(labels.slice(firstPhrase).filter(listed)).toEqual([]);
  });

  it('merges a label into the one longer label containing it', () => {
    const trade = answer.topics.filter((t) => t.label.includes('perdagangan'));
    expect(trade).toHaveLength(1);
    expect(trade[0]!.citations.map((c) => c.passage).sort()).toEqual([2, 6]);
  });

  it('merges across sources, but not a label several longer ones contain', () => {
    const view = new FakeView()
      .add('a', 'Kedua menteri membahas energi, pangan, dan keamanan siber.')
      .add('b', 'Agenda pertemuan meliputi energi terbarukan, pangan, keamanan, dan keamanan maritim.');
    const topics = answerTopics(view, null).topics;
    const food = topics.find((t) => t.label === 'pangan')!;
    expect(food.citations.map((c) => c.source)).toEqual(['a', 'b']);
    expect(topics.filter((t) => /energi/.test(t.label))).toHaveLength(1);
    expect(topics.map((t) => t.label)).toEqual(expect.arrayContaining(['keamanan', 'keamanan siber', 'keamanan maritim']));
  });

  it('reports nothing found for sources without topics', () => {
    const answer = answerTopics(new FakeView().add('x', 'Hujan turun.'), null);
    expect(answer).toEqual({ command: 'topics', filter: null, found: false, topics: [] });
  });

  it('sees sources added after an earlier answer', () => {
    const view = new FakeView().add('a', 'Kedua menteri membahas energi dan pangan.');
    answerTopics(view, null);
    view.add('b', 'Agenda pertemuan meliputi pariwisata dan pendidikan.');
    expect(answerTopics(view, null).topics.map((t) => t.label)).toContain('pariwisata');
  });
});

describe('answerTopics with a filter', () => {
  it.each([
    ['perdag', 'perdagangan'],
    ['Keamanan Siber', 'keamanan siber'],
    // English words reach the Indonesian passage through the search's bridge.
    ['cyber security', 'keamanan siber'],
  ])('%s → %s', (filter, label) => {
    const answer = answerTopics(seedView(), filter);
    expect(answer.found).toBe(true);
    expect(answer.filter).toBe(filter);
    expect(answer.topics[0]!.label).toBe(label);
    expect(answer.topics[0]!.citations[0]!.excerpt.toLowerCase()).toContain(label);
  });

  it('cites the sentence holding the matched words, even deep in a long passage', () => {
    const filler = 'Cuaca di kota itu cerah sepanjang hari dan warga beraktivitas seperti biasa di pusat kota. ';
    const body = filler.repeat(6) + 'Para nelayan mengeluhkan kenaikan harga solar bulan ini. ' + filler.repeat(2);
    const answer = answerTopics(new FakeView().add('long', body), 'solar');
    expect(answer.found).toBe(true);
    expect(answer.topics[0]!.label).toBe('solar');
    expect(answer.topics[0]!.citations[0]!.excerpt).toContain('kenaikan harga solar');
  });

  it('finds nothing for a topic no source discusses', () => {
    const answer = answerTopics(seedView(), 'sepak bola');
    expect(answer).toEqual({ command: 'topics', filter: 'sepak bola', found: false, topics: [] });
  });
});

describe('knownTopics', () => {
  const many = Array.from({ length: 40 }, (_, i) => `Kedua pihak membahas tarif sektor${i} dan kuota sektor${i}.`).join('\n');

  it.each([
    ['', 25],
    ['tarif', 25],
    ['SEKTOR3', 2 * 11],
    ['kuota sektor39', 1],
    ['tidak ada', 0],
  ])('typed %j → %i labels', (typed, count) => {
    const labels = knownTopics(new FakeView().add('m', many), typed);
    expect(labels).toHaveLength(count);
    for (const l of labels) expect(l.toLowerCase()).toContain(typed.toLowerCase());
  });

  it('ranks the seed’s listed topics first and keeps labels short', () => {
    const long: TopicFact = { label: 'kata '.repeat(40).trim(), passage: 1, start: 0, end: 199, weight: 11, fromEnumeration: true };
    const view = new FakeView().add('seed', seedBody).add('long', 'kata '.repeat(40), 'id', [long]);
    const labels = knownTopics(view);
    expect(labels.slice(0, 3)).toContain('keamanan siber');
    for (const l of labels) expect(l.length).toBeLessThanOrEqual(100);
    expect(labels.some((l) => l.startsWith('kata kata'))).toBe(true);
  });
});

describe('answerTopics over the library', () => {
  it('answers from the seed corpus, with and without a filter', () => {
    const library = new Library();
    const source: Source = { id: 'alaska-summit-2025', title: 'seed', url: null, published: null, lang: 'id', body: seedBody };
    const indexed = library.add(source);
    // Topics as indexing extracts them, whichever extractor the library is wired to today.
    const withTopics = [{ ...indexed, topics: extractTopics(indexed.passages, 'id') }];
    const view: CorpusView = { sources: () => withTopics, search: (q, o) => library.search(q, o), passage: (id, n) => library.passage(id, n) };
    const all = answerTopics(view, null).topics.map((t) => t.label);
    expect(all).toEqual(expect.arrayContaining(['keamanan siber', 'perubahan iklim', 'ancaman terorisme global']));
    const terror = answerTopics(view, 'terorisme');
    expect(terror.found).toBe(true);
    expect(terror.topics[0]!.label).toBe('ancaman terorisme global');
    expect(terror.topics[0]!.citations[0]!.excerpt).toContain('terorisme global');
    expect(answerTopics(view, 'sepak bola').found).toBe(false);
  });
});
