/**
 * The libraries of servers' own sources, for a bot in many servers: each is loaded on first use
 * (through an injected loader, e.g. from its snapshot on disk) and the least recently used are
 * evicted when the estimated memory of those loaded exceeds a budget (GUILD_INDEX_BUDGET_MB).
 * Concurrent first uses of one server share a single load. An evicted library that a caller still
 * holds stays valid for that caller; it is only dropped from the cache.
 */
import type { Library } from '../engine/library.js';

export type GuildLoader<L> = (guildId: string) => Promise<L>;

export interface GuildLibrariesOptions<L> {
  load: GuildLoader<L>;
  budgetBytes: number;
  /** Estimated bytes a loaded library holds; defaults to estimateLibraryBytes. */
  estimate?: (library: L) => number;
  /** Called after a library leaves the cache (e.g. for a log line). */
  onEvict?: (guildId: string, estimatedBytes: number) => void;
}

export interface GuildCacheStats {
  loaded: number;
  estimatedBytes: number;
  hits: number;
  loads: number;
  evictions: number;
}

interface Entry<L> {
  library: L;
  bytes: number;
}

export class GuildLibraries<L = Library> {
  /** Map order is recency: the first entry is the least recently used. */
  private readonly entries = new Map<string, Entry<L>>();
  private readonly pending = new Map<string, { generation: number; promise: Promise<L> }>();
  /** Bumped by invalidate(), so a load that started before it does not put stale data back. */
  private readonly generations = new Map<string, number>();
  private readonly estimate: (library: L) => number;
  private total = 0;
  private counts = { hits: 0, loads: 0, evictions: 0 };

  constructor(private readonly options: GuildLibrariesOptions<L>) {
    if (!(options.budgetBytes > 0)) throw new RangeError(`budgetBytes must be a positive number, got ${options.budgetBytes}`);
    this.estimate = options.estimate ?? (estimateLibraryBytes as unknown as (library: L) => number);
  }

  /** The server's library, loading it if it is not in memory; marks it most recently used. */
  get(guildId: string): Promise<L> {
    const entry = this.entries.get(guildId);
    if (entry) {
      this.counts.hits++;
      this.touch(guildId, entry);
      return Promise.resolve(entry.library);
    }
    const inFlight = this.pending.get(guildId);
    if (inFlight) return inFlight.promise;
    const generation = this.generations.get(guildId) ?? 0;
    this.counts.loads++;
    const promise = this.options.load(guildId).then(
      (library) => {
        this.pending.delete(guildId);
        if ((this.generations.get(guildId) ?? 0) === generation) this.insert(guildId, library);
        return library;
      },
      (error: unknown) => {
        // A failed load is not remembered: the next use tries again.
        this.pending.delete(guildId);
        throw error;
      },
    );
    this.pending.set(guildId, { generation, promise });
    return promise;
  }

  /** The library if it is in memory, without loading or changing recency. */
  peek(guildId: string): L | undefined {
    return this.entries.get(guildId)?.library;
  }

  /**
   * Re-estimates a library that changed in place (a source added or removed), evicting others if
   * it grew past the budget.
   */
  resized(guildId: string): void {
    const entry = this.entries.get(guildId);
    if (!entry) return;
    const bytes = this.estimate(entry.library);
    this.total += bytes - entry.bytes;
    entry.bytes = bytes;
    this.touch(guildId, entry);
    this.evictOver(guildId);
  }

  /** Forgets a server's library (its sources changed on disk); the next use loads it again. */
  invalidate(guildId: string): void {
    this.generations.set(guildId, (this.generations.get(guildId) ?? 0) + 1);
    this.pending.delete(guildId);
    const entry = this.entries.get(guildId);
    if (entry) this.drop(guildId, entry);
  }

  stats(): GuildCacheStats {
    return { loaded: this.entries.size, estimatedBytes: this.total, ...this.counts };
  }

  /** Loaded server ids, least recently used first. */
  loadedIds(): string[] {
    return [...this.entries.keys()];
  }

  private insert(guildId: string, library: L): void {
    const old = this.entries.get(guildId);
    if (old) this.drop(guildId, old);
    const bytes = this.estimate(library);
    this.entries.set(guildId, { library, bytes });
    this.total += bytes;
    this.evictOver(guildId);
  }

  private touch(guildId: string, entry: Entry<L>): void {
    this.entries.delete(guildId);
    this.entries.set(guildId, entry);
  }

  /** Evicts least recently used libraries until the total fits, never `keep` (it is in use). */
  private evictOver(keep: string): void {
    for (const [id, entry] of this.entries) {
      if (this.total <= this.options.budgetBytes) return;
      if (id === keep) continue;
      this.drop(id, entry);
      this.counts.evictions++;
      this.options.onEvict?.(id, entry.bytes);
    }
  }

  private drop(guildId: string, entry: Entry<L>): void {
    this.entries.delete(guildId);
    this.total -= entry.bytes;
  }
}

/**
 * Heap bytes a library holds, estimated from what it stores: the characters of its passages and
 * the number of distinct words in them (one pass with a Set, about 1 ms per 100 passages, no
 * serialization). Distinct words matter because the index pays per term (a radix-tree node and
 * posting maps), which is why a small library costs far more per passage than a big one whose
 * words repeat. Calibrated against measured heap with `npm run bench -- --calibrate` (libraries
 * of 50 to 10,000 benchmark passages, heap after a full collection minus the heap before, least
 * squares); see LIBRARY_BYTES for the fit and its error.
 */
export const LIBRARY_BYTES = {
  // Fitted on libraries of 30, 100, 300, 1,000, 3,000 and 10,000 passages (holding 667 down to 2
  // copies at once): base 30,356 B, 8.12 B a character, 530 B a distinct word; the fit is within
  // 3% of the measured heap at every size (e.g. 100 passages: 1.82 MB measured, 1.79 MB estimated).
  // Benchmark text repeats the FacQA vocabulary; texts with more varied words cost more per
  // character, which the word-type term follows.
  base: 30_000,
  perChar: 8,
  perWordType: 530,
};

export interface LibraryFootprint {
  chars: number;
  wordTypes: number;
  passages: number;
}

export function libraryFootprint(library: Pick<Library, 'sources'>): LibraryFootprint {
  let chars = 0;
  let passages = 0;
  const words = new Set<string>();
  for (const source of library.sources()) {
    passages += source.passages.length;
    for (const p of source.passages) {
      chars += p.text.length;
      for (const word of p.text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (word) words.add(word);
    }
  }
  return { chars, wordTypes: words.size, passages };
}

export function estimateLibraryBytes(library: Pick<Library, 'sources'>): number {
  const { chars, wordTypes } = libraryFootprint(library);
  return LIBRARY_BYTES.base + chars * LIBRARY_BYTES.perChar + wordTypes * LIBRARY_BYTES.perWordType;
}
