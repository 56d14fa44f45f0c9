/**
 * The sentence pools the benchmark corpus is built from: real Indonesian news sentences (the
 * FacQA passages, split into sentences) and the English wire-style sentences in
 * english-sentences.txt. Read once per process; both pools are in file order, so the generator's
 * seed alone decides the corpus.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sentenceSpans } from '../engine/text/sentences.js';

export interface SentencePools {
  id: readonly string[];
  en: readonly string[];
}

export const DEFAULT_FACQA = '../shared/eval/facqa/facqa_all.jsonl';
const ENGLISH_FILE = fileURLToPath(new URL('./english-sentences.txt', import.meta.url));
/** Fragments shorter than this (headlines cut by the splitter, stray tokens) make poor passages. */
const MIN_WORDS = 4;

/** Distinct sentences of the distinct passages in a FacQA jsonl file, in file order. */
export function indonesianSentences(facqaPath: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const line of readFileSync(facqaPath, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const passage = (JSON.parse(line) as { passage: string }).passage;
    if (seen.has(passage)) continue;
    seen.add(passage);
    for (const span of sentenceSpans(passage)) {
      const sentence = passage.slice(span.start, span.end).trim();
      if (sentence.split(/\s+/).length >= MIN_WORDS) out.push(sentence);
    }
  }
  return [...new Set(out)];
}

export function englishSentences(path = ENGLISH_FILE): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

export function loadPools(facqaPath: string): SentencePools {
  return { id: indonesianSentences(facqaPath), en: englishSentences() };
}
