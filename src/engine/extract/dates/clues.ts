/**
 * Cheap facts about a passage that rule recognizers out before their scan. A recognizer's scan
 * costs about the same whatever it finds (V8 tries its alternatives at every position of the
 * text), and most passages hold no month, no weekday, no time unit and no four-digit number, so
 * one scan for the words the recognizers are built on, and a digit test, spare most scans.
 *
 * A recognizer's test must hold for every text it can match, or a time would go unread: a word
 * listed here has to stand whole in every match (word boundaries on both sides, as the
 * recognizer's own pattern puts them), which the recognizer that asks for it must make sure of.
 */
import { alt, B, E, WORD_CHAR } from './pattern.js';

export interface Clues {
  /** The passage holds a digit. */
  digits: boolean;
  /** It holds four digits in a row (a year, or part of a longer number). */
  fourDigits: boolean;
  /** It holds two numbers joined by "/" or "-" ("14/8", "2014-2022", "2025-08-15"). */
  numericDate: boolean;
  /** The words of all phrases asked about (see `somePhrase`) that stand whole in the passage. */
  words: ReadonlySet<string>;
  /** The lower-cased text, for a recognizer's own test. */
  lower: string;
}

/** Every word asked about, and the scan that finds them, rebuilt when a word is added. */
const vocabulary = new Set<string>();
let vocabularyScan: RegExp | null = null;

const WORD = new RegExp(`[${WORD_CHAR}]+`, 'g');

/** A phrase's words as the patterns' boundaries cut them: "jum'at" → jum, at; "baru-baru ini" → baru, baru, ini. */
function wordsOf(phrase: string): string[] {
  return phrase.toLowerCase().match(WORD) ?? [];
}

/**
 * A test that a passage may hold one of `phrases`: every word of one of them stands whole in it.
 * Made once, when a recognizer is defined. Phrases are filed by their first word, so the test
 * looks only at the few listed words a passage holds.
 */
export function somePhrase(phrases: Iterable<string>): (clues: Clues) => boolean {
  const byFirst = new Map<string, string[][]>();
  let empty = false;
  for (const phrase of new Set(phrases)) {
    const [first, ...rest] = wordsOf(phrase);
    if (first === undefined) {
      empty = true;
      continue;
    }
    for (const w of [first, ...rest]) vocabulary.add(w);
    const list = byFirst.get(first);
    if (list) list.push(rest);
    else byFirst.set(first, [rest]);
  }
  vocabularyScan = null;
  return (clues) => {
    if (empty) return true;
    for (const w of clues.words) {
      const rests = byFirst.get(w);
      if (rests?.some((rest) => rest.every((x) => clues.words.has(x)))) return true;
    }
    return false;
  };
}

/** The clues of a passage, from its lower-cased text (as the recognizers scan it). */
export function cluesOf(text: string, lower: string): Clues {
  vocabularyScan ??= new RegExp(`${B}(?:${alt(vocabulary)})${E}`, 'g');
  const words = new Set<string>();
  vocabularyScan.lastIndex = 0;
  for (let m = vocabularyScan.exec(lower); m !== null; m = vocabularyScan.exec(lower)) words.add(m[0]);
  const digits = /\d/.test(text);
  return {
    digits,
    fourDigits: digits && /\d{4}/.test(text),
    numericDate: digits && /\d[/-]\d/.test(text),
    words,
    lower,
  };
}
