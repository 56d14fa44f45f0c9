/**
 * FacQA as a benchmark: every distinct passage becomes one source; each question is asked with
 * /ask. R@1 / R@5: the gold passage's source is the first / among the first five citations.
 * EM / F1: the short answer against the gold span.
 * A@1: the first citation's source holds a gold answer verbatim. FacQA's questions were written
 * on one passage, but the same fact often stands in another passage of the same story, and a
 * member reading that citation has the answer: R@1 counts it a miss, A@1 does not. Both are
 * printed; the targets are set on R@1.
 */
import { readFileSync } from 'node:fs';
import type { Source } from '../engine/types.js';
import { Library } from '../engine/library.js';
import { ask } from '../engine/answer/ask.js';
import { PlainSearch } from './plain.js';
import { exactMatch, f1, mean } from './metrics.js';

export interface FacqaItem {
  split: 'train' | 'valid' | 'test';
  question: string;
  passage: string;
  answers: string[];
}

export interface FacqaScores {
  split: string;
  questions: number;
  ours: { r1: number; r5: number; a1: number; em: number; f1: number };
  plain: { r1: number; r5: number; a1: number };
}

export function loadFacqa(path: string): { items: FacqaItem[]; sources: Source[]; sourceOf: Map<string, string> } {
  const items = readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as FacqaItem);
  const sourceOf = new Map<string, string>();
  const sources: Source[] = [];
  for (const item of items) {
    if (sourceOf.has(item.passage)) continue;
    const id = `facqa-${sources.length + 1}`;
    sourceOf.set(item.passage, id);
    sources.push({ id, title: `FacQA ${sources.length + 1}`, url: null, published: null, lang: 'id', body: item.passage });
  }
  return { items, sources, sourceOf };
}

export function scoreFacqa(path: string, splits: string[]): FacqaScores[] {
  const { items, sources, sourceOf } = loadFacqa(path);
  const library = new Library();
  for (const s of sources) library.add(s);
  const plain = new PlainSearch(library.sources().flatMap((s) => s.passages));
  const bodyOf = new Map(sources.map((s) => [s.id, s.body]));
  const holds = (source: string | undefined, answers: string[]) => (source !== undefined && answers.some((a) => bodyOf.get(source)!.includes(a)) ? 1 : 0);
  return splits.map((split) => {
    const rows = items.filter((i) => i.split === split).map((item) => {
      const gold = sourceOf.get(item.passage)!;
      const answer = ask(library, item.question);
      const ours = answer.citations.map((c) => c.source);
      const base = plain.searchSources(item.question, 5);
      return {
        r1: ours[0] === gold ? 1 : 0, r5: ours.slice(0, 5).includes(gold) ? 1 : 0, a1: holds(ours[0], item.answers),
        em: exactMatch(answer.answer, item.answers), f1: f1(answer.answer, item.answers),
        p1: base[0] === gold ? 1 : 0, p5: base.includes(gold) ? 1 : 0, pa1: holds(base[0], item.answers),
      };
    });
    return {
      split,
      questions: rows.length,
      ours: { r1: mean(rows.map((r) => r.r1)), r5: mean(rows.map((r) => r.r5)), a1: mean(rows.map((r) => r.a1)), em: mean(rows.map((r) => r.em)), f1: mean(rows.map((r) => r.f1)) },
      plain: { r1: mean(rows.map((r) => r.p1)), r5: mean(rows.map((r) => r.p5)), a1: mean(rows.map((r) => r.pa1)) },
    };
  });
}
