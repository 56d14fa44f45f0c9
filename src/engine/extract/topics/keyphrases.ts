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
import { stem } from '../../text/stem.js';
import { tokenize, type Token } from '../../text/tokenize.js';
import { foldWord, isDerivedVerb, isEdgeWeak, isMostlyName, isPhraseBreak, isProperName } from './words.js';

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
    for (const whole of runs(passage.text, lang)) {
      for (const t of whole) {
        const s = stem(foldWord(t.text), lang);
        wordFreq.set(s, (wordFreq.get(s) ?? 0) + 1);
      }
      let from = 0;
      let to = whole.length;
      while (from < to && isEdgeWeak(whole[from]!, lang)) from++;
      while (to > from && isEdgeWeak(whole[to - 1]!, lang)) to--;
      const run = whole.slice(from, to);
      const stems = run.map((t) => stem(foldWord(t.text), lang));
      // Every 2–4-word window competes: without a tagger a run may hold a verb ("energy prices
      // rose"), and the window that recurs ("energy prices") wins.
      for (let n = MIN_WORDS; n <= Math.min(MAX_WORDS, run.length); n++) {
        for (let i = 0; i + n <= run.length; i++) {
          const tokens = run.slice(i, i + n);
          if (isEdgeWeak(tokens[0]!, lang) || isEdgeWeak(tokens[n - 1]!, lang)) continue;
          if (isProperName(tokens, lang) || isMostlyName(tokens, sentenceStarts)) continue;
          const key = tokens.map((t) => foldWord(t.text)).join(' ');
          let c = candidates.get(key);
          if (!c) candidates.set(key, (c = { words: stems.slice(i, i + n), count: 0, first: position, occurrences: [] }));
          c.count++;
          const last = c.occurrences[c.occurrences.length - 1];
          if (last?.passage !== passage.number && c.occurrences.length < MAX_OCCURRENCES) {
            c.occurrences.push({ passage: passage.number, start: tokens[0]!.start, end: tokens[n - 1]!.end });
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

/** Runs of content words (single words too: they count for recurrence). */
function runs(text: string, lang: Lang): Token[][] {
  const out: Token[][] = [];
  let run: Token[] = [];
  let prevEnd = -1;
  const flush = () => {
    if (run.length > 0) out.push(run);
    run = [];
  };
  for (const t of tokenize(text)) {
    if (prevEnd >= 0 && text.slice(prevEnd, t.start).trim() !== '') flush();
    prevEnd = t.end;
    if (t.kind !== 'word' || isPhraseBreak(t, lang) || isDerivedVerb(foldWord(t.text), lang)) flush();
    else run.push(t);
  }
  flush();
  return out;
}
