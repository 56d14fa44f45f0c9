import { expect } from 'vitest';
import { ask } from '../../src/engine/answer/ask.js';
import type { Library } from '../../src/engine/library.js';

/** The question is answered with exactly this short answer, shown in the first excerpt. */
export function expectAnswer(library: Library, question: string, answer: string): void {
  const result = ask(library, question);
  expect(result.found).toBe(true);
  expect(result.answer).toBe(answer);
  expect(result.citations[0]!.excerpt).toContain(answer);
}
