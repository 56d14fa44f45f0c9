/**
 * The baseline every figure is printed beside: MiniSearch with default options over the same
 * passages, asked the same questions.
 */
import MiniSearch from 'minisearch';
import type { Passage } from '../engine/types.js';

export class PlainSearch {
  private readonly ms = new MiniSearch<{ id: string; text: string }>({ fields: ['text'] });
  private readonly sourceOf = new Map<string, string>();

  constructor(passages: Iterable<Passage>) {
    const docs = [];
    for (const p of passages) {
      docs.push({ id: p.key, text: p.text });
      this.sourceOf.set(p.key, p.sourceId);
    }
    this.ms.addAll(docs);
  }

  /** Ranked passage keys. */
  search(question: string, limit = 5): Passage['key'][] {
    return this.ms.search(question).slice(0, limit).map((r) => r.id as string);
  }

  /** Ranked source ids (one per passage hit). */
  searchSources(question: string, limit = 5): string[] {
    return this.search(question, limit).map((k) => this.sourceOf.get(k)!);
  }
}
