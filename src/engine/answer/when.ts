/**
 * /when: when the summit took place, or the time expressions that answer a question. Reads only
 * what indexing extracted (TimeFacts); nothing is re-extracted per question.
 *
 * Without a question the answer is found only when a source states the calendar date of the
 * summit itself: a date with a day in a sentence about the meeting, or in the dateline of a
 * passage about it ("ANCHORAGE, Jumat (15/8/2025) - ..."). A publication date is never taken for
 * the summit's date. Otherwise the answer says so and lists the time expressions the sources do
 * give: dates and years first, then clock times, durations and relative expressions.
 *
 * With a question, facts come from the passages retrieval ranks for it, scored by how many of the
 * question's matched words share the fact's sentence, by whether the fact is of the kind the
 * question asks for (kapan → a date, berapa lama → a duration), and by the passage's rank.
 */
import type { CorpusView, DateEntry, IndexedSource, Passage, TimeFact, TimeKind, WhenAnswer } from '../types.js';
import { indexTerms } from '../text/analyze.js';
import { fold } from '../text/normalize.js';
import { cite } from './citation.js';

/** Words of a sentence about the meeting itself (lower case). */
const SUMMIT_WORDS = /(?<![a-z])(pertemuan|bertemu|bertemunya|perundingan|berunding|ktt|konferensi tingkat tinggi|pembicaraan|negosiasi|perjumpaan|tatap muka|summit|summits|talks|meet|meets|met|meeting|negotiations|sat down)(?![a-z])/;
/** Words that make the meeting an earlier one ("pertemuan sebelumnya", "last met"). */
const EARLIER_EVENT = /(?<![a-z])(sebelumnya|terakhir kali|pernah|previous|previously|last time|last met|prior)(?![a-z])/;
/** A dateline: capitalized place words before the date, a dash (or an agency in brackets) after. */
const DATELINE_BEFORE = /^(?:\p{Lu}[\p{L}.'’]*[\s,]*){1,4}$/u;
const DATELINE_AFTER = /^\s*(?:\([^)]{1,30}\)\s*)?[-–—]/;
/** A calendar date with a day: 2025-08-15 or --08-15. */
const HAS_DAY = /^(\d{4}|-)-\d{2}-\d{2}/;

const KIND_ORDER: TimeKind[] = ['date', 'year', 'time', 'duration', 'relative'];
const MAX_DATES = 12;
const MAX_CITATIONS = 3;
const HIT_LIMIT = 10;
const KIND_WEIGHT = 1;
const RANK_WEIGHT = 0.4;
/** A relative expression ("dalam waktu dekat") answers only from a sentence that holds most of the question. */
const RELATIVE_MIN_COVERAGE = 0.75;

/** Questions by the kind of time they ask for, most specific first; kinds best first. */
const WANTED: Array<[RegExp, TimeKind[]]> = [
  [/\b(berapa lama(nya)?|how long|berapa (jam|menit|hari|minggu|pekan|bulan|tahun|dekade)|how many (hours|minutes|days|weeks|months|years|decades))\b/, ['duration', 'relative']],
  [/\b((jam|pukul) berapa|what time|what hour)\b/, ['time']],
  [/\b(tahun (berapa|apa)|what year|which year)\b/, ['year', 'date']],
  [/\b((tanggal|tgl) (berapa|apa)|(hari|bulan) (apa|berapa)|what (date|day|month)|which (date|day|month))\b/, ['date', 'relative']],
  [/\b(kapan|kapankah|bilamana|when)\b/, ['date', 'year', 'time', 'relative']],
];

/** The kinds of time a question asks for, best first; null when it asks for none in particular. */
export function timeKindWanted(question: string): TimeKind[] | null {
  const q = fold(question).replace(/[^\p{L}\p{N}\s]/gu, ' ').replace(/\s+/g, ' ');
  for (const [pattern, kinds] of WANTED) if (pattern.test(q)) return kinds;
  return null;
}

export function answerWhen(view: CorpusView, question: string | null): WhenAnswer {
  const query = question?.trim() || null;
  const prepared = prepare(view);
  if (query) return answerQuestion(view, prepared, query);
  const dates = prepared.listed.map(entry);
  if (prepared.summitFound) return { command: 'when', query, found: true, dates };
  const note = dates.length > 0
    ? 'No source states the date of the summit. The sources mention these other times.'
    : 'No source states the date of the summit, and the sources mention no other times.';
  return { command: 'when', query, found: false, dates, note };
}

function answerQuestion(view: CorpusView, prepared: Prepared, query: string): WhenAnswer {
  const wanted = timeKindWanted(query);
  const hits = view.search(query, { limit: HIT_LIMIT });
  const asked = new Set(hits.flatMap((h) => h.matched));
  const top = hits[0]?.score || 1;
  const scored: Array<{ ref: { source: IndexedSource; fact: TimeFact }; score: number }> = [];
  for (const hit of hits) {
    const source = prepared.byId.get(hit.meta.id);
    const facts = source ? sourceTimes(source).byPassage.get(hit.passage.number) ?? [] : [];
    const termsAt = new Map<number, Set<string>>();
    for (const fact of facts) {
      const kindAt = wanted ? wanted.indexOf(fact.kind) : 0;
      if (kindAt < 0) continue;
      const span = sentenceOf(hit.passage, fact.start);
      let terms = termsAt.get(span.start);
      if (!terms) termsAt.set(span.start, (terms = new Set(indexTerms(hit.passage.text.slice(span.start, span.end), hit.passage.lang))));
      let shared = 0;
      for (const t of asked) if (terms.has(t)) shared++;
      const coverage = asked.size === 0 ? 0 : shared / asked.size;
      if (coverage === 0 || (fact.kind === 'relative' && coverage < RELATIVE_MIN_COVERAGE)) continue;
      // A relative expression is a fallback answer to "when" ("dalam waktu dekat"): it says how far
      // from the writing, not when, so a date or year in a sentence nearly as close wins.
      const kindScore = fact.kind === 'relative' && kindAt > 0 ? 0 : 1 - 0.1 * kindAt;
      const score = coverage + KIND_WEIGHT * kindScore + RANK_WEIGHT * (hit.score / top);
      scored.push({ ref: { source: source!, fact }, score });
    }
  }
  scored.sort((a, b) => b.score - a.score);
  const locals = scored.map(({ ref }) => ({ key: keyOf(ref.fact), source: ref.source, facts: [ref.fact] }));
  const dates = merge(locals).slice(0, MAX_DATES).map(entry);
  if (dates.length > 0) return { command: 'when', query, found: true, dates };
  return { command: 'when', query, found: false, dates, note: 'No passage that matches the question states a time of the kind it asks for.' };
}

// ---- What one source says, computed once per source ----

/** One expression (or, for the summit, one date) as it occurs in one source. */
interface Local {
  key: string;
  source: IndexedSource;
  facts: TimeFact[];
}

interface SourceTimes {
  byPassage: Map<number, TimeFact[]>;
  /** Dates of the meeting itself, by ISO value. */
  summit: Local[];
  /** Every other fact, by text and ISO value, in source order, by kind. */
  byKind: Record<TimeKind, Local[]>;
}

const perSource = new WeakMap<IndexedSource, SourceTimes>();

function sourceTimes(source: IndexedSource): SourceTimes {
  let known = perSource.get(source);
  if (known) return known;
  const byPassage = new Map<number, TimeFact[]>();
  const summit = new Map<string, Local>();
  const others = new Map<string, Local>();
  const add = (into: Map<string, Local>, key: string, fact: TimeFact) => {
    const seen = into.get(key);
    if (seen) seen.facts.push(fact);
    else into.set(key, { key, source, facts: [fact] });
  };
  for (const fact of source.times) {
    const list = byPassage.get(fact.passage);
    if (list) list.push(fact);
    else byPassage.set(fact.passage, [fact]);
    const passage = passageOf(source, fact.passage);
    if (passage && isSummitDate(fact, passage)) add(summit, fact.iso!, fact);
    else add(others, keyOf(fact), fact);
  }
  const byKind: Record<TimeKind, Local[]> = { date: [], year: [], time: [], duration: [], relative: [] };
  for (const local of others.values()) byKind[local.facts[0]!.kind].push(local);
  known = { byPassage, summit: [...summit.values()], byKind };
  perSource.set(source, known);
  return known;
}

/** A date with a day, in a sentence about the meeting (not an earlier one), or in the dateline of a passage about it. */
function isSummitDate(fact: TimeFact, passage: Passage): boolean {
  if (fact.kind !== 'date' || !fact.iso || !HAS_DAY.test(fact.iso)) return false;
  const span = sentenceOf(passage, fact.start);
  const sentence = passage.text.slice(span.start, span.end).toLowerCase();
  if (EARLIER_EVENT.test(sentence)) return false;
  if (SUMMIT_WORDS.test(sentence)) return true;
  const before = passage.text.slice(0, fact.start);
  const isDateline = (before.trim() === '' || DATELINE_BEFORE.test(before)) && DATELINE_AFTER.test(passage.text.slice(fact.end));
  return isDateline && SUMMIT_WORDS.test(passage.text.toLowerCase());
}

/** The same expression in several places: same text (ignoring case and spacing) and ISO value. */
function keyOf(fact: TimeFact): string {
  return `${fact.text.toLowerCase().replace(/\s+/g, ' ')}|${fact.iso ?? ''}`;
}

// ---- Across the visible sources, computed once per set of sources ----

interface Group {
  text: string;
  kind: TimeKind;
  iso: string | null;
  /** Where it occurs, one entry per source, in source order. */
  locals: Local[];
}

interface Prepared {
  byId: Map<string, IndexedSource>;
  summitFound: boolean;
  /** The no-question answer: the summit's stated dates (most sources first), then every other time, best first. */
  listed: Group[];
}

const perView = new WeakMap<CorpusView, { sources: readonly IndexedSource[]; prepared: Prepared }>();

function prepare(view: CorpusView): Prepared {
  const sources = view.sources();
  const cached = perView.get(view);
  if (cached && cached.sources.length === sources.length && cached.sources.every((s, i) => s === sources[i])) return cached.prepared;
  const times = sources.map(sourceTimes);
  const summit = merge(times.flatMap((t) => t.summit)).sort((a, b) => b.locals.length - a.locals.length);
  // Kind by kind, so only as many facts are merged as the list needs.
  const rest: Group[] = [];
  for (const kind of KIND_ORDER) {
    if (summit.length + rest.length >= MAX_DATES) break;
    rest.push(...merge(times.flatMap((t) => t.byKind[kind])));
  }
  const prepared = { byId: new Map(sources.map((s) => [s.meta.id, s])), summitFound: summit.length > 0, listed: [...summit, ...rest].slice(0, MAX_DATES) };
  perView.set(view, { sources, prepared });
  return prepared;
}

/** Occurrences merged by key, in the order first seen; the first occurrence gives the text. */
function merge(locals: readonly Local[]): Group[] {
  const byKey = new Map<string, Group>();
  for (const local of locals) {
    const seen = byKey.get(local.key);
    const first = local.facts[0]!;
    if (seen) seen.locals.push(local);
    else byKey.set(local.key, { text: first.text, kind: first.kind, iso: first.iso, locals: [local] });
  }
  return [...byKey.values()];
}

/** Citations from different sources first, then more from the same ones. */
function entry(g: Group): DateEntry {
  const refs = g.locals.slice(0, MAX_CITATIONS).map((l) => ({ source: l.source, fact: l.facts[0]! }));
  for (const l of g.locals) {
    for (let i = 1; i < l.facts.length && refs.length < MAX_CITATIONS; i++) refs.push({ source: l.source, fact: l.facts[i]! });
    if (refs.length >= MAX_CITATIONS) break;
  }
  const citations = refs.flatMap(({ source, fact }) => {
    const passage = passageOf(source, fact.passage);
    return passage ? [cite(source.meta, passage, { start: fact.start, end: fact.end })] : [];
  });
  return { text: g.text, kind: g.kind, iso: g.iso, citations };
}

function passageOf(source: IndexedSource, number: number): Passage | undefined {
  const p = source.passages[number - 1];
  return p?.number === number ? p : source.passages.find((q) => q.number === number);
}

function sentenceOf(passage: Passage, offset: number): { start: number; end: number } {
  return passage.sentences.find((s) => offset >= s.start && offset < s.end) ?? { start: 0, end: passage.text.length };
}
