import { describe, expect, test } from 'vitest';
import { estimateLibraryBytes, GuildLibraries } from '../../src/sources/guild-cache.js';
import { Library } from '../../src/engine/library.js';

/** A stand-in library: its size is whatever the test says. */
interface Fake {
  guild: string;
  bytes: number;
  version: number;
}

function setup(budgetBytes: number, sizes: Record<string, number> = {}) {
  const calls: string[] = [];
  const evicted: string[] = [];
  const versions = new Map<string, number>();
  const pending = new Map<string, () => void>();
  let manual = false;
  const cache = new GuildLibraries<Fake>({
    budgetBytes,
    estimate: (f) => f.bytes,
    onEvict: (id) => evicted.push(id),
    load: async (guild) => {
      calls.push(guild);
      if (guild === 'broken') throw new Error('snapshot damaged');
      if (manual) await new Promise<void>((resolve) => pending.set(guild, resolve));
      const version = (versions.get(guild) ?? 0) + 1;
      versions.set(guild, version);
      return { guild, bytes: sizes[guild] ?? 10, version };
    },
  });
  return { cache, calls, evicted, pending, holdLoads: () => (manual = true) };
}

describe('GuildLibraries', () => {
  test('loads a server on first use and serves it from memory after', async () => {
    const { cache, calls } = setup(100);
    expect((await cache.get('1')).guild).toBe('1');
    expect((await cache.get('1')).guild).toBe('1');
    expect(calls).toEqual(['1']);
    expect(cache.stats()).toMatchObject({ loaded: 1, loads: 1, hits: 1, evictions: 0, estimatedBytes: 10 });
  });

  test('concurrent first uses of one server share a single load', async () => {
    const { cache, calls, pending, holdLoads } = setup(100);
    holdLoads();
    const a = cache.get('7');
    const b = cache.get('7');
    await Promise.resolve();
    pending.get('7')!();
    const [x, y] = await Promise.all([a, b]);
    expect(x).toBe(y);
    expect(calls).toEqual(['7']);
  });

  test.each([
    // budget, servers used in order, loaded afterwards (least recently used first), evicted
    { budget: 30, order: ['a', 'b', 'c'], loaded: ['a', 'b', 'c'], evicted: [] },
    { budget: 30, order: ['a', 'b', 'c', 'd'], loaded: ['b', 'c', 'd'], evicted: ['a'] },
    { budget: 30, order: ['a', 'b', 'c', 'a', 'd'], loaded: ['c', 'a', 'd'], evicted: ['b'] },
    { budget: 20, order: ['a', 'b', 'c', 'd', 'e'], loaded: ['d', 'e'], evicted: ['a', 'b', 'c'] },
  ])('budget $budget, using $order keeps $loaded', async ({ budget, order, loaded, evicted }) => {
    const s = setup(budget);
    for (const id of order) await s.cache.get(id);
    expect(s.cache.loadedIds()).toEqual(loaded);
    expect(s.evicted).toEqual(evicted);
    expect(s.cache.stats().estimatedBytes).toBeLessThanOrEqual(budget);
  });

  test('a server larger than the whole budget is kept alone while in use, and loads again after eviction', async () => {
    const { cache, calls } = setup(25, { big: 40 });
    await cache.get('a');
    await cache.get('big');
    expect(cache.loadedIds()).toEqual(['big']);
    await cache.get('a');
    expect(cache.loadedIds()).toEqual(['a']);
    await cache.get('big');
    expect(calls).toEqual(['a', 'big', 'a', 'big']);
  });

  test('a failed load is not remembered: the error reaches the caller and the next use tries again', async () => {
    const { cache, calls } = setup(100);
    await expect(cache.get('broken')).rejects.toThrow('snapshot damaged');
    await expect(cache.get('broken')).rejects.toThrow('snapshot damaged');
    expect(calls).toEqual(['broken', 'broken']);
    expect(cache.stats().loaded).toBe(0);
  });

  test('invalidate forgets a server, and a load already under way does not put the stale library back', async () => {
    const { cache, pending, holdLoads } = setup(100);
    expect((await cache.get('1')).version).toBe(1);
    cache.invalidate('1');
    expect(cache.peek('1')).toBeUndefined();
    holdLoads();
    const stale = cache.get('1');
    await Promise.resolve();
    cache.invalidate('1');
    pending.get('1')!();
    expect((await stale).version).toBe(2);
    expect(cache.peek('1')).toBeUndefined();
    const fresh = cache.get('1');
    await Promise.resolve();
    pending.get('1')!();
    expect((await fresh).version).toBe(3);
    expect(cache.peek('1')?.version).toBe(3);
  });

  test('resized re-estimates a library that grew and evicts others to fit', async () => {
    const { cache } = setup(30);
    await cache.get('a');
    const b = await cache.get('b');
    b.bytes = 25;
    cache.resized('b');
    expect(cache.loadedIds()).toEqual(['b']);
    expect(cache.stats().estimatedBytes).toBe(25);
  });

  test('refuses a budget that is not positive', () => {
    expect(() => new GuildLibraries({ budgetBytes: 0, load: async () => new Library() })).toThrow('budgetBytes must be a positive number, got 0');
  });
});

describe('estimateLibraryBytes', () => {
  const source = (id: string, body: string) => ({ id, title: id, url: null, published: null, lang: 'id' as const, body });

  test('grows with the text a library holds and shrinks when a source is removed', () => {
    const library = new Library();
    const empty = estimateLibraryBytes(library);
    library.add(source('a', 'Presiden Rusia Vladimir Putin tiba di Anchorage pada hari Jumat.'));
    const one = estimateLibraryBytes(library);
    library.add(source('b', 'Menteri Luar Negeri Sergey Lavrov mendampingi presiden.\nPertemuan berlangsung hampir tiga jam.'));
    const two = estimateLibraryBytes(library);
    expect(one).toBeGreaterThan(empty);
    expect(two).toBeGreaterThan(one);
    library.remove('b');
    expect(estimateLibraryBytes(library)).toBe(one);
  });
});
