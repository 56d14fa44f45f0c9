/**
 * /who: the people who took part, or the people a question is about. Reads only what indexing
 * extracted (PersonFacts), merged across sources into a roster once per set of visible sources.
 *
 * Without a question, everyone who took part: each merged person the sources do not call absent
 * (a person a source says stayed away is left out of this list) and some source says took part
 * (a person only mentioned, "he would call Zelensky", is not listed), principals (presidents, prime
 * ministers) first, then people given a role or side, then by how many sources and mentions name
 * them. A question made only of roll-call words ("siapa saja yang hadir?") gets the same list.
 *
 * With a question, people are ranked by how well the question's words (as retrieval matched them,
 * so an English question reaches Indonesian text through the lexicon) fit each person: a word of
 * their role or side counts fully; a word near one of their mentions in a retrieved passage counts
 * less the farther it is (within its clause); a name in the question counts most. People under
 * half the best score are left out. Absent people appear only when the question names them, with
 * the absence said in their role. A question that names someone and asks who came with them
 * ("Who accompanied Putin?") gets the people on that person's side instead; one that asks whom
 * they met ("Who did Putin meet?") leaves them out of the answer. Either list stops at MAX_PEOPLE.
 */
import type { CorpusView, PassageHit, PersonEntry, WhoAnswer } from '../types.js';
import type { MergedPerson } from '../extract/people.js';
import { normalizeWord } from '../extract/people/names.js';
import { CLAUSE_BREAKS } from '../extract/people/lexicon.js';
import { rosterOf, type Roster } from '../extract/people/roster.js';
import { tokenTerms } from '../text/analyze.js';
import { fold } from '../text/normalize.js';
import { isStopwordAnyLang } from '../text/stopwords.js';
import { tokenize } from '../text/tokenize.js';
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
const SIDE_WEIGHT = 0.6;
const CONTEXT_WEIGHT = 0.5;
/** Words apart (within one sentence) at which a question word stops counting for a mention. */
const CONTEXT_REACH = 8;
const SURNAME_WEIGHT = 3;
const GIVEN_NAME_WEIGHT = 1.5;

export function answerWho(view: CorpusView, question: string | null): WhoAnswer {
  const roster = rosterOf(view);
  const query = question?.trim() || null;
  if (!query || isRollCall(query)) {
    const people = attendees(view, roster);
    return { command: 'who', query, found: people.length > 0, people };
  }
  const scores = score(view, roster, query);
  const top = scores.reduce((m, s) => Math.max(m, s.total), 0);
  const better = (a: Scored, b: Scored) => b.total - a.total || roster.rank[a.i]! - roster.rank[b.i]!;
  const ranked = best(
    scores.filter((s) => s.total > 0 && s.total >= top * KEEP_RATIO && (roster.people[s.i]!.attended || s.named)),
    MAX_PEOPLE,
    better,
  );
  const people = ranked.map((s) => entry(view, roster.people[s.i]!, !roster.people[s.i]!.attended));
  return { command: 'who', query, found: people.length > 0, people };
}

/**
 * Everyone who took part, once per roster (a roster is rebuilt when the sources change): the list
 * and its citations are the same for every call, and building them was most of a no-question
 * /who at 100,000 passages.
 */
const attendeeLists = new WeakMap<Roster, readonly PersonEntry[]>();

function attendees(view: CorpusView, roster: Roster): PersonEntry[] {
  let people = attendeeLists.get(roster);
  if (!people) {
    people = roster.byProminence
      .filter((i) => roster.people[i]!.attended && roster.people[i]!.tookPart)
      .slice(0, MAX_PEOPLE)
      .map((i) => entry(view, roster.people[i]!, false));
    attendeeLists.set(roster, people);
  }
  return [...people];
}

interface Scored {
  i: number;
  total: number;
  named: boolean;
}

/** The first `k` of `items` in `order`, without sorting them all: a common role word may match thousands. */
function best<T>(items: T[], k: number, order: (a: T, b: T) => number): T[] {
  const kept: T[] = [];
  for (const item of items) {
    if (kept.length === k && order(item, kept[k - 1]!) >= 0) continue;
    let at = kept.length;
    while (at > 0 && order(item, kept[at - 1]!) < 0) at--;
    kept.splice(at, 0, item);
    if (kept.length > k) kept.pop();
  }
  return kept;
}

