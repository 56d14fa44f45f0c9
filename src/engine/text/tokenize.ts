/**
 * Case-preserving tokenizer with offsets. natural's Indonesian tokenizer is not used: it drops
 * capital letters (and so names, the strongest evidence a news question has) and splits
 * "21/8/2022" and "14.00" into pieces. Here dates, clock times and decimal numbers stay whole.
 */

export type TokenKind = 'word' | 'number' | 'date';

export interface Token {
  /** Verbatim text. */
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** First letter is upper case (a name, an acronym, or a sentence start). */
  capitalized: boolean;
}

// Order matters: whole dates and numbers before plain words; dotted acronyms (U.S.) as one token.
// One shared expression scanned with exec(): matchAll() clones it per call, which cost more than
// the scan itself on passage-sized texts. Tokenizing is synchronous, so sharing it is safe.
const TOKEN =
  /(\d{1,2}\/ ?\d{1,2}(?:\/\d{2,4})?)|(\d+(?:[.,:]\d+)+|\d+)|((?:\p{Lu}\.){2,})|([\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{M}\p{N}]+)*)/gu;
const UPPER = /^\p{Lu}/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) {
    const start = m.index;
    const raw = m[0];
    const kind: TokenKind = m[1] ? 'date' : m[2] ? 'number' : 'word';
    // "U.S." is indexed as "US" and "8/ 9" as "8/9": the dots and the stray space are spelling,
    // not content.
    const value = m[3] ? raw.replace(/\./g, '') : m[1] ? raw.replace(' ', '') : raw;
    tokens.push({ text: value, start, end: start + raw.length, kind, capitalized: isUpperInitial(raw) });
  }
  return tokens;
}

/** First letter upper case; most words are ASCII, where that is A–Z and needs no Unicode lookup. */
function isUpperInitial(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER.test(word);
}
