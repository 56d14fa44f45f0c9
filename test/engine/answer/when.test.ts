import { describe, expect, it } from 'vitest';
import type { CorpusView, IndexedSource, Lang, PassageHit, Source, TimeKind, WhenAnswer } from '../../../src/engine/types.js';
import { answerWhen, timeKindWanted } from '../../../src/engine/answer/when.js';
import { extractSourceTimes } from '../../../src/engine/extract/dates.js';
import { toPassages } from '../../../src/engine/passages.js';
import { indexTerms } from '../../../src/engine/text/analyze.js';
import { libraryOf, seedSource } from '../../support/seed.js';

function source(id: string, body: string, options: { lang?: Lang; published?: string | null } = {}): Source {
  return { id, title: `Title of ${id}`, url: null, published: options.published ?? null, lang: options.lang ?? 'id', body };
}

function indexed(s: Source): IndexedSource {
  const { body: _body, ...meta } = s;
  const passages = toPassages(s);
  return { meta, passages, people: [], topics: [], times: extractSourceTimes(passages, s.published) };
}

/** A stand-in for the real index: passages ranked by how many analyzed question terms they share. */
function viewOf(...sources: Source[]): CorpusView {
  const all = sources.map(indexed);
  const passages = all.flatMap((s) => s.passages.map((passage) => ({ meta: s.meta, passage, terms: new Set(indexTerms(passage.text, passage.lang)) })));
  return {
    sources: () => all,
    search(question, options = {}) {
      const asked = new Set([...indexTerms(question, 'id'), ...indexTerms(question, 'en')]);
      return passages
        .map(({ meta, passage, terms }): PassageHit => {
          const matched = [...asked].filter((t) => terms.has(t));
          return { meta, passage, matched, score: matched.length };
        })
        .filter((h) => h.score > 0)
        .sort((a, b) => b.score - a.score)
        .slice(0, options.limit ?? 10);
    },
    passage(id, number) {
      const found = passages.find((p) => p.meta.id === id && p.passage.number === number);
      return found && { meta: found.meta, passage: found.passage };
    },
  };
}

const texts = (a: WhenAnswer) => a.dates.map((d) => d.text);

/** Every citation quotes the passage it names, around the expression it supports. */
function expectCited(view: CorpusView, answer: WhenAnswer): void {
  for (const d of answer.dates) {
    expect(d.citations.length).toBeGreaterThan(0);
    for (const c of d.citations) {
      expect(view.passage(c.source, c.passage)!.passage.text).toContain(c.excerpt);
      expect(c.excerpt).toContain(d.text);
    }
  }
}

