/**
 * Writing index snapshots after changes, lazily: a change marks its scope, and the scope's
 * snapshot is written once things have been quiet for a moment (a burst of adds costs one write),
 * or at once on flush(). A failed write is logged and costs nothing but a rebuild at the next
 * start: the files, not the snapshot, are the truth.
 */
import type { Logger } from '../log.js';
import type { ScopeIndex } from './scope-index.js';
import { writeSnapshot } from './snapshot.js';
import type { StepHook } from './store.js';

export class SnapshotWriter {
  /** Scopes changed since their last snapshot; held here until written, even if evicted meanwhile. */
  private readonly dirty = new Map<string, ScopeIndex>();
  /** One write at a time per scope, so an older state never lands after a newer one. */
  private readonly writing = new Map<string, Promise<void>>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly pathOf: (key: string) => string,
    private readonly log: Logger,
    private readonly delayMs: number,
    private readonly step: StepHook = () => undefined,
  ) {}

  schedule(scope: ScopeIndex): void {
    this.dirty.set(scope.key, scope);
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, this.delayMs);
    // Never what keeps a process alive: an unwritten snapshot is only a slower next start.
    this.timer.unref();
  }

  /** Writes every pending snapshot now. */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const pending = [...this.dirty.values()];
    this.dirty.clear();
    await Promise.all(pending.map((scope) => this.write(scope)));
  }

  write(scope: ScopeIndex): Promise<void> {
    const previous = this.writing.get(scope.key) ?? Promise.resolve();
    const next = previous.then(async () => {
      const started = performance.now();
      try {
        await writeSnapshot(this.pathOf(scope.key), scope.toSnapshot(), () => this.step('snapshot-temp'));
        this.step('snapshot');
        this.log.debug({ scope: scope.key, sources: scope.entries.size, ms: Math.round(performance.now() - started) }, 'Index snapshot written');
      } catch (error) {
        this.log.warn({ err: error, scope: scope.key }, 'Could not write the index snapshot; the next start indexes this scope from its files');
      }
    });
    this.writing.set(scope.key, next);
    void next.finally(() => {
      if (this.writing.get(scope.key) === next) this.writing.delete(scope.key);
    });
    return next;
  }
}
