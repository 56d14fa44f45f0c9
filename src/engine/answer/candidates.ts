/**
 * Short-answer candidates inside one sentence, by the answer type the question wants: names
 * (runs of capitalized words), places (a name after "di/ke/dari/in/at"), numbers with their
 * unit, time expressions (found at index time by the date extractor), and for "apa yang …"
 * the noun phrase after the question's verb. Words the question already has are trimmed off: the
 * answer is what the question does not say. A name's answer takes in the names listed with it
 * ("Italia dan Brasil") and the acronym given beside it ("… ( WTO )").
 */
import type { Lang, Span, TimeFact } from '../types.js';
import { afterHeadNoun, headForms, headNoun, headNounAt } from './head-noun.js';
import { COUNTRY_HEADS, isCountry } from '../text/countries.js';
import { numberSpans } from './numbers.js';
import { coordinatedEnd, endAsked, withAcronym, withHonorifics, withLongForm, withNumber, withRegion, withTimeNoun } from './span-edges.js';
import { markedNames, nameRuns } from './name-runs.js';
import { verbObjects } from './verb-object.js';
import { besidesPartners } from './besides.js';
import { titledNames, type TitledName } from './titled-names.js';
import { glossedBy, glosses } from './glosses.js';
import type { Query } from '../query.js';
import { TITLE_HEADS } from '../extract/people/lexicon.js';
import type { Token } from '../text/tokenize.js';
import { fold } from '../text/normalize.js';

export interface Candidate extends Span {
  text: string;
  /** What the source says of a person candidate (role, side), to match against the question. */
  description?: string;
  /**
   * Of the kind the question asks for: found right after the noun it asks about ("Partai apakah"
   * → "Partai Golkar"), an amount of what it counts ("Berapa persen" → "40 persen"), a country
   * for "Di negara manakah". A sentence holding one beats one with only other candidates.
   */
  cued?: boolean;
}

export interface PassageFacts {
  lang: Lang;
  times: TimeFact[];
  /** Where the extractor found people in this passage, with what the source says they are. */
  people: Array<Span & { description: string }>;
}

const PLACE_CUES = new Set(['di', 'ke', 'dari', 'in', 'at', 'to', 'from', 'near']);
/** Nouns that name a kind of place, between the preposition and the name ("di negara bagian Alaska"). */
const PLACE_KINDS = new Set(['kota', 'pulau', 'provinsi', 'negara', 'bagian', 'kabupaten', 'kawasan', 'wilayah', 'daerah',
  'ibu', 'ibukota', 'city', 'state', 'province', 'island', 'region', 'county', 'capital']);
const MAX_PLACE_KINDS = 3;
/** Answer types whose names may come as a list ("Italia dan Brasil"). */
const COORDINABLE = new Set(['person', 'place', 'name', 'thing']);

export function candidates(query: Query, tokens: Token[], span: Span, facts: PassageFacts, passageText: string): Candidate[] {
  const found = spans(query, tokens, span, facts, passageText)
    .map(({ shownEnd, shownStart, ...c }) => ({ ...c, text: passageText.slice(shownStart ?? c.start, shownEnd ?? c.end) }));
  // Asked for a country, a sentence that names none holds only a guess at one ("in Vienna"),
  // however it is cued: a neighbour that names a country answers better.
  return asksCountry(query) ? found.map((c) => (isCountry(passageText.slice(c.start, c.end)) ? c : { ...c, cued: false })) : found;
}

/** Ranking asks this of every sentence of every retrieved passage: the lists and acronyms a shown answer takes in do not matter to it. */
export function hasAnswerCandidate(query: Query, tokens: Token[], span: Span, facts: PassageFacts, passageText: string): boolean {
  return typedSpans(query, tokens, span, facts, passageText).length > 0;
}

