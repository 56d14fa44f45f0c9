import { describe, expect, test } from 'vitest';
import { PassageIndex } from '../../src/engine/search.js';
import { toPassages } from '../../src/engine/passages.js';

const passages = toPassages({
  id: 's', lang: 'id',
  body: 'Presiden Zelenskyy tiba di Washington.\nMenteri luar negeri bertemu di Anchorage.\nPerundingan berlangsung di Anchorage.',
});
const term = (t: string, fuzzy = false) => ({ term: t, weight: 1, fuzzy });

describe('PassageIndex', () => {
  test('document frequencies follow adds and removes', () => {
    const index = new PassageIndex();
    index.add(passages);
    expect(index.documentFrequency('anchorage')).toBe(2);
    expect(index.documentFrequency('washington')).toBe(1);
    index.remove(passages.slice(1, 2));
    expect(index.documentFrequency('anchorage')).toBe(1);
    expect(index.size).toBe(2);
    expect(index.search([term('menteri')], 5)).toEqual([]);
  });

  test('a long name matches its transliteration with one edit, a short word does not drift', () => {
    const index = new PassageIndex();
    index.add(passages);
    expect(index.search([term('zelensky', true)], 5).map((h) => h.key)).toEqual(['s#1']);
    expect(index.search([term('temu', true)], 5)).toHaveLength(1);
    expect(index.search([term('temi', true)], 5)).toEqual([]);
  });

  test('a snapshot searches like the original', () => {
    const index = new PassageIndex();
    index.add(passages);
    const copy = PassageIndex.fromJSON(JSON.parse(JSON.stringify(index.toJSON())));
    const q = [term('anchorage'), term('runding')];
    expect(copy.search(q, 5)).toEqual(index.search(q, 5));
    expect(copy.documentFrequency('anchorage')).toBe(2);
  });

  test('a plan searches the rarest terms within the postings budget and defers the common ones', () => {
    const index = new PassageIndex(2);
    index.add(passages);
    // df: washington 1, anchorage 2, menteri 1; the unknown word costs nothing.
    const plan = index.plan([term('anchorage'), term('washington'), term('menteri'), term('kyiv'), term('washington')]);
    expect(plan.searched.map((t) => t.term)).toEqual(['kyiv', 'washington', 'menteri']);
    expect(plan.deferred.map((t) => t.term)).toEqual(['anchorage']);
  });

  test('the rarest term is searched even when it alone is over the budget', () => {
    const index = new PassageIndex(0);
    index.add(passages);
    const plan = index.plan([term('anchorage'), term('runding')]);
    expect(plan.searched.map((t) => t.term)).toEqual(['runding']);
    expect(plan.deferred.map((t) => t.term)).toEqual(['anchorage']);
  });
});
