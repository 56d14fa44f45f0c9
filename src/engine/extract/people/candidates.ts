/**
 * Name candidates in one passage: runs of joined capitalized words that are not titles, sides,
 * places or organisations, with the evidence around each — a role phrase before it, after a
 * comma, or after it; a courtesy title; a side stated as "… dari Rusia"; a place preposition.
 * Whether a candidate is a person is decided over the whole source (people.ts): a one-word
 * candidate needs a title or a full name with that surname; a full name needs no place reading.
 */
import type { Lang } from '../../types.js';
import { FIELD_OPENERS, LOCATIVES, NON_PERSON_PHRASES } from './lexicon.js';
import { roleAfter, roleBefore, type DomainMarks, type RolePhrase } from './roles.js';
import { sideName } from './sides.js';
import { isCountry } from '../../text/countries.js';
import type { Word } from './words.js';

export interface Candidate {
  passage: number;
  /** The name's words, possessive endings removed. */
  names: string[];
  /** Word indexes of the name in its passage. */
  first: number;
  last: number;
  start: number;
  end: number;
  role: string | null;
  side: string | null;
  possessor: string | null;
  /** Right after a title or courtesy title: enough for a one-word name. */
  titled: boolean;
  /** Opens a sentence, so its first capital proves nothing; other evidence must confirm it. */
  tentative: boolean;
  /** Right after a place preposition with no title: reads as a place. */
  locative: boolean;
  absent: boolean;
  /** Named in a clause that says someone took part (see clauses.ts). */
  present: boolean;
}

export interface SourceContext {
  lang: Lang;
  /** A sentence's first word that is no name: a stop word, or an ordinary word the source never capitalizes mid-sentence. */
  isCommon(lower: string): boolean;
  /** A word the source also writes in lower case, or a derived word ("Pertanian"). */
  isOrdinary(lower: string): boolean;
  /** Words the source capitalizes in mid-sentence. */
  capitalizedMidSentence: Set<string>;
}

const MAX_NAME_WORDS = 4;
const COMMA = /^\s*,\s+$/u;
const BRACKET_OPEN = /^\s*\(\s*$/u;
const BRACKET_CLOSE = /^\s*\)\s+$/u;
const AFTER_NAME_ROLE = new Set(['selaku', 'sebagai']);
const FROM = new Set(['dari', 'of', 'from']);

export function passageCandidates(passage: number, text: string, words: Word[], ctx: SourceContext): Candidate[] {
  const out: Candidate[] = [];
  const domain: DomainMarks = new Set();
  for (let i = 0; i < words.length; i++) {
    if (words[i]!.kind !== 'name') continue;
    let b = i;
    while (b + 1 < words.length && words[b]!.joined && !words[b]!.possessive) {
      const next = words[b + 1]!;
      if (next.kind === 'name') b++;
      else if (next.kind === 'particle' && next.joined && words[b + 2]?.kind === 'name') b += 2;
      else break;
    }
    const candidate = segment(passage, text, words, i, b, ctx, domain);
    if (candidate) out.push(candidate);
    i = b;
  }
  return out;
}