describe('answerWhen without a question', () => {
  const seed = viewOf(seedSource());

  it('says no source states the seed summit’s date, and lists the times it does give', () => {
    const answer = answerWhen(seed, null);
    expect(answer).toMatchObject({ command: 'when', query: null, found: false });
    expect(answer.note).toMatch(/no source states the date of the summit/i);
    expect(texts(answer)).toEqual(['2015', 'lebih dari tiga jam', 'lebih dari empat tahun', 'satu dekade terakhir', 'dalam waktu dekat']);
    expect(answer.dates[0]).toMatchObject({ kind: 'year', iso: '2015' });
    expect(answer.dates.find((d) => d.text === 'lebih dari tiga jam')).toMatchObject({ kind: 'duration', iso: 'PT3H' });
    expect(answer.dates.find((d) => d.text === 'lebih dari tiga jam')!.citations[0]).toMatchObject({ source: 'alaska-summit-2025', passage: 1 });
    expectCited(seed, answer);
  });

  it('treats a blank question as none', () => {
    expect(answerWhen(seed, '   ')).toEqual(answerWhen(seed, null));
  });

  it('finds a date stated in a sentence about the meeting, and puts it first', () => {
    const view = viewOf(
      source('a', 'Sanksi itu berlaku sejak 2014.\nPutin dan Trump bertemu di Anchorage pada Jumat, 15 Agustus 2025, selama hampir tiga jam.'),
    );
    const answer = answerWhen(view, null);
    expect(answer.found).toBe(true);
    expect(answer.note).toBeUndefined();
    expect(answer.dates[0]).toMatchObject({ text: 'Jumat, 15 Agustus 2025', kind: 'date', iso: '2025-08-15' });
    expect(texts(answer)).toEqual(['Jumat, 15 Agustus 2025', '2014', 'hampir tiga jam']);
    expectCited(view, answer);
  });

  it('reads the date from a dateline of a passage about the meeting, and merges sources that agree', () => {
    const view = viewOf(
      source('id-news', 'ANCHORAGE, Jumat (15/8/2025) - Presiden Rusia Vladimir Putin tiba di Alaska. Pertemuan dengan Donald Trump digelar di pangkalan militer.', { published: '2025-08-16' }),
      source('en-news', 'ANCHORAGE, Alaska, Aug 15 (Reuters) - Vladimir Putin landed in Alaska. The summit with Donald Trump began at a military base.', { lang: 'en', published: '2025-08-16' }),
    );
    const answer = answerWhen(view, null);
    expect(answer.found).toBe(true);
    expect(answer.dates[0]).toMatchObject({ text: 'Jumat (15/8/2025)', iso: '2025-08-15' });
    const [id, en] = answer.dates[0]!.citations;
    expect(id).toMatchObject({ source: 'id-news', passage: 1, excerpt: expect.stringContaining('Jumat (15/8/2025)') });
    expect(en).toMatchObject({ source: 'en-news', passage: 1, excerpt: expect.stringContaining('Aug 15') });
  });

  it('does not take the date of an earlier meeting', () => {
    const view = viewOf(source('a', 'Pertemuan sebelumnya antara Putin dan Trump digelar di Helsinki pada 16 Juli 2018.'));
    const answer = answerWhen(view, null);
    expect(answer.found).toBe(false);
    expect(answer.dates[0]).toMatchObject({ text: '16 Juli 2018', iso: '2018-07-16' });
  });

  it('does not take a date from a sentence about something else', () => {
    const view = viewOf(source('a', 'Pertemuan itu berlangsung tiga jam.\nSanksi baru diumumkan pada 20 Juni 2025 oleh Uni Eropa.'));
    expect(answerWhen(view, null)).toMatchObject({ found: false, dates: [{ text: '20 Juni 2025' }, { text: 'tiga jam' }] });
  });

  it('never takes the publication date for the summit’s date', () => {
    const view = viewOf(source('a', 'Putin dan Trump bertemu di Anchorage, Alaska.', { published: '2025-08-16' }));
    const answer = answerWhen(view, null);
    expect(answer).toMatchObject({ found: false, dates: [] });
    expect(answer.note).toMatch(/no source states the date of the summit/i);
  });

  it('lists an expression that recurs once, with a citation for each place', () => {
    const view = viewOf(source('a', 'Perundingan itu berlangsung lebih dari tiga jam.\nSetelah lebih dari tiga jam, mereka keluar.'));
    const answer = answerWhen(view, null);
    expect(texts(answer)).toEqual(['lebih dari tiga jam']);
    expect(answer.dates[0]!.citations.map((c) => c.passage)).toEqual([1, 2]);
  });
});

describe('answerWhen with a question', () => {
  const seed = viewOf(seedSource());

  it.each<[string, string, TimeKind]>([
    ['Kapan Putin terakhir kali ke AS?', '2015', 'year'],
    ['Tahun berapa Putin menghadiri Sidang Umum PBB?', '2015', 'year'],
    ['Berapa lama pertemuan berlangsung?', 'lebih dari tiga jam', 'duration'],
    ['Berapa lama hubungan diplomatik terputus?', 'lebih dari empat tahun', 'duration'],
    ['Kapan diskusi akan dilanjutkan?', 'dalam waktu dekat', 'relative'],
  ])('%s → %s', (question, text, kind) => {
    const answer = answerWhen(seed, question);
    expect(answer).toMatchObject({ command: 'when', query: question, found: true });
    expect(answer.dates[0]).toMatchObject({ text, kind });
    expectCited(seed, answer);
  });

  it('answers only with the kind of time asked for', () => {
    const answer = answerWhen(seed, 'Berapa lama pertemuan berlangsung?');
    expect(answer.dates.every((d) => d.kind === 'duration' || d.kind === 'relative')).toBe(true);
  });

  it('says so when no matching passage states a time of the kind asked', () => {
    const answer = answerWhen(seed, 'Kapan pertemuan berlangsung?');
    expect(answer).toMatchObject({ found: false, dates: [] });
    expect(answer.note).toBeDefined();
    expect(answerWhen(seed, 'Kapan harga beras naik di Surabaya?')).toMatchObject({ found: false, dates: [] });
  });

  it('prefers the passage that matches the question best', () => {
    const view = viewOf(
      source('a', 'Sidang Umum PBB digelar di New York pada September 2015.\nKonferensi pers digelar pukul 14.00 waktu setempat.'),
      source('b', 'Putin dan Trump memulai pertemuan pukul 11.00 waktu setempat di Anchorage.'),
    );
    expect(answerWhen(view, 'Jam berapa pertemuan Putin dan Trump dimulai?').dates[0]).toMatchObject({ text: 'pukul 11.00 waktu setempat', iso: '11:00' });
    expect(answerWhen(view, 'Jam berapa konferensi pers digelar?').dates[0]).toMatchObject({ text: 'pukul 14.00 waktu setempat', iso: '14:00' });
  });

  it('answers an English question from an English source', () => {
    const view = viewOf(source('en', 'The talks in Anchorage lasted about three hours. Putin last visited the United States in 2015.', { lang: 'en' }));
    expect(answerWhen(view, 'How long did the talks last?').dates[0]).toMatchObject({ text: 'about three hours', iso: 'PT3H' });
    expect(answerWhen(view, 'When did Putin last visit the United States?').dates[0]).toMatchObject({ text: '2015', kind: 'year' });
  });
});