function score(view: CorpusView, roster: Roster, question: string): Scored[] {
  const hits = view.search(question, { limit: HIT_LIMIT });
  // A role word counts 1 for its holder and a side word SIDE_WEIGHT (a country says less about
  // who than a title does); a word near a mention counts at most CONTEXT_WEIGHT, and only when
  // the person's role and side lack it.
  const total = new Float64Array(roster.people.length);
  const touched: number[] = [];
  const add = (person: number, value: number) => {
    if (total[person] === 0) touched.push(person);
    total[person]! += value;
  };
  for (const term of new Set(hits.flatMap((h) => h.matched))) {
    for (const person of roster.roleIndex.get(term) ?? []) add(person, 1);
    for (const person of roster.sideIndex.get(term) ?? []) add(person, SIDE_WEIGHT);
  }
  const byContext = new Map<number, Map<string, number>>();
  const near = (person: number, term: string, value: number) => {
    if (roster.roleTerms[person]!.has(term)) return;
    let seen = byContext.get(person);
    if (!seen) byContext.set(person, (seen = new Map()));
    if (value > (seen.get(term) ?? 0)) seen.set(term, value);
  };
  const topScore = hits[0]?.score || 1;
  for (const hit of hits) addContext(hit, roster, near, 0.5 + (0.5 * hit.score) / topScore);

  const named = new Set<number>();
  const tokens = tokenize(question);
  const words = tokens
    .filter((t) => t.kind === 'word' && !isStopwordAnyLang(fold(t.text)))
    .map((t) => normalizeWord(t.text))
    .filter((w) => w.length >= 3);
  for (const [names, weight] of [[roster.surnames, SURNAME_WEIGHT], [roster.givenNames, GIVEN_NAME_WEIGHT]] as const) {
    for (const w of words) {
      for (const person of names.lookup(w)) {
        if (named.has(person)) continue;
        named.add(person);
        add(person, weight);
      }
    }
  }
  const said = new Set(tokens.map((t) => fold(t.text)));
  const asksFor = (words: ReadonlySet<string>) => [...words].some((w) => said.has(w));
  if (named.size > 0 && asksFor(COMPANION_WORDS)) return companionsOf(roster, named, total);
  for (const [person, terms] of byContext) for (const v of terms.values()) add(person, v);
  // "Who did Putin meet?": the person named is who met, not who was met.
  const counterparts = named.size > 0 && asksFor(MEETING_WORDS);
  return touched.filter((i) => !(counterparts && named.has(i))).map((i) => ({ i, total: total[i]!, named: named.has(i) }));
}

/**
 * Words that ask who came with someone ("Who accompanied Putin?", "Siapa yang mendampingi
 * Trump?"): the person named is the subject, and the answer is the people on their side.
 */
const COMPANION_WORDS = new Set(`
  mendampingi didampingi pendamping pendampingnya menemani ditemani rombongan rombongannya delegasi delegasinya
  accompanied accompany accompanying accompanies escorted entourage delegation
`.trim().split(/\s+/));

/** Words that ask whom someone met or talked with: the answer is the other party. */
const MEETING_WORDS = new Set(`
  bertemu menemui ditemui bertatap berunding berbicara berdialog
  meet met meets meeting talked negotiated
`.trim().split(/\s+/));


/**
 * The people on the side of those named, the named themselves left out. Being near the named
 * person's mentions does not count here: in "talks between Putin and Trump" Trump is next to
 * Putin without being with him. A role or side word of the question still adds to the side.
 */
function companionsOf(roster: Roster, named: Set<number>, total: Float64Array): Scored[] {
  const sides = new Set([...named].map((i) => roster.people[i]!.side).filter((x): x is string => !!x).map(fold));
  return roster.people.flatMap((p, i) =>
    !named.has(i) && p.side && sides.has(fold(p.side)) ? [{ i, total: 1 + total[i]!, named: false }] : []);
}

/**
 * Question words near a person's mention, by distance in words within the mention's clause: in
 * "… Yury Ushakov, sementara Amerika Serikat diwakili oleh …" the second clause is not about Ushakov.
 */
function addContext(hit: PassageHit, roster: Roster, note: (person: number, term: string, value: number) => void, weight: number): void {
  const here = roster.byPassage.get(`${hit.meta.id}#${hit.passage.number}`);
  if (!here || hit.matched.length === 0) return;
  const wanted = new Set(hit.matched);
  const { text, sentences, lang } = hit.passage;
  let clause = 0;
  let sentence = 0;
  let end = 0;
  const tokens = tokenize(text).map((t) => {
    while (sentence + 1 < sentences.length && t.start >= sentences[sentence + 1]!.start) { sentence++; clause++; }
    if (CLAUSE_BREAKS.has(fold(t.text)) || text.slice(end, t.start).includes(';')) clause++;
    end = t.end;
    return { start: t.start, clause, terms: tokenTerms(t, lang).filter((x) => wanted.has(x)) };
  });
  for (const m of here) {
    const first = tokens.findIndex((t) => t.start >= m.start);
    if (first < 0) continue;
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1]!.start < m.end) last++;
    tokens.forEach((t, k) => {
      if (t.terms.length === 0 || t.clause !== tokens[first]!.clause) return;
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

/** Only roll-call words (and stop words) in the question. */
function isRollCall(question: string): boolean {
  return tokenize(question).every((t) => t.kind === 'word' && (ROLL_CALL.has(fold(t.text)) || isStopwordAnyLang(fold(t.text))));
}
