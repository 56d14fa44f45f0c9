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
  /** Analyzed terms of each person's roles and sides. */
  roleTerms: Array<Set<string>>;
  /** Normalized surname and given names of each person. */
  names: Array<{ surname: string; given: string[] }>;
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
    const people = prepared.byProminence.filter((i) => prepared.people[i]!.attended).map((i) => entry(view, prepared.people[i]!, false));
    return { command: 'who', query, found: people.length > 0, people };
  }
  const scores = score(view, prepared, query);
  const top = Math.max(0, ...scores.map((s) => s.total));
  const ranked = scores
    .map((s, i) => ({ ...s, i }))
    .filter((s) => s.total > 0 && s.total >= top * KEEP_RATIO && (prepared.people[s.i]!.attended || s.named))
    .sort((a, b) => b.total - a.total || prepared.rank[a.i]! - prepared.rank[b.i]!);
  const people = ranked.map((s) => entry(view, prepared.people[s.i]!, !prepared.people[s.i]!.attended));
  return { command: 'who', query, found: people.length > 0, people };
}

function score(view: CorpusView, prepared: Prepared, question: string): Array<{ total: number; named: boolean }> {
  const hits = view.search(question, { limit: HIT_LIMIT });
  const matched = new Set(hits.flatMap((h) => h.matched));
  const evidence = prepared.people.map(() => new Map<string, number>());
  prepared.roleTerms.forEach((terms, i) => {
    for (const t of matched) if (terms.has(t)) evidence[i]!.set(t, 1);
  });
  const topScore = hits[0]?.score ?? 1;
  for (const hit of hits) addContext(hit, prepared, evidence, 0.5 + (0.5 * hit.score) / topScore);

  const words = tokenize(question)
    .filter((t) => t.kind === 'word' && !isStopwordAnyLang(fold(t.text)))
    .map((t) => normalizeWord(t.text))
    .filter((w) => w.length >= 3);
  return prepared.names.map(({ surname, given }, i) => {
    const bySurname = words.some((w) => sameWord(w, surname));
    const byGiven = !bySurname && words.some((w) => given.some((g) => sameWord(w, g)));
    const name = bySurname ? SURNAME_WEIGHT : byGiven ? GIVEN_NAME_WEIGHT : 0;
    let total = name;
    for (const v of evidence[i]!.values()) total += v;
    return { total, named: name > 0 };
  });
}

/** Question words near a person's mention, by distance in words within the mention's sentence. */
function addContext(hit: PassageHit, prepared: Prepared, evidence: Array<Map<string, number>>, weight: number): void {
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
      const seen = evidence[m.person]!;
      for (const term of t.terms) if (value > (seen.get(term) ?? 0)) seen.set(term, value);
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
        const list = byPassage.get(key);
        if (list) list.push({ person, start: m.start, end: m.end });
        else byPassage.set(key, [{ person, start: m.start, end: m.end }]);
      }
    }
  });
  const roleTerms = people.map((p) => new Set(p.facts.flatMap(({ meta, fact }) => indexTerms(`${fact.role ?? ''} ${fact.side ?? ''}`, meta.lang))));
  const names = people.map((p) => {
    const words = p.name.split(/\s+/).map(normalizeWord);
    return { surname: words[words.length - 1] ?? '', given: words.slice(0, -1) };
  });
  const byProminence = people
    .map((p, i) => ({ i, principal: isPrincipal(p.role), sources: new Set(p.facts.map((f) => f.meta.id)).size, mentions: p.mentionCount }))
    .sort((a, b) => Number(b.principal) - Number(a.principal) || b.sources - a.sources || b.mentions - a.mentions || a.i - b.i)
    .map((x) => x.i);
  const rank: number[] = [];
  byProminence.forEach((person, place) => (rank[person] = place));
  const prepared = { people, roleTerms, names, byPassage, byProminence, rank };
  cache.set(view, { sources, prepared });
  return prepared;
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
