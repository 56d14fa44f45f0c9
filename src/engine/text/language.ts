/**
 * Language of a text: Indonesian or English. Sources are long, so franc-min (trigram statistics)
 * is reliable for them once restricted to the two languages we serve; questions are a few words,
 * where trigrams guess poorly, so those are decided by counting each language's function words.
 */
import { franc } from 'franc-min';
import type { Lang } from '../types.js';
import { isStopword } from './stopwords.js';
import { tokenize } from './tokenize.js';

/** Function words by language, counted in short texts: > 0 English, < 0 Indonesian, 0 unsure. */
export function stopwordVote(text: string): number {
  let vote = 0;
  for (const t of tokenize(text)) {
    if (t.kind !== 'word') continue;
    const w = t.text.toLowerCase();
    const id = isStopword(w, 'id');
    const en = isStopword(w, 'en');
    if (id && !en) vote--;
    else if (en && !id) vote++;
  }
  return vote;
}

/** 'en' or 'id'; ties go to Indonesian, the language of the base corpus. */
export function detectLang(text: string): Lang {
  if (text.length >= 200) {
    const guess = franc(text, { only: ['ind', 'eng'], minLength: 10 });
    if (guess === 'eng') return 'en';
    if (guess === 'ind') return 'id';
  }
  return stopwordVote(text) > 0 ? 'en' : 'id';
}
