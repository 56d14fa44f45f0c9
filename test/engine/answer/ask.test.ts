import { describe, expect, test } from 'vitest';
import { ask } from '../../../src/engine/answer/ask.js';
import { answerTopics } from '../../../src/engine/answer/topics.js';
import { libraryOf, seedSource } from '../../support/seed.js';

const seed = libraryOf(seedSource());

describe('ask on the seed article', () => {
  test.each([
    ['Siapa Menteri Luar Negeri Rusia yang hadir?', 'Sergey Lavrov', 'Sergey Lavrov'],
    ['Siapa penasihat presiden Rusia?', 'Yury Ushakov', 'Yury Ushakov'],
    ['Berapa lama pertemuan itu berlangsung?', 'lebih dari tiga jam', 'tiga jam'],
    ['Pada tahun berapa Putin menghadiri Sidang Umum PBB?', '2015', '2015'],
    // "di negara bagian Alaska" says where; "pihak Kremlin", in the sentence cited first, says who.
    ['Di kota mana pertemuan itu berlangsung?', 'Alaska', 'negara bagian Alaska'],
    ['Where was the summit held?', 'Alaska', 'negara bagian Alaska'],
  ])('%s → %s', (question, answer, inExcerpt) => {
    const result = ask(seed, question);
    expect(result.found).toBe(true);
    expect(result.answer).toBe(answer);
    expect(result.citations[0]!.excerpt).toContain(inExcerpt);
    expect(result.citations[0]).toMatchObject({ source: 'alaska-summit-2025', title: expect.any(String) });
  });

  test.each([
    ['Who accompanied Putin?', 'didampingi'],
    ['Which foreign minister represented the United States?', 'Marco Rubio'],
    ['What sanctions does Russia face?', 'sanksi internasional'],
  ])('English question finds the Indonesian passage: %s', (question, inExcerpt) => {
    const result = ask(seed, question);
    expect(result.found).toBe(true);
    expect(result.citations[0]!.excerpt).toContain(inExcerpt);
  });

  test.each([
    'Siapa perdana menteri Jepang?',
    'Who won the football match in Madrid?',
    'Berapa harga beras di Surabaya?',
  ])('says so when the sources do not answer: %s', (question) => {
    const result = ask(seed, question);
    expect(result).toMatchObject({ found: false, answer: null, citations: [] });
  });

  test('"what was discussed" cites the passage but picks no single name out of its list', () => {
    const result = ask(seed, 'Apa yang dibahas?');
    expect(result.found).toBe(true);
    expect(result.citations[0]!.excerpt).toContain('keamanan siber');
    expect(result.answer).toBeNull();
  });

  test('"who accompanied Putin?" cites the passage but names no one from a sentence that only says Putin met Trump', () => {
    for (const question of ['Who accompanied Putin?', 'Siapa yang mendampingi Putin?']) {
      const result = ask(seed, question);
      expect(result.found).toBe(true);
      expect(result.citations[0]!.excerpt).toContain('didampingi');
      expect(result.answer).toBeNull();
    }
  });

  test.each([
    ['Apakah Lavrov hadir?', 'Sergey Lavrov'],
    ['Apakah pertemuan berlangsung di Alaska?', 'Alaska'],
    ['Apakah kedua pemimpin menyetujui sesuatu?', 'sepakat'],
    ['Did Putin and Trump agree on anything?', 'sepakat'],
  ])('a yes/no question cites the passage that settles it, with no name picked out as "the answer": %s', (question, inExcerpt) => {
    const result = ask(seed, question);
    expect(result.found).toBe(true);
    expect(result.answer).toBeNull();
    expect(result.citations.slice(0, 3).some((c) => c.excerpt.includes(inExcerpt))).toBe(true);
  });

  test.each([
    // The article speaks of issues and topics in common nouns ("sejumlah isu", "topik yang dibahas"):
    // a place or country named near them ("di Alaska", "pengaruh Rusia") is not one.
    ['Isu apa saja yang menjadi titik ketegangan?', 'keamanan siber'],
    ['What issues were on the agenda?', 'keamanan siber'],
    ['What topics were discussed?', 'keamanan siber'],
  ])('a question for a kind the source names in common nouns gets no name picked as the answer: %s', (question, inExcerpt) => {
    const result = ask(seed, question);
    expect(result.found).toBe(true);
    expect(result.answer).toBeNull();
    expect(result.citations[0]!.excerpt).toContain(inExcerpt);
  });

  test('an English question for a kind of thing finds the Indonesian noun phrase naming it', () => {
    expect(ask(seed, 'What challenges do the two leaders face?').answer).toBe('tantangan domestik');
  });

  test('a question the sources do not answer suggests what /topics lists first', () => {
    const result = ask(seed, 'Siapa perdana menteri Jepang?');
    const listed = answerTopics(seed, null).topics.map((t) => t.label);
    expect(result.found).toBe(false);
    if (result.found) return;
    expect(result.suggestions).toHaveLength(5);
    expect(result.suggestions).toEqual(listed.slice(0, 5));
  });

  test('citations are verbatim, at most 400 characters, at most five, best first', () => {
    const body = seedSource().body;
    for (const q of ['Apa yang dibahas dalam pertemuan?', 'Siapa yang hadir?', 'hubungan Rusia dan Amerika Serikat']) {
      const result = ask(seed, q);
      expect(result.citations.length).toBeLessThanOrEqual(5);
      for (const c of result.citations) {
        expect(body).toContain(c.excerpt);
        expect(c.excerpt.length).toBeLessThanOrEqual(400);
      }
    }
  });

  test.each(['', '   ', '🤔🤔🤔', '?!'])('a question with no words is not an answer: %j', (question) => {
    expect(ask(seed, question)).toMatchObject({ found: false, citations: [] });
  });

  test('a 5,000-character question does not crash and stays fast', () => {
    const started = performance.now();
    const result = ask(seed, 'Siapa yang hadir di Alaska? '.repeat(180));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result.command).toBe('ask');
  });

  test('mixed scripts and emoji around real words still answer', () => {
    const result = ask(seed, '🇷🇺 Siapa Menteri Luar Negeri Rusia yang hadir? 🙏 Спасибо');
    expect(result.found).toBe(true);
    expect(result.answer).toBe('Sergey Lavrov');
  });
});

describe('ask on an English report', () => {
  const report = libraryOf({
    id: 'report', title: 'Report', url: null, published: null, lang: 'en',
    body: 'Vladimir Putin and Donald Trump met in Anchorage on Friday.\n\nSergey Lavrov and Yury Ushakov sat with Putin during the talks.',
  });

  test.each([
    // Irregular past forms reach their base: "meet" finds "met", "duduk" (sit) finds "sat".
    ['Where did they meet?', 1, 'Anchorage'],
    ['Di mana mereka bertemu?', 1, 'Anchorage'],
    ['Siapa yang duduk bersama Putin?', 2, null],
  ])('%s', (question, passage, answer) => {
    const result = ask(report, question);
    expect(result.found).toBe(true);
    expect(result.citations[0]).toMatchObject({ source: 'report', passage });
    if (answer) expect(result.answer).toBe(answer);
  });
});

