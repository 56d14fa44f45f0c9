import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Lang, Passage, TimeKind } from '../../../src/engine/types.js';
import { extractSourceTimes, extractTimes } from '../../../src/engine/extract/dates.js';
import { toPassages } from '../../../src/engine/passages.js';
import { sentenceSpans } from '../../../src/engine/text/sentences.js';
import { seedSource } from '../../support/seed.js';

function passage(text: string, lang: Lang = 'id', number = 1): Passage {
  return { key: `t#${number}`, sourceId: 't', number, text, sentences: sentenceSpans(text), lang };
}

type Expected = [text: string, kind: TimeKind, iso: string | null];

function facts(text: string, lang: Lang = 'id', published: string | null = null): Expected[] {
  return extractTimes(passage(text, lang), { published }).map((f) => [f.text, f.kind, f.iso]);
}

describe('extractTimes: Indonesian', () => {
  it.each<[string, Expected[]]>([
    ['JAKARTA, Minggu (21/8/2022) - Presiden tiba.', [['Minggu (21/8/2022)', 'date', '2022-08-21']]],
    ['Kamis (14/8) - Presiden tiba.', [['Kamis (14/8)', 'date', '--08-14']]],
    ['Ia lahir pada 18 September 2005 di Jakarta.', [['18 September 2005', 'date', '2005-09-18']]],
    ['KTT digelar pada Jumat, 15 Agustus 2025.', [['Jumat, 15 Agustus 2025', 'date', '2025-08-15']]],
    ['Rencana itu muncul pada Agustus 2025.', [['Agustus 2025', 'date', '2025-08']]],
    ['Pertemuan digelar 15-16 Agustus 2025.', [['15-16 Agustus 2025', 'date', '2025-08-15/2025-08-16']]],
    ['Tanggal 21-08-2022 tercatat.', [['21-08-2022', 'date', '2022-08-21']]],
    ['Dalam minggu (21/8/2022) itu.', [['(21/8/2022)', 'date', '2022-08-21']]],
    ['Acara dimulai pukul 14.00 WIB.', [['pukul 14.00 WIB', 'time', '14:00']]],
    ['Mereka tiba jam 3 sore dan pergi pukul 9 pagi.', [['jam 3 sore', 'time', '15:00'], ['pukul 9 pagi', 'time', '09:00']]],
    ['Rapat pukul 10.00-12.00 waktu setempat.', [['pukul 10.00-12.00 waktu setempat', 'time', '10:00']]],
    ['Pesawat mendarat 14.00 waktu Alaska.', [['14.00 waktu Alaska', 'time', '14:00']]],
    ['Dia datang pukul 10 waktu itu.', [['pukul 10', 'time', '10:00']]],
    ['Pertemuan berlangsung lebih dari tiga jam.', [['lebih dari tiga jam', 'duration', 'PT3H']]],
    ['Rapat selama dua setengah jam.', [['dua setengah jam', 'duration', 'PT2H30M']]],
    ['Ia menjabat empat tahun.', [['empat tahun', 'duration', 'P4Y']]],
    ['Proses itu butuh satu setengah tahun, lalu setengah jam lagi.', [['satu setengah tahun', 'duration', 'P1Y6M'], ['setengah jam lagi', 'relative', 'PT30M']]],
    ['Sidang berlangsung tiga jam 20 menit.', [['tiga jam 20 menit', 'duration', 'PT3H20M']]],
    ['Gencatan senjata selama dua puluh hari.', [['dua puluh hari', 'duration', 'P20D']]],
    ['Perjanjian berlaku sebelas tahun.', [['sebelas tahun', 'duration', 'P11Y']]],
    ['Ada seratus hari kerja.', [['seratus hari', 'duration', 'P100D']]],
    ['Negosiasi berjalan sepekan, lalu sejam lagi.', [['sepekan', 'duration', 'P1W'], ['sejam lagi', 'relative', 'PT1H']]],
    ['Hujan turun 2,5 jam.', [['2,5 jam', 'duration', 'PT2H30M']]],
    ['Putin terakhir ke sana pada tahun 2015.', [['2015', 'year', '2015']]],
    ['Hal itu terjadi pada 2015 lalu.', [['2015', 'year', '2015']]],
    ['Sanksi berlaku sejak 2014 dan direncanakan hingga awal 2026.', [['2014', 'year', '2014'], ['awal 2026', 'year', '2026']]],
    ['Konflik dari 2014 hingga 2022.', [['2014 hingga 2022', 'year', '2014/2022']]],
    ['Tren itu muncul pada 1990-an.', [['1990-an', 'year', null]]],
    ['Kunjungan pertama dalam satu dekade terakhir.', [['satu dekade terakhir', 'relative', 'P10Y']]],
    ['Hubungan memburuk dalam dekade terakhir.', [['dekade terakhir', 'relative', 'P10Y']]],
    ['Dua puluh tahun silam keduanya bertemu.', [['Dua puluh tahun silam', 'relative', 'P20Y']]],
    ['Beberapa tahun terakhir ketegangan naik.', [['Beberapa tahun terakhir', 'relative', null]]],
    ['Kemarin dia bicara, pekan lalu juga.', [['Kemarin', 'relative', null], ['pekan lalu', 'relative', null]]],
    ['Diskusi dilanjutkan dalam waktu dekat.', [['dalam waktu dekat', 'relative', null]]],
    ['Ia tiba pada Jumat malam dan pergi Senin lalu.', [['Jumat malam', 'relative', null], ['Senin lalu', 'relative', null]]],
    ['Tahun ini dan bulan depan penting.', [['Tahun ini', 'relative', null], ['bulan depan', 'relative', null]]],
    ['Pada Mei delegasi datang.', [['Mei', 'date', '--05']]],
    ['Gen itu, Oktober lalu, berhasil diidentifikasi; SEA Games digelar November nanti.', [['Oktober lalu', 'date', '--10'], ['November nanti', 'date', '--11']]],
    ['Universitas itu didirikan tahun 1459.', [['1459', 'year', '1459']]],
    ['Rapat digelar 25 Agustus lalu.', [['25 Agustus', 'date', '--08-25']]],
    ['Sutradara Teguh Karya ( 1934 - 2001 ) membuat film Badai Pasti Berlalu (1977).', [['1934 - 2001', 'year', '1934/2001'], ['1977', 'year', '1977']]],
    ['Pendaki berhenti pada 1500 meter, (12) orang turun.', []],
    ['Minggu itu penuh rapat; Kamis ia pergi.', [['Kamis', 'relative', null]]],
  ])('%s', (text, expected) => {
    expect(facts(text, 'id')).toEqual(expected);
  });
});

