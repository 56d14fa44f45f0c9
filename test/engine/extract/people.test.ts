import { describe, expect, test } from 'vitest';
import { extractPeople, mergePeople, personKey } from '../../../src/engine/extract/people.js';
import { toPassages } from '../../../src/engine/passages.js';
import type { Lang, PersonFact, SourceMeta } from '../../../src/engine/types.js';
import { seedSource } from '../../support/seed.js';

function peopleIn(body: string, lang: Lang): PersonFact[] {
  return extractPeople(toPassages({ id: 't', body, lang }), lang);
}

const summary = (p: PersonFact) => ({ name: p.name, role: p.role, side: p.side });

describe('extractPeople on the seed article', () => {
  const seed = seedSource();
  const passages = toPassages(seed);
  const people = extractPeople(passages, seed.lang);

  test('finds exactly the six people of the summit, each with the role and side the article states', () => {
    expect(people.map(summary)).toEqual([
      { name: 'Vladimir Putin', role: 'Presiden', side: 'Rusia' },
      { name: 'Donald Trump', role: 'Presiden', side: 'Amerika Serikat' },
      { name: 'Sergey Lavrov', role: 'Menteri Luar Negeri', side: 'Rusia' },
      { name: 'Yury Ushakov', role: 'Penasihat Presiden untuk Urusan Internasional', side: 'Rusia' },
      { name: 'Marco Rubio', role: 'Menteri Luar Negeri', side: 'Amerika Serikat' },
      { name: 'Steve Witkoff', role: 'Utusan Khusus', side: 'Amerika Serikat' },
    ]);
    expect(people.every((p) => p.attended)).toBe(true);
  });

  test('surname-only mentions join the full name; the first mention is where the role is stated', () => {
    const putin = people.find((p) => p.name === 'Vladimir Putin')!;
    expect(putin.variants).toEqual(['Vladimir Putin', 'Putin']);
    expect(putin.mentions.length).toBe(4);
    const text = (m: PersonFact['mentions'][number]) => passages[m.passage - 1]!.text.slice(m.start, m.end);
    expect(putin.mentions.map(text)).toEqual(['Vladimir Putin', 'Putin', 'Putin', 'Putin']);
    const first = putin.mentions[0]!;
    expect(passages[0]!.text.slice(0, first.end)).toMatch(/Presiden Rusia, Vladimir Putin$/);
  });
});

describe('extractPeople: places, institutions and figures of speech are not people', () => {
  test.each<[Lang, string]>([
    ['id', 'Pihak Kremlin mengonfirmasi pertemuan di Anchorage, Alaska.'],
    ['id', 'Ia terakhir kali ke negeri Paman Sam saat menghadiri Sidang Umum PBB di New York.'],
    ['id', 'Juru bicara Gedung Putih menyebut Uni Eropa, NATO dan Tiongkok memantau Timur Tengah dan Eropa.'],
    ['id', 'Hubungan Rusia dan Amerika Serikat membaik. Kunjungan ini penting. Dialog berlanjut di Anchorage.'],
    ['en', 'The White House said Joint Base Elmendorf-Richardson in Anchorage hosted the Alaska Summit.'],
    ['en', 'Officials in New York and Los Angeles watched as the United Nations General Assembly met.'],
    ['en', 'Later, Kremlin officials flew to Moscow. Meanwhile Washington waited.'],
    // A country after a title says whose title it is; it is no one's name.
    ['id', 'Film karya sutradara Austria diputar kemarin.'],
  ])('%s: %s', (lang, body) => {
    expect(peopleIn(body, lang)).toEqual([]);
  });

  test('a single capitalized word needs a title or a full name with that surname', () => {
    expect(peopleIn('Asked about the summit, Peskov declined to comment.', 'en')).toEqual([]);
    expect(peopleIn('Presiden Putin mengatakan pertemuan berjalan baik.', 'id').map(summary)).toEqual([{ name: 'Putin', role: 'Presiden', side: null }]);
    expect(peopleIn('Mr. Witkoff said the talks were useful.', 'en').map((p) => p.name)).toEqual(['Witkoff']);
  });

  test('a sentence-opening word glued to a known surname is not part of the name', () => {
    const people = peopleIn('Vladimir Putin arrived on Friday. Meanwhile Putin said the talks were useful.', 'en');
    expect(people.map((p) => p.name)).toEqual(['Vladimir Putin']);
    expect(people[0]!.variants).toEqual(['Vladimir Putin', 'Putin']);
    expect(peopleIn('A Vladimir Putin ally said the talks went well.', 'en').map((p) => p.name)).toEqual(['Vladimir Putin']);
  });
});

