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

/** One source's facts for one topic, best first. */
export interface TopicChunk {
  sourceId: string;
  facts: readonly TopicFact[];
}

export interface MergedTopic {
  label: string;
  /** The label folded and single-spaced (topicKey), and its words: for matching what a user types. */
  key: string;
  words: string[];
  enumerated: boolean;
  score: number;
  /** Best source first. */
  chunks: TopicChunk[];
}

export interface TopicIndex {
  /** Best first. */
  topics: MergedTopic[];
  /** Every label key seen (merged ones too) → its topic. */
  byKey: Map<string, MergedTopic>;
}

/** What one source says about one topic key; computed once per indexed source. */
interface SourceTopic {
  key: string;
  facts: TopicFact[];
  passages: number;
  listed: boolean;
}

interface Group {
  key: string;
  order: number;
  chunks: TopicChunk[];
  sources: number;
  passages: number;
  listed: boolean;
}

const summaries = new WeakMap<IndexedSource, SourceTopic[]>();

export function mergeTopics(sources: readonly IndexedSource[]): TopicIndex {
  const groups = new Map<string, Group>();
  for (const source of sources) {
    for (const st of summarize(source)) {
      let g = groups.get(st.key);
      if (!g) groups.set(st.key, (g = { key: st.key, order: groups.size, chunks: [], sources: 0, passages: 0, listed: false }));
      g.chunks.push({ sourceId: source.meta.id, facts: st.facts });
      g.sources++;
      g.passages += st.passages;
      g.listed ||= st.listed;
    }
  }
  const parent = containment(groups);
  const members = new Map<string, Group[]>();
  for (const g of groups.values()) {
    let root = g.key;
    while (parent.has(root)) root = parent.get(root)!;
    const list = members.get(root);
    if (list) list.push(g);
    else members.set(root, [g]);
  }
  const ranked: Array<{ topic: MergedTopic; order: number }> = [];
  const byKey = new Map<string, MergedTopic>();
  for (const list of members.values()) {
    const topic = toTopic(list);
    ranked.push({ topic, order: Math.min(...list.map((g) => g.order)) });
    for (const g of list) byKey.set(g.key, topic);
  }
  ranked.sort((a, b) => Number(b.topic.enumerated) - Number(a.topic.enumerated) || b.topic.score - a.topic.score || a.order - b.order);
  return { topics: ranked.map((r) => r.topic), byKey };
}

/** The topic's facts, best source first, each source's best fact first. */
export function* topicFacts(topic: MergedTopic): Generator<SourcedFact> {
  for (const chunk of topic.chunks) for (const fact of chunk.facts) yield { sourceId: chunk.sourceId, fact };
}

function summarize(source: IndexedSource): SourceTopic[] {
  let summary = summaries.get(source);
  if (summary) return summary;
  const byKey = new Map<string, SourceTopic & { seen: Set<number> }>();
  for (const fact of source.topics) {
    const key = topicKey(fact.label);
    if (!key) continue;
    let st = byKey.get(key);
    if (!st) byKey.set(key, (st = { key, facts: [], passages: 0, listed: false, seen: new Set() }));
    st.facts.push(fact);
    st.listed ||= fact.fromEnumeration;
    if (!st.seen.has(fact.passage)) { st.seen.add(fact.passage); st.passages++; }
  }
  summary = [...byKey.values()].map(({ seen: _seen, ...st }) => ({ ...st, facts: st.facts.sort((a, b) => b.weight - a.weight) }));
  summaries.set(source, summary);
  return summary;
}

/** child key → the one longer key containing it as whole words. */
function containment(groups: Map<string, Group>): Map<string, string> {
  const containers = new Map<string, string | null>();
  for (const key of groups.keys()) {
    const words = key.split(' ');
    // Labels are a few words long, so listing their sub-phrases is cheap (no pairwise scan).
    for (let len = 1; len < words.length; len++) {
      for (let i = 0; i + len <= words.length; i++) {
        const sub = words.slice(i, i + len).join(' ');
        if (!groups.has(sub)) continue;
        const seen = containers.get(sub);
        containers.set(sub, seen === undefined || seen === key ? key : null);
      }
    }
  }
  const parent = new Map<string, string>();
  for (const [sub, container] of containers) if (container !== null) parent.set(sub, container);
  return parent;
}

function toTopic(list: Group[]): MergedTopic {
  const chunks = list.length === 1 ? list[0]!.chunks : list.flatMap((g) => g.chunks);
  chunks.sort((a, b) => b.facts[0]!.weight - a.facts[0]!.weight);
  const sources = list.length === 1 ? list[0]!.sources : new Set(chunks.map((c) => c.sourceId)).size;
  const passages = list.reduce((n, g) => n + g.passages, 0);
  // The label most widely used; on a tie the listed one, then the shorter (more general) one.
  let best = list[0]!;
  for (const g of list) {
    const d = g.passages - best.passages || Number(g.listed) - Number(best.listed) || best.key.length - g.key.length;
    if (d > 0) best = g;
  }
  return {
    label: best.chunks[0]!.facts[0]!.label,
    key: best.key,
    words: best.key.split(' '),
    enumerated: list.some((g) => g.listed),
    score: (chunks[0]?.facts[0]?.weight ?? 0) * (sources + 0.25 * (passages - sources)),
    chunks,
  };
}
