/**
 * Topics a text lists itself: "seperti perubahan iklim, keamanan internasional, dan perdagangan
 * global", "Di antara topik yang dibahas, perhatian utama tertuju pada A, B, serta C",
 * "the agenda included A, B and C". A cue opens the list; the list runs to the end of the
 * sentence (or the next cue) but stops after its closing conjunction's item, so
 * "…, dan perdagangan global, semakin mendesak…" ends at "global".
 */
import type { Lang, Passage, Span } from '../../types.js';
import { tokensIn } from '../passage-tokens.js';
import { foldWord, hasContent, isDerivedVerb, isEdgeWeak, isProperName } from './words.js';

/** Cues after which the list follows directly. Both languages: quotes and mislabelled sources happen. */
const LIST_CUES = [
  'seperti', 'termasuk', 'antara lain', 'di antaranya', 'diantaranya', 'meliputi', 'mencakup',
  'yaitu', 'yakni', 'misalnya', 'contohnya', 'membahas', 'membicarakan',
  'such as', 'including', 'includes', 'included', 'include', 'namely', 'discussed', 'discussing',
  'covered', 'focused on',
];
/**
 * Cues that name the topics but may be followed by other words first ("topik yang dibahas,
 * perhatian utama tertuju pada …"): they count only when a list or an explicit link follows,
 * so "berbagai isu global" yields nothing.
 */
const TOPIC_CUES = [
  'topik-topik', 'topik', 'isu-isu', 'isu', 'agenda', 'pokok bahasan', 'tema', 'dibahas', 'dibicarakan',
  'topics', 'topic', 'issues', 'subjects',
];
const CUE = new RegExp(
  `(?<![\\p{L}\\p{N}-])(${[...LIST_CUES, ...TOPIC_CUES].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{N}-])`,
  'giu',
);
const TOPIC_CUE_SET = new Set(TOPIC_CUES);
/**
 * A cheap test that CUE may match: a cue in the lower-cased text. Most passages hold none, and
 * CUE (Unicode, case-insensitive, per sentence) costs far more. Case-insensitive Unicode matching
 * also reads "ſ" (long s) as "s", which lower-casing does not: such a text is always scanned.
 */
const ANY_CUE = new RegExp([...LIST_CUES, ...TOPIC_CUES].join('|'));

function mayHoldCue(text: string): boolean {
  return ANY_CUE.test(text.toLowerCase()) || text.includes('ſ');
}

/** "was discussed at length" is no list: after these, a verb cue needs a link like a topic cue. */
const PASSIVE = /\b(was|were|is|are|be|been|being)\s+$/i;
/** "seperti yang dikatakan…", "seperti biasa": a comparison, not a list. */
const NOT_A_LIST = /^\s*(yang|biasa|ini|itu|halnya|sebelumnya|this|that|before|usual)\b/i;

const LEADING_CONJUNCTION = /^\s*(?:dan|serta|atau|maupun|and|or|as well as|plus)\s+/i;
const INNER_CONJUNCTION = /\s(?:dan|serta|atau|and|or|as well as)\s/i;
/** Words after which, in a topic cue's first item, the list proper begins. */
const LINKS = new Set([
  'pada', 'adalah', 'ialah', 'yaitu', 'yakni', 'tentang', 'mengenai', 'terkait', 'seputar',
  'on', 'about', 'regarding', 'were', 'was', 'are', 'is', 'include', 'included', 'includes',
]);
/** Generic heads stripped from the front of an item: "masalah keamanan" → "keamanan". */
const HEADS = new Set([
  'upaya', 'usaha', 'langkah', 'langkah-langkah', 'masalah', 'soal', 'persoalan', 'isu', 'isu-isu',
  'topik', 'hal', 'seorang', 'sebuah', 'para', 'perhatian',
  'issue', 'issues', 'question', 'questions', 'matter', 'matters', 'effort', 'efforts', 'attempt',
  'attempts', 'ways', 'need', 'plans', 'topic', 'topics',
]);
/** Heads followed by a verb that goes too: "upaya untuk mengatasi X", "efforts to counter X". */
const VERB_HEADS = new Set(['upaya', 'usaha', 'langkah', 'langkah-langkah', 'effort', 'efforts', 'attempt', 'attempts', 'ways', 'need', 'plans']);
const RELATIVE = new Set(['yang', 'which', 'that', 'who', 'whose', 'where']);
const MAX_ITEM_WORDS = 8;

export interface EnumeratedItem extends Span {
  /** The cue named topics outright ("topik", "agenda") rather than examples ("seperti"). */
  topicCue: boolean;
}

