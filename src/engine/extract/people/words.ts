/**
 * A passage's words, each labelled with what it can be in a person mention: part of a name, a
 * title head or modifier, a side (country, bloc, institution), a place or organisation word, or
 * an ordinary word. Labels come from the lexicon and from capitalization; whether a capitalized
 * word at the start of a sentence is a name is left to the caller, which knows the whole source.
 */
import type { Passage } from '../../types.js';
import { fold as foldText } from '../../text/normalize.js';
import { passageTokens } from '../passage-tokens.js';
import type { Token } from '../../text/tokenize.js';
import {
  CALENDAR, HONORIFICS, NAME_PARTICLES, PLACE_ORG_HEADS, PLACE_PREFIXES, PLACE_SUFFIXES, TITLE_CONNECTORS, TITLE_HEADS,
  TITLE_MODIFIERS,
} from './lexicon.js';
import { matchSide, opensSide, type SideMatch } from './sides.js';

export type WordKind =
  | 'name' | 'head' | 'modifier' | 'connector' | 'honorific' | 'side' | 'place' | 'acronym' | 'particle' | 'other';

export interface Word {
  /** Verbatim, without a possessive ending ("Trump's" → "Trump"). */
  text: string;
  /** Folded lower case of `text`. */
  lower: string;
  start: number;
  /** End of `text` (before any possessive ending). */
  end: number;
  kind: WordKind;
  capitalized: boolean;
  possessive: boolean;
  /** First word of a sentence or of a quotation: its capital proves nothing. */
  sentenceStart: boolean;
  sentence: number;
  /** Only spaces separate this word from the next one. */
  joined: boolean;
  /** What separates this word from the next one. */
  gapAfter: string;
  /** "F." or "J.D.": part of a name, whatever the letters spell. */
  initials: boolean;
  /** Heads a place or organisation name that follows it: "Kota …", "Dinas …", "Bandara …". */
  namesPlace: boolean;
  /** On every word of a side phrase. */
  side?: SideMatch;
}

const POSSESSIVE = /['’]s$/u;

/** fold() normalizes Unicode, which is slow per word; plain ASCII only needs lower case. */
export function fold(word: string): string {
  return /^[\x00-\x7f]*$/.test(word) ? word.toLowerCase() : foldText(word);
}
const ACRONYM = /^\p{Lu}{2,}$/u;

export function passageWords(passage: Passage): Word[] {
  const tokens = passageTokens(passage);
  const words: Word[] = [];
  let sentence = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    while (sentence + 1 < passage.sentences.length && t.start >= passage.sentences[sentence + 1]!.start) sentence++;
    const prev = words[words.length - 1];
    const { text, lower, possessive, kind, namesPlace } = lexeme(t);
    // Initials belong to the name they precede: "Robert F. Kennedy", "J.D. Vance" (tokenized
    // as "JD"). A dotted abbreviation that names a side ("U.S.") is relabelled by markSides.
    const gapAfter = next ? passage.text.slice(t.end, next.start) : '';
    const initial = t.text.length <= 2 && gapAfter.startsWith('.') && /^\p{Lu}$/u.test(t.text) && /^\.[ \u00a0]+$/u.test(gapAfter);
    const initials = initial || (t.end - t.start > t.text.length && t.text.length <= 3);
    // Dotted acronyms are tokenized without their dots ("U.S." → "US"): keep the token's own end.
    const end = possessive ? t.end - 2 : t.end;
    words.push({
      text,
      lower,
      start: t.start,
      end,
      kind: t.kind !== 'word' ? 'other' : initials ? 'name' : kind,
      capitalized: t.capitalized,
      possessive,
      sentenceStart: !prev || prev.sentence !== sentence || opensQuote(passage.text.slice(prev.end, t.start)),
      sentence,
      joined: gapAfter === ' ' || /^[ \u00a0]+$/u.test(gapAfter) || initial,
      gapAfter,
      initials,
      namesPlace: t.capitalized && namesPlace,
      side: undefined, // set by markSides; present from the start so every word has one shape
    });
  }
  markSides(words);
  return words;
}

/** What separates two words ends with a colon, quote or bracket: the next word opens a quotation. */
function opensQuote(gap: string): boolean {
  return gap !== ' ' && /[:"“”‘(]\s*$/u.test(gap);
}

/** What a written word is, whatever its place. */
interface Lexeme {
  /** Without a possessive ending. */
  text: string;
  lower: string;
  possessive: boolean;
  /** Its kind as a word token that is not an initial. */
  kind: WordKind;
  /** Heads a place or organisation name, when capitalized. */
  namesPlace: boolean;
}

function lexeme(t: Token): Lexeme {
  // Only words end in "'s" (numbers and dates hold no apostrophe); the regex only for those ending in "s".
  const possessive = t.text.endsWith('s') && POSSESSIVE.test(t.text);
  const text = possessive ? t.text.replace(POSSESSIVE, '') : t.text;
  // Most words are plain lower-case ASCII already; only the rest need folding.
  const lower = !t.capitalized && /^[a-z]+$/.test(text) ? text : fold(text);
  const flags = FLAGS.get(lower) ?? 0;
  return { text, lower, possessive, kind: classify(text, flags, t.capitalized), namesPlace: (flags & PLACE_HEAD) !== 0 };
}

// One lookup per word: the lexicon's lists folded into bit flags.
const HEAD = 1, MODIFIER = 2, HONORIFIC = 4, CONNECTOR = 8, PARTICLE = 16, PLACE = 32, PLACE_HEAD = 64;
const FLAGS = new Map<string, number>();
for (const [list, bit] of [
  [TITLE_HEADS, HEAD], [TITLE_MODIFIERS, MODIFIER], [HONORIFICS, HONORIFIC], [TITLE_CONNECTORS, CONNECTOR],
  [NAME_PARTICLES, PARTICLE], [PLACE_ORG_HEADS, PLACE | PLACE_HEAD], [PLACE_PREFIXES, PLACE | PLACE_HEAD], [PLACE_SUFFIXES, PLACE],
  [CALENDAR, PLACE],
] as const) {
  for (const w of list) FLAGS.set(w, (FLAGS.get(w) ?? 0) | bit);
}

function classify(text: string, f: number, capitalized: boolean): WordKind {
  if (f & HEAD) return 'head';
  if (f & MODIFIER) return 'modifier';
  if (!capitalized) return f & CONNECTOR ? 'connector' : f & PARTICLE ? 'particle' : 'other';
  if (f & HONORIFIC) return 'honorific';
  if (f & PLACE) return 'place';
  if (ACRONYM.test(text)) return 'acronym';
  return 'name';
}

/** Country, bloc and institution phrases, longest first, over runs of joined words. */
function markSides(words: Word[]): void {
  for (let i = 0; i < words.length; ) {
    const w = words[i]!;
    if (!w.capitalized) { i++; continue; }
    if ((w.kind !== 'name' && w.kind !== 'place' && w.kind !== 'acronym') || !opensSide(w.lower)) { i++; continue; }
    const run: string[] = [w.text];
    for (let j = i; j < words.length - 1 && words[j]!.joined && !words[j]!.possessive && run.length < 4; j++) run.push(words[j + 1]!.text);
    const match = matchSide(run);
    if (!match) { i++; continue; }
    for (let k = i; k < i + match.length; k++) Object.assign(words[k]!, { kind: 'side', side: match });
    i += match.length;
  }
}