describe('extractTimes: English', () => {
  it.each<[string, Expected[]]>([
    ['The leaders met on Friday, Aug. 15, in Anchorage.', [['Friday, Aug. 15', 'date', '--08-15']]],
    ['The summit took place on August 15, 2025.', [['August 15, 2025', 'date', '2025-08-15']]],
    ['ANCHORAGE, Aug 15 (Reuters) - Talks began.', [['Aug 15', 'date', '--08-15']]],
    ['It ended on 15 August 2025.', [['15 August 2025', 'date', '2025-08-15']]],
    ['It ended on the 15th of August.', [['15th of August', 'date', '--08-15']]],
    ['Talks resumed in late August 2025.', [['late August 2025', 'date', '2025-08']]],
    ['Talks began at 2:30 p.m. local time.', [['2:30 p.m. local time', 'time', '14:30']]],
    ['Doors opened at 10 am and closed at 14:30, lunch at noon.', [['10 am', 'time', '10:00'], ['14:30', 'time', '14:30'], ['noon', 'time', '12:00']]],
    ['The talks lasted two and a half hours.', [['two and a half hours', 'duration', 'PT2H30M']]],
    ['The talks lasted more than three hours.', [['more than three hours', 'duration', 'PT3H']]],
    ['A three-hour meeting followed.', [['three-hour', 'duration', 'PT3H']]],
    ['They spoke for an hour and a half.', [['an hour and a half', 'duration', 'PT1H30M']]],
    ['They spoke for half an hour.', [['half an hour', 'duration', 'PT30M']]],
    ['It lasted twenty-one days.', [['twenty-one days', 'duration', 'P21D']]],
    ['Nothing like it in a decade.', [['a decade', 'duration', 'P10Y']]],
    ['Relations soured over the past two years.', [['the past two years', 'relative', 'P2Y']]],
    ['Relations soured over the past decade.', [['the past decade', 'relative', 'P10Y']]],
    ['They last met six years ago.', [['six years ago', 'relative', 'P6Y']]],
    ['Putin last visited in 2015.', [['2015', 'year', '2015']]],
    ['Sanctions have applied since 2014.', [['2014', 'year', '2014']]],
    ['Between 2014 and 2022 trade fell.', [['2014 and 2022', 'year', '2014/2022']]],
    ['Trade boomed in the 1990s.', [['1990s', 'year', null]]],
    ['They spoke last week and will meet next month.', [['last week', 'relative', null], ['next month', 'relative', null]]],
    ['Talks resume in the near future, perhaps on Friday.', [['in the near future', 'relative', null], ['Friday', 'relative', null]]],
    ['They met yesterday, not last Friday.', [['yesterday', 'relative', null], ['last Friday', 'relative', null]]],
    ['Trump said Saturday that they would meet.', [['Saturday', 'relative', null]]],
    ['They met again the next day, after the past week of calls.', [['the next day', 'relative', null], ['the past week', 'relative', 'P1W']]],
    ['He left a day earlier.', [['a day earlier', 'relative', 'P1D']]],
    ['Several hours passed.', [['Several hours', 'duration', null]]],
    ['Talks were held in May.', [['May', 'date', '--05']]],
  ])('%s', (text, expected) => {
    expect(facts(text, 'en')).toEqual(expected);
  });
});

