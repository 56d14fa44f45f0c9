import { describe, test } from 'vitest';
import { libraryOf } from '../../support/seed.js';
import { expectAnswer } from '../../support/answers.js';

// Invented wire-style passages (no real event): the answer sits in a sentence next to the cited
// one, or is marked only by the text around it.
const library = libraryOf({
  id: 'forum', title: 'Forum', url: null, published: '2025-08-20', lang: 'id',
  body: [
    'Demikian dikemukakan Ketua Panitia Sergey Lavrov dalam Arctic Energy Summit di Anchorage , Kamis ( 8/ 9 ) . '
      + 'Pertemuan itu dibuka oleh Presiden Rusia Vladimir Putin .',
    'Yury Ushakov dari Rusia tiba lebih awal di Anchorage . '
      + 'Dia memimpin perundingan soal perdagangan gandum di ruang tertutup .',
    'Sementara itu , Witkoff , Kepala Tim Perunding Pelabuhan , menolak berkomentar . '
      + 'Marco Rubio hadir di ruang sebelah bersama Sergey Lavrov .',
  ].join('\n'),
});

describe('short answers beside the cited sentence', () => {
  test.each([
    // The cited sentence shares only the forum's name; the next one says who opened it.
    ['Siapakah yang membuka Arctic Energy Summit ?', 'Vladimir Putin'],
    // The cited sentence says what was done by "Dia"; the one before names him.
    ['Siapa yang memimpin perundingan soal perdagangan gandum di Anchorage ?', 'Yury Ushakov'],
    // A one-word name, marked as a person by the title set off after it.
    ['Siapakah Kepala Tim Perunding Pelabuhan ?', 'Witkoff'],
    // A day and month written with a stray space.
    ['Tanggal berapa Arctic Energy Summit di Anchorage ?', '8/ 9'],
  ])('%s → %s', (question, answer) => expectAnswer(library, question, answer));
});