export function enumeratedItems(passage: Passage, lang: Lang): EnumeratedItem[] {
  const { text } = passage;
  if (!mayHoldCue(text)) return [];
  const items: EnumeratedItem[] = [];
  const seen = new Set<number>();
  for (const sentence of passage.sentences) {
    const cues = [...text.slice(sentence.start, sentence.end).matchAll(CUE)].map((m) => ({
      start: sentence.start + m.index,
      end: sentence.start + m.index + m[0].length,
      word: foldWord(m[0]),
    }));
    cues.forEach((cue, i) => {
      const regionEnd = cues[i + 1]?.start ?? sentence.end;
      const before = text.slice(sentence.start, cue.start);
      const needsLink = TOPIC_CUE_SET.has(cue.word) || PASSIVE.test(before);
      for (const item of listItems(passage, cue.end, regionEnd, needsLink, lang)) {
        if (seen.has(item.start)) continue;
        seen.add(item.start);
        items.push({ ...item, topicCue: needsLink });
      }
    });
  }
  return items;
}

/** The list items in text[from, to), trimmed to their topic phrase. */
function listItems(passage: Passage, from: number, to: number, needsLink: boolean, lang: Lang): Span[] {
  const { text } = passage;
  let start = from;
  let linked = false;
  while (start < to && /[\s,:;—–-]/.test(text[start]!)) {
    if (text[start] === ':') linked = true;
    start++;
  }
  if (NOT_A_LIST.test(text.slice(start, to))) return [];
  const segments = splitSegments(text, start, to);
  const raw = chooseItems(text, segments);
  const items: Span[] = [];
  raw.forEach((span, i) => {
    let s = span;
    if (i === 0 && needsLink && !linked) {
      const after = afterLink(passage, span);
      if (after) { s = after; linked = true; }
    }
    const trimmed = trimItem(passage, s, lang);
    if (trimmed) items.push(trimmed);
  });
  // A topic cue without a link counts only when it heads a real list.
  if (needsLink && !linked && items.length < 2) return [];
  return items;
}

/** Comma- or semicolon-separated pieces; a comma between digits is a decimal point. */
function splitSegments(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if ((c === ',' || c === ';') && !(/\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? ''))) {
      out.push({ start, end: i });
      start = i + 1;
    }
  }
  out.push({ start, end: to });
  return out.filter((s) => text.slice(s.start, s.end).trim().length > 0);
}

/**
 * Where the list ends. With a comma before the closing conjunction ("A, B, serta C") only that
 * conjunction splits, so "Eropa dan Timur Tengah" inside an item stays whole; without one
 * ("A, B dan C") the first segment holding a conjunction closes the list; with none, the list
 * is its first segment ("termasuk perdagangan, dapat membuka jalan…").
 */
function chooseItems(text: string, segments: Span[]): Span[] {
  const lead = segments.findIndex((s, i) => i > 0 && LEADING_CONJUNCTION.test(text.slice(s.start, s.end)));
  if (lead > 0) {
    const last = segments[lead]!;
    const conj = LEADING_CONJUNCTION.exec(text.slice(last.start, last.end))!;
    return [...segments.slice(0, lead), { start: last.start + conj[0].length, end: last.end }];
  }
  const inner = segments.findIndex((s) => INNER_CONJUNCTION.test(text.slice(s.start, s.end)));
  if (inner >= 0) {
    const seg = segments[inner]!;
    const m = INNER_CONJUNCTION.exec(text.slice(seg.start, seg.end))!;
    const cut = seg.start + m.index;
    return [...segments.slice(0, inner), { start: seg.start, end: cut }, { start: cut + m[0].length, end: seg.end }];
  }
  return segments.slice(0, 1);
}

/** The part of a first item after its last link word ("perhatian … tertuju pada |keamanan siber"). */
function afterLink(passage: Passage, span: Span): Span | null {
  const tokens = tokensIn(passage, span.start, span.end);
  for (let i = tokens.length - 2; i >= 0; i--) {
    if (LINKS.has(foldWord(tokens[i]!.text))) return { start: tokens[i + 1]!.start, end: span.end };
  }
  return null;
}

/** The concise noun phrase of an item, or null when none is left or it is a name. */
function trimItem(passage: Passage, span: Span, lang: Lang): Span | null {
  let tokens = tokensIn(passage, span.start, span.end);
  const rel = tokens.findIndex((t, i) => i > 0 && RELATIVE.has(foldWord(t.text)));
  if (rel > 0) tokens = tokens.slice(0, rel);
  let expectVerb = false;
  for (;;) {
    const first = tokens[0];
    if (!first || tokens.length === 1) break;
    const lower = foldWord(first.text);
    if (HEADS.has(lower)) expectVerb ||= VERB_HEADS.has(lower);
    else if (isEdgeWeak(first, lang) || first.kind !== 'word') { /* strip */ }
    else if (isDerivedVerb(lower, lang)) expectVerb = false;
    else if (expectVerb && lang === 'en') expectVerb = false;
    else break;
    tokens = tokens.slice(1);
  }
  while (tokens.length > 0 && isEdgeWeak(tokens[tokens.length - 1]!, lang)) tokens = tokens.slice(0, -1);
  if (tokens.length === 0 || tokens.length > MAX_ITEM_WORDS) return null;
  if (!hasContent(tokens, lang) || isProperName(tokens, lang)) return null;
  if (tokens.length === 1 && HEADS.has(foldWord(tokens[0]!.text))) return null;
  return { start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end };
}
