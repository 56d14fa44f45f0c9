import { describe, expect, test } from 'vitest';
import { titledNames } from '../../../src/engine/answer/titled-names.js';
import { tokenize } from '../../../src/engine/text/tokenize.js';
import { fold } from '../../../src/engine/text/normalize.js';

const named = (sentence: string, question: string) => {
  const asked = new Set(tokenize(question).map((t) => fold(t.text)));
  return titledNames(tokenize(sentence), asked, sentence, () => true).map((n) => `${n.title} → ${sentence.slice(n.start, n.end)}`);
};

describe('titledNames', () => {
  test.each([
    ['Kepala Dinas Kehutanan Kalimantan Tengah Budi Santoso mengatakan', 'Siapa Kepala Dinas Kehutanan Kalimantan Tengah?', ['Kepala Dinas Kehutanan Kalimantan Tengah → Budi Santoso']],
    ['Menteri Tenaga Kerja dan Transmigrasi Budi Santoso dan Sekretaris Kabinet Andi Wijaya', 'Siapa Menteri Tenaga Kerja dan Transmigrasi?',
      ['Menteri Tenaga Kerja dan Transmigrasi → Budi Santoso']],
    ['Ketua Komite Pangan Internasional ( KPI ) Andi Wijaya', 'Siapa ketua KPI?', ['Ketua Komite Pangan Internasional ( KPI ) → Andi Wijaya']],
    ['Pemimpin Majelis Tinggi Ammar al Hakim', 'Siapa Pemimpin Majelis Tinggi?', ['Pemimpin Majelis Tinggi → Ammar al Hakim']],
    ['Ketua Dewan Bisnis Peter G Fanning', 'Siapa Ketua Dewan Bisnis?', ['Ketua Dewan Bisnis → Peter G Fanning']],
  ])('%s', (sentence, question, expected) => {
    expect(named(sentence, question)).toEqual(expected);
  });

  test.each([
    // A title inside a document's or an organisation's name.
    ['dalam Peraturan Menteri Perdagangan Andi Wijaya', 'Siapa Menteri Perdagangan?'],
    // The question's words end in lower case: what follows names a film, not a person.
    ['sebagai aktris terbaik dalam film La bestia', 'Siapa aktris terbaik dalam film itu?'],
    // What follows the title is a rank, an organisation, or a side, not yet the name.
    ['Kepala Kepolisian Daerah Brigadir Jenderal ( Pol ) Budi Santoso', 'Siapa Kepala Kepolisian Daerah?'],
    ['Ketua Komite Nasional Penanggulangan dan Pengkajian', 'Siapa ketua?'],
    ['Presiden Rusia Vladimir Putin', 'Siapa presiden?'],
    ['Kepala Dinas Kehutanan Kalimantan Tengah Budi Santoso', 'Siapa Kepala Dinas Kehutanan?'],
  ])('no name: %s', (sentence, question) => {
    expect(named(sentence, question)).toEqual([]);
  });
});