function spans(query: Query, tokens: Token[], span: Span, facts: PassageFacts, passageText: string): Array<Span & { description?: string; cued?: boolean; shownStart?: number; shownEnd?: number }> {
  const found = typedSpans(query, tokens, span, facts, passageText);
  if (!COORDINABLE.has(query.type) || found.length === 0) return found;
  const partners = coordinable(query, tokens, span, facts);
  // A candidate stays where it was found (nearness to the question's words is measured from
  // there); only the answer shown takes in the names listed with it or the acronym beside it.
  return found.map((c) => {
    // A common noun phrase ("film lepas") heads no list of names and spells no acronym.
    if (!/^\p{Lu}/u.test(passageText.slice(c.start, c.end))) return c;
    const end = coordinatedEnd(c, partners, passageText);
    if (end !== c.end) return { ...c, shownEnd: end };
    // Only a name of several words is the long form an acronym spells.
    if (/\s/.test(passageText.slice(c.start, c.end).trim())) return { ...c, shownEnd: withAcronym(c.end, passageText, query.asked) };
    const spelled = withLongForm(c, partners, passageText, query.asked);
    return spelled ? { ...c, shownStart: spelled.start, shownEnd: spelled.end } : c;
  });
}

/** Names that can stand in a list with a candidate: people for "siapa", other names otherwise. */
function coordinable(query: Query, tokens: Token[], span: Span, facts: PassageFacts): Span[] {
  const inSentence = tokens.filter((t) => t.start >= span.start && t.end <= span.end);
  if (query.type === 'person') return facts.people.filter((p) => p.start >= span.start && p.end <= span.end && !inQuestion(tokens, p, query.asked));
  return nameRuns(inSentence, query.asked)
    // "Hamid Awaluddin dan Ketua Tim Perunding …": a title opens the next clause's person.
    .filter(([a]) => !TITLE_HEADS.has(fold(a.text)))
    .map(([a, b]) => ({ start: a.start, end: b.end }));
}

