import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { escapeMarkdown, splitText, truncate, unescapeMarkdown } from '../../src/discord/markdown.js';

describe('escapeMarkdown', () => {
  test.each([
    ['**bold** and _italic_', '\\*\\*bold\\*\\* and \\_italic\\_'],
    ['[link](https://example.com)', '\\[link\\]\\(https://example.com\\)'],
    ['<@123456789012345678> and `code`', '\\<@123456789012345678\\> and \\`code\\`'],
    ['# Heading\n- item\n> quote\n1. first', '\\# Heading\n\\- item\n\\> quote\n1\\. first'],
    ['Putin–Trump, 15-16 Agustus', 'Putin–Trump, 15-16 Agustus'],
    ['a \\ backslash', 'a \\\\ backslash'],
  ])('%j shows as written', (text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
  });

  test('unescaping gives back exactly the original text', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\\', '*', '_', '-', '#', '>', '1', '.', '[', ')', '<', '`', '~', '|') }), (text) => {
      expect(unescapeMarkdown(escapeMarkdown(text))).toBe(text);
    }));
  });
});

describe('truncate', () => {
  test.each([
    ['short text', 20, 'short text'],
    ['the quick brown fox jumps over', 20, 'the quick brown fox…'],
    ['x'.repeat(30), 10, `${'x'.repeat(9)}…`],
  ])('%j at %i → %j', (text, max, expected) => {
    expect(truncate(text, max)).toBe(expected);
  });

  test('never exceeds the limit and never leaves a dangling escape', () => {
    fc.assert(fc.property(fc.string(), fc.integer({ min: 2, max: 60 }), (raw, max) => {
      const cut = truncate(escapeMarkdown(raw), max);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(/(^|[^\\])(\\\\)*\\…$/.test(cut)).toBe(false);
    }));
  });
});

describe('splitText', () => {
  test('splits at spaces into pieces within the limit, losing no words', () => {
    const text = Array.from({ length: 300 }, (_, i) => `kata${i}`).join(' ');
    const pieces = splitText(text, 100);
    expect(pieces.every((p) => p.length <= 100)).toBe(true);
    expect(pieces.join(' ')).toBe(text);
  });

  test('cuts a word longer than the limit', () => {
    expect(splitText('y'.repeat(250), 100).map((p) => p.length)).toEqual([100, 100, 50]);
  });
});