describe('timeKindWanted', () => {
  it.each<[string, TimeKind[] | null]>([
    ['Kapan KTT Alaska digelar?', ['date', 'year', 'time', 'relative']],
    ['When did the summit take place?', ['date', 'year', 'time', 'relative']],
    ['Tanggal berapa pertemuan itu?', ['date', 'relative']],
    ['What date was the meeting?', ['date', 'relative']],
    ['Hari apa mereka bertemu?', ['date', 'relative']],
    ['Tahun berapa Putin ke New York?', ['year', 'date']],
    ['In what year did Putin last visit?', ['year', 'date']],
    ['Berapa lama pertemuan berlangsung?', ['duration', 'relative']],
    ['How long did the talks last?', ['duration', 'relative']],
    ['Berapa tahun hubungan terputus?', ['duration', 'relative']],
    ['Jam berapa pertemuan dimulai?', ['time']],
    ['Pukul berapa konferensi pers?', ['time']],
    ['What time did the talks begin?', ['time']],
    ['Siapa yang hadir?', null],
    ['Who attended?', null],
  ])('%s', (question, kinds) => {
    expect(timeKindWanted(question)).toEqual(kinds);
  });
});

describe('answerWhen over the real index', () => {
  // The library's own extraction may not be wired yet; facts are taken from the extractor either way.
  const library = libraryOf(seedSource());
  const withTimes = library.sources().map((s) => ({ ...s, times: extractSourceTimes(s.passages, s.meta.published) }));
  const view: CorpusView = { sources: () => withTimes, search: (q, o) => library.search(q, o), passage: (id, n) => library.passage(id, n) };

  it('gives the seed article’s answers', () => {
    const none = answerWhen(view, null);
    expect(none.found).toBe(false);
    expect(texts(none)).toEqual(expect.arrayContaining(['2015', 'lebih dari tiga jam', 'satu dekade terakhir', 'lebih dari empat tahun']));
    expect(answerWhen(view, 'Berapa lama pertemuan itu berlangsung?').dates[0]).toMatchObject({ text: 'lebih dari tiga jam' });
    expect(answerWhen(view, 'Kapan Putin terakhir kali ke AS?').dates[0]).toMatchObject({ text: '2015' });
  });
});

describe('answerWhen speed', () => {
  it('answers from 100,000 passages of facts in well under 5 ms once prepared', () => {
    const seedIndexed = indexed(seedSource());
    const sources: IndexedSource[] = Array.from({ length: 5000 }, (_, i) => {
      const passages = Array.from({ length: 20 }, (_, n) => ({ ...seedIndexed.passages[n % seedIndexed.passages.length]!, number: n + 1, key: `s${i}#${n + 1}`, sourceId: `s${i}` }));
      const times = passages.flatMap((p) => seedIndexed.times.filter((t) => t.passage === (p.number - 1) % seedIndexed.passages.length + 1).map((t) => ({ ...t, passage: p.number })));
      return { meta: { ...seedIndexed.meta, id: `s${i}` }, passages, people: [], topics: [], times };
    });
    const view: CorpusView = { sources: () => sources, search: () => [], passage: () => undefined };
    const answer = answerWhen(view, null); // prepares once per set of sources
    const runs = Array.from({ length: 5 }, () => {
      const started = performance.now();
      answerWhen(view, null);
      return performance.now() - started;
    });
    expect(Math.min(...runs)).toBeLessThan(5);
    expect(answer.dates[0]!.citations.length).toBe(3);
  });
});
