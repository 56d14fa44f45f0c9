/**
 * Salient key phrases of one source, RAKE-style: candidates are runs of content words between
 * stop words and punctuation. That stands in for noun-phrase chunking, which would need a POS
 * tagger natural does not have for Indonesian; derived verbs ("mengatasi", "dihadapkan") are
 * cut out too, found by the stemmer, so runs stay nominal. Phrases are scored without document
 * frequencies (sources are indexed one at a time, and a topic should not change as others are
 * added): by how often the phrase recurs, how often its words recur elsewhere in the source,
 * and how early it first appears (news puts what matters first).
 */
import type { Lang, Passage, Span } from '../../types.js';
import type { Token } from '../../text/tokenize.js';
import { passageTokens } from '../passage-tokens.js';
import { wordInfo, type WordInfo } from './words.js';

export interface KeyPhrase {
  /** Folded words, single-spaced. */
  key: string;
  /** Relative salience, 0 < score ≤ 1 (1 for the best phrase of the source). */
  score: number;
  /** The first occurrence in each passage where the phrase appears, in passage order. */
  occurrences: Array<{ passage: number } & Span>;
}

const MIN_WORDS = 2;
const MAX_WORDS = 4;
const MAX_OCCURRENCES = 20;

interface Candidate {
  words: string[];
  count: number;
  first: number;
  occurrences: Array<{ passage: number } & Span>;
}

export function keyPhrases(passages: readonly Passage[], lang: Lang, limit: number): KeyPhrase[] {
  const candidates = new Map<string, Candidate>();
  const wordFreq = new Map<string, number>();
  let position = 0;
  for (const passage of passages) {
    const sentenceStarts = new Set(passage.sentences.map((s) => s.start));
    for (const run of runs(passage, lang)) {
      for (const w of run) wordFreq.set(w.info.stem, (wordFreq.get(w.info.stem) ?? 0) + 1);
      let from = 0;
      let to = run.length;
      while (from < to && run[from]!.info.edgeWeak) from++;
      while (to > from && run[to - 1]!.info.edgeWeak) to--;
      // Every 2–4-word window competes: without a tagger a run may hold a verb ("energy prices
      // rose"), and the window that recurs ("energy prices") wins.
      for (let n = MIN_WORDS; n <= Math.min(MAX_WORDS, to - from); n++) {
        for (let i = from; i + n <= to; i++) {
          const first = run[i]!;
          const last = run[i + n - 1]!;
          if (first.info.edgeWeak || last.info.edgeWeak) continue;
          if (namesSomething(run, i, n, sentenceStarts)) continue;
          let key = first.info.lower;
          for (let k = i + 1; k < i + n; k++) key += ' ' + run[k]!.info.lower;
          let c = candidates.get(key);
          if (!c) {
            const words = run.slice(i, i + n).map((w) => w.info.stem);
            candidates.set(key, (c = { words, count: 0, first: position, occurrences: [] }));
          }
          c.count++;
          const previous = c.occurrences[c.occurrences.length - 1];
          if (previous?.passage !== passage.number && c.occurrences.length < MAX_OCCURRENCES) {
            c.occurrences.push({ passage: passage.number, start: first.token.start, end: last.token.end });
          }
        }
      }
    }
    position++;
  }
  const scored: Array<{ key: string; raw: number; c: Candidate }> = [];
  for (const [key, c] of candidates) {
    const echo = c.words.reduce((sum, w) => sum + (wordFreq.get(w) ?? 1) - 1, 0) / c.words.length;
    // A phrase said once whose words never recur is just a phrase, not what the text is about.
    if (c.count < 2 && echo < 1) continue;
    const early = 1 + 0.5 * (1 - c.first / Math.max(1, passages.length));
    scored.push({ key, raw: (c.count + echo) * early * Math.sqrt(c.words.length), c });
  }
  scored.sort((a, b) => b.raw - a.raw || a.c.first - b.c.first);
  const best = scored[0]?.raw ?? 1;
  const chosen: typeof scored = [];
  for (const s of scored) {
    if (chosen.length >= limit) break;
    // Overlapping windows say the same thing: keep the better of "energy prices" / "energy prices rose".
    const padded = ` ${s.key} `;
    if (chosen.some((c) => ` ${c.key} `.includes(padded) || padded.includes(` ${c.key} `))) continue;
    chosen.push(s);
  }
  return chosen.map((s) => ({ key: s.key, score: s.raw / best, occurrences: s.c.occurrences }));
}

interface RunWord {
  token: Token;
  info: WordInfo;
}

/** Runs of content words (single words too: they count for recurrence). */
function runs(passage: Passage, lang: Lang): RunWord[][] {
  const { text } = passage;
  const out: RunWord[][] = [];
  let run: RunWord[] = [];
  let prevEnd = -1;
  for (const t of passageTokens(passage)) {
    // Anything but white space between two words (punctuation) ends the run.
    if (prevEnd >= 0 && !(t.start === prevEnd + 1 && text.charCodeAt(prevEnd) === 32) && /\S/.test(text.slice(prevEnd, t.start))) {
      if (run.length > 0) out.push(run);
      run = [];
    }
    prevEnd = t.end;
    const info = t.kind === 'word' ? wordInfo(t.text, lang) : null;
    if (info === null || info.phraseBreak || info.derivedVerb) {
      if (run.length > 0) out.push(run);
      run = [];
    } else run.push({ token: t, info });
  }
  if (run.length > 0) out.push(run);
  return out;
}

/**
 * The window run[i, i + n) is about a person or place, not a topic: every content word is
 * capitalized, as in a name ("Sergey Lavrov", "Timur Tengah"; lower-case function words inside
 * don't count), or most words are, not counting a sentence's first word (a title with a word
 * attached: "hadir Menteri Luar Negeri").
 */
function namesSomething(run: readonly RunWord[], i: number, n: number, sentenceStarts: ReadonlySet<number>): boolean {
  let proper = true;
  let content = 0;
  let caps = 0;
  for (let k = i; k < i + n; k++) {
    const { token, info } = run[k]!;
    if (token.capitalized) {
      content++;
      if (!sentenceStarts.has(token.start)) caps++;
    } else if (!info.functionWord) proper = false;
  }
  return (proper && content > 0) || caps * 2 > n;
}
