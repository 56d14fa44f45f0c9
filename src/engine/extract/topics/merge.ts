/**
 * Topics across sources → one ranked list. Same label after folding is one topic; a label that
 * sits inside exactly one longer label ("perdagangan" in "perdagangan global") joins it, while one
 * inside several ("keamanan" in "keamanan siber" and "keamanan internasional") stays apart: it
 * can't say which it means. Ranking: topics a text lists itself first, then weight times spread
 * (another source counts fully, another passage of the same source a quarter).
 */
import type { IndexedSource, TopicFact } from '../../types.js';
import { topicKey } from './words.js';

export interface SourcedFact {
  sourceId: string;
  fact: TopicFact;
}

export interface MergedTopic {
  label: string;
  enumerated: boolean;
  score: number;
  /** Best first. */
  facts: SourcedFact[];
}

interface Group {
  key: string;
  order: number;
  facts: SourcedFact[];
}

export function mergeTopics(sources: readonly IndexedSource[]): MergedTopic[] {
  const groups = new Map<string, Group>();
  for (const source of sources) {
    for (const fact of source.topics) {
      const key = topicKey(fact.label);
      if (!key) continue;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { key, order: groups.size, facts: [] }));
      g.facts.push({ sourceId: source.meta.id, fact });
    }
  }
  const parent = containment(groups);
  const root = (key: string): string => {
    let k = key;
    while (parent.has(k)) k = parent.get(k)!;
    return k;
  };
  const members = new Map<string, Group[]>();
  for (const g of groups.values()) {
    const r = root(g.key);
    const list = members.get(r) ?? [];
    list.push(g);
    members.set(r, list);
  }
  const topics = [...members.values()].map((list) => ({ topic: toTopic(list), order: Math.min(...list.map((g) => g.order)) }));
  topics.sort((a, b) => Number(b.topic.enumerated) - Number(a.topic.enumerated) || b.topic.score - a.topic.score || a.order - b.order);
  return topics.map((t) => t.topic);
}

/** child key → the one longer key containing it as whole words. */
function containment(groups: Map<string, Group>): Map<string, string> {
  const containers = new Map<string, Set<string>>();
  for (const key of groups.keys()) {
    const words = key.split(' ');
    // Labels are a few words long, so listing their sub-phrases is cheap (no pairwise scan).
    for (let len = 1; len < words.length; len++) {
      for (let i = 0; i + len <= words.length; i++) {
        const sub = words.slice(i, i + len).join(' ');
        if (!groups.has(sub)) continue;
        const set = containers.get(sub) ?? new Set<string>();
        set.add(key);
        containers.set(sub, set);
      }
    }
  }
  const parent = new Map<string, string>();
  for (const [sub, set] of containers) if (set.size === 1) parent.set(sub, [...set][0]!);
  return parent;
}

function toTopic(list: Group[]): MergedTopic {
  const facts = list.flatMap((g) => g.facts).sort((a, b) => b.fact.weight - a.fact.weight);
  const passages = new Set(facts.map((f) => `${f.sourceId}#${f.fact.passage}`)).size;
  const sources = new Set(facts.map((f) => f.sourceId)).size;
  const weight = facts[0]?.fact.weight ?? 0;
  // The label most widely used; on a tie the listed one, then the shorter (more general) one.
  const spread = (g: Group) => new Set(g.facts.map((f) => `${f.sourceId}#${f.fact.passage}`)).size;
  const listed = (g: Group) => Number(g.facts.some((f) => f.fact.fromEnumeration));
  const best = [...list].sort((a, b) => spread(b) - spread(a) || listed(b) - listed(a) || a.key.length - b.key.length)[0]!;
  return {
    label: best.facts[0]!.fact.label,
    enumerated: facts.some((f) => f.fact.fromEnumeration),
    score: weight * (sources + 0.25 * (passages - sources)),
    facts,
  };
}
