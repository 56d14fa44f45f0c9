/**
 * /when: when the summit took place, or the time expressions that answer a question. Reads only
 * what indexing extracted (TimeFacts); nothing is re-extracted per question.
 *
 * Without a question the answer is found only when a source states the calendar date of the
 * summit itself: a date with a day in a sentence about the meeting (or in the dateline of a
 * passage about it). A publication date is never taken for the summit's date. Otherwise the
 * answer says so, and lists the time expressions the sources do give, dates and years first.
 *
 * With a question, facts come from the passages retrieval ranks for it, scored by how many of the
 * question's matched words share the fact's sentence, by whether the fact is of the kind the
 * question asks for (kapan → a date, berapa lama → a duration), and by the passage's rank.
 */
import type { CorpusView, DateEntry, IndexedSource, Passage, SourceMeta, TimeFact, TimeKind, WhenAnswer } from '../types.js';
import { indexTerms } from '../text/analyze.js';
import { fold } from '../text/normalize.js';
import { cite } from './citation.js';

/** Words of a sentence about the meeting itself, folded. */
const SUMMIT_WORDS = /(?<!\p{L})(pertemuan|bertemu|bertemunya|perundingan|berunding|ktt|konferensi tingkat tinggi|pembicaraan|negosiasi|perjumpaan|tatap muka|summit|summits|talks|meet|meets|met|meeting|negotiations|sat down)(?!\p{L})/u;
/** Words that put a meeting in the past before this one ("pertemuan sebelumnya", "last met"). */
const EARLIER_EVENT = /(?<!\p{L})(sebelumnya|terakhir kali|pernah|previous|previously|last time|last met|prior)(?!\p{L})/u;
/** How far into a passage its dateline reaches ("ANCHORAGE, Jumat (15/8/2025) - ..."). */
const DATELINE_REACH = 80;
/** A calendar date with a day: 2025-08-15 or --08-15. */
const HAS_DAY = /^(\d{4}|-)-\d{2}-\d{2}/;

const KIND_ORDER: Record<TimeKind, number> = { date: 0, year: 1, time: 2, duration: 3, relative: 4 };
const MAX_DATES = 12;
const MAX_CITATIONS = 3;
const HIT_LIMIT = 10;
const KIND_WEIGHT = 1;
const RANK_WEIGHT = 0.4;
/** A relative expression ("dalam waktu dekat") answers only a sentence that holds most of the question. */
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
  return query ? answerQuestion(view, prepared, query) : summitDate(prepared);
}

// ---- Without a question: the summit's date ----

function summitDate(prepared: Prepared): WhenAnswer {
  const found = prepared.summit.length > 0;
  const used = new Set(prepared.summit.flatMap((g) => g.refs.map((r) => r.fact)));
  const rest = prepared.groups.filter((g) => !g.refs.every((r) => used.has(r.fact)));
  const dates = [...prepared.summit, ...rest].slice(0, MAX_DATES).map(entry);
  if (found) return { command: 'when', query: null, found, dates };
  const note = dates.length > 0
    ? 'No source states the date of the summit. The sources mention these other times.'
    : 'No source states the date of the summit, and the sources mention no other times.';
  return { command: 'when', query: null, found, dates, note };
}

/** A date with a day, in a sentence about the meeting, or in the dateline of a passage about it. */
function isSummitDate(fact: TimeFact, passage: Passage): boolean {
  if (fact.kind !== 'date' || !fact.iso || !HAS_DAY.test(fact.iso)) return false;
  const span = sentenceOf(passage, fact.start);
  const sentence = fold(passage.text.slice(span.start, span.end));
  if (EARLIER_EVENT.test(sentence)) return false;
  if (SUMMIT_WORDS.test(sentence)) return true;
  const dateline = span.start === passage.sentences[0]?.start && fact.start - span.start <= DATELINE_REACH;
  return dateline && SUMMIT_WORDS.test(fold(passage.text));
}

// ---- With a question: the facts that answer it ----

