import { describe, expect, test } from 'vitest';
import { ask } from '../../../src/engine/answer/ask.js';
import { libraryOf } from '../../support/seed.js';
import { answerIn } from '../../support/answers.js';

// Invented wire-style passages (no real event): each case asks for one span of one sentence.
const library = libraryOf({
  id: 'laporan', title: 'Laporan', url: null, published: '2025-08-20', lang: 'id',
  body: [
    'Palangkaraya , Kompas - Sedikitnya 20 hektar hutan di tiga desa terbakar sejak Senin ( 18/8 ) dan api belum padam.',
    'Kepala Dinas Kehutanan Kalimantan Tengah Budi Santoso mengatakan, pemadaman dibiayai dana Rp 2 miliar.',
    'Pertemuan para gubernur digelar di Kota Palangkaraya selama dua hari.',
    'Penyakit kaki gajah ( filariasis ) masih ditemukan di dua kabupaten.',
    'Delegasi itu dipimpin Menteri Luar Negeri Sergey Lavrov, sementara juru bicaranya, Maria Zakharova, tinggal di Moskwa.',
  ].join('\n'),
});

describe('short answers', () => {
  test.each([
    ['Berapa luas hutan yang terbakar?', '20 hektar'],
    ['Berapakah dana untuk pemadaman?', 'Rp 2 miliar'],
    ['Siapakah Kepala Dinas Kehutanan Kalimantan Tengah?', 'Budi Santoso'],
    ['Berapa lama pertemuan para gubernur digelar?', 'dua hari'],
    ['Apakah nama lain penyakit kaki gajah?', 'filariasis'],
    ['Siapa juru bicara delegasi itu?', 'Maria Zakharova'],
  ])('%s → %s', (question, answer) => {
    const result = ask(library, question);
    expect(result.found).toBe(true);
    expect(result.answer).toBe(answer);
    expect(result.citations[0]!.excerpt).toContain(answer);
  });

  test('a dateline names the desk, not the answer: no other place named, no short answer', () => {
    const result = ask(library, 'Di mana hutan terbakar?');
    expect(result.found).toBe(true);
    expect(result.answer).toBeNull();
  });

  test.each([
    ['Siapakah Budi Santoso?', 'Kepala Dinas Kehutanan Kalimantan Tengah'],
    ['Who is Sergey Lavrov?', 'Menteri Luar Negeri'],
    ['Siapa Lavrov?', 'Menteri Luar Negeri'],
  ])('asked who a named person is (%s), the answer is their role, not a neighbour\'s name', (question, role) => {
    const result = ask(library, question);
    expect(result.found).toBe(true);
    expect(result.answer).toContain(role);
    expect(result.answer).not.toMatch(/Zakharova|Lavrov|Santoso/);
  });

  test('an answer one sentence on (by an epithet) is found, and the excerpt shows both sentences', () => {
    const visit = libraryOf({
      id: 'kunjungan', title: 'Kunjungan', url: null, published: null, lang: 'id',
      body: 'Kunjungan ini yang pertama bagi Putin ke Amerika Serikat dalam satu dekade terakhir. ' +
        'Sebelumnya, presiden Rusia tersebut terakhir kali datang ke negeri itu pada tahun 2015 untuk sidang PBB. ' +
        'Kali ini ia tidak membawa menteri pertahanan.',
    });
    const result = ask(visit, 'When was Putin last in the United States?');
    expect(result.answer).toBe('2015');
    expect(result.citations[0]!.excerpt).toContain('bagi Putin ke Amerika Serikat');
    expect(result.citations[0]!.excerpt).toContain('pada tahun 2015');
  });

  test.each([
    ['Di negara manakah bandara Pearson berada?'],
    ['In which country is Pearson airport?'],
  ])('asked for a country (%s), the country, not the city beside it', (question) => {
    const airport = libraryOf({
      id: 'bandara', title: 'Bandara', url: null, published: null, lang: 'id',
      body: 'Pesawat itu mendarat darurat di bandara Pearson di Toronto, Kanada, pada malam hari.',
    });
    expect(ask(airport, question).answer).toBe('Kanada');
  });
});

