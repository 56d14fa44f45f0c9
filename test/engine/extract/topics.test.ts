import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractTopics } from '../../../src/engine/extract/topics.js';
import { toPassages } from '../../../src/engine/passages.js';
import type { Lang, Passage, TopicFact } from '../../../src/engine/types.js';

const passagesOf = (body: string, lang: Lang): Passage[] => toPassages({ id: 't', body, lang });
const listed = (body: string, lang: Lang) =>
  extractTopics(passagesOf(body, lang), lang).filter((f) => f.fromEnumeration).map((f) => f.label);

function seed(): Passage[] {
  const raw = readFileSync(new URL('../../../corpus/alaska-summit-2025.md', import.meta.url), 'utf8');
  return passagesOf(raw.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, ''), 'id');
}

function expectExactOffsets(passages: Passage[], facts: TopicFact[]): void {
  for (const f of facts) {
    const p = passages.find((x) => x.number === f.passage)!;
    expect(p.text.slice(f.start, f.end)).toBe(f.label);
  }
}

describe('extractTopics: enumerations', () => {
  it.each<[string, Lang, string[]]>([
    ['Kedua menteri membahas keamanan pangan, energi terbarukan, dan kerja sama maritim.', 'id',
      ['keamanan pangan', 'energi terbarukan', 'kerja sama maritim']],
    ['Isu yang dibahas antara lain inflasi dan lapangan kerja.', 'id', ['inflasi', 'lapangan kerja']],
    ['Di antara topik yang dibahas, perhatian utama tertuju pada subsidi pupuk, harga beras, serta upaya untuk mengatasi kemiskinan.', 'id',
      ['subsidi pupuk', 'harga beras', 'kemiskinan']],
    // The comma before "serta" closes the list, so "Asia dan Afrika" inside an item stays whole.
    ['Agenda itu meliputi investasi, pengaruh Tiongkok di Asia dan Afrika, serta soal pajak ekspor.', 'id',
      ['investasi', 'pengaruh Tiongkok di Asia dan Afrika', 'pajak ekspor']],
    // Without a closing conjunction the list is its first item.
    ['Hubungan yang lebih sehat bisa dicapai, termasuk perdagangan, menurut para ahli.', 'id', ['perdagangan']],
    ['Tantangan seperti banjir, kekeringan, dan gagal panen, semakin mendesak pemerintah.', 'id',
      ['banjir', 'kekeringan', 'gagal panen']],
    ['The agenda included cyber security, trade and climate change.', 'en', ['cyber security', 'trade', 'climate change']],
    ['Topics discussed were arms control, energy prices, as well as efforts to counter global terrorism.', 'en',
      ['arms control', 'energy prices', 'global terrorism']],
    ['They disagreed on several points, such as the issue of migration, before lunch.', 'en', ['migration']],
    ['Both leaders discussed sanctions or tariffs on steel.', 'en', ['sanctions', 'tariffs on steel']],
    // Numbers and titles at an item's edge go: "dua perwakilan kunci" is about representatives.
    ['Setiap presiden didampingi beberapa pejabat, termasuk dua perwakilan kunci.', 'id', ['perwakilan kunci']],
  ])('%s', (text, lang, expected) => {
    expect(listed(text, lang)).toEqual(expected);
  });

  it.each<[string, Lang]>([
    // A topic word without a list or a link names no topic.
    ['Kedua negara memiliki pengaruh signifikan dalam berbagai isu global.', 'id'],
    ['Ia berbicara seperti yang dikatakan pejabat itu.', 'id'],
    ['Harga minyak naik, seperti dilaporkan Reuters.', 'id'],
    ['The matter was discussed at length.', 'en'],
    // People and places are not topics.
    ['Delegasi Rusia termasuk Sergey Lavrov dan Yury Ushakov.', 'id'],
    ['The delegation included Marco Rubio and Steve Witkoff.', 'en'],
    ['Kunjungan itu meliputi Eropa dan Timur Tengah.', 'id'],
  ])('no topics in: %s', (text, lang) => {
    expect(listed(text, lang)).toEqual([]);
  });

  it('gives offsets that slice out exactly the label', () => {
    const body = [
      'Di antara topik yang dibahas, perhatian utama tertuju pada subsidi pupuk, harga beras, serta upaya untuk mengatasi kemiskinan.',
      'Pembahasan “seperti biasa” berlanjut; agenda itu meliputi investasi, pengaruh Tiongkok di Asia dan Afrika, serta soal pajak ekspor.',
    ].join('\n');
    const passages = passagesOf(body, 'id');
    const facts = extractTopics(passages, 'id');
    expect(facts.length).toBeGreaterThanOrEqual(6);
    expectExactOffsets(passages, facts);
  });
});

