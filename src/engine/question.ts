/**
 * What kind of answer a question wants, read from the raw question (before stop words are
 * dropped: siapa/kapan/di mana/berapa are stop words for retrieval but decide the answer type).
 * Rules are ordered: the more specific phrase wins ("berapa lama" before "berapa",
 * "tahun berapa" before "berapa", "apa nama" before "apa").
 */
import { fold } from './text/normalize.js';

export type AnswerType =
  | 'person' | 'date' | 'time' | 'place' | 'number' | 'duration' | 'reason' | 'manner' | 'name' | 'thing' | 'other';

const RULES: Array<[RegExp, AnswerType]> = [
  [/\b(berapa lama(kah|nya)?|how long)\b/, 'duration'],
  [/\b((jam|pukul) berapa|what time)\b/, 'time'],
  [/\b((tanggal|tahun|bulan|hari) (berapa|berapakah|apa|apakah)|(pada )?(tahun|tanggal) berapakah|what (date|year|day|month)|which (year|day|month))\b/, 'date'],
  [/\b(kapan|kapankah|bilamana|when)\b/, 'date'],
  [/\b(siapa|siapakah|who|whom|whose)\b/, 'person'],
  [/\b((di|ke|dari) ?mana(kah)?|where)\b/, 'place'],
  [/\b((kota|negara|provinsi|pulau|daerah|wilayah|kabupaten|negara bagian|tempat)( \w+)? (apa|apakah|mana|manakah)|which (city|country|state|place|island|province|region))\b/, 'place'],
  [/\b(berapa|berapakah|how (many|much)|what (number|percentage|amount))\b/, 'number'],
  [/\b(mengapa|kenapa|why|apa sebab|apa alasan)\b/, 'reason'],
  [/\b(bagaimana|bagaimanakah|how)\b/, 'manner'],
  [/\b\w+ (mana|manakah)\b/, 'name'],
  [/\b((apa|apakah) (nama|judul)|nama \w+ (apa|apakah)|what is the name|what was the name|which (company|organi[sz]ation|party|group|agency))\b/, 'name'],
  [/\b(apa|apakah|what|which)\b/, 'thing'],
];

export function answerType(question: string): AnswerType {
  const q = fold(question).replace(/[^\p{L}\p{N}\s]/gu, ' ').replace(/\s+/g, ' ');
  for (const [pattern, type] of RULES) if (pattern.test(q)) return type;
  return 'other';
}

/** Types whose answer may be a short span (a name, a date, a number, a place, a named thing). */
export function isFactoid(type: AnswerType): boolean {
  return type !== 'reason' && type !== 'manner' && type !== 'other';
}