// Invented short passages: each shows how the answer is chosen among the candidates.
describe('choosing among candidates', () => {

  test.each([
    // The question's words in a row stand together next to the answer, however many of them.
    ['Berapa jumlah guru sekolah dasar negeri yang dilatih?', '45 guru',
      'Sebanyak 45 guru sekolah dasar negeri itu dilatih bersama 12 kepala sekolah dari kabupaten tetangga.'],
    // Of two like statements, the question's name tells which one is meant.
    ['Berapa persen dana yang disumbang Belanda?', 'lima persen',
      'Jerman menyumbang 40 persen dana , sementara Belanda menyumbang lima persen.'],
    // A bracket right after the question's name glosses it.
    ['Berapa usia pemimpin delegasi Sergey Lavrov?', '75',
      'Di antara 12 menteri , pemimpin delegasi Sergey Lavrov ( 75 ) dari Moskwa.'],
    // A name and its bracketed short form are one answer.
    ['Lembaga apa yang merilis angka inflasi bulan Juli?', 'Badan Pusat Statistik ( BPS )',
      'Kemarin Badan Pusat Statistik ( BPS ) merilis angka inflasi bulan Juli.'],
    ['Apa nama lembaga yang merilis angka inflasi bulan Juli?', 'Badan Pusat Statistik ( BPS )',
      'Angka inflasi bulan Juli dirilis Badan Pusat Statistik ( BPS ) kemarin.'],
  ])('%s → %s', (question, answer, body) => {
    expect(answerIn(body, question)).toBe(answer);
  });

  test.each([
    // An amount of what the question counts, one sentence on, beats another amount in the cited one.
    ['Berapa persen sumber daya panas bumi provinsi itu?', 'Sekitar 40 persen',
      'Provinsi itu memiliki sumber daya panas bumi sekitar 9.000 megawatt. Sekitar 40 persen di antaranya berada di wilayah selatan.'],
    // Asked for a country, a sentence that names one beats a cued city in the cited one.
    ['In which country was the young pianist born?', 'Canada',
      'The young pianist performed at the Musikverein concert hall in Vienna last week. The pianist was born and raised in Canada.'],
    ['Dari negara manakah pianis muda yang tampil di Wina berasal?', 'Kanada',
      'Pianis muda itu tampil di gedung konser Musikverein , Wina , pekan lalu. Pianis itu lahir dan besar di Kanada.'],
  ])('the neighbour sentence that says the kind asked for: %s → %s', (question, answer, body) => {
    expect(answerIn(body, question)).toBe(answer);
  });
});

describe('a person named right after the title the question asks about', () => {

  test.each([
    // The question's words tell where the title ends and the name begins.
    ['Siapakah Ketua Fraksi Hijau di Parlemen?', 'Andi Wijaya',
      'Di tengah panggung , Ketua Partai Hijau Budi Santoso dan Ketua Fraksi Hijau di Parlemen Andi Wijaya duduk berdampingan.'],
    // A bracketed short form inside the title, and a place before it, are not the person.
    ['Siapakah Direktur Utama PT Sinar Terang?', 'Andi Wijaya',
      'Di Bandung , Direktur Utama PT Sinar Terang ( PT ST ) Andi Wijaya mengatakan , pasokan pupuk cukup.'],
    // The question's other words ("Indonesia") need not be in the sentence that gives the title.
    ['Siapakah Menko Kesra Indonesia?', 'Budi Santoso',
      'Pemerintah Indonesia menggelar rapat pangan pekan ini. Rapat akan dihadiri Menko Kesra Budi Santoso dan Menteri Pendidikan Andi Wijaya.'],
  ])('%s → %s', (question, answer, body) => {
    expect(answerIn(body, question)).toBe(answer);
  });

  test('a title inside the name of a document names no one', () => {
    const body = 'Ketentuan itu tertuang dalam Peraturan Menteri Perdagangan Nomor 17 tentang Surat Keterangan Asal untuk Barang Ekspor.';
    expect(answerIn(body, 'Siapa nama Menteri Perdagangan?') ?? '').not.toMatch(/Nomor/);
  });
});
