/** The seed article as the engine sees it, for tests. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseSource } from '../../src/sources/front-matter.js';
import { Library } from '../../src/engine/library.js';
import type { Source } from '../../src/engine/types.js';

export const SEED_PATH = fileURLToPath(new URL('../../corpus/alaska-summit-2025.md', import.meta.url));

export function seedSource(): Source {
  return parseSource('alaska-summit-2025', readFileSync(SEED_PATH, 'utf8'));
}

export function libraryOf(...sources: Source[]): Library {
  const library = new Library();
  for (const s of sources) library.add(s);
  return library;
}
