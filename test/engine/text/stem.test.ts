import { describe, expect, it } from 'vitest';
import { stem } from '../../../src/engine/text/stem.js';

describe('stem: Indonesian', () => {
  it.each([
    // Roots StemmerId's dictionary has: its own result stands.
    ['tujuan', 'tuju'],
    ['bertujuan', 'tuju'],
    ['ditujukan', 'tuju'],
    ['pertemuan', 'temu'],
    ['perundingan', 'runding'],
    // "setuju" is missing from that dictionary; its derived words must not fall to "tuju".
    ['setuju', 'setuju'],
    ['menyetujui', 'setuju'],
    ['disetujui', 'setuju'],
    ['persetujuan', 'setuju'],
    ['ketidaksetujuan', 'setuju'],
    ['disetujuinya', 'setuju'],
  ])('%s → %s', (word, root) => {
    expect(stem(word, 'id')).toBe(root);
  });

  it('keeps an agreement and an aim apart', () => {
    expect(stem('menyetujui', 'id')).not.toBe(stem('tujuan', 'id'));
  });
});

describe('stem: English', () => {
  it.each([
    ['talks', 'talk'],
    ['agreed', 'agre'],
    // Irregular forms reach their base first, so a question's "meet" finds a report's "met".
    ['met', 'meet'],
    ['meeting', 'meet'],
    ['sat', 'sit'],
    ['held', 'hold'],
    ['spoke', 'speak'],
    // …but not those that are mostly words of their own.
    ['born', 'born'],
    ['left', 'left'],
  ])('%s → %s', (word, root) => {
    expect(stem(word, 'en')).toBe(root);
  });
});
