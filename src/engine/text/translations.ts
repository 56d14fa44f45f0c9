/** Placeholder until the lexicon lands. */
import type { Lang } from '../types.js';
export interface PhraseTranslation { start: number; end: number; targets: string[] }
export function lookupTranslations(_words: string[], _lang: Lang): PhraseTranslation[] {
  return [];
}
