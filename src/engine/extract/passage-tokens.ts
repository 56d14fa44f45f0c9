/**
 * A passage's tokens, shared at index time: people, key phrases and enumerations all read the
 * passages of one source, one extractor after the other, and then the passage index takes its
 * terms from them; tokenizing each passage once per reader was a tenth of extraction time. Only the current source's passages are kept: keeping
 * more made garbage collection cost more than tokenizing again. They are filed by passage number
 * in an array rather than in a Map keyed by the passage: a long-lived Map of objects cost more
 * than the tokenizing it saved.
 */
import type { Passage } from '../types.js';
import { tokenize, type Token } from '../text/tokenize.js';

interface Entry {
  passage: Passage;
  text: string;
  tokens: readonly Token[];
}

let source: string | null = null;
let entries: Array<Entry | undefined> = [];

/** tokenize(passage.text), computed once while its source is the one being read. Do not modify. */
export function passageTokens(passage: Passage): readonly Token[] {
  if (passage.sourceId !== source) {
    source = passage.sourceId;
    entries = [];
  }
  // The same number may be another passage (another version of the source): check it is this one.
  // Passages are not changed after they are made; the text check makes the memo safe regardless.
  const hit = entries[passage.number];
  if (hit && hit.passage === passage && hit.text === passage.text) return hit.tokens;
  const tokens = tokenize(passage.text);
  if (Number.isSafeInteger(passage.number) && passage.number >= 0) entries[passage.number] = { passage, text: passage.text, tokens };
  return tokens;
}

/**
 * The tokens of text.slice(span.start, span.end), offsets into the passage. Tokenizing a slice
 * gives the passage's own tokens inside it unless a token crosses one of its ends (the
 * tokenizer looks at no context), so only then is the slice tokenized afresh.
 */
export function tokensIn(passage: Passage, start: number, end: number): Token[] {
  const tokens = passageTokens(passage);
  let i = firstEndingAfter(tokens, start);
  const out: Token[] = [];
  for (; i < tokens.length && tokens[i]!.start < end; i++) {
    const t = tokens[i]!;
    if (t.start < start || t.end > end) return sliceTokens(passage.text, start, end);
    out.push(t);
  }
  return out;
}

/** Index of the first token ending after `at` (binary search: tokens are in order). */
function firstEndingAfter(tokens: readonly Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function sliceTokens(text: string, start: number, end: number): Token[] {
  return tokenize(text.slice(start, end)).map((t) => ({ ...t, start: t.start + start, end: t.end + start }));
}
