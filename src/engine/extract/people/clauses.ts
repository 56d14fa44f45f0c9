/**
 * What a clause says about the people named in it: the side they are on ("Dari Rusia, hadir …",
 * "Amerika Serikat diwakili oleh …", "… represented the United States", "delegasi Rusia") and
 * whether one of them stayed away ("tidak hadir", "did not attend", "tanpa kehadiran …") or
 * took part ("hadir", "met", "joined").
 * A clause ends at a sentence end, a semicolon or a contrast word ("sementara", "while"), so
 * "Dari Rusia, hadir A dan B, sementara Amerika Serikat diwakili oleh C" gives A and B one side
 * and C the other.
 */
import type { Lang } from '../../types.js';
import { CLAUSE_BREAKS } from './lexicon.js';
import { sideName } from './sides.js';
import type { Candidate } from './candidates.js';
import type { Word } from './words.js';

const FROM = new Set(['dari', 'from']);
const REPRESENTED_BY = new Set(['diwakili', 'represented']);
const REPRESENTING = new Set(['mewakili', 'representing', 'represents', 'represent', 'represented']);
const AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'will', 'juga', 'akan', 'the']);
const DELEGATION_BEFORE = new Set(['delegasi', 'pihak', 'kubu']);
const DELEGATION_AFTER = new Set(['delegation', 'side', 'team', 'camp']);

/** Absence phrases whose subject precedes them: "Zelensky tidak hadir", "X was not invited". */
const ABSENT_AFTER_NAME = [
  'tidak hadir', 'tak hadir', 'tidak ikut', 'tak ikut', 'tidak turut', 'tidak menghadiri', 'tak menghadiri',
  'tidak datang', 'tidak diundang', 'tak diundang', 'batal hadir', 'absen', 'berhalangan hadir',
  'did not attend', "didn't attend", 'did not join', "didn't join", 'did not take part', 'was absent',
  'were absent', 'was not present', 'were not present', "wasn't present", 'stayed away', 'was not invited',
  "wasn't invited", 'were not invited', 'not attend', 'not attending', 'absent from', 'skipped',
];

/**
 * Words that say the people of their clause took part in a meeting, as written (not stemmed: a
 * root such as "wakil" is also the title "Wakil Presiden", "bicara" also a phone call). A person
 * named only elsewhere ("he would call Zelensky") is mentioned, not a participant.
 */
const TOOK_PART = new Set([
  'hadir', 'menghadiri', 'dihadiri', 'bertemu', 'menemui', 'pertemuan', 'berunding', 'perundingan', 'pembicaraan',
  'dialog', 'ktt', 'didampingi', 'mendampingi', 'diwakili', 'mewakili', 'delegasi', 'ikut', 'bergabung', 'duduk',
  'tiba', 'menyambut', 'disambut', 'berjabat',
  'met', 'meet', 'meets', 'meeting', 'talks', 'summit', 'attended', 'attend', 'attends', 'attending', 'joined',
  'accompanied', 'accompanying', 'represented', 'representing', 'delegation', 'sat', 'arrived', 'greeted',
  'shook', 'negotiated', 'negotiations', 'hosted',
]);

/** Absence phrases whose subject follows them: "tanpa kehadiran Zelensky". */
const ABSENT_BEFORE_NAME = ['tanpa kehadiran', 'tidak dihadiri', 'tak dihadiri', 'not attended by', 'absent was', 'absent were'];

/** Phrases by first word, so most words are passed over with one lookup. */
function byFirstWord(phrases: string[]): Map<string, string[][]> {
  const map = new Map<string, string[][]>();
  for (const p of phrases) {
    const parts = p.split(' ');
    map.set(parts[0]!, [...(map.get(parts[0]!) ?? []), parts]);
  }
  return map;
}
const AFTER_NAME = byFirstWord(ABSENT_AFTER_NAME);
const BEFORE_NAME = byFirstWord(ABSENT_BEFORE_NAME);

/** `candidates` are this passage's people, in order; sides fill only where no role phrase gave one. */
export function applyClauses(words: Word[], candidates: Candidate[], lang: Lang): void {
  if (candidates.length === 0) return;
  let next = 0;
  for (const [from, to] of clauses(words)) {
    const inClause: Candidate[] = [];
    for (; next < candidates.length && candidates[next]!.first < to; next++) inClause.push(candidates[next]!);
    if (inClause.length === 0) continue;
    const cues = sideCues(words, from, to, lang);
    for (const c of inClause) c.side ??= sideFor(c, cues);
    markAbsences(words, from, to, inClause);
    if (saysTookPart(words, from, to)) for (const c of inClause) c.present = true;
  }
}

