import { describe, expect, test } from 'vitest';
import { sentenceSpans } from '../../../src/engine/text/sentences.js';

const split = (text: string) => sentenceSpans(text).map((s) => text.slice(s.start, s.end));

describe('sentenceSpans', () => {
  test.each([
    ['Putin tiba di AS. Dia disambut Trump.', ['Putin tiba di AS.', 'Dia disambut Trump.']],
    ['Ia berpidato di Sidang Umum PBB. Setelah itu pulang.', ['Ia berpidato di Sidang Umum PBB.', 'Setelah itu pulang.']],
    ['Menurut Dr. Ahmad, rapat dimulai pukul 14.00 WIB. Rapat selesai.', ['Menurut Dr. Ahmad, rapat dimulai pukul 14.00 WIB.', 'Rapat selesai.']],
    ['Minggu (21/8/2022) ada rapat. Lalu pulang.', ['Minggu (21/8/2022) ada rapat.', 'Lalu pulang.']],
    ['Harganya naik 2,5 persen. Itu tinggi.', ['Harganya naik 2,5 persen.', 'Itu tinggi.']],
    ['The U.S. President met Putin. He left.', ['The U.S. President met Putin.', 'He left.']],
    ['Mr. Witkoff spoke first. Then Rubio spoke.', ['Mr. Witkoff spoke first.', 'Then Rubio spoke.']],
    ['Ia berkata, "Kami siap." Kemudian pergi.', ['Ia berkata, "Kami siap."', 'Kemudian pergi.']],
    ['Apa ini? Itu jawabannya! Selesai', ['Apa ini?', 'Itu jawabannya!', 'Selesai']],
    ['  Satu kalimat tanpa titik  ', ['Satu kalimat tanpa titik']],
  ])('%s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  test('spans cover every non-space character in order', () => {
    const text = 'Satu. Dua (21/8). Tiga pukul 14.00! Empat?';
    const spans = sentenceSpans(text);
    for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
    expect(spans.map((s) => text.slice(s.start, s.end)).join(' ')).toBe(text);
  });
});
