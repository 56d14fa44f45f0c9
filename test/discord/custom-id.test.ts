import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { citedId, decodeCustomId, MAX_CUSTOM_ID, pageId, passageId, questionFits, questionHash } from '../../src/discord/custom-id.js';

describe('custom ids', () => {
  test.each([
    [pageId('ask', 2, 'Siapa yang mendampingi Putin?'), { kind: 'page', command: 'ask', page: 2, question: { kind: 'text', text: 'Siapa yang mendampingi Putin?' } }],
    [pageId('who', 1, null), { kind: 'page', command: 'who', page: 1, question: { kind: 'none' } }],
    [pageId('topics', 3, '  keamanan   siber '), { kind: 'page', command: 'topics', page: 3, question: { kind: 'text', text: 'keamanan siber' } }],
    [passageId('alaska-summit-2025', 4)!, { kind: 'passage', sourceId: 'alaska-summit-2025', passage: 4 }],
    [passageId('id:with:colons', 1)!, { kind: 'passage', sourceId: 'id:with:colons', passage: 1 }],
    [citedId('when', 1, 0, 'kapan? a:b'), { kind: 'cited', command: 'when', page: 1, index: 0, question: { kind: 'text', text: 'kapan? a:b' } }],
  ])('%s decodes to its state', (id, state) => {
    expect(decodeCustomId(id)).toEqual(state);
  });

  test('a question too long to fit travels as its hash', () => {
    const question = 'What did Vladimir Putin and Donald Trump agree about the next round of talks in Anchorage, Alaska?';
    const id = pageId('ask', 1, question);
    expect(id.length).toBeLessThanOrEqual(MAX_CUSTOM_ID);
    expect(decodeCustomId(id)).toEqual({ kind: 'page', command: 'ask', page: 1, question: { kind: 'hash', hash: questionHash(question) } });
    expect(questionFits('ask', 1, question)).toBe(false);
    expect(questionFits('ask', 1, 'Who came?')).toBe(true);
  });

  test('a source id too long for a button has no passage id', () => {
    expect(passageId('x'.repeat(120), 1)).toBeNull();
  });

  test.each(['', 'p0:ask:1:', 'p1:ask:0:', 'p1:sources:1:', 'p1:ask:x:', 'p1:ask:1:?what', 's1:0:src', 's1:3:', 'garbage', 'p2:ask:1:'])(
    '%j is expired or unknown',
    (id) => {
      expect(decodeCustomId(id)).toBeNull();
    },
  );

  test('every id fits in 100 characters and round-trips', () => {
    fc.assert(fc.property(fc.constantFrom('ask', 'who', 'when', 'topics') , fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 4 }), fc.string({ maxLength: 300 }), (command, page, index, question) => {
      for (const id of [pageId(command, page, question), citedId(command, page, index, question)]) {
        expect(id.length).toBeLessThanOrEqual(MAX_CUSTOM_ID);
        const state = decodeCustomId(id);
        expect(state).not.toBeNull();
        expect(state && 'page' in state ? state.page : null).toBe(page);
      }
    }));
  });
});
