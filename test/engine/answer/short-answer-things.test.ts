import { describe, expect, test } from 'vitest';
import { answerIn } from '../../support/answers.js';

// Each case its own one-sentence source, so the sentence cited is the one shown.

// Invented wire-style sentences: things and names the question asks for by their kind.
describe('short answers to "what/which" questions about things and names', () => {
  test.each([
    // A capitalized head noun opening the sentence is not itself a name.
    ['Kelompok nelayan yang menamakan diri Samudra Jaya menolak rencana reklamasi teluk itu .',
      'Apa nama kelompok nelayan yang menolak rencana reklamasi teluk itu?', 'Samudra Jaya'],
    // Asked right after a preposition, "apa" stands for its object; the question opens with its verb.
    ['Sejak tahun lalu , alat sederhana itu berfungsi sebagai penyaring air hujan di desa Sukamaju .',
      'Berfungsi sebagai apakah alat sederhana itu di desa Sukamaju?', 'penyaring air hujan'],
    // The kind, then "yakni" and what it stands for.
    ['Para nelayan di Teluk Biru menyebut angin kencang itu dengan istilah setempat , yakni gending .',
      'Istilah apa yang dipakai para nelayan di Teluk Biru untuk angin kencang itu?', 'gending'],
    // A name, a copula, then the kind the question asks about.
    ['Kopsamudra adalah sebuah lembaga simpan pinjam milik nelayan di Teluk Biru .',
      'Apa nama lembaga simpan pinjam milik nelayan di Teluk Biru?', 'Kopsamudra'],
    // A quoted title after a naming word, capitalized function words and all.
    ['Budi Santoso menerbitkan bukunya berjudul " The Sea Also Rises " pada tahun 2010 .',
      'Apa judul buku yang diterbitkan Budi Santoso pada tahun 2010?', 'The Sea Also Rises'],
    // A title runs on across "of".
    ['Keindahan terumbu karang Teluk Biru akan menjadi latar film Voice of The Sea tahun depan .',
      'Apa judul film yang akan berlatar keindahan terumbu karang Teluk Biru?', 'Voice of The Sea'],
    // "Selain X": what the sentence lists with X.
    ['Dari kejauhan , lereng gunung itu tampak gelap karena tertutup kerikil dan pasir hitam .',
      'Selain pasir hitam , apa yang menutupi lereng gunung itu?', 'kerikil'],
  ])('%#: %s', (body, question, answer) => expect(answerIn(body, question)).toBe(answer));
});