describe('extractTimes: not times', () => {
  it.each<[string, Lang]>([
    ['Harga naik menjadi Rp 14.000 per liter.', 'id'],
    ['Inflasi naik 2,5 persen.', 'id'],
    ['Angka 14.00 muncul di tabel.', 'id'],
    ['Sebanyak 2015 orang hadir.', 'id'],
    ['Rencana untuk tahun 2500 dibahas.', 'id'],
    ['Putin, yang berusia 72 tahun, hadir.', 'id'],
    ['Kedua negara dan dua delegasi hadir.', 'id'],
    ['Itu bukan minggu (2/3) melainkan bagian kedua.', 'id'],
    ['Dari 2000 orang, separuh setuju.', 'id'],
    ['Skor akhir 3-4 dan bagian (1/2).', 'id'],
    ['It may rain; they march on.', 'en'],
    ['A 72-year-old man arrived for a second meeting.', 'en'],
    ['Some 2,000 troops and 3.5 percent growth.', 'en'],
    ['He said 31/2 was wrong.', 'en'],
  ])('%s', (text, lang) => {
    expect(facts(text, lang)).toEqual([]);
  });
});

describe('extractTimes: year-less dates', () => {
  it('takes the year from the publication date when there is one', () => {
    expect(facts('ANCHORAGE, Kamis (14/8) - Presiden tiba.', 'id', '2025-08-16')).toEqual([['Kamis (14/8)', 'date', '2025-08-14']]);
    expect(facts('On Friday, Aug. 15, they met.', 'en', '2025-08-16')).toEqual([['Friday, Aug. 15', 'date', '2025-08-15']]);
  });

  it('puts a date far after publication in the year before', () => {
    expect(facts('Pada Kamis (28/12) delegasi tiba.', 'id', '2025-01-03')).toEqual([['Kamis (28/12)', 'date', '2024-12-28']]);
  });

  it('leaves the year out rather than invent one', () => {
    expect(facts('Pada Kamis (28/12) delegasi tiba.', 'id', null)).toEqual([['Kamis (28/12)', 'date', '--12-28']]);
  });

  it('rejects days that do not exist', () => {
    expect(facts('Kamis (31/2) tercatat, juga 31 April.', 'id')).toEqual([['Kamis', 'relative', null]]);
  });
});

