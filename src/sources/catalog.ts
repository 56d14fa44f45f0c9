/**
 * Every source the bot answers from, and the changes moderators and operators make to them. The
 * base scope (corpus/ plus sources added for every server) is loaded at start; each server's own
 * sources are loaded on first use and evicted under the memory budget (GuildLibraries). A change
 * is checked completely first, then written (store.ts: the files decide), then applied to the
 * live index incrementally, then snapshotted lazily. Changes to one scope run one at a time, so
 * two moderators adding at once both succeed, with distinct ids.
 */
import { join } from 'node:path';
import type { IndexedSource, SourceMeta } from '../engine/types.js';
import type { Logger } from '../log.js';
import { listSourceFiles } from './corpus.js';
import type { GuildCacheStats } from './guild-cache.js';
import { prepareUpload, type AddOptions, type Label, type Upload } from './intake.js';
import { GLOBAL, scopeKey } from './layout.js';
import { SourceProblemError } from './problems.js';
import { recover } from './recover.js';
import { textHash, type SourceRecord } from './records.js';
import { KeyedQueue } from './keyed-queue.js';
import { loadScope, type ScopeEntry, type ScopeIndex } from './scope-index.js';
import { ServerScopes } from './server-scopes.js';
import { freeId, refuseDuplicate } from './uniqueness.js';
import { SnapshotWriter } from './snapshot-writer.js';
import { SourceStore, type RemovedSource, type StepHook } from './store.js';

export interface CatalogOptions {
  corpusDir: string;
  dataDir: string;
  log: Logger;
  /** Memory for servers' own indexes, all together (GUILD_INDEX_BUDGET_MB). */
  budgetBytes?: number;
  /** Days a removed source stays restorable (SOURCE_RETENTION_DAYS). */
  retentionDays?: number;
  /** How long after a change its snapshot is written. */
  snapshotDelayMs?: number;
  onStep?: StepHook;
  now?: () => Date;
}

export interface AddRequest {
  guildId: string | null;
  userId: string;
  upload: Upload;
  options: AddOptions;
  /** 'file-name' (the command line): the id is the file's name and a taken id is refused; 'free': a free id is chosen. */
  naming?: 'file-name' | 'free';
  label?: Label;
}

export interface CatalogSource {
  scope: string;
  /** A base corpus file, or a source added in the data folder. */
  origin: 'corpus' | 'data';
  /** True when it is a base source every server sees, looked at from a server. */
  shared: boolean;
  indexed: IndexedSource;
  record: SourceRecord | null;
}

export interface RemovedResult {
  record: SourceRecord;
  meta: SourceMeta;
  /** When it stops being restorable. */
  restorableUntil: Date;
}

const MB = 1024 * 1024;

export class SourceCatalog {
  private readonly servers: ServerScopes;
  private readonly queue = new KeyedQueue();
  private readonly snapshots: SnapshotWriter;
  private readonly now: () => Date;

  private constructor(readonly base: ScopeIndex, readonly store: SourceStore, serverKeys: string[], private readonly options: CatalogOptions) {
    this.now = options.now ?? (() => new Date());
    this.snapshots = new SnapshotWriter((key) => store.layout.snapshot(key), options.log, options.snapshotDelayMs ?? 1000, store.step);
    this.servers = new ServerScopes({
      layout: store.layout,
      log: options.log,
      budgetBytes: options.budgetBytes ?? 64 * MB,
      keys: serverKeys,
      reserved: (id) => this.base.entries.has(id),
      loaded: (scope, rebuilt, warnings) => {
        this.report(scope, rebuilt, warnings);
        if (rebuilt !== null && scope.entries.size + scope.skipped.size > 0) this.snapshots.schedule(scope);
      },
    });
  }

