/**
 * A passage's words, each labelled with what it can be in a person mention: part of a name, a
 * title head or modifier, a side (country, bloc, institution), a place or organisation word, or
 * an ordinary word. Labels come from the lexicon and from capitalization; whether a capitalized
 * word at the start of a sentence is a name is left to the caller, which knows the whole source.
 */
import type { Passage } from '../../types.js';
import { fold } from '../../text/normalize.js';
import { tokenize } from '../../text/tokenize.js';
import {
  CALENDAR, HONORIFICS, NAME_PARTICLES, PLACE_MODIFIERS, PLACE_ORG_HEADS, TITLE_CONNECTORS, TITLE_HEADS,
  TITLE_MODIFIERS,
} from './lexicon.js';
import { matchSide, type SideMatch } from './sides.js';

export type WordKind =
  | 'name' | 'head' | 'modifier' | 'connector' | 'honorific' | 'side' | 'place' | 'particle' | 'other';

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
  /** On every word of a side phrase. */
  side?: SideMatch;
}

const POSSESSIVE = /['’]s$/u;
const ACRONYM = /^\p{Lu}{2,}$/u;

export function passageWords(passage: Passage): Word[] {
  const tokens = tokenize(passage.text);
  const words: Word[] = [];
  let sentence = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    while (sentence + 1 < passage.sentences.length && t.start >= passage.sentences[sentence + 1]!.start) sentence++;
    const prev = words[words.length - 1];
    const possessive = t.kind === 'word' && POSSESSIVE.test(t.text);
    const text = possessive ? t.text.replace(POSSESSIVE, '') : t.text;
    // Dotted acronyms are tokenized without their dots ("U.S." → "US"): keep the token's own end.
    const end = possessive ? t.end - 2 : t.end;
    const gapBefore = prev ? passage.text.slice(prev.end, t.start) : '';
    const gapAfter = next ? passage.text.slice(t.end, next.start) : '';
    words.push({
      text,
      lower: fold(text),
      start: t.start,
      end,
      kind: t.kind === 'word' ? classify(text, t.capitalized) : 'other',
      capitalized: t.capitalized,
      possessive,
      sentenceStart: !prev || prev.sentence !== sentence || /[:"“”‘(]\s*$/u.test(gapBefore),
      sentence,
      joined: /^[ \u00a0]+$/u.test(gapAfter),
      gapAfter,
    });
  }
  markSides(words);
  return words;
}

function classify(text: string, capitalized: boolean): WordKind {
  const lower = fold(text);
  if (TITLE_HEADS.has(lower)) return 'head';
  if (TITLE_MODIFIERS.has(lower)) return 'modifier';
  if (HONORIFICS.has(lower) && capitalized) return 'honorific';
  if (!capitalized) {
    if (TITLE_CONNECTORS.has(lower)) return 'connector';
    if (NAME_PARTICLES.has(lower)) return 'particle';
    return 'other';
  }
  if (ACRONYM.test(text.replace(/\./g, '')) || PLACE_ORG_HEADS.has(lower) || PLACE_MODIFIERS.has(lower) || CALENDAR.has(lower)) {
    return 'place';
  }
  return 'name';
}

/** Country, bloc and institution phrases, longest first, over runs of joined words. */
function markSides(words: Word[]): void {
  for (let i = 0; i < words.length; ) {
    const w = words[i]!;
    if (!w.capitalized) { i++; continue; }
    const run: string[] = [w.text];
    for (let j = i; j < words.length - 1 && words[j]!.joined && !words[j]!.possessive && run.length < 4; j++) run.push(words[j + 1]!.text);
    const match = matchSide(run);
    if (!match) { i++; continue; }
    for (let k = i; k < i + match.length; k++) Object.assign(words[k]!, { kind: 'side', side: match });
    i += match.length;
  }
}
