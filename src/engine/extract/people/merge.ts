/**
 * One person across sources: full names are merged when their surnames spell the same name and
 * their given names agree (names.ts); a source that only ever says "Lavrov" joins the full
 * "Sergey Lavrov" of another source. Two people who share a surname but not a given name
 * ("Donald Trump", another Trump) stay apart; a surname alone then goes to the one mentioned most.
 */
import type { PersonFact, SourceMeta } from '../../types.js';
import { nameWords, personKey, sameName, sameWord, surnameBuckets } from './names.js';

export interface MergedPerson {
  /** personKey() of `name`. */
  key: string;
  /** The fullest form any source uses. */
  name: string;
  variants: string[];
  role: string | null;
  side: string | null;
  /** False when a source says the person was absent. */
  attended: boolean;
  /** Some source says the person took part (PersonFact.tookPart). */
  tookPart: boolean;
  /** What each source says about the person, in source order. */
  facts: Array<{ meta: SourceMeta; fact: PersonFact }>;
  mentionCount: number;
}

interface Cluster {
  words: string[];
  facts: Array<{ meta: SourceMeta; fact: PersonFact; order: number }>;
  /** Cached sum of the facts' mentions; cleared when a fact joins. */
  mentions?: number | undefined;
}

export function mergePeople(perSource: Array<{ meta: SourceMeta; people: PersonFact[] }>): MergedPerson[] {
  const clusters: Cluster[] = [];
  const bySurname = new Map<string, Cluster[]>();
  // Most sources spell a name the way another already did: try the exact spelling first.
  const bySpelling = new Map<string, Cluster>();
  const candidates = (surname: string) => surnameBuckets(surname).flatMap((b) => bySurname.get(b) ?? []);
  const open = (words: string[]): Cluster => {
    const cluster: Cluster = { words, facts: [] };
    clusters.push(cluster);
    for (const b of surnameBuckets(words[words.length - 1]!)) {
      const list = bySurname.get(b);
      if (list) list.push(cluster);
      else bySurname.set(b, [cluster]);
    }
    return cluster;
  };

  const entries = perSource.flatMap(({ meta, people }, s) =>
    people.map((fact, i) => ({ meta, fact, order: s * 1e6 + i, words: nameWords(fact.name) })),
  ).filter((e) => e.words.length > 0);

  for (const e of entries.filter((x) => x.words.length > 1)) {
    const spelling = e.words.join(' ');
    const cluster =
      bySpelling.get(spelling) ??
      candidates(e.words[e.words.length - 1]!).find((c) => c.words.length > 1 && sameName(c.words, e.words)) ??
      open(e.words);
    bySpelling.set(spelling, cluster);
    cluster.facts.push(e);
    cluster.mentions = undefined;
    if (e.words.length > cluster.words.length) cluster.words = e.words;
  }
  for (const e of entries.filter((x) => x.words.length === 1)) {
    const matches = candidates(e.words[0]!).filter((c) => sameWord(c.words[c.words.length - 1]!, e.words[0]!));
    const cluster = matches.reduce<Cluster | undefined>((a, b) => (!a || mentions(b) > mentions(a) ? b : a), undefined) ?? open(e.words);
    cluster.facts.push(e);
    cluster.mentions = undefined;
  }
  return clusters.map(summarize);
}

/** Mentions across a cluster's facts, kept until the cluster gains a fact. */
function mentions(c: Cluster): number {
  return (c.mentions ??= c.facts.reduce((n, f) => n + f.fact.mentions.length, 0));
}

function summarize(c: Cluster): MergedPerson {
  const facts = [...c.facts].sort((a, b) => a.order - b.order);
  const names = facts.map((f) => f.fact.name);
  // Counted once: a person named in a thousand facts must not cost a million comparisons.
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  const count = (n: string) => counts.get(n)!;
  const words = (n: string) => n.split(/\s+/).length;
  const name = names.reduce((a, b) => (words(b) > words(a) || (words(b) === words(a) && count(b) > count(a)) ? b : a));
  const stated = facts.find((f) => f.fact.role && f.fact.side);
  return {
    key: personKey(name),
    name,
    variants: [...new Set(facts.flatMap((f) => f.fact.variants))],
    role: stated?.fact.role ?? facts.find((f) => f.fact.role)?.fact.role ?? null,
    side: stated?.fact.side ?? facts.find((f) => f.fact.side)?.fact.side ?? null,
    attended: facts.every((f) => f.fact.attended),
    tookPart: facts.some((f) => f.fact.tookPart),
    facts: facts.map(({ meta, fact }) => ({ meta, fact })),
    mentionCount: mentions(c),
  };
}
