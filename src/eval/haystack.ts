/**
 * FacQA in a haystack: its passages mixed into a large generated corpus (the benchmark's, see
 * src/bench/corpus.ts), so retrieval and the "does this answer?" decision are scored at the scale
 * where the engine takes shortcuts (the postings budget in src/engine/search.ts), not only at
 * FacQA's 1,369 passages.
 *
 * The generated passages are recombined from FacQA's own sentences, so a gold answer often sits in
 * haystack passages too; "top holds answer" therefore asks whether the first passage cited contains
 * a gold answer string, wherever it comes from. Plain MiniSearch is scored the same way.
 */
import type { Passage } from '../engine/types.js';
import { Library } from '../engine/library.js';
import { ask } from '../engine/answer/ask.js';
import { generateCorpus } from '../bench/corpus.js';
import { loadPools } from '../bench/sentences.js';
import { percentile } from '../bench/measure.js';
import { loadFacqa } from './facqa.js';
import { PlainSearch } from './plain.js';
import { mean } from './metrics.js';

export interface HaystackScores {
  split: string;
  questions: number;
  ours: { topHoldsAnswer: number; found: number; askP50Ms: number; askP99Ms: number };
  plain: { topHoldsAnswer: number; searchP50Ms: number; searchP99Ms: number };
}

export interface HaystackOptions {
  facqaPath: string;
  /** Generated passages around FacQA's. */
  passages: number;
  splits: string[];
  seed?: number;
  onProgress?: (phase: string, done: number, total: number) => void;
}

export function scoreHaystack(options: HaystackOptions): HaystackScores[] {
  const { items, sources } = loadFacqa(options.facqaPath);
  const haystack = generateCorpus(loadPools(options.facqaPath), { passages: options.passages, seed: options.seed ?? 1, idPrefix: 'haystack' });
  const all = [...haystack, ...sources];
  const library = new Library();
  all.forEach((source, i) => {
    library.add(source);
    if (i % 100 === 0 || i === all.length - 1) options.onProgress?.('indexing', i + 1, all.length);
  });
  const passages: Passage[] = library.sources().flatMap((s) => s.passages);
  const textOf = new Map(passages.map((p) => [p.key, p.text]));
  const plain = new PlainSearch(passages);

  return options.splits.map((split) => {
    const questions = items.filter((i) => i.split === split);
    const ours: number[] = [], found: number[] = [], base: number[] = [], askMs: number[] = [], searchMs: number[] = [];
    questions.forEach((item, i) => {
      const holds = (key: string | undefined) => (key !== undefined && item.answers.some((a) => textOf.get(key)?.includes(a)) ? 1 : 0);
      let start = performance.now();
      const answer = ask(library, item.question);
      askMs.push(performance.now() - start);
      const first = answer.citations[0];
      ours.push(holds(first && `${first.source}#${first.passage}`));
      found.push(answer.found ? 1 : 0);
      start = performance.now();
      const top = plain.search(item.question, 1)[0];
      searchMs.push(performance.now() - start);
      base.push(holds(top));
      if (i % 20 === 0 || i === questions.length - 1) options.onProgress?.(`asking (${split})`, i + 1, questions.length);
    });
    return {
      split,
      questions: questions.length,
      ours: { topHoldsAnswer: mean(ours), found: mean(found), askP50Ms: percentile(askMs, 0.5), askP99Ms: percentile(askMs, 0.99) },
      plain: { topHoldsAnswer: mean(base), searchP50Ms: percentile(searchMs, 0.5), searchP99Ms: percentile(searchMs, 0.99) },
    };
  });
}
