import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { normalizeWord, PhoneticIndex, sameWord } from '../../../../src/engine/extract/people/names.js';

const spellings = [
  'Zelensky', 'Zelenskiy', 'Zelenskyy', 'Zelenski', 'Putin', 'Patton', 'Lavrov', 'Lavrow', 'Ushakov', 'Ushakow',
  'Witkoff', 'Witkov', 'Rubio', 'Trump', 'Sergey', 'Sergei', 'Yury', 'Yuri', 'Kalin', 'Calin', 'Cohen', 'Kohen', 'Al', 'Li',
].map(normalizeWord);

describe('PhoneticIndex', () => {
  test('finds every filed word that spells the same name, in the order first filed', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...spellings), { minLength: 1 }), fc.constantFrom(...spellings), (filed, word) => {
        const index = new PhoneticIndex<string>();
        for (const w of filed) index.add(w, w);
        const found = index.candidates(word);
        expect(filed.filter((w) => sameWord(w, word)).every((w) => found.includes(w))).toBe(true);
        expect(found).toEqual(filed.filter((w) => found.includes(w)));
      }),
      { numRuns: 300 },
    );
  });

  test('an item filed again under a new spelling keeps its place; a removed item is not found', () => {
    const index = new PhoneticIndex<string>();
    index.add('zelenski', 'first');
    index.add('putin', 'second');
    index.add('zelenski', 'third');
    index.add('putin', 'first');
    expect(index.candidates('putin')).toEqual(['first', 'second']);
    index.remove('first');
    expect(index.candidates('zelenski')).toEqual(['third']);
  });
});
