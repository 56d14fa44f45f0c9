/**
 * The roster: every person the visible sources name, merged across sources (merge.ts), with the
 * lookups answering /who needs — role and side words, surnames and given names (transliteration
 * tolerant), the people named in each passage, and the order of prominence. Built once per set of
 * visible sources and reused until a source is added or removed.
 */
import type { CorpusView, IndexedSource } from '../../types.js';
import { indexTerms } from '../../text/analyze.js';
import { fold } from '../../text/normalize.js';
import { PRINCIPAL_TITLES, SUBORDINATE_WORDS } from './lexicon.js';
import { mergePeople, type MergedPerson } from './merge.js';
import { normalizeWord, sameWord, surnameBuckets } from './names.js';

export interface Roster {
  people: MergedPerson[];
  /** Analyzed term of a role → the people who hold it; of a side → the people on it. */
  roleIndex: Map<string, number[]>;
  sideIndex: Map<string, number[]>;
  /** Each person's role and side terms together. */
  roleTerms: Array<Set<string>>;
  surnames: NameIndex;
  givenNames: NameIndex;
  /** `${sourceId}#${passage}` → the people named there and where. */
  byPassage: Map<string, Array<{ person: number; start: number; end: number }>>;
  /** Principals (heads of state or government) first, then people with a stated role or side, then by sources and mentions. */
  byProminence: number[];
  /** Each person's place in `byProminence`. */
  rank: number[];
}

const cache = new WeakMap<CorpusView, { sources: readonly IndexedSource[]; roster: Roster }>();

/** The roster of a view's sources, cached while the view shows the same sources. */
export function rosterOf(view: CorpusView): Roster {
  const sources = view.sources();
  const cached = cache.get(view);
  if (cached && cached.sources.length === sources.length && cached.sources.every((s, i) => s === sources[i])) return cached.roster;
  const roster = buildRoster(sources);
  cache.set(view, { sources, roster });
  return roster;
}

export function buildRoster(sources: readonly IndexedSource[]): Roster {
  const people = mergePeople(sources.map((s) => ({ meta: s.meta, people: s.people })));
  const byPassage = new Map<string, Array<{ person: number; start: number; end: number }>>();
  people.forEach((p, person) => {
    for (const { meta, fact } of p.facts) {
      for (const m of fact.mentions) {
        const key = `${meta.id}#${m.passage}`;
        addTo(byPassage, key, { person, start: m.start, end: m.end });
      }
    }
  });
  const roleIndex = new Map<string, number[]>();
  const sideIndex = new Map<string, number[]>();
  const roleTerms: Array<Set<string>> = [];
  const surnames = new NameIndex();
  const givenNames = new NameIndex();
  people.forEach((p, person) => {
    const role = new Set(p.facts.flatMap(({ meta, fact }) => indexTerms(fact.role ?? '', meta.lang)));
    const side = new Set(p.facts.flatMap(({ meta, fact }) => indexTerms(fact.side ?? '', meta.lang)));
    roleTerms.push(new Set([...role, ...side]));
    for (const term of role) addTo(roleIndex, term, person);
    for (const term of side) if (!role.has(term)) addTo(sideIndex, term, person);
    const words = p.name.split(/\s+/).map(normalizeWord).filter((w) => w.length > 0);
    if (words.length > 0) surnames.add(words[words.length - 1]!, person);
    for (const w of words.slice(0, -1)) givenNames.add(w, person);
  });
  // People no source gives a role or side are usually only talked about ("a TV host said"),
  // so they come after those the sources present as taking part.
  const byProminence = people
    .map((p, i) => ({
      i,
      principal: isPrincipal(p.role),
      stated: p.role !== null || p.side !== null,
      sources: new Set(p.facts.map((f) => f.meta.id)).size,
      mentions: p.mentionCount,
    }))
    .sort((a, b) =>
      Number(b.principal) - Number(a.principal) || Number(b.stated) - Number(a.stated) ||
      b.sources - a.sources || b.mentions - a.mentions || a.i - b.i)
    .map((x) => x.i);
  const rank: number[] = [];
  byProminence.forEach((person, place) => (rank[person] = place));
  return { people, roleIndex, sideIndex, roleTerms, surnames, givenNames, byPassage, byProminence, rank };
}

/** Normalized name word → people, looked up with transliteration tolerance. */
export class NameIndex {
  private readonly exact = new Map<string, number[]>();
  /** Only words sharing a phonetic bucket can be variants of each other. */
  private readonly buckets = new Map<string, string[]>();

  add(word: string, person: number): void {
    if (!this.exact.has(word)) for (const b of surnameBuckets(word)) addTo(this.buckets, b, word);
    addTo(this.exact, word, person);
  }

  lookup(word: string): number[] {
    const words = new Set(surnameBuckets(word).flatMap((b) => this.buckets.get(b) ?? []).filter((w) => sameWord(w, word)));
    return [...words].flatMap((w) => this.exact.get(w)!);
  }
}

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A head of state or government: a principal title and nothing that makes it someone else's. */
function isPrincipal(role: string | null): boolean {
  if (!role) return false;
  const words = fold(role).split(/[^\p{L}]+/u);
  return words.some((w) => PRINCIPAL_TITLES.has(w)) && !words.some((w) => SUBORDINATE_WORDS.has(w));
}

