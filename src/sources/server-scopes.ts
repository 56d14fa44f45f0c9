/**
 * Servers' own sources in memory, through GuildLibraries: loaded on first use, the least recently
 * used evicted over the memory budget. Only servers with a folder of their own are ever loaded;
 * the others see the base alone. `get` is synchronous because answering a question is: a server
 * not in memory is loaded on the spot and handed to the cache, which then owns it.
 */
import type { Logger } from '../log.js';
import { estimateLibraryBytes, GuildLibraries, type GuildCacheStats } from './guild-cache.js';
import type { Layout } from './layout.js';
import { loadScope, type ScopeIndex } from './scope-index.js';

export interface ServerScopesOptions {
  layout: Layout;
  log: Logger;
  budgetBytes: number;
  /** Server keys that have a folder of sources. */
  keys: string[];
  /** Ids a server's source may not take (the base's). */
  reserved: (id: string) => boolean;
  /** Called after each load, with why it was rebuilt from files (null: from its snapshot). */
  loaded: (scope: ScopeIndex, rebuilt: string | null, warnings: string[]) => void;
}

export class ServerScopes {
  private readonly cache: GuildLibraries<ScopeIndex>;
  private readonly withSources: Set<string>;
  /** A server loaded synchronously, until the cache has taken it. */
  private readonly handoff = new Map<string, ScopeIndex>();

  constructor(private readonly options: ServerScopesOptions) {
    this.withSources = new Set(options.keys);
    this.cache = new GuildLibraries<ScopeIndex>({
      budgetBytes: options.budgetBytes,
      load: async (key) => this.handoff.get(key) ?? this.load(key),
      estimate: (scope) => estimateLibraryBytes(scope.library),
      onEvict: (key, bytes) => options.log.debug({ scope: key, bytes }, 'Server index evicted from memory'),
    });
  }

  has(key: string): boolean {
    return this.withSources.has(key);
  }

  /** A server now has a folder of its own (its first add or restore). */
  mark(key: string): void {
    this.withSources.add(key);
  }

  /** The server's sources (an empty scope for one about to get its first). */
  get(key: string): ScopeIndex {
    const cached = this.cache.peek(key);
    if (cached) {
      void this.cache.get(key); // marks it recently used
      return cached;
    }
    const handed = this.handoff.get(key);
    if (handed) return handed;
    const loaded = this.load(key);
    this.handoff.set(key, loaded);
    void this.cache.get(key).catch(() => undefined).finally(() => {
      if (this.handoff.get(key) === loaded) this.handoff.delete(key);
    });
    return loaded;
  }

  /** A loaded server changed size: re-estimate, evicting others if it grew past the budget. */
  resized(key: string): void {
    this.cache.resized(key);
  }

  stats(): GuildCacheStats {
    return this.cache.stats();
  }

  private load(key: string): ScopeIndex {
    const { layout } = this.options;
    const loaded = loadScope({ key, folders: [{ dir: layout.sourcesDir(key), origin: 'data' }], snapshotPath: layout.snapshot(key), reserved: this.options.reserved });
    this.options.loaded(loaded.scope, loaded.rebuilt, loaded.warnings);
    return loaded.scope;
  }
}