function saysTookPart(words: Word[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (TOOK_PART.has(words[i]!.lower)) return true;
  return false;
}

function clauses(words: Word[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let i = 1; i <= words.length; i++) {
    const w = words[i];
    const prev = words[i - 1]!;
    if (!w || w.sentence !== prev.sentence || prev.gapAfter.includes(';') || CLAUSE_BREAKS.has(w.lower)) {
      out.push([start, i]);
      start = i;
    }
  }
  return out;
}

/**
 * A statement of side, and which way it reaches: "Dari Rusia, hadir A" and "X diwakili oleh A"
 * give the side of the people after them; "A represented X" and "A … on the Russian side" of
 * the people before; "delegasi Rusia" of whoever is nearest.
 */
interface SideCue {
  at: number;
  side: string;
  reach: 'after' | 'before' | 'nearest';
}

/** Every word that can state a side in a clause: most words are none, and are passed over with one lookup. */
const SIDE_CUE_WORDS = new Set([...REPRESENTED_BY, ...REPRESENTING, ...DELEGATION_BEFORE, ...DELEGATION_AFTER]);

function sideCues(words: Word[], from: number, to: number, lang: Lang): SideCue[] {
  const clause: Clause = { words, from, to, lang };
  const cues: SideCue[] = [];
  const open = CLAUSE_BREAKS.has(words[from]!.lower) ? from + 1 : from;
  if (FROM.has(wordAt(clause, open)?.lower ?? '')) addCue(cues, open, named(clause, open + 1), 'after');
  for (let i = from; i < to; i++) {
    const w = words[i]!;
    if (!SIDE_CUE_WORDS.has(w.lower)) continue;
    if (REPRESENTED_BY.has(w.lower) && (w.lower !== 'represented' || wordAt(clause, i + 1)?.lower === 'by')) {
      let k = i - 1;
      while (wordAt(clause, k) && AUXILIARIES.has(wordAt(clause, k)!.lower)) k--;
      addCue(cues, i, named(clause, k), 'after');
    } else if (REPRESENTING.has(w.lower)) {
      let k = i + 1;
      while (wordAt(clause, k) && AUXILIARIES.has(wordAt(clause, k)!.lower)) k++;
      addCue(cues, i, named(clause, k), 'before');
    } else if (DELEGATION_BEFORE.has(w.lower)) {
      addCue(cues, i, named(clause, i + 1), 'nearest');
    } else if (DELEGATION_AFTER.has(w.lower)) {
      const onThe = wordAt(clause, i - 2)?.lower === 'the' && wordAt(clause, i - 3)?.lower === 'on';
      addCue(cues, i, named(clause, i - 1), onThe ? 'before' : 'nearest');
    }
  }
  return cues;
}

// Plain functions over the clause rather than closures made per clause: clauses are many.
interface Clause {
  words: Word[];
  from: number;
  to: number;
  lang: Lang;
}

function wordAt(c: Clause, i: number): Word | undefined {
  return i >= c.from && i < c.to ? c.words[i] : undefined;
}

/** The country or bloc the word at `i` names (not an institution), in the source's language. */
function named(c: Clause, i: number): string | null {
  const w = wordAt(c, i);
  return w?.side && !w.side.institution ? sideName(w.side.side, c.lang) : null;
}

function addCue(cues: SideCue[], at: number, side: string | null, reach: SideCue['reach']): void {
  if (side) cues.push({ at, side, reach });
}

/** The cue that reaches a person: the nearest before it that reaches forward, or after it that reaches back. */
function sideFor(c: Candidate, cues: SideCue[]): string | null {
  let before: SideCue | undefined;
  let after: SideCue | undefined;
  for (const q of cues) {
    if (q.at < c.first) before = q;
    else if (q.at > c.last && !after) after = q;
  }
  if (before?.reach === 'before') before = undefined;
  if (after?.reach === 'after') after = undefined;
  if (before && after) return c.first - before.at <= after.at - c.last ? before.side : after.side;
  return (before ?? after)?.side ?? null;
}

function markAbsences(words: Word[], from: number, to: number, people: Candidate[]): void {
  for (let i = from; i < to; i++) {
    if (startsPhrase(words, i, to, AFTER_NAME)) {
      const before = people.filter((c) => c.last < i);
      const subject = before.length > 0 ? coordinated(words, before, -1) : coordinated(words, people.filter((c) => c.first > i), 1);
      for (const c of subject) c.absent = true;
    } else if (startsPhrase(words, i, to, BEFORE_NAME)) {
      for (const c of coordinated(words, people.filter((c) => c.first > i), 1)) c.absent = true;
    }
  }
}

function startsPhrase(words: Word[], i: number, to: number, phrases: Map<string, string[][]>): boolean {
  const options = phrases.get(apostrophe(words[i]!.lower));
  if (!options) return false;
  return options.some((p) => p.every((part, k) => i + k < to && apostrophe(words[i + k]!.lower) === part));
}

function apostrophe(word: string): string {
  return word.includes('’') ? word.replace('’', "'") : word;
}

/** The person nearest the cue and those listed with it ("A dan B tidak hadir"). */
function coordinated(words: Word[], people: Candidate[], direction: 1 | -1): Candidate[] {
  if (people.length === 0) return [];
  const ordered = direction === -1 ? [...people].reverse() : people;
  const out = [ordered[0]!];
  for (let k = 1; k < ordered.length; k++) {
    const [left, right] = direction === -1 ? [ordered[k]!, ordered[k - 1]!] : [ordered[k - 1]!, ordered[k]!];
    const between = words.slice(left.last + 1, right.first).map((w) => w.lower);
    const gap = words[left.last]!.gapAfter;
    if (between.length > 1 || (between.length === 1 && !['dan', 'and', 'serta'].includes(between[0]!)) || !/^[\s,]*$/u.test(gap.replace(/\s+/g, ' '))) break;
    out.push(ordered[k]!);
  }
  return out;
}