describe('extractPeople: roles and sides', () => {
  test.each<[Lang, string, Array<{ name: string; role: string | null; side: string | null }>]>([
    ['en', 'Russian Foreign Minister Sergey Lavrov arrived first.', [{ name: 'Sergey Lavrov', role: 'Foreign Minister', side: 'Russia' }]],
    // The title's short form in brackets between the title and the name.
    ['id', 'Menteri Luar Negeri ( Menlu ) Sergey Lavrov hadir.', [{ name: 'Sergey Lavrov', role: 'Menteri Luar Negeri', side: null }]],
    ['en', 'President Vladimir Putin landed in Anchorage.', [{ name: 'Vladimir Putin', role: 'President', side: null }]],
    ['en', 'Russian President Vladimir V. Putin landed.', [{ name: 'Vladimir V. Putin', role: 'President', side: 'Russia' }]],
    ['en', 'He met U.S. special envoy Steve Witkoff.', [{ name: 'Steve Witkoff', role: 'special envoy', side: 'United States' }]],
    ['en', 'They were joined by Yury Ushakov, a Kremlin aide, on Friday.', [{ name: 'Yury Ushakov', role: 'Kremlin aide', side: 'Russia' }]],
    ['en', 'Marco Rubio, the U.S. secretary of state, spoke.', [{ name: 'Marco Rubio', role: 'secretary of state', side: 'United States' }]],
    ['en', 'Secretary of State Marco Rubio spoke.', [{ name: 'Marco Rubio', role: 'Secretary of State', side: null }]],
    [
      'en', "U.S. President Donald Trump arrived. Trump's envoy, Steve Witkoff, followed.",
      [
        { name: 'Donald Trump', role: 'President', side: 'United States' },
        { name: 'Steve Witkoff', role: "Trump's envoy", side: 'United States' },
      ],
    ],
    [
      'en', 'From Russia, Sergey Lavrov and Yury Ushakov attended, while the United States was represented by Marco Rubio.',
      [
        { name: 'Sergey Lavrov', role: null, side: 'Russia' },
        { name: 'Yury Ushakov', role: null, side: 'Russia' },
        { name: 'Marco Rubio', role: null, side: 'United States' },
      ],
    ],
    [
      'en', 'They were joined by Marco Rubio on the American side, and by Sergei Lavrov on the Russian side.',
      [
        { name: 'Marco Rubio', role: null, side: 'United States' },
        { name: 'Sergei Lavrov', role: null, side: 'Russia' },
      ],
    ],
    ['id', 'Ia bertemu Menteri Pertanian Budi Santoso.', [{ name: 'Budi Santoso', role: 'Menteri Pertanian', side: null }]],
    // "Dirjen" (Direktur Jenderal) is a title as "Sekjen" and "Dirut" are.
    ['id', 'Ia bertemu Dirjen Perikanan Budi Santoso.', [{ name: 'Budi Santoso', role: 'Dirjen Perikanan', side: null }]],
    ['id', 'Sergey Lavrov, Menteri Luar Negeri Rusia, mengatakan dialog berlanjut.', [{ name: 'Sergey Lavrov', role: 'Menteri Luar Negeri', side: 'Rusia' }]],
    [
      'id', 'Menlu AS Marco Rubio bertemu Menlu Rusia Sergei Lavrov.',
      [
        { name: 'Marco Rubio', role: 'Menlu', side: 'Amerika Serikat' },
        { name: 'Sergei Lavrov', role: 'Menlu', side: 'Rusia' },
      ],
    ],
  ])('%s: %s', (lang, body, expected) => {
    expect(peopleIn(body, lang).map(summary)).toEqual(expected);
  });
});

describe('extractPeople: absence', () => {
  test.each<[Lang, string]>([
    ['id', 'Presiden Ukraina Volodymyr Zelensky tidak hadir dalam pertemuan itu.'],
    ['id', 'Dari Ukraina, Volodymyr Zelensky absen.'],
    ['id', 'Volodymyr Zelensky tidak ikut dalam perundingan.'],
    ['en', 'Ukrainian President Volodymyr Zelensky did not attend the talks.'],
    ['en', 'Volodymyr Zelensky was absent.'],
    ['en', 'Volodymyr Zelensky was not present in Anchorage.'],
    ['en', 'Volodymyr Zelensky stayed away.'],
  ])('%s: %s', (lang, body) => {
    expect(peopleIn(body, lang).map((p) => [p.name, p.attended])).toEqual([['Volodymyr Zelensky', false]]);
  });

  test('absence reaches the people listed with the subject, not those in the next clause', () => {
    const people = peopleIn('Volodymyr Zelensky and Sergey Lavrov stayed away, while Marco Rubio attended.', 'en');
    expect(people.map((p) => [p.name, p.attended])).toEqual([
      ['Volodymyr Zelensky', false], ['Sergey Lavrov', false], ['Marco Rubio', true],
    ]);
  });
});

