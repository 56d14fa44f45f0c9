/**
 * Plain MiniSearch as the benchmark's yardstick: default options (as src/eval/plain.ts), over the
 * same passages, holding what a bot needs to quote an answer: the index plus a Map of passage
 * texts by key. Its memory figure counts both.
 */
import MiniSearch from 'minisearch';
import type { Passage } from '../engine/types.js';

export class PlainBaseline {
  private readonly ms = new MiniSearch<{ id: string; text: string }>({ fields: ['text'] });
  private readonly texts = new Map<string, string>();

  constructor(passages: Iterable<Passage>) {
    const docs: Array<{ id: string; text: string }> = [];
    for (const p of passages) {
      docs.push({ id: p.key, text: p.text });
      this.texts.set(p.key, p.text);
    }
    this.ms.addAll(docs);
  }

  get size(): number {
    return this.ms.documentCount;
  }

  /** The best passages with their texts (what an answer would quote). */
  search(question: string, limit = 5): Array<{ key: string; text: string }> {
    return this.ms.search(question).slice(0, limit).map((r) => ({ key: r.id as string, text: this.texts.get(r.id as string) ?? '' }));
  }
}
