import { describe, test } from 'vitest';
import { libraryOf } from '../../support/seed.js';
import { expectAnswer } from '../../support/answers.js';


// Invented wire-style passages: each case checks where a number, date or name answer ends.
const reports = libraryOf({
  id: 'berita', title: 'Berita', url: null, published: '2025-08-20', lang: 'id',
  body: [
    'Perusahaan telekomunikasi itu meluncurkan satelit Nusantara 3 dari Guyana Prancis bulan lalu.',
    'Pembangunan jembatan gantung di lembah Ciwaru melibatkan 120 pekerja dengan dana Rp 45 miliar.',
    'Larangan itu tertuang dalam Peraturan Menteri Kelautan Nomor 12 / PERMEN-KP / 2024 tentang penangkapan ikan karang.',
    'Perambahan hutan bakau di pesisir Teluk Biru mulai marak sejak tahun 1980 - an.',
    'Pameran kain tenun di Gedung Sate berlangsung 10-15 Maret 2025.',
    'Kapal feri itu tenggelam di Selat Bali , Selasa ( 12/8 ) sekitar pukul 15.00 .',
    'Pasar apung di Sungai Martapura dikelola koperasi pedagang sayur pada 1950-1958.',
    'Bantuan benih disalurkan oleh Ketua Badan Penanggulangan dan Pemulihan Pertanian ( BP3T ) di Sukamaju.',
  ].join('\n'),
});

describe('where number, date and name answers end', () => {
  test.each([
    // A number right after a name is part of it.
    ['Apa nama satelit yang diluncurkan perusahaan telekomunikasi itu dari Guyana Prancis?', 'Nusantara 3'],
    // "total" says only that an amount is asked; "dana" says the amount is money.
    ['Berapakah total dana pembangunan jembatan gantung di lembah Ciwaru?', 'Rp 45 miliar'],
    // "nomor berapa" asks for the number that names the regulation, with the parts a slash joins.
    ['Peraturan Menteri Kelautan nomor berapa yang mengatur penangkapan ikan karang?', 'Nomor 12 / PERMEN-KP / 2024'],
    // A decade, not its first year (the sources' tokenized text sets the dash off by spaces).
    ['Sejak kapan perambahan hutan bakau di pesisir Teluk Biru marak?', 'tahun 1980 - an'],
    // One end of a span of time.
    ['Sampai kapan pameran kain tenun di Gedung Sate berlangsung?', '15 Maret 2025'],
    ['Tahun berapa koperasi pedagang sayur mulai mengelola pasar apung di Sungai Martapura?', '1950'],
    // Its first day alone would name no month: the whole span answers when it began.
    ['Kapan pameran kain tenun di Gedung Sate dimulai?', '10-15 Maret 2025'],
    // "Kapan" wants the day the wire dateline gives, not the hour beside it.
    ['Kapan kapal feri itu tenggelam di Selat Bali?', '12/8'],
    // The whole long form an acronym spells, without the title before it.
    ['Apa kepanjangan dari BP3T?', 'Badan Penanggulangan dan Pemulihan Pertanian'],
  ])('%s → %s', (question, answer) => expectAnswer(reports, question, answer));
});

describe('the same edges in English', () => {
  const news = libraryOf({
    id: 'wire', title: 'Wire', url: null, published: '2025-08-20', lang: 'en',
    body: [
      'Traffic on the ring road was diverted to Highway 7 after the bridge closed.',
      'The textile fair in the old harbour hall runs 10-15 March 2025.',
    ].join('\n'),
  });

  test.each([
    ['Which road was traffic diverted to after the bridge closed?', 'Highway 7'],
    ['Until when does the textile fair in the old harbour hall run?', '15 March 2025'],
  ])('%s → %s', (question, answer) => expectAnswer(news, question, answer));
});