describe('extractTimes: facts', () => {
  it('gives offsets into the passage text and its number', () => {
    const text = 'Pertemuan pukul 14.00 WIB berlangsung lebih dari tiga jam sejak 2015.';
    const found = extractTimes(passage(text, 'id', 4), { published: null });
    expect(found.length).toBe(3);
    for (const f of found) {
      expect(text.slice(f.start, f.end)).toBe(f.text);
      expect(f.passage).toBe(4);
    }
  });

  it('finds the seed article’s time expressions', () => {
    const found = extractSourceTimes(toPassages({ id: 'seed', body: seedBody(), lang: 'id' }), null).map((f) => [f.text, f.kind, f.iso]);
    expect(found).toEqual([
      ['lebih dari tiga jam', 'duration', 'PT3H'],
      ['lebih dari empat tahun', 'duration', 'P4Y'],
      ['satu dekade terakhir', 'relative', 'P10Y'],
      ['2015', 'year', '2015'],
      ['dalam waktu dekat', 'relative', null],
    ]);
  });

  it('returns sorted, non-overlapping, verbatim spans for any text', () => {
    const piece = fc.constantFrom(
      'pukul', '14.00', 'WIB', 'lebih dari', 'tiga', 'jam', 'tahun', '2015', 'pada', 'Minggu', '(21/8/2022)', 'Aug.', '15,',
      'August', 'satu', 'dekade', 'terakhir', 'two', 'and a half', 'hours', 'Rp', '14.000', '2,5', 'persen', 'kemarin', 'İstanbul', ' ', ',', '.',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.constantFrom<Lang>('id', 'en'), (pieces, lang) => {
        const text = pieces.join(' ');
        const found = extractTimes(passage(text, lang), { published: '2025-08-16' });
        let end = 0;
        for (const f of found) {
          expect(f.start).toBeGreaterThanOrEqual(end);
          expect(text.slice(f.start, f.end)).toBe(f.text);
          end = f.end;
        }
      }),
      { numRuns: 200 },
    );
  });

  it('reads every expression of a text dense with them', () => {
    const sentence = 'Pada Jumat (15/8/2025) pukul 11.00 waktu setempat, kedua presiden bertemu selama lebih dari tiga jam, pertama sejak 2015 dan dalam satu dekade terakhir, dengan biaya Rp 14.000 atau 2,5 persen. ';
    const body = Array.from({ length: 40 }, () => sentence.repeat(4)).join('\n');
    const found = extractSourceTimes(toPassages({ id: 'dense', body, lang: 'id' }), null);
    expect(found.length).toBe(40 * 4 * 5);
    expect(new Set(found.map((f) => f.text))).toEqual(new Set(['Jumat (15/8/2025)', 'pukul 11.00 waktu setempat', 'lebih dari tiga jam', '2015', 'satu dekade terakhir']));
  });

  it('reads a 5,000-word news source in a few milliseconds', () => {
    const body = seedBody();
    const words = body.split(/\s+/).length;
    const passages = toPassages({ id: 'big', body: Array.from({ length: Math.ceil(5000 / words) }, () => body).join('\n'), lang: 'id' });
    extractSourceTimes(passages, null); // compile the patterns first
    const runs = Array.from({ length: 5 }, () => {
      const started = performance.now();
      extractSourceTimes(passages, null);
      return performance.now() - started;
    });
    // Typically ~3 ms; the bound leaves room for a busy machine but catches runaway backtracking.
    expect(Math.min(...runs)).toBeLessThan(40);
  });
});

function seedBody(): string {
  return seedSource().body;
}