function segment(passage: number, text: string, words: Word[], a: number, b: number, ctx: SourceContext, domain: DomainMarks): Candidate | null {
  const before = words[a - 1];
  const after = words[b + 1];
  // "Joint Base …", "New York", "Universitas …": a place or organisation word joined to the run.
  if (after && words[b]!.joined && !words[b]!.possessive && after.kind === 'place') return null;
  // "PT Angkasa Pura", "Kota Bandung" name organisations and places, unless a title stands before
  // them: then the organisation is the title's and the name that follows is a person's
  // ("Direktur BES Guntur Pasaribu", "Kepala Dinas Kabupaten Kerinci Anizar").
  let orgRole: { start: number; end: number } | null = null;
  if (before?.joined && (before.kind === 'place' || before.kind === 'acronym')) {
    const head = titleStart(words, a - 1);
    if (head === null) return null;
    if (before.namesPlace) a++; // the place's or organisation's own name
    if (a > b) return null;
    orgRole = { start: words[head]!.start, end: words[a - 1]!.end };
  }
  if (isFigureOfSpeech(words, a, b)) return null;

  let tentative = false;
  if (words[a]!.sentenceStart && a === b && isCommon(words[a]!, ctx)) return null;
  if (words[a]!.sentenceStart && b > a) {
    if (isCommon(words[a]!, ctx)) a++;
    else tentative = !ctx.capitalizedMidSentence.has(words[a]!.lower);
  }
  // "Menteri Pertanian Andi …": a common word right after a title names the title's domain.
  while (a < b && words[a - 1]?.joined && isTitleWord(words, a - 1, domain) && !words[a]!.initials && ctx.isOrdinary(words[a]!.lower)) {
    domain.add(a);
    a++;
  }
  // "Agriculture Secretary Brooke …": in English a capitalized word before a title is its domain.
  if (ctx.lang === 'en' && after && words[b]!.joined && !words[b]!.possessive && (after.kind === 'head' || after.kind === 'modifier')) {
    for (let k = a; k <= b; k++) domain.add(k);
    return null;
  }
  if (b - a + 1 > MAX_NAME_WORDS) return null;
  // "sutradara Austria , Michael Glawogger": a country after a title is whose the title is.
  if (isCountry(text.slice(words[a]!.start, words[b]!.end))) return null;

  const first = words[a]!;
  const last = words[b]!;
  const prev = words[a - 1];
  let phrase: RolePhrase | null = orgRole && { role: text.slice(orgRole.start, orgRole.end), side: null, possessor: null };
  if (!phrase && prev?.joined) phrase = roleBefore(words, a - 1, text, ctx.lang, domain);
  if (!phrase && prev && COMMA.test(prev.gapAfter)) phrase = roleBefore(words, a - 1, text, ctx.lang, domain);
  // "Wakil Presiden ( Wapres ) Jusuf Kalla": the title's short form in brackets stands between.
  if (!phrase && prev && BRACKET_CLOSE.test(prev.gapAfter) && BRACKET_OPEN.test(words[a - 2]?.gapAfter ?? '')) {
    phrase = roleBefore(words, a - 2, text, ctx.lang, domain);
  }
  if (!phrase && after && COMMA.test(last.gapAfter)) phrase = roleAfter(words, b + 1, text, ctx.lang, domain);
  if (!phrase && after && last.joined && AFTER_NAME_ROLE.has(after.lower)) phrase = roleAfter(words, b + 2, text, ctx.lang, domain);

  let side = phrase?.side ?? null;
  const of = words[b + 2];
  if (!side && after && last.joined && FROM.has(after.lower) && after.joined && of?.side && !of.side.institution) {
    side = sideName(of.side.side, ctx.lang);
  }
  const honorific = prev?.kind === 'honorific' && /^\.?\s+$/u.test(prev.gapAfter);
  // One word after a title is a name ("Presiden Putin") only where the capitalized run ends and
  // the word is no ordinary one: "Kepala Cabang PT …", "Menteri Pendidikan" name no one.
  // After an organisation's name, one word may as well be a place: "Direktur LPTP Yogyakarta".
  const prefixed = honorific || (!orgRole && !!prev?.joined && phrase !== null && !FIELD_OPENERS.has(prev.lower));
  const lone = a === b && ((last.joined && !!after?.capitalized) || ctx.isOrdinary(first.lower));
  const locative = !phrase && !!prev?.joined && !prev.capitalized && LOCATIVES.has(prev.lower);
  return {
    passage,
    names: words.slice(a, b + 1).map((w) => w.text),
    first: a,
    last: b,
    start: first.start,
    end: last.end,
    role: phrase?.role ?? null,
    side,
    possessor: phrase?.possessor ?? null,
    titled: prefixed && !lone,
    tentative,
    locative,
    absent: false,
    present: false,
  };
}

// Helpers of segment() are functions of their own rather than closures inside it: segment() runs
// for every capitalized run, and making closures there cost more than the rest of its work.

/** Initials ("A.", "J.D.") are not words, whatever their letters spell ("a" is a stop word). */
function isCommon(w: Word, ctx: SourceContext): boolean {
  return !w.initials && ctx.isCommon(w.lower);
}

function isTitleWord(words: Word[], i: number, domain: DomainMarks): boolean {
  return words[i]!.kind === 'head' || words[i]!.kind === 'modifier' || domain.has(i);
}

/** Words of NON_PERSON_PHRASES: a run holding none of them holds none of the phrases. */
const FIGURE_WORDS = new Set([...NON_PERSON_PHRASES].flatMap((p) => p.split(' ')));

/** words[a..b] hold a figure of speech that looks like a name ("Paman Sam", "Perang Dingin"). */
function isFigureOfSpeech(words: Word[], a: number, b: number): boolean {
  let some = false;
  for (let k = a; k <= b && !some; k++) some = FIGURE_WORDS.has(words[k]!.lower);
  if (!some) return false;
  const whole = ` ${words.slice(a, b + 1).map((w) => w.lower).join(' ')} `;
  for (const phrase of NON_PERSON_PHRASES) if (whole.includes(` ${phrase} `)) return true;
  return false;
}

/** Kinds that may stand between a title and a person's name: "Kepala Cabang PT Angkasa Pura II Bandara Polonia". */
const TITLE_STRETCH = new Set(['head', 'modifier', 'side', 'place', 'acronym', 'name', 'connector']);
const MAX_TITLE_STRETCH = 10;

/** Where the title begins in the joined words ending at `j`, or null when they hold no title. */
function titleStart(words: Word[], j: number): number | null {
  let start: number | null = null;
  for (let k = j; k >= 0 && j - k < MAX_TITLE_STRETCH; k--) {
    const w = words[k]!;
    if ((k < j && !w.joined) || w.possessive || !TITLE_STRETCH.has(w.kind)) break;
    if (w.kind === 'head') start = k;
  }
  return start;
}
