import { describe, expect, test } from 'vitest';
import { RecentCache } from '../../src/engine/recent.js';

describe('RecentCache', () => {
  test('keeps what it made, up to its capacity, evicting the least recently used', () => {
    const cache = new RecentCache<string, number>(2);
    let made = 0;
    const get = (k: string) => cache.get(k, () => ++made);
    expect([get('a'), get('b'), get('a')]).toEqual([1, 2, 1]);
    get('c'); // evicts b: a was used more recently
    expect(cache.size).toBe(2);
    expect(get('a')).toBe(1);
    expect(get('b')).toBe(4);
  });

  test('clear forgets everything', () => {
    const cache = new RecentCache<string, number>(4);
    cache.get('a', () => 1);
    cache.clear();
    expect(cache.get('a', () => 2)).toBe(2);
  });
});
