import { describe, expect, test } from 'vitest';
import { Library } from '../../src/engine/library.js';
import { PassageIndex } from '../../src/engine/search.js';
import { ask } from '../../src/engine/answer/ask.js';
import { libraryOf, seedSource } from '../support/seed.js';
import type { Source } from '../../src/engine/types.js';

const extra: Source = {
  id: 'ceasefire-report', title: 'Laporan gencatan senjata', url: 'https://example.org/gencatan', published: '2025-08-20', lang: 'id',
  body: 'Kedua pihak membahas kemungkinan gencatan senjata di Ukraina.\nUsulan gencatan senjata itu disampaikan oleh delegasi Amerika Serikat.',
};

describe('Library', () => {
  test('adding a source makes the next question answerable from it; removing it takes that back', () => {
    const library = libraryOf(seedSource());
    expect(ask(library, 'Apa yang dibahas tentang gencatan senjata?').found).toBe(false);
    library.add(extra);
    const answer = ask(library, 'Apa yang dibahas tentang gencatan senjata?');
    expect(answer.found).toBe(true);
    expect(answer.citations[0]).toMatchObject({ source: 'ceasefire-report', title: 'Laporan gencatan senjata', url: 'https://example.org/gencatan' });
    expect(library.remove('ceasefire-report')).toBe(true);
    expect(ask(library, 'Apa yang dibahas tentang gencatan senjata?').found).toBe(false);
    expect(library.remove('ceasefire-report')).toBe(false);
  });

  test('re-adding a source with the same id replaces it', () => {
    const library = libraryOf(seedSource(), extra);
    library.add({ ...extra, body: 'Isi baru tentang pelabuhan Murmansk.' });
    expect(library.get('ceasefire-report')!.passages).toHaveLength(1);
    expect(ask(library, 'gencatan senjata Ukraina').found).toBe(false);
    expect(ask(library, 'pelabuhan Murmansk').citations[0]?.source).toBe('ceasefire-report');
  });

  test('what re-ranking reads of a passage follows the source when it is replaced', () => {
    const library = libraryOf(extra);
    const before = library.facts('ceasefire-report', 1);
    library.add({ ...extra, body: 'Pertemuan berlangsung pada Jumat (15/8/2025) di Anchorage.' });
    const after = library.facts('ceasefire-report', 1);
    expect(before.times).toEqual([]);
    expect(after.times.map((t) => t.text)).toContain('Jumat (15/8/2025)');
    library.remove('ceasefire-report');
    expect(library.facts('ceasefire-report', 1).times).toEqual([]);
  });

  test('common words left out of the search still count: the same answers with no postings to spare', () => {
    const full = libraryOf(seedSource(), extra);
    const frugal = new Library(new PassageIndex(0));
    frugal.add(seedSource());
    frugal.add(extra);
    const questions = ['Siapa Menteri Luar Negeri Rusia yang hadir?', 'Who accompanied Putin?', 'Apa yang dibahas tentang gencatan senjata?', 'Siapa perdana menteri Jepang?'];
    const frugalAnswers = questions.map((q) => ask(frugal, q));
    expect(frugalAnswers.map((a) => a.found)).toEqual([true, true, true, false]);
    expect(frugalAnswers.map((a) => a.citations[0]?.excerpt)).toEqual(questions.map((q) => ask(full, q).citations[0]?.excerpt));
  });

  test('a snapshot answers exactly as the library it was taken from', () => {
    const library = libraryOf(seedSource(), extra);
    const restored = Library.fromSnapshot(JSON.parse(JSON.stringify(library.toSnapshot())));
    for (const q of ['Siapa utusan khusus Amerika Serikat?', 'Who accompanied Putin?', 'gencatan senjata', 'Siapa perdana menteri Jepang?']) {
      expect(ask(restored, q)).toEqual(ask(library, q));
    }
    expect(restored.sources().map((s) => s.meta.id)).toEqual(['alaska-summit-2025', 'ceasefire-report']);
  });

  test('a snapshot from another version or a damaged one is refused', () => {
    expect(() => Library.fromSnapshot({ version: 999, sources: [], index: {} })).toThrow(/another version or damaged/);
    expect(() => Library.fromSnapshot(null)).toThrow(/another version or damaged/);
  });
});
