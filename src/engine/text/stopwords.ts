/**
 * Curated stop words for Indonesian and English.
 *
 * Both lists start from natural's (deep-imported: natural's main entry loads its storage
 * back ends, which run dotenv and print tips, and takes ~0.9 s instead of ~0.15 s). natural's
 * Indonesian list drops words that carry the answer in news text — numbers ("dua", "tiga"),
 * time words ("hari", "bulan", "pukul", "terakhir"), and content words such as "berlangsung",
 * "khusus", "pihak" — so those are kept as content here. Question words (siapa, kapan, mana,
 * berapa, who, when…) stay stop words for retrieval: question typing reads the raw question
 * before stop words are removed, so they still decide what kind of answer is wanted.
 */
import { createRequire } from 'node:module';
import type { Lang } from '../types.js';

const require = createRequire(import.meta.url);
const naturalId: string[] = require('natural/lib/natural/util/stopwords_id.js').words;
const naturalEn: string[] = require('natural/lib/natural/util/stopwords.js').words;

/** Words natural lists as Indonesian stop words that are evidence in news questions. */
const KEEP_ID = new Set([
  'satu', 'dua', 'tiga', 'empat', 'lima', 'pertama', 'kedua', 'kelima', 'setengah',
  'hari', 'bulan', 'pukul', 'terakhir', 'lama', 'lamanya', 'awal', 'akhir', 'masa', 'sejak',
  'berlangsung', 'khusus', 'pihak', 'besar', 'kecil', 'baru', 'bapak', 'ibu', 'orang',
  'masalah', 'persoalan', 'kasus', 'penting', 'jawaban', 'pertanyaan', 'jumlah', 'berjumlah',
  'panjang', 'keluar', 'masuk', 'naik', 'tempat', 'mata', 'kerja', 'bekerja', 'datang',
  'mendatang', 'luar', 'dalam', 'tujuan', 'tuju', 'menuju', 'seorang', 'sepihak', 'usai',
]);

/**
 * Extra English stop words natural's list lacks (contractions, discourse words, and the indefinite
 * pronouns its Indonesian list has as "sesuatu"/"siapapun": "Did they agree on anything?" asks
 * nothing of "anything", and as a content word no passage holds, it made the question look
 * unanswered).
 */
const EXTRA_EN = ['also', 'would', 'could', 'should', 'may', 'might', 'must', 'shall', 'whom', 'whose', 'did', 'does', 'done', 'been', 'being', 'said', 'say', 'says', 'which', 'many', 'much',
  'anything', 'something', 'everything', 'anyone', 'someone', 'everyone', 'anybody', 'somebody', 'everybody'];
const KEEP_EN = new Set(['first', 'last', 'two', 'three', 'four', 'five', 'one']);

/** Extra Indonesian function words natural's list lacks. */
const EXTRA_ID = ['nya', 'pun', 'lah', 'kah', 'tersebut', 'yakni', 'bahwa', 'apakah', 'apapun', 'apa-apa', 'manakah', 'siapakah', 'berapakah', 'kapankah', 'mengapakah', 'bagaimanakah', 'dimanakah', 'dimana'];

const ID = new Set([...naturalId.filter((w) => !KEEP_ID.has(w)), ...EXTRA_ID]);
const EN = new Set([...naturalEn.filter((w) => !KEEP_EN.has(w)), ...EXTRA_EN]);

/** `word` in lower case. */
export function isStopword(word: string, lang: Lang): boolean {
  return (lang === 'id' ? ID : EN).has(word);
}

/** Stop word in either language: for questions whose language is uncertain (short, mixed). */
export function isStopwordAnyLang(word: string): boolean {
  return ID.has(word) || EN.has(word);
}
