// TEMPORARY: replaced by the real extractors as they land.
import type { Lang, Passage, PersonFact, TimeFact } from '../types.js';
export const extractPeople = (_p: Passage[], _l: Lang): PersonFact[] => [];
export const extractTimes = (_p: Passage, _c: { published: string | null }): TimeFact[] => [];
