import { describe, expect, test } from 'vitest';
import { tokenize } from '../../../src/engine/text/tokenize.js';
import { indexTerms } from '../../../src/engine/text/analyze.js';

describe('tokenize', () => {
  test.each([
    ['Minggu (21/8/2022)', [['Minggu', 'word'], ['21/8/2022', 'date']]],
    ['pukul 14.00 WIB', [['pukul', 'word'], ['14.00', 'number'], ['WIB', 'word']]],
    ['naik 2,5 persen', [['naik', 'word'], ['2,5', 'number'], ['persen', 'word']]],
    ['the U.S. envoy', [['the', 'word'], ['US', 'word'], ['envoy', 'word']]],
    // A stray space after the slash is spelling: the day and month stay one date.
    ['Kamis ( 8/ 9 ) pagi', [['Kamis', 'word'], ['8/9', 'date'], ['pagi', 'word']]],
    ['isu-isu global', [['isu-isu', 'word'], ['global', 'word']]],
    ['Putin 🇷🇺 dan Трамп', [['Putin', 'word'], ['dan', 'word'], ['Трамп', 'word']]],
  ])('%s', (text, expected) => {
    expect(tokenize(text).map((t) => [t.text, t.kind])).toEqual(expected);
  });

  test('offsets point at the verbatim text and case is kept', () => {
    const text = 'Presiden Rusia, Vladimir Putin, tiba.';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokenize(text).filter((t) => t.capitalized).map((t) => t.text)).toEqual(['Presiden', 'Rusia', 'Vladimir', 'Putin']);
  });
});

describe('indexTerms', () => {
  test.each([
    ['id', 'perundingan didampingi perwakilan', ['runding', 'damping', 'wakil']],
    ['id', 'siapa yang hadir di Alaska', ['hadir', 'alaska']],
    ['id', 'Penasihat Presiden', ['penasihat', 'nasihat', 'presiden']],
    ['id', 'dua perwakilan pada 21/8/2022', ['dua', 'wakil', '21/8/2022', '21/8']],
    ['en', 'Who accompanied the negotiations?', ['accompani', 'negoti']],
  ] as const)('%s: %s', (lang, text, expected) => {
    expect(indexTerms(text, lang)).toEqual(expected);
  });
});