describe('extractTopics: key phrases', () => {
  const body = [
    'Energy prices rose again this winter, officials in Anchorage said.',
    'Households blame energy prices for the squeeze, and Marco Rubio spoke about it.',
    'Analysts expect energy prices to fall once the pipeline opens; Marco Rubio disagreed.',
    'The pipeline project has been delayed twice.',
  ].join('\n');

  it('finds a recurring noun phrase and cites each passage it appears in', () => {
    const facts = extractTopics(passagesOf(body, 'en'), 'en').filter((f) => !f.fromEnumeration);
    const prices = facts.filter((f) => f.label.toLowerCase() === 'energy prices');
    expect(prices.map((f) => f.passage)).toEqual([1, 2, 3]);
  });

  it('does not make a topic of a recurring name', () => {
    const labels = extractTopics(passagesOf(body, 'en'), 'en').map((f) => f.label);
    expect(labels.some((l) => l.includes('Rubio'))).toBe(false);
  });
});

describe('extractTopics: the seed article', () => {
  const passages = seed();
  const facts = extractTopics(passages, 'id');
  const labels = facts.map((f) => f.label);

  it('finds the topics the article lists', () => {
    for (const label of ['keamanan siber', 'perubahan iklim', 'keamanan internasional', 'perdagangan global', 'perdagangan',
      'ancaman terorisme global', 'pengaruh Rusia di kawasan Eropa dan Timur Tengah']) {
      expect(facts.find((f) => f.label === label)?.fromEnumeration, label).toBe(true);
    }
    const anyOf = ['keamanan siber', 'terorisme', 'Timur Tengah', 'perdagangan', 'perubahan iklim', 'misinformasi'];
    expect(anyOf.filter((t) => labels.some((l) => l.includes(t))).length).toBeGreaterThanOrEqual(3);
  });

  it('keeps offsets exact and ranks enumerated topics above key phrases', () => {
    expectExactOffsets(passages, facts);
    const enumerated = facts.filter((f) => f.fromEnumeration).map((f) => f.weight);
    const phrases = facts.filter((f) => !f.fromEnumeration).map((f) => f.weight);
    expect(Math.min(...enumerated)).toBeGreaterThan(Math.max(0, ...phrases));
  });

  it('names no people or places as topics', () => {
    for (const name of ['Vladimir Putin', 'Donald Trump', 'Sergey Lavrov', 'Amerika Serikat', 'Alaska', 'Anchorage', 'Presiden Rusia', 'Timur Tengah']) {
      expect(labels.filter((l) => l.toLowerCase() === name.toLowerCase()), name).toEqual([]);
    }
    expect(labels.filter((l) => /^(\p{Lu}\S*\s?)+$/u.test(l))).toEqual([]);
  });

  it('stays linear: a 5,000-word source takes milliseconds, not seconds', () => {
    const big = passagesOf(Array.from({ length: 7 }, () => passages.map((p) => p.text).join('\n')).join('\n'), 'id');
    extractTopics(big, 'id');
    const t0 = performance.now();
    extractTopics(big, 'id');
    expect(performance.now() - t0).toBeLessThan(250);
  });
});
