import { describe, expect, test } from 'vitest';
import { markedNames, nameRuns } from '../../../src/engine/answer/name-runs.js';
import { tokenize } from '../../../src/engine/text/tokenize.js';

/** The runs of a text, as the text says them. */
function runs(text: string, asked: string[] = []): string[] {
  return nameRuns(tokenize(text), new Set(asked)).map(([a, b]) => text.slice(a.start, b.end));
}

describe('nameRuns', () => {
  test.each([
    // "dan" inside an institution's name; elsewhere it parts two names.
    ['dibiayai Badan Riset dan Inovasi Daerah sejak itu', [], ['Badan Riset dan Inovasi Daerah']],
    ['diimpor dari Italia dan Brasil tahun lalu', [], ['Italia', 'Brasil']],
    // "untuk" goes on into a name only inside an institution's.
    ['air Waduk Sukamaju untuk Pembangkit Listrik itu', [], ['Waduk Sukamaju', 'Pembangkit Listrik']],
    ['kata Komite Nasional untuk Keselamatan Transportasi kemarin', [], ['Komite Nasional untuk Keselamatan Transportasi']],
    // The person the question names is trimmed off, and so is the title that opened their name.
    ['kata Direktur PT Sinar Laut Tbk Dr Budi Santoso kemarin', ['budi', 'santoso'], ['Direktur PT Sinar Laut Tbk']],
    // A word opening the sentence is usually an ordinary one, but an acronym is a name anywhere.
    ['Pembangunan dimulai tahun lalu', [], []],
    ['LIPI , yang didirikan tahun 1967 , berkantor di Jakarta', [], ['LIPI', 'Jakarta']],
  ])('%s', (text, asked, expected) => expect(runs(text, asked)).toEqual(expected));
});

describe('markedNames', () => {
  const marked = (text: string, asked: string[] = []) =>
    markedNames(tokenize(text), new Set(asked), text).map((t) => t.text);
  test.each([
    // An age or a life's years in brackets, or a title set off after the word, mark a one-word name.
    ['ujar Lavrov ( 75 ) kepada wartawan', ['Lavrov']],
    ['Lavrov ( 1950-2020 ) pernah menulis buku', ['Lavrov']],
    ['Sementara itu , Lavrov , Ketua Delegasi , tiba', ['Lavrov']],
    // A place, a year, a bare title or a word of a longer name is not marked.
    ['di Anchorage , Alaska , kemarin', []],
    ['pada Juli ( 2025 ) lalu', []],
    ['kata Sergey Lavrov ( 75 ) kemarin', []],
    ['tiba di Moskwa , Kepala Desa menyambut', []],
  ])('%s', (text, expected) => expect(marked(text)).toEqual(expected));
});
