/** Work run one at a time per key (a scope), in the order it was queued; other keys run alongside. */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const next = previous.then(work, work);
    const settled = next.catch(() => undefined);
    this.tails.set(key, settled);
    void settled.then(() => {
      if (this.tails.get(key) === settled) this.tails.delete(key);
    });
    return next;
  }

  /** Resolves once everything queued so far has finished, failed or not. */
  async idle(): Promise<void> {
    await Promise.allSettled([...this.tails.values()]);
  }
}
