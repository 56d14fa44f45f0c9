import { describe, expect, test } from 'vitest';
import { toPassages } from '../../src/engine/passages.js';

describe('toPassages', () => {
  test('one passage per line or paragraph, numbered from 1, verbatim', () => {
    const body = 'Satu kalimat. Dua kalimat.\n\nParagraf kedua.\nParagraf ketiga.\n';
    const passages = toPassages({ id: 'src', body, lang: 'id' });
    expect(passages.map((p) => [p.key, p.number, p.text])).toEqual([
      ['src#1', 1, 'Satu kalimat. Dua kalimat.'],
      ['src#2', 2, 'Paragraf kedua.'],
      ['src#3', 3, 'Paragraf ketiga.'],
    ]);
    for (const p of passages) expect(body).toContain(p.text);
  });

  test('Markdown headings and rules are not passages', () => {
    const passages = toPassages({ id: 's', body: '# Judul\n\nIsi berita.\n\n---\n\nPenutup.', lang: 'id' });
    expect(passages.map((p) => p.text)).toEqual(['Isi berita.', 'Penutup.']);
  });

  test('a long paragraph is cut at sentence boundaries into verbatim passages', () => {
    const sentence = 'Presiden Rusia, Vladimir Putin, bertemu Presiden Amerika Serikat di Anchorage pada hari itu. ';
    const body = sentence.repeat(40).trim();
    const passages = toPassages({ id: 'long', body, lang: 'id' });
    expect(passages.length).toBeGreaterThan(1);
    for (const p of passages) {
      expect(p.text.length).toBeLessThanOrEqual(800);
      expect(body).toContain(p.text);
      expect(p.text.endsWith('.')).toBe(true);
      for (const s of p.sentences) expect(p.text.slice(s.start, s.end)).toMatch(/^Presiden.*\.$/);
    }
    expect(passages.map((p) => p.text).join(' ')).toBe(body);
  });
});
