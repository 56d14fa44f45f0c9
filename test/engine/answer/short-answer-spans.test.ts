import { describe, expect, test } from 'vitest';
import { ask } from '../../../src/engine/answer/ask.js';
import { libraryOf } from '../../support/seed.js';
import { expectAnswer } from '../../support/answers.js';


// Invented wire-style passages: each case checks where a short answer starts and ends.
const library = libraryOf({
  id: 'kabar', title: 'Kabar', url: null, published: '2025-08-20', lang: 'id',
  body: [
    'Jarak antara desa Sukamaju dan pelabuhan nelayan itu sekitar 25 km melalui jalan tanah.',
    'Banjir bandang melanda lembah Ciwaru pada tahun 2003 dan merusak dua jembatan.',
    'Penelitian lumut hutan itu dipimpin Prof Dr Budi Santoso dari sebuah universitas negeri.',
    'Perjanjian damai itu ditandatangani di Helsinki , Finlandia , setelah perundingan panjang.',
    'Koperasi nelayan Sukamaju kini memiliki 90 persen saham pabrik es di pelabuhan.',
    'Di pantai itu bertelur penyu tempurung ( Caretta caretta ) setiap musim kemarau.',
  ].join('\n'),
});

describe('short-answer spans', () => {
  test.each([
    ['Berapa jarak desa Sukamaju ke pelabuhan nelayan?', 'sekitar 25 km'],
    ['Kapan banjir bandang melanda lembah Ciwaru?', 'tahun 2003'],
    ['Siapa yang memimpin penelitian lumut hutan?', 'Prof Dr Budi Santoso'],
    ['Di mana perjanjian damai itu ditandatangani?', 'Helsinki , Finlandia'],
    ['Berapa persen saham pabrik es yang dimiliki koperasi nelayan Sukamaju?', '90 persen'],
    ['Apakah nama hewan Caretta caretta yang bertelur di pantai itu?', 'penyu tempurung'],
  ])('%s → %s', (question, answer) => expectAnswer(library, question, answer));

  test('a list of places is answered whole, not read as a town and its region', () => {
    const towns = libraryOf({
      id: 'kota', title: 'Kota', url: null, published: null, lang: 'id',
      body: 'Pameran keliling itu singgah di Bandung , Semarang dan Surabaya bulan lalu.',
    });
    expect(ask(towns, 'Di kota mana pameran keliling itu singgah?').answer).toBe('Bandung , Semarang dan Surabaya');
  });
});

// Invented wire-style passages for "thing" questions: the kind asked for, acronyms, appositions.
const things = libraryOf({
  id: 'warta', title: 'Warta', url: null, published: '2025-08-20', lang: 'id',
  body: [
    'Petani di lembah Ciwaru mengeluhkan wabah ulat grayak yang merusak tanaman jagung mereka musim ini.',
    'Bantuan vaksin untuk kampung nelayan Sukamaju dikirim oleh WHO bulan lalu.',
    'Mulai pekan depan , perusahaan tambang asal Kanada , Borealis , mengoperasikan dermaga baru di Teluk Biru.',
  ].join('\n'),
});

describe('short answers to "what/which" questions', () => {
  test.each([
    // "jenis" only says a kind follows: the kind asked for is "ulat".
    ['Apa jenis ulat yang merusak tanaman jagung petani di lembah Ciwaru?', 'ulat grayak'],
    // An acronym is a name though it spells an English function word.
    ['Organisasi apa yang mengirim bantuan vaksin untuk kampung nelayan Sukamaju?', 'WHO'],
    // The head noun and its description, then the name set off by commas.
    ['Perusahaan apa yang mengoperasikan dermaga baru di Teluk Biru?', 'Borealis'],
  ])('%s → %s', (question, answer) => expectAnswer(things, question, answer));
});

// Invented wire-style passages: where a name or noun phrase answer ends, and what it takes in.
const reports = libraryOf({
  id: 'laporan', title: 'Laporan', url: null, published: '2025-08-20', lang: 'id',
  body: [
    'Penelitian terumbu karang di Teluk Biru dibiayai Badan Riset dan Inovasi Daerah sejak tahun lalu.',
    'Pelajar dari desa Sukamaju itu meraih medali perak dalam lomba sains tingkat nasional.',
    'Bahan baku kulit untuk pabrik sepatu di Cibaduyut diimpor dari Italia dan Brasil.',
    'Sengketa tarif baja itu dibawa ke Organisasi Perdagangan Dunia ( WTO ) oleh kedua negara.',
    'Laporan tahunan koperasi nelayan diumumkan oleh Ketua Dewan Pengawas Koperasi Samudra Dr Budi Santoso kemarin.',
  ].join('\n'),
});

describe('where name and noun-phrase answers end', () => {
  test.each([
    // "dan" inside an institution's name, after the kind the question asks for.
    ['Badan apakah yang membiayai penelitian terumbu karang di Teluk Biru?', 'Badan Riset dan Inovasi Daerah'],
    // No kind asked: the noun phrase after the sentence's form of the question's verb.
    ['Apa yang diraih pelajar dari desa Sukamaju dalam lomba sains?', 'medali perak'],
    // Names joined by "dan" answer together.
    ['Dari negara mana bahan baku kulit untuk pabrik sepatu di Cibaduyut diimpor?', 'Italia dan Brasil'],
    // The acronym the text gives a long name stays with it.
    ['Ke organisasi apa sengketa tarif baja itu dibawa?', 'Organisasi Perdagangan Dunia ( WTO )'],
    // A title opening the person the question names is not part of the body's name.
    ['Dewan apakah yang diketuai Budi Santoso?', 'Dewan Pengawas Koperasi Samudra'],
  ])('%s → %s', (question, answer) => expectAnswer(reports, question, answer));

  test('the acronym the question gives is left out of the long form', () => {
    expect(ask(reports, 'Apa kepanjangan dari WTO yang menerima sengketa tarif baja?').answer).toBe('Organisasi Perdagangan Dunia');
  });
});

describe('the noun phrase after the question\'s verb, in English', () => {
  const news = libraryOf({
    id: 'wire', title: 'Wire', url: null, published: '2025-08-20', lang: 'en',
    body: 'The harbour town later received emergency funding from the state after the storm.',
  });

  test('a participle in the question finds its object in the sentence', () => {
    expectAnswer(news, 'What was received by the harbour town after the storm?', 'emergency funding');
  });
});