  /** Recovers interrupted writes, purges expired removals, loads the base scope. */
  static async open(options: CatalogOptions): Promise<SourceCatalog> {
    const { log } = options;
    const store = new SourceStore(options.dataDir, { onStep: options.onStep });
    await listSourceFiles(options.corpusDir); // a missing corpus folder is the operator's to fix, named
    await recover(store, log);
    const purged = await store.purge(options.retentionDays ?? 30, options.now?.() ?? new Date());
    if (purged.length > 0) log.info({ count: purged.length }, `Deleted ${purged.length} removed source(s) past the retention period`);
    const loaded = loadScope({
      key: GLOBAL,
      folders: [{ dir: options.corpusDir, origin: 'corpus' }, { dir: store.layout.sourcesDir(GLOBAL), origin: 'data' }],
      snapshotPath: store.layout.snapshot(GLOBAL),
    });
    const serverKeys = (await store.scopes()).filter((k) => k !== GLOBAL);
    const catalog = new SourceCatalog(loaded.scope, store, serverKeys, options);
    catalog.report(loaded.scope, loaded.rebuilt, loaded.warnings);
    if (loaded.rebuilt !== null) await catalog.snapshots.write(loaded.scope);
    return catalog;
  }

  /** A server's own sources, loading them if needed (synchronously); null when it has none. */
  scope(guildId: string): ScopeIndex | null {
    const key = scopeKey(guildId);
    return this.servers.has(key) ? this.servers.get(key) : null;
  }

  async add(request: AddRequest): Promise<CatalogSource> {
    const key = scopeKey(request.guildId);
    const draft = prepareUpload(request.upload, request.options, request.label);
    return this.queue.run(key, async () => {
      const scope = this.writable(key);
      const removed = await this.store.removed(key);
      let id = request.naming === 'file-name' ? (draft.fileId ?? draft.preferredId) : draft.preferredId;
      if (request.naming === 'file-name' && (this.base.entries.has(id) || scope.entries.has(id))) throw new SourceProblemError({ kind: 'id-taken', id });
      refuseDuplicate(this.base, scope, key, textHash(draft.source.body), removed);
      const failed = new Set<string>();
      const taken = (id: string) => failed.has(id) || this.base.entries.has(id) || scope.entries.has(id) || removed.some((r) => r.id === id);
      if (request.naming !== 'file-name') id = freeId(id, taken);
      let record: SourceRecord;
      for (;;) {
        try {
          record = await this.store.add(key, { id, ...draft.source }, { user: request.userId, at: this.now(), origin: draft.origin });
          break;
        } catch (error) {
          // A file of that name that did not load (placed by hand): take the next free id.
          if (!(error instanceof SourceProblemError) || request.naming === 'file-name') throw error;
          failed.add(id);
          id = freeId(id, taken);
        }
      }
      this.servers.mark(key);
      const live = this.writable(key);
      const indexed = live.add({ id, ...draft.source }, entryOf(record));
      this.changed(live, 'added', id, request.userId);
      return { scope: key, origin: 'data', shared: false, indexed, record };
    });
  }

  async remove(guildId: string | null, id: string, userId: string): Promise<RemovedResult> {
    const key = scopeKey(guildId);
    return this.queue.run(key, async () => {
      const scope = this.existing(key);
      const entry = scope?.entries.get(id);
      if (!scope || !entry || entry.origin !== 'data') {
        if (this.base.entries.has(id)) throw new SourceProblemError({ kind: 'base-source', id });
        throw new SourceProblemError({ kind: 'unknown-id', id });
      }
      const fileName = entry.file.slice('data/'.length);
      const record = entry.record ?? (await this.store.readStored(key, join(this.store.layout.sourcesDir(key), fileName), id)).record;
      const meta = scope.library.get(id)!.meta;
      const removed = await this.store.remove(key, fileName, record, { user: userId, at: this.now() });
      const live = this.existing(key)!;
      live.remove(id);
      this.changed(live, 'removed', id, userId);
      return { record: removed, meta, restorableUntil: new Date(Date.parse(removed.removedAt!) + this.retentionDays * 86_400_000) };
    });
  }

