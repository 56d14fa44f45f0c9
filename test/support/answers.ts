import { expect } from 'vitest';
import { ask } from '../../src/engine/answer/ask.js';
import type { Library } from '../../src/engine/library.js';
import { libraryOf } from './seed.js';

/** The question is answered with exactly this short answer, shown in the first excerpt. */
export function expectAnswer(library: Library, question: string, answer: string): void {
  const result = ask(library, question);
  expect(result.found).toBe(true);
  expect(result.answer).toBe(answer);
  expect(result.citations[0]!.excerpt).toContain(answer);
}

/** The short answer to a question asked of one invented source holding only `body`. */
export function answerIn(body: string, question: string, lang: 'id' | 'en' = 'id'): string | null {
  return ask(libraryOf({ id: 'kabar', title: 'Kabar', url: null, published: null, lang, body }), question).answer;
}
