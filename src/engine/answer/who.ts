/**
 * /who: the people who took part, or the people a question is about. Reads only what indexing
 * extracted (PersonFacts), merged across sources once per set of visible sources.
 *
 * Without a question, everyone who took part: each merged person the sources do not call absent
 * (a person a source says stayed away is left out of this list), principals (presidents, prime
 * ministers) first, then by how many sources and mentions name them.
 *
 * With a question, people are ranked by how well the question's words (as retrieval matched them,
 * so an English question reaches Indonesian text through the lexicon) fit each person: a word of
 * their role or side counts fully; a word near one of their mentions in a retrieved passage counts
 * less the farther it is; a name in the question counts most. Absent people appear only when the
 * question names them, with the absence said in their role.
 */
import type { CorpusView, IndexedSource, PassageHit, PersonEntry, WhoAnswer } from '../types.js';
import { mergePeople, type MergedPerson } from '../extract/people.js';
import { normalizeWord, sameWord } from '../extract/people/names.js';
import { indexTerms, tokenTerms } from '../text/analyze.js';
import { fold } from '../text/normalize.js';
import { isStopwordAnyLang } from '../text/stopwords.js';
import { tokenize } from '../text/tokenize.js';
import { PRINCIPAL_TITLES, SUBORDINATE_WORDS } from '../extract/people/lexicon.js';
import { cite } from './citation.js';

/**
 * Words of a question that asks for the whole roll ("siapa saja yang hadir?", "who took part in
 * the talks?"): such a question gets the full list, not a ranking by its words.
 */
const ROLL_CALL = new Set(`
  siapa saja hadir menghadiri kehadiran ikut serta turut peserta terlibat berpartisipasi partisipasi
  delegasi orang tokoh pertemuan ktt perundingan pembicaraan dialog bertemu berunding datang
  who took take taking part attend attended attending attendees participate participated
  participants participant present involved there people summit meeting talks negotiations met
  meet came
`.trim().split(/\s+/));

const HIT_LIMIT = 20;
/** More names than this is no longer an answer (and a Discord embed holds 25 fields). */
const MAX_PEOPLE = 25;
const MAX_CITATIONS = 3;
/** People scoring below this share of the best are not what the question is about. */
const KEEP_RATIO = 0.5;
const CONTEXT_WEIGHT = 0.5;
/** Words apart (within one sentence) at which a question word stops counting for a mention. */
const CONTEXT_REACH = 8;
const SURNAME_WEIGHT = 3;
const GIVEN_NAME_WEIGHT = 1.5;

interface Prepared {
  people: MergedPerson[];
  /** Analyzed term of a role or side → the people who hold it, and the reverse. */
  roleIndex: Map<string, number[]>;
  roleTerms: Array<Set<string>>;
  surnames: NameIndex;
  givenNames: NameIndex;
  /** `${sourceId}#${passage}` → the people named there and where. */
  byPassage: Map<string, Array<{ person: number; start: number; end: number }>>;
  /** People in the order the no-question list shows them. */
  byProminence: number[];
  /** Each person's place in `byProminence`. */
  rank: number[];
}

export function answerWho(view: CorpusView, question: string | null): WhoAnswer {
  const prepared = prepare(view);
  const query = question?.trim() || null;
  if (!query || isRollCall(query)) {
    const people = prepared.byProminence
      .filter((i) => prepared.people[i]!.attended)
      .slice(0, MAX_PEOPLE)
      .map((i) => entry(view, prepared.people[i]!, false));
    return { command: 'who', query, found: people.length > 0, people };
  }
  const scores = score(view, prepared, query);
  const top = Math.max(0, ...scores.map((s) => s.total));
  const ranked = scores
    .filter((s) => s.total > 0 && s.total >= top * KEEP_RATIO && (prepared.people[s.i]!.attended || s.named))
    .sort((a, b) => b.total - a.total || prepared.rank[a.i]! - prepared.rank[b.i]!)
    .slice(0, MAX_PEOPLE);
  const people = ranked.map((s) => entry(view, prepared.people[s.i]!, !prepared.people[s.i]!.attended));
  return { command: 'who', query, found: people.length > 0, people };
}

function score(view: CorpusView, prepared: Prepared, question: string): Array<{ i: number; total: number; named: boolean }> {
  const hits = view.search(question, { limit: HIT_LIMIT });
  // A role or side word counts 1 for its holder; a word near a mention counts at most
  // CONTEXT_WEIGHT (< 1), so only words missing from the role add context.
  const total = new Float64Array(prepared.people.length);
  const touched: number[] = [];
  const add = (person: number, value: number) => {
    if (total[person] === 0) touched.push(person);
    total[person]! += value;
  };
  for (const term of new Set(hits.flatMap((h) => h.matched))) {
    for (const person of prepared.roleIndex.get(term) ?? []) add(person, 1);
  }
  const byContext = new Map<number, Map<string, number>>();
  const near = (person: number, term: string, value: number) => {
    if (prepared.roleTerms[person]!.has(term)) return;
    let seen = byContext.get(person);
    if (!seen) byContext.set(person, (seen = new Map()));
    if (value > (seen.get(term) ?? 0)) seen.set(term, value);
  };
  const topScore = hits[0]?.score || 1;
  for (const hit of hits) addContext(hit, prepared, near, 0.5 + (0.5 * hit.score) / topScore);

  const named = new Set<number>();
  const words = tokenize(question)
    .filter((t) => t.kind === 'word' && !isStopwordAnyLang(fold(t.text)))
    .map((t) => normalizeWord(t.text))
    .filter((w) => w.length >= 3);
  for (const [names, weight] of [[prepared.surnames, SURNAME_WEIGHT], [prepared.givenNames, GIVEN_NAME_WEIGHT]] as const) {
    for (const w of words) {
      for (const person of names.lookup(w)) {
        if (named.has(person)) continue;
        named.add(person);
        add(person, weight);
      }
    }
  }
  for (const [person, terms] of byContext) for (const v of terms.values()) add(person, v);
  return touched.map((i) => ({ i, total: total[i]!, named: named.has(i) }));
}