describe('personKey', () => {
  test.each([
    ['Zelensky', 'Zelenskiy'], ['Zelensky', 'Zelenskyy'], ['Zelenskyy', 'Zelenski'], ['Volodymyr Zelensky', 'Volodymyr Zelenskyy'],
    ['Sergey Lavrov', 'Sergei Lavrov'], ['Yury Ushakov', 'Yuri Ushakov'], ['Vladimir Putin', 'Vladimír Putin'],
  ])('%s = %s', (a, b) => {
    expect(personKey(a)).toBe(personKey(b));
  });

  test.each([['Putin', 'Patton'], ['Sergey Lavrov', 'Marco Rubio']])('%s ≠ %s', (a, b) => {
    expect(personKey(a)).not.toBe(personKey(b));
  });
});

describe('mergePeople', () => {
  const meta = (id: string, lang: Lang = 'en'): SourceMeta => ({ id, title: id, url: null, published: null, lang });
  const fact = (name: string, extra: Partial<PersonFact> = {}): PersonFact => ({
    name, variants: [name], role: null, side: null, attended: true, tookPart: true, mentions: [{ passage: 1, start: 0, end: name.length }], ...extra,
  });

  test('transliteration variants across sources are one person with every variant', () => {
    const merged = mergePeople([
      { meta: meta('a'), people: [fact('Volodymyr Zelensky', { role: 'President', side: 'Ukraine' })] },
      { meta: meta('b'), people: [fact('Volodymyr Zelenskiy')] },
      { meta: meta('c'), people: [fact('Zelenskyy')] },
      { meta: meta('d', 'id'), people: [fact('Zelenski')] },
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ name: 'Volodymyr Zelensky', role: 'President', side: 'Ukraine', mentionCount: 4 });
    expect(merged[0]!.facts.map((f) => f.meta.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(merged[0]!.variants).toEqual(['Volodymyr Zelensky', 'Volodymyr Zelenskiy', 'Zelenskyy', 'Zelenski']);
  });

  test('a surname alone joins the full name from another source; a different given name stays apart', () => {
    const merged = mergePeople([
      { meta: meta('a'), people: [fact('Lavrov', { role: 'foreign minister' })] },
      { meta: meta('b', 'id'), people: [fact('Sergei Lavrov', { role: 'Menteri Luar Negeri', side: 'Rusia' }), fact('Donald Trump')] },
      { meta: meta('c'), people: [fact('Sergey Lavrov'), fact('Melania Trump')] },
    ]);
    expect(merged.map((p) => [p.name, p.facts.length])).toEqual([['Sergei Lavrov', 3], ['Donald Trump', 1], ['Melania Trump', 1]]);
    expect(merged[0]).toMatchObject({ role: 'Menteri Luar Negeri', side: 'Rusia' });
  });

  test('an initial matches the given name it abbreviates', () => {
    const merged = mergePeople([
      { meta: meta('a'), people: [fact('Vladimir Putin')] },
      { meta: meta('b'), people: [fact('V. Putin'), fact('Marco Rubio')] },
    ]);
    expect(merged.map((p) => [p.name, p.facts.length])).toEqual([['Vladimir Putin', 2], ['Marco Rubio', 1]]);
  });

  test('a person any source calls absent is merged as absent', () => {
    const merged = mergePeople([
      { meta: meta('a'), people: [fact('Volodymyr Zelensky')] },
      { meta: meta('b'), people: [fact('Volodymyr Zelenskyy', { attended: false })] },
    ]);
    expect(merged.map((p) => p.attended)).toEqual([false]);
  });
});

describe('extractPeople performance', () => {
  const copies = (n: number) => toPassages({ id: 'big', body: Array.from({ length: n }, () => seedSource().body).join('\n'), lang: 'id' });

  test('a 5,000-word source takes milliseconds, and time grows linearly with length', () => {
    const small = copies(3);
    const large = copies(12);
    expect(large.map((p) => p.text).join(' ').split(/\s+/).length).toBeGreaterThan(5000);
    // The fastest of several interleaved runs, after warming up: the machine may be busy.
    const best = { small: Infinity, large: Infinity };
    for (let i = 0; i < 15; i++) {
      for (const [name, passages] of [['small', small], ['large', large]] as const) {
        const start = performance.now();
        extractPeople(passages, 'id');
        if (i >= 3) best[name] = Math.min(best[name], performance.now() - start);
      }
    }
    expect(best.large).toBeLessThan(100);
    expect(best.large / best.small).toBeLessThan(10); // 4× the text: linear is ~4, quadratic ~16
  });
});