  async restore(guildId: string | null, id: string, userId: string): Promise<CatalogSource> {
    const key = scopeKey(guildId);
    return this.queue.run(key, async () => {
      const removed = (await this.store.removed(key)).find((r) => r.id === id);
      if (!removed) throw new SourceProblemError({ kind: 'not-removed', id });
      const scope = this.writable(key);
      if (scope.entries.has(id) || this.base.entries.has(id)) throw new SourceProblemError({ kind: 'restore-clash', id });
      if (removed.record) refuseDuplicate(this.base, scope, key, removed.record.textSha256, []);
      const { source, record } = await this.store.restore(key, removed, { user: userId, at: this.now() });
      this.servers.mark(key);
      const live = this.writable(key);
      const indexed = live.add(source, entryOf(record));
      this.changed(live, 'restored', id, userId);
      return { scope: key, origin: 'data', shared: false, indexed, record };
    });
  }

  /** The sources added to a scope (not the base corpus), newest first. */
  list(guildId: string | null): CatalogSource[] {
    const key = scopeKey(guildId);
    const scope = this.existing(key);
    if (!scope) return [];
    return [...scope.entries.values()]
      .filter((e) => e.origin === 'data')
      .map((e) => this.describe(key, scope, e))
      .sort((a, b) => (b.record?.addedAt ?? '').localeCompare(a.record?.addedAt ?? '') || a.indexed.meta.id.localeCompare(b.indexed.meta.id));
  }

  /** One source visible in a scope: its own, or a base source (marked shared). */
  get(guildId: string | null, id: string): CatalogSource | undefined {
    const key = scopeKey(guildId);
    const scope = this.existing(key);
    const own = scope?.entries.get(id);
    if (scope && own) return this.describe(key, scope, own);
    const shared = this.base.entries.get(id);
    return shared ? { ...this.describe(GLOBAL, this.base, shared), shared: key !== GLOBAL } : undefined;
  }

  /** Removed sources of a scope that can still be restored, newest first. */
  removed(guildId: string | null): Promise<RemovedSource[]> {
    return this.store.removed(scopeKey(guildId));
  }

  /** Days a removed source stays restorable. */
  get retentionDays(): number {
    return this.options.retentionDays ?? 30;
  }

  /** How many base sources every server sees. */
  baseCount(): number {
    return this.base.entries.size;
  }

  stats(): GuildCacheStats {
    return this.servers.stats();
  }

  /** Writes pending snapshots after the changes in flight are done. */
  async close(): Promise<void> {
    await this.queue.idle();
    await this.snapshots.flush();
  }

  private describe(key: string, scope: ScopeIndex, entry: ScopeEntry): CatalogSource {
    return { scope: key, origin: entry.origin, shared: false, indexed: scope.library.get(entry.id)!, record: entry.record };
  }

  /** The scope to write to (a server's is created empty on its first add). */
  private writable(key: string): ScopeIndex {
    return key === GLOBAL ? this.base : this.servers.get(key);
  }

  private existing(key: string): ScopeIndex | null {
    if (key === GLOBAL) return this.base;
    return this.servers.has(key) ? this.servers.get(key) : null;
  }

  private report(scope: ScopeIndex, rebuilt: string | null, warnings: string[]): void {
    const { log } = this.options;
    for (const warning of warnings) log.warn(warning);
    const fields = { scope: scope.key, sources: scope.entries.size };
    if (rebuilt === null) log.info(fields, `Loaded the index of "${scope.key}" from its snapshot`);
    else if (scope.entries.size + scope.skipped.size === 0) log.debug({ ...fields, reason: rebuilt }, `"${scope.key}" has no sources yet`);
    else log.info({ ...fields, reason: rebuilt }, `Indexed "${scope.key}" from its files: ${rebuilt}`);
  }

  /** After a change is on disk and in the live index: the memory estimate, the snapshot, one log line. */
  private changed(scope: ScopeIndex, what: 'added' | 'removed' | 'restored', id: string, user: string): void {
    if (scope.key !== GLOBAL) this.servers.resized(scope.key);
    this.snapshots.schedule(scope);
    this.options.log.info({ scope: scope.key, source: id, user, sources: scope.entries.size }, `Source ${what}`);
  }
}

function entryOf(record: SourceRecord): ScopeEntry {
  return { id: record.id, origin: 'data', file: `data/${record.id}.md`, sha256: record.sha256, textSha256: record.textSha256, record };
}
