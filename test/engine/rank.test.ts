import { describe, expect, test } from 'vitest';
import { parseQuery } from '../../src/engine/query.js';
import { rank } from '../../src/engine/rank.js';
import { idf } from '../../src/engine/view.js';
import { libraryOf } from '../support/seed.js';
import type { Source } from '../../src/engine/types.js';

const source = (id: string, body: string, lang: 'id' | 'en' = 'id'): Source => ({ id, title: id, url: null, published: null, lang, body });

// "kota" is in most passages, "Selaparang" in one.
const towns = [
  source('a', 'Kota Anchorage menjadi tuan rumah pertemuan puncak.'),
  source('b', 'Kota Moskwa menyambut delegasi dari Washington.'),
  source('c', 'Kota Kyiv menunggu hasil pembicaraan.'),
  source('d', 'Wali kota menyiapkan pengamanan jalan.'),
  source('e', 'Kota itu memiliki bandara baru yang ramai.'),
  source('target', 'Bandara Selaparang melayani penerbangan ke Mataram.'),
  source('english', 'The talks in Alaska lasted nearly three hours.', 'en'),
];

function ranked(question: string, sources: Source[] = towns) {
  const library = libraryOf(...sources);
  const query = parseQuery(question);
  return { library, query, ranked: rank(library, query, library.searchQuery(query, 10)) };
}

describe('rank', () => {
  test.each([
    ['Di kota manakah bandara Selaparang?', 'target'],
    ['Which city is the Selaparang airport in?', 'target'],
    ['Kota mana yang menjadi tuan rumah pertemuan puncak?', 'a'],
  ])('%s → the passage %s comes first', (question, expected) => {
    expect(ranked(question).ranked[0]?.hit.passage.sourceId).toBe(expected);
  });

  test('a word no passage has weighs as the rarest', () => {
    const { library, query, ranked: r } = ranked('Bandara Selaparang dan Zyxwvut');
    const unknown = query.groups.findIndex((g) => g.surface === 'Zyxwvut');
    expect(r[0]!.groupWeight[unknown]).toBeCloseTo(idf(library, 'zyxwvut'));
  });

  test('a common word weighs as common, even when its translation is found nowhere', () => {
    // "kota" translates to "city", which only the English passage could hold, and does not.
    const { query, ranked: r } = ranked('Di kota manakah bandara Selaparang?');
    const weight = (surface: string) => r[0]!.groupWeight[query.groups.findIndex((g) => g.surface === surface)]!;
    expect(weight('kota manakah')).toBeLessThan(weight('bandara'));
    expect(weight('bandara')).toBeLessThan(weight('Selaparang'));
  });

  test('the kind of thing asked for need not be said: "Mataram" answers "which city" without "kota"', () => {
    const { ranked: r } = ranked('Di kota manakah bandara Selaparang?');
    const target = r.find((p) => p.hit.passage.sourceId === 'target')!;
    expect(target.missing).toBe(0);
    expect(target.coverage).toBeCloseTo(1);
  });

  test('passages come best first, each with its best sentence inside it', () => {
    const { ranked: r } = ranked('bandara kota Selaparang Mataram');
    expect(r.length).toBeGreaterThan(1);
    r.forEach((p, i) => {
      if (i > 0) expect(p.score).toBeLessThanOrEqual(r[i - 1]!.score);
      expect(p.sentence.start).toBeGreaterThanOrEqual(0);
      expect(p.sentence.end).toBeLessThanOrEqual(p.hit.passage.text.length);
    });
  });
});
