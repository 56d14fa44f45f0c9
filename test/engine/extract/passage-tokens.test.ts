import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import type { Passage } from '../../../src/engine/types.js';
import { passageTokens, tokensIn } from '../../../src/engine/extract/passage-tokens.js';
import { sentenceSpans } from '../../../src/engine/text/sentences.js';
import { tokenize } from '../../../src/engine/text/tokenize.js';

function passage(text: string, number = 1, sourceId = 's'): Passage {
  return { key: `${sourceId}#${number}`, sourceId, number, text, sentences: sentenceSpans(text), lang: 'id' };
}

/** What tokenizing the slice on its own gives, offsets into the passage. */
function sliceTokens(text: string, start: number, end: number) {
  return tokenize(text.slice(start, end)).map((t) => ({ ...t, start: t.start + start, end: t.end + start }));
}

describe('passageTokens', () => {
  test('tokenizes a passage once and gives the same tokens again', () => {
    const p = passage('Presiden Rusia, Vladimir Putin, tiba Jumat (15/8/2025).');
    const first = passageTokens(p);
    expect(first).toEqual(tokenize(p.text));
    expect(passageTokens(p)).toBe(first);
  });

  test('another passage with the same number (a new version of the source) gets its own tokens', () => {
    const old = passage('Trump tiba di Alaska.', 3, 'v');
    const replaced = passage('Putin tiba di Anchorage.', 3, 'v');
    passageTokens(old);
    expect(passageTokens(replaced).map((t) => t.text)).toEqual(['Putin', 'tiba', 'di', 'Anchorage']);
    expect(passageTokens(old).map((t) => t.text)).toEqual(['Trump', 'tiba', 'di', 'Alaska']);
  });
});

describe('tokensIn', () => {
  const text = "Isu seperti keamanan siber, abc'seperti, 21/8/2022 dan U.S. envoy.";
  test.each([
    ['whole words', 4, 26],
    ['a span cutting a word', 6, 22],
    ['a span cutting a date', 43, 60],
    ['a span ending inside a word joined by an apostrophe', 28, 32],
    ['a span cutting a dotted acronym', 55, 58],
    ['an empty span', 10, 10],
  ])('%s: the tokens of the slice', (_name, start, end) => {
    expect(tokensIn(passage(text, 7), start, end)).toEqual(sliceTokens(text, start, end));
  });

  test('any span: the same tokens as tokenizing the slice', () => {
    const chars = fc.constantFrom(...'aAbZé 1290/.,:-\'’ (UiS');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }).map((a) => a.join('')), fc.nat(), fc.nat(), (t, x, y) => {
        const [start, end] = [x % (t.length + 1), y % (t.length + 1)].sort((a, b) => a - b) as [number, number];
        expect(tokensIn(passage(t, 9, 'prop'), start, end)).toEqual(sliceTokens(t, start, end));
      }),
      { numRuns: 500 },
    );
  });
});
