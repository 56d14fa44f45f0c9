import { describe, expect, test } from 'vitest';
import { groupShare, parseQuery } from '../../src/engine/query.js';

const surfaces = (q: string) => parseQuery(q).groups.map((g) => g.surface);
const entities = (q: string) => parseQuery(q).groups.filter((g) => g.entity).map((g) => g.surface);

describe('parseQuery', () => {
  test.each([
    ['Siapa Menteri Luar Negeri Rusia yang hadir?', 'id', 'person'],
    ['Who is the Russian foreign minister?', 'en', 'person'],
    ['Berapa lama pertemuan itu berlangsung?', 'id', 'duration'],
  ])('%s → %s, %s', (q, lang, type) => {
    expect(parseQuery(q)).toMatchObject({ lang, type });
  });

  test.each([
    // Question words and the asking phrase are not content; lexicon phrases are one group.
    ['Berapa lama pertemuan itu berlangsung?', ['pertemuan', 'berlangsung']],
    ['Who is the Russian foreign minister?', ['Russian', 'foreign minister']],
    ['Pada tahun berapa Putin menghadiri Sidang Umum PBB?', ['Putin', 'menghadiri', 'Sidang', 'Umum', 'PBB']],
  ])('content groups of %s', (q, expected) => {
    expect(surfaces(q)).toEqual(expected);
  });

  test.each([
    // Ordinary Indonesian words in capitals are not names; names, numbers and dates are.
    ['Siapa Presiden Rusia pada 2015?', ['Rusia', '2015']],
    ['Berapa jenis satwa langka di Pegunungan Muller?', ['Muller']],
    ['Siapa perdana menteri Jepang?', ['Jepang']],
    ['🇷🇺 Siapa Menteri Luar Negeri? Спасибо', []],
  ])('entities of %s', (q, expected) => {
    expect(entities(q)).toEqual(expected);
  });

  test('an English word carries its Indonesian translations, and the other way round', () => {
    const en = parseQuery('Who accompanied Putin?').groups[0]!;
    expect(en.alternatives.map((a) => a.term)).toContain('damping');
    const id = parseQuery('Siapa yang mendampingi Putin?').groups[0]!;
    expect(id.alternatives.map((a) => a.term)).toContain('accompani');
  });

  test('a word StemmerId over-strips also carries its second reading', () => {
    const terms = parseQuery('Apa yang disepakati?').groups.flatMap((g) => g.alternatives.map((a) => a.term));
    expect(terms).toEqual(expect.arrayContaining(['pakat', 'sepakat']));
  });

  test('a short question with no function words is looked up in both languages', () => {
    const terms = parseQuery('cyber security').groups.flatMap((g) => g.alternatives.map((a) => a.term));
    expect(terms).toEqual(expect.arrayContaining(['aman', 'siber']));
  });

  test('a phrase is matched only by a whole reading', () => {
    const [group] = parseQuery('perdana menteri').groups;
    expect(groupShare(group!, (t) => t === 'menteri')).toBe(0.5);
    expect(groupShare(group!, (t) => t === 'menteri' || t === 'perdana')).toBe(1);
    expect(groupShare(group!, (t) => t === 'prime' || t === 'minist')).toBe(1);
  });

  test('5,000 characters of question are cut to 1,000', () => {
    expect(parseQuery('kata '.repeat(1000)).text.length).toBeLessThanOrEqual(1000);
  });
});
