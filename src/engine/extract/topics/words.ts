/**
 * Word tests shared by enumeration items and key phrases. Both work on tokens of the passage
 * text, so a topic's span is always a verbatim slice of the passage.
 */
import type { Lang } from '../../types.js';
import { fold } from '../../text/normalize.js';
import { stem } from '../../text/stem.js';
import { isStopword } from '../../text/stopwords.js';
import type { Token } from '../../text/tokenize.js';

const MAX_CACHE = 100_000;
const folded = new Map<string, string>();

/** fold() for one word, cached: Unicode normalization dominated extraction time otherwise. */
export function foldWord(word: string): string {
  let f = folded.get(word);
  if (f === undefined) {
    f = fold(word);
    if (folded.size >= MAX_CACHE) folded.clear();
    folded.set(word, f);
  }
  return f;
}

/**
 * A derived Indonesian verb ("mengatasi", "dihadapkan", "bertujuan"). Without a POS tagger, the
 * dictionary stemmer is the evidence: a me-/ber-/di-/ter- word it shortens is an affixed verb,
 * while nouns that merely start that way ("menteri", "diplomasi", "terorisme") stay whole.
 * pe-/per-/ke- forms are left alone: they make nouns ("perdagangan", "keamanan").
 */
export function isDerivedVerb(lower: string, lang: Lang): boolean {
  if (lang !== 'id' || !/^(me|ber|di|ter)/.test(lower) || lower.length < 5) return false;
  const s = stem(lower, lang);
  return s.length <= lower.length - 2;
}

/** A stop word in the passage's language, or a single letter. */
export function isFunctionWord(token: Token, lang: Lang): boolean {
  return wordInfo(token.text, lang).functionWord;
}

/**
 * Words the retrieval stop list keeps because questions hinge on them (numbers, "dalam",
 * "luar", "kedua") but that make no topic on their own or at a phrase's edge:
 * "kedua negara" is not a topic, "kebijakan luar negeri" is.
 */
const WEAK = new Set([
  'satu', 'dua', 'tiga', 'empat', 'lima', 'pertama', 'kedua', 'ketiga', 'kelima', 'setengah',
  'luar', 'awal', 'akhir', 'masa', 'hari', 'bulan', 'tahun', 'pukul',
  'orang', 'seorang', 'pihak', 'tempat', 'baru', 'lama', 'besar', 'kecil', 'penting', 'terakhir',
  'mendatang', 'bapak', 'ibu', 'belah',
  // People words: "presiden Rusia", "pemimpin kedua negara" name people, not topics.
  'presiden', 'menteri', 'perdana', 'wakil', 'utusan', 'penasihat', 'juru', 'pemimpin', 'pejabat',
  'president', 'minister', 'secretary', 'envoy', 'adviser', 'advisor', 'leader', 'leaders', 'officials',
  'one', 'two', 'three', 'four', 'five', 'first', 'last', 'new', 'time', 'year', 'years', 'day', 'days',
]);

/** Prepositions and degree words the retrieval list keeps: they end a phrase like stop words. */
const BREAKS = new Set(['dalam', 'sejak', 'usai', 'sangat', 'paling', 'cukup', 'pukul', 'masuk', 'keluar', 'naik', 'datang']);

/** A function word or a weak word: may sit inside a phrase but not at its edge. */
export function isEdgeWeak(token: Token, lang: Lang): boolean {
  return wordInfo(token.text, lang).edgeWeak;
}

/** Everything the topic finders ask about one written word, in one language. */
export interface WordInfo {
  /** foldWord() of the word. */
  lower: string;
  /** Its stem in the language. */
  stem: string;
  functionWord: boolean;
  edgeWeak: boolean;
  /** Ends a candidate phrase: a stop word, or a preposition kept for retrieval. */
  phraseBreak: boolean;
  derivedVerb: boolean;
}

const infos: Record<Lang, Map<string, WordInfo>> = { id: new Map(), en: new Map() };

/**
 * The tests above for a word as written, worked out once: key phrases ask several of them for
 * every word of every 2–4-word window, and folding and looking the word up each time was the
 * largest part of topic extraction.
 */
export function wordInfo(text: string, lang: Lang): WordInfo {
  const cache = infos[lang];
  let info = cache.get(text);
  if (info === undefined) {
    const lower = foldWord(text);
    const functionWord = lower.length < 2 || isStopword(lower, lang);
    info = {
      lower,
      stem: stem(lower, lang),
      functionWord,
      edgeWeak: functionWord || WEAK.has(lower),
      phraseBreak: functionWord || BREAKS.has(lower),
      derivedVerb: isDerivedVerb(lower, lang),
    };
    if (cache.size >= MAX_CACHE) cache.clear();
    cache.set(text, info);
  }
  return info;
}

/**
 * Every content word capitalized: a name or a place ("Sergey Lavrov", "Timur Tengah",
 * "Sidang Umum PBB"), not a topic. Lower-case function words inside ("Gulf of Mexico") don't count.
 */
export function isProperName(tokens: readonly Token[], lang: Lang): boolean {
  let content = 0;
  for (const t of tokens) {
    if (t.kind !== 'word') return false;
    if (!t.capitalized && isFunctionWord(t, lang)) continue;
    if (!t.capitalized) return false;
    content++;
  }
  return content > 0;
}

/** At least one word that is neither a function word nor a number. */
export function hasContent(tokens: readonly Token[], lang: Lang): boolean {
  return tokens.some((t) => t.kind === 'word' && !isFunctionWord(t, lang));
}

/** Label key for comparing topics: folded, single-spaced. */
export function topicKey(label: string): string {
  return fold(label).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
