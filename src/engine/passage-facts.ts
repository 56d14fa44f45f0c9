/**
 * What indexing found in one passage (its time expressions, and the people it mentions with what
 * the source says they are), gathered from the source's facts when re-ranking asks. Holding this
 * for every passage up front cost about a tenth of a large library's heap; gathering it scans one
 * source's facts, which is cheap next to analyzing the passage itself.
 */
import type { IndexedSource } from './types.js';
import type { PassageFacts } from './answer/candidates.js';

export function passageFacts(source: IndexedSource, passage: number): PassageFacts {
  const people: PassageFacts['people'] = [];
  for (const person of source.people) {
    let description: string | null = null;
    for (const m of person.mentions) {
      if (m.passage !== passage) continue;
      description ??= [person.role, person.side].filter(Boolean).join(' ');
      people.push({ start: m.start, end: m.end, description });
    }
  }
  return { lang: source.meta.lang, times: source.times.filter((t) => t.passage === passage), people };
}
