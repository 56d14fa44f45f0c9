import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import type { Passage } from '../../../../src/engine/types.js';
import { cluesOf, somePhrase } from '../../../../src/engine/extract/dates/clues.js';
import { lowerInPlace } from '../../../../src/engine/extract/dates/pattern.js';
import { CALENDAR } from '../../../../src/engine/extract/dates/calendar.js';
import { SPANS } from '../../../../src/engine/extract/dates/spans.js';
import { extractTimes } from '../../../../src/engine/extract/dates.js';
import { sentenceSpans } from '../../../../src/engine/text/sentences.js';

const clues = (text: string) => cluesOf(text, lowerInPlace(text));

describe('somePhrase', () => {
  const today = somePhrase(['hari ini', "jum'at"]);
  test.each([
    ['Presiden tiba hari ini.', true],
    ['HARI INI presiden tiba.', true],
    ['Ini hari yang panjang.', true], // both words stand whole: the pattern decides their order
    ["Ia tiba Jum'at pagi.", true],
    ['Ia tiba Jum’at pagi.', true],
    ['Laporan harian ini terbit.', false],
    ['Ia tiba Jumat pagi.', false],
  ])('%s → %s', (text, expected) => {
    expect(today(clues(text))).toBe(expected);
  });
});

describe('cluesOf', () => {
  test.each([
    ['Harga naik.', { digits: false, fourDigits: false, numericDate: false }],
    ['Naik 5 persen.', { digits: true, fourDigits: false, numericDate: false }],
    ['Pada 2015 naik.', { digits: true, fourDigits: true, numericDate: false }],
    ['Kamis (14/8) naik.', { digits: true, fourDigits: false, numericDate: true }],
    ['Periode 2014-2022.', { digits: true, fourDigits: true, numericDate: true }],
  ])('%s', (text, expected) => {
    const { digits, fourDigits, numericDate } = clues(text);
    expect({ digits, fourDigits, numericDate }).toEqual(expected);
  });
});

describe('the clues never hide a time expression', () => {
  const pieces = [
    'Jumat', 'Minggu', 'minggu', 'Kamis', "Jum'at", '15', '3', '2025', '1990-an', '(1934-2001)', '(14/8)', '21/8/2022',
    'Agustus', 'Agu.', 'May', 'march', 'Oktober', 'lalu', 'depan', 'ini', 'hari', 'pekan', 'tahun', 'bulan', 'jam', 'jam3',
    'sejam', 'setahun', 'tiga', 'dua', 'puluh', 'lebih', 'dari', 'pukul', '14.00', 'WIB', 'waktu', 'setempat', 'pagi',
    'sore', 'the', 'past', 'two', 'years', 'ago', 'a', 'decade', 'next', 'Friday', 'yesterday', 'at', '12:30', 'noon',
    '10am', '2:30', 'p.m.', 'pada', 'sejak', 'in', 'since', 'awal', 'late', 'kemarin', 'dekade', 'terakhir', 'dalam',
    'waktu', 'dekat', 'baru-baru', 'on', 'Aug', 'berusia', '2014-2022', 'hingga', '½', 'half', 'an', 'hour',
  ];
  const separators = [' ', ' ', ' ', ', ', '-', '. ', '  ', "'", '/', ''];
  const text = fc
    .array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(...separators)), { minLength: 1, maxLength: 12 })
    .map((parts) => parts.map(([p, s]) => p + s).join('').trim());

  // The reference still skips digit-only recognizers where there is no digit: that is older than the clues.
  test('scanning with every recognizer a passage may need finds the same as scanning with all', () => {
    const recognizers = [...CALENDAR, ...SPANS];
    const needs = recognizers.map((r) => r.needs);
    const times = (t: string, lang: 'id' | 'en') => {
      const p: Passage = { key: 'c#1', sourceId: 'c', number: 1, text: t, sentences: sentenceSpans(t), lang };
      return extractTimes(p, { published: '2025-08-16' });
    };
    fc.assert(
      fc.property(text, fc.constantFrom('id' as const, 'en' as const), (t, lang) => {
        const gated = times(t, lang);
        try {
          for (const r of recognizers) r.needs = undefined;
          expect(gated).toEqual(times(t, lang));
        } finally {
          recognizers.forEach((r, i) => (r.needs = needs[i]));
        }
      }),
      { numRuns: 1500 },
    );
  });
});