function typedSpans(query: Query, tokens: Token[], span: Span, facts: PassageFacts, passageText: string): Array<Span & { description?: string; cued?: boolean }> {
  // A news dateline ("Jakarta , Kompas -", "Toronto, Rabu —") names the desk, not the answer.
  const from = Math.max(span.start, datelineEnd(passageText));
  const inSentence = tokens.filter((t) => t.start >= from && t.end <= span.end);
  // Days and months are capitalized too ("Jumat", "Juli"); they name a time, not who or where.
  const timed = (t: Token) => facts.times.some((f) => t.start >= f.start && t.end <= f.end);
  const nameable = inSentence.filter((t) => !timed(t));
  const asked = query.asked;
  const text = (from: Token, to: Token) => ({ start: from.start, end: to.end });
  const head = headNoun(query);
  const heads = headForms(query);
  const afterHead = head ? afterHeadNoun(heads, inSentence, query.lang === 'en' && facts.lang === 'id' ? 'id' : facts.lang, asked, passageText) : [];
  const headed = afterHead.map(({ name: _, ...h }) => ({ ...h, cued: true }));
  if (asksCountry(query)) {
    // "Di negara manakah …": of the names here, the countries; the city or airport named beside
    // them is not the answer.
    const countries = nameRuns(nameable, asked).map(([a, b]) => text(a, b)).filter((c) => isCountry(passageText.slice(c.start, c.end)));
    if (countries.length > 0) return countries.map((c) => ({ ...c, cued: true }));
  }
  switch (query.type) {
    case 'date':
    case 'time':
    case 'duration': {
      const kinds = query.type === 'duration' ? ['duration'] : query.type === 'time' ? ['time'] : ['date', 'year', 'time'];
      const times = facts.times
        .filter((f) => f.start >= span.start && f.end <= span.end && kinds.includes(f.kind))
        .filter((f) => !asked.has(fold(f.text)));
      const found = times.map((f) => endAsked(withTimeNoun(inSentence, f, query, passageText, facts.lang), query, passageText));
      // "Kapan …?" of "Selasa ( 23/8 ) pukul 15.00" wants the day, not the hour.
      const onlyHours = query.type === 'date' && times.every((f) => f.kind === 'time');
      if ((found.length > 0 && !onlyHours) || query.type === 'duration') return found;
      // Bare day/month ("( 12/9 )") and years ("( 1974 )") the date recognizers leave alone.
      const bare = inSentence
        .filter((t) => (t.kind === 'date' || (t.kind === 'number' && /^(19|20)\d\d$/.test(t.text))) && !asked.has(t.text))
        .map((t) => withTimeNoun(inSentence, t, query, passageText, facts.lang));
      return bare.length > 0 ? bare : found;
    }
    case 'number':
      return numberSpans(query, inSentence, facts.times, facts.lang, passageText);
    case 'place':
    {
      const all = nameRuns(nameable, asked);
      const located = (c: Span) => withRegion(c, all.map(([a, b]) => text(a, b)), facts.people, passageText);
      if (headed.length > 0) return headed.map((h) => ({ ...located(h), cued: true }));
      const glossed = glosses(inSentence, asked, passageText);
      if (glossed.length > 0) return glossed;
      // A name after "di", "in" or a kind of place is where something is; another name in the
      // sentence may be who ("pihak Kremlin"). A cued one also wins over the cited sentence's
      // uncued names when it is in the sentence next to it (see short-answer.ts).
      const cued = all.filter(([a]) => placeCued(inSentence, inSentence.indexOf(a)));
      if (cued.length > 0) return cued.map(([a, b]) => ({ ...located(text(a, b)), cued: true }));
      return all.map(([a, b]) => located(text(a, b)));
    }
    case 'person': {
      const people = facts.people.filter((p) => p.start >= span.start && p.end <= span.end);
      const found = withTitled(
        people.filter((p) => !inQuestion(tokens, p, asked)).map((p) => ({ ...trimAsked(inSentence, p, asked), description: p.description })),
        titledNames(inSentence, asked, passageText, (t) => !timed(t)),
      ).map((p) => ({ ...p, ...withHonorifics(inSentence, p, passageText) }));
      if (found.length > 0) return found;
      // Organisations answer "siapa" too ("Pemerintah DKI Jakarta"), and the extractor misses some
      // people, so other names are the next best guess. But where it did find people in this
      // passage, a lone capitalized word here ("pihak Kremlin") is an institution, not the answer,
      // unless the text marks it as a person's name (an age, a title set off after it).
      const runs = nameRuns(nameable, asked);
      if (facts.people.length === 0) return runs.map(([a, b]) => text(a, b));
      const marked = markedNames(nameable, asked, passageText).map((t) => text(t, t));
      return [...runs.filter(([a, b]) => a !== b).map(([a, b]) => text(a, b)), ...marked].sort((x, y) => x.start - y.start);
    }
    case 'name':
    case 'thing': {
      // "Apa nama …" wants a proper name; "Sanksi apa …" wants the noun phrase it names.
      // A capital letter alone does not make a name: "Kelompok militan itu …" opens a sentence.
      const proper = headed.filter((_, i) => afterHead[i]!.name);
      const runs = nameRuns(nameable, asked).map(([a, b]) => text(a, b));
      const glossed = [...glosses(inSentence, asked, passageText), ...glossedBy(inSentence, asked, passageText)];
      // "Apa yang dibahas?" names no kind of thing: a lone name in the sentence may be the answer,
      // but one picked from several ("pengaruh Rusia di kawasan Eropa") would be a guess.
      const unnamed = runs.length === 1 ? runs : [];
      const objects = head === null ? verbObjects(query, inSentence, facts.lang) : [];
      // Without a kind to look for, the noun phrase after the question's own verb ("diraih" →
      // "peraih medali emas") is a better guess than a gloss on a name ("Yudistira ( 19 )").
      // "Selain pasir hitam , apa …": what the sentence lists with the thing the question names.
      const others = besidesPartners(query, inSentence);
      // Of the kind the question names, as surely as what follows its head noun.
      if (others.length > 0) return others.map((c) => ({ ...c, cued: true }));
      const order = query.type === 'name' ? [proper, glossed, runs, headed] : head === null ? [objects, glossed, unnamed] : [headed, glossed, nearHead(runs, heads, inSentence, tokens, facts.lang)];
      return (order.find((c) => c.length > 0) ?? []).map((c) => ({ ...c, ...withNumber(c, inSentence, timed, passageText) }));
    }
    default:
      return [];
  }
}

