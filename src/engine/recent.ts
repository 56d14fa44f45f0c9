/**
 * A bounded cache that keeps the most recently used entries: what re-ranking derives from a
 * passage is asked for again by the next question about the same subject, but holding it for every
 * passage of a large library would cost more memory than the index itself.
 */
export class RecentCache<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly capacity: number) {}

  /** The cached value, or `make()`'s, which is then kept (evicting the least recently used). */
  get(key: K, make: () => V): V {
    let value = this.entries.get(key);
    if (value !== undefined) {
      // A Map iterates in insertion order: re-inserting marks the entry as the newest.
      this.entries.delete(key);
    } else {
      value = make();
      if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value!);
    }
    this.entries.set(key, value);
    return value;
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
