/**
 * What a moderator is told about a stored source: its metadata, how many passages it gives, and
 * the people and dates indexing found in it, so they can see at once what the bot will know.
 */
import type { SourceMeta, TimeKind } from '../engine/types.js';
import type { CatalogSource } from './catalog.js';

export interface SourceCard extends SourceMeta {
  passages: number;
  /** People named in it, as the source writes them, in order of appearance. */
  people: string[];
  /** Time expressions as written: calendar dates first, then the others, each once. */
  dates: string[];
  addedBy: string | null;
  addedAt: string | null;
  /** A base source every server sees (not this server's own). */
  shared: boolean;
}

const DATE_ORDER: TimeKind[] = ['date', 'time', 'year', 'duration', 'relative'];

export function sourceCard(source: CatalogSource, limit = 15): SourceCard {
  const { meta, passages, people, times } = source.indexed;
  const names = distinct(people.map((p) => p.name));
  const byKind = [...times].sort((a, b) => DATE_ORDER.indexOf(a.kind) - DATE_ORDER.indexOf(b.kind) || a.passage - b.passage || a.start - b.start);
  return {
    ...meta,
    passages: passages.length,
    people: names.slice(0, limit),
    dates: distinct(byKind.map((t) => t.text)).slice(0, limit),
    addedBy: source.record?.addedBy ?? null,
    addedAt: source.record?.addedAt ?? null,
    shared: source.shared,
  };
}

function distinct(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = v.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