function answerQuestion(view: CorpusView, prepared: Prepared, query: string): WhenAnswer {
  const wanted = timeKindWanted(query);
  const hits = view.search(query, { limit: HIT_LIMIT });
  const asked = new Set(hits.flatMap((h) => h.matched));
  const top = hits[0]?.score || 1;
  const scored: Array<{ ref: Ref; score: number }> = [];
  for (const hit of hits) {
    const facts = prepared.byPassage.get(hit.passage.key) ?? [];
    const sentenceTerms = new Map<number, Set<string>>();
    for (const ref of facts) {
      const fact = ref.fact;
      const kindAt = wanted ? wanted.indexOf(fact.kind) : 0;
      if (kindAt < 0) continue;
      const span = sentenceOf(hit.passage, fact.start);
      let terms = sentenceTerms.get(span.start);
      if (!terms) {
        terms = new Set(indexTerms(hit.passage.text.slice(span.start, span.end), hit.passage.lang));
        sentenceTerms.set(span.start, terms);
      }
      const coverage = asked.size === 0 ? 0 : [...asked].filter((t) => terms.has(t)).length / asked.size;
      if (coverage === 0 || (fact.kind === 'relative' && coverage < RELATIVE_MIN_COVERAGE)) continue;
      // A relative expression is a fallback answer to "when" ("dalam waktu dekat"): it says how far
      // from the writing, not when, so a date or year in a sentence nearly as close wins.
      const kindScore = fact.kind === 'relative' && kindAt > 0 ? 0 : 1 - 0.1 * kindAt;
      scored.push({ ref: { ...ref, meta: hit.meta, passage: hit.passage }, score: coverage + KIND_WEIGHT * kindScore + RANK_WEIGHT * (hit.score / top) });
    }
  }
  scored.sort((a, b) => b.score - a.score);
  const groups = group(scored.map((s) => s.ref));
  const dates = groups.slice(0, MAX_DATES).map(entry);
  if (dates.length > 0) return { command: 'when', query, found: true, dates };
  return { command: 'when', query, found: false, dates, note: 'No passage that matches the question states a time of the kind it asks for.' };
}

// ---- Facts across sources, prepared once per set of visible sources ----

interface Ref {
  meta: SourceMeta;
  passage: Passage;
  fact: TimeFact;
}

interface Group {
  text: string;
  kind: TimeKind;
  iso: string | null;
  refs: Ref[];
}

interface Prepared {
  /** Every fact, deduplicated by text and ISO value, dates and years first, then in source order. */
  groups: Group[];
  /** Stated dates of the summit, by ISO value, the date most sources give first. */
  summit: Group[];
  /** Passage key → the facts found in it. */
  byPassage: Map<string, Ref[]>;
}

const cache = new WeakMap<CorpusView, { sources: readonly IndexedSource[]; prepared: Prepared }>();

function prepare(view: CorpusView): Prepared {
  const sources = view.sources();
  const cached = cache.get(view);
  if (cached && cached.sources.length === sources.length && cached.sources.every((s, i) => s === sources[i])) return cached.prepared;
  const refs: Ref[] = [];
  const byPassage = new Map<string, Ref[]>();
  const summitRefs: Ref[] = [];
  for (const source of sources) {
    for (const fact of source.times) {
      const passage = passageOf(view, source, fact.passage);
      if (!passage) continue;
      const ref = { meta: source.meta, passage, fact };
      refs.push(ref);
      const list = byPassage.get(passage.key);
      if (list) list.push(ref);
      else byPassage.set(passage.key, [ref]);
      if (isSummitDate(fact, passage)) summitRefs.push(ref);
    }
  }
  // Stable sort: within a kind, facts keep source order.
  const groups = group(refs).sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
  const summit = group(summitRefs, (r) => r.fact.iso ?? '').sort((a, b) => sourceCount(b) - sourceCount(a));
  const prepared = { groups, summit, byPassage };
  cache.set(view, { sources, prepared });
  return prepared;
}

/** Facts merged by a key (text and ISO value by default), in the order first seen. */
function group(refs: readonly Ref[], keyOf = (r: Ref) => `${r.fact.text.toLowerCase().replace(/\s+/g, ' ')}|${r.fact.iso ?? ''}`): Group[] {
  const byKey = new Map<string, Group>();
  for (const ref of refs) {
    const key = keyOf(ref);
    const seen = byKey.get(key);
    if (seen) seen.refs.push(ref);
    else byKey.set(key, { text: ref.fact.text, kind: ref.fact.kind, iso: ref.fact.iso, refs: [ref] });
  }
  return [...byKey.values()];
}

function sourceCount(g: Group): number {
  return new Set(g.refs.map((r) => r.meta.id)).size;
}

function entry(g: Group): DateEntry {
  const citations = g.refs.slice(0, MAX_CITATIONS).map((r) => cite(r.meta, r.passage, { start: r.fact.start, end: r.fact.end }));
  return { text: g.text, kind: g.kind, iso: g.iso, citations };
}

function passageOf(view: CorpusView, source: IndexedSource, number: number): Passage | undefined {
  const p = source.passages[number - 1];
  return p?.number === number ? p : view.passage(source.meta.id, number)?.passage;
}

function sentenceOf(passage: Passage, offset: number): { start: number; end: number } {
  return passage.sentences.find((s) => offset >= s.start && offset < s.end) ?? { start: 0, end: passage.text.length };
}
