import { describe, expect, test } from 'vitest';
import { nameRuns } from '../../../src/engine/answer/name-runs.js';
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
  ])('%s', (text, asked, expected) => expect(runs(text, asked)).toEqual(expected));
});
