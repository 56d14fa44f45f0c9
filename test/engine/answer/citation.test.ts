import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { cite, excerpt, MAX_EXCERPT } from '../../../src/engine/answer/citation.js';
import { toPassages } from '../../../src/engine/passages.js';

const meta = { id: 'berita', title: 'Berita', url: 'https://example.org/a', published: '2025-08-16', lang: 'id' as const };

describe('cite', () => {
  test('carries the source and passage number', () => {
    const [passage] = toPassages({ id: 'berita', body: 'Putin tiba di Alaska.', lang: 'id' });
    expect(cite(meta, passage!)).toEqual({
      source: 'berita', title: 'Berita', url: 'https://example.org/a', published: '2025-08-16', passage: 1, excerpt: 'Putin tiba di Alaska.',
    });
  });

  test('centres a long passage on the focused sentence', () => {
    const body = Array.from({ length: 12 }, (_, i) => `Kalimat nomor ${i + 1} berisi keterangan yang cukup panjang untuk berita ini.`).join(' ');
    const [passage] = toPassages({ id: 'b', body, lang: 'id' });
    const at = passage!.text.indexOf('nomor 9 ');
    const text = excerpt(passage!, { start: at, end: at + 7 });
    expect(text).toContain('nomor 9 ');
    expect(text.length).toBeLessThanOrEqual(MAX_EXCERPT);
  });
});

describe('excerpt (property)', () => {
  const word = fc.stringMatching(/^[A-Za-z0-9]{1,12}$/);
  const sentence = fc.array(word, { minLength: 1, maxLength: 40 }).map((ws) => ws.join(' ') + '.');
  const paragraph = fc.array(sentence, { minLength: 1, maxLength: 30 }).map((ss) => ss.join(' '));

  test('is always a verbatim substring of the passage, at most 400 characters, never empty', () => {
    fc.assert(
      fc.property(paragraph, fc.nat(), fc.nat(), (body, a, b) => {
        const passages = toPassages({ id: 'p', body, lang: 'id' });
        for (const passage of passages) {
          const start = a % passage.text.length;
          const end = Math.min(passage.text.length, start + (b % 500) + 1);
          const text = excerpt(passage, { start, end });
          expect(passage.text).toContain(text);
          expect(text.length).toBeLessThanOrEqual(MAX_EXCERPT);
          expect(text.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});