/**
 * The names in a sentence that may be of the kind asked for when none follows the kind's noun.
 * Where the sentence says the noun ("Isu apa …" against "… sejumlah isu …"), only a name close
 * to it: "Alaska" eight words before "isu" is where the issues were discussed. Where the passage
 * says it only elsewhere, and never next to a name ("tantangan domestik", "isu global"), the
 * source speaks of that kind in common nouns and a name here would be a guess. Where the passage
 * never says it, any name may be: FacQA's "Kelompok apakah …" is often answered by a sentence
 * that never says "kelompok".
 */
const HEAD_REACH = 4;

function nearHead(runs: Span[], heads: ReadonlySet<string>, tokens: Token[], passageTokens: Token[], lang: Lang): Span[] {
  const at = headNounAt(heads, tokens, lang);
  if (at.length === 0) {
    const elsewhere = headNounAt(heads, passageTokens, lang);
    const named = (i: number) => [passageTokens[i - 1], passageTokens[i + 1]].some((t) => t?.kind === 'word' && t.capitalized);
    return elsewhere.length === 0 || elsewhere.some(named) ? runs : [];
  }
  return runs.filter((r) => {
    const first = tokens.findIndex((t) => t.start === r.start);
    const last = tokens.findLastIndex((t) => t.end === r.end);
    return at.some((h) => (h < first ? first - h : h - last) <= HEAD_REACH);
  });
}

/** "Di negara manakah …", "In which country …". */
function asksCountry(query: Query): boolean {
  const head = headNoun(query);
  return head !== null && COUNTRY_HEADS.has(head) && ['place', 'name', 'thing'].includes(query.type);
}

/** Whether the name at tokens[i] follows a place preposition or a kind of place ("di negara bagian Alaska", "kota Anchorage"). */
function placeCued(tokens: Token[], i: number): boolean {
  const before = (k: number) => fold(tokens[k]?.text ?? '');
  if (i > 0 && PLACE_KINDS.has(before(i - 1)) && before(i - 1) !== 'bagian') return true;
  let k = i - 1;
  while (k >= 0 && i - k <= MAX_PLACE_KINDS && PLACE_KINDS.has(before(k))) k--;
  return k >= 0 && PLACE_CUES.has(before(k));
}

const DATELINE = /^\s*\p{Lu}[\p{L}.' ]{0,40}(?:,\s*[\p{L}\d()/ ]{0,30})?\s[-–—]\s/u;

/** Where a leading dateline ends (0 when there is none). */
function datelineEnd(text: string): number {
  return DATELINE.exec(text)?.[0].length ?? 0;
}

/**
 * The people found, with the title the question asks about where the sentence writes it right
 * before one of them: that title joins what the source says of the person (the extractor's own
 * name span is kept; it knows names better), and a person only this found is added.
 */
function withTitled(people: Array<Span & { description: string }>, titled: TitledName[]): Array<Span & { description: string }> {
  const out = people.map((p) => {
    const t = titled.find((n) => n.start < p.end && p.start < n.end);
    return t ? { ...p, description: `${t.title} ${p.description}`.trim() } : p;
  });
  for (const t of titled) {
    if (!people.some((p) => t.start < p.end && p.start < t.end)) out.push({ start: t.start, end: t.end, description: t.title });
  }
  return out;
}

/** A span without the question's own words at its start ("Kepala Dinas … Agus Aman" → "Agus Aman"). */
function trimAsked(tokens: Token[], span: Span, asked: Set<string>): Span {
  const inside = tokens.filter((t) => t.start >= span.start && t.end <= span.end);
  const first = inside.find((t) => !asked.has(fold(t.text)));
  return first ? { start: first.start, end: span.end } : span;
}

function inQuestion(tokens: Token[], span: Span, asked: Set<string>): boolean {
  const words = tokens.filter((t) => t.start >= span.start && t.end <= span.end);
  return words.length > 0 && words.every((t) => asked.has(fold(t.text)));
}