/** Question words near a person's mention, by distance in words within the mention's sentence. */
function addContext(hit: PassageHit, prepared: Prepared, note: (person: number, term: string, value: number) => void, weight: number): void {
  const here = prepared.byPassage.get(`${hit.meta.id}#${hit.passage.number}`);
  if (!here || hit.matched.length === 0) return;
  const wanted = new Set(hit.matched);
  const { text, sentences, lang } = hit.passage;
  const sentenceOf = (offset: number) => sentences.findIndex((s) => offset < s.end);
  const tokens = tokenize(text).map((t) => ({ start: t.start, sentence: sentenceOf(t.start), terms: tokenTerms(t, lang).filter((x) => wanted.has(x)) }));
  for (const m of here) {
    const first = tokens.findIndex((t) => t.start >= m.start);
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1]!.start < m.end) last++;
    const sentence = tokens[first]?.sentence;
    tokens.forEach((t, k) => {
      if (t.terms.length === 0 || t.sentence !== sentence) return;
      const distance = k < first ? first - k - 1 : k > last ? k - last - 1 : 0;
      const value = CONTEXT_WEIGHT * weight * Math.max(0, 1 - distance / CONTEXT_REACH);
      if (value > 0) for (const term of t.terms) note(m.person, term, value);
    });
  }
}

function entry(view: CorpusView, person: MergedPerson, absent: boolean): PersonEntry {
  const citations = person.facts.slice(0, MAX_CITATIONS).flatMap(({ meta, fact }) => {
    const mention = fact.mentions[0];
    const found = mention && view.passage(meta.id, mention.passage);
    return found ? [cite(found.meta, found.passage, mention)] : [];
  });
  const lang = person.facts.find((f) => !f.fact.attended)?.meta.lang ?? 'en';
  const note = lang === 'id' ? 'tidak hadir' : 'did not attend';
  const role = absent ? (person.role ? `${person.role} (${note})` : note) : person.role;
  return { name: person.name, role, side: person.side, citations };
}

// ---- Merged people, computed once per set of visible sources ----

const cache = new WeakMap<CorpusView, { sources: readonly IndexedSource[]; prepared: Prepared }>();

function prepare(view: CorpusView): Prepared {
  const sources = view.sources();
  const cached = cache.get(view);
  if (cached && cached.sources.length === sources.length && cached.sources.every((s, i) => s === sources[i])) return cached.prepared;
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
  const roleTerms: Array<Set<string>> = [];
  const surnames = new NameIndex();
  const givenNames = new NameIndex();
  people.forEach((p, person) => {
    const terms = new Set(p.facts.flatMap(({ meta, fact }) => indexTerms(`${fact.role ?? ''} ${fact.side ?? ''}`, meta.lang)));
    roleTerms.push(terms);
    for (const term of terms) addTo(roleIndex, term, person);
    const words = p.name.split(/\s+/).map(normalizeWord).filter((w) => w.length > 0);
    if (words.length > 0) surnames.add(words[words.length - 1]!, person);
    for (const w of words.slice(0, -1)) givenNames.add(w, person);
  });
  const byProminence = people
    .map((p, i) => ({ i, principal: isPrincipal(p.role), sources: new Set(p.facts.map((f) => f.meta.id)).size, mentions: p.mentionCount }))
    .sort((a, b) => Number(b.principal) - Number(a.principal) || b.sources - a.sources || b.mentions - a.mentions || a.i - b.i)
    .map((x) => x.i);
  const rank: number[] = [];
  byProminence.forEach((person, place) => (rank[person] = place));
  const prepared = { people, roleIndex, roleTerms, surnames, givenNames, byPassage, byProminence, rank };
  cache.set(view, { sources, prepared });
  return prepared;
}

/** Normalized name word → people, looked up with transliteration tolerance. */
class NameIndex {
  private readonly exact = new Map<string, number[]>();
  /** Variants normalize to the same first letter (y/i/j and w/v are folded), so only those are compared. */
  private readonly byInitial = new Map<string, string[]>();

  add(word: string, person: number): void {
    if (!this.exact.has(word)) addTo(this.byInitial, word[0]!, word);
    addTo(this.exact, word, person);
  }

  lookup(word: string): number[] {
    const words = (this.byInitial.get(word[0]!) ?? []).filter((w) => sameWord(w, word));
    return words.flatMap((w) => this.exact.get(w)!);
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

/** Only roll-call words (and stop words) in the question. */
function isRollCall(question: string): boolean {
  return tokenize(question).every((t) => t.kind === 'word' && (ROLL_CALL.has(fold(t.text)) || isStopwordAnyLang(fold(t.text))));
}
