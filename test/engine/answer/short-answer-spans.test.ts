import { describe, expect, test } from 'vitest';
import { ask } from '../../../src/engine/answer/ask.js';
import { libraryOf } from '../../support/seed.js';

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
  ])('%s → %s', (question, answer) => {
    const result = ask(library, question);
    expect(result.found).toBe(true);
    expect(result.answer).toBe(answer);
    expect(result.citations[0]!.excerpt).toContain(answer);
  });

  test('a list of places is not read as a town and its region', () => {
    const towns = libraryOf({
      id: 'kota', title: 'Kota', url: null, published: null, lang: 'id',
      body: 'Pameran keliling itu singgah di Bandung , Semarang dan Surabaya bulan lalu.',
    });
    expect(ask(towns, 'Di kota mana pameran keliling itu singgah?').answer).toBe('Bandung');
  });
});
