import { describe, expect, test } from 'vitest';
import { ask } from '../../../src/engine/answer/ask.js';
import { libraryOf } from '../../support/seed.js';

// Invented wire-style passages for "thing" questions: the kind asked for, acronyms, appositions.
const library = libraryOf({
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
  ])('%s → %s', (question, answer) => {
    const result = ask(library, question);
    expect(result.found).toBe(true);
    expect(result.answer).toBe(answer);
    expect(result.citations[0]!.excerpt).toContain(answer);
  });
});
