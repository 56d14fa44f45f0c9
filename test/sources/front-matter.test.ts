import { describe, expect, it } from 'vitest';
import { formatSource, parseSource, SourceFormatError, titleFromBody } from '../../src/sources/front-matter.js';

const ID_BODY = 'Presiden Rusia Vladimir Putin dan Presiden Amerika Serikat Donald Trump bertemu di Anchorage, Alaska, pada hari Jumat. Pertemuan itu berlangsung lebih dari tiga jam dan dihadiri oleh para menteri luar negeri kedua negara.';
const EN_BODY = 'Russian President Vladimir Putin and US President Donald Trump met in Anchorage, Alaska, on Friday. The talks lasted more than three hours and were attended by the foreign ministers of both countries.';

function formatError(text: string): SourceFormatError {
  try {
    parseSource('x', text);
  } catch (error) {
    if (error instanceof SourceFormatError) return error;
    throw error;
  }
  throw new Error('expected a SourceFormatError');
}

describe('parseSource', () => {
  it('reads every front matter field, quoted or not', () => {
    const text = `---\ntitle: "Putin \\"and\\" Trump"\nurl: https://example.com/a?b=1\npublished: '2025-08-16'\nlang: en\n---\n${EN_BODY}\n`;
    expect(parseSource('summit', text)).toEqual({
      id: 'summit',
      title: 'Putin "and" Trump',
      url: 'https://example.com/a?b=1',
      published: '2025-08-16',
      lang: 'en',
      body: EN_BODY,
    });
  });

  it('takes a file without front matter as all body', () => {
    const source = parseSource('plain', `${ID_BODY}\n\nParagraf kedua.`);
    expect(source.body).toBe(`${ID_BODY}\n\nParagraf kedua.`);
    expect(source.url).toBeNull();
    expect(source.published).toBeNull();
  });

  it.each([
    ['Indonesian', ID_BODY, 'id'],
    ['English', EN_BODY, 'en'],
  ])('detects the language of an %s body when lang is missing', (_name, body, lang) => {
    expect(parseSource('x', `---\ntitle: T\n---\n${body}`).lang).toBe(lang);
  });

  it('defaults a missing title to the first line of the body', () => {
    expect(parseSource('x', `---\nlang: id\n---\n\n# Pertemuan di Alaska  \n${ID_BODY}`).title).toBe('Pertemuan di Alaska');
  });

  it('cuts a long first line at a word boundary, at most 120 characters', () => {
    const title = titleFromBody(`${ID_BODY} ${ID_BODY}`);
    expect(title.length).toBeLessThanOrEqual(120);
    expect(title.endsWith('…')).toBe(true);
    expect(ID_BODY.startsWith(title.slice(0, -1))).toBe(true);
  });

  it('accepts a byte-order mark, CRLF line ends, comments and unknown keys', () => {
    const source = parseSource('x', `\uFEFF---\r\n# edited by hand\r\ntitle: Judul\r\nsection: world\r\n---\r\n${ID_BODY}\r\n`);
    expect(source.title).toBe('Judul');
    expect(source.body).toBe(ID_BODY);
  });

  it('keeps a body that has its own --- rule', () => {
    const source = parseSource('x', `---\ntitle: T\n---\nSatu.\n---\nDua.`);
    expect(source.body).toBe('Satu.\n---\nDua.');
  });

  it.each([
    ['an unclosed front matter', `---\ntitle: T\n${ID_BODY}`, 1, 'never closed'],
    ['a line that is not key: value', `---\ntitle: T\njust words\n---\n${ID_BODY}`, 3, 'expected "key: value", got "just words"'],
    ['a duplicated key', `---\ntitle: A\ntitle: B\n---\n${ID_BODY}`, 3, '"title" is given twice'],
    ['an unknown language', `---\ntitle: T\n\nlang: fr\n---\n${ID_BODY}`, 4, 'lang must be "id" or "en", got "fr"'],
    ['an impossible date', `---\npublished: 2025-02-30\n---\n${ID_BODY}`, 2, 'published must be a real date written YYYY-MM-DD, got "2025-02-30"'],
    ['a date in another format', `---\npublished: 16/8/2025\n---\n${ID_BODY}`, 2, 'published must be a real date'],
    ['a url that is not http(s)', `---\nurl: javascript:alert(1)\n---\n${ID_BODY}`, 2, 'url must start with http:// or https://'],
    ['an unclosed quote', `---\ntitle: "Putin\n---\n${ID_BODY}`, 2, 'has no closing "'],
    ['a title over 200 characters', `---\ntitle: ${'a'.repeat(201)}\n---\n${ID_BODY}`, 2, 'title is 201 characters long; at most 200 are allowed'],
    ['no text after the front matter', `---\ntitle: T\n---\n\n  \n`, 4, 'no text'],
  ])('reports %s with its line number', (_name, text, line, message) => {
    const error = formatError(text);
    expect(error.line).toBe(line);
    expect(error.reason).toContain(message);
    expect(error.message).toBe(`line ${line}: ${error.reason}`);
  });
});

describe('formatSource', () => {
  it('writes what parseSource reads back, quotes and all', () => {
    const source = { id: 's', title: 'Kata "kunci": Alaska', url: 'https://example.com/x', published: '2025-08-15', lang: 'id' as const, body: ID_BODY };
    expect(parseSource('s', formatSource(source))).toEqual(source);
  });
});
