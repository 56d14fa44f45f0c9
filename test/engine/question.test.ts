import { expect, test } from 'vitest';
import { answerType } from '../../src/engine/question.js';

test.each([
  ['Siapa Menteri Luar Negeri Rusia yang hadir?', 'person'],
  ['Siapakah yang membuka pameran itu?', 'person'],
  ['Who accompanied Putin?', 'person'],
  ['Kapan Putin terakhir datang ke New York?', 'date'],
  ['When did the talks start?', 'date'],
  ['Tanggal berapa rapat itu digelar?', 'date'],
  ['Pada tahun berapa ia lahir?', 'date'],
  ['Jam berapa pertemuan dimulai?', 'time'],
  ['Berapa lama pertemuan berlangsung?', 'duration'],
  ['How long did the meeting last?', 'duration'],
  ['Berapa perwakilan yang mendampingi setiap presiden?', 'number'],
  ['How many officials attended?', 'number'],
  ['Di mana perundingan berlangsung?', 'place'],
  ['Dimanakah kantor pusat PBB?', 'place'],
  ['Di negara bagian mana perundingan berlangsung?', 'place'],
  ['Where did the talks take place?', 'place'],
  ['Mengapa pertemuan ini penting?', 'reason'],
  ['Bagaimana masyarakat internasional menanggapi pertemuan ini?', 'manner'],
  ['Apa nama perusahaan itu?', 'name'],
  ['Sanksi apa yang dihadapi Rusia?', 'thing'],
  ['Putin Alaska', 'other'],
  // "Apakah" + a noun asks what; "Apakah" + a subject and what is said of it asks yes or no.
  ['Apakah kepanjangan dari PBB?', 'thing'],
  ['Apakah nama utusan khusus itu?', 'name'],
  ['Apakah badan yang melakukan audit itu?', 'thing'],
  ['Apakah bandara untuk menggantikan bandara lama?', 'thing'],
  ['Apakah Lavrov hadir?', 'other'],
  ['Apakah pertemuan berlangsung di Alaska?', 'other'],
  ['Apakah kedua pemimpin menyetujui sesuatu?', 'other'],
  ['Apakah Putin pernah ke New York?', 'other'],
  ['Apakah sanksi dibahas?', 'other'],
  ['Apakah ia datang?', 'other'],
  ['Apakah manajemen sudah setuju?', 'other'],
  ['Was Lavrov there?', 'other'],
  ['Siapakah yang hadir?', 'person'],
  // The question word said first governs; a later one is in a relative clause.
  ['Which country is the minister who met Putin from?', 'place'],
  ['Apa nama organisasi di mana ia menjabat sebagai ketua?', 'name'],
  ['Di kota manakah letak kantor pusat WHO?', 'place'],
  ['Siapa yang bertemu Putin di mana?', 'person'],
])('%s → %s', (question, type) => {
  expect(answerType(question)).toBe(type);
});
