import { describe, expect, it } from 'vitest';
import type { SourceAnswer, SourceLine } from '../../commands/source.js';
import type { SourceCard } from '../../src/sources/card.js';
import { decodeSourceButton, idRef, renderAddModal, renderSourceAnswer, resolveRef, sourceButtonId } from '../../src/discord/source-view.js';
import { validateMessage, validateModal } from '../support/discord-api/validate.js';

const long = (n: number, word = 'Anchorage') => `${word} `.repeat(n).trim();
const CARD: SourceCard = {
  id: 'a'.repeat(80), title: long(40), url: `https://example.com/${'x'.repeat(300)}`, published: '2025-08-16', lang: 'id',
  passages: 1200, people: Array.from({ length: 15 }, (_, i) => `Person Number ${i} ${long(8, 'Name')}`), dates: Array.from({ length: 15 }, () => long(12, '15 Agustus')),
  addedBy: '400000000000000001', addedAt: '2025-08-16T10:00:00.000Z', shared: false,
};
const LINE: SourceLine = { id: 'b'.repeat(80), title: long(40), lang: 'en', published: null, passages: 3, addedBy: 'cli:ops_*admin*', addedAt: null };

describe('renderSourceAnswer', () => {
  it.each<[string, Exclude<SourceAnswer, { action: 'needs-text' }>]>([
    ['added', { command: 'source', action: 'added', source: CARD, share: false }],
    ['show', { command: 'source', action: 'show', source: CARD, passages: [1, 2, 3].map((number) => ({ number, text: long(400) })), share: true }],
    ['list', { command: 'source', action: 'list', page: 2, pages: 3, total: 25, sources: Array.from({ length: 10 }, () => LINE), removed: 2, base: 1, share: false }],
    ['confirm', { command: 'source', action: 'confirm-remove', source: LINE, restorableDays: 30 }],
    ['removed', { command: 'source', action: 'removed', source: LINE, restorableUntil: '2025-09-15' }],
  ])('%s: within Discord\'s limits in both languages, even with everything at its longest', (_, answer) => {
    for (const locale of ['en', 'id'] as const) expect(validateMessage({ ...renderSourceAnswer(answer, locale) }, [], { create: true })).toBeNull();
  });

  it('names who added a source without pinging, and escapes what is not a Discord user', () => {
    const list = renderSourceAnswer({ command: 'source', action: 'list', page: 1, pages: 1, total: 1, sources: [LINE, { ...LINE, addedBy: '400000000000000001', addedAt: '2025-08-16T10:00:00.000Z' }], removed: 0, base: 1, share: false }, 'en');
    expect(list.allowedMentions).toEqual({ parse: [] });
    expect(list.embeds[0]!.description).toContain('cli:ops\\_\\*admin\\*');
    expect(list.embeds[0]!.description).toContain('<@400000000000000001>, <t:1755338400:d>');
  });

  it('puts the remove and cancel buttons under the confirmation', () => {
    const payload = renderSourceAnswer({ command: 'source', action: 'confirm-remove', source: { ...LINE, id: 'limousines' }, restorableDays: 7 }, 'id');
    expect(payload.components[0]!.components.map((b) => [b.label, b.custom_id])).toEqual([['Hapus', 'sm1:rm:limousines'], ['Batal', 'sm1:keep:limousines']]);
    expect(payload.embeds[0]!.description).toContain('selama 7 hari');
  });
});

describe('source buttons', () => {
  it.each([
    [{ kind: 'remove' as const, ref: 'limousines' }, 'sm1:rm:limousines'],
    [{ kind: 'restore' as const, ref: 'x' }, 'sm1:re:x'],
    [{ kind: 'list' as const, page: 3 }, 'sm1:ls:3'],
  ])('%j ⇄ %s', (button, id) => {
    expect(sourceButtonId(button)).toBe(id);
    expect(decodeSourceButton(id)).toEqual(button);
  });

  it('an id too long for a custom id travels as a hash and is found again among the server\'s ids', () => {
    const id = `${'very-long-hand-placed-file-name-'.repeat(4)}end`;
    const ref = idRef(id, 'sm1:rm:');
    expect(ref).toMatch(/^#/);
    expect(sourceButtonId({ kind: 'remove', ref }).length).toBeLessThanOrEqual(100);
    expect(resolveRef(ref, ['other', id])).toBe(id);
    expect(resolveRef(ref, ['other'])).toBeUndefined();
  });

  it('the modal for pasted text fits Discord\'s limits, options filled in', () => {
    const modal = renderAddModal({ title: 't'.repeat(300), url: 'https://example.com/a' }, true, 'id');
    expect(validateModal(modal)).toBeNull();
    expect(modal.custom_id).toBe('sm1:add:share');
  });
});
